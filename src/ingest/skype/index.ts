import { defineFormat } from '../define-format.js';
import { detect } from './detect.js';

export const adapter = defineFormat({
  id: 'skype',
  channel: 'skype',
  description: 'Skype export (messages.json, or the exported .tar)',
  detect,
  loadReader: () => import('./read.js'),
});
