import { CASE_REF_ALPHABET, CASE_REF_PATTERN, newCaseRef } from './case-ref';

describe('case references', () => {
  it('uses no look-alike characters', () => {
    for (const c of '01OILU') expect(CASE_REF_ALPHABET).not.toContain(c);
    expect(new Set(CASE_REF_ALPHABET).size).toBe(CASE_REF_ALPHABET.length);
  });

  it('has the documented shape and varies', () => {
    const refs = new Set(Array.from({ length: 2000 }, () => newCaseRef()));
    for (const r of refs) expect(r).toMatch(CASE_REF_PATTERN);
    expect(refs.size).toBe(2000);
  });

  it('draws every character from the alphabet', () => {
    let i = 0;
    const ref = newCaseRef(() => i++ % CASE_REF_ALPHABET.length);
    expect(ref).toBe('CS-2345-6789');
  });
});
