import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(token: string): string };

/** Porter stemmer for English (from natural). */
export function stemEnglish(word: string): string {
  return porter.stem(word);
}
