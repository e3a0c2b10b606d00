import { describe, expect, it } from 'vitest';
import { pingMessage } from '../../../adapters/discord/render-ping.js';
import { createMessageProblems, pingedUsers, pingsEveryone, type CreateMessageBody } from '../../stand-ins/discord/rules.js';
import { pingFixture as ping } from '../../fixtures/ping.js';

const KEY = 'kStWJm_g0MucWxy9RmYii8';

/** The body as Discord receives it: JSON, checked by the stand-in's rules. */
function sent(message: ReturnType<typeof pingMessage>): CreateMessageBody {
  return JSON.parse(JSON.stringify(message)) as CreateMessageBody;
}

describe('pingMessage', () => {
  it('renders one embed linked to the item, with the key as nonce and in the footer', () => {
    const message = pingMessage(ping(), KEY);

    expect(message).toEqual({
      embeds: [
        {
          title: 'docker-library/python#12 pip is missing',
          url: 'https://github.com/docker-library/python/issues/12',
          description: 'In python:3.14-slim pip is gone.',
          color: 0x2e_cc_71,
          author: { name: 'Issue · docker-library/python' },
          fields: [
            { name: 'Image', value: 'python', inline: true },
            { name: 'Author', value: 'octocat', inline: true },
            { name: 'Labels', value: 'bug, help wanted', inline: true },
          ],
          timestamp: '2026-11-23T12:00:00.000Z',
          footer: { text: `baseimage · ${KEY}` },
        },
      ],
      allowed_mentions: { parse: [], users: [] },
      nonce: KEY,
      enforce_nonce: true,
    });
    expect(createMessageProblems(sent(message))).toEqual([]);
  });

  it('mentions each linked maintainer once and pings only them, never everyone', () => {
    const message = pingMessage(ping({ mentionUserIds: ['1400000000000000012', '1400000000000000012', '1400000000000000013'], excerpt: '@everyone <@1400000000000000099>' }), KEY);

    expect(message.content).toBe('<@1400000000000000012> <@1400000000000000013>');
    expect(pingedUsers(sent(message))).toEqual(['1400000000000000012', '1400000000000000013']);
    expect(pingsEveryone(sent(message))).toBe(false);
  });

  it('drops ids that are not Discord user ids', () => {
    const message = pingMessage(ping({ mentionUserIds: ['U123', '<@&1>', '1400000000000000012'] }), KEY);

    expect(message.content).toBe('<@1400000000000000012>');
    expect(message.allowed_mentions).toEqual({ parse: [], users: ['1400000000000000012'] });
  });

  it('shows feedback in its own colour, from the chat user, without a link or time it does not have', () => {
    const [embed] = pingMessage(ping({ kind: 'feedback', repo: null, url: null, at: 'not a date', author: 'asker_1', labels: [] }), KEY).embeds ?? [];

    expect(embed?.color).toBe(0xf1_c4_0f);
    expect(embed?.author).toEqual({ name: 'Feedback' });
    expect(embed?.fields).toEqual([
      { name: 'Image', value: 'python', inline: true },
      { name: 'From', value: 'asker\\_1', inline: true },
    ]);
    expect(embed).not.toHaveProperty('url');
    expect(embed).not.toHaveProperty('timestamp');
  });

  it('stays within Discord limits for the longest title, excerpt, labels and mention list', () => {
    const mentionUserIds = Array.from({ length: 120 }, (_, i) => String(1_400_000_000_000_000_100n + BigInt(i)));
    const long = ping({ title: 'T'.repeat(400), excerpt: 'x'.repeat(5_000), labels: Array.from({ length: 300 }, (_, i) => `label-${i}`), mentionUserIds });

    const message = pingMessage(long, KEY);

    expect(createMessageProblems(sent(message))).toEqual([]);
    expect(message.allowed_mentions?.users).toHaveLength(50);
    expect(message.embeds?.[0]?.footer?.text).toBe(`baseimage · ${KEY}`);
  });
});
