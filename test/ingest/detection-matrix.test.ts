import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { adapters, type FormatId } from '../../src/ingest/registry.js';
import { sampleOf } from '../helpers/read-format.js';

const FIXTURES = 'test/fixtures';

/**
 * The format of every fixture, or null for files no detector may claim (inputs of other stages,
 * files that need --format or --columns). A new fixture must be listed here.
 */
const EXPECTED: Readonly<Record<string, FormatId | null>> = {
  'broken/2024-03-08.100000+0100CET.html': 'pidgin',
  'broken/48555666': 'gg',
  'broken/cut-row.csv': 'chat-csv',
  'broken/cut.eml': 'eml',
  'broken/empty.txt': null,
  'broken/pytania-uszkodzone.txt': 'text',
  'broken/pytania-utf16-nobom.txt': 'text',
  'broken/pytania-utf16.txt': 'text',
  'broken/skype-cp1250.json': 'skype',
  'broken/swallowed-row.csv': 'chat-csv',
  'chat/chat-csv/cizojazycne.csv': 'chat-csv',
  'chat/chat-csv/konverzace-cp1250.csv': 'chat-csv',
  'chat/chat-csv/no-text-column.csv': null,
  'chat/chat-csv/rozmowy.csv': 'chat-csv',
  'chat/chat-csv/subdomain-agents.csv': 'chat-csv',
  'chat/chat-csv/unclosed-quote.csv': 'chat-csv',
  'chat/chat-json/broken.json': 'chat-json',
  'chat/chat-json/export.json': 'chat-json',
  'chat/chat-json/plain-list.json': 'chat-json',
  'chat/livechat/archives.json': 'livechat',
  'chat/livechat/broken.json': 'livechat',
  'chat/messenger-export/start_here.html': null,
  'chat/messenger-export/your_facebook_activity/messages/audio/audioclip_1709550000.wav': null,
  'chat/messenger-export/your_facebook_activity/messages/autofill_information.json': null,
  'chat/messenger-export/your_facebook_activity/messages/inbox/ewaszymanska_4410/message_1.json': 'messenger',
  'chat/messenger/broken.json': 'messenger',
  'chat/messenger/e2ee/Marek_Dvorak_12.json': 'messenger',
  'chat/messenger/inbox/janakralova_7730112845/message_1.json': 'messenger',
  'chat/messenger/inbox/pavelnovak_5120394871/message_1.json': 'messenger',
  'chat/skype/broken.json': 'skype',
  'chat/skype/messages.json': 'skype',
  'chat/smartsupp/Kq3vT8LmZa.json': 'smartsupp',
  'chat/smartsupp/truncated.json': 'smartsupp',
  'chat/smartsupp/export/lucie/data.json': 'smartsupp',
  'chat/smartsupp/export/tomas/data.json': 'smartsupp',
  'chat/smartsupp/webhook/a/data.json': 'smartsupp',
  'chat/smartsupp/webhook/b/data.json': 'smartsupp',
  'cli/broken-calls.csv': 'phone-csv',
  'cli/dotazy.txt': 'text',
  'cli/phone-notes.csv': 'phone-csv',
  'cluster/answered-questions.csv': null,
  'cluster/questions.csv': null,
  'cluster/questions.json': null,
  'cluster/small-question-beside-large.csv': null,
  'email/binary.eml': null,
  'email/bom.mbox': 'mbox',
  'email/envelope.eml': 'mbox',
  'email/mime-only.eml': 'eml',
  'email/netscape.mbox': 'mbox',
  'email/richtext.eml': 'eml',
  'email/unindented-fold.eml': 'eml',
  'email/broken.mbox': 'mbox',
  'email/mboxrd.mbox': 'mbox',
  'email/not-mail.mbox': 'mbox',
  'email/outlook-reply.eml': 'eml',
  'email/thunderbird.mbox': 'mbox',
  'gg/48123456': 'gg',
  'gg/broken-time-7007007': 'gg',
  'gg/pidgin/2011-12-09.011343-0800PST.html': 'pidgin',
  'gg/pidgin/2023-09-04.235810+0200CEST.txt': 'pidgin',
  'gg/pidgin/2023-09-05.100000+0200CEST.html': 'pidgin',
  'gg/pidgin/2024-03-06.140211+0100CET.txt': 'pidgin',
  'gg/pidgin/2024-03-07.093000+0100CET.html': 'pidgin',
  'gg/pidgin/2024-03-08.101500+0100CET.txt': 'pidgin',
  'gg/pidgin/2024-03-09.120000+0100CET.txt': 'pidgin',
  'gg/pidgin/broken-time.txt': 'pidgin',
  'phone/broken-quotes.csv': 'phone-csv',
  'phone/calls-custom.tsv': null,
  'phone/hovory-cs.csv': 'phone-csv',
  'phone/notatki-rozmow.csv': 'phone-csv',
  'phone/rozmowy-data-godzina.csv': 'phone-csv',
  'pipeline/pytania-poniedzialek.txt': 'text',
  'replies/chats.json': 'chat-json',
  'replies/consistency/zwroty-czat.json': 'chat-json',
  'replies/consistency/zwroty.mbox': 'mbox',
  'replies/import/inbox.mbox': 'mbox',
  'replies/import/kontakt-chat.json': 'chat-json',
  'replies/import/sent.mbox': 'mbox',
  'replies/import/telefony.csv': 'phone-csv',
  'replies/returns-chat.json': 'chat-json',
  'replies/returns.mbox': 'mbox',
  'replies/thread.mbox': 'mbox',
  'text/list-footer.eml': 'eml',
  'text/messenger/inbox/annakowalska_880211/message_1.json': 'messenger',
  'text/otazky-bom.txt': 'text',
  'text/shop-announcement.eml': 'eml',
  // The import page unpacks zips before detection: no format may claim the archive itself.
  'upload/eksport-sklepu.zip': null,
  'upload/pytania-klientow.txt': 'text',
  'upload/zip-slip.zip': null,
};

/** Fixture folders that hold inputs of later stages (site entries, templates, PII sets), not logs. */
const NOT_LOGS = new Set(['site', 'pii']);

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return folder === FIXTURES && NOT_LOGS.has(entry.name) ? [] : filesUnder(path);
    return [relative(FIXTURES, path)];
  });
}

describe('format detection matrix', () => {
  it('has an expectation for every fixture', () => {
    expect(filesUnder(FIXTURES).sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: ${expected ? `claimed by ${expected} alone` : 'claimed by no format'}`, async () => {
      const sample = await sampleOf(join(FIXTURES, file));
      const claimedBy = adapters.filter((adapter) => adapter.detect(sample)).map((adapter) => adapter.id);
      expect(claimedBy).to.deep.equal(expected ? [expected] : []);
    });
  }
});
