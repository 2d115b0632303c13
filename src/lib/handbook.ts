/**
 * The handbook as data: the policy plus every document that passed its schema, each with its location,
 * typed frontmatter, body and a way to find the line of any field, and the other files (for secret
 * scanning). Pure: the caller supplies the bytes.
 */
import type { z } from 'astro/zod';
import {
  KIND_SCHEMAS,
  REPORT_SCHEMAS,
  type Change,
  type DailyReport,
  type Guide,
  type Incident,
  type Kind,
  type MonthlyReport,
  type Policy,
  type QuarterlyReport,
  type Routine,
  type Runbook,
  type WeeklyReport,
} from '../schemas/index.ts';
import { ASSET_FOLDER } from './content-profile.ts';
import { bodyLinkUrls, frontmatterNames, type FrontmatterNames } from './link-targets.ts';
import { mayHaveLinks, parseMdx, type MdxParse } from './mdx.ts';
import { classifyPath, documentKey, type DocumentLocation } from './paths.ts';
import { schemaProblems } from './schema-issues.ts';
import { parseSource, positionsLocator, splitSource, type FrontmatterPositions, type ParsedSource, type SplitSource, type YamlPath } from './source.ts';

interface KindData {
  guide: Guide;
  runbook: Runbook;
  incident: Incident;
  change: Change;
  routine: Routine;
  report: DailyReport | WeeklyReport | MonthlyReport | QuarterlyReport;
}

export interface HandbookDocument<K extends Kind = Kind> {
  kind: K;
  id: string;
  /** `kind:id`, unique across the handbook. */
  key: string;
  /** Path from the handbook root, e.g. `content/runbooks/db-primary-failure.mdx`. */
  file: string;
  location: DocumentLocation & { kind: K };
  data: KindData[K];
  /** Restricted documents stay out of the public build. */
  visibility: 'public' | 'restricted';
  body: string;
  bodyLine: number;
  /** The frontmatter's YAML text: `---\n${frontmatter}---\n${body}` is the file (normalised), line for line. */
  frontmatter: string;
  lineCount: number;
  /** 1-based position of a frontmatter field (or of its nearest existing parent). */
  locate(path: YamlPath): { line: number; column: number };
  /** The MDX body parsed once, on first use. */
  mdx(): MdxParse;
}

export type AnyDocument = { [K in Kind]: HandbookDocument<K> }[Kind];

/** A problem found while reading a file, before any rule runs. */
export interface LoadProblem {
  file: string;
  rule: string;
  line: number;
  column: number;
  message: string;
}

export interface SourceFile {
  /** Path relative to `content/`, `/`-separated. */
  path: string;
  bytes: Uint8Array | string;
}

/** A file under `content/` that is not a valid document, read only when its text is needed (by `content/secret`). */
interface OtherFile {
  /** `content/...` */
  file: string;
  read(): Uint8Array | string;
}

export interface Handbook {
  policy: Policy;
  /** Documents that passed their schema. */
  documents: AnyDocument[];
  /** Every file that looked like a document, valid or not, by `kind:id` (references to a broken file are not dangling). */
  knownKeys: Set<string>;
  byKey: Map<string, AnyDocument>;
  problems: LoadProblem[];
  /**
   * Every other file under `content/`: the ones that gave no document (a schema error, a duplicate id), and
   * from the loader policy.yaml and files that are not documents at all. Secrets are looked for in every
   * file, valid or not: a broken file is still committed.
   */
  otherFiles: OtherFile[];
  /** Text of `.github/CODEOWNERS` when the handbook has one (set by the loader; rule `codeowners/outdated`). */
  codeowners?: string;
  /** Files under `content/assets/` (`assets/diagram.png`) that documents may show as images. */
  assets?: ReadonlySet<string>;
  /** Position of a field of `content/policy.yaml` (set by the loader), so handbook-wide findings point at their line. */
  policyLocate?: (path: YamlPath) => { line: number; column: number };
}

