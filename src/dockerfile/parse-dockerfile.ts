/**
 * The FROM lines of a Dockerfile, with ARG defaults declared before the first FROM substituted.
 * @see https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact
 */
export interface FromLine {
  /** 1-based line of the FROM instruction. */
  line: number;
  /** The instruction as written, continuations joined. */
  text: string;
  /** The image with variables substituted; null when a variable has no value. */
  image: string | null;
  platform: string | null;
  /** `AS <name>`. */
  stage: string | null;
  /** The name of an earlier stage this FROM builds on. */
  fromStage: string | null;
  /** Variables that had no default. */
  unresolved: string[];
}

interface Instruction {
  line: number;
  keyword: string;
  args: string;
}

const WANTED: ReadonlySet<string> = new Set(['FROM', 'ARG']);

/** The FROM and ARG instructions, continuation lines joined; the others are skipped without being kept. */
function instructions(text: string): Instruction[] {
  const lines = text.split(/\r?\n/);
  const out: Instruction[] = [];
  let pending: Instruction | null = null;
  for (const [index, raw] of lines.entries()) {
    const trimmed = raw.trim();
    if (pending === null && (trimmed === '' || trimmed.startsWith('#'))) continue;
    if (pending !== null && trimmed.startsWith('#')) continue;
    const continued = trimmed.endsWith('\\');
    const body = continued ? trimmed.slice(0, -1) : trimmed;
    if (pending === null) {
      const match = /^(\S+)\s*(.*)$/.exec(body);
      pending = { line: index + 1, keyword: (match?.[1] ?? '').toUpperCase(), args: match?.[2] ?? '' };
    } else if (WANTED.has(pending.keyword)) {
      pending.args = `${pending.args} ${body}`.trim();
    }
    if (!continued) {
      if (WANTED.has(pending.keyword)) out.push(pending);
      pending = null;
    }
  }
  if (pending !== null && WANTED.has(pending.keyword)) out.push(pending);
  return out;
}

function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/, '$2');
}

function readArgs(args: string, into: Map<string, string | null>): void {
  for (const part of args.split(/\s+/)) {
    const [name, ...rest] = part.split('=');
    if (name === undefined || name === '') continue;
    if (!into.has(name) || rest.length > 0) into.set(name, rest.length > 0 ? unquote(rest.join('=')) : null);
  }
}

/** Substitutes `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alt}`; names without a value are reported. */
export function substitute(text: string, vars: Map<string, string | null>): { value: string; unresolved: string[] } {
  const unresolved: string[] = [];
  const value = text.replace(/\$\{(\w+)(?::([-+])([^}]*))?\}|\$(\w+)/g, (_all, braced?: string, op?: string, word?: string, bare?: string) => {
    const name = braced ?? bare ?? '';
    const current = vars.get(name) ?? null;
    if (op === '-') return current ?? word ?? '';
    if (op === '+') return current === null ? '' : (word ?? '');
    if (current === null) unresolved.push(name);
    return current ?? '';
  });
  return { value, unresolved };
}

function parseFrom(instruction: Instruction, vars: Map<string, string | null>, stages: Set<string>): FromLine {
  const words = instruction.args.split(/\s+/).filter((word) => word !== '');
  let platform: string | null = null;
  while (words[0]?.startsWith('--')) {
    const flag = words.shift() ?? '';
    if (flag.startsWith('--platform=')) platform = substitute(flag.slice('--platform='.length), vars).value;
  }
  const [imageText = '', as, stage] = words;
  const { value, unresolved } = substitute(imageText, vars);
  const fromStage = stages.has(value.toLowerCase()) ? value.toLowerCase() : null;
  return {
    line: instruction.line,
    text: `FROM ${instruction.args}`,
    image: unresolved.length > 0 || value === '' ? null : value,
    platform,
    stage: as?.toUpperCase() === 'AS' && stage !== undefined ? stage.toLowerCase() : null,
    fromStage,
    unresolved,
  };
}

/** Every FROM of a Dockerfile, in order. */
export function parseDockerfile(text: string): FromLine[] {
  const globals = new Map<string, string | null>();
  const stages = new Set<string>();
  const froms: FromLine[] = [];
  for (const instruction of instructions(text)) {
    if (instruction.keyword === 'ARG' && froms.length === 0) readArgs(instruction.args, globals);
    if (instruction.keyword !== 'FROM') continue;
    const from = parseFrom(instruction, globals, stages);
    if (from.stage !== null) stages.add(from.stage);
    froms.push(from);
  }
  return froms;
}
