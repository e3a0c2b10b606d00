import { createHash, randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { sendJson, startStandIn, type SeenRequest, type StandInServer } from './http-stand-in.js';

/** One package in a generated SPDX SBOM. */
export interface StandInPackage {
  name: string;
  version: string;
  purl: string;
}

export interface StandInPlatform {
  architecture: string;
  os?: string;
  variant?: string;
  /** Packages of the SPDX SBOM; `null` for an attestation with provenance only; omit for no attestation at all. */
  sbom?: StandInPackage[] | null;
  /** The SBOM's `creationInfo.created`. */
  sbomCreated?: string;
}

export interface StandInImage {
  repository: string;
  tags: string[];
  platforms: StandInPlatform[];
  /** Serve the first platform's manifest for the tags instead of an index. */
  singleManifest?: boolean;
}

export interface RegistryStandInOptions {
  images: StandInImage[];
  /** `token`: 401 challenge + token realm on another port (Docker Hub); `none`: a plain OCI registry. */
  auth?: 'token' | 'none';
  /** Token lifetime the token server announces and enforces, in seconds. */
  expiresIn?: number;
  /** Blobs answer 307 to a second loopback host (like Docker Hub's CDN); off: served directly. */
  blobRedirect?: boolean;
  latencyMs?: number;
}

export interface RegistryStandIn {
  url: string;
  registry: StandInServer;
  tokenServer: StandInServer;
  blobHost: StandInServer;
  /** Digest of a tag's index (or manifest), and of a platform image of it. */
  tagDigest(repository: string, tag: string): string;
  platformDigest(repository: string, tag: string, architecture: string): string;
  attestationDigest(repository: string, tag: string, architecture: string): string | null;
  /** Moves a tag to new content (a rebuild), so HEAD sees another digest. */
  retag(repository: string, tag: string): void;
  /** Makes every issued token invalid, as if it expired early. */
  revokeTokens(): void;
  setLatency(ms: number): void;
  close(): Promise<void>;
}

interface Stored {
  mediaType: string;
  body: string;
}

const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

/** A registry, its token server and its blob CDN, each on its own loopback port, speaking the OCI distribution API. */
export async function startRegistryStandIn(options: RegistryStandInOptions): Promise<RegistryStandIn> {
  const store = new Map<string, Map<string, Stored>>();
  const tags = new Map<string, string>();
  const platforms = new Map<string, { digest: string; attestation: string | null }>();
  const tokens = new Map<string, { scope: string; expiresAt: number }>();
  const expiresIn = options.expiresIn ?? 300;
  const auth = options.auth ?? 'token';

  const put = (repository: string, mediaType: string, body: string): string => {
    const digest = digestOf(body);
    const repo = store.get(repository) ?? new Map<string, Stored>();
    repo.set(digest, { mediaType, body });
    store.set(repository, repo);
    return digest;
  };
  const build = (image: StandInImage, salt: string) => {
    for (const tag of image.tags) tags.set(`${image.repository}:${tag}`, buildImage(image, put, platforms, tag, salt));
  };
  for (const image of options.images) build(image, '');

  const tokenServer = await startStandIn((req, res) => {
    const url = new URL(req.path, 'http://x');
    const scope = url.searchParams.get('scope') ?? '';
    const token = randomUUID();
    tokens.set(token, { scope, expiresAt: Date.now() + expiresIn * 1000 });
    sendJson(res, 200, { token, access_token: token, expires_in: expiresIn, issued_at: new Date().toISOString() });
  }, { latencyMs: options.latencyMs ?? 0 });

  const blobHost = await startStandIn((req, res) => {
    const match = /^\/blobs\/([^/]+)\/(sha256:[0-9a-f]+)/.exec(req.path);
    const blob = match ? store.get(decodeURIComponent(match[1] ?? ''))?.get(match[2] ?? '') : undefined;
    if (!blob) return sendJson(res, 404, { errors: [{ code: 'BLOB_UNKNOWN', message: 'blob unknown' }] });
    sendJson(res, 200, blob.body, { 'content-type': 'application/octet-stream' });
  }, { latencyMs: options.latencyMs ?? 0 });

  const registry = await startStandIn((req, res) => {
    if (auth === 'token' && !authorized(req, tokens)) return challenge(res, req, tokenServer.url);
    routeRegistry(req, res, { store, tags, blobRedirect: options.blobRedirect ?? true, blobHost: blobHost.url });
  }, { latencyMs: options.latencyMs ?? 0 });

  const servers = [registry, tokenServer, blobHost];
  return {
    url: registry.url,
    registry,
    tokenServer,
    blobHost,
    tagDigest: (repository, tag) => tags.get(`${repository}:${tag}`) ?? '',
    platformDigest: (repository, tag, arch) => platforms.get(`${repository}:${tag}:${arch}`)?.digest ?? '',
    attestationDigest: (repository, tag, arch) => platforms.get(`${repository}:${tag}:${arch}`)?.attestation ?? null,
    retag: (repository, tag) => {
      const image = options.images.find((candidate) => candidate.repository === repository);
      if (image) build({ ...image, tags: [tag] }, randomUUID());
    },
    revokeTokens: () => tokens.clear(),
    setLatency: (ms) => {
      for (const server of servers) server.latencyMs = ms;
    },
    close: async () => {
      await Promise.all(servers.map((server) => server.close()));
    },
  };
}

function buildImage(
  image: StandInImage,
  put: (repository: string, mediaType: string, body: string) => string,
  platforms: Map<string, { digest: string; attestation: string | null }>,
  tag: string,
  salt: string,
): string {
  const entries: object[] = [];
  const attestations: object[] = [];
  for (const platform of image.platforms) {
    const config = put(image.repository, 'application/vnd.oci.image.config.v1+json', JSON.stringify({ architecture: platform.architecture, os: platform.os ?? 'linux', salt }));
    const layer = put(image.repository, 'application/vnd.oci.image.layer.v1.tar+gzip', `layer ${image.repository} ${platform.architecture} ${salt}`);
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: config, size: 10 },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: layer, size: 1000 }],
    });
    const digest = put(image.repository, OCI_MANIFEST, manifest);
    const os = platform.os ?? 'linux';
    const descriptorPlatform = platform.variant ? { os, architecture: platform.architecture, variant: platform.variant } : { os, architecture: platform.architecture };
    entries.push({ mediaType: OCI_MANIFEST, digest, size: manifest.length, platform: descriptorPlatform, annotations: { 'org.opencontainers.image.url': `https://hub.docker.com/_/${image.repository}` } });
    const attestation = platform.sbom === undefined ? null : putAttestation(image.repository, put, digest, platform);
    if (attestation) attestations.push(attestation.descriptor);
    platforms.set(`${image.repository}:${tag}:${platform.architecture}`, { digest, attestation: attestation?.digest ?? null });
  }
  if (image.singleManifest) return platforms.get(`${image.repository}:${tag}:${image.platforms[0]?.architecture}`)?.digest ?? '';
  return put(image.repository, OCI_INDEX, JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [...entries, ...attestations] }));
}

