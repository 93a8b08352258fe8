import type { FormatAdapter } from '../adapter.js';
import { detect } from './detect.js';

export const adapter: FormatAdapter = {
  id: 'chat-json',
  channel: 'chat',
  description: 'chat log JSON: a list of messages with a text field (map fields with --columns)',
  detect,
  loadReader: () => import('./read.js'),
};
