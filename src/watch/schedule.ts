/**
 * When each watched repository is polled next: once per interval each, spread evenly over the interval so requests
 * do not bunch (500 repositories every 300 s → one every 0.6 s). A repository added later is due at once.
 */
export class PollSchedule {
  private readonly intervalMs: number;
  private readonly due = new Map<string, number>();

  constructor(intervalMs: number) {
    this.intervalMs = intervalMs;
  }

  /** Keeps the schedule to `repos`: new ones are due now (or spread, on the first call), gone ones dropped. */
  sync(repos: readonly string[], now: number): void {
    const first = this.due.size === 0;
    const wanted = new Set(repos);
    for (const repo of this.due.keys()) if (!wanted.has(repo)) this.due.delete(repo);
    repos.forEach((repo, index) => {
      if (!this.due.has(repo)) this.due.set(repo, first ? now + Math.floor((index * this.intervalMs) / repos.length) : now);
    });
  }

  /** The repository due soonest, and when; null when none is watched. */
  next(): { repo: string; at: number } | null {
    let best: { repo: string; at: number } | null = null;
    for (const [repo, at] of this.due) if (best === null || at < best.at) best = { repo, at };
    return best;
  }

  /** Polled (or failed): due one interval after it was due, or after `now` when it fell that far behind. */
  done(repo: string, now: number, retryAt?: number): void {
    const was = this.due.get(repo) ?? now;
    const next = Math.max(was + this.intervalMs, now);
    this.due.set(repo, retryAt === undefined ? next : Math.max(next, retryAt));
  }

  size(): number {
    return this.due.size;
  }
}