function putAttestation(
  repository: string,
  put: (repository: string, mediaType: string, body: string) => string,
  subject: string,
  platform: StandInPlatform,
): { digest: string; descriptor: object } {
  const provenance = put(repository, 'application/vnd.in-toto+json', JSON.stringify({
    _type: 'https://in-toto.io/Statement/v0.1',
    predicateType: 'https://slsa.dev/provenance/v0.2',
    subject: [{ name: '_', digest: { sha256: subject.slice(7) } }],
    predicate: { builder: { id: 'https://github.com/docker-library' } },
  }));
  const layers = [{ mediaType: 'application/vnd.in-toto+json', digest: provenance, size: 100, annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' } }];
  if (platform.sbom) {
    const sbom = put(repository, 'application/vnd.in-toto+json', spdxStatement(subject, platform.sbom, platform.sbomCreated ?? '2026-05-01T00:00:00Z'));
    layers.unshift({ mediaType: 'application/vnd.in-toto+json', digest: sbom, size: 100, annotations: { 'in-toto.io/predicate-type': 'https://spdx.dev/Document' } });
  }
  const body = JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: put(repository, 'x', '{}'), size: 2 },
    layers,
  });
  const digest = put(repository, OCI_MANIFEST, body);
  const annotations = { 'vnd.docker.reference.digest': subject, 'vnd.docker.reference.type': 'attestation-manifest' };
  return { digest, descriptor: { mediaType: OCI_MANIFEST, digest, size: body.length, platform: { architecture: 'unknown', os: 'unknown' }, annotations } };
}

