import { choiceProblems, messageProblems, type MessageBody } from './rules.js';

/** Discord's JSON error bodies and the codes a late, repeated or malformed response gets. */
export interface ApiError {
  status: number;
  code: number;
  message: string;
}

export const ERRORS = {
  unknownInteraction: { status: 404, code: 10062, message: 'Unknown interaction' },
  alreadyAcknowledged: { status: 400, code: 40060, message: 'Interaction has already been acknowledged.' },
  unknownWebhook: { status: 404, code: 10015, message: 'Unknown Webhook' },
  expiredToken: { status: 401, code: 50027, message: 'Invalid Webhook Token' },
  invalidBody: { status: 400, code: 50035, message: 'Invalid Form Body' },
  emptyMessage: { status: 400, code: 50006, message: 'Cannot send an empty message' },
  unknownChannel: { status: 404, code: 10003, message: 'Unknown Channel' },
  missingAccess: { status: 403, code: 50001, message: 'Missing Access' },
  missingPermissions: { status: 403, code: 50013, message: 'Missing Permissions' },
} as const satisfies Record<string, ApiError>;

export const INITIAL_RESPONSE_MS = 3_000;
const TOKEN_LIFETIME_MS = 15 * 60_000;
const AUTOCOMPLETE = 4;
const AUTOCOMPLETE_RESULT = 8;

export interface Timed<T> {
  body: T;
  afterMs: number;
}

export interface InitialResponse {
  type: number;
  data?: MessageBody & { choices?: { name: string; value: unknown }[] };
}

/** One dispatched interaction and everything the bot answered to it. */
export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  dispatchedAt: number;
  initial: Timed<InitialResponse> | null;
  edits: Timed<MessageBody>[];
  followUps: Timed<MessageBody>[];
}

/**
 * Interactions in flight and the rules on answering them: one initial response within 3 s, the right callback type,
 * webhooks only after it and for 15 minutes, bodies within Discord's limits. A breach answers with Discord's error
 * and is recorded in `violations`, which a test asserts empty.
 */
export class InteractionLedger {
  readonly violations: string[] = [];
  readonly records = new Map<string, InteractionRecord>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly excused = new Set<string>();

  open(payload: { id: string; token: string; type: number }): InteractionRecord {
    const record: InteractionRecord = { id: payload.id, token: payload.token, type: payload.type, dispatchedAt: Date.now(), initial: null, edits: [], followUps: [] };
    this.records.set(payload.id, record);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (record.initial === null && !this.excused.has(record.id)) this.violations.push(`interaction ${record.id} (type ${record.type}) got no initial response within 3 s`);
    }, INITIAL_RESPONSE_MS + 50);
    this.timers.add(timer);
    return record;
  }

  /** `POST /interactions/{id}/{token}/callback`; null means 204. */
  callback(id: string, token: string, body: InitialResponse): ApiError | null {
    const record = this.records.get(id);
    if (record === undefined || record.token !== token) return this.breach(ERRORS.unknownInteraction, `callback for unknown interaction ${id}`);
    const afterMs = Date.now() - record.dispatchedAt;
    if (record.initial !== null) return this.breach(ERRORS.alreadyAcknowledged, `second initial response to interaction ${id}`);
    if (afterMs > INITIAL_RESPONSE_MS) return this.breach(ERRORS.unknownInteraction, `initial response to interaction ${id} after ${afterMs} ms`);
    const problems = this.callbackProblems(record, body);
    if (problems.length > 0) return this.breach(ERRORS.invalidBody, `interaction ${id}: ${problems.join('; ')}`);
    record.initial = { body, afterMs };
    return null;
  }

  /** `PATCH …/messages/@original` (edit) or `POST /webhooks/{app}/{token}` (follow-up). */
  webhook(token: string, kind: 'edit' | 'followUp', body: MessageBody): ApiError | null {
    const record = [...this.records.values()].find((candidate) => candidate.token === token);
    if (record === undefined || record.initial === null) return this.breach(ERRORS.unknownWebhook, `${kind} before an initial response`);
    const afterMs = Date.now() - record.dispatchedAt;
    if (afterMs > TOKEN_LIFETIME_MS) return this.breach(ERRORS.expiredToken, `${kind} after 15 minutes`);
    const problems = messageProblems(body);
    if (problems.length > 0) return this.breach(ERRORS.invalidBody, `${kind} of interaction ${record.id}: ${problems.join('; ')}`);
    (kind === 'edit' ? record.edits : record.followUps).push({ body, afterMs });
    return null;
  }

  /** A test that makes the initial response fail on purpose expects no response within 3 s. */
  excuse(id: string): void {
    this.excused.add(id);
  }

  /** Records a breach of any other rule (a message over the limits, an unknown route). */
  breach(error: ApiError, violation: string): ApiError {
    this.violations.push(violation);
    return error;
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private callbackProblems(record: InteractionRecord, body: InitialResponse): string[] {
    if (record.type === AUTOCOMPLETE) {
      return body.type === AUTOCOMPLETE_RESULT ? choiceProblems(body.data?.choices) : [`autocomplete answered with type ${body.type}`];
    }
    if (body.type === AUTOCOMPLETE_RESULT) return ['autocomplete result to a non-autocomplete interaction'];
    return messageProblems(body.data ?? {});
  }
}
