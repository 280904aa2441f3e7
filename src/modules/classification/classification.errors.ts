import { AppError } from '../../platform/errors/app-error';

export enum ClassificationErrorCode {
  UNKNOWN_CHANNEL = 'UNKNOWN_CHANNEL',
}

export class ClassificationError extends AppError<ClassificationErrorCode> {}
