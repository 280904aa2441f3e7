import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  MemoryMerkleTree,
  MerkleFrontier,
  assembleConsistencyProof,
  assembleInclusionProof,
  compactRangeNodes,
  consistencyProofNodes,
  emptyRoot,
  inclusionProofNodes,
  leafHash,
  nodeHash,
  nodeKey,
  rootFromInclusionProof,
  verifyConsistency,
  verifyInclusion,
  type NodeCoord,
} from './merkle';

const hex = (s: string): Buffer => Buffer.from(s, 'hex');

// github.com/transparency-dev/merkle testonly/constants.go: the RFC 6962 reference tree.
const LEAF_INPUTS = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map(hex);
const NODE_HASHES = [
  [
    '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
    '0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7',
    '07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7',
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    '4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658',
    'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
    '46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1',
  ],
  [
    'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
    'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
  ],
  [
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
  ],
  ['5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328'],
];
const ROOT_HASHES = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
// CompactTrees(): the frontier of each size, as [level, index] into NODE_HASHES.
const COMPACT_TREES: [number, number][][] = [
  [],
  [[0, 0]],
  [[1, 0]],
  [
    [1, 0],
    [0, 2],
  ],
  [[2, 0]],
  [
    [2, 0],
    [0, 4],
  ],
  [
    [2, 0],
    [1, 2],
  ],
  [
    [2, 0],
    [1, 2],
    [0, 6],
  ],
  [[3, 0]],
];

