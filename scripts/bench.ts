import { main as editor } from './bench-editor.js';
import { main as samples } from './bench-samples.js';
import { main as importSpeed } from './bench-import.js';
import { main as quality } from './bench-quality.js';
import { main as speed } from './bench-speed.js';

/**
 * `npm run bench`: every benchmark in turn, each printing a table of measured figures.
 * BENCH_ONLY=samples,import,quality,speed,editor picks some.
 */
const BENCHES = { samples, import: importSpeed, quality, speed, editor } as const;

const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
for (const [name, run] of Object.entries(BENCHES)) {
  if (only && !only.includes(name)) continue;
  await run();
}
