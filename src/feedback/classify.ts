import type { FeedbackRoute } from '../storage/types.js';

export interface Classification {
  route: FeedbackRoute;
  /** The CVE id quoted, upper case; null when none. */
  cve: string | null;
}

const CVE = /\bCVE-\d{4}-\d{4,}\b/i;
const FIXED = /\b(fixed in|has a fix|patched in|fix(ed)? (is )?(available|released)|not rebuilt|rebuild)\b/i;
const SECURITY = /\b(vulnerab\w*|security scanner|scanners?|trivy|grype|snyk|docker scout|unpatched|security (fix|patch|update)s?)\b/i;
const PROGRAM = /\b(official[- ]images?( program)?|library files?|bashbrew|hub (page|description|docs?)|docs? (page|repo)|image description|new official image|naming of tags|tag naming|review process|docker-library\/official-images)\b/i;
const PACKAGING = /\b(dockerfile|docker-entrypoint(\.sh)?|entrypoint|env(ironment)? var(iable)?s?|volumes?|healthcheck|tags?|variants?|image size|apt(-get)?|apk|missing (package|binary|library|command|locale)s?|permissions?|uid|gid|non-root|root user|arm64|aarch64|arm\/v7|s390x|ppc64le|platform|multi-arch|base image|alpine|slim|bookworm|trixie|(is|are) not installed|not included)\b/i;
const UPSTREAM = /\b(segfaults?|segmentation fault|crash(es|ed|ing)?|upstream|regression|feature request|memory leak|panic|exception|stack ?trace|traceback|wrong result|performance|slow(er)? queries|bug in (the )?(software|app|application|server|interpreter|compiler|runtime|language|database))\b/i;

/**
 * Where feedback belongs, from its words: a CVE or scanner finding → the distro (a fix reaches the image with the
 * distro's package), unless the text says a fix exists (then the image needs a rebuild: packaging); the program, its docs or library files → official-images; how the image is built →
 * packaging; the software misbehaving → upstream. Packaging words win over upstream ones (`the entrypoint
 * crashes` is packaging); anything unclear is packaging, whose maintainers triage and forward.
 */
export function classifyFeedback(text: string): Classification {
  const cve = CVE.exec(text)?.[0]?.toUpperCase() ?? null;
  if (cve !== null || SECURITY.test(text)) return { route: FIXED.test(text) ? 'packaging' : 'distro', cve };
  if (PROGRAM.test(text)) return { route: 'program', cve };
  if (PACKAGING.test(text)) return { route: 'packaging', cve };
  if (UPSTREAM.test(text)) return { route: 'upstream', cve };
  return { route: 'packaging', cve };
}
