import type { FormatAdapter } from '../adapter.js';
import { detect } from './detect.js';

export const adapter: FormatAdapter = {
  id: 'livechat',
  channel: 'chat',
  description: 'LiveChat chat archives (Agent Chat API v3 list_archives JSON)',
  detect,
  loadReader: () => import('./read.js'),
};
