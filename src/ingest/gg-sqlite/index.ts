import type { FormatAdapter } from '../adapter.js';
import { detect } from './detect.js';

export const adapter: FormatAdapter = {
  id: 'gg-sqlite',
  channel: 'gg',
  description: "Kadu's history database (history2.db, SQLite)",
  detect,
  loadReader: () => import('./read.js'),
};
