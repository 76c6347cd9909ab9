#!/usr/bin/env node
// The newsgraph command line: registers the commands and holds the single exit point.
import { Command, CommanderError } from 'commander';
import { KgError, UsageError } from '../errors.js';
import { COMMANDS } from './commands.js';

/** Exit codes: 0 ok, 1 failure (including documents that could not be read), 2 usage. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** Thrown by a command to end the process with a given code after it has printed its own message. */
export class ExitError extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'ExitError';
  }
}

/** Builds the commander program with every command registered. */
export function createProgram(): Command {
  const program = new Command('newsgraph')
    .description('Build a knowledge graph of who met, visited and rebuffed whom from news articles.')
    .option('--debug', 'print stack traces on errors')
    .showHelpAfterError()
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof ExitError) return error.exitCode;
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    const debug = program.opts<{ debug?: boolean }>().debug === true || argv.includes('--debug');
    if (error instanceof UsageError) {
      process.stderr.write(`newsgraph: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof KgError) {
      process.stderr.write(`newsgraph: ${error.message}\n`);
      if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
      return EXIT.failure;
    }
    process.stderr.write(`newsgraph: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (debug && (error as Error)?.stack) process.stderr.write(`${(error as Error).stack}\n`);
    else process.stderr.write('newsgraph: run again with --debug for the stack trace, and report it\n');
    return EXIT.failure;
  }
}

let finished = false;
// a run whose work vanished (a promise that can never settle) must not pass for a success
process.on('beforeExit', () => {
  if (finished) return;
  finished = true;
  process.stderr.write('newsgraph: internal error: the run stopped before it finished; run again with --debug and report it\n');
  process.exitCode = EXIT.failure;
});
main(process.argv).then((code) => {
  finished = true;
  process.exitCode = code;
});
