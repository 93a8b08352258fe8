export { isKnownTimeZone, parseLocalTime, zonedToUtc } from './local-time.js';
