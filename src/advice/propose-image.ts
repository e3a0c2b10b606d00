import type { Catalog } from '../catalog/types.js';
import type { ImageMention } from '../intent/types.js';
import { reply, type Reply } from '../reply.js';
import { clip } from './describe.js';
import { snapshotSource } from './source.js';

const STEPS = [
  'Start with the upstream project: an image is best maintained by (or with the blessing of) the people who make the software.',
  'Read the new-image checklist and review guidelines in docker-library/official-images, and look at how similar images are built.',
  'Keep the Dockerfiles in a public Git repository, following Dockerfile best practice: verified downloads, clear versions, a small and readable build.',
  'Open a pull request adding `library/<name>` (tags, architectures, Git commit) to docker-library/official-images.',
  'Open a pull request to docker-library/docs with the image documentation, logo and metadata.',
  'Expect review, and some back and forth: is the image generally useful, consistent with the others, and safe to build?',
  'Once merged, you keep it up to date through further pull requests and answer the feedback its users file.',
];

/** How a new image becomes a Docker Official Image, step by step; says so when the named image already is one. */
export function proposeImage(catalog: Catalog, mention: ImageMention | null): Reply {
  const named = mention === null ? null : (mention.official ?? clip(mention.ref?.name ?? mention.raw, 60));
  const existing = named === null ? undefined : catalog.getImage(named);
  const already = existing !== undefined ? `\`${existing.name}\` is already an official image: improvements go to its maintainers (\`report ${existing.name}\`). ` : '';
  return reply({
    title: 'Proposing a new Docker Official Image',
    summary: `${already}A new official image is proposed through two pull requests on GitHub, then reviewed by the Official Images team.`,
    verdict: 'info',
    facts: STEPS.map((step, index) => ({ label: `${index + 1}`, value: step })),
    recommendation: 'Start by opening the checklist: https://github.com/docker-library/official-images#contributing-to-the-standard-library',
    links: [
      { label: 'official-images: contributing', url: 'https://github.com/docker-library/official-images#contributing-to-the-standard-library' },
      { label: 'docs repository', url: 'https://github.com/docker-library/docs' },
    ],
    caveats: ['Acceptance is not automatic: a niche image may be judged not generally useful enough.'],
    source: snapshotSource(catalog),
    subject: { intent: 'propose-image', image: named, tag: null, version: null, variant: null },
  });
}
