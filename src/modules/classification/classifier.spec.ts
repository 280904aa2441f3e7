import { loadPolicySet } from '../policy/core';
import { createClassifier, PolicyValidationError } from './core';

describe('createClassifier (countersign/classification)', () => {
  it('loads the shipped policies once and cites their version', () => {
    const classifier = createClassifier();
    expect(classifier.policyVersion).toBe(loadPolicySet().version);
    expect(classifier.classify('card 4111 1111 1111 1111').decision.policyVersion).toBe(
      classifier.policyVersion,
    );
  });

  it('accepts an already loaded policy set', () => {
    const policySet = loadPolicySet();
    const classifier = createClassifier({ policySet });
    expect(classifier.policySet).toBe(policySet);
  });

  it('refuses an invalid policy folder with a PolicyValidationError', () => {
    expect(() => createClassifier({ policiesDir: '/nonexistent/policies' })).toThrow(
      PolicyValidationError,
    );
  });

  it('returns offsets into the text as received and never the value in clear', () => {
    const text = 'Ｈｉ, my card is ４１１１\u200b１１１１ １１１１ １１１１ and SSN 123-45-6789';
    const { entities } = createClassifier().classify(text);
    expect(entities.map((e) => [e.type, text.slice(e.start, e.end)])).toEqual([
      ['CARD_NUMBER', '４１１１\u200b１１１１ １１１１ １１１１'],
      ['SSN', '123-45-6789'],
    ]);
    const serialised = JSON.stringify(entities);
    expect(serialised).not.toMatch(/4111|123-45|6789/);
  });
});
