import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { SubjectIdParamDto } from './dtos/subject-id.dto';
import { assertSubjectId, isSubjectId, SUBJECT_ID_MAX_LENGTH } from './subject-id';

const valid = (subjectId: unknown) =>
  validateSync(plainToInstance(SubjectIdParamDto, { subjectId })).length === 0;

describe('subject ids', () => {
  it.each([
    'x:783214',
    'facebook:1234',
    'generic:crm:42',
    'customer:8812',
    'web_chat:jane.doe@example.com',
    `generic:${'a'.repeat(SUBJECT_ID_MAX_LENGTH - 8)}`,
  ])('accepts %s, in the DTO and in services alike', (id) => {
    expect(isSubjectId(id)).toBe(true);
    expect(valid(id)).toBe(true);
    expect(() => assertSubjectId(id)).not.toThrow();
  });

  it.each([
    ['201 characters', `generic:${'a'.repeat(SUBJECT_ID_MAX_LENGTH - 7)}`],
    ['no namespace', '783214'],
    ['an empty namespace', ':783214'],
    ['an empty id', 'x:'],
    ['a space', 'x:78 3214'],
    ['a slash', 'x:78/3214'],
    ['a NUL', 'x:78\u00003214'],
    ['a percent sign', 'x:78%2F'],
    ['a non-ASCII letter', 'x:josé'],
    ['a number', 783214],
  ])('refuses %s, in the DTO and in services alike, without echoing it', (_what, id) => {
    expect(isSubjectId(id)).toBe(false);
    expect(valid(id)).toBe(false);
    let thrown: unknown;
    try {
      assertSubjectId(id);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(thrown) + String((thrown as Error).message)).not.toContain(String(id));
  });
});
