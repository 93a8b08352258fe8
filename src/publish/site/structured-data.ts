/** One question and its answer as HTML, for schema.org. */
export interface FaqPair {
  question: string;
  answerHtml: string;
}

/** A schema.org FAQPage: the shape search engines read for FAQ rich results. */
export function faqPageJsonLd(pairs: readonly FaqPair[], url: string, lang: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url,
    inLanguage: lang,
    mainEntity: pairs.map((pair) => ({
      '@type': 'Question',
      name: pair.question,
      acceptedAnswer: { '@type': 'Answer', text: pair.answerHtml },
    })),
  };
}

/**
 * JSON that cannot end the surrounding <script> element or open an HTML comment in it: only
 * "</" and "<!" are escaped, so the answers' many tags do not double in size.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/<(?=[/!])/g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
