import { CASE_REF_ALPHABET, CASE_REF_PATTERN, newCaseRef } from './case-ref';

describe('case references', () => {
  it('uses digits only, nothing that reads two ways', () => {
    expect(CASE_REF_ALPHABET).toBe('0123456789');
  });

  it('has the documented shape and varies', () => {
    const refs = new Set(Array.from({ length: 2000 }, () => newCaseRef()));
    for (const r of refs) expect(r).toMatch(CASE_REF_PATTERN);
    expect(refs.size).toBeGreaterThan(1990);
  });

  it('draws every character from the alphabet', () => {
    let i = 0;
    const ref = newCaseRef(() => i++ % CASE_REF_ALPHABET.length);
    expect(ref).toBe('CS-0123-4567');
  });
});
