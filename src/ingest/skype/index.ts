import type { FormatAdapter } from '../adapter.js';
import { detect } from './detect.js';

export const adapter: FormatAdapter = {
  id: 'skype',
  channel: 'skype',
  description: 'Skype export (messages.json, or the exported .tar)',
  detect,
  loadReader: () => import('./read.js'),
};
