export { decodeEntities, htmlToText, type HtmlSource } from './html-to-text.js';
