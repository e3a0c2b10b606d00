import { describe, expect, it } from 'vitest';
import { clamp, embedLength, fitEmbed } from '../../../adapters/discord/embed-limits.js';
import { colourOf, escapeMarkdown, footerText, renderEmbed, renderShortEmbed } from '../../../adapters/discord/render-reply.js';
import { reply, type Reply } from '../../../src/reply.js';
import { messageProblems } from '../../stand-ins/discord/rules.js';

const SNAPSHOT = { label: 'official-images 37079fb', date: '2026-08-21T16:53:11-07:00', live: false };
const SUBJECT = { intent: 'recommend-variant' as const, image: 'python', tag: '3.14-slim', version: '3.14', variant: 'slim' };

function sample(parts: Partial<Reply> = {}): Reply {
  return reply({ title: 'python: which tag to use', summary: 'Use `python:3.14-slim`.', source: SNAPSHOT, subject: SUBJECT, ...parts });
}

function giant(): Reply {
  const long = (n: number) => 'x'.repeat(n);
  return sample({
    title: long(400),
    summary: `${long(5_000)} \`python:3.14\``,
    recommendation: long(2_000),
    caveats: [long(1_500), long(1_500)],
    facts: Array.from({ length: 30 }, (_, i) => ({ label: `fact ${i} ${long(300)}`, value: long(2_000) })),
    sections: Array.from({ length: 20 }, (_, i) => ({ title: `FROM line ${i}`, lines: Array.from({ length: 50 }, () => long(80)) })),
    links: Array.from({ length: 8 }, (_, i) => ({ label: `link ${i}`, url: `https://example.com/${i}` })),
  });
}

describe('renderEmbed', () => {
  it('puts the verdict first, the next step and caveats in the description, facts and sections as fields, links last', () => {
    const embed = renderEmbed(
      sample({
        recommendation: 'FROM python:3.14-slim-trixie',
        caveats: ['musl libc'],
        facts: [{ label: 'Size', value: '43 MB' }],
        sections: [{ title: 'Why', lines: ['smaller', 'fewer packages'] }],
        links: [{ label: 'python on Docker Hub', url: 'https://hub.docker.com/_/python' }],
      }),
    );

    expect(embed).toEqual({
      title: 'python: which tag to use',
      description: '**Use `python:3.14-slim`.**\n\n**Next:** FROM python:3.14-slim-trixie\n\n⚠ musl libc',
      color: 0x3498db,
      fields: [
        { name: 'Size', value: '43 MB', inline: true },
        { name: 'Why', value: '• smaller\n• fewer packages' },
        { name: 'Links', value: '[python on Docker Hub](https://hub.docker.com/_/python)' },
      ],
      footer: { text: 'official-images 37079fb · 2026-08-21' },
    });
  });

  it.each([
    ['good', 0x2ecc71],
    ['warning', 0xf1c40f],
    ['bad', 0xe74c3c],
    ['info', 0x3498db],
    ['unknown', 0x95a5a6],
  ] as const)('colours a %s verdict', (verdict, colour) => {
    expect(colourOf(sample({ verdict }))).toBe(colour);
  });

  it.each([
    [{ critical: 1, high: 2, medium: 3, low: 2, unknown: 2 }, 0x992d22],
    [{ critical: 0, high: 1, medium: 0, low: 0, unknown: 0 }, 0xe74c3c],
    [{ critical: 0, high: 0, medium: 1, low: 5, unknown: 0 }, 0xe67e22],
    [{ critical: 0, high: 0, medium: 0, low: 1, unknown: 0 }, 0xf1c40f],
    [{ critical: 0, high: 0, medium: 0, low: 0, unknown: 3 }, 0x2ecc71],
  ])('colours a vulnerability answer by its worst severity %#', (vulnerabilities, colour) => {
    expect(colourOf(sample({ verdict: 'info', subject: { ...SUBJECT, intent: 'vuln-check', vulnerabilities } }))).toBe(colour);
  });

  it('says live and the UTC time in the footer of a live answer', () => {
    expect(footerText({ label: 'Docker Hub + OSV', date: '2026-11-23T14:02:31.000Z', live: true })).toBe('Docker Hub + OSV · live, 2026-11-23 14:02 UTC');
  });

  it('escapes markdown outside backticks and leaves code alone', () => {
    expect(escapeMarkdown('my_image *is* `a_b*c` > ok')).toBe('my\\_image \\*is\\* `a_b*c` > ok');
    expect(escapeMarkdown('> quoted\n# heading\n- item')).toBe('\\> quoted\n\\# heading\n\\- item');
    expect(escapeMarkdown('<@123> [x](y)')).toBe('\\<@123> \\[x\\](y)');
  });

  it('keeps the longest reply within every embed limit, says what it left out and keeps the links', () => {
    const embed = renderEmbed(giant());

    expect(messageProblems({ embeds: [embed] })).toEqual([]);
    expect(embedLength(embed)).toBeLessThanOrEqual(6_000);
    expect(embed.fields?.find((field) => field.name === 'More')?.value).toMatch(/^\d+ more not shown here/);
    expect(embed.fields?.at(-1)?.name).toBe('Links');
    expect(embed.description?.startsWith('**')).toBe(true);
  });

  it('renders an apology short: title, the line with the reference, the source', () => {
    const embed = renderShortEmbed(sample({ title: 'Something went wrong', summary: 'Sorry (reference ab12cd34).', facts: [{ label: 'x', value: 'y' }] }));

    expect(embed).toEqual({ title: 'Something went wrong', description: 'Sorry (reference ab12cd34).', color: 0x3498db, fields: [], footer: { text: 'official-images 37079fb · 2026-08-21' } });
  });
});

describe('embed limits', () => {
  it('cuts text with an ellipsis and closes a code span it cut open', () => {
    expect(clamp('abcdef', 4)).toBe('abc…');
    expect(clamp('ab `code span here`', 8)).toBe('ab `co…`');
    expect(clamp('short', 10)).toBe('short');
  });

  it('keeps at most 25 fields', () => {
    const fields = Array.from({ length: 40 }, (_, i) => ({ name: `f${i}`, value: 'v' }));

    const fitted = fitEmbed({ title: 't', fields });

    expect(fitted.fields).toHaveLength(25);
    expect(fitted.fields?.at(-1)).toEqual({ name: 'More', value: '16 more not shown here: ask about one of them.' });
  });
});
