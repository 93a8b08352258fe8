/**
 * Limits failed logins per account and per address, so passwords cannot be guessed at machine
 * speed and a flood of logins from one place stops before it costs any password hashing.
 * Counts live in memory (one editor process): a restart forgives, which is acceptable for a
 * limit measured in minutes.
 */
export interface LoginThrottleOptions {
  /** Failed logins allowed for one account within the window (from any address). */
  perAccount: number;
  /** Failed logins allowed from one address within the window (for any accounts). */
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = { perAccount: 10, perAddress: 30, windowMs: 15 * 60 * 1000 };

// Beyond this many tracked keys, expired ones are dropped (and, under a flood of distinct
// addresses, the oldest), so memory stays bounded.
const MAX_KEYS = 10_000;

interface Window {
  failures: number;
  resetAt: number;
}

export class LoginThrottle {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly options: LoginThrottleOptions = DEFAULT_LOGIN_THROTTLE) {}

  /** Seconds to wait before this login may be tried, or 0 when it may be tried now. */
  retryAfter(account: string, address: string, now = Date.now()): number {
    const blocked = [this.current(accountKey(account), now), this.current(addressKey(address), now)];
    const limits = [this.options.perAccount, this.options.perAddress];
    const until = Math.max(...blocked.map((window, i) => (window && window.failures >= limits[i]! ? window.resetAt : 0)));
    return until > now ? Math.ceil((until - now) / 1000) : 0;
  }

  recordFailure(account: string, address: string, now = Date.now()): void {
    for (const key of [accountKey(account), addressKey(address)]) {
      const window = this.current(key, now);
      if (window) window.failures++;
      else this.windows.set(key, { failures: 1, resetAt: now + this.options.windowMs });
    }
    if (this.windows.size > MAX_KEYS) this.prune(now);
  }

  /** A right password clears the account's failures (the address keeps its own). */
  recordSuccess(account: string): void {
    this.windows.delete(accountKey(account));
  }

  private current(key: string, now: number): Window | undefined {
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

// Names are compared as the login compares them (trimmed); case is kept, as user names are.
const accountKey = (account: string) => `account:${account.trim()}`;
const addressKey = (address: string) => `address:${address}`;
