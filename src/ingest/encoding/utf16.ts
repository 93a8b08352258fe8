export type Utf16 = 'utf-16le' | 'utf-16be';

/**
 * UTF-16 by its byte-order mark, or by the NUL bytes every ASCII character leaves at one side of
 * its pair (Windows' "Unicode text" is often saved without a mark). Binary files have NULs on
 * both sides and are not taken for text.
 */
export function utf16Of(head: Buffer): Utf16 | null {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(head.length, 4096) >> 1;
  if (pairs < 2) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) evenNuls++;
    if (head[i + 1] === 0) oddNuls++;
  }
  if (oddNuls > pairs * 0.3 && evenNuls < pairs * 0.02) return 'utf-16le';
  if (evenNuls > pairs * 0.3 && oddNuls < pairs * 0.02) return 'utf-16be';
  return null;
}
