import { classifyCompiled, compileClassifier } from '../../classification/core';
import { screenForStorage, storageTreatments, LUHN_BACKSTOP_DETECTOR } from '../../channels/core';
import { loadPolicySet } from '../../policy/core';
import { withNeverKeptValues } from './never-kept';

const set = loadPolicySet();
const classifier = compileClassifier(set);
const context = { channel: 'x', visibility: 'public' as const };
const classify = (text: string) => classifyCompiled(classifier, text, context);

/** What the intake stores for a post: the masked text, the sealable original, the redaction records. */
function intake(text: string) {
  const found = classify(text);
  return {
    decision: found.decision,
    ...screenForStorage(text, found.entities, storageTreatments(set.detectors), set.version),
  };
}

describe('withNeverKeptValues', () => {
  it.each([
    'hi there, 4539 1488 0343 6467 thanks',
    'hi there, 4539148803436467 thanks',
    'card 4539-1488-0343-6467 please',
    'my online banking password is Hunter2!x and it does not work',
    'the pin i set is 4471, the card is 4539 1488 0343 6467',
  ])('puts back a value of each never-kept type where it was: %s', (text) => {
    const stored = intake(text);
    expect(stored.redactions.length).toBeGreaterThan(0);
    const rebuilt = withNeverKeptValues(
      stored.maskedText,
      false,
      stored.redactions,
      (t) => classify(t).entities,
    );
    if (!rebuilt.ok) throw new Error(`not rebuilt: ${rebuilt.reason}`);
    expect(rebuilt.text).toHaveLength(text.length);
    const again = classify(rebuilt.text);
    // The same entity types at the same offsets, so the same decision.
    const spans = (r: ReturnType<typeof classify>) =>
      r.entities.map((e) => `${e.type}:${e.start}-${e.end}`).sort();
    expect(spans(again)).toEqual(spans(classify(text)));
    expect(again.decision.ruleIds).toEqual(stored.decision.ruleIds);
    expect(again.decision.actions).toEqual(stored.decision.actions);
    // Only synthetic values: nothing of the original card number comes back.
    expect(rebuilt.text).not.toContain('0343');
  });

  it('rebuilds from a sealed original, where sealed values are whole and never-kept ones replaced', () => {
    const text = 'email me at jo@example.com, card 4539 1488 0343 6467';
    const stored = intake(text);
    expect(stored.sealableOriginal).not.toBeNull();
    const rebuilt = withNeverKeptValues(
      stored.sealableOriginal ?? '',
      true,
      stored.redactions,
      (t) => classify(t).entities,
    );
    if (!rebuilt.ok) throw new Error(`not rebuilt: ${rebuilt.reason}`);
    expect(rebuilt.injected).toEqual(['CARD_NUMBER']);
    expect(rebuilt.text).toContain('jo@example.com');
    expect(classify(rebuilt.text).decision.ruleIds).toEqual(stored.decision.ruleIds);
  });

  it("leaves a card only the intake's Luhn backstop saw as stored: the decision never saw it", () => {
    const stored = {
      text: 'ref •••• 6467 ok',
      redactions: [
        {
          type: 'CARD_NUMBER',
          detector: LUHN_BACKSTOP_DETECTOR,
          start: 4,
          end: 23,
          maskedStart: 4,
          maskedEnd: 13,
          action: 'truncated',
        },
      ],
    };
    const rebuilt = withNeverKeptValues(stored.text, false, stored.redactions, () => []);
    expect(rebuilt).toEqual({ ok: true, text: stored.text, injected: [] });
  });

  it('says so when the replaying classifier recognises no value of the type, or a record cannot be placed', () => {
    const stored = intake('hi there, 4539 1488 0343 6467 thanks');
    expect(withNeverKeptValues(stored.maskedText, false, stored.redactions, () => [])).toEqual({
      ok: false,
      reason: 'never_kept_value_unrecognised',
      type: 'CARD_NUMBER',
    });
    const unplaceable = stored.redactions.map((r) => ({ ...r, maskedStart: 500, maskedEnd: 509 }));
    expect(
      withNeverKeptValues(stored.maskedText, false, unplaceable, (t) => classify(t).entities),
    ).toEqual({ ok: false, reason: 'redaction_unreadable' });
  });
});
