import { describe, expect, it } from 'vitest';
import { Cache } from '../../../../src/cache/cached.js';
import { createHttp } from '../../../../src/http/create-http.js';
import { UpstreamError } from '../../../../src/errors.js';
import { RegistryClient } from '../../../../src/sources/registry/client.js';
import { useMockAgent } from '../../http/use-mock-agent.js';

const mock = useMockAgent();
const REGISTRY = 'https://registry.example';
const INDEX = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [] };
const challenge = (realm: string) => ({ headers: { 'www-authenticate': `Bearer realm="${realm}",service="registry.example",scope="repository:library/python:pull"` } });

function makeClient() {
  return new RegistryClient(createHttp({ timeoutMs: 500, dispatcher: mock.agent }), new Cache(), REGISTRY);
}

describe('RegistryClient', () => {
  it('asks for all four manifest types and sends the token it got from the challenge', async () => {
    const registry = mock.agent.get(REGISTRY);
    registry.intercept({ path: '/v2/library/python/manifests/3' }).reply(401, { errors: [] }, challenge('https://auth.example/token'));
    mock.agent
      .get('https://auth.example')
      .intercept({ path: '/token?service=registry.example&scope=repository%3Alibrary%2Fpython%3Apull' })
      .reply(200, { token: 't1', expires_in: 300 });
    registry
      .intercept({
        path: '/v2/library/python/manifests/3',
        headers: {
          authorization: 'Bearer t1',
          accept: (value) => value.split(', ').length === 4 && value.includes('application/vnd.oci.image.index.v1+json'),
        },
      })
      .reply(200, INDEX, { headers: { 'docker-content-digest': `sha256:${'1'.repeat(64)}`, 'content-type': INDEX.mediaType } });

    const manifest = await makeClient().getManifest('library/python', '3');

    expect(manifest).toEqual({ digest: `sha256:${'1'.repeat(64)}`, mediaType: INDEX.mediaType, isIndex: true, manifests: [], layers: [] });
  });

  it.each([
    ['file:///etc/token'],
    ['gopher://auth.example/token'],
    ['http://auth.example/token'],
  ])('refuses the token realm %s', async (realm) => {
    mock.agent.get(REGISTRY).intercept({ path: '/v2/library/python/manifests/3' }).reply(401, {}, challenge(realm));

    await expect(makeClient().getManifest('library/python', '3')).rejects.toThrow('named an unusable token realm');
  });

  it('fails on a Basic challenge: no credentials are configured', async () => {
    mock.agent.get(REGISTRY).intercept({ path: '/v2/library/python/manifests/3' }).reply(401, {}, { headers: { 'www-authenticate': 'Basic realm="x"' } });

    await expect(makeClient().getManifest('library/python', '3')).rejects.toThrow(UpstreamError);
  });

  it('fails when the token server answers without a token', async () => {
    mock.agent.get(REGISTRY).intercept({ path: '/v2/library/python/manifests/3' }).reply(401, {}, challenge('https://auth.example/token'));
    mock.agent.get('https://auth.example').intercept({ path: /^\/token/ }).reply(200, { expires_in: 300 });

    await expect(makeClient().getManifest('library/python', '3')).rejects.toThrow('sent an unexpected response');
  });
});
