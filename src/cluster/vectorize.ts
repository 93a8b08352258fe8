import type { ClusterItem } from './types.js';
import type { FeatureOptions } from './options.js';
import { FeatureKind, hashRange, seedOf } from './feature-hash.js';
import { tokenize } from '../text/tokenize.js';
import type { Term } from '../text/analyse.js';
import { dropPlaceholders } from '../text/placeholders.js';
import type { Lang } from '../model.js';

/**
 * Sparse item vectors in compressed-row form: item i owns entries offsets[i]..offsets[i+1] of
 * `features` (hashed slots) and `weights`. Typed arrays keep a million questions within memory.
 */
export interface SparseRows {
  offsets: Int32Array;
  features: Int32Array;
  weights: Float32Array;
}

/** Term counts before weighting; `kinds` tells each entry's feature family. */
export interface CountRows extends SparseRows {
  kinds: Uint8Array;
}

class GrowableRows {
  features = new Int32Array(1024);
  weights = new Float32Array(1024);
  kinds = new Uint8Array(1024);
  length = 0;

  push(feature: number, weight: number, kind: number): void {
    if (this.length === this.features.length) {
      const size = this.length * 2;
      this.features = grow(this.features, new Int32Array(size));
      this.weights = grow(this.weights, new Float32Array(size));
      this.kinds = grow(this.kinds, new Uint8Array(size));
    }
    this.features[this.length] = feature;
    this.weights[this.length] = weight;
    this.kinds[this.length] = kind;
    this.length++;
  }
}

function grow<T extends Int32Array | Float32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Sorts one family of an item's hashed slots and appends each distinct slot with its count. */
function countFamily(rows: GrowableRows, slots: SlotList, kind: FeatureKind): void {
  if (slots.length === 0) return;
  const sorted = slots.values.subarray(0, slots.length).sort();
  let run = 1;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1]) {
      run++;
    } else {
      rows.push(sorted[i - 1]!, run, kind);
      run = 1;
    }
  }
  slots.length = 0;
}

/** A reusable growable list of slots (typed, so sorting is numeric and allocation-free). */
class SlotList {
  values = new Int32Array(256);
  length = 0;

  push(slot: number): void {
    if (this.length === this.values.length) this.values = grow(this.values, new Int32Array(this.length * 2));
    this.values[this.length++] = slot;
  }
}

/** The hashed slots one token contributes: `wordCount` word slots, then stems, then char n-grams. */
interface TokenSlots {
  slots: Int32Array;
  words: number;
  stems: number;
}

/**
 * Deliberate internals, not options: memory bounds of the caches (vocabularies grow with typos),
 * which change the speed of a very large run but never its result.
 */
const TOKEN_CACHE_LIMIT = 300_000;
const TEXT_CACHE_LIMIT = 1_000_000;
const REPLY_CACHE_LIMIT = 200_000;

/**
 * Raw term counts per item: words, stems and char n-grams, each hashed into the feature space,
 * and with `withReplies` the stems of the shop's reply as a family of their own.
 * `analyse` runs once per distinct token (it must treat tokens independently, as the default
 * does): customers reuse a small vocabulary, so a million questions cost little more folding,
 * stemming and hashing than ten thousand.
 */
