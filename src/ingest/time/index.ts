export { isKnownTimeZone, parseLocalTime, zonedToUtc } from './local-time.js';
export { epochDate, validDate } from './valid-date.js';
