import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../command.js';
import { GitHubComment, GitHubIssue, WebhookPayload } from '../sources/github/schema.js';
import { itemOfComment, itemOfIssue, type WatchItem } from './watch-item.js';

const MAX_BODY = 1024 * 1024;

/**
 * Whether `header` is `sha256=<hex HMAC-SHA256(secret, body)>`, compared in constant time.
 * @see https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries
 */
export function validSignature(secret: string, body: Buffer, header: string | undefined): boolean {
  if (header === undefined || !header.startsWith('sha256=')) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(body).digest('hex'), 'utf8');
  const given = Buffer.from(header.slice('sha256='.length), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The new item a delivery announces: opened issues and pull requests, created comments; null for anything else. */
export function itemOfDelivery(event: string, payload: WebhookPayload): WatchItem | null {
  const repo = payload.repository.full_name;
  if (event === 'issues' && payload.action === 'opened') return parsed(GitHubIssue.safeParse(payload.issue), (issue) => itemOfIssue(repo, issue));
  if (event === 'pull_request' && payload.action === 'opened') {
    return parsed(GitHubIssue.safeParse(payload.pull_request), (pull) => itemOfIssue(repo, { ...pull, isPull: true }));
  }
  if (event === 'issue_comment' && payload.action === 'created') return parsed(GitHubComment.safeParse(payload.comment), (comment) => itemOfComment(repo, comment));
  return null;
}

function parsed<T>(result: { success: true; data: T } | { success: false }, map: (value: T) => WatchItem): WatchItem | null {
  return result.success ? map(result.data) : null;
}

/**
 * A node:http handler for GitHub webhooks (push mode): 401 for a missing or wrong `X-Hub-Signature-256`, then the
 * announced item goes to the same outbox as polled ones (same keys, so a later poll does not post it again).
 */
export function createWebhookHandler(secret: string, accept: (repo: string, items: WatchItem[]) => number, log: Logger) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'POST') return answer(res, 405, { error: 'POST only' });
    readBody(req).then(
      (body) => handleDelivery(secret, accept, log, req, body, res),
      () => answer(res, 413, { error: 'body too large' }),
    );
  };
}

function handleDelivery(secret: string, accept: (repo: string, items: WatchItem[]) => number, log: Logger, req: IncomingMessage, body: Buffer, res: ServerResponse): void {
  const signature = req.headers['x-hub-signature-256'];
  if (!validSignature(secret, body, Array.isArray(signature) ? signature[0] : signature)) {
    log.warn({ delivery: req.headers['x-github-delivery'] }, 'webhook signature rejected');
    return answer(res, 401, { error: 'bad signature' });
  }
  const event = String(req.headers['x-github-event'] ?? '');
  if (event === 'ping') return answer(res, 200, { ok: true });
  const payload = WebhookPayload.safeParse(parseJson(body));
  if (!payload.success) return answer(res, 400, { error: 'unexpected payload' });
  const item = itemOfDelivery(event, payload.data);
  const queued = item === null ? 0 : accept(payload.data.repository.full_name, [item]);
  answer(res, 202, { queued });
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
}

function answer(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