export function countFeatures(
  items: readonly ClusterItem[],
  options: FeatureOptions,
  withReplies = false,
  cache: FeatureCache = newFeatureCache(),
): CountRows {
  const offsets = new Int32Array(items.length + 1);
  const rows = new GrowableRows();
  const wordSlots = new SlotList();
  const stemSlots = new SlotList();
  const gramSlots = new SlotList();
  // Row of the first item with each text: rows are numbered per call.
  const textRows = new Map<string, Map<string, number>>();
  const budget = cache.budget;
  for (let i = 0; i < items.length; i++) {
    const { text, lang, reply } = items[i]!;
    let languageCache = cache.languages.get(lang);
    if (!languageCache) cache.languages.set(lang, (languageCache = { tokens: new Map(), replyTokens: new Map(), replies: new Map() }));
    let texts = textRows.get(lang);
    if (!texts) textRows.set(lang, (texts = new Map()));
    // The same question typed the same way is common: its counts are copied, not computed again.
    const same = texts.get(text);
    if (same !== undefined) {
      for (let e = offsets[same]!; e < offsets[same + 1]!; e++) {
        if (rows.kinds[e] !== FeatureKind.Reply) rows.push(rows.features[e]!, rows.weights[e]!, rows.kinds[e]!);
      }
    } else {
      if (texts.size < TEXT_CACHE_LIMIT) texts.set(text, i);
      for (const token of tokenize(options.prepare(text))) {
        let slots = languageCache.tokens.get(token);
        if (!slots) {
          slots = tokenSlots(options.analyse(token, lang), lang, options);
          if (budget.tokens-- > 0) languageCache.tokens.set(token, slots);
        }
        const all = slots.slots;
        for (let k = 0; k < slots.words; k++) wordSlots.push(all[k]!);
        for (let k = slots.words; k < slots.words + slots.stems; k++) stemSlots.push(all[k]!);
        for (let k = slots.words + slots.stems; k < all.length; k++) gramSlots.push(all[k]!);
      }
      countFamily(rows, wordSlots, FeatureKind.Word);
      countFamily(rows, stemSlots, FeatureKind.Stem);
      countFamily(rows, gramSlots, FeatureKind.CharGram);
    }
    // The word list is empty again here: the reply reuses it as its scratch list.
    if (withReplies && reply) countReply(rows, reply, lang, languageCache, budget, options, wordSlots);
    offsets[i + 1] = rows.length;
  }
  return {
    offsets,
    features: rows.features.subarray(0, rows.length),
    weights: rows.weights.subarray(0, rows.length),
    kinds: rows.kinds.subarray(0, rows.length),
  };
}

/**
 * What countFeatures remembers between calls: questions counted in chunks analyse each token,
 * and each pasted reply, once.
 */
export interface FeatureCache {
  languages: Map<string, LanguageCache>;
  budget: { tokens: number; replies: number };
}

export function newFeatureCache(): FeatureCache {
  return { languages: new Map(), budget: { tokens: TOKEN_CACHE_LIMIT, replies: REPLY_CACHE_LIMIT } };
}

interface LanguageCache {
  tokens: Map<string, TokenSlots>;
  replyTokens: Map<string, Int32Array>;
  /** Reply text -> its counted entries (shops paste the same macro again and again). */
  replies: Map<string, { features: Int32Array; weights: Float32Array }>;
}

/**
 * Appends the reply family: the stems of the reply's content words, placeholders left out (an
 * "[order]" says nothing about what was answered), hashed with a seed of their own so that a
 * word in the reply never meets the same word in a question. Stems alone: a retyped macro
 * changes inflections more than words, and every reply entry is repeated in each answered row.
 */
function countReply(
  rows: GrowableRows,
  reply: string,
  lang: Lang,
  cache: LanguageCache,
  budget: FeatureCache['budget'],
  options: FeatureOptions,
  scratch: SlotList,
): void {
  let counted = cache.replies.get(reply);
  if (!counted) {
    const mask = (1 << options.bits) - 1;
    const seed = seedOf(FeatureKind.Reply, lang, options.separateLanguages);
    for (const token of tokenize(dropPlaceholders(reply))) {
      let tokenSlots = cache.replyTokens.get(token);
      if (!tokenSlots) {
        const terms = options.analyse(token, lang);
        tokenSlots = Int32Array.from(terms, (term) => hashRange(term.stem, 0, term.stem.length, seed) & mask);
        if (budget.tokens-- > 0) cache.replyTokens.set(token, tokenSlots);
      }
      for (const slot of tokenSlots) scratch.push(slot);
    }
    const from = rows.length;
    countFamily(rows, scratch, FeatureKind.Reply);
    counted = { features: rows.features.slice(from, rows.length), weights: rows.weights.slice(from, rows.length) };
    if (budget.replies-- > 0) cache.replies.set(reply, counted);
    return;
  }
  for (let k = 0; k < counted.features.length; k++) rows.push(counted.features[k]!, counted.weights[k]!, FeatureKind.Reply);
}

function tokenSlots(terms: readonly Term[], lang: string, options: FeatureOptions): TokenSlots {
  const mask = (1 << options.bits) - 1;
  const gram = options.charGramLength;
  const { words, stems, charGrams } = options.weights;
  const wordSeed = seedOf(FeatureKind.Word, lang, options.separateLanguages);
  const stemSeed = seedOf(FeatureKind.Stem, lang, options.separateLanguages);
  const gramSeed = seedOf(FeatureKind.CharGram, lang, options.separateLanguages);
  const wordPart: number[] = [];
  const stemPart: number[] = [];
  const gramPart: number[] = [];
  for (const term of terms) {
    if (words > 0) wordPart.push(hashRange(term.folded, 0, term.folded.length, wordSeed) & mask);
    if (stems > 0) stemPart.push(hashRange(term.stem, 0, term.stem.length, stemSeed) & mask);
    if (charGrams > 0 && gram > 0) {
      // Spaces mark the word's edges, so a gram knows whether it starts or ends a word.
      const padded = ` ${term.folded} `;
      const last = Math.max(0, padded.length - gram);
      for (let start = 0; start <= last; start++) {
        gramPart.push(hashRange(padded, start, Math.min(padded.length, start + gram), gramSeed) & mask);
      }
    }
  }
  return { slots: Int32Array.from([...wordPart, ...stemPart, ...gramPart]), words: wordPart.length, stems: stemPart.length };
}

