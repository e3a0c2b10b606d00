import { PROGRAM_ISSUES } from '../advice/feedback-route.js';
import type { ImageInfo } from '../catalog/types.js';
import type { FeedbackRoute } from '../storage/types.js';
import { trackerRepo } from '../watch/tracker-repo.js';
import type { Classification } from './classify.js';
import { newIssueLink } from './new-issue-link.js';
import { UPSTREAM_TRACKERS } from './upstream-trackers.js';

const FAQ_CVES = 'https://github.com/docker-library/faq#why-does-my-security-scanner-show-that-an-image-has-so-many-cves';

/** Where to take one piece of feedback: the tracker, a prefilled new-issue link when it is on GitHub, and why. */
export interface Destination {
  route: FeedbackRoute;
  /** `the python image's packaging`, `Debian`, … */
  owner: string;
  trackerUrl: string;
  newIssueUrl: string | null;
  why: string;
}

/** The distro's security tracker page for a CVE (or its tracker home without one), by the image's default tag. */
function distroTracker(image: ImageInfo, cve: string | null): { owner: string; url: string } {
  const distro = image.tags.find((tag) => tag.tag === 'latest')?.distro ?? image.tags[0]?.distro ?? null;
  if (distro === 'debian') return { owner: 'Debian', url: `https://security-tracker.debian.org/tracker/${cve ?? ''}` };
  if (distro === 'ubuntu') return { owner: 'Ubuntu', url: cve ? `https://ubuntu.com/security/${cve}` : 'https://ubuntu.com/security/cves' };
  if (distro === 'alpine') return { owner: 'Alpine Linux', url: cve ? `https://security.alpinelinux.org/vuln/${cve}` : 'https://security.alpinelinux.org/' };
  return { owner: 'the base distribution', url: FAQ_CVES };
}

function linkFor(url: string, image: string, text: string): string | null {
  const repo = trackerRepo({ issueUrls: [url] });
  return repo === null ? null : newIssueLink(repo, image, text);
}

export function destinationFor(image: ImageInfo, { route, cve }: Classification, text: string): Destination {
  const packaging = image.issueUrls[0] ?? PROGRAM_ISSUES;
  if (route === 'distro') {
    const { owner, url } = distroTracker(image, cve);
    const why = `a CVE without a fixed package yet is ${owner}'s to fix; the image picks the fix up when it is rebuilt`;
    return { route, owner, trackerUrl: url, newIssueUrl: null, why };
  }
  if (route === 'program') {
    return { route, owner: 'the Official Images program', trackerUrl: PROGRAM_ISSUES, newIssueUrl: linkFor(PROGRAM_ISSUES, image.name, text), why: 'it is about the program, its docs or library files' };
  }
  const upstream = UPSTREAM_TRACKERS[image.name];
  if (route === 'upstream' && upstream !== undefined) {
    return { route, owner: `the ${image.name} project`, trackerUrl: upstream, newIssueUrl: linkFor(upstream, image.name, text), why: 'it sounds like the software itself, not how the image packages it' };
  }
  const owner = `the \`${image.name}\` image's maintainers`;
  const why = route === 'upstream' ? 'it sounds like the software itself; the image maintainers can confirm and point you upstream' : 'it is about how the image is built';
  return { route, owner, trackerUrl: packaging, newIssueUrl: linkFor(packaging, image.name, text), why };
}