// transparency-dev/merkle proof/verify_test.go (leaf numbers there are 1-based).
const INCLUSION_VECTORS: { leaf: number; size: number; proof: string[] }[] = [
  {
    leaf: 1,
    size: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    leaf: 6,
    size: 8,
    proof: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  { leaf: 3, size: 3, proof: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'] },
  {
    leaf: 2,
    size: 5,
    proof: [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
];
const CONSISTENCY_VECTORS: { m: number; n: number; proof: string[] }[] = [
  { m: 1, n: 1, proof: [] },
  {
    m: 1,
    n: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    m: 6,
    n: 8,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    m: 2,
    n: 5,
    proof: [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
  {
    m: 6,
    n: 7,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
];

/** RFC 6962 §2.1 MTH, straight from the definition: an independent oracle. */
function referenceRoot(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return createHash('sha256').digest();
  if (leaves.length === 1) return leaves[0];
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return nodeHash(referenceRoot(leaves.slice(0, k)), referenceRoot(leaves.slice(k)));
}

function flipByte(b: Buffer, at: number): Buffer {
  const c = Buffer.from(b);
  c[at % c.length] ^= 0x01;
  return c;
}

const reference = MemoryMerkleTree.fromLeafData(LEAF_INPUTS);

describe('RFC 6962 reference tree (transparency-dev/merkle testonly)', () => {
  it('hashes every leaf and perfect subtree as published', () => {
    NODE_HASHES.forEach((level, l) =>
      level.forEach((h, i) =>
        expect(reference.node({ level: l, index: i }).toString('hex')).toBe(h),
      ),
    );
  });

  it('has the published root for every size 0..8', () => {
    ROOT_HASHES.forEach((h, size) => expect(reference.root(size).toString('hex')).toBe(h));
    expect(emptyRoot().toString('hex')).toBe(ROOT_HASHES[0]);
  });

  it('keeps the published compact range (frontier) at every size', () => {
    const f = MerkleFrontier.empty();
    COMPACT_TREES.forEach((expected, size) => {
      if (size > 0) f.append(leafHash(LEAF_INPUTS[size - 1]));
      expect(f.hashes.map((h) => h.toString('hex'))).toEqual(
        expected.map(([l, i]) => NODE_HASHES[l][i]),
      );
      expect(compactRangeNodes(size)).toEqual(expected.map(([level, index]) => ({ level, index })));
      expect(f.root().toString('hex')).toBe(ROOT_HASHES[size]);
    });
  });

  it.each(INCLUSION_VECTORS)(
    'builds and verifies the published inclusion proof for leaf $leaf of $size',
    (v) => {
      const index = v.leaf - 1;
      const proof = reference.inclusionProof(index, v.size);
      expect(proof.map((p) => p.toString('hex'))).toEqual(v.proof);
      const leaf = leafHash(LEAF_INPUTS[index]);
      const root = hex(ROOT_HASHES[v.size]);
      expect(verifyInclusion(index, v.size, leaf, v.proof.map(hex), root)).toBe(true);

      // transparency-dev corruptInclusionProof probes
      const probes: [number, number, Buffer, Buffer[], Buffer][] = [
        [index - 1, v.size, leaf, proof, root],
        [index + 1, v.size, leaf, proof, root],
        [index ^ 2, v.size, leaf, proof, root],
        [index, v.size * 2, leaf, proof, root],
        [index, Math.floor(v.size / 2), leaf, proof, root],
        [index, v.size, Buffer.from('WrongLeaf'), proof, root],
        [index, v.size, leaf, proof, emptyRoot()],
        [index, v.size, leaf, [...proof, Buffer.alloc(0)], root],
        [index, v.size, leaf, [...proof, root], root],
        [index, v.size, leaf, [Buffer.alloc(0), ...proof], root],
        [index, v.size, leaf, [root, ...proof], root],
        [index, v.size, leaf, proof.slice(0, -1), root],
        ...proof.map((_, i): [number, number, Buffer, Buffer[], Buffer] => [
          index,
          v.size,
          leaf,
          proof.map((p, j) => (i === j ? flipByte(p, 0) : p)),
          root,
        ]),
      ];
      for (const [i, n, l, p, r] of probes) expect(verifyInclusion(i, n, l, p, r)).toBe(false);
    },
  );

  it.each(CONSISTENCY_VECTORS)(
    'builds and verifies the published consistency proof $m -> $n',
    (v) => {
      const proof = reference.consistencyProof(v.m, v.n);
      expect(proof.map((p) => p.toString('hex'))).toEqual(v.proof);
      const r1 = hex(ROOT_HASHES[v.m]);
      const r2 = hex(ROOT_HASHES[v.n]);
      expect(verifyConsistency(v.m, v.n, v.proof.map(hex), r1, r2)).toBe(true);
      if (proof.length === 0) return;
      const probes: [number, number, Buffer, Buffer, Buffer[]][] = [
        [v.m - 1, v.n, r1, r2, proof],
        [v.m + 1, v.n, r1, r2, proof],
        [v.m ^ 2, v.n, r1, r2, proof],
        [v.m, v.n * 2, r1, r2, proof],
        [v.m, Math.floor(v.n / 2), r1, r2, proof],
        [v.m, v.n, Buffer.from('WrongRoot'), r2, proof],
        [v.m, v.n, r1, Buffer.from('WrongRoot'), proof],
        [v.m, v.n, r2, r1, proof],
        [v.m, v.n, r1, r2, []],
        [v.m, v.n, r1, r2, [...proof, Buffer.alloc(0)]],
        [v.m, v.n, r1, r2, [...proof, r1]],
        [v.m, v.n, r1, r2, [...proof, r2]],
        [v.m, v.n, r1, r2, [Buffer.alloc(0), ...proof]],
        [v.m, v.n, r1, r2, [r1, ...proof]],
        [v.m, v.n, r1, r2, [r2, ...proof]],
        [v.m, v.n, r1, r2, [proof[0], ...proof]],
        [v.m, v.n, r1, r2, proof.slice(0, -1)],
        ...proof.map((_, i): [number, number, Buffer, Buffer, Buffer[]] => [
          v.m,
          v.n,
          r1,
          r2,
          proof.map((p, j) => (i === j ? flipByte(p, 4) : p)),
        ]),
      ];
      for (const [m, n, a, b, p] of probes) expect(verifyConsistency(m, n, p, a, b)).toBe(false);
    },
  );

  it('verifies the transparency-dev testdata consistency/1/happy-path.json vector (base64)', () => {
    const proof = [
      'lqKW0iTyhcZ77pPDD4owkVfw2qNdxbh+QQt4YwoJz8c=',
      'Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=',
      'a0eq8p7jwq+a+Im8H7klTavTEXfxYjLdaqsDXKOb9uQ=',
    ].map((b) => Buffer.from(b, 'base64'));
    const root1 = Buffer.from('bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=', 'base64');
    const root2 = Buffer.from('XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=', 'base64');
    expect(verifyConsistency(1, 8, proof, root1, root2)).toBe(true);
  });

  it('follows the transparency-dev edge cases for consistency', () => {
    const dc1 = Buffer.from("don't care 1");
    const dc2 = Buffer.from("don't care 2");
    const e = emptyRoot();
    const cases: [number, number, Buffer, Buffer, Buffer[], boolean][] = [
      [0, 0, dc1, dc2, [], false],
      [1, 1, dc1, dc2, [], false],
      [0, 0, dc1, dc1, [], true],
      [0, 1, dc1, dc2, [], true],
      [1, 1, dc2, dc2, [], true],
      [1, 0, dc1, dc2, [], false],
      [2, 1, dc1, dc2, [], false],
      [1, 2, dc1, dc2, [], false],
      [0, 0, e, dc2, [], false],
      [1, 1, e, dc2, [], false],
      [0, 0, e, e, [e], false],
      [0, 1, e, e, [e], false],
      [1, 1, e, e, [e], false],
    ];
    for (const [m, n, a, b, p, ok] of cases) expect(verifyConsistency(m, n, p, a, b)).toBe(ok);
  });

  it('rejects inclusion probes outside the tree', () => {
    const some = hex('abacaba000000000000000000000000000000000000000000060061e00123456');
    for (const [i, n] of [
      [0, 0],
      [1, 0],
      [2, 1],
    ]) {
      expect(verifyInclusion(i, n, some, [], emptyRoot())).toBe(false);
    }
    const single = leafHash(Buffer.from('data'));
    expect(verifyInclusion(0, 1, single, [], single)).toBe(true);
    expect(verifyInclusion(0, 1, single, [], Buffer.alloc(0))).toBe(false);
  });
});

describe('MerkleFrontier', () => {
  it('reports every perfect subtree exactly once, when it completes', () => {
    const f = MerkleFrontier.empty();
    const seen = new Map<string, string>();
    for (const data of LEAF_INPUTS) {
      for (const n of f.append(leafHash(data))) {
        expect(seen.has(nodeKey(n))).toBe(false);
        seen.set(nodeKey(n), n.hash.toString('hex'));
      }
    }
    const expected = new Map<string, string>();
    NODE_HASHES.slice(1).forEach((level, l) =>
      level.forEach((h, i) => expected.set(`${l + 1}:${i}`, h)),
    );
    expect(seen).toEqual(expected);
  });

  it('serializes to canonical JSON and resumes where it stopped', () => {
    const whole = MerkleFrontier.empty();
    const first = MerkleFrontier.empty();
    const leaves = Array.from({ length: 37 }, (_, i) => leafHash(Buffer.from(`leaf ${i}`)));
    leaves.forEach((l) => whole.append(l));
    leaves.slice(0, 21).forEach((l) => first.append(l));
    const text = first.serialize();
    expect(text).toBe(JSON.stringify({ hashes: first.toState().hashes, size: 21 }));
    const resumed = MerkleFrontier.deserialize(text);
    const nodesAfter = leaves.slice(21).flatMap((l) => resumed.append(l));
    expect(resumed.size).toBe(37);
    expect(resumed.root()).toEqual(whole.root());
    expect(nodesAfter.every((n) => (n.index + 1) * 2 ** n.level > 21)).toBe(true);
    expect(MerkleFrontier.fromState(resumed.toState()).root()).toEqual(whole.root());
    expect(resumed.nodes().map((n) => [n.level, n.index])).toEqual([
      [5, 0],
      [2, 8],
      [0, 36],
    ]);
  });

  it('rejects a state whose hash count does not match its size', () => {
    const h = leafHash(Buffer.from('x')).toString('base64');
    expect(() => MerkleFrontier.fromState({ size: 3, hashes: [h] })).toThrow(RangeError);
    expect(() => MerkleFrontier.fromState({ size: 1, hashes: ['not base64!'] })).toThrow(TypeError);
    expect(() => MerkleFrontier.deserialize('{"size":-1,"hashes":[]}')).toThrow(RangeError);
  });

  it('computes node indexes beyond 2^32 exactly', () => {
    const size = 2 ** 33 - 1;
    const h = leafHash(Buffer.from('x'));
    const f = MerkleFrontier.fromHashes(
      size,
      Array.from({ length: 33 }, () => h),
    );
    const nodes = f.append(h);
    expect(nodes).toHaveLength(33);
    nodes.forEach((n, i) => {
      expect(n.level).toBe(i + 1);
      expect(n.index).toBe(2 ** 33 / 2 ** n.level - 1);
    });
    expect(f.size).toBe(2 ** 33);
    expect(f.hashes).toHaveLength(1);
  });
});

describe('proofs from stored perfect subtrees', () => {
  it('names only perfect subtrees inside the tree, O(log n) of them', () => {
    const index = 2 ** 40 + 12345;
    const size = 2 ** 41 + 2 ** 20 + 7;
    const inTree = (c: NodeCoord): boolean => (c.index + 1) * 2 ** c.level <= size;
    const inc = inclusionProofNodes(index, size);
    expect(inc.every(inTree)).toBe(true);
    expect(inc.length).toBeLessThanOrEqual(2 * 42);
    const con = consistencyProofNodes(index, size);
    expect(con.every(inTree)).toBe(true);
    expect(con.length).toBeLessThanOrEqual(2 * 43);
  });

  it('returns the root from the assembled inclusion proof', () => {
    const proof = reference.inclusionProof(4, 7);
    expect(rootFromInclusionProof(4, 7, reference.leafHash(4), proof)).toEqual(reference.root(7));
  });

  it('fails clearly when a node is missing from the lookup', () => {
    expect(() =>
      assembleInclusionProof(0, 8, (c) => {
        if (c.level === 2) throw new Error(`node ${nodeKey(c)} missing`);
        return reference.node(c);
      }),
    ).toThrow('node 2:1 missing');
    expect(() => assembleConsistencyProof(9, 8, reference.lookup)).toThrow(RangeError);
    expect(() => inclusionProofNodes(8, 8)).toThrow(RangeError);
  });
});

describe('properties on random trees', () => {
  const leavesArb = fc.array(fc.uint8Array({ minLength: 0, maxLength: 24 }), {
    minLength: 1,
    maxLength: 40,
  });

  it('agrees with the RFC definition for every size, and every proof verifies within the size bound', () => {
    fc.assert(
      fc.property(leavesArb, (data) => {
        const tree = MemoryMerkleTree.fromLeafData(data);
        const leaves = data.map((d) => leafHash(d));
        for (let n = 1; n <= leaves.length; n++) {
          const root = tree.root(n);
          expect(root).toEqual(referenceRoot(leaves.slice(0, n)));
          const bound = Math.ceil(Math.log2(n));
          for (let i = 0; i < n; i++) {
            const p = tree.inclusionProof(i, n);
            expect(p.length).toBeLessThanOrEqual(bound);
            expect(verifyInclusion(i, n, leaves[i], p, root)).toBe(true);
          }
          for (let m = 0; m <= n; m++) {
            const p = tree.consistencyProof(m, n);
            expect(p.length).toBeLessThanOrEqual(bound + 1);
            expect(verifyConsistency(m, n, p, tree.root(m), root)).toBe(true);
          }
        }
      }),
      { numRuns: 15 },
    );
  });

  it('rejects any flipped byte in the proof, the leaf or the root (inclusion)', () => {
    fc.assert(
      fc.property(leavesArb, fc.nat(), fc.nat(), fc.nat(), (data, a, b, at) => {
        const tree = MemoryMerkleTree.fromLeafData(data);
        const size = 1 + (a % data.length);
        const index = b % size;
        const leaf = tree.leafHash(index);
        const root = tree.root(size);
        const proof = tree.inclusionProof(index, size);
        expect(verifyInclusion(index, size, flipByte(leaf, at), proof, root)).toBe(false);
        expect(verifyInclusion(index, size, leaf, proof, flipByte(root, at))).toBe(false);
        if (proof.length > 0) {
          const k = at % proof.length;
          const bad = proof.map((p, j) => (j === k ? flipByte(p, at >> 3) : p));
          expect(verifyInclusion(index, size, leaf, bad, root)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('rejects any flipped byte in the proof or either root (consistency)', () => {
    fc.assert(
      fc.property(leavesArb, fc.nat(), fc.nat(), fc.nat(), (data, a, b, at) => {
        fc.pre(data.length >= 2);
        const tree = MemoryMerkleTree.fromLeafData(data);
        const n = 2 + (a % (data.length - 1));
        const m = 1 + (b % (n - 1));
        const proof = tree.consistencyProof(m, n);
        const r1 = tree.root(m);
        const r2 = tree.root(n);
        expect(verifyConsistency(m, n, proof, flipByte(r1, at), r2)).toBe(false);
        expect(verifyConsistency(m, n, proof, r1, flipByte(r2, at))).toBe(false);
        const k = at % proof.length;
        const bad = proof.map((p, j) => (j === k ? flipByte(p, at >> 3) : p));
        expect(verifyConsistency(m, n, bad, r1, r2)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
