import MiniSearch from 'minisearch';
import { searchOptions, type SearchDocument } from './search-terms.js';

/** The prebuilt search index of one language's entries, as the JSON file the page loads. */
export function searchIndexJson(lang: string, documents: readonly SearchDocument[]): string {
  const index = new MiniSearch<SearchDocument>(searchOptions(lang));
  index.addAll(documents);
  return JSON.stringify(index);
}
