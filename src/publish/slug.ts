import { foldDiacritics } from '../text/fold.js';

/** A readable ASCII anchor id: "Jak zwrócić towar?" -> "jak-zwrocic-towar". */
export function slugify(text: string): string {
  const slug = foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'question';
}

/** Gives each text a slug that no earlier text in the list already took. */
export function uniqueSlugs(texts: readonly string[]): string[] {
  const taken = new Set<string>();
  return texts.map((text) => {
    const base = slugify(text);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}
