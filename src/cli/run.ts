import type { Command } from 'commander';
import { runPipeline } from '../app/index.js';
import { ConfigError } from '../errors.js';
import { resolveOutDir } from './build.js';
import { describeRun } from './describe-run.js';
import { progressToTerminal, report, withStore } from './context.js';

export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description('the scheduled pipeline, for system cron: import new inbox files, place new questions, rebuild the site if something published changed')
    .option('--once', 'run the pipeline once and exit')
    .option('--out <dir>', 'the site folder (default: the site.out_dir setting, or public/)')
    .action(async (options: { once?: boolean; out?: string }, command: Command) => {
      if (!options.once) {
        throw new ConfigError('"faqtory run" needs --once. To run the pipeline on a schedule, use "faqtory serve", or call "faqtory run --once" from cron.', 'once');
      }
      const summary = await withStore(command, (db) => runPipeline(db, { outDir: resolveOutDir(db, options.out), trigger: 'cron' }, progressToTerminal));
      report(command, summary, () => describeRun(summary));
      if (summary.inbox?.files.some((file) => file.outcome === 'rejected')) process.exitCode = 1;
    });
}
