import { defineFormat } from '../define-format.js';
import { detect } from './detect.js';

export const adapter = defineFormat({
  id: 'eml',
  channel: 'email',
  description: 'single e-mail message (.eml)',
  detect,
  loadReader: () => import('./read.js'),
});
