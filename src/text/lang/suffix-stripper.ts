/**
 * A light stemmer for inflected languages: remove (or rewrite) the longest known ending once,
 * keeping a stem of at least `minStem` letters. It works on folded words, so "reklamację" and
 * "reklamacje" end up the same. Light on purpose: over-stemming merges unrelated words, while
 * the char n-grams that clustering adds already catch what is left of inflection and typos.
 */
export interface SuffixRule {
  suffix: string;
  replacement: string;
}

export function suffixStripper(rules: SuffixRule[], minStem: number): (word: string) => string {
  const byLength = [...rules].sort((a, b) => b.suffix.length - a.suffix.length);
  return (word) => {
    for (const { suffix, replacement } of byLength) {
      if (word.length - suffix.length >= minStem && word.endsWith(suffix)) {
        return word.slice(0, word.length - suffix.length) + replacement;
      }
    }
    return word;
  };
}

/** Builds rules from "ending" (removed) and "ending>replacement" strings. */
export function rules(spec: string): SuffixRule[] {
  return spec.trim().split(/\s+/).map((entry) => {
    const [suffix = '', replacement = ''] = entry.split('>');
    return { suffix, replacement };
  });
}
