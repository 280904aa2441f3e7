import { createClassifier } from '../../classification/core';
import { loadPolicySet } from '../../policy/core';
import {
  LUHN_BACKSTOP_DETECTOR,
  luhnBackstop,
  screenForStorage,
  storageTreatments,
  type SensitiveSpan,
} from './pan-safe-redaction';

const policy = loadPolicySet();
const classifier = createClassifier({ policySet: policy });
const treatments = storageTreatments(policy.detectors);
const V = policy.version;

function screen(text: string) {
  const { entities } = classifier.classify(text, { channel: 'x', visibility: 'public' });
  return { entities, ...screenForStorage(text, entities, treatments, V) };
}

describe('screenForStorage', () => {
  it('truncates a card number in the stored text and in the sealable original', () => {
    const r = screen('my card 4111 1111 1111 1111 was charged twice, ssn 123-45-6789');
    expect(r.maskedText).not.toMatch(/4111[ -]?1111[ -]?1111/);
    expect(r.maskedText).toContain('•••• 1111');
    expect(r.maskedText).not.toContain('123-45-6789');
    expect(r.sealableOriginal).toContain('123-45-6789');
    expect(r.sealableOriginal).not.toMatch(/4111[ -]?1111[ -]?1111/);
    expect(r.redactions.map((x) => [x.type, x.action])).toEqual([
      ['CARD_NUMBER', 'truncated'],
      ['SSN', 'masked'],
    ]);
    for (const x of r.redactions) {
      expect(x.policyVersion).toBe(V);
      expect(r.maskedText.slice(x.maskedStart, x.maskedEnd)).not.toBe('');
    }
  });

  it('removes credentials from both texts and seals nothing when nothing is sealable', () => {
    const r = screen('card 4111111111111111 cvv 123 and my password is hunter22');
    expect(r.maskedText).not.toContain('hunter22');
    expect(r.maskedText).not.toMatch(/cvv 123/);
    expect(r.sealableOriginal).toBeNull();
    expect(r.redactions.filter((x) => x.action === 'removed').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a text without findings as it is', () => {
    const r = screen('Thanks for the quick help at the branch today!');
    expect(r).toMatchObject({
      maskedText: 'Thanks for the quick help at the branch today!',
      sealableOriginal: null,
      redactions: [],
    });
  });

  it('reports offsets into the received text and into the stored text', () => {
    const text = 'ssn 123-45-6789 ok';
    const spans: SensitiveSpan[] = [
      { type: 'SSN', start: 4, end: 15, detector: 'ssn.ssa', preview: '•••-••-••••' },
    ];
    const r = screenForStorage(text, spans, treatments, V);
    expect(r.maskedText).toBe('ssn •••-••-•••• ok');
    expect(r.redactions[0]).toEqual({
      type: 'SSN',
      detector: 'ssn.ssa',
      start: 4,
      end: 15,
      maskedStart: 4,
      maskedEnd: 15,
      action: 'masked',
      policyVersion: V,
    });
    expect(r.sealableOriginal).toBe(text);

    const two = 'card 4111111111111111 ssn 123-45-6789';
    const r2 = screenForStorage(
      two,
      [
        { type: 'CARD_NUMBER', start: 5, end: 21, detector: 'card.luhn', preview: '' },
        { type: 'SSN', start: 26, end: 37, detector: 'ssn.ssa', preview: '•••-••-••••' },
      ],
      treatments,
      V,
    );
    expect(r2.maskedText).toBe('card •••• 1111 ssn •••-••-••••');
    expect(r2.redactions.map((x) => [x.start, x.end, x.maskedStart, x.maskedEnd])).toEqual([
      [5, 21, 5, 14],
      [26, 37, 19, 30],
    ]);
  });

  it('lets the strictest treatment win when findings overlap', () => {
    const text = 'acct 4111111111111111';
    const spans: SensitiveSpan[] = [
      {
        type: 'BANK_ACCOUNT',
        start: 5,
        end: 21,
        detector: 'account.context',
        preview: '•••• 1111',
      },
    ];
    const r = screenForStorage(text, spans, treatments, V);
    expect(r.maskedText).toBe('acct •••• 1111');
    expect(r.sealableOriginal).toBeNull();
    expect(r.redactions[0].action).toBe('truncated');
  });

  it('follows the policy: a type set to remove is removed, and cards are never sealed', () => {
    const strict = { ...treatments, SSN: 'remove' as const, CARD_NUMBER: 'remove' as const };
    const r = screenForStorage(
      'ssn 123-45-6789 card 4111111111111111',
      [
        { type: 'SSN', start: 4, end: 15, detector: 'ssn.ssa', preview: 'x' },
        { type: 'CARD_NUMBER', start: 21, end: 37, detector: 'card.luhn', preview: 'x' },
      ],
      strict,
      V,
    );
    expect(r.maskedText).toBe('ssn [removed] card [removed]');
    const edited = storageTreatments({
      ...policy.detectors,
      entities: policy.detectors.entities.map((e) =>
        e.type === 'CARD_NUMBER' ? { ...e, storage: 'seal' as const } : e,
      ),
    });
    expect(edited.CARD_NUMBER).toBe('truncate');
  });

  it('defaults: cards truncated, credentials removed, the rest sealed', () => {
    const bare = storageTreatments({
      ...policy.detectors,
      entities: policy.detectors.entities.map(({ storage: _s, ...e }) => e),
    });
    expect(bare).toMatchObject({ CARD_NUMBER: 'truncate', CREDENTIAL: 'remove', SSN: 'seal' });
  });
});

describe('luhnBackstop', () => {
  it('finds card numbers with separators or full-width digits, and leaves other numbers', () => {
    const text = 'a 4111-1111-1111-1111 b ４１１１１１１１１１１１１１１１ c 1234567890123 d';
    const found = luhnBackstop(text, []);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      '4111-1111-1111-1111',
      '４１１１１１１１１１１１１１１１',
    ]);
    expect(found.every((f) => f.detector === LUHN_BACKSTOP_DETECTOR)).toBe(true);
  });

  const plain = (d: string) =>
    [...d]
      .reverse()
      .map(Number)
      .reduce((sum, x, i) => sum + (i % 2 ? (x * 2 > 9 ? x * 2 - 9 : x * 2) : x), 0) %
      10 ===
    0;
  // The same selection as the backstop, by brute force over unseparated digits.
  const reference = (d: string): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    let a = 0;
    while (a + 13 <= d.length) {
      let len = Math.min(19, d.length - a);
      while (len >= 13 && !plain(d.slice(a, a + len))) len--;
      if (len < 13) a++;
      else {
        out.push([a, a + len]);
        a += len;
      }
    }
    return out;
  };

  it('agrees with a plain Luhn check of every window (random runs)', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 300; k++) {
      const digits = Array.from({ length: 13 + Math.floor(rnd() * 40) }, () =>
        String(Math.floor(rnd() * 10)),
      ).join('');
      const found = luhnBackstop(digits, []).map((f) => [f.start, f.end]);
      expect(found).toEqual(reference(digits));
    }
    expect(luhnBackstop('x 4539148803436468 y', []).map((f) => [f.start, f.end])).toEqual(
      reference('4539148803436468').map(([a, b]) => [a + 2, b + 2]),
    );
  });

  // Timings are in the intake benchmark; a backstop that rescanned windows would not
  // finish within the test's timeout on these.
  it('reads a hostile run of digits as the brute-force check does', () => {
    const text = '1234567890'.repeat(25_000);
    expect(luhnBackstop(text, []).map((f) => [f.start, f.end])).toEqual(reference(text));
  });

  it('finds card numbers broken by invisible characters, unusual spaces and dashes, or other digits', () => {
    const groups = ['4539', '1488', '0343', '6467'];
    const digits = (zero: number) => (s: string) =>
      [...s].map((c) => String.fromCharCode(c.charCodeAt(0) - 48 + zero)).join('');
    const variants = [
      groups.join('\u200b'), // zero-width space
      groups.join('\u200c'), // zero-width non-joiner
      groups.join('\u2060'), // word joiner
      groups.join('\ufeff'), // zero-width no-break space
      groups.join('\u00ad'), // soft hyphen
      groups.join('\u00a0'), // no-break space
      groups.join('\u202f'), // narrow no-break space
      groups.join('\u2009'), // thin space
      groups.join('\u3000'), // ideographic space
      groups.join('\u2013'), // en dash
      groups.join('\u2212'), // minus sign
      groups.join('\uff0d'), // full-width hyphen-minus
      groups.join('  '),
      groups.join(' - '),
      groups.join('\u200b \u200b'),
      [...groups.join('')].join('\u200b'),
      groups.map(digits(0xff10)).join(' '),
      groups.map(digits(0x0660)).join(' '), // Arabic-Indic
      groups.map(digits(0x0966)).join(''), // Devanagari
    ];
    for (const v of variants) {
      const text = `my card is ${v} thanks`;
      const found = luhnBackstop(text, []).map((f) => text.slice(f.start, f.end));
      expect([v, found]).toEqual([v, [v]]);
      const { maskedText } = screenForStorage(text, [], treatments, V);
      expect([v, maskedText]).toEqual([v, 'my card is •••• 6467 thanks']);
    }
    // Words between numbers still separate them.
    expect(luhnBackstop('call 4539 1488 or 0343 6467 today', [])).toEqual([]);
  });

  it('skips runs already reported as cards', () => {
    const text = 'x 4111111111111111';
    expect(
      luhnBackstop(text, [
        { type: 'CARD_NUMBER', start: 2, end: 18, detector: 'card.luhn', preview: '' },
      ]),
    ).toEqual([]);
  });
});
