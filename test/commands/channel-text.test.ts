import { describe, expect, it } from 'vitest';
import { channelCommandOf } from '../../commands/channel-text.js';
import { runCommand } from '../../commands/index.js';
import { chatContext } from '../src/feedback/chat-context.js';

function typed(text: string): { name: string; input: Record<string, string> } | null {
  const found = channelCommandOf(text);
  return found === null ? null : { name: found.command.name, input: found.input };
}

describe('channel commands typed as text', () => {
  it('reads each command and its words', () => {
    expect(typed('watch postgres issues +label:bug -label:wontfix')).toEqual({ name: 'watch', input: { image: 'postgres', filters: 'issues +label:bug -label:wontfix' } });
    expect(typed('  Watch python ')).toEqual({ name: 'watch', input: { image: 'python' } });
    expect(typed('unwatch node')).toEqual({ name: 'unwatch', input: { image: 'node' } });
    expect(typed('watching')).toEqual({ name: 'watching', input: {} });
    expect(typed('watching?')).toEqual({ name: 'watching', input: {} });
    expect(typed('link-github @tianon')).toEqual({ name: 'link-github', input: { handle: '@tianon' } });
    expect(typed('link_github yosifkit')).toEqual({ name: 'link-github', input: { handle: 'yosifkit' } });
  });

  it('takes the feedback text as written, with or without "on" and a colon', () => {
    expect(typed('feedback python pip is missing in slim')).toEqual({ name: 'feedback', input: { image: 'python', text: 'pip is missing in slim' } });
    expect(typed('feedback on postgres: initdb ignores\nPOSTGRES_INITDB_ARGS')).toEqual({ name: 'feedback', input: { image: 'postgres', text: 'initdb ignores\nPOSTGRES_INITDB_ARGS' } });
    expect(typed('feedback for redis, - the healthcheck is gone')).toEqual({ name: 'feedback', input: { image: 'redis', text: 'the healthcheck is gone' } });
  });

  it('leaves questions alone', () => {
    expect(typed('which python base, slim or full?')).toBeNull();
    expect(typed('where do I give feedback on postgres?')).toBeNull();
    expect(typed('')).toBeNull();
  });

  it('turns missing words into the command’s own short answer', async () => {
    const ctx = chatContext();
    const bare = channelCommandOf('feedback')!;
    const noText = channelCommandOf('feedback python')!;

    expect((await runCommand(ctx, bare.command, bare.input)).summary).toContain('name an image');
    expect((await runCommand(ctx, noText.command, noText.input)).summary).toContain('say what the feedback is');
    expect(ctx.stores.feedback.list('python', 10)).toEqual([]);
  });
});
