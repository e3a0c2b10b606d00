/**
 * The official-images catalog: library files parsed (data-formats.md §2) and joined with the docs metadata (§3).
 * @see https://github.com/docker-library/official-images#instruction-format
 */

/** `Full Name <email> (@handle)`: the handle only; emails are never shown. */
export interface Maintainer {
  name: string;
  handle: string;
}

/** Build-input fields an entry may set, and override per architecture (`arm64v8-GitCommit`). */
export interface BuildFields {
  gitRepo: string;
  gitFetch: string;
  gitCommit: string;
  directory: string;
  file: string;
  builder: string;
}

/** One paragraph after the global one: one build, defaults of the global paragraph applied. */
export interface LibraryEntry extends BuildFields {
  tags: string[];
  sharedTags: string[];
  architectures: string[];
  constraints: string[];
  /** Per-architecture overrides, e.g. `{ arm64v8: { gitCommit: '…' } }` (global ones inherited). */
  archOverrides: Record<string, Partial<BuildFields>>;
  /** 1-based line where the paragraph starts. */
  line: number;
}

export interface LibraryFile {
  name: string;
  maintainers: Maintainer[];
  /** The global paragraph's GitRepo (retired images have only Maintainers and GitRepo). */
  gitRepo: string | null;
  entries: LibraryEntry[];
}

/** A malformed library file: names the file and the line; the rest of the catalog still loads. */
export interface CatalogError {
  file: string;
  line: number;
  message: string;
}

export interface TagSource {
  gitRepo: string;
  gitCommit: string;
  directory: string;
  file: string;
  /** `https://github.com/<owner>/<repo>/blob/<commit>/<dir>/<file>`, or null when GitRepo is not on GitHub. */
  dockerfileUrl: string | null;
}

/** Everything known about one tag of one image, derived from the library file. */
export interface TagInfo {
  image: string;
  tag: string;
  /** The version in the tag: `3.14.7`, `3.14`, `3`, `8u502-b07`, `26`; null for `latest`, `slim`, `alpine`, `lts`… */
  version: string | null;
  /** The variant family: `default`, `slim`, `alpine`, `windowsservercore`, `nanoserver`, `fpm`, `apache`, `cli`, `jdk`, `jre`, … */
  variant: string;
  /** OS family and distribution: `debian`, `alpine`, `ubuntu`, `windows`, `oraclelinux`, `ubi`, … or null when unknown. */
  distro: string | null;
  /** Distribution release: `trixie`, `bookworm`, `alpine3.24`, `noble`, `ltsc2022`, … or null when unknown. */
  release: string | null;
  /** `linux` or `windows`. */
  os: 'linux' | 'windows';
  architectures: string[];
  /** True when this tag is a SharedTag (may span several entries, e.g. Linux + Windows). */
  shared: boolean;
  /** The other tags that name exactly the same build(s), including this one. */
  aliases: string[];
  /** For a simple tag, the shared tags its entry also publishes; for a shared tag, the simple tags it covers. */
  related: string[];
  /** Sources of the entries behind the tag (one for a simple tag; one per entry for a shared tag). */
  sources: TagSource[];
  /** rc, beta, alpha, tip, nightly, early-access, dev… */
  prerelease: boolean;
}

export interface ImageInfo {
  name: string;
  maintainers: Maintainer[];
  gitRepo: string | null;
  /** Docs metadata: Hub categories (slugs). */
  categories: string[];
  /** Docs metadata `githubRepo`, e.g. `https://github.com/docker-library/python`. */
  githubRepo: string | null;
  /** Where to file issues about the image (docs `issueUrls`, defaulting to `<githubRepo>/issues`). */
  issueUrls: string[];
  /** Variant families named by the docs (`default`, `slim`, `alpine`, …). */
  variants: string[];
  /** Has a deprecation notice in the docs (e.g. openjdk). */
  deprecated: boolean;
  /** Library file has no entries: no supported tags (e.g. gazebo). */
  retired: boolean;
  /** Official images to use instead, for deprecated or retired ones (openjdk → eclipse-temurin, …). */
  successors: string[];
  supportedArchitectures: string[];
  /** Every tag, simple and shared, in library-file order. */
  tags: TagInfo[];
}

/** Where the snapshot came from: every answer built from it names this. */
export interface SnapshotSource {
  officialImages: { repository: string; commit: string; date: string };
  docs: { repository: string; commit: string; date: string };
  /** When the snapshot file was generated (ISO 8601). */
  generatedAt: string;
}

/** Compressed size per platform for a tag, from the repo-info sample (a sample, not every tag). */
export interface SizeSample {
  image: string;
  tag: string;
  platforms: { platform: string; compressedBytes: number | null; appVersion: string | null }[];
  commit: string;
}

export interface Catalog {
  source: SnapshotSource;
  errors: CatalogError[];
  /** All image names with a library file, sorted. */
  names(): string[];
  getImage(name: string): ImageInfo | undefined;
  getTag(image: string, tag: string): TagInfo | undefined;
  /** The repo-info sample size for a tag, when sampled. */
  getSizeSample(image: string, tag: string): SizeSample | undefined;
  /** Images in a category slug (`databases-and-storage`). */
  byCategory(category: string): ImageInfo[];
  /** All category slugs in use. */
  categories(): string[];
}
