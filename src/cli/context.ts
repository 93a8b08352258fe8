import type { Command } from 'commander';
import type { ProgressObserver } from '../app/index.js';
import { openDatabase, resolveDbPath, type Db } from '../store/database.js';

/** Options every command inherits from the program: --db and --json. */
export interface GlobalOptions {
  db?: string;
  json?: boolean;
}

export function globalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

/** Opens the store named by --db / FAQTORY_DB, runs `work`, and always closes it. */
export async function withStore<T>(command: Command, work: (db: Db) => Promise<T> | T): Promise<T> {
  const db = openDatabase(resolveDbPath(globalOptions(command).db));
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/** Human-readable output goes to stderr so that stdout stays clean for --json. */
export function say(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Use cases' progress, printed like every other human line. */
export const progressToTerminal: ProgressObserver = { step: say };

/** Prints `data` as JSON on stdout with --json, otherwise the human text on stderr. */
export function report(command: Command, data: unknown, human: () => string): void {
  if (globalOptions(command).json) {
    process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  } else {
    const text = human();
    if (text) say(text);
  }
}
