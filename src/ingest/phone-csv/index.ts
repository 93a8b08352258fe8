import type { FormatAdapter } from '../adapter.js';
import { detect } from './detect.js';

export const adapter: FormatAdapter = {
  id: 'phone-csv',
  channel: 'phone',
  description: 'call-centre notes as CSV (call id, time, direction, phone, note)',
  detect,
  loadReader: () => import('./read.js'),
};
