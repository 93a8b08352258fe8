import { defineFormat } from '../define-format.js';
import { detect } from './detect.js';

export const adapter = defineFormat({
  id: 'text',
  channel: 'text',
  description: 'plain text, one question per line',
  detect,
  loadReader: () => import('./read.js'),
});
