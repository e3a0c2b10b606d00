/**
 * Finds a pasted Dockerfile: a line that is a whole `FROM` instruction, or an inline `FROM x RUN …` paste.
 * @see https://docs.docker.com/reference/dockerfile/#from
 */
export interface DockerfileScan {
  /** Base images of the `FROM` lines in order, stage names left out; `name:${ARG}` is kept as `name`, `${ARG}` dropped. */
  bases: string[];
}

// Multiline regexes scan the whole text once, without splitting it into lines (a 100 KB paste stays cheap).
const FROM_LINE = /^[ \t]*(FROM)[ \t]+(?:--platform=\S+[ \t]+)?(\S{1,300})(?:[ \t]+AS[ \t]+(\S{1,100}))?[ \t]*\r?$/gim;
const INSTRUCTION_LINE =
  /^[ \t]*(?:RUN|COPY|ADD|WORKDIR|CMD|ENTRYPOINT|ENV|ARG|EXPOSE|USER|LABEL|VOLUME|HEALTHCHECK|SHELL|ONBUILD|STOPSIGNAL)[ \t]/im;
const INLINE =
  /\bFROM\s+(?:--platform=\S+\s+)?([a-z0-9][^\s]{0,300})\s+(?:AS\s+\S+\s+)?(?:RUN|COPY|ADD|WORKDIR|CMD|ENTRYPOINT|ENV|ARG|EXPOSE|USER|LABEL)\s/g;
const MAX_BASES = 50;

/** The Dockerfile's bases when `text` contains one, else null. */
export function scanDockerfile(text: string): DockerfileScan | null {
  const bases: string[] = [];
  const stages = new Set<string>();
  let upperFrom = false;
  for (const found of text.matchAll(FROM_LINE)) {
    addBase(bases, stages, found[2] ?? '', found[3]);
    upperFrom ||= found[1] === 'FROM';
    if (bases.length >= MAX_BASES) break;
  }
  if (bases.length > 0 && (upperFrom || INSTRUCTION_LINE.test(text))) return { bases };
  return inlineDockerfile(text);
}

function inlineDockerfile(text: string): DockerfileScan | null {
  const bases: string[] = [];
  for (const found of text.slice(0, 20_000).matchAll(INLINE)) bases.push(found[1] ?? '');
  return bases.length > 0 ? { bases } : null;
}

function addBase(bases: string[], stages: Set<string>, base: string, stage: string | undefined): void {
  if (!stages.has(base.toLowerCase())) {
    // `golang:${GO_VERSION}-alpine` still names golang; `${BASE}` and `${REGISTRY}/app` name nothing we can read.
    const named = base.includes('$') ? (/^[^$:@]+(?=[:@]\$)/.exec(base)?.[0] ?? null) : base;
    if (named !== null) bases.push(named);
  }
  if (stage !== undefined) stages.add(stage.toLowerCase());
}
