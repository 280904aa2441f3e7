#!/usr/bin/env node
import 'reflect-metadata';
import { buildCli } from './cli/program';

buildCli()
  .parseAsync(process.argv)
  .catch((err: unknown) => {
    process.stderr.write(`countersign: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = process.exitCode || 1;
  });
