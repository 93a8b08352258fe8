import { defineFormat } from '../define-format.js';
import { detect } from './detect.js';

export const adapter = defineFormat({
  id: 'mbox',
  channel: 'email',
  description: 'mbox mailbox (Thunderbird, Gmail Takeout, mboxrd)',
  detect,
  loadReader: () => import('./read.js'),
});
