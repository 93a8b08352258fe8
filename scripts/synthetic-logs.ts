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

/** An mbox of threads: customer mail (quoted-printable UTF-8 or 8-bit ISO-8859-2), shop reply with a quote. */
export function writeMbox(path: string, bytes: number): Promise<number> {
  return writeUntil(path, bytes, (i) => {
    const date = new Date(Date.UTC(2026, 0, 1) + i * 60_000);
    const id = `bench-${i}@klient.example`;
    const question = pick(QUESTIONS, i) + ` (sprawa ${i})`;
    const qp = Buffer.from(question)
      .toString('latin1')
      .replace(/[\u0080-\u00ff=]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    const customer =
      `From klient${i}@klient.example ${asctime(date)}\n` +
      `From: Klient ${i} <klient${i}@klient.example>\nTo: sklep@sklep.example\n` +
      `Subject: Pytanie ${i}\nDate: ${date.toUTCString()}\nMessage-ID: <${id}>\n` +
      'MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n' +
      `${qp}\n\nPozdrawiam\nKlient ${i}\n\n`;
    const reply =
      `From sklep@sklep.example ${asctime(date)}\n` +
      `From: Sklep <sklep@sklep.example>\nTo: klient${i}@klient.example\n` +
      `Subject: Re: Pytanie ${i}\nDate: ${date.toUTCString()}\nMessage-ID: <re-${id}>\n` +
      `In-Reply-To: <${id}>\nReferences: <${id}>\n` +
      'MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n' +
      `${pick(REPLIES, i)}\n\n> ${question}\n>From the archive\n\n`;
    return customer + reply;
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
