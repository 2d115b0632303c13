/**
 * The check's parse cache: what reading each document gave (its validated frontmatter data, visibility,
 * location, line numbers and load problems), keyed by the file's size, mtime, ctime and inode, so that
 * `check --changed` need not read and parse the thousands of unchanged documents the handbook-wide rules
 * look at. A full check writes it; `--changed` and builds (`loadHandbookForBuild`) read it and parse only
 * what changed.
 *
 * It lives in `node_modules/.cache/opsbook/` (never next to content), one file per handbook. The cache can
 * only make the check faster, never change its results: an entry is used only when the file's stat is
 * unchanged and the parsing code is the same (a hash of it is stored), files written within two seconds of
 * being read are not stored (an edit in the same timestamp tick would go unnoticed, git's "racy" case),
 * and a cache file that cannot be read or has another format is ignored and replaced. On a fresh clone
 * (CI) there is no cache: every file is parsed, as without one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CachedDocument, LoadProblem } from '../lib/handbook.ts';
import type { FrontmatterPositions } from '../lib/source.ts';
import { documentKey } from '../lib/paths.ts';

/** One file as the cache keeps it: plain data only. */
export interface CachedFile {
  key?: string;
  problems: LoadProblem[];
  document?: CachedDocument;
}

/** The parts of a stat that change when a file is written. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** What a line of the cache file holds before the tab: path, stamp, and the file without its data. */
type Head = [path: string, size: number, mtimeMs: number, ctimeMs: number, ino: number, file: CachedFile];

interface Entry {
  head: Head;
  /**
   * `[data, positions]` as JSON (UTF-8 bytes or text): the frontmatter data and where its fields are,
   * parsed only when a rule reads them (most documents' never are).
   */
  data: Uint8Array | string;
}

/**
 * Three parts: a header line `{"format","version","data":<bytes>}`, one line with the JSON array of every
 * file's head plus the offsets of its data, then every document's data JSON back to back. Opening the
 * cache is one JSON.parse of mostly-ASCII heads; a document's data (Korean text) is decoded and parsed
 * only when a rule reads it. A file whose length disagrees with the header was cut short and is ignored.
 */
const FORMAT = 'opsbook-parse-cache/5';
/** Files changed this recently may change again within one timestamp tick (2 s on the coarsest file systems). */
export const RACY_MS = 2000;

export function stampOf(stat: Stats): FileStamp {
  return { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino };
}

let version: string | undefined;

/**
 * A hash of the code whose output the cache stores: the schemas, the pure library files that read a
 * document (source, paths, handbook and what they import), the reference kinds of
 * rules/document-reference.ts and the lockfile (yaml and zod versions). Any change to them discards every
 * entry. The policy is not part of it: reading a document does not use it.
 */
function parserVersion(): string {
  if (version) return version;
  const src = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const hash = createHash('sha256').update(FORMAT);
  for (const dir of [path.join(src, 'schemas'), path.join(src, 'lib')]) {
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .sort()) {
      hash.update(`\0${name}\0`).update(readFileSync(path.join(dir, name)));
    }
  }
  // Which kinds a reference field names: the cached reference keys (`names`) follow from it.
  hash.update(readFileSync(path.join(src, 'lib', 'rules', 'document-reference.ts')));
  const lock = path.join(path.dirname(src), 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return (version = hash.digest('hex').slice(0, 20));
}

/**
 * Where the cache of the handbook at `root` lives: `node_modules/.cache/opsbook/` of the nearest folder
 * holding `node_modules` (the handbook may be a subfolder of the repository), or undefined when there is
 * none (then nothing is cached rather than a folder created in the user's tree).
 */
export function defaultCacheFile(root: string): string | undefined {
  const content = path.resolve(root, 'content');
  const name = `check-${createHash('sha256').update(content).digest('hex').slice(0, 16)}.json`;
  for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'node_modules'))) return path.join(dir, 'node_modules', '.cache', 'opsbook', name);
    if (path.dirname(dir) === dir) return undefined;
  }
}

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function validPositions(x: unknown): x is FrontmatterPositions {
  if (!isObject(x) || !isNumber(x.first) || !strings(x.keys) || !Array.isArray(x.lines) || !Array.isArray(x.columns)) return false;
  const n = x.keys.length;
  return x.lines.length === n && x.columns.length === n && x.lines.every(isNumber) && x.columns.every(isNumber);
}

