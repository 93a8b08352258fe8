import { ParseError } from '../../errors.js';

/**
 * Mail programs end every line, the last one too; a mail file whose bytes stop mid-line is the
 * cut end of an interrupted copy or download, and its last mail would be stored cut.
 */
export function checkMailNotCut(file: string, line: number, bytes: Buffer): void {
  const last = bytes[bytes.length - 1];
  if (last === undefined || last === 0x0a || last === 0x0d) return;
  throw new ParseError(file, line, 'the file ends in the middle of this mail: it was cut off. Copy or export it again.');
}
