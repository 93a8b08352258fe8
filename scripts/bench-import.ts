import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importLogs } from '../src/app/index.js';
import { openDatabase } from '../src/store/database.js';
import { printTable } from './table.js';
import { writeMbox, writePhoneCsv, writeSkype } from './synthetic-logs.js';

/**
 * Import throughput at 100 MB per format (BENCH_IMPORT_MB to change), each import in its own
 * process so its peak RSS and CPU time are its own. `cat FILE > /dev/null` in the same run is the
 * floor the import is compared with. CPU s counts every thread of the import (the extraction
 * worker too): on a machine shared with other work the wall time says more about the neighbours.
 */
const FORMATS = [
  { name: 'mbox', file: 'bench.mbox', write: writeMbox },
  { name: 'skype', file: 'messages.json', write: writeSkype },
  { name: 'phone-csv', file: 'calls.csv', write: writePhoneCsv },
] as const;

export async function main(): Promise<void> {
  const megabytes = Number(process.env.BENCH_IMPORT_MB ?? 100);
  const dir = mkdtempSync(join(tmpdir(), 'faqtory-bench-import-'));
  const rows: string[][] = [];
  try {
    for (const format of FORMATS) {
      const path = join(dir, format.file);
      await format.write(path, megabytes * 1e6);
      const mb = statSync(path).size / 1e6;
      const catStart = process.hrtime.bigint();
      execFileSync('sh', ['-c', `cat "${path}" > /dev/null`]);
      const catSeconds = Number(process.hrtime.bigint() - catStart) / 1e9;
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', path, join(dir, `${format.name}.sqlite`)], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      });
      if (child.status !== 0) throw new Error(`import of ${format.name} failed:\n${child.stderr}`);
      const result = JSON.parse(child.stdout) as { seconds: number; cpuSeconds: number; messages: number; questions: number; maxRssMb: number };
      rows.push([
        format.name,
        mb.toFixed(0),
        result.messages.toLocaleString('en'),
        result.questions.toLocaleString('en'),
        result.seconds.toFixed(1),
        result.cpuSeconds.toFixed(1),
        (mb / result.seconds).toFixed(1),
        Math.round(result.messages / result.seconds).toLocaleString('en'),
        result.maxRssMb.toFixed(0),
        catSeconds.toFixed(2),
        (result.seconds / catSeconds).toFixed(0),
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(
    `Import throughput (${megabytes} MB per format, 2-core machine)`,
    ['format', 'MB', 'messages', 'questions', 'seconds', 'CPU s', 'MB/s', 'msg/s', 'peak RSS MB', 'cat s', 'import/cat'],
    rows,
  );
}

/** Runs one import in this process and prints its figures as JSON. */
async function child(path: string, dbPath: string): Promise<void> {
  const db = openDatabase(dbPath);
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const [result] = await importLogs(db, { paths: [path], shop: ['sklep.example', '8:live:sklep'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // Every thread of the process (the extraction worker too): on a shared machine the wall time alone misleads.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  db.close();
  if (!result || result.outcome !== 'imported') throw new Error(`not imported: ${result?.reason}`);
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ seconds, cpuSeconds, messages: result.messages, questions: result.questions, maxRssMb }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!);
  else await main();
}
