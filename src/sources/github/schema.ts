import { z } from 'zod';
import { lenientArray } from '../lenient.js';

const Login = z
  .object({ login: z.string() })
  .nullable()
  .catch(null)
  .transform((user) => user?.login ?? 'ghost');

const Label = z.union([z.string(), z.object({ name: z.string() }).transform((label) => label.name)]);

/**
 * An issue or pull request from the issues list; pull requests carry a `pull_request` key. Only the fields the
 * pings use; a malformed item is dropped, not the page.
 * @see https://docs.github.com/en/rest/issues/issues#list-repository-issues
 */
export const GitHubIssue = z
  .object({
    id: z.number(),
    number: z.number(),
    title: z.string().catch(''),
    html_url: z.string(),
    user: Login,
    labels: lenientArray(Label),
    state: z.string().catch('open'),
    body: z.string().nullable().optional().catch(null),
    created_at: z.string(),
    updated_at: z.string(),
    pull_request: z.unknown().optional(),
  })
  .transform((issue) => ({
    id: issue.id,
    number: issue.number,
    title: issue.title,
    url: issue.html_url,
    author: issue.user,
    labels: issue.labels,
    state: issue.state,
    body: issue.body ?? '',
    createdAt: issue.created_at,
    updatedAt: issue.updated_at,
    isPull: issue.pull_request !== undefined && issue.pull_request !== null,
  }));
export type GitHubIssue = z.output<typeof GitHubIssue>;

export const GitHubIssues = lenientArray(GitHubIssue);

/**
 * A comment on an issue or a pull request (the conversation, not review comments).
 * @see https://docs.github.com/en/rest/issues/comments#list-issue-comments-for-a-repository
 */
export const GitHubComment = z
  .object({
    id: z.number(),
    html_url: z.string(),
    issue_url: z.string().catch(''),
    user: Login,
    body: z.string().nullable().optional().catch(null),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .transform((comment) => ({
    id: comment.id,
    url: comment.html_url,
    /** The issue or pull request number, from `issue_url`; null when it cannot be read. */
    issueNumber: issueNumberOf(comment.issue_url),
    author: comment.user,
    body: comment.body ?? '',
    createdAt: comment.created_at,
    updatedAt: comment.updated_at,
  }));
export type GitHubComment = z.output<typeof GitHubComment>;

export const GitHubComments = lenientArray(GitHubComment);

function issueNumberOf(url: string): number | null {
  const match = /\/issues\/([0-9]+)$/.exec(url);
  return match ? Number(match[1]) : null;
}

/**
 * The parts of a webhook delivery the watcher reads (`issues`, `pull_request`, `issue_comment` events); the issue,
 * pull request and comment objects are parsed with the schemas above.
 * @see https://docs.github.com/en/webhooks/webhook-events-and-payloads
 */
export const WebhookPayload = z.object({
  action: z.string().catch(''),
  repository: z.object({ full_name: z.string() }),
  issue: z.unknown().optional(),
  pull_request: z.unknown().optional(),
  comment: z.unknown().optional(),
});
export type WebhookPayload = z.output<typeof WebhookPayload>;
