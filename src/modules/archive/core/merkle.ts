/**
 * RFC 6962 Merkle tree for a database-backed log.
 *
 * Storage model: every perfect subtree is stored once, when it completes, under
 * its coordinate { level, index } — it covers leaves [index * 2^level,
 * (index + 1) * 2^level). Level 0 is the leaf hash (kept on the entry row, so
 * index = seq); MerkleFrontier.append reports the level >= 1 nodes. Any proof
 * against a tree of size n needs only perfect subtrees inside [0, n), so a
 * proof is: compute coordinates -> fetch them in one query -> assemble.
 *
 * Hashing and verification come from verifier.ts, the trust root.
 */
import {
  Frontier,
  HASH_SIZE,
  decodeBase64Strict,
  emptyRoot,
  isTreeSize,
  leafHash,
  nodeHash,
  popcount,
} from './verifier';

export {
  emptyRoot,
  leafHash,
  nodeHash,
  rootFromInclusionProof,
  verifyConsistency,
  verifyInclusion,
} from './verifier';

export interface NodeCoord {
  /** 0 = leaf; a node at level L covers 2^L leaves */
  level: number;
  /** position among the nodes of its level: leaves [index * 2^level, (index + 1) * 2^level) */
  index: number;
}

export interface StoredNode extends NodeCoord {
  hash: Buffer;
}

/** Serialized frontier: the tree size and the perfect-subtree hashes of [0, size), left to right, base64. */
export interface FrontierState {
  size: number;
  hashes: string[];
}

export type NodeLookup = (coord: NodeCoord) => Uint8Array;

export function nodeKey(coord: NodeCoord): string {
  return `${coord.level}:${coord.index}`;
}

function pow2(level: number): number {
  return 2 ** level;
}

function assertSize(n: number, what: string): void {
  if (!isTreeSize(n)) throw new RangeError(`${what} must be a non-negative safe integer`);
}

/**
 * The incremental right edge of the tree. Persist it (serialize) with each
 * append and any replica can resume from it (deserialize).
 */
export class MerkleFrontier {
  private constructor(private readonly inner: Frontier) {}

  static empty(): MerkleFrontier {
    return new MerkleFrontier(Frontier.empty());
  }

  static fromHashes(size: number, hashes: readonly Uint8Array[]): MerkleFrontier {
    return new MerkleFrontier(Frontier.fromHashes(size, hashes));
  }

  static fromState(state: FrontierState): MerkleFrontier {
    if (typeof state !== 'object' || state === null || !Array.isArray(state.hashes)) {
      throw new TypeError('malformed frontier state');
    }
    const hashes = state.hashes.map((h) => {
      const b = typeof h === 'string' ? decodeBase64Strict(h) : null;
      if (b === null || b.length !== HASH_SIZE) throw new TypeError('malformed frontier hash');
      return b;
    });
    return MerkleFrontier.fromHashes(state.size, hashes);
  }

  static deserialize(text: string): MerkleFrontier {
    return MerkleFrontier.fromState(JSON.parse(text) as FrontierState);
  }

  get size(): number {
    return this.inner.size;
  }

  /** Perfect-subtree hashes of [0, size), left (largest) to right. */
  get hashes(): readonly Buffer[] {
    return this.inner.hashes;
  }

  /** The frontier's hashes with their coordinates (see compactRangeNodes). */
  nodes(): StoredNode[] {
    const hashes = this.inner.hashes;
    return compactRangeNodes(this.size).map((c, i) => ({ ...c, hash: hashes[i] }));
  }

  /**
   * Appends a leaf hash; returns the perfect subtrees (level >= 1) this append
   * completed, bottom-up. The leaf itself is { level: 0, index: size - 1 }.
   */
  append(leaf: Uint8Array): StoredNode[] {
    const completed: StoredNode[] = [];
    this.inner.append(leaf, (level, index, hash) => completed.push({ level, index, hash }));
    return completed;
  }

  root(): Buffer {
    return this.inner.root();
  }

  toState(): FrontierState {
    return { size: this.size, hashes: this.inner.hashes.map((h) => h.toString('base64')) };
  }

