#!/usr/bin/env node
// Entry point of the `godi-golden` command: loads the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../harness/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
