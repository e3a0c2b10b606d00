import type { Catalog, ImageInfo } from '../catalog/types.js';
import { reply, type Link, type Reply } from '../reply.js';
import { snapshotSource } from './source.js';

export const PROGRAM_ISSUES = 'https://github.com/docker-library/official-images/issues';
const FAQ_CVES = 'https://github.com/docker-library/faq#why-does-my-security-scanner-show-that-an-image-has-so-many-cves';

function trackerName(url: string): string {
  const github = /^https:\/\/github\.com\/([^/]+\/[^/]+)/.exec(url);
  if (github !== null) return `${github[1]} issues`;
  return new URL(url).host;
}

/** `https://github.com/o/r/issues/new` when the tracker is a GitHub repository. */
export function newIssueUrl(image: ImageInfo): string | null {
  const tracker = image.issueUrls.find((url) => url.startsWith('https://github.com/'));
  return tracker === undefined ? null : `${tracker.replace(/\/issues\/?$/, '')}/issues/new`;
}

/** Where to report a problem with an image, who maintains it, and where program-level questions go. */
export function feedbackRoute(catalog: Catalog, image: ImageInfo, aboutCve: boolean): Reply {
  const trackers = image.issueUrls.length > 0 ? image.issueUrls : [PROGRAM_ISSUES];
  const handles = image.maintainers.map((person) => `@${person.handle}`);
  const links: Link[] = trackers.map((url) => ({ label: trackerName(url), url }));
  const create = newIssueUrl(image);
  if (create !== null) links.push({ label: 'Open a new issue', url: create });
  links.push({ label: 'Program questions: docker-library/official-images', url: PROGRAM_ISSUES });
  const caveats = [
    'A bug in the software itself (not in how the image packages it) belongs to the upstream project.',
    'Questions about the Official Images program, or image update PRs, go to docker-library/official-images.',
  ];
  if (aboutCve) {
    caveats.unshift('A CVE reported by a scanner is usually fixed by the distribution first: check whether a fixed package exists before filing.');
    links.push({ label: 'FAQ: why scanners report CVEs', url: FAQ_CVES });
  }
  return reply({
    title: `${image.name}: where to report`,
    summary: `Report problems with the \`${image.name}\` image at ${trackerName(trackers[0] ?? PROGRAM_ISSUES)}: ${trackers[0] ?? PROGRAM_ISSUES}`,
    verdict: 'info',
    facts: [
      { label: 'Maintainers', value: handles.length > 0 ? handles.join(', ') : 'not recorded' },
      { label: 'Source', value: image.githubRepo ?? image.gitRepo ?? 'not recorded' },
    ],
    recommendation: create === null ? null : `Search the existing issues first, then open one: ${create}`,
    links,
    caveats,
    source: snapshotSource(catalog),
    subject: { intent: 'feedback-route', image: image.name, tag: null, version: null, variant: null },
  });
}

/** No image named: the program-level tracker, and how to ask about one image. */
export function programRoute(catalog: Catalog): Reply {
  return reply({
    title: 'Where to give feedback',
    summary: `Questions about the Docker Official Images program go to docker-library/official-images: ${PROGRAM_ISSUES}`,
    verdict: 'info',
    facts: [{ label: 'One image', value: 'each image has its own tracker: name the image, e.g. `where do I report a bug in postgres?`' }],
    recommendation: null,
    links: [{ label: 'docker-library/official-images issues', url: PROGRAM_ISSUES }],
    caveats: [],
    source: snapshotSource(catalog),
    subject: { intent: 'feedback-route', image: null, tag: null, version: null, variant: null },
  });
}
