export { renderMarkdown } from './markdown.js';
export { renderSite, type FaqJsonEntry, type RenderedSite, type SiteInput, type SiteTemplates } from './render-site.js';
export * from './site/index.js';
export { loadSiteTemplates, TEMPLATES_DIR } from './site-templates.js';
export { recoverSite, SITE_WRITE_STEPS, writeSite, type SiteWriteStep, type WriteSiteOptions } from './write-site.js';
