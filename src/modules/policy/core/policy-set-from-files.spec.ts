import { PolicyValidationError } from '../../../platform/policy-files/policy-validation.error';
import { loadPolicySet, policySetFromFiles } from './policy-set.loader';

describe('policySetFromFiles', () => {
  const shipped = loadPolicySet();

  it('rebuilds the same version from the stored contents of a loaded set', () => {
    const again = policySetFromFiles(JSON.parse(JSON.stringify(shipped.files)));
    expect(again.version).toBe(shipped.version);
    expect(again.rules.rules.map((r) => r.id)).toEqual(shipped.rules.rules.map((r) => r.id));
  });

  it('validates as at load: a missing file or an invalid rule names the stored file', () => {
    const { ['rules.yaml']: _rules, ...rest } = shipped.files;
    expect(() => policySetFromFiles(rest)).toThrow(PolicyValidationError);
    const broken = JSON.parse(JSON.stringify(shipped.files)) as Record<
      string,
      { rules: unknown[] }
    >;
    broken['rules.yaml'].rules.push({ id: 'x', nonsense: true });
    expect(() => policySetFromFiles(broken)).toThrow(/policy_load\/rules\.yaml/);
  });
});
