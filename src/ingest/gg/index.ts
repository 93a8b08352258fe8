import { defineFormat } from '../define-format.js';
import { detect } from './detect.js';

export const adapter = defineFormat({
  id: 'gg',
  channel: 'gg',
  description: 'Gadu-Gadu history from Kadu or ekg (one text file per contact)',
  detect,
  loadReader: () => import('./read.js'),
});
