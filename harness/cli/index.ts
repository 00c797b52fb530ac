// The `godi-golden` command: its subcommands, run by `main`.
export { main } from './main.ts';
