import { ConfigError } from '../errors.js';
import type { Actor } from '../model.js';
import { recordAudit } from '../store/audit-log.js';
import type { Db } from '../store/database.js';
import { deleteSetting, getSetting, setSetting } from '../store/settings.js';
import { requireRole } from './actor.js';
import { parseSettingValue } from './settings-schema.js';
import { ADMIN_ONLY } from './team-rules.js';
import { writeTransaction } from '../store/transaction.js';

/** Every setting that failed its check, by key: nothing was saved. */
export class SettingsError extends ConfigError {
  constructor(readonly problems: ReadonlyMap<string, ConfigError>) {
    super([...problems.values()].map((problem) => problem.message).join(' '), [...problems.keys()][0]);
  }
}

export interface UpdateSettingsInput {
  /** Typed values by setting key; an empty value restores the default. */
  values: Readonly<Record<string, string>>;
  actor: Actor;
}

/**
 * Checks every value against the settings schema and saves them all or none. Returns the keys
 * that changed (recorded in the audit log).
 */
export function updateSettings(db: Db, input: UpdateSettingsInput): string[] {
  requireRole(input.actor, ADMIN_ONLY);
  const parsed = new Map<string, string | null>();
  const problems = new Map<string, ConfigError>();
  for (const [key, raw] of Object.entries(input.values)) {
    try {
      parsed.set(key, parseSettingValue(key, raw));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.set(key, error);
    }
  }
  if (problems.size > 0) throw new SettingsError(problems);
  return writeTransaction(db, () => {
    const changed = [...parsed].filter(([key, value]) => (getSetting(db, key) ?? null) !== value).map(([key]) => key);
    for (const key of changed) {
      const value = parsed.get(key) ?? null;
      if (value === null) deleteSetting(db, key);
      else setSetting(db, key, value);
    }
    if (changed.length > 0) recordAudit(db, { userId: input.actor.id, action: 'settings', details: { keys: changed } });
    return changed;
  });
}
