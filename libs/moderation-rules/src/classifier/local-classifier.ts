/**
 * The local comment classifier: one logistic regression per category (toxicity, insult, threat,
 * identity_hate) over hashed word, word-start and word-pair features, trained by
 * scripts/classifier/train_local_classifier.py (which this file mirrors exactly: same tokens, same
 * MurmurHash3 x86 32-bit, same buckets, L2-normalised binary features) and shipped in
 * libs/moderation-rules/models/. Pure: the caller reads the model files and passes their bytes.
 *
 * Per comment: tokenise once, hash each feature once, then one dot product per category over the
 * distinct buckets. Scores come with the words that pushed each category up the most, so a
 * moderator sees why.
 */

export interface LocalModelMetadata {
  format: 'parley-local-classifier';
  featureVersion: number;
  hashBits: number;
  /** A text's features are divided by sqrt(max(count, normFloor)): short texts carry little evidence. */
  normFloor: number;
  categories: string[];
  bias: number[];
  scale: number[];
  trainedOn?: string;
}

export interface CategoryScore {
  score: number;
  /** Words with the largest positive contribution to this category, strongest first. */
  topWords: string[];
}

export interface LocalClassification {
  /** Highest category score (0..1). */
  score: number;
  categories: Record<string, CategoryScore>;
}

const FEATURE_VERSION = 4;
const MAX_WORDS = 2000;
/** Bytes of a word feature ("w:" and the word) that are hashed: a longer word is hashed by its start. */
const MAX_HASHED = 256;
const TOP_WORDS = 3;
/** Words too common to explain a score to a moderator: left out of topWords (not out of the score). */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'it', 'that', 'this', 's']);

// A module constant, not `Math.imul` in every mixing step: a global lookup each time costs more where
// the global object is a sandbox's (Jest runs the unit tests in one).
const { imul } = Math;

/** MurmurHash3 x86 32-bit of an ASCII string (what scikit-learn's murmurhash3_32 computes over UTF-8). */
export function murmur3(key: string, seed = 0): number {
  const buf = new Uint8Array(key.length);
  for (let i = 0; i < key.length; i++) buf[i] = key.charCodeAt(i) & 0xff;
  return murmur3Bytes(buf, buf.length, seed);
}

/** murmur3 over the first `len` bytes of `buf` (the feature strings are ASCII). */
function murmur3Bytes(buf: Uint8Array, len: number, seed: number): number {
  let h = seed >>> 0;
  const blocks = len & ~3;
  let i = 0;
  for (; i < blocks; i += 4) h = mixBlock(h, buf[i] | (buf[i + 1] << 8) | (buf[i + 2] << 16) | (buf[i + 3] << 24));
  const rem = len & 3;
  let k = 0;
  if (rem === 3) k ^= buf[i + 2] << 16;
  if (rem >= 2) k ^= buf[i + 1] << 8;
  if (rem >= 1) h = mixTail(h, k ^ buf[i]);
  return fmix32(h ^ len);
}

/** One 4-byte block of MurmurHash3 x86 32-bit mixed into state `h`. */
function mixBlock(h: number, k: number): number {
  k = imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (imul(h, 5) + 0xe6546b64) | 0;
}

/** The last one to three bytes of MurmurHash3 x86 32-bit (`k`, little-endian) mixed into state `h`. */
function mixTail(h: number, k: number): number {
  k = imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  return h ^ imul(k, 0x1b873593);
}

/** MurmurHash3's 32-bit finaliser (unsigned result). */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The feature hash of a pair of neighbouring words: the finaliser over a mix of their word hashes. */
function pairHash(a: number, b: number): number {
  return fmix32(imul(a, 0x9e3779b1) ^ b);
}

/** A word longer than this has its first START_LEN letters as a feature too ("stabbing", "stabbed": "stabb"). */
const START_LEN = 5;
/** The start's hash: MurmurHash3 state after "w:" and those letters, finalised with this tag instead of the length. */
const START_TAG = 0x107;
/** Bytes fed ("w:" and the letters) when a word's start is complete. */
const START_FED = START_LEN + 2;

const W = 119; // 'w'
const COLON = 58;

