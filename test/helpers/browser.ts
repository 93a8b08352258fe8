import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, installed by .ci/run; playwright-core never downloads a browser of its own. */
export const CHROMIUM = '/usr/bin/chromium';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Headless Chromium with the flags this machine needs (no background networking: the sandbox
 * has no network). Skips the calling suite, saying why, when Chromium is not installed.
 */
export async function launchChromium(suite: Mocha.Context): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    console.warn(`    Skipping the browser test: ${CHROMIUM} is not installed (apt-get install chromium).`);
    suite.skip();
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** axe-core's violations on the page as it is now, one line each: "rule: selectors". */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  // Written as a string: the test compiles without the DOM types, and axe exists only in the page.
  return page.evaluate<string[]>(
    "axe.run().then((result) => result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))",
  );
}
