import { defineFormat } from '../define-format.js';
import { detect } from './detect.js';

export const adapter = defineFormat({
  id: 'chat-json',
  description: 'chat log JSON: a list of messages with a text field (map fields with --columns)',
  detect,
  loadReader: () => import('./read.js'),
});
