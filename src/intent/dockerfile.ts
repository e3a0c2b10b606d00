/**
 * Finds a pasted Dockerfile: a line that is a whole `FROM` instruction, or an inline `FROM x RUN …` paste.
 * @see https://docs.docker.com/reference/dockerfile/#from
 */
export interface DockerfileScan {
  /** Base images of the `FROM` lines in order, stage names and `${ARG}` bases left out. */
  bases: string[];
}

const FROM_LINE = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?\s*$/i;
const INSTRUCTION_LINE = /^\s*(?:RUN|COPY|ADD|WORKDIR|CMD|ENTRYPOINT|ENV|ARG|EXPOSE|USER|LABEL|VOLUME|HEALTHCHECK|SHELL|ONBUILD|STOPSIGNAL)\s/i;
const INLINE = /\bFROM\s+(?:--platform=\S+\s+)?([a-z0-9][^\s]*)\s+(?:AS\s+\S+\s+)?(?:RUN|COPY|ADD|WORKDIR|CMD|ENTRYPOINT|ENV|ARG|EXPOSE|USER|LABEL)\s/g;
const UPPER_FROM = /^\s*FROM\s/;

/** The Dockerfile's bases when `text` contains one, else null. Linear in the text; lines are not backtracked. */
export function scanDockerfile(text: string): DockerfileScan | null {
  const bases: string[] = [];
  const stages = new Set<string>();
  let upperFrom = false;
  let instructions = 0;
  for (const line of text.split('\n')) {
    const from = line.length < 1000 ? FROM_LINE.exec(line) : null;
    if (from !== null) {
      addBase(bases, stages, from[1] ?? '', from[2]);
      upperFrom ||= UPPER_FROM.test(line);
    } else if (INSTRUCTION_LINE.test(line)) {
      instructions += 1;
    }
  }
  if (bases.length > 0 && (upperFrom || instructions > 0)) return { bases };
  return inlineDockerfile(text);
}

function inlineDockerfile(text: string): DockerfileScan | null {
  const bases: string[] = [];
  for (const found of text.slice(0, 20_000).matchAll(INLINE)) bases.push(found[1] ?? '');
  return bases.length > 0 ? { bases } : null;
}

function addBase(bases: string[], stages: Set<string>, base: string, stage: string | undefined): void {
  if (!stages.has(base.toLowerCase()) && !base.includes('$')) bases.push(base);
  if (stage !== undefined) stages.add(stage.toLowerCase());
}
