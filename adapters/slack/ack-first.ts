/**
 * Keeps the work that follows an acknowledgement behind the acknowledgements still to come. Slash commands come in
 * bursts, and in HTTP mode each one waits unread in its socket until the event loop polls again: starting a live
 * answer (its snapshot answer and its upstream requests) as soon as its own ack is out would delay the acks of the
 * commands that arrive a moment later, and Slack gives each ack 3 s.
 */
export interface AckFirst {
  /** Called as each command or button click arrives, before its acknowledgement. */
  arrived(): void;
  /**
   * Resolves once the event loop has polled without a new command arriving (or after `maxWaitMs` under a steady
   * stream), releasing one waiter per turn of the loop so that commands arriving meanwhile are acknowledged first.
   */
  afterAcks(): Promise<void>;
}

interface Waiter {
  resolve: () => void;
  since: number;
}

/** One per app, shared by its listeners: it counts every arrival, whichever listener acknowledges it. */
export function createAckFirst(options: { maxWaitMs?: number } = {}): AckFirst {
  const maxWaitMs = options.maxWaitMs ?? 250;
  const waiters: Waiter[] = [];
  let arrivals = 0;
  let seen = 0;
  let scheduled = false;

  // setImmediate runs after the poll phase, where Node reads the requests that arrived meanwhile.
  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(turn);
  }

  function turn(): void {
    scheduled = false;
    const quiet = arrivals === seen;
    seen = arrivals;
    const first = waiters[0];
    if (first === undefined) return;
    if (quiet || performance.now() - first.since >= maxWaitMs) {
      waiters.shift();
      first.resolve();
    }
    if (waiters.length > 0) schedule();
  }

  return {
    arrived: () => {
      arrivals += 1;
    },
    afterAcks: () =>
      new Promise<void>((resolve) => {
        waiters.push({ resolve, since: performance.now() });
        schedule();
      }),
  };
}