export function contentFile(path: string): string {
  return `content/${path}`;
}

/** The schema a document's frontmatter is validated with (reports: one per cadence). */
export function schemaFor(location: DocumentLocation): z.ZodType {
  return location.kind === 'report' ? REPORT_SCHEMAS[location.cadence!] : KIND_SCHEMAS[location.kind];
}

function defaultVisibility(kind: Kind, data: Record<string, unknown>): 'public' | 'restricted' {
  const explicit = data.visibility;
  if (explicit === 'public' || explicit === 'restricted') return explicit;
  return kind === 'incident' && data.category === 'security' ? 'restricted' : 'public';
}

/** What reading one file gave: its document (when valid), its `kind:id` (when its path names one) and its problems. */
export interface LoadedFile {
  document?: AnyDocument;
  key?: string;
  problems: LoadProblem[];
  /** Where the document's frontmatter fields are, for a cache to keep (computed when asked). */
  positions?: () => FrontmatterPositions;
}

/** Reads one file into a document, or into problems. */
export function loadDocument(file: SourceFile): LoadedFile {
  const shown = contentFile(file.path);
  const problems: LoadProblem[] = [];
  const classified = classifyPath(file.path);
  if (!classified.ok) {
    problems.push({ file: shown, rule: 'document/location', line: 1, column: 1, message: classified.message });
    return { problems };
  }
  const { location } = classified;
  const key = documentKey(location.kind, location.id);
  const source: ParsedSource = parseSource(file.bytes);
  for (const p of source.problems) problems.push({ file: shown, ...p });
  if (!source.data) return { key, problems };

  const schema = schemaFor(location);
  const parsed = schema.safeParse(source.data);
  if (!parsed.success) {
    for (const p of schemaProblems(schema, source.data, parsed.error)) {
      problems.push({ file: shown, rule: 'document/schema', ...source.locate(p.path), message: p.message });
    }
    return { key, problems };
  }
  let mdx: MdxParse | undefined;
  const document = {
    kind: location.kind,
    id: location.id,
    key,
    file: shown,
    location,
    data: parsed.data,
    visibility: defaultVisibility(location.kind, source.data),
    body: source.body,
    bodyLine: source.bodyLine,
    frontmatter: source.frontmatter,
    lineCount: source.lineCount,
    locate: source.locate,
    mdx: () => (mdx ??= parseMdx(source.body)),
  } as AnyDocument;
  return { document, key, problems, ...(source.positions ? { positions: source.positions } : {}) };
}

/**
 * The part of a loaded document that is plain data: what a parse cache stores so that an unchanged file
 * need not be parsed again (`documentFromCache`). Body and frontmatter text are not kept.
 */
export interface CachedDocument {
  location: DocumentLocation;
  data: unknown;
  visibility: 'public' | 'restricted';
  bodyLine: number;
  lineCount: number;
  /** The body's link targets (`bodyLinkUrls`), so `--changed` follows reverse references without reading bodies; absent in an older entry. */
  links?: string[];
  /** What the frontmatter names (`frontmatterNames`), so `--changed` follows them without parsing every document's data; absent in an older entry. */
  names?: FrontmatterNames;
  /** Where its frontmatter fields are, so a finding's line needs no second parse; absent in an older entry. */
  positions?: FrontmatterPositions;
}

/** The body's link targets (the parse is the one the link rules use, so it is not repeated). */
function linksOf(document: AnyDocument): string[] {
  if (!mayHaveLinks(document.body)) return [];
  const parsed = document.mdx();
  return parsed.ok ? bodyLinkUrls(parsed.tree) : [];
}

