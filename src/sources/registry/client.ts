import { createHash } from 'node:crypto';
import type { Cache } from '../../cache/cached.js';
import { TTL } from '../../cache/namespaces.js';
import { UpstreamError } from '../../errors.js';
import { parseJson, type CallOptions, type Http, type HttpResponse, type RequestOptions } from '../../http/create-http.js';
import { hostOf } from '../../http/map-http-error.js';
import { choosePlatforms, type PlatformImage } from './platforms.js';
import { ManifestBody, SbomStatement, TokenResponse, type Descriptor } from './schema.js';
import { bearerChallenge } from './www-authenticate.js';

export const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
] as const;
const ACCEPT = MANIFEST_TYPES.join(', ');
const SPDX_PREDICATE = 'https://spdx.dev/Document';
/** Tokens are renewed this long before the server says they expire (clock skew, request time). */
const TOKEN_MARGIN_MS = 15_000;

export interface Manifest {
  digest: string;
  mediaType: string;
  /** An index (manifest list): `manifests` holds the platform images and attestation manifests. */
  isIndex: boolean;
  manifests: Descriptor[];
  layers: Descriptor[];
}

export interface SbomPackage {
  name: string;
  version: string | null;
  purl: string | null;
  purpose: string | null;
}

export interface Sbom {
  /** `creationInfo.created` of the SPDX document. */
  created: string | null;
  packages: SbomPackage[];
}

interface Bearer {
  realm: string;
  service: string | null;
}

/**
 * An OCI distribution client for Docker Hub's registry or any registry that speaks the same API: anonymous bearer
 * tokens from the `WWW-Authenticate` challenge (cached until they expire), manifests by tag or digest, blobs
 * behind redirects. Works unchanged against a registry that asks for no token.
 * @see https://github.com/opencontainers/distribution-spec/blob/main/spec.md
 */
export class RegistryClient {
  private readonly http: Http;
  private readonly cache: Cache;
  private readonly baseUrl: string;
  /** The registry's Bearer challenge once seen, so later requests send a token without another 401. */
  private bearer: Bearer | null = null;

  constructor(http: Http, cache: Cache, baseUrl: string) {
    this.http = http;
    this.cache = cache;
    this.baseUrl = baseUrl;
  }

  /**
   * A manifest or index by tag or digest; null when the repository or reference does not exist. By digest: cached
   * forever (and the bytes checked against the digest); by tag: for minutes.
   * @see https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pulling-manifests
   */
  getManifest(repository: string, reference: string, { signal }: CallOptions = {}): Promise<Manifest | null> {
    const ttlMs = isDigest(reference) ? TTL.immutable : TTL.tag;
    const key = `${this.baseUrl}/${repository}@${reference}`;
    return this.cache.cached({ namespace: 'registry-manifest', key, ttlMs }, () => this.fetchManifest(repository, reference), signal);
  }

  /**
   * The digest a tag points at now, by HEAD (not counted as a pull on Docker Hub); null when it does not exist.
   * @see https://docs.docker.com/docker-hub/usage/pulls/
   */
  async headManifest(repository: string, reference: string, { signal }: CallOptions = {}): Promise<{ digest: string; mediaType: string } | null> {
    const url = `${this.baseUrl}/v2/${repository}/manifests/${reference}`;
    const response = await this.authorized(repository, url, { method: 'HEAD', headers: { accept: ACCEPT }, signal });
    this.http.throwUnlessOk(response);
    if (response.status === 404) return null;
    const digest = response.headers['docker-content-digest'] ?? '';
    if (!isDigest(digest)) throw new UpstreamError(`${hostOf(url)} sent no Docker-Content-Digest`, { url, status: response.status });
    return { digest, mediaType: mediaTypeOf(response) };
  }

  /**
   * The platform images of a tag or digest with their attestation manifests; a single-platform manifest gives one
   * entry with an unknown platform. Null when the reference does not exist.
   */
  async getPlatforms(repository: string, reference: string, options: CallOptions = {}): Promise<PlatformImage[] | null> {
    const manifest = await this.getManifest(repository, reference, options);
    if (!manifest) return null;
    if (!manifest.isIndex) return [{ platform: null, digest: manifest.digest, size: 0, attestationDigest: null, annotations: {} }];
    return choosePlatforms(manifest.manifests);
  }

  /**
   * The SPDX SBOM attached to a platform image through its attestation manifest; null when none is published.
   * Cached forever by the attestation digest.
   * @see https://github.com/moby/buildkit/blob/master/docs/attestations/attestation-storage.md
   */
  getSbom(repository: string, attestationDigest: string, { signal }: CallOptions = {}): Promise<Sbom | null> {
    const key = `${this.baseUrl}/${repository}@${attestationDigest}`;
    return this.cache.cached({ namespace: 'registry-sbom', key, ttlMs: TTL.immutable }, () => this.fetchSbom(repository, attestationDigest), signal);
  }

  /**
   * A blob's text, following the registry's redirect (usually a CDN) without sending it our token; null on 404.
   * @see https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pulling-blobs
   */
  async getBlob(repository: string, digest: string, { signal }: CallOptions = {}): Promise<HttpResponse | null> {
    const url = `${this.baseUrl}/v2/${repository}/blobs/${digest}`;
    const response = await this.authorized(repository, url, { signal });
    this.http.throwUnlessOk(response);
    if (response.status === 404) return null;
    checkDigest(response, digest);
    return response;
  }

