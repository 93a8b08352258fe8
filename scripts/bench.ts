import { main as editor } from './bench-editor.js';
import { main as samples } from './bench-samples.js';
import { main as importSpeed } from './bench-import.js';
import { main as quality } from './bench-quality.js';
import { main as speed } from './bench-speed.js';
import { main as build } from './bench-build.js';
import { main as redaction } from './bench-redaction.js';
import { main as replies } from './bench-replies.js';
import { main as robustness } from './bench-robustness.js';
import { main as dashboard } from './bench-dashboard.js';

/**
 * `npm run bench`: every benchmark in turn, each printing a table of measured figures.
 * BENCH_ONLY=samples,import,quality,speed,build,redaction,replies,robustness,dashboard,editor picks some.
 */
const BENCHES = { samples, import: importSpeed, quality, speed, build, redaction, replies, robustness, dashboard, editor } as const;

const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
for (const [name, run] of Object.entries(BENCHES)) {
  if (only && !only.includes(name)) continue;
  await run();
}
