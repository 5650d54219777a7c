#!/usr/bin/env node
// The `pulse` command (package.json "bin"): runs the TypeScript CLI through tsx, so `npx pulse`
// works straight after `npm install`, with no build step. The CLI itself is analysis/cli/main.ts.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../analysis/cli/main.ts');
const { processIo } = await import('../analysis/cli/cli-io.ts');

// `pulse … | head` closes stdout early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await runCli(process.argv.slice(2), processIo());
