import { clip } from '../advice/describe.js';
import type { Badge, Reply } from '../reply.js';
import type { LiveJob } from './live-job.js';
import { liveSource } from './live-source.js';

const BADGE_TEXT: Record<Badge, string> = {
  official: 'a Docker Official Image',
  verified_publisher: 'from a Verified Publisher (a commercial publisher Docker has verified), not a Docker Official Image',
  open_source: 'a Sponsored OSS project (an open-source project Docker sponsors), not a Docker Official Image',
};

/** official-check for a Docker Hub reference the catalog cannot settle: its Hub badge, or that it does not exist. */
export async function officialLive({ ctx, sources, intent, offline, signal }: LiveJob): Promise<Reply | null> {
  const ref = intent.image?.ref ?? null;
  if (ref === null || ref.registry !== 'docker.io' || offline.subject.official === true) return null;
  const found = await sources.hub.getBadge(ref.namespace, ref.name, { signal });
  const shown = clip(ref.original);
  const source = liveSource('Docker Hub', ctx.clock());
  const suggestion = offline.recommendation === null ? '' : ` ${offline.recommendation}`;
  const caveats = offline.caveats.filter((caveat) => !caveat.includes('live'));
  if (!found.exists) {
    return {
      ...offline,
      summary: `No: \`${shown}\` does not exist on Docker Hub.${suggestion}`,
      caveats,
      source,
      subject: { ...offline.subject, official: false, badge: null },
    };
  }
  const badge = found.badge;
  const official = badge === 'official';
  const what = badge === null ? 'a community image with no Docker Hub badge, not a Docker Official Image' : BADGE_TEXT[badge];
  const newer = official ? ` It is newer than the snapshot of ${offline.source.date}.` : '';
  return {
    ...offline,
    title: `${shown}: ${official ? 'official' : 'not official'}`,
    summary: `${official ? 'Yes' : 'No'}: \`${shown}\` is ${what}.${newer}${official ? '' : suggestion}`,
    verdict: official ? 'good' : badge === null ? 'bad' : 'warning',
    caveats,
    source,
    subject: { ...offline.subject, official, badge },
  };
}
