export { SubjectsModule } from './subjects.module';
export { SubjectKeysService, type SubjectKeyState } from './subject-keys.service';
export {
  ARCHIVE_ENTRY_SEAL_KIND,
  generateDataKey,
  openJson,
  sealJson,
  type DataKey,
  type JsonValue,
  type SealedPayload,
  type SealTarget,
} from './core';
export { SubjectIdParamDto } from './dtos/subject-id.dto';
export {
  assertSubjectId,
  isSubjectId,
  IsSubjectId,
  SUBJECT_ID_MAX_LENGTH,
  SUBJECT_ID_PATTERN,
} from './subject-id';