  private async fetchManifest(repository: string, reference: string): Promise<Manifest | null> {
    const url = `${this.baseUrl}/v2/${repository}/manifests/${reference}`;
    const response = await this.authorized(repository, url, { headers: { accept: ACCEPT } });
    const body = this.http.jsonOrNull(response, ManifestBody);
    if (!body) return null;
    const digest = isDigest(reference) ? checkDigest(response, reference) : (response.headers['docker-content-digest'] ?? sha256(response.text));
    const mediaType = body.mediaType ?? mediaTypeOf(response);
    return { digest, mediaType, isIndex: body.manifests !== null, manifests: body.manifests ?? [], layers: body.layers };
  }

  private async fetchSbom(repository: string, attestationDigest: string): Promise<Sbom | null> {
    const attestation = await this.getManifest(repository, attestationDigest);
    const layer = attestation?.layers.find((entry) => entry.annotations['in-toto.io/predicate-type'] === SPDX_PREDICATE);
    if (!layer) return null;
    const blob = await this.getBlob(repository, layer.digest);
    if (!blob) return null;
    const document = parseJson(blob, SbomStatement);
    return { created: document.creationInfo?.created ?? null, packages: document.packages.map(toSbomPackage) };
  }

  /** Sends with a bearer token when the registry asked for one; answers one 401 challenge by fetching a token. */
  private async authorized(repository: string, url: string, options: RequestOptions): Promise<HttpResponse> {
    const scope = `repository:${repository}:pull`;
    const known = this.bearer;
    const token = known ? await this.getToken(known, scope, options.signal) : null;
    const first = await this.http.send(url, withToken(options, token));
    if (first.status !== 401) return first;
    const challenge = bearerChallenge(first.headers['www-authenticate']);
    if (!challenge) throw new UpstreamError(`${hostOf(url)} wants credentials we do not have`, { url, status: 401 });
    this.bearer = { realm: checkRealm(challenge.realm, url), service: challenge.service };
    if (known && token) this.cache.delete('registry-token', tokenKey(known, scope));
    const fresh = await this.getToken(this.bearer, challenge.scope ?? scope, options.signal);
    const second = await this.http.send(url, withToken(options, fresh));
    if (second.status === 401) throw new UpstreamError(`${hostOf(url)} refused its own token`, { url, status: 401 });
    return second;
  }

  /**
   * An anonymous pull token for `scope`, cached until shortly before it expires.
   * @see https://distribution.github.io/distribution/spec/auth/token/
   */
  private async getToken(bearer: Bearer, scope: string, signal: AbortSignal | undefined): Promise<string> {
    const spec = {
      namespace: 'registry-token',
      key: tokenKey(bearer, scope),
      ttlMs: (token: TokenResponse) => Math.max(token.expiresInS * 1000 - TOKEN_MARGIN_MS, 1000),
      staleIfErrorMs: 0,
    } as const;
    return (await this.cache.cached(spec, () => this.fetchToken(bearer, scope), signal)).token;
  }

  private async fetchToken(bearer: Bearer, scope: string): Promise<TokenResponse> {
    const url = new URL(bearer.realm);
    if (bearer.service) url.searchParams.set('service', bearer.service);
    url.searchParams.set('scope', scope);
    const token = await this.http.getJson(url.href, TokenResponse);
    if (!token) throw new UpstreamError(`${url.host} has no token endpoint`, { url: url.href, status: 404 });
    return token;
  }
}

function withToken(options: RequestOptions, token: string | null): RequestOptions {
  return token ? { ...options, headers: { ...options.headers, authorization: `Bearer ${token}` } } : options;
}

function tokenKey(bearer: Bearer, scope: string): string {
  return `${bearer.realm}|${bearer.service ?? ''}|${scope}`;
}

/**
 * The realm comes from the registry the operator configured; follow it to any http(s) host (Docker Hub's is
 * auth.docker.io), but never to another scheme and never from https down to http.
 */
function checkRealm(realm: string, registryUrl: string): string {
  const target = URL.canParse(realm) ? new URL(realm) : null;
  const ok = target && (target.protocol === 'https:' || (target.protocol === 'http:' && new URL(registryUrl).protocol === 'http:'));
  if (!ok) throw new UpstreamError(`${hostOf(registryUrl)} named an unusable token realm`, { url: registryUrl, status: 401 });
  return target.href;
}

function toSbomPackage(entry: { name: string; versionInfo: string | null; primaryPackagePurpose: string | null; externalRefs?: { referenceType: string; referenceLocator: string }[] | undefined }): SbomPackage {
  const purl = entry.externalRefs?.find((ref) => ref.referenceType === 'purl')?.referenceLocator ?? null;
  return { name: entry.name, version: entry.versionInfo, purl, purpose: entry.primaryPackagePurpose };
}

function mediaTypeOf(response: HttpResponse): string {
  return (response.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
}

export function isDigest(reference: string): boolean {
  return /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/.test(reference);
}

function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** Content fetched by digest must hash to it (only sha256 is checked); returns the digest. */
function checkDigest(response: HttpResponse, digest: string): string {
  if (digest.startsWith('sha256:') && sha256(response.text) !== digest.toLowerCase()) {
    throw new UpstreamError(`${hostOf(response.url)} sent content that does not match ${digest}`, { url: response.url, status: response.status });
  }
  return digest;
}
