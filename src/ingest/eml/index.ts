import type { FormatAdapter } from '../adapter.js';
import { detect } from './detect.js';

export const adapter: FormatAdapter = {
  id: 'eml',
  channel: 'email',
  description: 'single e-mail message (.eml)',
  detect,
  loadReader: () => import('./read.js'),
};
