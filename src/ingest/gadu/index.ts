export { ggMessageKey } from './message-key.js';