/**
 * Inverse document frequency per feature slot over the given rows. Rare features (a product
 * name, "reklamacja") say more about a question's topic than common ones ("order", "my"). A
 * feature only one question has (a customer's name, a typo) can match nothing, yet would get the
 * highest weight and dilute every similarity of its question, so it gets none.
 */
export function inverseDocumentFrequency(rows: SparseRows, featureBits: number): Float32Array {
  const documentFrequency = new Int32Array(1 << featureBits);
  for (let i = 0; i < rows.features.length; i++) documentFrequency[rows.features[i]!]!++;
  const count = rows.offsets.length - 1;
  const idf = new Float32Array(1 << featureBits);
  for (let f = 0; f < idf.length; f++) {
    const df = documentFrequency[f]!;
    if (df > 1) idf[f] = Math.log((count + 1) / df);
  }
  return idf;
}

/**
 * Turns counts into unit vectors: sublinear term frequency times IDF (when given), each feature
 * family scaled to its configured share so that the many char n-grams do not drown the words.
 * A reply family is made a unit vector of its own beside the question's (see blendReplies).
 */
export function weighFeatures(counts: CountRows, idf: Float32Array | null, options: FeatureOptions): SparseRows {
  const { offsets, features, kinds } = counts;
  const weights = new Float32Array(counts.weights.length);
  const share = [options.weights.words, options.weights.stems, options.weights.charGrams, 1];
  const familyNorm = new Float64Array(share.length);
  for (let i = 0; i + 1 < offsets.length; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    familyNorm.fill(0);
    for (let e = start; e < end; e++) {
      const tf = 1 + Math.log(counts.weights[e]!);
      const w = tf * (idf ? idf[features[e]!]! : 1);
      weights[e] = w;
      // A feature seen in no other question (IDF 0) still takes its plain share of the norm:
      // a question made mostly of words nobody else uses is similar to nothing, instead of
      // being reduced to the one common n-gram it happens to contain.
      familyNorm[kinds[e]!]! += w > 0 ? w * w : tf * tf;
    }
    let question = 0;
    let reply = 0;
    for (let e = start; e < end; e++) {
      const norm = Math.sqrt(familyNorm[kinds[e]!]!);
      const w = norm > 0 ? (weights[e]! * share[kinds[e]!]!) / norm : 0;
      weights[e] = w;
      if (kinds[e] === FeatureKind.Reply) reply += w * w;
      else question += w * w;
    }
    const questionScale = question > 0 ? 1 / Math.sqrt(question) : 0;
    const replyScale = reply > 0 ? 1 / Math.sqrt(reply) : 0;
    for (let e = start; e < end; e++) weights[e]! *= kinds[e] === FeatureKind.Reply ? replyScale : questionScale;
  }
  return { offsets, features, weights };
}

/**
 * Joins the two unit parts of each row into one unit row [sqrt(1 - s) q ; sqrt(s) r], s =
 * `replyShare[i]`, so that a cosine is (mostly) a mix of the wording and the reply cosines. A row
 * without a reply keeps its question part whole (a question nobody answered clusters on wording
 * as before), and so does every row of a data set without replies. In place.
 */
export function blendReplies(rows: SparseRows, kinds: Uint8Array, replyShare: Float32Array): SparseRows {
  for (let i = 0; i + 1 < rows.offsets.length; i++) {
    const start = rows.offsets[i]!;
    const end = rows.offsets[i + 1]!;
    let hasReply = false;
    for (let e = start; e < end && !hasReply; e++) hasReply = kinds[e] === FeatureKind.Reply && rows.weights[e]! > 0;
    const share = hasReply ? replyShare[i]! : 0;
    const questionScale = Math.sqrt(1 - share);
    const replyScale = Math.sqrt(share);
    for (let e = start; e < end; e++) rows.weights[e]! *= kinds[e] === FeatureKind.Reply ? replyScale : questionScale;
  }
  return rows;
}
