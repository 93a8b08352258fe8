import type { Command } from 'commander';
import { DEFAULT_TIMEZONE, importLogs, type FileResult } from '../app/import-logs.js';
import { ConfigError } from '../errors.js';
import { FORMAT_IDS, type FormatId } from '../ingest/registry.js';
import { isKnownTimeZone } from '../ingest/time/index.js';
import { CHANNELS, type Channel } from '../model.js';
import { getShopAddresses } from '../store/settings.js';
import { report, say, withStore } from './context.js';
import { ProgressBar } from './progress.js';

interface ImportCommandOptions {
  format?: string;
  channel?: string;
  shop: string[];
  timezone: string;
  columns: string[];
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import conversation logs (files or folders, searched recursively)')
    .argument('<paths...>', 'files or folders to import')
    .option('--format <id>', `the format, when detection should not decide (${FORMAT_IDS.join(', ')})`)
    .option('--channel <name>', `file the questions under this channel (${CHANNELS.join(', ')})`)
    .option('--shop <address...>', "the shop's own e-mail addresses, domains, user ids or names", [])
    .option('--timezone <zone>', 'time zone of logs that store local times', DEFAULT_TIMEZONE)
    .option('--columns <mapping...>', 'column mapping for CSV/JSON, e.g. text=Message author=From', [])
    .action(async (paths: string[], options: ImportCommandOptions, command: Command) => {
      const format = parseFormat(options.format);
      const channel = parseChannel(options.channel);
      if (!isKnownTimeZone(options.timezone)) {
        throw new ConfigError(`Unknown time zone "${options.timezone}". Use a name such as Europe/Warsaw or Europe/Prague.`);
      }
      const columns = parseColumns(options.columns);
      const results = await withStore(command, async (db) => {
        const shop = [...options.shop, ...getShopAddresses(db)];
        const bar = new ProgressBar();
        return importLogs(
          db,
          { paths, shop, timezone: options.timezone, columns, ...(format ? { format } : {}), ...(channel ? { channel } : {}) },
          {
            fileStarted: (file, _format, bytes) => bar.restart(file, bytes),
            progress: (_file, bytes) => bar.update(bytes),
            fileFinished: (result) => {
              bar.clear();
              say(describe(result));
            },
          },
        );
      });
      report(command, results, () => summarise(results));
      if (results.some((r) => r.outcome === 'rejected')) process.exitCode = 1;
    });
}

function describe(result: FileResult): string {
  switch (result.outcome) {
    case 'imported':
      return `${result.file}: ${result.format}, ${result.messages} messages, ${result.questions} questions` +
        (result.duplicates ? ` (${result.duplicates} messages were already stored)` : '') +
        (result.warning ? `\n  note: ${result.warning}` : '');
    case 'unchanged':
      return `${result.file}: nothing new (${result.reason})`;
    case 'skipped':
      return `${result.file}: skipped (${result.reason})`;
    case 'rejected':
      return `rejected ${result.reason}`;
  }
}

function summarise(results: FileResult[]): string {
  const imported = results.filter((r) => r.outcome === 'imported');
  const rejected = results.filter((r) => r.outcome === 'rejected').length;
  const skipped = results.filter((r) => r.outcome === 'skipped').length;
  const questions = imported.reduce((sum, r) => sum + r.questions, 0);
  let text = `Imported ${imported.length} of ${results.length} files: ${questions} new questions.`;
  if (skipped) text += ` ${skipped} file(s) were skipped as not logs (media, pages, other data).`;
  if (rejected) text += ` ${rejected} file(s) were rejected and nothing of them was stored; fix them and import again.`;
  if (questions) text += ' Run "faqtory cluster" to update the topics.';
  return text;
}

function parseFormat(value: string | undefined): FormatId | undefined {
  if (value === undefined) return undefined;
  if (!(FORMAT_IDS as readonly string[]).includes(value)) {
    throw new ConfigError(`Unknown format "${value}". Formats: ${FORMAT_IDS.join(', ')}.`, 'format');
  }
  return value as FormatId;
}

function parseChannel(value: string | undefined): Channel | undefined {
  if (value === undefined) return undefined;
  if (!(CHANNELS as readonly string[]).includes(value)) {
    throw new ConfigError(`Unknown channel "${value}". Channels: ${CHANNELS.join(', ')}.`, 'channel');
  }
  return value as Channel;
}

function parseColumns(pairs: readonly string[]): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new ConfigError(`--columns takes field=Column pairs, e.g. text=Message (got "${pair}").`);
    columns[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return columns;
}