/** A loaded file as the plain data a cache stores (problems are kept: they are reported when the file is checked). */
export function cacheableFile(loaded: LoadedFile): { key?: string; problems: LoadProblem[]; document?: CachedDocument } {
  const d = loaded.document;
  return {
    ...(loaded.key ? { key: loaded.key } : {}),
    problems: loaded.problems,
    ...(d
      ? {
          document: {
            location: d.location,
            data: d.data,
            visibility: d.visibility,
            bodyLine: d.bodyLine,
            lineCount: d.lineCount,
            links: linksOf(d),
            names: frontmatterNames(d),
            ...(loaded.positions ? { positions: loaded.positions() } : {}),
          },
        }
      : {}),
  };
}

/**
 * A document rebuilt from cached data. Rules read frontmatter data from every document but the body and
 * positions only of the ones they report on, so those are read again from the file (`read`, supplied by
 * the caller) on first use: results are the same as for a freshly parsed file. A class, not a literal with
 * closures: a large handbook makes ten thousand of these per `check --changed`, and allocation was a good
 * part of its time.
 */
class CachedHandbookDocument {
  readonly kind: Kind;
  readonly id: string;
  readonly key: string;
  readonly file: string;
  readonly location: DocumentLocation;
  readonly visibility: 'public' | 'restricted';
  readonly bodyLine: number;
  readonly lineCount: number;
  readonly #path: string;
  readonly #cached: CachedDocument;
  readonly #read: (path: string) => Uint8Array | string;
  #data: unknown;
  #dataRead = false;
  #parsed: ParsedSource | undefined;
  #split: SplitSource | undefined;
  #mdx: MdxParse | undefined;
  #locate: ((path: YamlPath) => { line: number; column: number }) | undefined;

  constructor(path: string, cached: CachedDocument, read: (path: string) => Uint8Array | string) {
    const { location } = cached;
    this.kind = location.kind;
    this.id = location.id;
    this.key = documentKey(location.kind, location.id);
    this.file = contentFile(path);
    this.location = location;
    this.visibility = cached.visibility;
    this.bodyLine = cached.bodyLine;
    this.lineCount = cached.lineCount;
    this.#path = path;
    this.#cached = cached;
    this.#read = read;
  }

  /** Read on first use (a cache may keep it as text); a cache that cannot give it costs a fresh read of the file. */
  get data(): unknown {
    if (!this.#dataRead) {
      try {
        this.#data = this.#cached.data;
      } catch {
        this.#data = loadDocument({ path: this.#path, bytes: this.#read(this.#path) }).document?.data;
      }
      this.#dataRead = true;
    }
    return this.#data;
  }

  #reparsed(): ParsedSource {
    return (this.#parsed ??= parseSource(this.#read(this.#path)));
  }

  /** Body and frontmatter text without the YAML read again: a build reads every body (≈0.25 ms a document saved). */
  #splitOnly(): SplitSource {
    return (this.#split ??= this.#parsed ?? splitSource(this.#read(this.#path)));
  }

  get body(): string {
    return this.#splitOnly().body;
  }

  get bodyLinks(): readonly string[] | undefined {
    return this.#cached.links;
  }

  get names(): FrontmatterNames | undefined {
    return this.#cached.names;
  }

  get frontmatter(): string {
    return this.#splitOnly().frontmatter;
  }

