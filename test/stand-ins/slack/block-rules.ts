/**
 * Slack's message rules that Bolt does not check (chat-platforms.md §2.5): the stand-in rejects a message that breaks
 * one, as Slack does with `invalid_blocks` or `msg_blocks_too_long`, and the test fails.
 */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3_000,
  field: 2_000,
  fields: 10,
  header: 150,
  contextElements: 10,
  actionElements: 25,
  buttonText: 75,
  buttonValue: 2_000,
  id: 255,
  /** Undocumented cumulative limit on block text (bolt-js #2867). */
  blockText: 12_000,
  /** Slack truncates above 40,000; a chat message should stay far below. */
  text: 4_000,
} as const;

type Json = Record<string, unknown>;

function textOf(value: unknown): string | null {
  return typeof value === 'object' && value !== null && typeof (value as Json).text === 'string' ? ((value as Json).text as string) : null;
}

function checkLength(problems: string[], where: string, text: string | null, max: number, min = 1): number {
  if (text === null) {
    problems.push(`${where}: no text`);
    return 0;
  }
  if (text.length < min || text.length > max) problems.push(`${where}: ${text.length} characters (allowed ${min}–${max})`);
  return text.length;
}

function checkSection(block: Json, where: string, problems: string[]): number {
  let total = 0;
  if (block.text !== undefined) total += checkLength(problems, `${where}.text`, textOf(block.text), SLACK_LIMITS.sectionText);
  if (Array.isArray(block.fields)) {
    if (block.fields.length > SLACK_LIMITS.fields) problems.push(`${where}: ${block.fields.length} fields`);
    block.fields.forEach((field, i) => (total += checkLength(problems, `${where}.fields[${i}]`, textOf(field), SLACK_LIMITS.field)));
  }
  if (block.text === undefined && !Array.isArray(block.fields)) problems.push(`${where}: section without text or fields`);
  return total;
}

function checkActions(block: Json, where: string, problems: string[]): number {
  const elements = Array.isArray(block.elements) ? (block.elements as Json[]) : [];
  if (elements.length === 0 || elements.length > SLACK_LIMITS.actionElements) problems.push(`${where}: ${elements.length} elements`);
  let total = 0;
  elements.forEach((element, i) => {
    total += checkLength(problems, `${where}.elements[${i}].text`, textOf(element.text), SLACK_LIMITS.buttonText);
    if (typeof element.value === 'string' && element.value.length > SLACK_LIMITS.buttonValue) problems.push(`${where}.elements[${i}].value: ${element.value.length} characters`);
    if (typeof element.action_id === 'string' && element.action_id.length > SLACK_LIMITS.id) problems.push(`${where}.elements[${i}].action_id too long`);
  });
  return total;
}

function checkBlock(block: Json, where: string, problems: string[]): number {
  if (typeof block.block_id === 'string' && block.block_id.length > SLACK_LIMITS.id) problems.push(`${where}.block_id too long`);
  switch (block.type) {
    case 'header':
      return checkLength(problems, `${where}.text`, textOf(block.text), SLACK_LIMITS.header);
    case 'section':
      return checkSection(block, where, problems);
    case 'context': {
      const elements = Array.isArray(block.elements) ? (block.elements as Json[]) : [];
      if (elements.length === 0 || elements.length > SLACK_LIMITS.contextElements) problems.push(`${where}: ${elements.length} elements`);
      return elements.reduce((sum, element, i) => sum + checkLength(problems, `${where}.elements[${i}]`, textOf(element), SLACK_LIMITS.sectionText), 0);
    }
    case 'actions':
      return checkActions(block, where, problems);
    case 'divider':
      return 0;
    default:
      problems.push(`${where}: block type ${String(block.type)} not expected from this bot`);
      return 0;
  }
}

/** Problems with a message's `blocks` and `text`, as Slack would report them; empty when the message is valid. */
export function messageProblems(message: { text?: unknown; blocks?: unknown }): string[] {
  const problems: string[] = [];
  if (message.blocks !== undefined) {
    if (!Array.isArray(message.blocks)) return ['blocks: not an array'];
    if (message.blocks.length > SLACK_LIMITS.blocks) problems.push(`blocks: ${message.blocks.length} (allowed ${SLACK_LIMITS.blocks})`);
    let total = 0;
    message.blocks.forEach((block, i) => (total += checkBlock(block as Json, `blocks[${i}]`, problems)));
    if (total > SLACK_LIMITS.blockText) problems.push(`blocks: ${total} characters of text (msg_blocks_too_long above ${SLACK_LIMITS.blockText})`);
  }
  if (message.text !== undefined && (typeof message.text !== 'string' || message.text.length > SLACK_LIMITS.text)) {
    problems.push(`text: ${typeof message.text === 'string' ? message.text.length : typeof message.text} (aim ≤ ${SLACK_LIMITS.text})`);
  }
  if (message.blocks === undefined && (typeof message.text !== 'string' || message.text === '')) problems.push('neither text nor blocks');
  return problems;
}
