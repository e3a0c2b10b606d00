import type { APIEmbed, APIEmbedField } from 'discord.js';

/** @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const EMBED_LIMITS = {
  title: 256,
  description: 4_096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  total: 6_000,
} as const;

/** Kept for the note that says how many fields were left out. */
const MORE_NOTE_LENGTH = 80;
/** The description keeps at least this much before fields are dropped. */
const DESCRIPTION_FLOOR = 1_500;

/** Cuts text to `max` characters with an ellipsis, closing an inline code span the cut left open. */
export function clamp(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = `${text.slice(0, max - 1).trimEnd()}…`;
  if (countBackticks(cut) % 2 === 1) cut = `${text.slice(0, max - 2).trimEnd()}…\``;
  return cut;
}

function countBackticks(text: string): number {
  let count = 0;
  for (const character of text) if (character === '`') count += 1;
  return count;
}

/** Characters Discord counts towards the 6,000 of a message's embeds. */
export function embedLength(embed: APIEmbed): number {
  let length = (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) length += field.name.length + field.value.length;
  return length;
}

/**
 * An embed within every limit: each part clamped, then fields dropped from the end (all but `kept`, which stay) and
 * the description shortened until the whole fits 6,000 characters; a last field says what was left out.
 */
export function fitEmbed(embed: APIEmbed, kept: APIEmbedField[] = []): APIEmbed {
  const title = embed.title === undefined ? undefined : clamp(embed.title, EMBED_LIMITS.title);
  const footer = embed.footer === undefined ? undefined : { ...embed.footer, text: clamp(embed.footer.text, EMBED_LIMITS.footer) };
  const description = embed.description ?? '';
  const tail = kept.map(clampField);
  const fixed = (title?.length ?? 0) + (footer?.text.length ?? 0) + fieldsLength(tail) + MORE_NOTE_LENGTH;
  const room = EMBED_LIMITS.total - fixed - Math.min(description.length, DESCRIPTION_FLOOR);
  const { fields, dropped } = fieldsWithin((embed.fields ?? []).map(clampField), room, EMBED_LIMITS.fields - 1 - tail.length);
  const more = dropped > 0 ? [{ name: 'More', value: `${dropped} more not shown here: ask about one of them.` }] : [];
  const left = EMBED_LIMITS.total - fixed - fieldsLength(fields);
  const fitted: APIEmbed = { ...embed, fields: [...fields, ...more, ...tail] };
  if (title !== undefined) fitted.title = title;
  if (footer !== undefined) fitted.footer = footer;
  if (description !== '') fitted.description = clamp(description, Math.min(EMBED_LIMITS.description, left));
  return fitted;
}

function clampField(field: APIEmbedField): APIEmbedField {
  return { ...field, name: clamp(field.name, EMBED_LIMITS.fieldName), value: clamp(field.value, EMBED_LIMITS.fieldValue) };
}

function fieldsLength(fields: readonly APIEmbedField[]): number {
  let length = 0;
  for (const field of fields) length += field.name.length + field.value.length;
  return length;
}

function fieldsWithin(fields: APIEmbedField[], room: number, most: number): { fields: APIEmbedField[]; dropped: number } {
  const taken: APIEmbedField[] = [];
  let used = 0;
  for (const field of fields) {
    const size = field.name.length + field.value.length;
    if (taken.length >= most || used + size > room) break;
    taken.push(field);
    used += size;
  }
  return { fields: taken, dropped: fields.length - taken.length };
}
