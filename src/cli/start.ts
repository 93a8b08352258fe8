import type { Command } from 'commander';
import { FEEDBACK_PATH } from '../curate/index.js';
import { countSources } from '../store/sources.js';
import { resolveOutDir } from './build.js';
import { demoOnSamples, describeDemo } from './demo.js';
import { say, withStore } from './context.js';
import { serveEditor } from './serve.js';

/**
 * `npm start`: the demo on first run (an existing database is kept as it is), then the editor.
 * Both use the same site folder (the site.out_dir setting, else public/), so /faq/ shows the demo's site.
 */
export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('first run: the demo on the bundled samples; then serve the editor')
    .option('--port <port>', 'port to listen on (default 3000, or env PORT)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(async (options: { port?: string; host: string }, command: Command) => {
      await withStore(command, async (db) => {
        if (countSources(db) === 0) say(describeDemo(await demoOnSamples(db, { outDir: resolveOutDir(db, undefined), feedbackUrl: FEEDBACK_PATH })));
        else say('Using the existing database; run "faqtory demo" to import the samples again.');
      });
      await serveEditor(command, { ...options, demoLogin: true });
    });
}
