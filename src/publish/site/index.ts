export { searchOptions, type SearchDocument } from './search-terms.js';
export { DEFAULT_SITE_SETTINGS, DEFAULT_SITE_URL, resolveSiteSettings, type SiteColours, type SiteEntry, type SiteSettings } from './settings.js';
export { faqPageJsonLd, jsonForScript } from './structured-data.js';
export { siteWords, type SiteWords } from './words.js';
