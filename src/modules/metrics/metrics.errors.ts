import { AppError } from '../../platform/errors/app-error';

export enum MetricsErrorCode {
  KPI_RANGE_INVALID = 'KPI_RANGE_INVALID',
  UNKNOWN_TIME_ZONE = 'UNKNOWN_TIME_ZONE',
  UNKNOWN_TEAM = 'UNKNOWN_TEAM',
  UNKNOWN_REPORT = 'UNKNOWN_REPORT',
  REPLAY_NOT_FOUND = 'REPLAY_NOT_FOUND',
}

export class MetricsError extends AppError<MetricsErrorCode> {}
