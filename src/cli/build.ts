import type { Command } from 'commander';
import { buildSite } from '../app/build-site.js';
import { DEFAULT_OUT_DIR, getSetting, SETTING } from '../store/settings.js';
import type { Db } from '../store/database.js';
import { report, withStore } from './context.js';

/** The site folder: --out, then the `site.out_dir` setting, then public/. */
export function resolveOutDir(db: Db, option: string | undefined): string {
  return option ?? getSetting(db, SETTING.siteOutDir) ?? DEFAULT_OUT_DIR;
}

export function registerBuildCommand(program: Command): void {
  program
    .command('build')
    .description('write the static FAQ site from the published answers')
    .option('--out <dir>', `the site folder (default ${DEFAULT_OUT_DIR}/)`)
    .action(async (options: { out?: string }, command: Command) => {
      const result = await withStore(command, (db) => buildSite(db, { outDir: resolveOutDir(db, options.out), trigger: 'cli' }));
      report(command, result, () =>
        result.entries === 0
          ? `Wrote ${result.outDir}/index.html, but no answer is published yet: publish answers in the editor (faqtory serve).`
          : `Wrote ${result.outDir}/index.html with ${result.entries} answer${result.entries === 1 ? '' : 's'}.`,
      );
    });
}
