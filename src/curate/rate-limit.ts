/**
 * Events counted per key in fixed windows of `windowMs`, in memory only (one editor process;
 * a restart forgives, acceptable for limits measured in minutes). Keys are forgotten once their
 * window has passed, and beyond `MAX_KEYS` the oldest go too, so a flood of distinct addresses
 * cannot grow memory. The one counter behind the login throttle and the vote limit.
 */
export class WindowCounter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly windowMs: number) {}

  /** Events of `key` in its current window (0 when it has none). */
  count(key: string, now = Date.now()): number {
    return this.current(key, now)?.count ?? 0;
  }

  /** When the current window of `key` ends (0 when it has none). */
  resetAt(key: string, now = Date.now()): number {
    return this.current(key, now)?.resetAt ?? 0;
  }

  add(key: string, now = Date.now()): void {
    const window = this.current(key, now);
    if (window) window.count++;
    else this.windows.set(key, { count: 1, resetAt: now + this.windowMs });
    if (this.windows.size > MAX_KEYS) this.prune(now);
  }

  clear(key: string): void {
    this.windows.delete(key);
  }

  private current(key: string, now: number): { count: number; resetAt: number } | undefined {
    const window = this.windows.get(key);
    if (window && window.resetAt <= now) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    // Maps iterate in insertion order: the first keys are the oldest windows.
    for (const key of this.windows.keys()) {
      if (this.windows.size <= MAX_KEYS) break;
      this.windows.delete(key);
    }
  }
}

const MAX_KEYS = 10_000;

/** At most `limit` requests per address in each window; addresses are never stored elsewhere. */
export class RateLimit {
  private readonly counter: WindowCounter;

  constructor(
    private readonly limit: number,
    windowMs: number,
  ) {
    this.counter = new WindowCounter(windowMs);
  }

  /** Counts a request from `address`; false when the address is over its limit. */
  allow(address: string, now = Date.now()): boolean {
    if (this.counter.count(address, now) >= this.limit) return false;
    this.counter.add(address, now);
    return true;
  }
}