/** Shape check of one line's head, so a damaged or hand-edited cache costs a re-parse, never a crash. */
function validHead(head: unknown): head is Head {
  if (!Array.isArray(head) || head.length !== 6 || typeof head[0] !== 'string' || !head.slice(1, 5).every(isNumber)) return false;
  const file = head[5] as unknown;
  if (!isObject(file) || (file.problems !== undefined && !Array.isArray(file.problems)) || (file.key !== undefined && typeof file.key !== 'string'))
    return false;
  if (file.document === undefined) return true;
  const d = file.document;
  return (
    isObject(d) &&
    isObject(d.location) &&
    typeof d.location.kind === 'string' &&
    typeof d.location.id === 'string' &&
    (d.visibility === 'public' || d.visibility === 'restricted') &&
    isNumber(d.bodyLine) &&
    isNumber(d.lineCount)
  );
}

function readEntries(file: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const bytes = readFileSync(file);
  const headerEnd = bytes.indexOf(10);
  const header = JSON.parse(bytes.toString('utf8', 0, headerEnd)) as { format?: unknown; version?: unknown; data?: unknown };
  if (header.format !== FORMAT || header.version !== parserVersion() || !isNumber(header.data)) return entries;
  const headsEnd = bytes.indexOf(10, headerEnd + 1);
  const dataStart = headsEnd + 1;
  if (headsEnd < 0 || bytes.length - dataStart !== header.data) return entries;
  const heads = JSON.parse(bytes.toString('utf8', headerEnd + 1, headsEnd)) as unknown;
  if (!Array.isArray(heads)) return entries;
  for (const item of heads as unknown[]) {
    if (!Array.isArray(item) || item.length !== 8) continue;
    const [from, to] = [item[6] as unknown, item[7] as unknown];
    const head = item.slice(0, 6);
    if (!isNumber(from) || !isNumber(to) || from < 0 || to < from || to > header.data || !validHead(head)) continue;
    entries.set(head[0], { head, data: bytes.subarray(dataStart + from, dataStart + to) });
  }
  return entries;
}

/** Plain JSON data only (the schemas turn dates into strings); anything else is not cached. */
function plain(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'undefined') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(plain);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(plain);
  return false;
}

/** A cached document whose data is parsed from its JSON bytes on first read (a class: one per file, thousands per run). */
class LazyDocument implements CachedDocument {
  readonly location: CachedDocument['location'];
  readonly visibility: CachedDocument['visibility'];
  readonly bodyLine: number;
  readonly lineCount: number;
  readonly links: string[] | undefined;
  readonly names: CachedDocument['names'];
  #json: Uint8Array | string;
  #data: unknown;
  #positions: FrontmatterPositions | undefined;

  constructor(head: CachedDocument, json: Uint8Array | string) {
    this.location = head.location;
    this.visibility = head.visibility;
    this.bodyLine = head.bodyLine;
    this.lineCount = head.lineCount;
    // Kept only when well formed; without it the body is read when a rule asks (as without a cache).
    this.links = strings(head.links) ? head.links : undefined;
    const names = head.names as unknown;
    this.names = isObject(names) && strings(names.refs) && strings(names.fieldLinks) ? { refs: names.refs, fieldLinks: names.fieldLinks } : undefined;
    this.#json = json;
  }

