/**
 * npm run credits -- --policy <id> [--year YYYY] [--status <status>] [--as-of YYYY-MM-DD] [--json] <file>
 *
 * Checks one or more teachers' training records (.xlsx / .csv / .json) against
 * a county policy with the shared credit engine. Manual: docs/cli.md.
 */
import { main } from './cli/main';

main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
}).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    // main() catches everything it expects; this is the last line of defence against a stack trace.
    process.stderr.write(`程序内部错误：${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.DEBUG) process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
    process.exitCode = 3;
  },
);
