/**
 * Every TypeORM entity of the app, listed once so that the DataSource of the
 * service, the CLI and the tests load the same set without file globs.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ENTITIES: Function[] = [];
