/**
 * One top-level catch for every command: findings set the exit code, misuse of the tool exits 2 with
 * a one-line message, and nothing prints a stack trace.
 */
import { HelpRequested, ToolError, UsageError } from '../lib/errors.ts';

export async function main(command: (argv: string[]) => Promise<number>, argv = process.argv.slice(2)): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) stream.on('error', ignoreClosedPipe);
  try {
    process.exitCode = await command(argv);
  } catch (error) {
    if (error instanceof HelpRequested) {
      process.stdout.write(`${error.help}\n`);
      process.exitCode = 0;
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`opsbook: ${error.message}\nRun with --help for usage.\n`);
    } else if (error instanceof ToolError) {
      process.stderr.write(`opsbook: ${error.message}\n`);
      for (const p of error.problems) process.stderr.write(`  ${p.file}:${p.line}:${p.column}  ${p.message}  (${p.rule})\n`);
    } else {
      process.stderr.write(`opsbook: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.OPSBOOK_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    }
    process.exitCode = 2;
  }
}

/**
 * A reader that stops early (`npm run check | head`) closes the pipe: the command carries on and exits
 * with its own code, its output going nowhere, instead of dying on Node's unhandled EPIPE with a stack
 * trace (a build half-way would leave its staging folder behind).
 */
function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
}
