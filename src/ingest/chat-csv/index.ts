import type { FormatAdapter } from '../adapter.js';
import { detect } from './detect.js';

export const adapter: FormatAdapter = {
  id: 'chat-csv',
  channel: 'chat',
  description: 'chat log CSV with a message text column (map columns with --columns)',
  detect,
  loadReader: () => import('./read.js'),
};
