import { defineFormat } from '../define-format.js';
import { detect } from './detect.js';

export const adapter = defineFormat({
  id: 'messenger',
  channel: 'messenger',
  description: 'Facebook Messenger export (message_N.json)',
  detect,
  loadReader: () => import('./read.js'),
});
