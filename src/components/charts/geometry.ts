/**
 * Chart geometry computed at build time with d3-scale and d3-shape: plain numbers and SVG path strings,
 * so the pages ship static SVG and no charting code runs in the browser.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface Box {
  width: number;
  height: number;
  /** Room for axis labels. */
  margin: { top: number; right: number; bottom: number; left: number };
}

export const DEFAULT_BOX: Box = { width: 560, height: 200, margin: { top: 12, right: 12, bottom: 28, left: 44 } };
/**
 * The same chart for a narrow column (a phone): drawn 300 units across so that, shown 280–420 px wide
 * (a report's chart grid never makes a column narrower than 18rem), its 12-unit text renders at 11 px or more instead of shrinking with a 560-unit picture.
 */
const NARROW_BOX: Box = { width: 300, height: 200, margin: { top: 12, right: 10, bottom: 28, left: 34 } };
/** The two drawings every chart ships; chart.css shows the one that fits its container. */
export const CHART_BOXES = [
  ['wide', DEFAULT_BOX],
  ['narrow', NARROW_BOX],
] as const;
/** Room an x-axis label needs (a week id such as `W45` at 12 px); labels closer than this are thinned. */
const LABEL_GAP = 34;

export interface BarDatum {
  label: string;
  value: number;
  /** Drawn in the warning colour (e.g. a figure above its threshold). */
  highlight?: boolean;
}

export interface BarGeometry {
  bars: (BarDatum & { x: number; y: number; width: number; height: number })[];
  ticks: { value: number; y: number }[];
  baseline: number;
}

export function barGeometry(data: readonly BarDatum[], box: Box = DEFAULT_BOX): BarGeometry {
  const { width, height, margin } = box;
  const x = scaleBand<string>()
    .domain(data.map((d) => d.label))
    .range([margin.left, width - margin.right])
    .padding(0.25);
  const max = Math.max(1, ...data.map((d) => d.value));
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([height - margin.bottom, margin.top]);
  return {
    bars: data.map((d) => ({ ...d, x: x(d.label) ?? 0, width: x.bandwidth(), y: y(d.value), height: y(0) - y(d.value) })),
    ticks: y
      .ticks(4)
      .filter(Number.isInteger)
      .map((value) => ({ value, y: y(value) })),
    baseline: y(0),
  };
}

export interface LineSeries {
  name: string;
  /** One value per label; null where the week has no figure (the line breaks there). */
  values: (number | null)[];
  /** Alert threshold drawn as a dashed line; points above it are marked. */
  threshold?: number;
}

export interface LineGeometry {
  labels: { text: string; x: number }[];
  path: string;
  points: { x: number; y: number; value: number; label: string; breached: boolean }[];
  threshold: { y: number; value: number } | null;
  ticks: { value: number; y: number }[];
  baseline: number;
}

export function lineGeometry(labels: readonly string[], series: LineSeries, box: Box = DEFAULT_BOX): LineGeometry {
  const { width, height, margin } = box;
  const x = scaleLinear()
    .domain([0, Math.max(1, labels.length - 1)])
    .range([margin.left + 8, width - margin.right - 8]);
  const known = series.values.filter((v): v is number => v !== null);
  const top = Math.max(1, ...known, series.threshold ?? 0) * 1.1;
  const y = scaleLinear()
    .domain([0, top])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const draw = line<number | null>()
    .defined((v) => v !== null)
    .x((_, i) => x(i))
    .y((v) => y(v ?? 0));
  // Every n-th label when they would touch, counted back from the latest week so that one is always named.
  const every = Math.max(1, Math.ceil((labels.length * LABEL_GAP) / (width - margin.left - margin.right)));
  return {
    labels: labels.flatMap((text, i) => ((labels.length - 1 - i) % every === 0 ? [{ text, x: x(i) }] : [])),
    path: draw(series.values) ?? '',
    points: series.values.flatMap((v, i) =>
      v === null ? [] : [{ x: x(i), y: y(v), value: v, label: labels[i]!, breached: series.threshold !== undefined && v > series.threshold }],
    ),
    threshold: series.threshold === undefined ? null : { y: y(series.threshold), value: series.threshold },
    ticks: y.ticks(4).map((value) => ({ value, y: y(value) })),
    baseline: y(0),
  };
}
