import type { RepoName } from '../sources/github/client.js';
import type { GitHubComment, GitHubIssue } from '../sources/github/schema.js';

/** Something new on a watched repository: an issue, a pull request or a comment. */
export interface WatchItem {
  /** Stable across polls and webhooks: `owner/name issue 123456` (GitHub's id, not the number). */
  key: string;
  kind: 'issue' | 'pull' | 'comment';
  repo: RepoName;
  /** The issue or pull request number (a comment's parent); null when unknown. */
  number: number | null;
  title: string;
  url: string;
  author: string;
  body: string;
  /** Lower case; empty for comments (their parent's labels are not fetched). */
  labels: string[];
  createdAt: string;
  updatedAt: string;
}

export function itemOfIssue(repo: RepoName, issue: GitHubIssue): WatchItem {
  return {
    key: `${repo} issue ${issue.id}`,
    kind: issue.isPull ? 'pull' : 'issue',
    repo,
    number: issue.number,
    title: issue.title,
    url: issue.url,
    author: issue.author,
    body: issue.body,
    labels: issue.labels.map((label) => label.toLowerCase()),
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
  };
}

export function itemOfComment(repo: RepoName, comment: GitHubComment): WatchItem {
  return {
    key: `${repo} comment ${comment.id}`,
    kind: 'comment',
    repo,
    number: comment.issueNumber,
    title: comment.issueNumber === null ? 'a comment' : `a comment on #${comment.issueNumber}`,
    url: comment.url,
    author: comment.author,
    body: comment.body,
    labels: [],
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
  };
}
