import { request, type Dispatcher } from 'undici';
import { z } from 'zod';
import type { Snapshot } from './snapshot.js';

export interface GitHubSnapshotOptions {
  /** `https://api.github.com`, or a stand-in in tests. */
  apiUrl: string;
  token?: string | undefined;
  dispatcher: Dispatcher;
  now?: Date;
}

const Commit = z.object({
  sha: z.string(),
  commit: z.object({ committer: z.object({ date: z.string() }) }),
});
const Listing = z.array(z.object({ name: z.string(), type: z.string(), download_url: z.string().nullable() }));
const Categories = z.object({ hub: z.object({ categories: z.array(z.string()).catch([]) }) }).catch({ hub: { categories: [] } });

type Get = (url: string) => Promise<string | null>;

/**
 * A snapshot fetched from GitHub: the official-images library at master and, per image, the docs folder's
 * `metadata.json`, `github-repo` and whether a `deprecated.md` exists. The docs README facts (variants, issue
 * overrides, architectures) are not fetched: the catalog falls back to `<githubRepo>/issues` and the built arches.
 * @see https://docs.github.com/en/rest/repos/contents#get-repository-content
 */
export async function snapshotFromGitHub(options: GitHubSnapshotOptions): Promise<Snapshot> {
  const get = makeGet(options);
  const official = await latestCommit(get, options.apiUrl, 'docker-library/official-images');
  const docsCommit = await latestCommit(get, options.apiUrl, 'docker-library/docs');
  const listing = await getListing(get, `${options.apiUrl}/repos/docker-library/official-images/contents/library?ref=${official.commit}`);
  const library: Record<string, string> = {};
  const docs: Record<string, unknown> = {};
  for (const item of listing.filter((entry) => entry.type === 'file' && entry.download_url)) {
    library[item.name] = (await get(item.download_url ?? '')) ?? '';
    docs[item.name] = await docsRecord(get, `${options.apiUrl}/repos/docker-library/docs/contents/${item.name}?ref=${docsCommit.commit}`);
  }
  return {
    source: { officialImages: official, docs: docsCommit, generatedAt: (options.now ?? new Date()).toISOString() },
    library,
    docs,
    sizes: {},
  };
}

async function latestCommit(get: Get, apiUrl: string, repository: string): Promise<Snapshot['source']['docs']> {
  const body = await get(`${apiUrl}/repos/${repository}/commits/master`);
  const commit = Commit.parse(JSON.parse(body ?? 'null'));
  return { repository, commit: commit.sha, date: commit.commit.committer.date };
}

async function getListing(get: Get, url: string): Promise<z.infer<typeof Listing>> {
  const body = await get(url);
  return body === null ? [] : Listing.parse(JSON.parse(body));
}

/** The docs record of one image folder; an image without a docs folder gets an empty record. */
async function docsRecord(get: Get, folderUrl: string): Promise<Record<string, unknown>> {
  const files = await getListing(get, folderUrl);
  const url = (name: string) => files.find((file) => file.name === name)?.download_url ?? null;
  const metadataUrl = url('metadata.json');
  const repoUrl = url('github-repo');
  const metadata = metadataUrl ? await get(metadataUrl) : null;
  const githubRepo = repoUrl ? ((await get(repoUrl))?.trim() ?? null) : null;
  return {
    categories: Categories.parse(metadata === null ? null : JSON.parse(metadata)).hub.categories,
    githubRepo,
    hasDeprecatedNotice: files.some((file) => file.name === 'deprecated.md'),
    librarySupportedTags: true,
  };
}

/** GET returning the body text, null on 404; other failures throw with the URL and status. */
function makeGet({ apiUrl, token, dispatcher }: GitHubSnapshotOptions): Get {
  const plain = { 'user-agent': 'baseimage-snapshot', accept: 'application/vnd.github+json' };
  const authorized = token ? { ...plain, authorization: `Bearer ${token}` } : plain;
  return async (url) => {
    // the token goes to the API only, never to the download hosts the listings point at
    const headers = url.startsWith(`${apiUrl}/repos/`) ? authorized : plain;
    const response = await request(url, { dispatcher, headers, headersTimeout: 15_000, bodyTimeout: 30_000 });
    const text = await response.body.text();
    if (response.statusCode === 404) return null;
    if (response.statusCode >= 400) throw new Error(`GET ${url} failed with HTTP ${response.statusCode}`);
    return text;
  };
}
