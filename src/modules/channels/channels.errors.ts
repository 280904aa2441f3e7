import { AppError } from '../../platform/errors/app-error';

export enum ChannelsErrorCode {
  /** The platform's signature header is missing or does not match the raw body. */
  WEBHOOK_SIGNATURE_INVALID = 'WEBHOOK_SIGNATURE_INVALID',
  /** A webhook verification handshake that does not present the configured token. */
  WEBHOOK_VERIFICATION_FAILED = 'WEBHOOK_VERIFICATION_FAILED',
  /** No handle in channels.yaml for the platform account or handle id given. */
  UNKNOWN_HANDLE = 'UNKNOWN_HANDLE',
  /** A webhook body that is not a delivery of the platform's format. */
  WEBHOOK_PAYLOAD_INVALID = 'WEBHOOK_PAYLOAD_INVALID',
}

export class ChannelsError extends AppError<ChannelsErrorCode> {}
