import { ApiProperty } from '@nestjs/swagger';
import { IsSubjectId, SUBJECT_ID_MAX_LENGTH, SUBJECT_ID_PATTERN } from '../subject-id';

/** A route's `:subjectId` path parameter. */
export class SubjectIdParamDto {
  @ApiProperty({
    example: 'x:783214',
    maxLength: SUBJECT_ID_MAX_LENGTH,
    pattern: SUBJECT_ID_PATTERN.source,
    description: 'The data subject: `<platform>:<authorId>` or another `<namespace>:<id>`',
  })
  @IsSubjectId()
  subjectId!: string;
}
