import { Command, CommanderError } from 'commander';
import { FaqtoryError } from '../errors.js';
/** Adds one command (its options, help and action) to the program. */
type RegisterCommand = (program: Command) => void;

/**
 * Every command by name, loaded when needed: `faqtory cluster` loads clustering and the store,
 * not the web server, the importers' language detector or the site generator, so it starts
 * faster and holds less memory. Listed in the order help shows them.
 */
const COMMANDS: Record<string, () => Promise<RegisterCommand>> = {
  import: async () => (await import('./import.js')).registerImportCommand,
  cluster: async () => (await import('./cluster.js')).registerClusterCommand,
  topics: async () => (await import('./topics.js')).registerTopicsCommand,
  questions: async () => (await import('./questions.js')).registerQuestionsCommand,
  answer: async () => (await import('./answer.js')).registerAnswerCommand,
  build: async () => (await import('./build.js')).registerBuildCommand,
  serve: async () => (await import('./serve.js')).registerServeCommand,
  run: async () => (await import('./run.js')).registerRunCommand,
  user: async () => (await import('./user.js')).registerUserCommand,
  config: async () => (await import('./config.js')).registerConfigCommand,
  demo: async () => (await import('./demo.js')).registerDemoCommand,
  start: async () => (await import('./start.js')).registerStartCommand,
};

/** Options of the program itself that take a value: the word after them is not a command. */
const VALUE_OPTIONS = new Set(['--db']);

/**
 * The program with the command `argv` names, or with all of them when it names none it knows
 * (help, and commander's "unknown command" message, list every command).
 */
export async function createProgram(argv: readonly string[]): Promise<Command> {
  const program = new Command('faqtory')
    .description('Turns the questions customers ask on every channel into a ranked FAQ.')
    .option('--db <file>', 'the database file (default data/faqtory.sqlite, or env FAQTORY_DB)')
    .option('--json', 'machine-readable output on stdout')
    .showHelpAfterError('(run "faqtory --help" to see the commands)')
    .exitOverride();
  const named = commandName(argv.slice(2));
  const wanted = named !== undefined && named in COMMANDS ? [named] : Object.keys(COMMANDS);
  for (const register of await Promise.all(wanted.map((name) => COMMANDS[name]!()))) register(program);
  program.commands.forEach((command) => command.exitOverride());
  return program;
}

function commandName(args: readonly string[]): string | undefined {
  for (let k = 0; k < args.length; k++) {
    const arg = args[k]!;
    if (VALUE_OPTIONS.has(arg)) k++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

/**
 * Runs the CLI and returns the exit code: 0 success, 1 some input was rejected, 2 usage error.
 * This is the one place that catches errors: FaqtoryErrors are the user's to fix and are
 * printed as a sentence; anything else is a bug and keeps its stack.
 */
export async function run(argv: readonly string[]): Promise<number> {
  const program = await createProgram(argv);
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
