/**
 * At most `limit` requests per address in a sliding `windowMs`, in memory only: addresses are
 * never stored, and are forgotten once their window has passed.
 */
export class RateLimit {
  private readonly seen = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts a request from `address`; false when the address is over its limit. */
  allow(address: string, now = Date.now()): boolean {
    const since = now - this.windowMs;
    const recent = (this.seen.get(address) ?? []).filter((time) => time > since);
    const allowed = recent.length < this.limit;
    if (allowed) recent.push(now);
    this.seen.set(address, recent);
    // Forget quiet addresses so the map does not grow with every visitor.
    if (this.seen.size > 10_000) {
      for (const [key, times] of this.seen) if (!times.some((time) => time > since)) this.seen.delete(key);
    }
    return allowed;
  }
}
