import { defineFormat } from '../define-format.js';
import { detect } from './detect.js';

export const adapter = defineFormat({
  id: 'phone-csv',
  channel: 'phone',
  description: 'call-centre notes as CSV (call id, time, direction, phone, note)',
  detect,
  loadReader: () => import('./read.js'),
});
