import { decisionDifferences, decisionFacts, neverKeptTypes } from './replay-diff';

describe('replay diff', () => {
  it('compares decisions whatever the order of lists', () => {
    const a = decisionFacts({ actions: ['b', 'a'], priority: 'high', ruleIds: ['r2', 'r1'] });
    const b = decisionFacts({
      actions: ['a', 'b'],
      priority: 'high',
      ruleIds: ['r1', 'r2'],
      signoffRoles: [],
    });
    expect(decisionDifferences(a, b)).toEqual([]);
    const c = decisionFacts({ actions: ['a'], priority: 'urgent', ruleIds: ['r1'] });
    expect(decisionDifferences(a, c)).toEqual(['actions', 'priority', 'ruleIds']);
  });

  it('lists the types of values never kept', () => {
    expect(
      neverKeptTypes([
        { type: 'CARD_NUMBER', action: 'truncated' },
        { type: 'CREDENTIAL', action: 'removed' },
        { type: 'EMAIL', action: 'masked' },
        { type: 'CARD_NUMBER', action: 'truncated' },
      ]),
    ).toEqual(['CARD_NUMBER', 'CREDENTIAL']);
    expect(neverKeptTypes(undefined)).toEqual([]);
  });
});
