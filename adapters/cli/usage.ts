export const USAGE = `Usage:
  baseimage                          chat in the terminal (or answer piped lines, one question each)
  baseimage ask "<question>" [--json] answer one question
  baseimage ask --json               read questions from standard input, one JSON answer per line
  baseimage official <image>         is it a Docker Official Image?
  baseimage recommend <image> [--version V] [--variant slim|alpine|full|…]
  baseimage tags <image> [<version>]
  baseimage compare <a> <b>
  baseimage clean <image> [--platform linux/arm64]
  baseimage size <image>
  baseimage report [<image>]         where to report a problem
  baseimage search <words>           e.g. search database
  baseimage review <Dockerfile text> (or: baseimage ask --json < questions.txt)
  baseimage propose | help

Options:
  --json      print one JSON object (the reply, plus intent, image, tag, version, variant, and official,
              badge, vulnerabilities, platform where they apply)
  --wait      with ask --json on standard input: let live lookups finish after the input ends
              (by default what is still pending is answered from the snapshot, and the process exits at once)
  -h, --help  this text`;

export interface Flags {
  json?: boolean | undefined;
  wait?: boolean | undefined;
  version?: string | undefined;
  variant?: string | undefined;
  platform?: string | undefined;
}

/** Positional words and flags as the named command's raw input; the command's schema validates it. */
export function commandInput(name: string, words: string[], flags: Flags): Record<string, unknown> {
  const [first, second] = words;
  switch (name) {
    case 'ask':
      return { question: words.join(' ') };
    case 'compare':
      return { a: first, b: second };
    case 'tags':
      return { image: first, version: second ?? flags.version };
    case 'recommend':
      return { image: first, version: flags.version ?? second, variant: flags.variant };
    case 'clean':
      return { image: first, platform: flags.platform };
    case 'search':
      return { query: words.join(' ') };
    case 'review':
      return { dockerfile: words.join(' ').replace(/\\n/g, '\n') };
    case 'report':
      return first === undefined ? {} : { image: first };
    case 'propose':
    case 'help':
      return {};
    default:
      return { image: first };
  }
}
