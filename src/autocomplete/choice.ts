/** One autocomplete suggestion: what the user sees and what the option receives. */
export interface Choice {
  name: string;
  value: string;
}

/** Discord (and Slack's external selects) show at most 25 suggestions. */
export const MAX_CHOICES = 25;
/** Discord's limit on a choice's name and on a string choice's value. */
export const MAX_CHOICE_LENGTH = 100;

/** Collects unique choices up to a limit, skipping values too long to send. */
export class ChoiceList {
  private readonly seen = new Set<string>();
  private readonly list: Choice[] = [];
  private readonly limit: number;

  constructor(limit = MAX_CHOICES) {
    this.limit = limit;
  }

  get full(): boolean {
    return this.list.length >= this.limit;
  }

  add(value: string, name: string = value): void {
    if (this.full || this.seen.has(value) || value === '' || value.length > MAX_CHOICE_LENGTH) return;
    this.seen.add(value);
    this.list.push({ name: name.length > MAX_CHOICE_LENGTH ? `${name.slice(0, MAX_CHOICE_LENGTH - 1)}…` : name, value });
  }

  choices(): Choice[] {
    return this.list;
  }
}

/** What was typed, as an image name: lower case, without `docker.io/`, `library/`, a tag or a digest. */
export function imageNamePart(text: string): string {
  const lowered = text.trim().toLowerCase().replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
  const withoutLibrary = lowered.replace(/^library\//, '');
  return withoutLibrary.split(/[:@]/)[0] ?? '';
}
