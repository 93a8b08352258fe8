import type { FormatAdapter } from '../adapter.js';
import { detect } from './detect.js';

export const adapter: FormatAdapter = {
  id: 'text',
  channel: 'text',
  description: 'plain text, one question per line',
  detect,
  loadReader: () => import('./read.js'),
};
