/**
 * `size` distinct positions of 0..count-1, ascending, one in each of `size` equal stretches at
 * a repeatable place: logs are stored in time order, so every period and every file is sampled.
 */
export function evenSample(count: number, size: number): Int32Array {
  const chosen = new Int32Array(size);
  let state = 0x2545f491;
  for (let k = 0; k < size; k++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const from = Math.floor((k * count) / size);
    const to = Math.floor(((k + 1) * count) / size);
    chosen[k] = from + Math.floor((state / 4294967296) * (to - from));
  }
  return chosen;
}
