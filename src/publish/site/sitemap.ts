export interface SitemapPage {
  url: string;
  /** ISO 8601 date or time of the last change. */
  updated: string;
}

function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** sitemap.xml (sitemaps.org 0.9) listing every page of the site. */
export function sitemapXml(pages: readonly SitemapPage[]): string {
  const urls = pages.map(
    (page) => `  <url><loc>${xmlText(page.url)}</loc><lastmod>${xmlText(page.updated.slice(0, 10))}</lastmod></url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: everything may be crawled; it names the sitemap. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
