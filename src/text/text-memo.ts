export interface TextMemoOptions {
  /** Texts kept at most; the least recently used one goes first. */
  capacity: number;
  /** Longer texts are never kept (a long mail with its quoted history is unique anyway, and would pin memory). */
  longestText: number;
  /** Lookups over which the share of repeated texts is measured. */
  sample: number;
  /** Lookups computed without the memo when too few texts of a sample repeated. */
  pause: number;
}

const DEFAULTS: TextMemoOptions = { capacity: 4096, longestText: 1000, sample: 2048, pause: 32_768 };

/** Below this share of repeated texts in a sample, keeping texts costs more than it saves. */
const WORTHWHILE_HIT_SHARE = 0.1;

/**
 * Results of a pure text function kept for texts seen recently. Logs repeat themselves: agents
 * paste macro replies, call notes follow a template, customers open with the same "Dzień dobry".
 * Only short texts are kept, and only the most recently used ones, so the memory stays bounded
 * on any export; a log whose texts do not repeat (a mailbox) pauses the memo, which then costs
 * nothing, and it is tried again after a while.
 */
export class TextMemo<T> {
  private readonly entries = new Map<string, T>();
  private readonly options: TextMemoOptions;
  private lookups = 0;
  private hits = 0;
  private paused = 0;

  constructor(options: Partial<TextMemoOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** `compute()`'s result for `key` (the text, or the text with what else the result depends on). */
  get(key: string, compute: () => T): T {
    if (key.length > this.options.longestText) return compute();
    if (this.paused > 0) {
      this.paused--;
      return compute();
    }
    const entries = this.entries;
    this.lookups++;
    let value: T;
    if (entries.has(key)) {
      this.hits++;
      value = entries.get(key) as T;
      // Re-inserted to count as the most recently used; Map keeps insertion order.
      entries.delete(key);
    } else {
      value = compute();
      if (entries.size >= this.options.capacity) entries.delete(entries.keys().next().value as string);
    }
    entries.set(key, value);
    if (this.lookups === this.options.sample) this.review();
    return value;
  }

  /** Pauses the memo, and lets its texts go, when too few texts of the last sample repeated. */
  private review(): void {
    if (this.hits < this.lookups * WORTHWHILE_HIT_SHARE) {
      this.paused = this.options.pause;
      this.entries.clear();
    }
    this.lookups = 0;
    this.hits = 0;
  }
}
