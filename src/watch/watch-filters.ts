import type { Result } from '../result.js';
import type { WatchKinds } from '../storage/types.js';

export interface WatchFilters {
  kinds: WatchKinds;
  includeLabels: string[];
  excludeLabels: string[];
}

const LABEL = /^([+-])label:(.{1,50})$/i;

/**
 * `issues pulls comments +label:bug -label:wontfix` in any order; no kind named means all three. Labels are
 * compared in lower case; a word that is none of these is the error's text.
 */
export function parseWatchFilters(text: string): Result<WatchFilters, string> {
  const named = new Set<string>();
  const includeLabels: string[] = [];
  const excludeLabels: string[] = [];
  for (const word of text.trim().split(/\s+/).filter((w) => w !== '')) {
    const kind = word.toLowerCase().replace(/^(prs?|pull-requests?|pull)$/, 'pulls').replace(/^(issue|comment)$/, '$1s');
    const label = LABEL.exec(word);
    if (kind === 'issues' || kind === 'pulls' || kind === 'comments') named.add(kind);
    else if (label) (label[1] === '+' ? includeLabels : excludeLabels).push((label[2] ?? '').toLowerCase());
    else return { ok: false, error: word };
  }
  const all = named.size === 0;
  return {
    ok: true,
    value: { kinds: { issues: all || named.has('issues'), pulls: all || named.has('pulls'), comments: all || named.has('comments') }, includeLabels, excludeLabels },
  };
}

/** `issues, pull requests and comments; only +bug; not -wontfix` */
export function describeFilters(filters: WatchFilters): string {
  const kinds = [filters.kinds.issues && 'issues', filters.kinds.pulls && 'pull requests', filters.kinds.comments && 'comments'].filter((k) => k !== false);
  const parts = [kinds.join(', ')];
  if (filters.includeLabels.length > 0) parts.push(`labelled ${filters.includeLabels.join(' or ')}`);
  if (filters.excludeLabels.length > 0) parts.push(`not ${filters.excludeLabels.join(' or ')}`);
  return parts.join('; ');
}
