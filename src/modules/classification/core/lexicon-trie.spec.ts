import {
  type HitList,
  LAYER_ENTITY,
  LAYER_INTENT,
  LexiconTrie,
  newScanResult,
  type ScanResult,
} from './lexicon-trie';
import { foldTerm } from './text-normalizer';

const terms = [
  ['attorney', LAYER_INTENT, 1],
  ['attorney general', LAYER_INTENT, 2],
  ['code', LAYER_ENTITY, 3],
  ['zip code', LAYER_ENTITY, 4],
  ['account', LAYER_ENTITY, 5],
  ['my account', LAYER_INTENT, 6],
  ['d.o.b.', LAYER_ENTITY, 7],
  ["can't log in", LAYER_INTENT, 8],
  ['acct#', LAYER_ENTITY, 9],
] as const;

const trie = LexiconTrie.build(
  terms.map(([term, layer, payload]) => ({ term: foldTerm(term), layer, payload })),
);

function scan(text: string): {
  entity: [string, number][];
  intent: [string, number][];
  out: ScanResult;
} {
  const out: ScanResult = newScanResult();
  trie.scan(text, out);
  const list = (h: HitList): [string, number][] =>
    Array.from(
      { length: h.count },
      (_, k) => [text.slice(h.start[k], h.end[k]), h.payload[k]] as [string, number],
    );
  return { entity: list(out.entityHits), intent: list(out.intentHits), out };
}

describe('LexiconTrie', () => {
  it('keeps the longest term at each word start, per layer', () => {
    expect(scan('the Attorney General said').intent).toEqual([['Attorney General', 2]]);
    expect(scan('my attorney said').intent).toEqual([['attorney', 1]]);
  });

  it('drops a hit inside an earlier hit of the same layer, not of the other layer', () => {
    expect(scan('zip code 02110').entity).toEqual([['zip code', 4]]);
    const r = scan('is my account locked');
    expect(r.intent).toEqual([['my account', 6]]);
    expect(r.entity).toEqual([['account', 5]]);
  });

  it('matches whole words only, any whitespace run as one space, any case', () => {
    expect(scan('accounts codes encode').entity).toEqual([]);
    expect(scan('ZIP\n\t CODE').entity).toEqual([['ZIP\n\t CODE', 4]]);
  });

  it('matches terms with punctuation, ending on punctuation without a boundary', () => {
    expect(scan('D.O.B. 1/1/90').entity).toEqual([['D.O.B.', 7]]);
    expect(scan('acct#12345678').entity).toEqual([['acct#', 9]]);
    expect(scan("I can't log in").intent).toEqual([["can't log in", 8]]);
  });

  it('records digit runs and flags in the same pass', () => {
    const { out } = scan('a1 22-333 ? x@y / é');
    expect(
      Array.from({ length: out.digitRuns.count }, (_, k) => [
        out.digitRuns.start[k],
        out.digitRuns.end[k],
      ]),
    ).toEqual([
      [1, 2],
      [3, 5],
      [6, 9],
    ]);
    expect([out.hasDigit, out.hasQuestion, out.hasAt, out.hasSlash, out.hasNonAscii]).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('refuses a term that does not start with a letter or digit', () => {
    expect(() => LexiconTrie.build([{ term: '#tag', layer: LAYER_ENTITY, payload: 0 }])).toThrow(
      /must start/,
    );
  });
});

describe('terms holding characters outside ASCII', () => {
  const wide = LexiconTrie.build(
    [
      ['hasło', 1],
      ['hasłow', 2],
      ['số tài khoản', 3],
      ['비밀번호', 4],
    ].map(([term, payload]) => ({
      term: foldTerm(term as string),
      layer: LAYER_ENTITY,
      payload: payload as number,
    })),
  );
  function entities(text: string): [string, number][] {
    const out = newScanResult();
    wide.scan(text, out);
    const h = out.entityHits;
    return Array.from(
      { length: h.count },
      (_, k) => [text.slice(h.start[k], h.end[k]), h.payload[k]] as [string, number],
    );
  }

  it('match past their first character outside ASCII, and on to the next ones', () => {
    expect(entities('moje hasło to x')).toEqual([['hasło', 1]]);
    expect(entities('HASŁOW x')).toEqual([['HASŁOW', 2]]);
    expect(entities('tiếng việt')).toEqual([]);
    expect(entities('haslx hasł')).toEqual([]);
  });
});

describe('terms inside a run of a script written without spaces', () => {
  const cjk = LexiconTrie.build([
    { term: '账号', layer: LAYER_ENTITY, payload: 1 },
    { term: '律师', layer: LAYER_INTENT, payload: 2 },
  ]);
  function hits(text: string): { entity: string[]; intent: string[] } {
    const out = newScanResult();
    cjk.scan(text, out);
    const slice = (h: typeof out.entityHits): string[] =>
      Array.from({ length: h.count }, (_, k) => text.slice(h.start[k], h.end[k]));
    return { entity: slice(out.entityHits), intent: slice(out.intentHits) };
  }

  it('are found after other words of the run, for both layers', () => {
    expect(hits('我的账号是123')).toEqual({ entity: ['账号是'], intent: [] });
    expect(hits('我的律师会联系你')).toEqual({ entity: [], intent: ['律师'] });
  });

  it('are read at most sixteen times in one run: hundreds of cues in one clause are hostile', () => {
    const { entity } = hits('的' + '账号'.repeat(500));
    expect(entity).toHaveLength(16);
    // Runs split by punctuation are read each on their own.
    expect(hits('的账号，'.repeat(40)).entity).toHaveLength(40);
  });
});
