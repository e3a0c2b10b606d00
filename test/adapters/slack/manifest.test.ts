import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../../stand-ins/slack/slack-stand-in.js';

/** The `bot:` scope list of manifest.yml (a flat YAML list: no YAML library needed). */
function manifestScopes(): string[] {
  const text = readFileSync(new URL('../../../manifest.yml', import.meta.url), 'utf8');
  const list = /^ {4}bot:\n((?: {6}(?:- .+|#.*)\n)+)/m.exec(text)?.[1] ?? '';
  return [...list.matchAll(/^ {6}- ([\w:.]+)$/gm)].map((match) => match[1] ?? '');
}

describe('manifest.yml', () => {
  it('asks for exactly the scopes the Slack stand-in grants the bot, so the tests run with what an install gets', () => {
    expect(manifestScopes().sort()).toEqual([...BOT_SCOPES].sort());
  });
});
