import { defineFormat } from '../define-format.js';
import { detect } from './detect.js';

export const adapter = defineFormat({
  id: 'livechat',
  description: 'LiveChat chat archives (Agent Chat API v3 list_archives JSON)',
  detect,
  loadReader: () => import('./read.js'),
});
