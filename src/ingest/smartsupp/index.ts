import type { FormatAdapter } from '../adapter.js';
import { detect } from './detect.js';

export const adapter: FormatAdapter = {
  id: 'smartsupp',
  channel: 'chat',
  description: 'Smartsupp conversation JSON, one conversation per file',
  detect,
  loadReader: () => import('./read.js'),
};
