import { createClassifier, loadPolicySet, type PolicySet } from '../index';

/** The shipped policy without its model rules: these specs pin down the lexicon rules' arithmetic. */
function withoutModelRules(set: PolicySet): PolicySet {
  return {
    ...set,
    intents: {
      ...set.intents,
      intents: set.intents.intents.map((i) => ({
        ...i,
        rules: i.rules.filter((r) => r.model === undefined),
      })),
    },
  };
}

const classifier = createClassifier({ policySet: withoutModelRules(loadPolicySet()) });
const intentsOf = (text: string): Record<string, { confidence: number; ruleIds: string[] }> =>
  Object.fromEntries(
    classifier
      .classify(text)
      .intents.map((i) => [i.intent, { confidence: i.confidence, ruleIds: i.ruleIds }]),
  );

/** Weight of an intents.yaml rule, and the confidence of several matched rules together. */
const weight = (ruleId: string): number => {
  for (const intent of classifier.policySet.intents.intents)
    for (const rule of intent.rules) if (rule.id === ruleId) return rule.weight;
  throw new Error(`no intent rule ${ruleId}`);
};
const combined = (...ruleIds: string[]): number =>
  Math.round((1 - ruleIds.reduce((miss, id) => miss * (1 - weight(id)), 1)) * 1000) / 1000;