  /** Throws when the bytes are not a JSON map (a damaged cache); the caller then reads the file. */
  get data(): unknown {
    if (this.#data === undefined) {
      const json = this.#json;
      const parsed = JSON.parse(typeof json === 'string' ? json : Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8')) as unknown;
      if (!Array.isArray(parsed) || !isObject(parsed[0])) throw new Error('cached frontmatter is not a map');
      this.#data = parsed[0];
      this.#positions = validPositions(parsed[1]) ? parsed[1] : undefined;
    }
    return this.#data;
  }

  /** Throws like `data` for a damaged entry; undefined when the entry has none. */
  get positions(): FrontmatterPositions | undefined {
    void this.data;
    return this.#positions;
  }
}

export class ParseCache {
  readonly file: string | undefined;
  private readonly old: Map<string, Entry>;
  private readonly next = new Map<string, Entry>();
  private readonly racyBefore: number;
  private changed = false;

  private constructor(file: string | undefined, old: Map<string, Entry>, racyMs: number) {
    this.file = file;
    this.old = old;
    this.racyBefore = Date.now() - racyMs;
  }

  /** Opens the cache at `file` (undefined: a cache that keeps nothing). Never throws. */
  static open(file: string | undefined, options: { racyMs?: number } = {}): ParseCache {
    let entries = new Map<string, Entry>();
    if (file) {
      try {
        entries = readEntries(file);
      } catch {
        // No cache yet, or one that cannot be read: every file is parsed.
        entries = new Map();
      }
    }
    return new ParseCache(file, entries, options.racyMs ?? RACY_MS);
  }

  /**
   * The cached reading of `relPath` when its stamp is unchanged. Its document's `data` is parsed on first
   * read; if that fails (a damaged cache), reading it throws and the caller parses the file instead.
   */
  get(relPath: string, stamp: FileStamp): CachedFile | undefined {
    const entry = this.old.get(relPath);
    if (!entry) return undefined;
    const [, size, mtimeMs, ctimeMs, ino, file] = entry.head;
    if (size !== stamp.size || mtimeMs !== stamp.mtimeMs || ctimeMs !== stamp.ctimeMs || ino !== stamp.ino) return undefined;
    this.next.set(relPath, entry);
    // Stored compactly (see `set`): no empty problem list, no key a document's location gives.
    const problems = file.problems ?? [];
    if (!file.document) return file.key === undefined ? { problems } : { key: file.key, problems };
    const { kind, id } = file.document.location;
    return { key: documentKey(kind, id), problems, document: new LazyDocument(file.document, entry.data) };
  }

  /** Records a fresh reading of `relPath`, made after taking `stamp`. */
  set(relPath: string, stamp: FileStamp, file: CachedFile): void {
    if (Math.max(stamp.mtimeMs, stamp.ctimeMs) >= this.racyBefore) return;
    let data = '';
    // Fewer objects per file: opening the cache allocates ten thousand of these on a large handbook.
    const head: Partial<CachedFile> = file.problems.length ? { problems: file.problems } : {};
    if (file.document) {
      if (!plain(file.document.data)) return;
      data = JSON.stringify([file.document.data, file.document.positions ?? null]);
      const { data: _omitted, positions: _inData, ...rest } = file.document;
      head.document = rest as CachedDocument;
    } else if (file.key !== undefined) {
      head.key = file.key;
    }
    this.next.set(relPath, { head: [relPath, stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, head as CachedFile], data });
    this.changed = true;
  }

  /** Whether `set` added anything since the cache was opened. */
  get dirty(): boolean {
    return this.changed;
  }

  /**
   * Writes the entries used or set since opening (files no longer listed drop out). Best effort: a cache
   * that cannot be written (read-only node_modules) leaves the check's result alone.
   */
  async save(): Promise<void> {
    if (!this.file) return;
    const heads: unknown[] = [];
    const data: Uint8Array[] = [];
    let offset = 0;
    for (const entry of this.next.values()) {
      const bytes = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
      heads.push([...entry.head, offset, offset + bytes.length]);
      data.push(bytes);
      offset += bytes.length;
    }
    const header = JSON.stringify({ format: FORMAT, version: parserVersion(), data: offset });
    const parts = [Buffer.from(`${header}\n${JSON.stringify(heads)}\n`, 'utf8'), ...data];
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFile(tmp, Buffer.concat(parts));
      await rename(tmp, this.file);
    } catch {
      // Not cached this time; the next run parses again.
      await rm(tmp, { force: true }).catch(() => {});
    }
  }
}
