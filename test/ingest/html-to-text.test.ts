import { expect } from 'chai';
import { htmlToText } from '../../src/ingest/html/index.js';

describe('htmlToText', () => {
  it('reads a mail body: line breaks from tags only, quotes as "> " lines', () => {
    const html =
      '<html><head><style>p { margin: 0 }</style></head><body><p>Dobr&#253;&nbsp;den,\n   kdy p&#x159;ijde z&#225;silka?</p>' +
      '<blockquote><p>Objedn&#225;vka odesl&#225;na &ndash; Kol&#225;rna</p></blockquote></body></html>';
    expect(htmlToText(html)).to.equal('Dobrý den, kdy přijde zásilka?\n\n> Objednávka odeslána – Kolárna');
  });

  it('reads chat markup: typed newlines kept, Skype quotes of others dropped, same entities', () => {
    const markup = '<quote author="shop">Dobrý den</quote>Ano,&nbsp;mám zájem\nkdy to bude &amp; za kolik?';
    expect(htmlToText(markup, 'message')).to.equal('Ano, mám zájem\nkdy to bude & za kolik?');
  });
});
