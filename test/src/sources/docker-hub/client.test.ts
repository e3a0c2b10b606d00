import { describe, expect, it } from 'vitest';
import { Cache } from '../../../../src/cache/cached.js';
import { createHttp } from '../../../../src/http/create-http.js';
import { DockerHubClient, sizeForPlatform } from '../../../../src/sources/docker-hub/client.js';
import { useMockAgent } from '../../http/use-mock-agent.js';
import nodeTag from '../../../fixtures/docker-hub/node-22-slim-tag.json' with { type: 'json' };

const mock = useMockAgent();
const HUB = 'https://hub.example';

function makeClient() {
  return new DockerHubClient(createHttp({ timeoutMs: 500, dispatcher: mock.agent }), new Cache(), HUB);
}

describe('DockerHubClient.getTag', () => {
  it('reads per-platform size, digest and push date and drops unknown architectures', async () => {
    mock.agent.get(HUB).intercept({ path: '/v2/namespaces/library/repositories/debian/tags/unstable-slim' }).reply(200, {
      name: 'unstable-slim',
      full_size: 29124691,
      digest: 'sha256:2ae1',
      tag_last_pushed: '2023-06-13T04:58:31.821511Z',
      images: [
        { architecture: 'amd64', os: 'linux', variant: null, digest: 'sha256:9340', size: 29124691, last_pushed: '2023-06-12T23:58:09Z' },
        { architecture: 'arm64', os: 'linux', variant: 'v8', digest: 'sha256:aaaa', size: 28000000, last_pushed: '2023-06-12T23:58:09Z' },
        { architecture: 'unknown', os: 'unknown', digest: 'sha256:bbbb', size: 1 },
        { os: 'linux', size: 'broken' },
      ],
    });

    const tag = await makeClient().getTag('library', 'debian', 'unstable-slim');

    expect(tag).toEqual({
      name: 'unstable-slim',
      digest: 'sha256:2ae1',
      fullSize: 29124691,
      lastPushed: '2023-06-13T04:58:31.821511Z',
      mediaType: null,
      images: [
        { os: 'linux', architecture: 'amd64', variant: null, digest: 'sha256:9340', size: 29124691, lastPushed: '2023-06-12T23:58:09Z' },
        { os: 'linux', architecture: 'arm64', variant: 'v8', digest: 'sha256:aaaa', size: 28000000, lastPushed: '2023-06-12T23:58:09Z' },
      ],
    });
    expect(sizeForPlatform(tag!, 'linux/arm64')).toBe(28000000);
    expect(sizeForPlatform(tag!, 'linux/s390x')).toBeNull();
  });

  it('falls back to full_size for a tag whose images list is empty (hub-feedback#2484)', async () => {
    mock.agent.get(HUB).intercept({ path: '/v2/namespaces/library/repositories/node/tags/22.18.0-slim' }).reply(200, nodeTag);

    const tag = await makeClient().getTag('library', 'node', '22.18.0-slim');

    expect(tag?.images).toEqual([]);
    expect(sizeForPlatform(tag!, 'linux/amd64')).toBe(78914007);
  });

  it('returns null when the tag does not exist', async () => {
    mock.agent.get(HUB).intercept({ path: '/v2/namespaces/library/repositories/node/tags/nope' }).reply(404, { message: 'object not found' });

    expect(await makeClient().getTag('library', 'node', 'nope')).toBeNull();
  });
});

describe('DockerHubClient.getBadge', () => {
  const search = (query: string) => `/api/search/v4?query=${encodeURIComponent(query)}&size=10`;
  const repository = (ns: string, name: string) => `/v2/namespaces/${ns}/repositories/${name}`;

  it('calls library repositories official once they exist', async () => {
    mock.agent.get(HUB).intercept({ path: repository('library', 'python') }).reply(200, { namespace: 'library', name: 'python' });

    expect(await makeClient().getBadge('library', 'python')).toEqual({ exists: true, badge: 'official' });
  });

  it.each([
    ['verified_publisher', 'verified_publisher'],
    ['verfified_publisher', 'verified_publisher'],
    ['open_source', 'open_source'],
    ['none', null],
    [null, null],
  ])('reads search badge %s as %s', async (badge, expected) => {
    mock.agent.get(HUB).intercept({ path: search('bitnami/redis') }).reply(200, {
      total: 2,
      results: [{ name: 'bitnami/redis-cluster', badge: 'official' }, { name: 'bitnami/redis', badge }],
    });
    mock.agent.get(HUB).intercept({ path: repository('bitnami', 'redis') }).reply(200, { namespace: 'bitnami', name: 'redis' });

    expect(await makeClient().getBadge('bitnami', 'redis')).toEqual({ exists: true, badge: expected });
  });

  it('tells a repository search does not list from one that does not exist', async () => {
    mock.agent.get(HUB).intercept({ path: search('me/mine') }).reply(200, { total: 0, results: [] });
    mock.agent.get(HUB).intercept({ path: repository('me', 'mine') }).reply(200, { namespace: 'me', name: 'mine' });
    mock.agent.get(HUB).intercept({ path: search('me/gone') }).reply(200, { total: 0, results: [] });
    mock.agent.get(HUB).intercept({ path: repository('me', 'gone') }).reply(404, { message: 'object not found' });
    mock.agent.get(HUB).intercept({ path: repository('library', 'gone') }).reply(404, { message: 'object not found' });
    const client = makeClient();

    expect(await client.getBadge('me', 'mine')).toEqual({ exists: true, badge: null });
    expect(await client.getBadge('me', 'gone')).toEqual({ exists: false });
    expect(await client.getBadge('library', 'gone')).toEqual({ exists: false });
  });
});
