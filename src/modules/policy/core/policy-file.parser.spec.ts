import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsString, Min, ValidateNested } from 'class-validator';
import { parsePolicyFile } from '../../../platform/policy-files/policy-file.parser';
import { PolicyValidationError } from '../../../platform/policy-files/policy-validation.error';
import { RulesPolicySchema } from './rules-policy.schema';

class GrantSchema {
  @IsIn(['read', 'write'], { message: 'must be one of read, write' })
  action!: string;

  @IsString()
  subject!: string;
}

class AccessSchema {
  @IsInt()
  @Min(1)
  version!: number;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => GrantSchema)
  grants!: GrantSchema[];
}

describe('parsePolicyFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-parse-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  const failure = (fn: () => unknown): PolicyValidationError => {
    try {
      fn();
    } catch (err) {
      if (err instanceof PolicyValidationError) return err;
      throw err;
    }
    throw new Error('expected a PolicyValidationError');
  };

  it('returns a typed instance of any schema class (generic, reusable for access.yaml)', () => {
    const file = write(
      'access.yaml',
      'version: 2\ngrants:\n  - { action: read, subject: Message }\n',
    );
    const parsed = parsePolicyFile(file, AccessSchema);
    expect(parsed).toBeInstanceOf(AccessSchema);
    expect(parsed.grants[0]).toBeInstanceOf(GrantSchema);
    expect(parsed.grants[0]?.subject).toBe('Message');
  });

  it('names file, 1-based line, path and reason for a bad enum value deep in an array', () => {
    const file = write(
      'access.yaml',
      [
        'version: 1',
        'grants:',
        '  - action: read',
        '    subject: A',
        '  - action: delete',
        '    subject: B',
        '',
      ].join('\n'),
    );
    const err = failure(() => parsePolicyFile(file, AccessSchema));
    expect(err.path).toBe('grants[1].action');
    expect(err.line).toBe(5);
    expect(err.reason).toBe('must be one of read, write');
    expect(err.message).toBe(`${err.file}:5 grants[1].action: must be one of read, write`);
  });

  it('rejects unknown properties with their path and line', () => {
    const file = write('access.yaml', 'version: 1\ngrants: []\nextra: true\n');
    const err = failure(() => parsePolicyFile(file, AccessSchema));
    expect(err.path).toBe('extra');
    expect(err.line).toBe(3);
    expect(err.reason).toMatch(/not a known property/);
  });

  it('points a missing property at the object that lacks it', () => {
    const file = write('access.yaml', 'version: 1\ngrants:\n  - action: read\n');
    const err = failure(() => parsePolicyFile(file, AccessSchema));
    expect(err.path).toBe('grants[0].subject');
    expect(err.line).toBe(3);
  });

  it('reports YAML syntax errors with their line', () => {
    const file = write('access.yaml', 'version: 1\ngrants:\n  - action: read\n   subject: [oops\n');
    const err = failure(() => parsePolicyFile(file, AccessSchema));
    expect(err.reason).toMatch(/^invalid YAML/);
    expect(err.line).toBeGreaterThanOrEqual(3);
    expect(err.path).toBe('');
  });

  it('rejects duplicate keys and a non-mapping document', () => {
    expect(
      failure(() =>
        parsePolicyFile(write('a.yaml', 'version: 1\nversion: 2\ngrants: []\n'), AccessSchema),
      ).reason,
    ).toMatch(/invalid YAML/);
    expect(
      failure(() => parsePolicyFile(write('b.yaml', '- 1\n- 2\n'), AccessSchema)).reason,
    ).toMatch(/mapping/);
    expect(failure(() => parsePolicyFile(join(dir, 'missing.yaml'), AccessSchema)).reason).toMatch(
      /cannot be read/,
    );
  });

  it('reports a rule action error at the action itself, e.g. rules[1].actions[0]', () => {
    const file = write(
      'rules.yaml',
      [
        'signoffRoles: [legal]',
        'defaultPriority: normal',
        'rules:',
        '  - id: A',
        '    when: { visibility: public }',
        '    actions: [route_offline]',
        '  - id: B',
        '    when: { visibility: public }',
        '    actions:',
        '      - escalate_to_ceo',
        '      - { priority: whenever }',
        '',
      ].join('\n'),
    );
    const err = failure(() => parsePolicyFile(file, RulesPolicySchema));
    expect(err.message).toMatch(
      /rules\.yaml:10 rules\[1\]\.actions\[0\]: must be one of route_offline, require_signoff, block_public_reply, priority, hide_public_post/,
    );
    expect(err.issues.map((i) => i.path)).toEqual(['rules[1].actions[0]', 'rules[1].actions[1]']);
    expect(err.issues[1]?.reason).toMatch(/priority must be one of low, normal, high, urgent/);
    expect(err.issues[1]?.line).toBe(11);
  });
});
