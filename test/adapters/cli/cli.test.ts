import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('baseimage CLI', () => {
  it('answers one question as one JSON object', async () => {
    const result = await runCli(['ask', 'is python official?', '--json']);

    expect(result.code).toBe(0);
    const [answer, ...rest] = jsonLines(result.stdout);
    expect(rest).toEqual([]);
    expect(answer).toMatchObject({ intent: 'official-check', image: 'python', official: true, tag: null, version: null, variant: null });
    expect(answer).toHaveProperty('summary');
    expect(answer).toHaveProperty('source', { label: 'official-images 37079fb', date: '2026-08-21', live: false });
  });

  it('reads questions from stdin, one JSON line each, blank and bad lines included', async () => {
    const input = [
      'which official base for Python, slim or full?',
      '',
      'FROM python:3.13 AS build\\nRUN make\\nFROM python:3.13',
      '\u0000\u0007\u001b[31m',
      'is library/pythons official?',
      `${'x'.repeat(300)}:latest`,
    ].join('\n');

    const result = await runCli(['ask', '--json'], `${input}\n`);

    expect(result.code).toBe(0);
    const answers = jsonLines(result.stdout);
    expect(answers.map((answer) => answer.intent)).toEqual([
      'recommend-variant',
      'unknown',
      'review-dockerfile',
      'unknown',
      'official-check',
      'unknown',
    ]);
    expect(answers[0]).toMatchObject({ image: 'python', tag: '3.14-slim', variant: 'slim', version: '3.14' });
    expect(answers[2]).toMatchObject({ title: 'Dockerfile review: 2 FROM lines' });
    expect(answers[4]).toMatchObject({ official: false });
    expect(result.stdout).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('runs the structured commands with their own options', async () => {
    const result = await runCli(['recommend', 'node', '--version', '22', '--variant', 'alpine', '--json']);

    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)[0]).toMatchObject({ intent: 'recommend-variant', image: 'node', tag: '22-alpine' });
  });

  it('treats a structured official check literally: python3 is a lookalike', async () => {
    const result = await runCli(['official', 'python3', '--json']);

    expect(jsonLines(result.stdout)[0]).toMatchObject({ official: false, summary: expect.stringContaining('Did you mean `python`?') });
  });

  it('answers piped lines in the chat mode, as text', async () => {
    const result = await runCli([], 'where do I report a bug in redis?\nhelp\n');

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('redis/docker-library-redis issues');
    expect(result.stdout).toContain('What I can answer');
    expect(result.stdout).not.toContain('baseimage>');
  });

  it('says a channel command typed in the terminal needs a Slack or Discord channel, and keeps nothing', async () => {
    const result = await runCli([], 'watch python issues\nfeedback postgres initdb is slow\n', { BASEIMAGE_DB: '/nonexistent/never-created.db' });
    const json = await runCli(['ask', '--json'], 'watching\n');

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('`watch` works in a Slack or Discord channel: run it there.');
    expect(result.stdout).toContain('`feedback` works in a Slack or Discord channel: run it there.');
    expect(jsonLines(json.stdout)[0]).toMatchObject({ summary: '`watching` works in a Slack or Discord channel: run it there.' });
  });

  it.each([[['frobnicate']], [['ask']], [['--nope']]])('exits 2 with the usage on %j', async (args) => {
    const result = await runCli(args);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage:');
  });

  it('says what to fix in a bad setting and exits 2', async () => {
    const result = await runCli(['ask', 'help'], '', { BASEIMAGE_LOG_LEVEL: 'loud' });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('BASEIMAGE_LOG_LEVEL must be one of debug, info, warn, error, silent');
  });
});
