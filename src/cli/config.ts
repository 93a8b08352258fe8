import type { Command } from 'commander';
import { OPERATOR } from '../app/actor.js';
import { SETTINGS_SCHEMA, settingSpec } from '../app/settings-schema.js';
import { updateSettings } from '../app/update-settings.js';
import { getSetting, listSettings } from '../store/settings.js';
import { report, withStore } from './context.js';

/**
 * `faqtory config [key] [value]`: shows or changes the settings kept in the store. Values are
 * checked by the same schema as the editor's settings page; an empty value restores the default.
 */
export function registerConfigCommand(program: Command): void {
  program
    .command('config')
    .description('show the settings, or set one: faqtory config site.title "Pomoc"')
    .argument('[key]', 'the setting to show or change')
    .argument('[value]', 'the new value ("" restores the default)')
    .action(async (key: string | undefined, value: string | undefined, _options: unknown, command: Command) => {
      if (key !== undefined) settingSpec(key);
      const rows = await withStore(command, (db) => {
        if (key !== undefined && value !== undefined) updateSettings(db, { values: { [key]: value }, actor: OPERATOR });
        if (key !== undefined) return [{ key, value: getSetting(db, key) ?? null }];
        const stored = new Map(listSettings(db).map((row) => [row.key, row.value]));
        return SETTINGS_SCHEMA.map((spec) => ({ key: spec.key, value: stored.get(spec.key) ?? null }));
      });
      report(command, rows, () =>
        rows.map((row) => `${row.key} = ${row.value ?? '(default)'}\n    ${settingSpec(row.key).description}`).join('\n'),
      );
    });
}
