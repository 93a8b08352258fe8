import { defineFormat } from '../define-format.js';
import { detect } from './detect.js';

export const adapter = defineFormat({
  id: 'pidgin',
  channel: 'gg',
  description: 'Pidgin chat logs (.txt or .html), e.g. of a Gadu-Gadu account',
  detect,
  loadReader: () => import('./read.js'),
});
