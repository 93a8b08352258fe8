import type { Command } from 'commander';
import { ConfigError } from '../errors.js';
import { getSetting, listSettings, setSetting, SETTING_DESCRIPTIONS } from '../store/settings.js';
import { report, withStore } from './context.js';

/** `faqtory config [key] [value]`: shows or changes the settings kept in the store. */
export function registerConfigCommand(program: Command): void {
  program
    .command('config')
    .description('show the settings, or set one: faqtory config site.title "Pomoc"')
    .argument('[key]', 'the setting to show or change')
    .argument('[value]', 'the new value')
    .action(async (key: string | undefined, value: string | undefined, _options: unknown, command: Command) => {
      if (key !== undefined && !(key in SETTING_DESCRIPTIONS)) {
        throw new ConfigError(`There is no setting "${key}". Settings: ${Object.keys(SETTING_DESCRIPTIONS).join(', ')}.`);
      }
      const rows = await withStore(command, (db) => {
        if (key !== undefined && value !== undefined) setSetting(db, key, value);
        if (key !== undefined) return [{ key, value: getSetting(db, key) ?? null }];
        const stored = new Map(listSettings(db).map((row) => [row.key, row.value]));
        return Object.keys(SETTING_DESCRIPTIONS).map((name) => ({ key: name, value: stored.get(name) ?? null }));
      });
      report(command, rows, () =>
        rows.map((row) => `${row.key} = ${row.value ?? '(default)'}\n    ${SETTING_DESCRIPTIONS[row.key]}`).join('\n'),
      );
    });
}
