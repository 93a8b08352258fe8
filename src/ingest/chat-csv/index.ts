import { defineFormat } from '../define-format.js';
import { detect } from './detect.js';

export const adapter = defineFormat({
  id: 'chat-csv',
  description: 'chat log CSV with a message text column (map columns with --columns)',
  detect,
  loadReader: () => import('./read.js'),
});
