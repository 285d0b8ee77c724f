/**
 * The local comment classifier: one logistic regression per category (toxicity, insult, threat,
 * identity_hate) over hashed word, word-bigram and character 3–5-gram features, trained by
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

const FEATURE_VERSION = 1;
const MAX_WORDS = 2000;
const TOP_WORDS = 3;

/** MurmurHash3 x86 32-bit of an ASCII string (what scikit-learn's murmurhash3_32 computes over UTF-8). */
export function murmur3(key: string, seed = 0): number {
  let h = seed >>> 0;
  const len = key.length;
  const blocks = len & ~3;
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  let i = 0;
  for (; i < blocks; i += 4) {
    let k = (key.charCodeAt(i) & 0xff) | ((key.charCodeAt(i + 1) & 0xff) << 8) | ((key.charCodeAt(i + 2) & 0xff) << 16) | ((key.charCodeAt(i + 3) & 0xff) << 24);
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  const rem = len & 3;
  let k = 0;
  if (rem === 3) k ^= (key.charCodeAt(i + 2) & 0xff) << 16;
  if (rem >= 2) k ^= (key.charCodeAt(i + 1) & 0xff) << 8;
  if (rem >= 1) {
    k ^= key.charCodeAt(i) & 0xff;
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
  }
  h ^= len;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** murmur3 over the first `len` bytes of `buf` (the feature strings are ASCII). */
function murmur3Bytes(buf: Uint8Array, len: number): number {
  let h = 0;
  const blocks = len & ~3;
  let i = 0;
  for (; i < blocks; i += 4) {
    let k = buf[i] | (buf[i + 1] << 8) | (buf[i + 2] << 16) | (buf[i + 3] << 24);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  const rem = len & 3;
  let k = 0;
  if (rem === 3) k ^= buf[i + 2] << 16;
  if (rem >= 2) k ^= buf[i + 1] << 8;
  if (rem >= 1) {
    k ^= buf[i];
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
  }
  h ^= len;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const W = 119; // 'w'
const C = 99; // 'c'
const B = 98; // 'b'
const COLON = 58;
const SPACE = 32;

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
  // scratch (synchronous use only)
  private stamp: Int32Array;
  private generation = 0;
  private buckets: Int32Array = new Int32Array(4096);
  private owner: Int32Array = new Int32Array(4096);
  private readonly feature = new Uint8Array(256);
  private readonly padded = new Uint8Array(256);

  constructor(meta: LocalModelMetadata, weights: Uint8Array) {
    if (meta.format !== 'parley-local-classifier') throw new Error('not a parley local classifier model');
    if (meta.featureVersion !== FEATURE_VERSION) throw new Error(`model feature version ${meta.featureVersion}, this build reads ${FEATURE_VERSION}`);
    this.size = 1 << meta.hashBits;
    if (weights.byteLength !== this.size * meta.categories.length) {
      throw new Error(`model weights have ${weights.byteLength} bytes, expected ${this.size * meta.categories.length}`);
    }
    this.mask = this.size - 1;
    this.weights = new Int8Array(weights.buffer, weights.byteOffset, weights.byteLength);
    this.categories = meta.categories;
    this.bias = meta.bias;
    this.scale = meta.scale;
    this.trainedOn = meta.trainedOn;
    this.stamp = new Int32Array(this.size);
  }

  /** Parses the two model files (local-classifier.json and local-classifier.bin). */
  static fromFiles(json: string, bin: Uint8Array): LocalClassifier {
    return new LocalClassifier(JSON.parse(json) as LocalModelMetadata, bin);
  }

  /**
   * Scores every category; `topWords` are worked out for categories scoring at least `explainAbove`
   * (default 0.5), empty for the others.
   */
  classify(text: string, explainAbove = 0.5): LocalClassification {
    const words = classifierWords(text);
    let gen = ++this.generation;
    if (gen === 0x7fffffff) {
      this.stamp.fill(0);
      gen = this.generation = 1;
    }
    let n = 0;
    const buf = this.feature;
    const add = (len: number, word: number): void => {
      const b = murmur3Bytes(buf, len) & this.mask;
      if (this.stamp[b] === gen) return;
      this.stamp[b] = gen;
      if (n === this.buckets.length) {
        const grow = (a: Int32Array): Int32Array => {
          const c = new Int32Array(a.length * 2);
          c.set(a);
          return c;
        };
        this.buckets = grow(this.buckets);
        this.owner = grow(this.owner);
      }
      this.buckets[n] = b;
      this.owner[n] = word;
      n++;
    };
    const put = (at: number, s: string): number => {
      for (let k = 0; k < s.length; k++) buf[at + k] = s.charCodeAt(k);
      return at + s.length;
    };
    const pad = this.padded;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w.length + 4 > buf.length) continue; // absurdly long "word": skip it
      buf[0] = W;
      buf[1] = COLON;
      add(put(2, w), i);
      if (w.length >= 3) {
        // ' word ' once, then every 3-, 4- and 5-gram of it behind 'c:'
        pad[0] = SPACE;
        for (let k = 0; k < w.length; k++) pad[k + 1] = w.charCodeAt(k);
        pad[w.length + 1] = SPACE;
        const plen = w.length + 2;
        buf[0] = C;
        for (let g = 3; g <= 5; g++) {
          for (let s = 0; s + g <= plen; s++) {
            for (let k = 0; k < g; k++) buf[2 + k] = pad[s + k];
            add(2 + g, i);
          }
        }
      }
    }
    for (let i = 0; i + 1 < words.length; i++) {
      if (words[i].length + words[i + 1].length + 4 > buf.length) continue;
      buf[0] = B;
      buf[1] = COLON;
      let at = put(2, words[i]);
      buf[at++] = SPACE;
      add(put(at, words[i + 1]), i);
    }

    const norm = n > 0 ? 1 / Math.sqrt(n) : 0;
    const categories: Record<string, CategoryScore> = {};
    let best = 0;
    for (let c = 0; c < this.categories.length; c++) {
      const base = c * this.size;
      let z = 0;
      for (let k = 0; k < n; k++) z += this.weights[base + this.buckets[k]];
      const score = 1 / (1 + Math.exp(-(this.bias[c] + z * this.scale[c] * norm)));
      let top: string[] = [];
      if (score >= explainAbove) {
        const perWord = new Float64Array(words.length);
        for (let k = 0; k < n; k++) perWord[this.owner[k]] += this.weights[base + this.buckets[k]];
        top = topWords(words, perWord);
      }
      categories[this.categories[c]] = { score, topWords: top };
      if (score > best) best = score;
    }
    return { score: best, categories };
  }
}

function topWords(words: string[], perWord: Float64Array): string[] {
  const total = new Map<string, number>();
  for (let i = 0; i < words.length; i++) if (perWord[i] > 0) total.set(words[i], (total.get(words[i]) ?? 0) + perWord[i]);
  return [...total.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_WORDS)
    .map(([w]) => w);
}