function spdxStatement(subject: string, packages: StandInPackage[], created: string): string {
  return JSON.stringify({
    _type: 'https://in-toto.io/Statement/v0.1',
    predicateType: 'https://spdx.dev/Document',
    subject: [{ name: '_', digest: { sha256: subject.slice(7) } }],
    predicate: {
      SPDXID: 'SPDXRef-DOCUMENT',
      spdxVersion: 'SPDX-2.3',
      name: 'sbom',
      creationInfo: { creators: ['Tool: stand-in'], created },
      packages: [
        { name: 'image', SPDXID: 'SPDXRef-image', primaryPackagePurpose: 'CONTAINER', externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:oci/image' }] },
        ...packages.map((pkg, index) => ({
          name: pkg.name,
          SPDXID: `SPDXRef-Package-${index}`,
          versionInfo: pkg.version,
          externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl }],
        })),
      ],
    },
  });
}

function authorized(req: SeenRequest, tokens: Map<string, { scope: string; expiresAt: number }>): boolean {
  if (req.path === '/v2/' && !req.authorization) return false;
  const token = tokens.get((req.authorization ?? '').replace(/^Bearer /, ''));
  const repository = /^\/v2\/(.+)\/(?:manifests|blobs|tags)\//.exec(req.path)?.[1];
  return Boolean(token && token.expiresAt > Date.now() && (!repository || token.scope === `repository:${repository}:pull`));
}

function challenge(res: ServerResponse, req: SeenRequest, tokenUrl: string): void {
  const repository = /^\/v2\/(.+)\/(?:manifests|blobs|tags)\//.exec(req.path)?.[1];
  const scope = repository ? `,scope="repository:${repository}:pull"` : '';
  sendJson(
    res,
    401,
    { errors: [{ code: 'UNAUTHORIZED', message: 'access to the requested resource is not authorized', detail: [{ Type: 'repository', Name: repository, Action: 'pull' }] }] },
    { 'www-authenticate': `Bearer realm="${tokenUrl}/token",service="registry.stand-in"${scope}` },
  );
}

interface RouteData {
  store: Map<string, Map<string, Stored>>;
  tags: Map<string, string>;
  blobRedirect: boolean;
  blobHost: string;
}

function routeRegistry(req: SeenRequest, res: ServerResponse, data: RouteData): void {
  if (req.path === '/v2/') return sendJson(res, 200, {});
  const manifest = /^\/v2\/(.+)\/manifests\/([^/?]+)$/.exec(req.path);
  if (manifest) return serveManifest(req, res, data, manifest[1] ?? '', manifest[2] ?? '');
  const blob = /^\/v2\/(.+)\/blobs\/([^/?]+)$/.exec(req.path);
  if (blob) return serveBlob(res, data, blob[1] ?? '', blob[2] ?? '');
  sendJson(res, 404, { errors: [{ code: 'NAME_UNKNOWN', message: 'repository name not known to registry' }] });
}

function serveManifest(req: SeenRequest, res: ServerResponse, data: RouteData, repository: string, reference: string): void {
  const digest = reference.startsWith('sha256:') ? reference : data.tags.get(`${repository}:${reference}`);
  const stored = digest ? data.store.get(repository)?.get(digest) : undefined;
  if (!digest || !stored) return sendJson(res, 404, { errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] });
  const accept = String(req.headers.accept ?? '');
  if (!accept.includes(stored.mediaType)) {
    return sendJson(res, 404, { errors: [{ code: 'MANIFEST_UNKNOWN', message: 'OCI index found, but accept header does not support OCI indexes' }] });
  }
  const headers = {
    'content-type': stored.mediaType,
    'content-length': String(Buffer.byteLength(stored.body)),
    'docker-content-digest': digest,
    etag: `"${digest}"`,
    'ratelimit-limit': '100;w=21600',
    'ratelimit-remaining': '99;w=21600',
  };
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : stored.body);
}

function serveBlob(res: ServerResponse, data: RouteData, repository: string, digest: string): void {
  const stored = data.store.get(repository)?.get(digest);
  if (!stored) return sendJson(res, 404, { errors: [{ code: 'BLOB_UNKNOWN', message: 'blob unknown to registry' }] });
  if (!data.blobRedirect) return sendJson(res, 200, stored.body, { 'content-type': 'application/octet-stream', 'docker-content-digest': digest });
  res.writeHead(307, { location: `${data.blobHost}/blobs/${encodeURIComponent(repository)}/${digest}?expires=1&signature=stand-in` });
  res.end();
}

export function digestOf(body: string): string {
  return `sha256:${createHash('sha256').update(body, 'utf8').digest('hex')}`;
}
