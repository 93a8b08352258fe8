const CANDIDATES = [';', ',', '\t'] as const;

/** The separator used most often outside quotes in the header line (";" wins ties: Excel in PL/CZ). */
export function guessDelimiter(headerLine: string): string {
  let best: string = CANDIDATES[0];
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = splitHeaderLine(headerLine, candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** Splits one header line, honouring double quotes; enough for detection before real parsing. */
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