/** Lower-cased ASCII words ("@" → a, "$" → s), as the training script reads them. */
export function classifierWords(text: string): string[] {
  const words: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length && words.length < MAX_WORDS; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 64) c = 97; // @
    else if (c === 36) c = 115; // $
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) cur += String.fromCharCode(c);
    else if (c > 127 && text[i].toLowerCase() !== text[i]) {
      // a non-ASCII upper-case letter: Python lower()s it to a non-ASCII letter, a separator for both
      if (cur) words.push(cur);
      cur = '';
    } else if (cur) {
      words.push(cur);
      cur = '';
    }
  }
  if (cur && words.length < MAX_WORDS) words.push(cur);
  return words;
}

export class LocalClassifier {
  readonly categories: readonly string[];
  readonly trainedOn?: string;
  private readonly mask: number;
  private readonly weights: Int8Array;
  private readonly bias: number[];
  private readonly scale: number[];
  private readonly size: number;
  private readonly normFloor: number;
  // scratch (synchronous use only): an open-addressing set of the buckets seen in this text
  private seen = new Int32Array(1 << 12);
  private seenStamp = new Int32Array(1 << 12);
  private generation = 0;
  private buckets: Int32Array = new Int32Array(4096);
  private owner: Int32Array = new Int32Array(4096);
  private readonly z = new Float64Array(16);
  private text = new Uint8Array(1024);
  private wordStart = new Int32Array(256);
  private wordLen = new Int32Array(256);
  private wordHash = new Int32Array(256);

  constructor(meta: LocalModelMetadata, weights: Uint8Array) {
    if (meta.format !== 'parley-local-classifier') throw new Error('not a parley local classifier model');
    if (meta.featureVersion !== FEATURE_VERSION) throw new Error(`model feature version ${meta.featureVersion}, this build reads ${FEATURE_VERSION}`);
    this.size = 1 << meta.hashBits;
    if (weights.byteLength !== this.size * meta.categories.length) {
      throw new Error(`model weights have ${weights.byteLength} bytes, expected ${this.size * meta.categories.length}`);
    }
    this.mask = this.size - 1;
    if (!(meta.normFloor >= 1)) throw new Error('model metadata lacks normFloor (≥ 1)');
    this.normFloor = meta.normFloor;
    // interleave the categories (bucket-major) so one cache line serves every category of a bucket
    const k = meta.categories.length;
    const raw = new Int8Array(weights.buffer, weights.byteOffset, weights.byteLength);
    this.weights = new Int8Array(raw.length);
    for (let c = 0; c < k; c++) for (let b = 0; b < this.size; b++) this.weights[b * k + c] = raw[c * this.size + b];
    this.categories = meta.categories;
    this.bias = meta.bias;
    this.scale = meta.scale;
    this.trainedOn = meta.trainedOn;
  }

  /** Parses the two model files (local-classifier.json and local-classifier.bin). */
  static fromFiles(json: string, bin: Uint8Array): LocalClassifier {
    return new LocalClassifier(JSON.parse(json) as LocalModelMetadata, bin);
  }

  /** Adds the bucket of feature hash `h` (from word `word`) unless this text has it already; returns the new count. */
  private addBucket(h: number, word: number, n: number, gen: number): number {
    const b = h & this.mask;
    const seen = this.seen;
    const seenStamp = this.seenStamp;
    const setMask = seen.length - 1;
    let slot = (h >>> 7) & setMask;
    while (seenStamp[slot] === gen) {
      if (seen[slot] === b) return n;
      slot = (slot + 1) & setMask;
    }
    seenStamp[slot] = gen;
    seen[slot] = b;
    this.buckets[n] = b;
    this.owner[n] = word;
    return n + 1;
  }

