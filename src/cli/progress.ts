/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal so that logs and
 * pipes stay clean. Redraws at most every 100 ms: a 1 GB import reports thousands of times.
 */
export class ProgressBar {
  private readonly enabled = process.stderr.isTTY === true;
  private lastDraw = 0;
  private startedAt = 0;
  private label = '';
  private total = 0;

  /** Starts the bar over for the next piece of work (a file of `total` bytes). */
  restart(label: string, total: number): void {
    this.label = label;
    this.total = total;
    this.startedAt = Date.now();
    this.lastDraw = 0;
  }

  update(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const share = this.total > 0 ? Math.min(1, done / this.total) : 0;
    const width = 24;
    const filled = Math.round(share * width);
    const seconds = Math.max(0.001, (now - this.startedAt) / 1000);
    const rate = done / seconds / 1e6;
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
    const label = this.label.length > 40 ? `...${this.label.slice(-37)}` : this.label;
    process.stderr.write(`\r${label} [${bar}] ${(share * 100).toFixed(0).padStart(3)}% ${rate.toFixed(1)} MB/s`);
  }

  clear(): void {
    if (this.enabled && this.lastDraw > 0) process.stderr.write('\r\x1b[K');
    this.lastDraw = 0;
  }
}
