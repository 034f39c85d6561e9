#!/usr/bin/env node
// Entry point of the `sluitstuk` command. Runs the compiled JavaScript in dist/cli, rebuilding it first when a
// source file changed (scripts/build-cli.mjs); `--help` reads the prebuilt summaries and loads no command.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../dist/cli/', import.meta.url));
const { isFresh, buildCli } = await import('../scripts/build-cli.mjs');
let stamp = '';
try {
  stamp = readFileSync(`${out}stamp.json`, 'utf8');
} catch {
  // Not built yet.
}
if (!isFresh(stamp)) await buildCli();
const argv = process.argv.slice(2);
const first = argv[0];
if (argv.length <= 1 && (first === undefined || first === '--help' || first === '-h' || first === 'help')) {
  const { overview, cliLanguage } = await import(new URL('../dist/cli/help.mjs', import.meta.url).href);
  const summaries = JSON.parse(readFileSync(`${out}commands.json`, 'utf8'));
  process.stdout.write(overview(summaries, cliLanguage(process.env)));
  process.exitCode = first ? 0 : 2;
} else {
  const { main } = await import(new URL('../dist/cli/main.mjs', import.meta.url).href);
  process.exitCode = await main(argv);
}
