import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BuildError } from '../errors.js';
import type { SiteTemplates } from './render-site.js';

/** The project's templates/ folder (this file runs from dist/src/publish/). */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/', import.meta.url));

export async function loadSiteTemplates(dir = `${TEMPLATES_DIR}site/`): Promise<SiteTemplates> {
  try {
    const [page, css] = await Promise.all([readFile(`${dir}index.hbs`, 'utf8'), readFile(`${dir}style.css`, 'utf8')]);
    return { page, css };
  } catch (error) {
    throw new BuildError(
      `The site templates are missing from ${dir} (${(error as Error).message}). Reinstall faqtory.`,
      { cause: error },
    );
  }
}