  /** Canonical JSON of toState(). */
  serialize(): string {
    const s = this.toState();
    return `{"hashes":${JSON.stringify(s.hashes)},"size":${s.size}}`;
  }

  clone(): MerkleFrontier {
    return new MerkleFrontier(this.inner.clone());
  }
}

/**
 * Perfect subtrees covering [start, end), left to right, where start is a
 * multiple of the subtree widths involved (true for every range RFC 6962
 * proofs use, and for [0, n)).
 */
export function rangeNodes(start: number, end: number): NodeCoord[] {
  const out: NodeCoord[] = [];
  let len = end - start;
  let at = start;
  let level = 0;
  while (pow2(level + 1) <= len) level += 1;
  for (; len > 0; level -= 1) {
    const w = pow2(level);
    if (len >= w) {
      if (at % w !== 0) throw new RangeError(`range [${start}, ${end}) is not aligned`);
      out.push({ level, index: at / w });
      at += w;
      len -= w;
    }
  }
  return out;
}

/** Coordinates of the frontier of a tree of size n: the compact range [0, n). */
export function compactRangeNodes(size: number): NodeCoord[] {
  assertSize(size, 'size');
  const out = rangeNodes(0, size);
  if (out.length !== popcount(size)) throw new Error('unreachable');
  return out;
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Each proof hash as the perfect subtrees to fold (right to left) into it. */
type ProofPlan = NodeCoord[][];

function inclusionPlan(index: number, size: number): ProofPlan {
  assertSize(index, 'index');
  assertSize(size, 'size');
  if (index >= size) throw new RangeError(`index ${index} is not in a tree of size ${size}`);
  const plan: ProofPlan = [];
  // RFC 6962 §2.1.1 PATH(m, D[a:b]); deeper siblings come first.
  const walk = (a: number, b: number): void => {
    if (b - a <= 1) return;
    const k = largestPowerOfTwoBelow(b - a);
    if (index < a + k) {
      walk(a, a + k);
      plan.push(rangeNodes(a + k, b));
    } else {
      walk(a + k, b);
      plan.push(rangeNodes(a, a + k));
    }
  };
  walk(0, size);
  return plan;
}

function consistencyPlan(m: number, n: number): ProofPlan {
  assertSize(m, 'm');
  assertSize(n, 'n');
  if (m > n) throw new RangeError(`cannot prove consistency from ${m} to smaller ${n}`);
  const plan: ProofPlan = [];
  if (m === 0 || m === n) return plan;
  // RFC 6962 §2.1.2 SUBPROOF(m, D[a:b], complete)
  const sub = (mm: number, a: number, b: number, complete: boolean): void => {
    if (mm === b - a) {
      if (!complete) plan.push(rangeNodes(a, b));
      return;
    }
    const k = largestPowerOfTwoBelow(b - a);
    if (mm <= k) {
      sub(mm, a, a + k, complete);
      plan.push(rangeNodes(a + k, b));
    } else {
      sub(mm - k, a + k, b, false);
      plan.push(rangeNodes(a, a + k));
    }
  };
  sub(m, 0, n, true);
  return plan;
}

function uniqueCoords(plan: ProofPlan): NodeCoord[] {
  const seen = new Set<string>();
  const out: NodeCoord[] = [];
  for (const c of plan.flat()) {
    const k = nodeKey(c);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(c);
    }
  }
  return out;
}

function assemble(plan: ProofPlan, lookup: NodeLookup): Buffer[] {
  return plan.map((coords) => {
    const hashes = coords.map((c): Buffer => {
      const h = lookup(c);
      if (h === undefined || h.length !== HASH_SIZE) {
        throw new Error(`node ${nodeKey(c)} is missing or malformed`);
      }
      return Buffer.from(h);
    });
    let acc: Buffer = hashes[hashes.length - 1];
    for (let i = hashes.length - 2; i >= 0; i--) acc = nodeHash(hashes[i], acc);
    return acc;
  });
}

