import { canonicalPhone } from '../ingest/phone-csv/phone-number.js';
import { isShopAuthor } from '../ingest/shop/index.js';
import { findPersonalData, redact, type PersonalDataType } from '../text/index.js';

/** Personal data found in what is about to be published. */
export interface SiteLeak {
  topicId: number;
  /** The entry's question (the heading editors wrote), redacted: the report must not spread the data. */
  question: string;
  field: 'question' | 'answer';
  rule: PersonalDataType;
}

/**
 * The shop's own contact data may be published (its e-mail, domain, phone, name): the entries
 * of the `import.shop` setting. Phone numbers are compared in one canonical form.
 */
function isShopContact(found: string, rule: PersonalDataType, shop: readonly string[]): boolean {
  if (rule === 'phone') {
    const phone = canonicalPhone(found);
    return phone !== null && shop.some((entry) => canonicalPhone(entry) === phone);
  }
  return isShopAuthor(found, shop);
}

/**
 * Defence in depth on the way out: customers' data is redacted on import, but an editor may
 * paste a customer's sentence into a heading or an answer. Every published text is checked
 * with the same rules as the redactor; anything but the shop's own contact data is a leak.
 */
export function findSiteLeaks(
  entries: readonly { topicId: number; question: string; bodyMd: string }[],
  shop: readonly string[],
): SiteLeak[] {
  const leaks: SiteLeak[] = [];
  for (const entry of entries) {
    for (const [field, text] of [['question', entry.question], ['answer', entry.bodyMd]] as const) {
      for (const found of findPersonalData(text)) {
        if (!isShopContact(found.match, found.rule, shop)) leaks.push({ topicId: entry.topicId, question: redact(entry.question), field, rule: found.rule });
      }
    }
  }
  return leaks;
}
