import type { ImageInfo } from '../catalog/types.js';

/** `owner/name` of the image's issue tracker when it is a GitHub repository (`…/issues`), else null. */
export function trackerRepo(image: Pick<ImageInfo, 'issueUrls'>): string | null {
  for (const url of image.issueUrls) {
    const match = /^https:\/\/github\.com\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.git)?(?:\/issues)?\/?$/.exec(url);
    if (match) return match[1] ?? null;
  }
  return null;
}
