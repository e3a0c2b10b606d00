/**
 * The limits Discord enforces and discord.js does not (chat-platforms.md §3.5, §3.6): each check returns the
 * problems found, empty when the payload is valid.
 */

interface EmbedLike {
  title?: string;
  description?: string;
  url?: string;
  timestamp?: string;
  color?: number;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
}

export interface AllowedMentions {
  parse?: string[];
  users?: string[];
  roles?: string[];
  replied_user?: boolean;
}

export interface MessageBody {
  content?: string;
  embeds?: EmbedLike[];
  components?: unknown[];
  flags?: number;
  allowed_mentions?: AllowedMentions;
}

/** `POST /channels/{id}/messages` as the bot sends it. */
export interface CreateMessageBody extends MessageBody {
  nonce?: string | number;
  enforce_nonce?: boolean;
  message_reference?: { message_id: string };
}

const MAX = { content: 2_000, embeds: 10, title: 256, description: 4_096, fields: 25, fieldName: 256, fieldValue: 1_024, footer: 2_048, author: 256, total: 6_000 };

export function messageProblems(body: MessageBody): string[] {
  const problems: string[] = [];
  if ((body.content?.length ?? 0) > MAX.content) problems.push(`content is ${body.content?.length} characters (max 2000)`);
  const embeds = body.embeds ?? [];
  if (embeds.length > MAX.embeds) problems.push(`${embeds.length} embeds (max 10)`);
  let total = 0;
  for (const [index, embed] of embeds.entries()) {
    problems.push(...embedProblems(embed).map((problem) => `embeds[${index}]: ${problem}`));
    total += embedLength(embed);
  }
  if (total > MAX.total) problems.push(`embeds total ${total} characters (max 6000)`);
  return problems;
}

/**
 * A channel message: within the limits, not empty, a nonce of at most 25 characters, `allowed_mentions` without a
 * type both parsed and listed.
 * @see https://discord.com/developers/docs/resources/message#create-message
 * @see https://discord.com/developers/docs/resources/message#allowed-mentions-object
 */
export function createMessageProblems(body: CreateMessageBody): string[] {
  const problems = messageProblems(body);
  if ((body.content ?? '') === '' && (body.embeds ?? []).length === 0 && (body.components ?? []).length === 0) problems.push('empty message');
  if (body.nonce !== undefined && String(body.nonce).length > 25) problems.push(`nonce is ${String(body.nonce).length} characters (max 25)`);
  const allowed = body.allowed_mentions;
  for (const kind of ['users', 'roles'] as const) {
    if (allowed?.parse?.includes(kind) && allowed[kind] !== undefined) problems.push(`allowed_mentions: parse ${kind} and a ${kind} list are mutually exclusive`);
    if ((allowed?.[kind]?.length ?? 0) > 100) problems.push(`allowed_mentions.${kind} has more than 100 ids`);
  }
  return problems;
}

/** The users a message notifies: its `<@id>` mentions as `allowed_mentions` lets them through (all, without it). */
export function pingedUsers(body: MessageBody): string[] {
  const mentioned = [...(body.content ?? '').matchAll(/<@!?(\d+)>/g)].map((match) => match[1] ?? '');
  const allowed = body.allowed_mentions;
  if (allowed === undefined || allowed.parse?.includes('users')) return [...new Set(mentioned)];
  return [...new Set(mentioned.filter((id) => allowed.users?.includes(id)))];
}

/** Whether a message notifies the whole channel: `@everyone` or `@here`, parsed. */
export function pingsEveryone(body: MessageBody): boolean {
  const allowed = body.allowed_mentions;
  return /@(everyone|here)/.test(body.content ?? '') && (allowed === undefined || (allowed.parse?.includes('everyone') ?? false));
}

function embedProblems(embed: EmbedLike): string[] {
  const problems: string[] = [];
  if (embed.url !== undefined && !/^https?:\/\/\S+$/.test(embed.url)) problems.push('url is not a well formed URL');
  if (embed.timestamp !== undefined && Number.isNaN(Date.parse(embed.timestamp))) problems.push('timestamp is not ISO 8601');
  if (embed.color !== undefined && (embed.color < 0 || embed.color > 0xff_ff_ff)) problems.push('color is not a 24-bit colour');
  const over = (what: string, text: string | undefined, max: number) => {
    if ((text?.length ?? 0) > max) problems.push(`${what} is ${text?.length} characters (max ${max})`);
  };
  over('title', embed.title, MAX.title);
  over('description', embed.description, MAX.description);
  over('footer.text', embed.footer?.text, MAX.footer);
  over('author.name', embed.author?.name, MAX.author);
  const fields = embed.fields ?? [];
  if (fields.length > MAX.fields) problems.push(`${fields.length} fields (max 25)`);
  for (const [index, field] of fields.entries()) {
    if (field.name.length === 0 || field.value.length === 0) problems.push(`fields[${index}] has an empty name or value`);
    over(`fields[${index}].name`, field.name, MAX.fieldName);
    over(`fields[${index}].value`, field.value, MAX.fieldValue);
  }
  return problems;
}

export function embedLength(embed: EmbedLike): number {
  let length = (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) length += field.name.length + field.value.length;
  return length;
}

export function choiceProblems(choices: { name: string; value: unknown }[] | undefined): string[] {
  if (choices === undefined) return ['autocomplete result without choices'];
  const problems = choices.length > 25 ? [`${choices.length} choices (max 25)`] : [];
  for (const [index, choice] of choices.entries()) {
    if (choice.name.length < 1 || choice.name.length > 100) problems.push(`choices[${index}].name is ${choice.name.length} characters (1 to 100)`);
    if (typeof choice.value === 'string' && choice.value.length > 100) problems.push(`choices[${index}].value is ${choice.value.length} characters (max 100)`);
  }
  return problems;
}

interface CommandOption {
  type: number;
  name: string;
  description: string;
  options?: CommandOption[];
  choices?: unknown[];
  autocomplete?: boolean;
}

export interface CommandDefinition {
  name: string;
  description: string;
  options?: CommandOption[];
}

const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

export function commandProblems(commands: CommandDefinition[]): string[] {
  const problems = commands.length > 100 ? [`${commands.length} commands (max 100)`] : [];
  for (const command of commands) {
    problems.push(...optionProblems(command, command.name));
    const size = characters(command);
    if (size > 8_000) problems.push(`${command.name}: ${size} characters over names, descriptions and values (max 8000)`);
  }
  return problems;
}

function optionProblems(option: { name: string; description: string; options?: CommandOption[] }, path: string): string[] {
  const problems: string[] = [];
  if (!NAME.test(option.name) || option.name !== option.name.toLowerCase()) problems.push(`${path}: invalid name`);
  if (option.description.length < 1 || option.description.length > 100) problems.push(`${path}: description must be 1 to 100 characters`);
  if ((option.options?.length ?? 0) > 25) problems.push(`${path}: more than 25 options`);
  for (const child of option.options ?? []) {
    if ('autocomplete' in child && child.autocomplete === true && child.choices !== undefined) problems.push(`${path} ${child.name}: autocomplete with choices`);
    problems.push(...optionProblems(child, `${path} ${child.name}`));
  }
  return problems;
}

function characters(option: { name: string; description: string; options?: CommandOption[] }): number {
  let total = option.name.length + option.description.length;
  for (const child of option.options ?? []) total += characters(child);
  return total;
}
