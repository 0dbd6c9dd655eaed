// A one-line progress bar for a terminal: done/total, articles per second, time left.
import type { IngestSummary } from './ingest.js';

const WIDTH = 24;
const REDRAW_MS = 100;

export const doneOf = (s: IngestSummary) => s.added + s.replaced + s.unchanged + s.failed;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${String(s % 60).padStart(2, '0')} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export class ProgressBar {
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly label: string,
    private total: number | null = null,
  ) {}

  setTotal(total: number): void {
    this.total = total;
  }

  update(s: IngestSummary, force = false): void {
    const now = performance.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const done = doneOf(s);
    const rate = s.seconds > 0 ? done / s.seconds : 0;
    const rateText = `${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} articles/s`;
    let line: string;
    if (this.total) {
      const share = Math.min(1, done / this.total);
      const filled = Math.round(share * WIDTH);
      const left = rate > 0 ? (this.total - done) / rate : Infinity;
      line =
        `${this.label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${this.total}` +
        ` ${Math.floor(share * 100)}% · ${rateText} · ${duration(Math.max(0, left))} left`;
    } else line = `${this.label} ${done} articles · ${rateText}`;
    const columns = this.stream.columns || 100;
    this.stream.write(`\r${line.slice(0, columns - 1).padEnd(Math.min(columns - 1, line.length + 2))}`);
    this.drawn = true;
  }

  /** Moves below the bar so the next message starts on a line of its own. */
  break(): void {
    if (this.drawn) this.stream.write('\n');
    this.drawn = false;
  }
}
