import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import iconv from 'iconv-lite';

/**
 * Writes large synthetic exports for the import benchmark. The texts are varied Polish and
 * Czech shop questions and replies so that MIME decoding, charset handling and question
 * extraction do their real work, not a fast path for one repeated line.
 */
const QUESTIONS = [
  'Dzień dobry, ile trwa dostawa kurierem do Poznania? Zamawiałam wczoraj.',
  'Witam, jak mogę zwrócić słuchawki kupione w zeszłym tygodniu?',
  'Czy można zapłacić przy odbiorze? Pozdrawiam',
  'Laptop przestał się ładować po dwóch miesiącach, jak złożyć reklamację?',
  'Dobrý den, kolik stojí doprava na Slovensko?',
  'Jak mám reklamovat sluchátka, která přestala hrát?',
  'Kiedy pralka Bosch będzie znowu dostępna?',
  'Potrzebuję faktury VAT na firmę, gdzie wpisać NIP?',
  'Můžu zaplatit kartou při převzetí?',
  'Gdzie jest moja paczka? Status od tygodnia się nie zmienia.',
];
const REPLIES = [
  'Dzień dobry, przesyłki wysyłamy w ciągu 24 godzin. Pozdrawiamy, zespół sklepu',
  'Dobrý den, doprava na Slovensko stojí 129 Kč. S pozdravem, tým obchodu',
  'Dziękujemy za wiadomość, zwrot zgłasza się w zakładce Moje konto.',
];

/** The date in an mbox "From " separator line (asctime form, as Thunderbird and mutt write it). */
function asctime(date: Date): string {
  const [day, dd, month, year, time] = date.toUTCString().replace(',', '').split(' ');
  return `${day} ${month} ${String(Number(dd)).padStart(2, ' ')} ${time} ${year}`;
}

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length]!;
}

async function writeUntil(path: string, bytes: number, chunk: (i: number) => string, head = '', tail = '', encoding = 'utf8'): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  let i = 0;
  const put = async (text: string) => {
    const buffer = encoding === 'utf8' ? Buffer.from(text) : iconv.encode(text, encoding);
    written += buffer.length;
    if (!out.write(buffer)) await once(out, 'drain');
  };
  await put(head);
  while (written < bytes) await put(chunk(i++));
  await put(tail);
  out.end();
  await once(out, 'finish');
  return i;
}

