export {
  ARCHIVE_ENTRY_SEAL_KIND,
  DATA_KEY_BYTES,
  EnvelopeCryptoError,
  generateDataKey,
  generateMasterKey,
  unwrapKey,
  wrapKey,
  type SealTarget,
} from './envelope-crypto';
export {
  openJson,
  sealJson,
  type DataKey,
  type JsonValue,
  type SealedPayload,
} from './sealed-payload';
