/**
 * Checks against the labelled shop logs beside the project (../shared/samples). They are their
 * own suite (`npm run test:samples`) because a clone without ../shared must still pass `npm test`;
 * here a missing folder is a failure, never a silent skip.
 */
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { adapter as gg } from '../../src/ingest/gg/index.js';
import { adapter as mbox } from '../../src/ingest/mbox/index.js';
import { adapter as phoneCsv } from '../../src/ingest/phone-csv/index.js';
import { adapter as skype } from '../../src/ingest/skype/index.js';
import { readConversations, readOptions } from '../helpers/read-format.js';

const SAMPLES = process.env.FAQTORY_SAMPLES ?? '../shared/samples';

/** `channel,file,ref,...` rows of a label file for one channel. */
async function rows(file: string, channel: string): Promise<string[][]> {
  return (await readFile(`${SAMPLES}/${file}`, 'utf8'))
    .split('\n')
    .filter((line) => line.startsWith(`${channel},`))
    .map((line) => line.split(','));
}

describe('shared sample logs', () => {
  before(() => {
    expect(existsSync(SAMPLES), `${SAMPLES} holds the labelled samples (set FAQTORY_SAMPLES)`).to.equal(true);
  });

  it('gg: every labelled customer question is a customer message and no shop message is', async () => {
    const roles = new Map<string, string>();
    for (const name of await readdir(`${SAMPLES}/gg`)) {
      for (const conversation of await readConversations(gg, `${SAMPLES}/gg/${name}`)) {
        for (const m of conversation.messages) roles.set(`gg/${name},${m.ref}`, m.role);
      }
    }
    const key = (row: string[]) => `${row[1]},${row[2]}`;
    expect((await rows('labels.csv', 'gg')).filter((r) => roles.get(key(r)) !== 'customer')).to.deep.equal([]);
    expect((await rows('shop_refs.csv', 'gg')).filter((r) => !roles.has(key(r)) || roles.get(key(r)) === 'customer')).to.deep.equal([]);
  });

  it('phone: inbound labelled calls are the customer, outbound calls the shop', async () => {
    const roles = new Map<string, string>();
    for (const conversation of await readConversations(phoneCsv, `${SAMPLES}/phone/notes.csv`)) {
      for (const m of conversation.messages) roles.set(m.ref, m.role);
    }
    const shopRefs = new Set((await rows('shop_refs.csv', 'phone')).map((r) => r[2]!));
    // Outbound calls are labelled "noise" and listed as shop messages: the shop list wins.
    const questions = (await rows('labels.csv', 'phone')).map((r) => r[2]!).filter((ref) => !shopRefs.has(ref));
    expect(questions.filter((ref) => roles.get(ref) !== 'customer')).to.deep.equal([]);
    expect([...shopRefs].filter((ref) => roles.get(ref) !== 'shop')).to.deep.equal([]);
  });

  it('skype: the export reads with no markup left in customer messages', async () => {
    const conversations = await readConversations(skype, `${SAMPLES}/skype/messages.json`, readOptions({ timezone: 'Europe/Prague', shop: ['Sklep Elektron'] }));
    const customer = conversations.flatMap((c) => c.messages).filter((m) => m.role === 'customer');
    expect(customer.length).to.be.greaterThan(50);
    expect(customer.some((m) => /<|&quot;/.test(m.text))).to.equal(false);
  });

  it('mbox: both sample mailboxes read without damaged characters', async () => {
    for (const name of ['thunderbird-inbox.mbox', 'gmail-takeout.mbox']) {
      const conversations = await readConversations(mbox, `${SAMPLES}/email/${name}`, readOptions({ shop: ['elektron-sklep.example', 'Sklep Elektron'] }));
      expect(conversations.length).to.be.greaterThan(100);
      const texts = conversations.map((c) => c.messages[0]!.text);
      expect(texts.filter((t) => /[\ufffd\u0080-\u009f]/.test(t))).to.deep.equal([]);
      expect(conversations.filter((c) => c.messages[0]!.role === 'shop').length).to.be.greaterThan(50);
    }
  });
});