/** Perfect subtrees to fetch for the inclusion proof of leaf `index` in the tree of size `size`. */
export function inclusionProofNodes(index: number, size: number): NodeCoord[] {
  return uniqueCoords(inclusionPlan(index, size));
}

/** Perfect subtrees to fetch for the consistency proof from size m to size n. */
export function consistencyProofNodes(m: number, n: number): NodeCoord[] {
  return uniqueCoords(consistencyPlan(m, n));
}

/** The RFC 6962 inclusion proof (audit path), leaf-side first. */
export function assembleInclusionProof(index: number, size: number, lookup: NodeLookup): Buffer[] {
  return assemble(inclusionPlan(index, size), lookup);
}

/** The RFC 6962 consistency proof from m to n. */
export function assembleConsistencyProof(m: number, n: number, lookup: NodeLookup): Buffer[] {
  return assemble(consistencyPlan(m, n), lookup);
}

/** Root of the tree of size n from stored perfect subtrees. */
export function rootNodes(size: number): NodeCoord[] {
  return compactRangeNodes(size);
}

export function assembleRoot(size: number, lookup: NodeLookup): Buffer {
  if (size === 0) return emptyRoot();
  return assemble([compactRangeNodes(size)], lookup)[0];
}

/**
 * An in-memory tree holding every perfect subtree, one flat buffer per level
 * (64 bytes per leaf in total). For tests, benchmarks and small exports.
 */
export class MemoryMerkleTree {
  private readonly frontier = MerkleFrontier.empty();
  private levels: Buffer[] = [];
  private counts: number[] = [];

  static fromLeafData(leaves: readonly Uint8Array[]): MemoryMerkleTree {
    const t = new MemoryMerkleTree();
    for (const d of leaves) t.appendData(d);
    return t;
  }

  get size(): number {
    return this.frontier.size;
  }

  appendData(data: Uint8Array): Buffer {
    const h = leafHash(data);
    this.append(h);
    return h;
  }

  append(leaf: Uint8Array): StoredNode[] {
    const index = this.frontier.size;
    const completed = this.frontier.append(leaf);
    this.store(0, index, leaf);
    for (const n of completed) this.store(n.level, n.index, n.hash);
    return completed;
  }

  node(coord: NodeCoord): Buffer {
    const { level, index } = coord;
    if (level >= this.levels.length || index >= this.counts[level]) {
      throw new RangeError(`node ${nodeKey(coord)} is not stored`);
    }
    return this.levels[level].subarray(index * HASH_SIZE, (index + 1) * HASH_SIZE);
  }

  readonly lookup: NodeLookup = (coord) => this.node(coord);

  leafHash(index: number): Buffer {
    return this.node({ level: 0, index });
  }

  root(size = this.size): Buffer {
    if (size > this.size) throw new RangeError(`tree has only ${this.size} leaves`);
    return assembleRoot(size, this.lookup);
  }

  frontierAt(size: number): MerkleFrontier {
    return MerkleFrontier.fromHashes(
      size,
      compactRangeNodes(size).map((c) => this.node(c)),
    );
  }

  inclusionProof(index: number, size = this.size): Buffer[] {
    if (size > this.size) throw new RangeError(`tree has only ${this.size} leaves`);
    return assembleInclusionProof(index, size, this.lookup);
  }

  consistencyProof(m: number, n = this.size): Buffer[] {
    if (n > this.size) throw new RangeError(`tree has only ${this.size} leaves`);
    return assembleConsistencyProof(m, n, this.lookup);
  }

  private store(level: number, index: number, hash: Uint8Array): void {
    while (this.levels.length <= level) {
      this.levels.push(Buffer.alloc(HASH_SIZE * 64));
      this.counts.push(0);
    }
    if (index !== this.counts[level]) throw new Error('nodes must be stored in order');
    let buf = this.levels[level];
    if ((index + 1) * HASH_SIZE > buf.length) {
      const bigger = Buffer.alloc(buf.length * 2);
      buf.copy(bigger);
      this.levels[level] = buf = bigger;
    }
    buf.set(hash, index * HASH_SIZE);
    this.counts[level] = index + 1;
  }
}
