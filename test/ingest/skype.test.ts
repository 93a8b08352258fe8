import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import tar from 'tar-stream';
import { adapter } from '../../src/ingest/skype/index.js';
import { parseErrorOf, readConversations, readOptions, sampleOf } from '../helpers/read-format.js';

const FIXTURES = 'test/fixtures/chat/skype';
const options = readOptions({ timezone: 'Europe/Prague' });

async function packTar(entries: Record<string, Buffer>): Promise<string> {
  const pack = tar.pack();
  for (const [name, content] of Object.entries(entries)) pack.entry({ name }, content);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  const path = join(await mkdtemp(join(tmpdir(), 'faqtory-skype-')), 'export.tar');
  await writeFile(path, Buffer.concat(chunks));
  return path;
}

describe('skype reader', () => {
  it('keeps typed text only, oldest first, with the export owner as the shop', async () => {
    const [jana, tomasz, ...rest] = await readConversations(adapter, `${FIXTURES}/messages.json`, options);
    expect(rest).to.have.length(0); // the call-log conversation has no text
    expect(jana!.id).to.equal('8:live:jana.kralova');
    expect(jana!.messages.map((m) => [m.ref, m.role])).to.deep.equal([
      ['1709112800222', 'customer'],
      ['1709113200456', 'shop'],
      ['1709113500123', 'customer'],
    ]);
    expect(jana!.messages[0]!.key).to.equal('skype:1709112800222');
    expect(jana!.messages[0]!.sentAt?.toISOString()).to.equal('2024-02-28T09:33:20.222Z');
    expect(tomasz!.messages.map((m) => m.ref)).to.deep.equal(['1709200600000']);
  });

  it('turns Skype markup into plain text and drops quoted messages', async () => {
    const [jana, tomasz] = await readConversations(adapter, `${FIXTURES}/messages.json`, options);
    const texts = jana!.messages.map((m) => m.text);
    expect(texts[0]).to.equal('Dobrý den, kdy odešlete objednávku 2024-118? Platba & doprava proběhly "v pořádku" včera.');
    expect(texts[1]).to.equal('Zásilku předáme dopravci zítra. Sledovat ji můžete zde :)');
    expect(texts[2]).to.equal('Díky, a můžu si ji vyzvednout i na výdejním místě?');
    expect(tomasz!.messages[0]!.text).to.equal('Czy wysyłacie do Polski?');
  });

  it('treats authors matching --shop as the shop too', async () => {
    const [jana] = await readConversations(adapter, `${FIXTURES}/messages.json`, { ...options, shop: ['live:jana.kralova'] });
    expect(jana!.messages.every((m) => m.role === 'shop')).to.equal(true);
  });

  it('reads messages.json straight out of the exported .tar', async () => {
    const json = await readFile(`${FIXTURES}/messages.json`);
    const path = await packTar({ 'endpoints.json': Buffer.from('{}'), 'messages.json': json });
    expect(adapter.detect(await sampleOf(path))).to.equal(true);
    const conversations = await readConversations(adapter, path, options);
    expect(conversations.map((c) => c.id)).to.deep.equal(['8:live:jana.kralova', '8:tomasz.wrobel77']);
  });

  it('rejects a .tar without messages.json', async () => {
    const path = await packTar({ 'notes.txt': Buffer.from('hello') });
    const error = await parseErrorOf(readConversations(adapter, path, options));
    expect(error.reason).to.match(/no messages\.json/);
  });

  it('reports a syntax error with its line', async () => {
    const error = await parseErrorOf(readConversations(adapter, `${FIXTURES}/broken.json`, options));
    expect(error.line).to.equal(14);
    expect(error.reason).to.match(/not valid JSON/);
  });

  it('detects the export by content, not by other chat JSON', async () => {
    expect(adapter.detect(await sampleOf(`${FIXTURES}/messages.json`))).to.equal(true);
    expect(adapter.detect(await sampleOf('test/fixtures/chat/livechat/archives.json'))).to.equal(false);
    expect(adapter.detect(await sampleOf('test/fixtures/chat/chat-json/export.json'))).to.equal(false);
  });

});

describe('skype reader: edited messages', () => {
  it('replaces the corrected message with its edit instead of adding a second message', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'faqtory-skype-edit-'));
    const path = join(dir, 'messages.json');
    const message = (id: number, from: string, content: string) => ({
      id: String(id),
      originalarrivaltime: new Date(id).toISOString(),
      messagetype: 'RichText',
      from,
      content,
    });
    await writeFile(
      path,
      JSON.stringify({
        userId: '8:live:sklep',
        conversations: [
          {
            id: '8:live:ola',
            MessageList: [
              message(1706093798000, '8:live:ola', 'Kiedy wyślecie paczkę?'),
              message(1706093795000, '8:live:ola', 'Edited previous message: Witam<e_m ts="1706093790" a="live:ola" t="61"></e_m>'),
              message(1706093790000, '8:live:ola', 'Witamm'),
            ],
          },
        ],
      }),
    );
    const [conversation] = await readConversations(adapter, path, options);
    expect(conversation!.messages.map((m) => [m.ref, m.text])).to.deep.equal([
      ['1706093790000', 'Witam'],
      ['1706093798000', 'Kiedy wyślecie paczkę?'],
    ]);
  });
});
