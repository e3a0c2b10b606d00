/**
 * Writes data/snapshot.json: `npm run snapshot` reads ../shared/data/official-images (or `--from <dir>`);
 * `--live` fetches from GitHub (BASEIMAGE_GITHUB_API_URL, GITHUB_TOKEN). `--out <file>` writes elsewhere.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Agent } from 'undici';
import { findPackageRoot } from '../src/catalog/load-bundled.js';
import { loadSnapshot, type Snapshot } from '../src/catalog/snapshot.js';
import { snapshotFromFolder } from '../src/catalog/snapshot-from-folder.js';
import { snapshotFromGitHub } from '../src/catalog/snapshot-from-github.js';

interface Options {
  from: string;
  out: string;
  live: boolean;
}

function readOptions(argv: string[], root: string): Options {
  const options: Options = {
    from: join(root, '..', 'shared', 'data', 'official-images'),
    out: join(root, 'data', 'snapshot.json'),
    live: false,
  };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--live') options.live = true;
    else if (arg === '--from' || arg === '--out') options[arg.slice(2) as 'from' | 'out'] = resolve(argv[++index] ?? '');
    else throw new Error(`unknown argument "${arg}": use --from <dir>, --out <file> or --live`);
  }
  return options;
}

async function liveSnapshot(env: NodeJS.ProcessEnv): Promise<Snapshot> {
  const dispatcher = new Agent({ connectTimeout: 10_000, headersTimeout: 15_000, bodyTimeout: 30_000, keepAliveTimeout: 1_000 });
  try {
    const apiUrl = (env.BASEIMAGE_GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    return await snapshotFromGitHub({ apiUrl, token: env.GITHUB_TOKEN || undefined, dispatcher });
  } finally {
    await dispatcher.close();
  }
}

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const options = readOptions(argv, findPackageRoot(import.meta.filename));
  const snapshot = loadSnapshot(options.live ? await liveSnapshot(env) : snapshotFromFolder(options.from));
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(snapshot)}\n`);
  const images = Object.keys(snapshot.library).length;
  process.stdout.write(`wrote ${options.out}: ${images} library files, official-images ${snapshot.source.officialImages.commit}\n`);
}

main(process.argv.slice(2), process.env).catch((error: unknown) => {
  process.stderr.write(`snapshot failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
