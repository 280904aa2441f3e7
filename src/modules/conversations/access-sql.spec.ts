import { subject } from '@casl/ability';
import { rulesToQuery } from '@casl/ability/extra';
import { join } from 'node:path';
import { buildAbility, type AppAbility } from '../../platform/auth/ability.factory';
import { Action, Location, Role, Subject } from '../../platform/auth/access.enums';
import { loadAccessPolicy } from '../../platform/auth/access-policy';
import { abilityQueryToSql, ruleToQuery, UnsupportedConditionError } from './core/ability-sql';

const policy = loadAccessPolicy(join(__dirname, '../../../policies/access.yaml'));
const columns = {
  accountSpecific: 'c.account_specific',
  sensitive: 'c.sensitive',
  assigneeId: 'c.assignee_id',
  status: 'c.status',
};

function ability(roles: Role[], location: Location): AppAbility {
  return buildAbility(policy, { sub: 'u1', name: 'U', roles, location });
}

function sqlFor(a: AppAbility, action = Action.Read, offset = 0) {
  return abilityQueryToSql(
    rulesToQuery(a, action, Subject.Conversation, ruleToQuery),
    columns,
    offset,
  );
}

/** Evaluates the generated SQL on a row the simple way, to compare with CASL's own answer. */
function evaluate(sql: string, params: unknown[], row: Record<string, unknown>): boolean {
  let js = sql
    .replace(/c\.(\w+) IS NULL/g, (_, col: string) => `(row["${col}"] === null)`)
    .replace(
      /c\.(\w+) = \$(\d+)/g,
      (_, col: string, n: string) => `(row["${col}"] === params[${Number(n) - 1}])`,
    )
    .replace(/\bNOT\b/g, '!')
    .replace(/\bAND\b/g, '&&')
    .replace(/\bOR\b/g, '||')
    .replace(/\bTRUE\b/g, 'true')
    .replace(/\bFALSE\b/g, 'false');
  js = `return ${js};`;
  // A spec-only evaluator of SQL this file generated itself from a fixed policy.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('row', 'params', js)(row, params) as boolean;
}

describe('ability conditions as SQL', () => {
  const rows = [false, true].flatMap((accountSpecific) =>
    [false, true].flatMap((sensitive) =>
      [null, 'u1', 'u2'].map((assigneeId) => ({ accountSpecific, sensitive, assigneeId })),
    ),
  );

  it.each([
    ['office agent', [Role.Agent], Location.Office],
    ['remote agent', [Role.Agent], Location.Remote],
    ['compliance officer', [Role.ComplianceOfficer], Location.Remote],
    ['auditor', [Role.Auditor], Location.Office],
  ])('agrees with CASL on every kind of row for a %s', (_, roles, location) => {
    const a = ability(roles, location);
    for (const action of [Action.Read, Action.Assign]) {
      const { sql, params } = sqlFor(a, action);
      for (const r of rows) {
        const dbRow = {
          account_specific: r.accountSpecific,
          sensitive: r.sensitive,
          assignee_id: r.assigneeId,
        };
        expect([action, r, evaluate(sql, params, dbRow)]).toEqual([
          action,
          r,
          a.can(action, subject(Subject.Conversation, { ...r })),
        ]);
      }
    }
  });

  it('hides account-specific and sensitive conversations from a remote agent', () => {
    const { sql, params } = sqlFor(ability([Role.Agent], Location.Remote), Action.Read, 3);
    expect(sql).toContain('NOT');
    expect(sql).toContain('c.account_specific = $');
    expect(sql).toContain('c.sensitive = $');
    expect(sql).toMatch(/\$4/);
    expect(params).toEqual(expect.arrayContaining([true]));
  });

  it('is TRUE for an unconditional grant and FALSE for none', () => {
    expect(sqlFor(ability([Role.Agent], Location.Office)).sql).toBe('TRUE');
    expect(sqlFor(ability([Role.Auditor], Location.Office)).sql).toBe('FALSE');
  });

  it('fails closed on a field or operator it does not know', () => {
    expect(() => abilityQueryToSql({ $or: [{ channel: 'x' }] }, columns)).toThrow(
      UnsupportedConditionError,
    );
    expect(() => abilityQueryToSql({ $or: [{ status: { $regex: 'o' } }] }, columns)).toThrow(
      UnsupportedConditionError,
    );
    expect(abilityQueryToSql({ $or: [{ status: { $in: ['open'] } }] }, columns).sql).toBe(
      '((COALESCE(c.status = ANY($1), false)))',
    );
  });
});
