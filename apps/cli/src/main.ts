import 'reflect-metadata';

import { runCli } from './run-cli';

// The operator CLI: `npm run cli -- <command>` (see README "Operations").
runCli(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(`error: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
