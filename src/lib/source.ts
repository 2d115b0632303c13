/**
 * Turns the bytes of one document into frontmatter data, a position map and the MDX body, reporting
 * every problem with a line instead of throwing. Pure: no file system.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

export type YamlPath = readonly (string | number)[];

interface SourceProblem {
  rule: 'document/encoding' | 'document/frontmatter' | 'document/yaml' | 'document/size';
  line: number;
  column: number;
  message: string;
}

export interface ParsedSource {
  /** Frontmatter as plain data (undefined when it could not be read). */
  data: Record<string, unknown> | undefined;
  /** The MDX body with line endings normalised. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** The YAML text between the `---` lines (line endings normalised); empty when there is none. */
  frontmatter: string;
  /** Number of lines in the file. */
  lineCount: number;
  problems: SourceProblem[];
  /** 1-based position of the YAML node at `path`, or of its deepest existing ancestor. */
  locate(path: YamlPath): { line: number; column: number };
  /** What `locate` answers from, as plain data (`positionsLocator`); absent without a frontmatter block. */
  positions?: () => FrontmatterPositions;
}

/**
 * Where each key and list item of a YAML block starts, by path (the keys of `positionTable`), as plain
 * data a cache can keep: line 0 for a node without a position. `first`: the line of a path found nowhere.
 */
export interface FrontmatterPositions {
  first: number;
  keys: string[];
  lines: number[];
  columns: number[];
}

/** `locate` over stored positions: the same answers as the parse that gave them (tests/check/locate.test.ts). */
export function positionsLocator(positions: FrontmatterPositions): (path: YamlPath) => { line: number; column: number } {
  const index = new Map(positions.keys.map((key, i) => [key, i]));
  return (path) => {
    let best = { line: positions.first, column: 1 };
    for (const key of knownKeys(path, (k) => index.has(k))) {
      const i = index.get(key)!;
      if (positions.lines[i]! > 0) best = { line: positions.lines[i]!, column: positions.columns[i]! };
    }
    return best;
  };
}

/**
 * Limits that keep one hostile file from stopping the check or the build (each is an error on that
 * file; the rest of the handbook is still checked). Stated in README ("The check").
 */
export const SOURCE_LIMITS = {
  /** Bytes per document: the longest real postmortem is far below this, and the build stays fast. */
  documentBytes: 1024 * 1024,
  /** YAML aliases (`*name`) per frontmatter: enough for any real use, far too few for an alias bomb. */
  yamlAliases: 100,
  /** Nesting of block quotes (`> > >`) in a body: the Markdown parser is quadratic in it. */
  bodyNesting: 32,
} as const;

/**
 * Byte offset of the first invalid UTF-8 sequence, or -1: truncated sequences, stray continuation
 * bytes, overlong forms (`C0`, `E0 80 80`), UTF-16 surrogates (`ED A0 80`) and code points above
 * U+10FFFF (`F4 90 80 80`), as a fatal decoder refuses them.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    // The second byte's range is narrower after these leads (RFC 3629 §4).
    const second = bytes[i + 1] ?? 0;
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (second < low || second > high) return i;
    for (let k = 2; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A document split at its frontmatter without reading the YAML: what a cached document needs of its file. */
export interface SplitSource extends Omit<ParsedSource, 'data' | 'locate'> {
  /** 0-based index of the line closing the frontmatter; absent when the file has no frontmatter block. */
  closeLine?: number;
}

/**
 * Decodes a document and splits it into frontmatter text and body (line endings normalised), reporting
 * encoding, size and delimiter problems. `parseSource` reads the YAML of the same split, so both give a
 * document the same body and frontmatter.
 */
