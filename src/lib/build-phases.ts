/**
 * The line `npm run build` ends with, saying where its time went, and its reader (`npm run bench` keeps
 * it as `build.phases`). Printer and parser live together so the format has one owner.
 */

/** Seconds per phase of `npm run build`. */
export interface BuildPhases {
  load_s: number;
  check_s: number;
  /** Content sync, bundle and every page. */
  astro_s: number;
  /** The search index work left after Astro's last page (pagefind writing the index, if not done already). */
  index_after_last_page_s: number;
}

const s = (seconds: number) => `${seconds.toFixed(1)}s`;

export function formatBuildPhases(p: BuildPhases): string {
  const total = p.load_s + p.check_s + p.astro_s + p.index_after_last_page_s;
  return `opsbook: built in ${s(total)}: load ${s(p.load_s)}, check ${s(p.check_s)}, astro ${s(p.astro_s)}, search index after the last page ${s(p.index_after_last_page_s)}`;
}

const LINE = /opsbook: built in [\d.]+s: load ([\d.]+)s, check ([\d.]+)s, astro ([\d.]+)s, search index after the last page ([\d.]+)s/;

/** The phases from a build's output; undefined when the line is missing (another build command). */
export function parseBuildPhases(output: string): BuildPhases | undefined {
  const m = LINE.exec(output);
  if (!m) return undefined;
  const [load_s, check_s, astro_s, index_after_last_page_s] = m.slice(1).map(Number) as [number, number, number, number];
  return { load_s, check_s, astro_s, index_after_last_page_s };
}
