import type { FormatAdapter } from '../adapter.js';
import { detect } from './detect.js';

export const adapter: FormatAdapter = {
  id: 'mbox',
  channel: 'email',
  description: 'mbox mailbox (Thunderbird, Gmail Takeout, mboxrd)',
  detect,
  loadReader: () => import('./read.js'),
};
