import { WindowCounter } from './rate-limit.js';

/**
 * Limits failed logins per account and per address, so passwords cannot be guessed at machine
 * speed and a flood of logins from one place stops before it costs any password hashing.
 */
export interface LoginThrottleOptions {
  /** Failed logins allowed for one account within the window (from any address). */
  perAccount: number;
  /** Failed logins allowed from one address within the window (for any accounts). */
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = { perAccount: 10, perAddress: 30, windowMs: 15 * 60 * 1000 };

export class LoginThrottle {
  private readonly failures: WindowCounter;

  constructor(private readonly options: LoginThrottleOptions = DEFAULT_LOGIN_THROTTLE) {
    this.failures = new WindowCounter(options.windowMs);
  }

  /** Seconds to wait before this login may be tried, or 0 when it may be tried now. */
  retryAfter(account: string, address: string, now = Date.now()): number {
    const limited: [string, number][] = [
      [accountKey(account), this.options.perAccount],
      [addressKey(address), this.options.perAddress],
    ];
    const until = Math.max(...limited.map(([key, limit]) => (this.failures.count(key, now) >= limit ? this.failures.resetAt(key, now) : 0)));
    return until > now ? Math.ceil((until - now) / 1000) : 0;
  }

  recordFailure(account: string, address: string, now = Date.now()): void {
    this.failures.add(accountKey(account), now);
    this.failures.add(addressKey(address), now);
  }

  /** A right password clears the account's failures (the address keeps its own). */
  recordSuccess(account: string): void {
    this.failures.clear(accountKey(account));
  }
}

// Names are compared as the login compares them (trimmed); case is kept, as user names are.
const accountKey = (account: string) => `account:${account.trim()}`;
const addressKey = (address: string) => `address:${address}`;
