/** A sleep that ends early on `wake()` or when the signal aborts. */
export class Waker {
  private pending: (() => void) | null = null;
  private woken = false;

  sleep(ms: number, signal: AbortSignal): Promise<void> {
    if (signal.aborted || this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.pending = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
      this.pending = done;
    });
  }

  /** Ends the current sleep, or the next one at once. */
  wake(): void {
    if (this.pending) this.pending();
    else this.woken = true;
  }
}
