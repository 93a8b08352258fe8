import type { ReplyFacts } from './extract-facts.js';

/** The kinds of fact two replies can contradict each other on. */
export type FactKind = 'days' | 'workingDays' | 'amounts' | 'percents' | 'urls' | 'times' | 'polarity';

export const FACT_KINDS: readonly FactKind[] = ['days', 'workingDays', 'amounts', 'percents', 'urls', 'times', 'polarity'];

/** One fact kind of a reply as comparable strings: "14", "12.99 PLN", "yes"; empty when not stated. */
export function factValues(facts: ReplyFacts, kind: FactKind): string[] {
  switch (kind) {
    case 'amounts':
      return facts.amounts.map((a) => `${a.value} ${a.currency}`);
    case 'polarity':
      return facts.polarity ? [facts.polarity] : [];
    default:
      return facts[kind].map(String);
  }
}

/**
 * Whether two replies state different values of a fact. A reply that leaves the fact out, or
 * states only some of the other's values ("14 dni" against "14 dni, zwykle 1–3 dni"), does not
 * contradict it: only values that neither reply's set contains the other's are a conflict.
 */
export function factsConflict(a: ReplyFacts, b: ReplyFacts, kind: FactKind): boolean {
  const left = factValues(a, kind);
  const right = factValues(b, kind);
  if (left.length === 0 || right.length === 0) return false;
  const inRight = left.every((value) => right.includes(value));
  const inLeft = right.every((value) => left.includes(value));
  return !inRight && !inLeft;
}

/** True when the replies contradict each other on no fact. */
export function factsAgree(a: ReplyFacts, b: ReplyFacts): boolean {
  return FACT_KINDS.every((kind) => !factsConflict(a, b, kind));
}