  /** From the cached positions when the entry has them (and they can be read), else from a parse of the file. */
  locate(at: YamlPath): { line: number; column: number } {
    if (!this.#locate && !this.#parsed) {
      try {
        const positions = this.#cached.positions;
        if (positions) this.#locate = positionsLocator(positions);
      } catch {
        // A damaged entry: the file is parsed again below.
      }
    }
    return (this.#locate ?? this.#reparsed().locate)(at);
  }

  mdx(): MdxParse {
    return (this.#mdx ??= parseMdx(this.body));
  }
}

/** Whether a document's body may hold links, without reading the body of a cached document. */
export function documentMayLink(document: AnyDocument): boolean {
  const cached = cachedBodyLinks(document);
  return cached ? cached.length > 0 : mayHaveLinks(document.body);
}

/** The body link targets a cached document carries, or undefined for a freshly read one. */
export function cachedBodyLinks(document: AnyDocument): readonly string[] | undefined {
  return document instanceof CachedHandbookDocument ? document.bodyLinks : undefined;
}

/** What a cached document's frontmatter names, or undefined for a freshly read one (or an older cache entry). */
export function cachedFrontmatterNames(document: AnyDocument): FrontmatterNames | undefined {
  return document instanceof CachedHandbookDocument ? document.names : undefined;
}

/** `read(path)` gives the bytes of a file under `content/` when a rule needs its body or positions. */
export function documentFromCache(path: string, cached: CachedDocument, read: (path: string) => Uint8Array | string): AnyDocument {
  return new CachedHandbookDocument(path, cached, read) as unknown as AnyDocument;
}

/** Whether a path under `content/` is an asset (an image documents show), not a document. */
export function isAssetPath(path: string): boolean {
  return path.startsWith(`${ASSET_FOLDER}/`);
}

/** A handbook from files under `content/`: documents, and the assets among them. */
export function buildHandbook(policy: Policy, files: readonly SourceFile[]): Handbook {
  const documents = files.filter((f) => !isAssetPath(f.path));
  const handbook = assembleHandbook(
    policy,
    documents.map((file) => ({ path: file.path, read: () => file.bytes, ...loadDocument(file) })),
  );
  const assets = files.filter((f) => isAssetPath(f.path)).map((f) => f.path);
  return assets.length > 0 ? { ...handbook, assets: new Set(assets) } : handbook;
}

/**
 * The handbook from files already loaded (freshly or from a cache), in path order: duplicates are found here.
 * `read` gives a file's bytes again, for the files that end up in `otherFiles`.
 */
export function assembleHandbook(policy: Policy, files: readonly (LoadedFile & { path: string; read?: () => Uint8Array | string })[]): Handbook {
  const documents: AnyDocument[] = [];
  const otherFiles: OtherFile[] = [];
  const problems: LoadProblem[] = [];
  const knownKeys = new Set<string>();
  const byKey = new Map<string, AnyDocument>();
  const firstFileOfKey = new Map<string, string>();
  for (const loaded of files) {
    problems.push(...loaded.problems);
    if (loaded.key) {
      const earlier = firstFileOfKey.get(loaded.key);
      if (earlier) {
        problems.push({
          file: contentFile(loaded.path),
          rule: 'document/duplicate-id',
          line: 1,
          column: 1,
          message: `Expected a unique id, found "${loaded.key.split(':')[1]}" already used by ${earlier}; rename one of the files`,
        });
        if (loaded.read) otherFiles.push({ file: contentFile(loaded.path), read: loaded.read });
        continue;
      }
      firstFileOfKey.set(loaded.key, contentFile(loaded.path));
      knownKeys.add(loaded.key);
    }
    if (loaded.document) {
      documents.push(loaded.document);
      byKey.set(loaded.document.key, loaded.document);
    } else if (loaded.read) {
      otherFiles.push({ file: contentFile(loaded.path), read: loaded.read });
    }
  }
  return { policy, documents, otherFiles, knownKeys, byKey, problems };
}

/** Documents grouped by kind in one pass (push, not spread: spreading per document is quadratic on large handbooks). */
export function groupByKind(documents: readonly AnyDocument[]): Map<Kind, AnyDocument[]> {
  const map = new Map<Kind, AnyDocument[]>();
  for (const d of documents) {
    const list = map.get(d.kind);
    if (list) list.push(d);
    else map.set(d.kind, [d]);
  }
  return map;
}

export function documentsOfKind<K extends Kind>(handbook: Pick<Handbook, 'documents'>, kind: K): HandbookDocument<K>[] {
  return handbook.documents.filter((d): d is HandbookDocument<K> & AnyDocument => d.kind === kind) as HandbookDocument<K>[];
}
