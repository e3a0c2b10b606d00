import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback stand-in for the GitHub REST contents API and the raw download host the listings point at. */
export interface GitHubRawStandIn {
  url: string;
  requests: { path: string; authorization: string | undefined }[];
  close(): Promise<void>;
}

export interface StandInData {
  officialCommit: { sha: string; date: string };
  docsCommit: { sha: string; date: string };
  library: Record<string, string>;
  /** Per docs folder: file name → content. */
  docs: Record<string, Record<string, string>>;
}

export async function startGitHubRawStandIn(data: StandInData): Promise<GitHubRawStandIn> {
  const requests: GitHubRawStandIn['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', authorization: req.headers.authorization });
    route(data, base, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function route(data: StandInData, base: string, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', base);
  const path = url.pathname;
  const ref = url.searchParams.get('ref');
  const commit = /^\/repos\/docker-library\/(official-images|docs)\/commits\/master$/.exec(path);
  if (commit) {
    const { sha, date } = commit[1] === 'docs' ? data.docsCommit : data.officialCommit;
    return json(res, { sha, commit: { committer: { date } } });
  }
  if (path === '/repos/docker-library/official-images/contents/library' && ref === data.officialCommit.sha) {
    return json(res, Object.keys(data.library).map((name) => file(base, `library/${name}`, name)));
  }
  const folder = /^\/repos\/docker-library\/docs\/contents\/([^/]+)$/.exec(path)?.[1];
  if (folder && ref === data.docsCommit.sha && data.docs[folder]) {
    return json(res, Object.keys(data.docs[folder]).map((name) => file(base, `docs/${folder}/${name}`, name)));
  }
  const raw = /^\/raw\/(library|docs)\/(.+)$/.exec(path);
  const text = raw && (raw[1] === 'library' ? data.library[raw[2] ?? ''] : docsFile(data, raw[2] ?? ''));
  if (typeof text === 'string') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    return void res.end(text);
  }
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ message: 'Not Found' }));
}

function docsFile(data: StandInData, path: string): string | undefined {
  const [folder = '', name = ''] = path.split('/');
  return data.docs[folder]?.[name];
}

function file(base: string, rawPath: string, name: string): { name: string; type: string; download_url: string } {
  return { name, type: 'file', download_url: `${base}/raw/${rawPath}` };
}

function json(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
