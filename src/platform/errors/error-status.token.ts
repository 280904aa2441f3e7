/** Injection token for the app's exhaustive code -> HTTP status table. */
export const ERROR_STATUS_TABLE = Symbol('ERROR_STATUS_TABLE');
export type ErrorStatusTable = Readonly<Record<string, number>>;
