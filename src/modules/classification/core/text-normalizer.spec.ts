import { foldTerm, normalizeText, toOriginalSpan } from './text-normalizer';

describe('normalizeText', () => {
  it('leaves ASCII and unchanged characters alone, with no offset map', () => {
    for (const text of ['plain ascii 123', 'emoji 🙏 and café? no: é is composed', 'naïve']) {
      const n = normalizeText(text);
      if (n.starts === null) expect(n.text).toBe(text);
    }
    const ascii = normalizeText('card 4111 1111');
    expect(ascii.text).toBe('card 4111 1111');
    expect(ascii.starts).toBeNull();
    expect(normalizeText('thanks 🙏').starts).toBeNull();
  });

  it('maps every Unicode decimal digit to its ASCII value', () => {
    expect(normalizeText('４１１１').text).toBe('4111'); // full-width
    expect(normalizeText('٤١١١').text).toBe('4111'); // Arabic-Indic
    expect(normalizeText('۴۱۱۱').text).toBe('4111'); // Extended Arabic-Indic (Persian)
    expect(normalizeText('४१११').text).toBe('4111'); // Devanagari
    expect(normalizeText('৪১১১').text).toBe('4111'); // Bengali
    expect(normalizeText('𝟒𝟏𝟏𝟏').text).toBe('4111'); // mathematical bold (astral)
  });

  it('drops zero-width and bidi controls, makes every space a space and every dash a dash', () => {
    expect(normalizeText('4\u200b1\u200c1\u200d1\u2060\ufeff').text).toBe('4111');
    expect(normalizeText('4\u200e1\u202a1\u202c1\u2066\u2069').text).toBe('4111');
    expect(normalizeText('4111\u00a01111\u202f1111\u20071111').text).toBe('4111 1111 1111 1111');
    expect(normalizeText('123\u2013456\u2014789\u2212').text).toBe('123-456-789-');
  });

  it('folds compatibility forms and strips diacritics', () => {
    expect(normalizeText('ＣＦＰＢ').text).toBe('CFPB');
    expect(normalizeText('Frâud').text).toBe('Fraud');
    expect(normalizeText('e\u0301').text).toBe('e');
    expect(normalizeText('ﬁle').text).toBe('file');
  });

  it('maps normalised spans back to the original UTF-16 offsets', () => {
    const original = 'x ４\u200b１\u200b１\u200b１ y';
    const n = normalizeText(original);
    expect(n.text).toBe('x 4111 y');
    const span = toOriginalSpan(n, 2, 6);
    expect(original.slice(span.start, span.end)).toBe('４\u200b１\u200b１\u200b１');
  });

  it('maps an expansion (one character to several) back to that one character', () => {
    const original = 'aﬁb';
    const n = normalizeText(original);
    expect(n.text).toBe('afib');
    expect(toOriginalSpan(n, 1, 2)).toEqual({ start: 1, end: 2 });
    expect(toOriginalSpan(n, 1, 3)).toEqual({ start: 1, end: 2 });
    expect(toOriginalSpan(n, 3, 4)).toEqual({ start: 2, end: 3 });
  });

  it('maps astral characters by their two code units', () => {
    const original = '🙏 𝟒𝟏';
    const n = normalizeText(original);
    expect(n.text).toBe('🙏 41');
    const span = toOriginalSpan(n, 3, 5);
    expect(original.slice(span.start, span.end)).toBe('𝟒𝟏');
  });
});

describe('foldTerm', () => {
  it('lower-cases, folds and collapses whitespace like the scanner sees text', () => {
    expect(foldTerm('  Date  of\tBirth ')).toBe('date of birth');
    expect(foldTerm('ÁBOGADO')).toBe('abogado');
  });
});
