import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildError } from '../errors.js';
import type { SiteTemplates } from './render-site.js';

/** The project's templates/ folder (this file runs from dist/src/publish/). */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/', import.meta.url));
const BUILT_IN_DIR = `${TEMPLATES_DIR}site/`;

const PAGES = { page: 'index.hbs', entry: 'entry.hbs', chooser: 'chooser.hbs', notFound: '404.hbs' } as const;
const PARTIALS = ['head', 'header', 'footer', 'feedback'] as const;

/**
 * The compiled modules the search script imports, relative to dist/src/: the browser processes
 * queries with the very code that built the index. Copied under assets/ with the same layout,
 * so their relative imports still resolve.
 */
const SEARCH_MODULES = [
  'text/fold.js',
  'text/lang/suffix-stripper.js',
  'text/lang/stem-pl.js',
  'text/lang/stem-cs.js',
  'publish/site/search-terms.js',
];
const COMPILED_SRC = fileURLToPath(new URL('../', import.meta.url));

/** A shop's own copy of a template when it has one, the built-in one otherwise. */
async function readTemplate(name: string, shopDir: string | undefined): Promise<string> {
  if (shopDir) {
    try {
      return await readFile(join(shopDir, name), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new BuildError(`The site template ${join(shopDir, name)} cannot be read (${(error as Error).message}).`, { cause: error });
      }
    }
  }
  try {
    return await readFile(join(BUILT_IN_DIR, name), 'utf8');
  } catch (error) {
    throw new BuildError(`The site template ${name} is missing from ${BUILT_IN_DIR} (${(error as Error).message}). Reinstall faqtory.`, {
      cause: error,
    });
  }
}

/** A script as the site serves it: without the source-map comment that points into dist/. */
async function readScript(path: string): Promise<string> {
  try {
    return (await readFile(path, 'utf8')).replace(/^\/\/# sourceMappingURL=.*$/m, '').trimEnd() + '\n';
  } catch (error) {
    throw new BuildError(`The search script ${path} is missing (${(error as Error).message}). Reinstall faqtory.`, { cause: error });
  }
}

/**
 * Reads the site templates: `templatesDir` (a shop's own copies) first, the built-in ones for
 * any file it does not have; plus the search script and the modules it needs.
 */
export async function loadSiteTemplates(templatesDir?: string): Promise<SiteTemplates> {
  const read = (name: string) => readTemplate(name, templatesDir);
  const [page, entry, chooser, notFound] = await Promise.all(Object.values(PAGES).map(read));
  const partialSources = await Promise.all(PARTIALS.map((name) => read(`${name}.partial.hbs`)));
  const [css, search, moved] = await Promise.all([read('style.css'), read('search.js'), read('moved.js')]);
  const modules = await Promise.all(SEARCH_MODULES.map((path) => readScript(join(COMPILED_SRC, path))));
  const assets: Record<string, string> = {
    'assets/search.js': search,
    'assets/moved.js': moved,
    'assets/minisearch.js': await readScript(fileURLToPath(import.meta.resolve('minisearch'))),
  };
  SEARCH_MODULES.forEach((path, index) => (assets[`assets/${path}`] = modules[index]!));
  return {
    page: page!,
    entry: entry!,
    chooser: chooser!,
    notFound: notFound!,
    partials: Object.fromEntries(PARTIALS.map((name, index) => [name, partialSources[index]!])),
    css,
    assets,
  };
}
