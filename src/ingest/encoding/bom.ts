import { utf16Of } from './utf16.js';

/** True when the bytes open with the UTF-8 byte-order mark Windows tools (Excel, Notepad) write. */
export function hasUtf8Bom(bytes: Buffer): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** The bytes without a leading UTF-8 byte-order mark: the one place it is dropped. */
export function withoutBom(bytes: Buffer): Buffer {
  return hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
}

/**
 * A detection sample as text for signature checks, byte-order mark dropped, UTF-16 decoded.
 * 'latin1' keeps every byte one character, for files whose charset is not known yet.
 */
export function sampleText(head: Buffer, encoding: 'utf8' | 'latin1' = 'utf8'): string {
  const utf16 = utf16Of(head);
  if (utf16) return new TextDecoder(utf16).decode(head.subarray(0, head.length & ~1));
  return withoutBom(head).toString(encoding);
}
