import type { FileSample } from '../adapter.js';
import { findColumn, sampleHeader } from '../csv/index.js';

/**
 * The columns a call-centre export may have, each with the header names it goes by in English,
 * Polish and Czech tools (compared without case and diacritics). `--columns field=Header`
 * overrides any of them.
 */
export const PHONE_COLUMNS = {
  call_id: ['call_id', 'call id', 'callid', 'id', 'id_rozmowy', 'id_polaczenia', 'nr_rozmowy', 'numer_rozmowy', 'id_hovoru', 'cislo_hovoru', 'ticket', 'ticket_id'],
  started_at: ['started_at', 'start', 'start_time', 'started', 'datetime', 'date_time', 'timestamp', 'date', 'time', 'call_time', 'created_at', 'data', 'data_i_godzina', 'data_godzina', 'data_rozmowy', 'data_polaczenia', 'poczatek', 'czas', 'datum', 'datum_a_cas', 'cas', 'zacatek', 'cas_hovoru'],
  // A separate time column beside a date-only one ("Data" + "Godzina"); read after started_at.
  time_of_day: ['time', 'time_of_day', 'hour', 'godzina', 'godz', 'godzina_rozmowy', 'godzina_polaczenia', 'czas', 'cas', 'hodina', 'cas_hovoru'],
  direction: ['direction', 'call_direction', 'call_type', 'type', 'kierunek', 'typ', 'typ_polaczenia', 'rodzaj', 'smer', 'typ_hovoru'],
  customer_phone: ['customer_phone', 'phone', 'phone_number', 'caller', 'caller_id', 'number', 'msisdn', 'telefon', 'telefon_klienta', 'nr_telefonu', 'numer_telefonu', 'numer', 'tel', 'telefonni_cislo', 'cislo', 'telefon_zakaznika'],
  customer_name: ['customer_name', 'customer', 'name', 'caller_name', 'klient', 'nazwa_klienta', 'imie_i_nazwisko', 'imie_nazwisko', 'klientka', 'zakaznik', 'jmeno', 'jmeno_zakaznika'],
  agent: ['agent', 'agent_name', 'handled_by', 'operator', 'konsultant', 'pracownik', 'obsluga', 'operatorka', 'zpracoval'],
  note: ['note', 'notes', 'call_note', 'summary', 'comment', 'comments', 'description', 'notatka', 'notatki', 'uwagi', 'opis', 'tresc', 'podsumowanie', 'komentarz', 'poznamka', 'poznamky', 'popis', 'zapis', 'shrnuti', 'komentar'],
} as const satisfies Record<string, readonly string[]>;

export type PhoneField = keyof typeof PHONE_COLUMNS;

// A per-row sender column makes a file a chat transcript (chat-csv), not a list of calls.
const SENDER_COLUMNS = ['author', 'sender', 'from', 'speaker', 'nadawca', 'autor', 'odesilatel', 'odesílatel', 'user', 'uzytkownik'];

/**
 * A CSV whose header has a note-like column and at least one call-, phone- or direction-like
 * column, and no message-sender column.
 */
export function detect(sample: FileSample): boolean {
  const header = sampleHeader(sample.head);
  if (header === null) return false;
  if (findColumn(header, PHONE_COLUMNS.note) === -1 || findColumn(header, SENDER_COLUMNS) !== -1) return false;
  return (
    findColumn(header, ['call_id', 'callid', 'id_rozmowy', 'id_polaczenia', 'id_hovoru', 'cislo_hovoru']) !== -1 ||
    findColumn(header, PHONE_COLUMNS.customer_phone) !== -1 ||
    findColumn(header, PHONE_COLUMNS.direction.filter((name) => name !== 'type' && name !== 'typ')) !== -1
  );
}
