import { defineFormat } from '../define-format.js';
import { detect } from './detect.js';

export const adapter = defineFormat({
  id: 'smartsupp',
  description: 'Smartsupp conversation JSON, one conversation per file',
  detect,
  loadReader: () => import('./read.js'),
});
