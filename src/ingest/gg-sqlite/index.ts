import { defineFormat } from '../define-format.js';
import { detect } from './detect.js';

export const adapter = defineFormat({
  id: 'gg-sqlite',
  channel: 'gg',
  description: "Kadu's history database (history2.db, SQLite)",
  detect,
  loadReader: () => import('./read.js'),
});
