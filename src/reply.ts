import type { IntentName } from './intent/types.js';

/** Drives colours and icons in the adapters. */
export type Verdict = 'good' | 'warning' | 'bad' | 'info' | 'unknown';

export interface Fact {
  label: string;
  value: string;
}

export interface Link {
  label: string;
  url: string;
}

/** A titled group of lines: one FROM of a reviewed Dockerfile, one side of a comparison. */
export interface ReplySection {
  title: string;
  lines: string[];
}

/** Where the answer's data came from and when. */
export interface DataSource {
  /** `official-images 37079fb` or `Docker Hub + OSV`. */
  label: string;
  /** ISO date or date-time of the data. */
  date: string;
  live: boolean;
}

/** What the answer is about, for machines: the CLI's `--json` and the adapters' colours. */
export interface Subject {
  intent: IntentName;
  image: string | null;
  tag: string | null;
  version: string | null;
  variant: string | null;
  /** official-check only: true, false, or null when it could not be told. */
  official?: boolean | null;
  /** official-check only: Docker Hub's badge; null for a community repository, one that does not exist, or unknown. */
  badge?: Badge | null;
  /** vuln-check only: counts by severity; null when there is no published SBOM or no live scan. */
  vulnerabilities?: SeverityCounts | null;
  /** vuln-check (and compare-tags): the platform the figures are for, e.g. `linux/amd64`. */
  platform?: string;
}

export type Badge = 'official' | 'verified_publisher' | 'open_source';

export interface SeverityCounts {
  critical: number;
  high: number;
  medium: number;
  low: number;
  unknown: number;
}

/**
 * A platform-neutral answer. Text fields may quote code with backticks and nothing else; each adapter renders it.
 */
export interface Reply {
  title: string;
  /** The verdict, one line a busy person can act on. */
  summary: string;
  verdict: Verdict;
  facts: Fact[];
  sections: ReplySection[];
  /** The next step: a FROM line, a command to ask next. */
  recommendation: string | null;
  links: Link[];
  caveats: string[];
  source: DataSource;
  subject: Subject;
}

/** A reply with the empty parts filled in, so builders name only what they have. */
export function reply(parts: Pick<Reply, 'title' | 'summary' | 'source' | 'subject'> & Partial<Reply>): Reply {
  return {
    verdict: 'info',
    facts: [],
    sections: [],
    recommendation: null,
    links: [],
    caveats: [],
    ...parts,
  };
}
