import type { ImageRef } from '../image-ref/types.js';

export const INTENTS = [
  'recommend-variant',
  'official-check',
  'vuln-check',
  'compare-tags',
  'tag-info',
  'size',
  'feedback-route',
  'propose-image',
  'search',
  'review-dockerfile',
  'help',
  'unknown',
] as const;
export type IntentName = (typeof INTENTS)[number];

/** How an image name in the text was matched to an official image. */
export type NameMatch = 'exact' | 'synonym' | 'typo' | 'none';

/** One image the text talks about. */
export interface ImageMention {
  /** The words as typed (`node.js`, `bitnami/python:3.13`, `pyhton`). */
  raw: string;
  /** Parsed reference, when the words parse as one. */
  ref: ImageRef | null;
  /**
   * The official image the mention is (`exact`, `synonym`: node.js → node), null when it is not one. A typo
   * (`pyhton`) or lookalike (`python3`, `library/pythons`) is not resolved here: see `suggestion`.
   */
  official: string | null;
  match: NameMatch;
  /** "Did you mean" for typos and lookalikes. */
  suggestion: string | null;
  tag: string | null;
}

/** Constraints the asker stated; answers must respect them. */
export interface Pins {
  /** Version line: `3.13`, `22`, `17`. */
  version: string | null;
  /** Variant family asked for: `slim`, `alpine`, `full` (= default), `fpm`, `jre`, … */
  variant: string | null;
  /** Distro release: `bookworm` (also from "Debian 12"), `alpine3.22`, `noble`. */
  release: string | null;
  /** `debian`, `alpine`, `ubuntu`, `windows`… when named without a release. */
  distro: string | null;
  libc: 'glibc' | 'musl' | null;
  /** `linux/arm64`, … when named. */
  platform: string | null;
}

export interface Intent {
  name: IntentName;
  /** Main image, when one is named. */
  image: ImageMention | null;
  /** Second image of a comparison. */
  other: ImageMention | null;
  pins: Pins;
  /** CVE or GHSA id when one is quoted. */
  vulnerabilityId: string | null;
  /** Search: keywords and a category slug. */
  keywords: string[];
  category: string | null;
  /** Review: the Dockerfile text. */
  dockerfile: string | null;
  /** `zh` when the question is in Chinese. */
  language: 'en' | 'zh';
  /** Set when a Dockerfile longer than the parser reads was cut at a line boundary. */
  truncated?: boolean;
}

/** Parse failures that are the asker's, not the bot's. */
export const INTENT_ERRORS = ['empty', 'too_long', 'unreadable'] as const;
export type IntentError = (typeof INTENT_ERRORS)[number];

/** What the intent parser knows of the catalog: names, so it stays pure and fast. */
export interface Lexicon {
  /** Official image names. */
  names: readonly string[];
  /** Category slugs. */
  categories: readonly string[];
}
