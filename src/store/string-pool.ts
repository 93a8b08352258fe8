/**
 * One string object per distinct text read: a macro the shop pasted under a hundred thousand
 * questions (or a customer's hash on each of their questions) comes back from SQLite as a new
 * string per row, and would take its memory as often.
 */
export function stringPool(): (text: string) => string {
  const pool = new Map<string, string>();
  return (text) => {
    const same = pool.get(text);
    if (same !== undefined) return same;
    pool.set(text, text);
    return text;
  };
}
