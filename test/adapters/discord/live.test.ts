import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { createSources, type Sources } from '../../../src/sources/create-sources.js';
import { testContext } from '../../helpers/context.js';
import { until } from '../../stand-ins/discord/discord-stand-in.js';
import { IDS } from '../../stand-ins/discord/payloads.js';
import { startUpstreams, type Upstreams } from '../../stand-ins/upstreams.js';
import { useHarness } from './harness.js';

const DEFERRED = 5;
const EPHEMERAL = 64;

let upstreams: Upstreams;
let sources: Sources | null;
beforeAll(async () => {
  upstreams = await startUpstreams();
});

const bot = useHarness((log) => {
  sources = createSources(loadConfig(upstreams.env), { log });
  return testContext(log, sources);
});

afterAll(async () => {
  await sources?.close();
  await upstreams.close();
});

beforeEach(() => upstreams.setLatency(0));

describe('answers that wait on live lookups', () => {
  it('defers ephemerally at once, then edits the original response with the live answer', async () => {
    const record = bot().discord.command('clean', { image: 'python:3.13-slim' });

    const edit = await until(() => record.edits[0]);

    expect(record.initial?.body).toEqual({ type: DEFERRED, data: { flags: EPHEMERAL } });
    expect(record.initial?.afterMs).toBeLessThan(500);
    const embed = edit.body.embeds?.[0];
    expect(embed?.footer?.text).toContain('live');
    expect(embed).toMatchObject({ color: 0x992d22 });
    expect(embed?.title).toContain('python:3.13-slim');
    expect(edit.body.components).toHaveLength(1);
  });

  it('defers free-text questions that go live, and answers the others at once', async () => {
    const live = bot().discord.command('ask', { question: 'is bitnami/python official?' });
    const offline = bot().discord.command('ask', { question: 'where do I report a bug in redis?' });

    await until(() => live.edits[0]);
    await until(() => offline.initial);

    expect(live.initial?.body.type).toBe(DEFERRED);
    expect(live.edits[0]?.body.embeds?.[0]?.description).toContain('Verified Publisher');
    expect(offline.initial?.body.type).toBe(4);
  });

  it('defers within 3 s while every upstream hangs, and the edit carries the snapshot answer saying why', async () => {
    upstreams.setLatency(10_000);
    // Not asked before in this file, so no cached live data answers it.
    const record = bot().discord.command('clean', { image: 'python:3.13' });

    const edit = await until(() => record.edits[0], 6_000);

    expect(record.initial?.body.type).toBe(DEFERRED);
    expect(record.initial?.afterMs).toBeLessThan(3_000);
    const embed = edit.body.embeds?.[0];
    expect(embed?.description).toContain('Live data was unavailable');
    expect(embed?.footer?.text).toBe('official-images 37079fb · 2026-08-21');
    expect(edit.afterMs).toBeLessThan(4_000);
  });

  it('shows typing while a mention waits on live lookups, then replies to the message', async () => {
    const messageId = bot().discord.say(`<@${IDS.bot}> is python:3.13-slim clean?`);

    const posted = await until(() => bot().discord.state.channelMessages.find((message) => message.message_reference?.message_id === messageId));

    expect(bot().discord.state.typing).toBeGreaterThan(0);
    expect(posted.embeds?.[0]?.footer?.text).toContain('live');
  });
});
