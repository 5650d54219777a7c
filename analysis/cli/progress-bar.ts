import type { Writable } from 'node:stream';

const WIDTH = 30;
const REDRAW_MS = 100;

function megabytes(bytes: number): string {
  return (bytes / 1_048_576).toFixed(bytes < 10 * 1_048_576 ? 1 : 0);
}

/**
 * A one-line progress bar on stderr for long reads, drawn only when stderr is a terminal (so logs,
 * pipes and tests never see it) and at most ten times a second; `finish` erases it.
 *
 * @example
 * const bar = new ProgressBar(process.stderr, size, 'Reading demo.csv', process.stderr.isTTY);
 * bar.update(bytesRead); … bar.finish();
 */
export class ProgressBar {
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: Writable,
    private readonly total: number,
    private readonly label: string,
    private readonly enabled: boolean,
  ) {}

  /** Redraws the bar for `done` of `total` bytes (throttled). */
  update(done: number): void {
    if (!this.enabled || this.total <= 0) return;
    const now = Date.now();
    if (now - this.lastDraw < REDRAW_MS && done < this.total) return;
    this.lastDraw = now;
    const share = Math.min(1, done / this.total);
    const filled = Math.round(share * WIDTH);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}`;
    this.stream.write(`\r${this.label} [${bar}] ${String(Math.floor(share * 100)).padStart(3)}% ${megabytes(done)}/${megabytes(this.total)} MB`);
    this.drawn = true;
  }

  /** Erases the bar. */
  finish(): void {
    if (this.drawn) this.stream.write('\r\u001b[2K');
    this.drawn = false;
  }
}
