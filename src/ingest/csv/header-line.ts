import { decodeHead, sniffDelimiter } from './read-csv.js';

/** Splits one line into fields, honouring double quotes; enough for detection before real parsing. */
export function splitHeaderLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"') {
      if (quoted && line[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === delimiter && !quoted) {
      fields.push(field.trim());
      field = '';
    } else field += c;
  }
  fields.push(field.trim());
  return fields;
}

/** The column names of a CSV sample, or null when its first line is not split by any delimiter. */
export function sampleHeader(head: Buffer): string[] | null {
  const text = decodeHead(head);
  if (!text || text.includes('\0')) return null;
  const end = text.indexOf('\n');
  const firstLine = end === -1 ? text : text.slice(0, end);
  const delimiter = sniffDelimiter(text);
  if (!firstLine.includes(delimiter)) return null;
  return splitHeaderLine(firstLine, delimiter);
}