describe('intents', () => {
  it('flags legal threats with the rule ids that matched', () => {
    const result = intentsOf('If this is not fixed by Friday my lawyer will file a lawsuit');
    expect(result.legal_threat?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(result.legal_threat?.ruleIds).toEqual(['intent.legal.counsel', 'intent.legal.action']);
  });

  it('still flags a negated threat for review, at lower confidence', () => {
    const plain = intentsOf('I am going to sue').legal_threat?.confidence ?? 0;
    const negated =
      intentsOf('I am not going to sue, just want my money back').legal_threat?.confidence ?? 0;
    expect(negated).toBeGreaterThan(0);
    expect(negated).toBeLessThan(plain);
  });

  it('lets a negation act only within its clause and window', () => {
    expect(intentsOf('not happy. I will sue').legal_threat?.confidence).toBe(0.9);
    expect(intentsOf('I will not, under any circumstances, sue').legal_threat?.confidence).toBe(
      0.9,
    );
  });

  it('drops praise that is negated', () => {
    expect(intentsOf('great service, thanks').praise).toEqual({
      confidence: combined('intent.praise.thanks', 'intent.praise.positive'),
      ruleIds: ['intent.praise.thanks', 'intent.praise.positive'],
    });
    expect(intentsOf('not great, no help at all').praise).toBeUndefined();
  });

  it('matches words on boundaries, folding case, diacritics and compatibility forms', () => {
    expect(intentsOf('FRÂUD on my card!').crisis?.confidence).toBe(weight('intent.crisis.fraud'));
    expect(intentsOf('ＣＦＰＢ complaint filed').regulator_mention?.confidence).toBe(
      weight('intent.regulator.federal'),
    );
    expect(intentsOf('the pursuer of happiness').legal_threat).toBeUndefined(); // "sue" inside a word
    expect(intentsOf('my attorney    general complaint').regulator_mention?.ruleIds).toEqual([
      'intent.regulator.state',
    ]);
  });

  // Posts written for this spec: legal words in other inflections or misspelt.
  it.each([
    ['my atty has the statements now, expect a letter', 'intent.legal.counsel'],
    ['talked to a laywer friend of my cousin about the lien', 'intent.legal.counsel'],
    ['sueing you people is the only thing left', 'intent.legal.action'],
    ['half the town is litigating over these overdraft fees', 'intent.legal.action'],
    ['ya tengo listo el pleito contra ustedes', 'intent.legal.action'],
    ['si no me devuelven el cargo los demandaremos', 'intent.legal.action'],
    ['voy a demandarla, su empleada me cobró de más', 'intent.legal.action'],
    ['filing a small claim for the $300 you kept', 'intent.legal.action'],
  ])('reads a legal threat in %j (%s)', (text, rule) => {
    expect(intentsOf(text).legal_threat?.ruleIds).toContain(rule);
    // An action word is a complaint as well; a counsel word alone is too weak for one.
    if (rule === 'intent.legal.action')
      expect(intentsOf(text).complaint?.ruleIds).toContain('intent.complaint.legal-action');
  });

  // Near misses of those words: other words sharing their letters.
  it.each([
    'demandan mucho en la sucursal, siempre hay fila',
    'rendir pleitesía al gerente no es mi estilo',
    'the layer of paint on the atm is peeling',
    'the food court by the mall, is there an ATM?',
    'a smallish claim form, where do I find it?',
  ])('reads no legal threat in %j', (text) => {
    expect(intentsOf(text).legal_threat).toBeUndefined();
  });

  it('reads a regulator named by its social-media handle', () => {
    for (const text of [
      '@NCUAgov please look into this credit union',
      'cc @USOCC @federalreserve',
    ]) {
      expect(intentsOf(text).regulator_mention?.ruleIds).toEqual(['intent.regulator.federal']);
    }
  });

  it('does not read an acronym that prefixes a loan or policy number as a regulator', () => {
    for (const text of ['Loan AG-00418-77 needs a draw', 'policy AG#5521 renewal', 'ref SEC2291']) {
      expect(intentsOf(text).regulator_mention).toBeUndefined();
    }
    expect(intentsOf('I went to the AG - 3 times now').regulator_mention?.ruleIds).toEqual([
      'intent.regulator.sec',
    ]);
  });

  it('treats SEC as a regulator only when written in capitals', () => {
    expect(intentsOf('The SEC should look at this').regulator_mention).toEqual({
      confidence: weight('intent.regulator.sec'),
      ruleIds: ['intent.regulator.sec'],
    });
    expect(intentsOf('one sec, finding the letter').regulator_mention).toBeUndefined();
  });

  it('names regulators and complaint bodies', () => {
    for (const [text, rule] of [
      ['CFPB complaint', 'intent.regulator.federal'],
      ['reported to the NCUA', 'intent.regulator.federal'],
      ['FINRA should look', 'intent.regulator.federal'],
      ['told the BBB', 'intent.regulator.bbb'],
      ['the state attorney general', 'intent.regulator.state'],
    ]) {
      expect(intentsOf(text).regulator_mention).toEqual({
        confidence: weight(rule),
        ruleIds: [rule],
      });
    }
  });

  it('makes a post account-specific from its entities or its wording, and then not a general question', () => {
    expect(
      intentsOf('what is my balance? card 4111 1111 1111 1111').account_specific?.ruleIds,
    ).toContain('intent.account.sensitive-data');
    expect(intentsOf('should I DM you my card number?').account_specific?.confidence).toBe(
      combined('intent.account.own-products', 'intent.account.take-offline'),
    );
    expect(intentsOf('should I DM you my card number?').general_question).toBeUndefined();
    expect(intentsOf('what are your hours on Saturday?').general_question?.confidence).toBe(
      combined('intent.question.mark', 'intent.question.opener'),
    );
  });

  it('needs more than one weak spam signal', () => {
    expect(intentsOf('can I buy crypto with my debit card?').spam).toBeUndefined();
    expect(intentsOf('crypto giveaway, dm for details').spam?.confidence).toBe(
      combined('intent.spam.scam-offer', 'intent.spam.weak-signal'),
    );
  });

  it('returns intents highest confidence first', () => {
    const list = classifier
      .classify('terrible service, I will sue, CFPB next')
      .intents.map((i) => i.confidence);
    expect([...list].sort((a, b) => b - a)).toEqual(list);
  });
});

describe('intent rules of signs (emoji)', () => {
  const shipped = createClassifier();
  const complaintOf = (
    text: string,
    by = classifier,
  ): { confidence: number; ruleIds: string[] } | undefined => {
    const found = by.classify(text).intents.find((i) => i.intent === 'complaint');
    return found && { confidence: found.confidence, ruleIds: found.ruleIds };
  };

  it('reads an eye-roll, a huff or a curse face as a complaint on its own, citing the rule', () => {
    for (const text of [
      'filed the paper form like you asked 🙄',
      'the lobby smells like paint 😤',
      'weekend plans: refreshing the app 🙃',
      'thanks @harborbank 🤬',
      'your new layout 👎',
    ]) {
      expect(complaintOf(text)?.ruleIds).toEqual(['intent.complaint.sign']);
    }
  });

  it('finds a sign inside a sequence (skin tone, gender, joiner) and repeated', () => {
    expect(complaintOf('the statement is late AGAIN 🤦🏽‍♀️')?.ruleIds).toContain(
      'intent.complaint.sign-weak',
    );
    expect(complaintOf('🙄🙄🙄')?.ruleIds).toEqual(['intent.complaint.sign']);
  });

  it('needs another sign beside a red face, a skull, a clown or a slow clap', () => {
    expect(complaintOf('omw to the branch 💀')).toBeUndefined();
    expect(complaintOf('new card just came 👏')).toBeUndefined();
    expect(complaintOf('declined again at the pump 💀')?.ruleIds).toEqual(
      expect.arrayContaining(['intent.complaint.problem', 'intent.complaint.sign-weak']),
    );
  });

  it('leaves posts without these signs as they were, and happy emoji alone', () => {
    expect(complaintOf('got my card today 😊🎉')).toBeUndefined();
    expect(complaintOf('what time does the branch open?')).toBeUndefined();
  });

  it('counts a sign with the intent model as one more piece of evidence', () => {
    const plain = complaintOf('my card got declined four times today, embarrassing', shipped);
    const signed = complaintOf('my card got declined four times today, embarrassing 😤', shipped);
    expect(signed?.ruleIds).toContain('intent.complaint.sign');
    expect(signed?.confidence ?? 0).toBeGreaterThanOrEqual(plain?.confidence ?? 0);
  });

  it('finds a sign at the end of a very long post in linear time', () => {
    expect(complaintOf(`${'fees fees '.repeat(20_000)}🙄`)?.ruleIds).toContain(
      'intent.complaint.sign',
    );
  });

  it('lets a policy give a sign to another intent', () => {
    const base = classifier.policySet;
    const withHeart = createClassifier({
      policySet: {
        ...base,
        intents: {
          ...base.intents,
          intents: base.intents.intents.map((i) =>
            i.id === 'praise'
              ? {
                  ...i,
                  rules: [
                    { id: 'intent.praise.heart', weight: 0.7, symbols: ['\u2764'] },
                    ...i.rules,
                  ],
                }
              : i,
          ),
        },
      },
    });
    const praise = withHeart
      .classify('the teller at Elm St ❤')
      .intents.find((i) => i.intent === 'praise');
    expect(praise?.ruleIds).toContain('intent.praise.heart');
  });
});
