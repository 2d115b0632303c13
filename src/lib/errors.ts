/**
 * Every error the tools raise on purpose, in one place. Each is a message for a person, never a stack
 * trace: the commands' one handler (src/cli/main.ts) prints it and exits 2 ("could not run"). Findings
 * about documents are not errors: they are diagnostics (src/lib/diagnostics.ts), exit 1.
 */
import type { LoadProblem } from './handbook.ts';

/** The tool cannot run at all: no policy, an unreadable file, git missing. `problems` carry file positions. */
export class ToolError extends Error {
  readonly problems: LoadProblem[];
  constructor(message: string, problems: LoadProblem[] = []) {
    super(message);
    this.name = 'ToolError';
    this.problems = problems;
  }
}

/** A command was called wrongly (an unknown flag, a bad value); the message says what was expected. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** `-h`/`--help` was given: not a failure; `main` prints the command's help and exits 0. */
export class HelpRequested extends Error {
  readonly help: string;
  constructor(help: string) {
    super('help requested');
    this.name = 'HelpRequested';
    this.help = help;
  }
}

/** Bad input for a new document (`npm run new`): reported as a usage error. */
export class ScaffoldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScaffoldError';
  }
}

/** The pull request's reviews are not a list of reviews (`npm run verify-approvals`): could not run. */
export class ReviewsFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReviewsFormatError';
  }
}
