import type { FormatAdapter } from '../adapter.js';
import { detect } from './detect.js';

export const adapter: FormatAdapter = {
  id: 'messenger',
  channel: 'messenger',
  description: 'Facebook Messenger export (message_N.json)',
  detect,
  loadReader: () => import('./read.js'),
};
