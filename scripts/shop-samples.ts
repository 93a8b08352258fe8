import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { importLogs, type FileResult } from '../src/app/index.js';
import { openDatabase, type Db } from '../src/store/database.js';

/** The sample shop's own addresses and name, as its README says to import it. */
export const SAMPLE_SHOP = ['elektron-sklep.example', 'Sklep Elektron'];

/** A row of labels.csv or shop_refs.csv (shop_refs has no intent or language). */
export interface SampleRow {
  channel: string;
  file: string;
  ref: string;
  intent?: string;
  lang?: string;
  /** labels.csv: the customer's opening message as written. */
  opening_text?: string;
}

export function readSampleRows(samplesDir: string, name: 'labels.csv' | 'shop_refs.csv'): SampleRow[] {
  return parse(readFileSync(join(samplesDir, name)), { columns: true, bom: true, skip_empty_lines: true }) as SampleRow[];
}

/** How labels name a message: its file relative to the samples folder, and its ref. */
export function sampleKey(samplesDir: string, file: string, ref: string): string {
  return `${isAbsolute(file) || file.startsWith('..') ? relative(samplesDir, file) : file}\u0000${ref}`;
}

/**
 * Imports the whole samples folder through the real importers into a throw-away store and
 * hands it to `work` before deleting it.
 */
export async function withImportedSamples<T>(samplesDir: string, work: (db: Db, results: FileResult[]) => T): Promise<T> {
  const scratch = mkdtempSync(join(tmpdir(), 'faqtory-samples-'));
  const db = openDatabase(join(scratch, 'samples.sqlite'));
  try {
    const results = await importLogs(db, { paths: [samplesDir], shop: SAMPLE_SHOP });
    return work(db, results);
  } finally {
    db.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
