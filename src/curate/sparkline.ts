/** A trend line drawn on the server as inline SVG, so it shows without JavaScript. */
export interface Sparkline {
  width: number;
  height: number;
  /** `points` of an SVG polyline. */
  points: string;
  /** The counts it draws, oldest first, for the text alternative. */
  values: number[];
  direction: 'rising' | 'falling' | 'steady';
}

const WIDTH = 96;
const HEIGHT = 24;
const MARGIN = 2;

export function sparkline(values: readonly number[]): Sparkline {
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? (WIDTH - 2 * MARGIN) / (values.length - 1) : 0;
  const points = values
    .map((value, index) => `${(MARGIN + index * step).toFixed(1)},${(HEIGHT - MARGIN - (value / max) * (HEIGHT - 2 * MARGIN)).toFixed(1)}`)
    .join(' ');
  // The last third of the weeks against the first third: a week's noise does not flip the arrow.
  const third = Math.max(1, Math.floor(values.length / 3));
  const sum = (part: readonly number[]) => part.reduce((total, value) => total + value, 0);
  const early = sum(values.slice(0, third));
  const late = sum(values.slice(-third));
  const direction = late > early ? 'rising' : late < early ? 'falling' : 'steady';
  return { width: WIDTH, height: HEIGHT, points, values: [...values], direction };
}