/** Quoted-printable of UTF-8 text, wrapped at 76 columns as mailers do. */
function quotedPrintable(text: string): string {
  const encoded = Buffer.from(text)
    .toString('latin1')
    .replace(/[\u0080-\u00ff=]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return encoded
    .split('\n')
    .map((line) => line.replace(/(.{72}[^=]{0,3})(?=.)/g, '$1=\n'))
    .join('\n');
}

function htmlOf(text: string): string {
  const body = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>\n');
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body><div dir="ltr">${body}</div></body></html>`;
}

/**
 * One mail shaped like what shop inboxes hold: delivery headers, multipart/alternative with a
 * quoted-printable text part and its HTML twin, replies quoting the previous mail.
 */
function mail(o: { from: string; to: string; id: string; replyTo?: string; subject: string; date: Date; text: string }): string {
  const boundary = `b${o.id.replace(/[^a-z0-9]/gi, '')}`;
  const domain = o.from.split('@')[1];
  return (
    `From ${o.from} ${asctime(o.date)}\n` +
    `Return-Path: <${o.from}>\nDelivered-To: ${o.to}\n` +
    `Received: from smtp.${domain} (smtp.${domain} [192.0.2.10])\n\tby mx.sklep.example with ESMTPS id ${boundary}\n\tfor <${o.to}>; ${o.date.toUTCString()}\n` +
    `Date: ${o.date.toUTCString()}\nFrom: ${o.from}\nTo: ${o.to}\nMessage-ID: <${o.id}>\nSubject: ${o.subject}\n` +
    (o.replyTo ? `In-Reply-To: <${o.replyTo}>\nReferences: <${o.replyTo}>\n` : '') +
    `MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="${boundary}"\n\n` +
    `--${boundary}\nContent-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n${quotedPrintable(o.text)}\n` +
    `--${boundary}\nContent-Type: text/html; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n${quotedPrintable(htmlOf(o.text))}\n` +
    `--${boundary}--\n\n`
  );
}

/** An mbox of threads: a customer's question, the shop's reply quoting it, the customer's thanks. */
export function writeMbox(path: string, bytes: number): Promise<number> {
  return writeUntil(path, bytes, (i) => {
    const date = new Date(Date.UTC(2026, 0, 1) + i * 60_000);
    const customer = `klient${i}@poczta.example`;
    const id = `q${i}@poczta.example`;
    const question = `${pick(QUESTIONS, i)} (sprawa ${i})\n\nPozdrawiam\nKlient ${i}`;
    const reply = `${pick(REPLIES, i)}\n\nW dniu ${date.toISOString().slice(0, 10)} Klient ${i} <${customer}> napisał(a):\n${question.replace(/^/gm, '> ')}`;
    return (
      mail({ from: customer, to: 'sklep@sklep.example', id, subject: `Pytanie ${i}`, date, text: question }) +
      mail({ from: 'sklep@sklep.example', to: customer, id: `r${i}@sklep.example`, replyTo: id, subject: `Re: Pytanie ${i}`, date, text: reply }) +
      mail({ from: customer, to: 'sklep@sklep.example', id: `t${i}@poczta.example`, replyTo: `r${i}@sklep.example`, subject: `Re: Pytanie ${i}`, date, text: `Dziękuję bardzo!\n\n${reply.replace(/^/gm, '> ')}` })
    );
  });
}

/** A Skype messages.json with conversations of four messages each. */
export function writeSkype(path: string, bytes: number): Promise<number> {
  let first = true;
  return writeUntil(
    path,
    bytes,
    (i) => {
      const t = Date.UTC(2026, 0, 1) + i * 60_000;
      const who = `8:live:klient.${i}`;
      const message = (n: number, from: string, content: string) =>
        JSON.stringify({
          id: String(t * 10 + n),
          originalarrivaltime: new Date(t + n * 1000).toISOString(),
          messagetype: 'RichText',
          from,
          displayName: from === who ? `Klient ${i}` : 'Sklep',
          conversationid: who,
          content,
        });
      const list = [
        message(3, who, 'Dziękuję'),
        message(2, '8:live:sklep', pick(REPLIES, i)),
        message(1, who, pick(QUESTIONS, i).replace(/&/g, '&amp;')),
        message(0, who, 'Dzień dobry'),
      ];
      const text = `${first ? '' : ','}{"id":"${who}","displayName":"Klient ${i}","MessageList":[${list.join(',')}]}`;
      first = false;
      return text;
    },
    '{"userId":"8:live:sklep","exportDate":"2026-02-01T10:00:00Z","conversations":[',
    ']}',
  );
}

/** A call-centre CSV: `;`-separated, windows-1250, CRLF, some multi-line notes and outbound calls. */
export function writePhoneCsv(path: string, bytes: number): Promise<number> {
  return writeUntil(
    path,
    bytes,
    (i) => {
      const date = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().slice(0, 19).replace('T', ' ');
      const direction = i % 7 === 0 ? 'outbound' : 'inbound';
      const note = i % 5 === 0 ? `Klient pyta: ${pick(QUESTIONS, i)}\r\nOddzwonić jutro.` : `Klientka pyta: ${pick(QUESTIONS, i)}`;
      return `CALL-${i};${date};${direction};+48 600 ${String(i % 1000).padStart(3, '0')} ${String(i % 997).padStart(3, '0')};Kasia;120;"${note}"\r\n`;
    },
    'call_id;started_at;direction;customer_phone;agent;duration_s;note\r\n',
    '',
    'windows-1250',
  );
}
