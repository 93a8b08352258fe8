export { renderMarkdown } from './markdown.js';
export { renderSite, type SiteEntry, type SiteInput, type SiteTemplates } from './render-site.js';
export { loadSiteTemplates, TEMPLATES_DIR } from './site-templates.js';
export { writeSite } from './write-site.js';
