import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SHARE_ACTION } from '../../../adapters/slack/render-reply.js';
import { buttonClick, mention, slashCommand } from '../../stand-ins/slack/payloads.js';
import { startSlack } from '../../../adapters/slack/create-slack-app.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { testContext } from '../../helpers/context.js';
import { APP_TOKEN, BOT_TOKEN, startSlackStandIn, type SlackStandIn } from '../../stand-ins/slack/slack-stand-in.js';
import { eventually, expectCleanRun, startHarness, type Harness } from './harness.js';

/** A lexicon that throws, so every question fails inside the core, with a token in the error to be kept out of logs. */
function brokenLexicon(): never {
  return new Proxy(
    {},
    {
      get: () => {
        throw new Error(`lexicon exploded while holding ${BOT_TOKEN}`);
      },
    },
  ) as never;
}

describe('Slack app when an answer fails', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ mode: 'socket', context: (ctx) => ({ ...ctx, lexicon: brokenLexicon() }) });
  });

  afterAll(async () => {
    await h.close();
  });

  afterEach(() => expectCleanRun(h));

  it('apologises with a reference id that matches one log line without secrets', async () => {
    const ack = await h.stand.socket.send('slash_commands', slashCommand('is python official?', h.stand.responseUrl()));

    const text = JSON.stringify(ack.payload);
    const reference = /reference ([0-9a-f]{8})/.exec(text)?.[1];
    expect(reference).toBeDefined();
    expect(text).not.toContain('lexicon exploded');
    expect(text).not.toContain(SHARE_ACTION);
    const failures = h.logLines.filter((line) => line.includes('"answer failed"'));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain(reference);
    expect(failures[0]).toContain('lexicon exploded');
  });

  it('apologises in the thread for a mention', async () => {
    const event = mention('is python official?');

    await h.stand.socket.send('events_api', event);

    const call = await eventually(() => h.stand.callsTo('chat.postMessage').find((c) => c.args.thread_ts === (event.event as { ts: string }).ts));
    expect(String(call.args.text)).toMatch(/Something went wrong.*reference [0-9a-f]{8}/);
  });
});

describe('Slack app given malformed payloads', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ mode: 'socket' });
  });

  afterAll(async () => {
    await h.close();
  });

  afterEach(() => expectCleanRun(h));

  it('survives frames and envelopes that make no sense, and keeps answering', async () => {
    h.stand.socket.sendRaw('this is not json');
    h.stand.socket.sendRaw(JSON.stringify({ envelope_id: 'env-x', type: 'slash_commands' }));
    h.stand.socket.sendRaw(JSON.stringify({ type: 'mystery' }));
    await h.stand.socket.send('events_api', { type: 'event_callback', event: { type: 'app_mention' } });
    await h.stand.socket.send('events_api', mention('x', { channel: '' }));
    await h.stand.socket.send('events_api', { type: 'event_callback', team_id: 'T0001', event: { type: 'message', channel_type: 'im', text: 42 } });

    const ack = await h.stand.socket.send('slash_commands', slashCommand('help', h.stand.responseUrl()));

    expect(JSON.stringify(ack.payload)).toContain('What I can answer');
    expect(h.stand.socket.connections).toBe(1);
    expect(h.slack.mode).toBe('socket');
  });

  it('tells the asker when a command comes without a response_url', async () => {
    const { response_url: _dropped, ...command } = slashCommand('is python official?', '');

    const ack = await h.stand.socket.send('slash_commands', command);

    expect(ack.payload).toMatchObject({ response_type: 'ephemeral', text: 'I could not read that command. Try `/baseimage help`.' });
  });

  it('answers a share button with a value that is not ours with a short note', async () => {
    const urls = [h.stand.responseUrl(), h.stand.responseUrl(), h.stand.responseUrl()];

    await h.stand.socket.send('interactive', buttonClick(SHARE_ACTION, 'not json', urls[0]!));
    await h.stand.socket.send('interactive', buttonClick(SHARE_ACTION, JSON.stringify({ k: 42 }), urls[1]!));
    await h.stand.socket.send('interactive', buttonClick(SHARE_ACTION, undefined, urls[2]!));

    const notes = await eventually(() => {
      const seen = h.stand.responses.filter((response) => urls.some((url) => url.endsWith(`/${response.id}`)));
      return seen.length === 3 && seen;
    });
    for (const note of notes) expect(note.body).toMatchObject({ response_type: 'ephemeral', text: 'I could not read that button. Ask your question again.' });
  });

  it('reconnects when Slack asks it to, and keeps answering', async () => {
    const opened = h.stand.callsTo('apps.connections.open').length;

    h.stand.socket.disconnect('refresh_requested');

    await eventually(() => h.stand.socket.connections === 2);
    await h.stand.socket.connected();
    expect(h.stand.callsTo('apps.connections.open')).toHaveLength(opened + 1);
    const ack = await h.stand.socket.send('slash_commands', slashCommand('help', h.stand.responseUrl()));
    expect(JSON.stringify(ack.payload)).toContain('What I can answer');
  });

  it('reports a failing response_url in one log line and carries on', async () => {
    const responseUrl = `${h.stand.url}/respond/unknown`;

    await h.stand.socket.send('slash_commands', slashCommand('is bitnami/python official?', responseUrl));

    const line = await eventually(() => h.logLines.find((l) => l.includes('"slack call failed"') && l.includes('response_url')));
    expect(line).not.toContain(responseUrl);
  });
});

describe('Slack app start-up', () => {
  let stand: SlackStandIn;

  beforeAll(async () => {
    stand = await startSlackStandIn();
  });

  afterAll(async () => {
    await stand.close();
  });

  function config(env: Record<string, string>) {
    return loadConfig({ BASEIMAGE_OFFLINE: '1', SLACK_API_URL: stand.apiUrl, ...env }).slack!;
  }

  it('stops with what to fix when Slack rejects the bot token', async () => {
    const start = startSlack(testContext(), config({ SLACK_BOT_TOKEN: 'xoxb-revoked', SLACK_APP_TOKEN: APP_TOKEN }), { retries: 0 });

    await expect(start).rejects.toMatchObject({ code: 'config_invalid', message: expect.stringContaining('Slack rejected SLACK_BOT_TOKEN (invalid_auth)') });
  });

  it('stops with what to fix when Slack refuses the app token', async () => {
    const start = startSlack(testContext(), config({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-wrong' }), { retries: 0 });

    await expect(start).rejects.toMatchObject({ code: 'config_invalid', message: expect.stringContaining('SLACK_APP_TOKEN must be an app-level token') });
  });
});
