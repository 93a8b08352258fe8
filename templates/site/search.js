// Search as you type over the language's prebuilt index. Without JavaScript the page shows
// every entry and the search box stays hidden.
import MiniSearch from './minisearch.js';
import { searchOptions } from './publish/site/search-terms.js';

const box = document.querySelector('.faq-search');
if (box) start(box).catch(() => { box.hidden = true; });

async function start(box) {
  const response = await fetch(box.dataset.index);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  const index = MiniSearch.loadJSON(await response.text(), searchOptions(box.dataset.lang));
  const input = box.querySelector('input');
  const entries = Array.from(document.querySelectorAll('.faq-entry'));
  const tocItems = new Map(Array.from(document.querySelectorAll('.faq-toc a[href^="#"]'), (link) => [link.hash.slice(1), link.parentElement]));
  const categories = Array.from(document.querySelectorAll('.faq-category'));
  const tocCategories = Array.from(document.querySelectorAll('.faq-toc-category'));
  const noMatch = document.querySelector('.faq-no-match');

  function show(query) {
    const found = query.trim() ? new Set(index.search(query).map((result) => result.id)) : null;
    for (const entry of entries) {
      const hidden = found !== null && !found.has(entry.id);
      entry.hidden = hidden;
      const item = tocItems.get(entry.id);
      if (item) item.hidden = hidden;
    }
    for (const group of [...categories, ...tocCategories]) {
      group.hidden = !group.querySelector('.faq-entry:not([hidden]), li li:not([hidden])');
    }
    noMatch.hidden = found === null || found.size > 0;
    // The address says what was searched, so it can be shared or bookmarked.
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  }

  input.value = new URLSearchParams(location.search).get('q') ?? '';
  input.addEventListener('input', () => show(input.value));
  box.hidden = false;
  show(input.value);
}
