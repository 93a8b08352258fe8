import { Command, CommanderError } from 'commander';
import { FaqtoryError } from '../errors.js';
import { registerAnswerCommand } from './answer.js';
import { registerBuildCommand } from './build.js';
import { registerClusterCommand } from './cluster.js';
import { registerConfigCommand } from './config.js';
import { registerDemoCommand } from './demo.js';
import { registerImportCommand } from './import.js';
import { registerQuestionsCommand } from './questions.js';
import { registerRunCommand } from './run.js';
import { registerServeCommand } from './serve.js';
import { registerStartCommand } from './start.js';
import { registerTopicsCommand } from './topics.js';
import { registerUserCommand } from './user.js';

export function createProgram(): Command {
  const program = new Command('faqtory')
    .description('Turns the questions customers ask on every channel into a ranked FAQ.')
    .option('--db <file>', 'the database file (default data/faqtory.sqlite, or env FAQTORY_DB)')
    .option('--json', 'machine-readable output on stdout')
    .showHelpAfterError('(run "faqtory --help" to see the commands)')
    .exitOverride();
  for (const register of [
    registerImportCommand,
    registerClusterCommand,
    registerTopicsCommand,
    registerQuestionsCommand,
    registerAnswerCommand,
    registerBuildCommand,
    registerServeCommand,
    registerRunCommand,
    registerUserCommand,
    registerConfigCommand,
    registerDemoCommand,
    registerStartCommand,
  ]) {
    register(program);
  }
  program.commands.forEach((command) => command.exitOverride());
  return program;
}

/**
 * Runs the CLI and returns the exit code: 0 success, 1 some input was rejected, 2 usage error.
 * This is the one place that catches errors: FaqtoryErrors are the user's to fix and are
 * printed as a sentence; anything else is a bug and keeps its stack.
 */
export async function run(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version output are "errors" to commander but success to the user.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof FaqtoryError) {
      process.stderr.write(`faqtory: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`faqtory: unexpected error, please report it:\n${(error as Error).stack ?? String(error)}\n`);
    return 70;
  }
}
