/**
 * Results of a pure text function kept for texts seen recently. Logs repeat themselves: agents
 * paste macro replies, call notes follow a template, customers open with the same "Dzień dobry".
 * Only short texts are kept (a long mail with its quoted history is unique anyway, and would pin
 * memory), and only the most recently used ones, so the memory stays bounded on any export.
 */
export class TextMemo<T> {
  private readonly entries = new Map<string, T>();

  constructor(
    private readonly capacity = 4096,
    private readonly longestText = 1000,
  ) {}

  /** `compute()`'s result for `key` (a text, possibly prefixed with what else the result depends on). */
  get(key: string, compute: () => T): T {
    if (key.length > this.longestText) return compute();
    const entries = this.entries;
    if (entries.has(key)) {
      const kept = entries.get(key) as T;
      // Re-inserted to count as the most recently used; Map keeps insertion order.
      entries.delete(key);
      entries.set(key, kept);
      return kept;
    }
    const value = compute();
    if (entries.size >= this.capacity) entries.delete(entries.keys().next().value as string);
    entries.set(key, value);
    return value;
  }
}
