import type { SiteSettingsInput } from '../publish/site/settings.js';
import type { Db } from '../store/database.js';
import { getSetting, SETTING } from '../store/settings.js';

/** Leaves out what is not set, so that the renderer's defaults apply there. */
function setOnly<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** The site settings an administrator set: shop name, logo, colours, footer, contact, address, languages, templates. */
export function loadSiteSettings(db: Db): SiteSettingsInput {
  const value = (key: string): string | undefined => getSetting(db, key)?.trim() || undefined;
  const languages = value(SETTING.siteLanguages)
    ?.toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  return setOnly({
    title: value(SETTING.siteTitle),
    shopName: value(SETTING.shopName),
    logoUrl: value(SETTING.siteLogo),
    footerMarkdown: value(SETTING.siteFooter),
    contactUrl: value(SETTING.siteContact),
    siteUrl: value(SETTING.siteUrl),
    languages,
    templatesDir: value(SETTING.siteTemplates),
    defaultLang: value(SETTING.siteLang),
    colours: setOnly({
      primary: value(SETTING.siteColourPrimary),
      text: value(SETTING.siteColourText),
      background: value(SETTING.siteColourBackground),
    }),
  });
}
