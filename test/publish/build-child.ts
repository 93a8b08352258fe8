/**
 * A site build in its own process, for the test that kills it with SIGKILL: it builds into
 * argv[3] from the store argv[2] and, on reaching the write step argv[4], says so on stdout and
 * waits there for its end.
 */
import { buildSite } from '../../src/app/index.js';
import { openDatabase } from '../../src/store/database.js';

const [dbPath, outDir, stopAt] = process.argv.slice(2);
const db = openDatabase(dbPath!);
await buildSite(db, {
  outDir: outDir!,
  trigger: 'child',
  onWriteStep: (step) => {
    if (step !== stopAt) return;
    process.stdout.write(`at ${step}\n`);
    return new Promise<void>(() => setInterval(() => undefined, 1000));
  },
});