export function splitSource(input: Uint8Array | string): SplitSource {
  const problems: SourceProblem[] = [];
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else if (input.length > SOURCE_LIMITS.documentBytes) {
    problems.push({
      rule: 'document/size',
      line: 1,
      column: 1,
      message: `Expected a document of at most ${SOURCE_LIMITS.documentBytes / 1024} KiB, found ${Math.ceil(input.length / 1024)} KiB; split it, or move logs and data out of the body`,
    });
    return { body: '', bodyLine: 1, frontmatter: '', lineCount: 1, problems };
  } else {
    // The native decoder validates fast; the byte-by-byte scan runs only to say where a bad file goes wrong.
    let bad = -1;
    try {
      text = strictDecoder.decode(input);
    } catch {
      bad = Math.max(0, firstInvalidUtf8(input));
      text = decoder.decode(input);
    }
    if (bad >= 0) {
      const line = lineOfOffset(decoder.decode(input.subarray(0, bad)), bad + 1);
      problems.push({
        rule: 'document/encoding',
        line,
        column: 1,
        message: `Expected UTF-8 text, found an invalid byte sequence at byte ${bad}; save the file as UTF-8`,
      });
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const lineCount = text.endsWith('\n') ? lines.length - 1 : lines.length;
  const empty: SplitSource = { body: '', bodyLine: 1, frontmatter: '', lineCount: Math.max(1, lineCount), problems };

  if (text.trim() === '') {
    problems.push({
      rule: 'document/frontmatter',
      line: 1,
      column: 1,
      message: 'The file is empty; expected a frontmatter block between "---" lines followed by the body',
    });
    return empty;
  }
  if (lines[0]?.trimEnd() !== '---') {
    problems.push({ rule: 'document/frontmatter', line: 1, column: 1, message: 'Expected the file to start with a "---" line opening the frontmatter' });
    return empty;
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  if (close < 0) {
    problems.push({ rule: 'document/frontmatter', line: 1, column: 1, message: 'Cannot find the "---" line that closes the frontmatter opened on line 1' });
    return empty;
  }
  return {
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
    frontmatter: lines.slice(1, close).join('\n') + '\n',
    lineCount: Math.max(1, lineCount),
    problems,
    closeLine: close,
  };
}

export function parseSource(input: Uint8Array | string): ParsedSource {
  const { closeLine, ...split } = splitSource(input);
  if (closeLine === undefined) return { ...split, data: undefined, locate: () => ({ line: 1, column: 1 }) };
  const yaml = readYaml(split.frontmatter, 1, closeLine);
  return { ...split, data: yaml.data, problems: [...split.problems, ...yaml.problems], locate: yaml.locate, positions: yaml.positions };
}

export interface YamlRead {
  data: Record<string, unknown> | undefined;
  problems: SourceProblem[];
  locate(path: YamlPath): { line: number; column: number };
  /** The table `locate` answers from, resolved to lines and columns (computed when asked: only a cache needs it). */
  positions(): FrontmatterPositions;
}

/**
 * Parses a YAML map. `lineOffset` is the number of file lines before the YAML text (1 for frontmatter
 * after its `---` line) and `lastLine` caps reported lines so a problem never points past the block.
 */
export function readYaml(yamlText: string, lineOffset: number, lastLine: number): YamlRead {
  const problems: SourceProblem[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: Math.max(1, Math.min(pos.line + lineOffset, lastLine)), column: Math.max(1, pos.col) };
  };
  const table = positionTable(doc);
  for (const error of doc.errors) {
    problems.push({ rule: 'document/yaml', ...at(error.pos[0]), message: `Cannot read the YAML: ${yamlMessage(error.message)}` });
  }
  let data: Record<string, unknown> | undefined;
  const first = Math.min(lineOffset + 1, lastLine);
  const locate = (path: YamlPath) => locateInTable(table, path, at, first);
  const positions = (): FrontmatterPositions => {
    const resolved: FrontmatterPositions = { first, keys: [], lines: [], columns: [] };
    for (const [key, offset] of table) {
      const pos = offset >= 0 ? at(offset) : { line: 0, column: 0 };
      resolved.keys.push(key);
      resolved.lines.push(pos.line);
      resolved.columns.push(pos.column);
    }
    return resolved;
  };
  if (doc.errors.length === 0) {
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: SOURCE_LIMITS.yamlAliases });
    } catch (error) {
      // The yaml package refuses alias bombs and aliases to anchors that come later.
      const text = error instanceof Error ? error.message : String(error);
      const reason = /excessive alias/i.test(text)
        ? `too many aliases (more than ${SOURCE_LIMITS.yamlAliases} expansions); write the values out instead of "*name" references`
        : text;
      problems.push({ rule: 'document/yaml', line: first, column: 1, message: `Cannot read the YAML: ${reason}` });
      return { data: undefined, problems, locate, positions };
    }
    if (value === null || value === undefined) {
      problems.push({ rule: 'document/frontmatter', line: first, column: 1, message: 'The YAML block is empty; expected fields such as "title"' });
    } else if (typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ rule: 'document/frontmatter', line: first, column: 1, message: 'Expected a map of "field: value" lines' });
    } else {
      data = value as Record<string, unknown>;
    }
  }
  return { data, problems, locate, positions };
}

function yamlMessage(message: string): string {
  // The yaml package appends a code frame after the first line; the diagnostic has its own position.
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Where each key and list item of the YAML starts, by path: what `locate` answers from. The check keeps
 * every document for its whole run, and keeping each parsed YAML document (a node per key and value) only
 * to answer "which line is this field on" was most of its memory and much of its garbage collection.
 * Paths are keyed by their segments: a map key as written, a list index as `#<i>` (a map key "0" and the
 * first item of a list are different things).
 */
function positionTable(doc: Document): Map<string, number> {
  const table = new Map<string, number>();
  // -1: the node is there but has no position (the path goes on through it).
  const offset = (node: unknown) => (node as { range?: readonly number[] } | null)?.range?.[0] ?? -1;
  const walk = (node: unknown, prefix: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = `${prefix}\u0000${String(pair.key.value)}`;
        // With a duplicate key (a YAML error) the first one is the one a path finds.
        if (table.has(key)) continue;
        table.set(key, offset(pair.key));
        walk(pair.value, key);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (item === null || item === undefined) return;
        const key = `${prefix}\u0000#${i}`;
        table.set(key, offset(item));
        walk(item, key);
      });
    }
  };
  walk(doc.contents, '');
  return table;
}

/** The position of the deepest node of `path` the table has (the table of `positionTable`). */
function locateInTable(table: ReadonlyMap<string, number>, path: YamlPath, at: (offset: number) => { line: number; column: number }, first: number) {
  let best = { line: first, column: 1 };
  for (const key of knownKeys(path, (k) => table.has(k))) {
    const offset = table.get(key)!;
    if (offset >= 0) best = at(offset);
  }
  return best;
}

/** The table keys of `path` and of each of its ancestors that a table has, outermost first, as far as they go. */
function knownKeys(path: YamlPath, has: (key: string) => boolean): string[] {
  const keys: string[] = [];
  let prefix = '';
  for (const segment of path) {
    // A number finds a list item, or else a map key written as that number.
    const item = typeof segment === 'number' ? `${prefix}\u0000#${segment}` : undefined;
    const key = `${prefix}\u0000${String(segment)}`;
    const next = item !== undefined && has(item) ? item : has(key) ? key : undefined;
    if (next === undefined) break;
    keys.push(next);
    prefix = next;
  }
  return keys;
}
