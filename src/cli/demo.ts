import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { runDemo, type DemoInput, type DemoResult } from '../app/index.js';
import type { Db } from '../store/database.js';
import { DEFAULT_OUT_DIR } from '../store/settings.js';
import { resolveOutDir } from './build.js';
import { progressToTerminal, report, withStore } from './context.js';

/** The bundled sample logs (logs/) and answers (answers.json), found relative to the installed package. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../data/samples/', import.meta.url));

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('import the bundled sample logs, cluster, publish sample answers and build the FAQ')
    .option('--out <dir>', `where to write the FAQ site, kept as the site.out_dir setting (default that setting, or ${DEFAULT_OUT_DIR}/)`)
    .action(async (options: { out?: string }, command: Command) => {
      const result = await withStore(command, (db) => demoOnSamples(db, { outDir: resolveOutDir(db, options.out), keepOutDir: options.out !== undefined }));
      report(command, result, () => describeDemo(result));
    });
}

export function describeDemo(result: DemoResult): string {
  const lines = [
    `Demo: ${result.questions} questions from ${result.files} sample files, ${result.topics} topics, ` +
      `${result.published.length} answers published, FAQ written to ${result.site}/`,
  ];
  if (result.login) lines.push(`Demo login created: ${result.login.name} / ${result.login.password}`);
  return lines.join('\n');
}

/** The demo on the samples bundled with the package. */
export function demoOnSamples(db: Db, input: Omit<DemoInput, 'samplesDir'>): Promise<DemoResult> {
  return runDemo(db, { ...input, samplesDir: SAMPLES_DIR }, progressToTerminal);
}