  /**
   * Scores every category; `topWords` are worked out for categories scoring at least `explainAbove`
   * (default 0.5), empty for the others.
   */
  classify(text: string, explainAbove = 0.5): LocalClassification {
    // 1. words as byte ranges of one ASCII buffer (no string per word)
    const length = text.length;
    if (this.text.length < length + 1) this.text = new Uint8Array(length * 2 + 16);
    if (this.wordStart.length < (length >> 1) + 2) {
      // a text of L characters has at most L / 2 + 1 words
      this.wordStart = new Int32Array(length + 16);
      this.wordLen = new Int32Array(length + 16);
      this.wordHash = new Int32Array(length + 16);
    }
    const tb = this.text;
    const starts = this.wordStart;
    const lens = this.wordLen;
    const hw = this.wordHash;

    // 2. distinct feature buckets, each remembered with the word it came from (-1 - i: the bigram of words i and i + 1)
    let gen = ++this.generation;
    if (gen === 0x7fffffff) {
      this.seenStamp.fill(0);
      gen = this.generation = 1;
    }
    // the set must stay at most half full: a word yields at most three features (itself, its start, its bigram)
    const featureBound = 64 + 3 * Math.min(MAX_WORDS, (length >> 1) + 1);
    if (featureBound * 2 > this.seen.length) {
      let size = this.seen.length;
      while (size < featureBound * 2) size *= 2;
      this.seen = new Int32Array(size);
      this.seenStamp = new Int32Array(size);
    }
    if (featureBound > this.buckets.length) {
      this.buckets = new Int32Array(featureBound);
      this.owner = new Int32Array(featureBound);
    }

    // words: MurmurHash3 of "w:word", computed while the word is read (the same hash as murmur3Bytes over
    // those bytes; an absurdly long "word" is hashed by its first MAX_HASHED bytes)
    let wordCount = 0;
    let n = 0;
    let p = 0;
    let startOfWord = -1;
    let h = 0; // murmur state of the word being read
    let k = 0; // its pending block
    let fed = 0; // bytes fed, "w:" included
    let start = 0; // the hash of the word's start, once START_LEN letters are read
    for (let i = 0; i <= length; i++) {
      let c = i < length ? text.charCodeAt(i) : 32;
      if (c >= 65 && c <= 90) c += 32;
      else if (c === 64) c = 97; // @
      else if (c === 36) c = 115; // $
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (startOfWord < 0) {
          startOfWord = p;
          h = 0;
          k = W | (COLON << 8);
          fed = 2;
        }
        tb[p++] = c;
        if (fed < MAX_HASHED) {
          k |= c << ((fed & 3) << 3);
          if ((++fed & 3) === 0) {
            h = mixBlock(h, k);
            k = 0;
          } else if (fed === START_FED) start = fmix32(mixTail(h, k) ^ START_TAG);
        }
      } else if (startOfWord >= 0) {
        starts[wordCount] = startOfWord;
        lens[wordCount] = p - startOfWord;
        const wh = fmix32((fed & 3 ? mixTail(h, k) : h) ^ fed);
        hw[wordCount] = wh;
        n = this.addBucket(wh, wordCount, n, gen);
        if (fed > START_FED) n = this.addBucket(start, wordCount, n, gen);
        startOfWord = -1;
        if (++wordCount === MAX_WORDS) break;
      }
    }
    // pairs of neighbours: a mix of their two word hashes
    for (let i = 0; i + 1 < wordCount; i++) n = this.addBucket(pairHash(hw[i], hw[i + 1]), -1 - i, n, gen); // owned by both words (see below)
    const buckets = this.buckets;
    const owner = this.owner;
    const words = { count: wordCount, text: tb, start: starts, len: lens };

    const norm = 1 / Math.sqrt(Math.max(n, this.normFloor));
    const categories: Record<string, CategoryScore> = {};
    const kc = this.categories.length;
    const z = this.z;
    z.fill(0);
    const weights = this.weights;
    for (let k = 0; k < n; k++) {
      const at = buckets[k] * kc;
      for (let c = 0; c < kc; c++) z[c] += weights[at + c];
    }
    let best = 0;
    for (let c = 0; c < kc; c++) {
      const score = 1 / (1 + Math.exp(-(this.bias[c] + z[c] * this.scale[c] * norm)));
      let top: string[] = [];
      if (score >= explainAbove) {
        const perWord = new Float64Array(words.count);
        for (let k = 0; k < n; k++) {
          const w = weights[buckets[k] * kc + c];
          const o = owner[k];
          if (o >= 0) perWord[o] += w;
          else {
            // a bigram's weight is shared by its two words
            perWord[-1 - o] += w / 2;
            perWord[-o] += w / 2;
          }
        }
        top = topWords(words, perWord);
      }
      categories[this.categories[c]] = { score, topWords: top };
      if (score > best) best = score;
    }
    return { score: best, categories };
  }
}

function topWords(words: { count: number; text: Uint8Array; start: Int32Array; len: Int32Array }, perWord: Float64Array): string[] {
  const total = new Map<string, number>();
  for (let i = 0; i < words.count; i++) {
    if (perWord[i] <= 0) continue;
    const w = String.fromCharCode(...words.text.subarray(words.start[i], words.start[i] + words.len[i]));
    if (FUNCTION_WORDS.has(w)) continue;
    total.set(w, (total.get(w) ?? 0) + perWord[i]);
  }
  return [...total.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_WORDS)
    .map(([w]) => w);
}
