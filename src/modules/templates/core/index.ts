/**
 * The template renderer and its checks: plain functions with no Nest or
 * database import, used alone by the CLI, the tests and the benchmark.
 */
export * from './helpers';
export * from './library-file';
export * from './line-diff';
export * from './renderer';
export * from './template-settings.schema';
export * from './variables';
