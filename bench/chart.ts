/** Horizontal bar charts, one panel per benchmark, with the target drawn as a dashed line. */
import { Canvas, type Rgb } from './png.ts';

export interface Bar {
  label: string;
  value: number;
  /** Printed after the bar; defaults to the value. */
  text?: string;
  /** Drawn for comparison only: not judged against the panel's target. */
  reference?: boolean;
}

export interface Panel {
  title: string;
  bars: Bar[];
  target?: { value: number; higherIsBetter: boolean; label: string };
  /** Log scale, for values spanning orders of magnitude. */
  log?: boolean;
}

const WIDTH = 1400;
const LABEL_W = 560;
const BAR_X = 580;
const BAR_W = 600;
const BAR_H = 20;
const GAP = 8;
const INK: Rgb = [30, 30, 30];
const MUTED: Rgb = [110, 110, 110];
const PASS: Rgb = [46, 158, 91];
const FAIL: Rgb = [217, 83, 79];
const NEUTRAL: Rgb = [59, 111, 182];
const TARGET: Rgb = [200, 40, 40];

function panelHeight(p: Panel): number {
  return 36 + (p.target ? 20 : 0) + p.bars.length * (BAR_H + GAP) + 24;
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return '-';
  if (Math.abs(n) >= 100) return String(Math.round(n));
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

/** Fits a label into the label column, cutting the middle. */
function fit(label: string, width: number): string {
  const max = Math.floor(width / 12);
  return label.length <= max ? label : `${label.slice(0, max - 12)}~${label.slice(-11)}`;
}

function drawPanel(c: Canvas, top: number, p: Panel): void {
  c.text(20, top, p.title, INK, 2);
  c.text(21, top, p.title, INK, 2); // bold
  let y = top + 30;
  const values = p.bars.map((b) => b.value).filter((v) => Number.isFinite(v) && v > 0);
  const max = Math.max(...values, p.target?.value ?? 0, 1e-9) * 1.1;
  const min = p.log ? Math.min(...values, p.target?.value ?? Infinity) / 2 : 0;
  const scale = (v: number) => {
    if (!Number.isFinite(v) || v <= 0) return 0;
    if (!p.log) return (v / max) * BAR_W;
    return Math.max(2, (Math.log(v / min) / Math.log(max / min)) * BAR_W);
  };
  if (p.target) {
    c.text(BAR_X, y, `${p.target.label}${p.log ? ' (log scale)' : ''}`, TARGET, 2);
    y += 20;
  } else if (p.log) {
    c.text(BAR_X, y, '(log scale)', MUTED, 2);
    y += 20;
  }
  const barsTop = y;
  for (const bar of p.bars) {
    const w = scale(bar.value);
    const ok = p.target && !bar.reference ? (p.target.higherIsBetter ? bar.value >= p.target.value : bar.value <= p.target.value) : undefined;
    c.text(20, y + 3, fit(bar.label, LABEL_W), INK, 2);
    c.rect(BAR_X, y, w, BAR_H, ok === undefined ? NEUTRAL : ok ? PASS : FAIL);
    c.text(BAR_X + w + 8, y + 3, bar.text ?? fmt(bar.value), INK, 2);
    y += BAR_H + GAP;
  }
  c.rect(BAR_X - 1, barsTop - 4, 1, y - barsTop, MUTED);
  if (p.target) c.vline(BAR_X + scale(p.target.value), barsTop - 4, y, TARGET, 2, 6);
}

/** One PNG holding every panel under a title and a subtitle (the machine). */
export function renderChart(title: string, subtitle: string, panels: Panel[]): Buffer {
  const height = 80 + panels.reduce((h, p) => h + panelHeight(p), 0) + 20;
  const c = new Canvas(WIDTH, height);
  c.text(20, 20, title, INK, 3);
  c.text(21, 20, title, INK, 3);
  c.text(20, 52, subtitle, MUTED, 2);
  let top = 90;
  for (const p of panels) {
    c.rect(20, top - 8, WIDTH - 40, 1, [220, 220, 220]);
    drawPanel(c, top, p);
    top += panelHeight(p);
  }
  return c.png();
}
