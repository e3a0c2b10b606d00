import { describe, expect, it } from 'vitest';
import { commands, findCommand, runCommand } from '../../commands/index.js';
import { answerText } from '../../src/core.js';
import { testContext } from '../helpers/context.js';

const ctx = testContext();

async function run(name: string, input: unknown) {
  const command = findCommand(name);
  if (command === undefined) throw new Error(`no command ${name}`);
  return runCommand(ctx, command, input);
}

describe('commands', () => {
  it('lists every command once, each with a description', () => {
    const names = commands.map((command) => command.name);

    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(['ask', 'official', 'clean', 'recommend', 'compare', 'tags', 'size', 'report', 'propose', 'search', 'review', 'help', 'feedback', 'watch', 'unwatch', 'watching', 'link-github']);
    expect(commands.every((command) => command.description.length > 10)).toBe(true);
  });

  it.each([
    ['official', { image: 'bitnami/python' }, 'is bitnami/python official?'],
    ['recommend', { image: 'python', version: '3.13', variant: 'slim' }, 'which python 3.13 slim tag should I use?'],
    ['tags', { image: 'postgres', version: '17' }, 'what tags does postgres 17 have'],
    ['compare', { a: 'python:3.13', b: 'python:3.13-slim' }, 'python:3.13 vs python:3.13-slim'],
    ['report', { image: 'mysql' }, 'where do I report a bug in the mysql image?'],
    ['clean', { image: 'python:3.13-slim' }, 'is python:3.13-slim clean?'],
    ['size', { image: 'node:24-slim' }, 'how big is node:24-slim?'],
    ['propose', {}, 'how do I get my image accepted as an official image?'],
  ])('%s lands on the same answer as free text', async (name, input, question) => {
    const structured = await run(name, input);
    const free = answerText(ctx, question).reply;

    expect(structured.subject.intent).toBe(free.subject.intent);
    expect(structured.subject.image).toBe(free.subject.image);
    expect(structured.summary).toBe(free.summary);
  });

  it('turns invalid input into a short reply naming the problem', async () => {
    const answer = await run('recommend', { image: '', variant: 'SLIM!!' });

    expect(answer.verdict).toBe('unknown');
    expect(answer.summary).toMatch(/^image: name an image/);
  });

  it('searches by keyword through the question parser', async () => {
    const answer = await run('search', { query: 'database' });

    expect(answer.summary).toBe('24 official images for databases and storage.');
  });

  it('reviews a Dockerfile given as a command option', async () => {
    const answer = await run('review', { dockerfile: 'FROM python:3.13\n' });

    expect(answer.subject.intent).toBe('review-dockerfile');
  });
});
