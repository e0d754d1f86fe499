/**
 * Hierarchical word clusters from unlabeled text: each frequent word gets a
 * vector of its left and right neighbours (positive PMI over the most
 * frequent context words, randomly projected to a few dimensions), and
 * bisecting spherical 2-means splits the vocabulary recursively, so each word
 * ends up with a bit-string path, as Brown clusters have.
 * @module
 */

/** Settings of the clustering. */
export interface ClusteringSettings {
  readonly minCount: number;
  readonly contextWords: number;
  readonly dimensions: number;
  readonly maxDepth: number;
  readonly minClusterSize: number;
  readonly iterations: number;
  readonly seed: number;
}

/** word → bit-string path. */
export function clusterWords(sentences: readonly (readonly string[])[], settings: ClusteringSettings): Map<string, string> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocab = [...counts].filter(([, c]) => c >= settings.minCount).map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const contextOf = contextIndex(counts, settings.contextWords);
  const C = settings.contextWords + 4;
  // sparse co-occurrence counts: left contexts in [0, C), right in [C, 2C)
  const rows: Map<number, number>[] = vocab.map(() => new Map());
  const colTotals = new Float64Array(2 * C);
  let total = 0;
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const r = index.get(s[i]!);
      if (r === undefined) continue;
      const left = i > 0 ? contextOf(s[i - 1]!) : C - 1;
      const right = i + 1 < s.length ? contextOf(s[i + 1]!) : C - 1;
      for (const col of [left, C + right]) {
        rows[r]!.set(col, (rows[r]!.get(col) ?? 0) + 1);
        colTotals[col]! += 1;
        total++;
      }
    }
  }
  const rand = mulberry(settings.seed);
  const D = settings.dimensions;
  const projection = Float32Array.from({ length: 2 * C * D }, () => (rand() < 0.5 ? -1 : 1));
  const vectors = rows.map((row) => {
    const v = new Float32Array(D);
    let rowTotal = 0;
    for (const c of row.values()) rowTotal += c;
    for (const [col, c] of row) {
      const pmi = Math.log((c * total) / (rowTotal * colTotals[col]!));
      if (pmi <= 0) continue;
      for (let d = 0; d < D; d++) v[d]! += pmi * projection[col * D + d]!;
    }
    normalize(v);
    return v;
  });
  const paths = new Map<string, string>();
  const split = (members: number[], path: string) => {
    if (path.length >= settings.maxDepth || members.length < settings.minClusterSize) {
      for (const m of members) paths.set(vocab[m]!, path || '0');
      return;
    }
    const [a, b] = twoMeans(members, vectors, settings.iterations, rand);
    if (a.length === 0 || b.length === 0) {
      for (const m of members) paths.set(vocab[m]!, path || '0');
      return;
    }
    split(a, path + '0');
    split(b, path + '1');
  };
  split(vocab.map((_, i) => i), '');
  return paths;
}

/** Context ids: the most frequent words (lower case) have their own; numbers, capitalized and other words share three. */
function contextIndex(counts: Map<string, number>, n: number): (w: string) => number {
  const lower = new Map<string, number>();
  for (const [w, c] of counts) lower.set(w.toLowerCase(), (lower.get(w.toLowerCase()) ?? 0) + c);
  const top = new Map([...lower].sort((a, b) => b[1] - a[1]).slice(0, n).map(([w], i) => [w, i]));
  return (w) => top.get(w.toLowerCase()) ?? (/\d/.test(w) ? n : /^\p{Lu}/u.test(w) ? n + 1 : n + 2);
}

function twoMeans(members: number[], vectors: Float32Array[], iterations: number, rand: () => number): [number[], number[]] {
  const D = vectors[0]!.length;
  let c0 = Float32Array.from(vectors[members[Math.floor(rand() * members.length)]!]!);
  let c1 = Float32Array.from(vectors[members[Math.floor(rand() * members.length)]!]!);
  let a: number[] = [];
  let b: number[] = [];
  for (let it = 0; it < iterations; it++) {
    a = [];
    b = [];
    const n0 = new Float32Array(D);
    const n1 = new Float32Array(D);
    for (const m of members) {
      const v = vectors[m]!;
      let d0 = 0;
      let d1 = 0;
      for (let d = 0; d < D; d++) {
        d0 += v[d]! * c0[d]!;
        d1 += v[d]! * c1[d]!;
      }
      const target = d0 >= d1 ? n0 : n1;
      (d0 >= d1 ? a : b).push(m);
      for (let d = 0; d < D; d++) target[d]! += v[d]!;
    }
    normalize(n0);
    normalize(n1);
    c0 = n0;
    c1 = n1;
  }
  return [a, b];
}

function normalize(v: Float32Array): void {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < v.length; d++) v[d]! /= n;
}

function mulberry(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
