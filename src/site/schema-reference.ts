/**
 * The frontmatter reference, generated from the zod schemas themselves so it can never drift: a walk
 * over each schema gives field paths, types, required/default; the field doc comments are read from the
 * schema source files (`/** … *\/` above each key), which stay the single place fields are documented.
 */
import type { z } from 'astro/zod';
import { ApproxTimestamp, IsoDuration, PersonRef, PlainDate, ServiceRef, Slug, Timestamp } from '../schemas/common.ts';

export interface FieldRow {
  /** Dotted path; array elements are written `items[]`. */
  path: string;
  depth: number;
  type: string;
  required: boolean;
  default?: string;
  doc?: string;
}

type AnyZod = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } }; description?: string };

const NAMED: [unknown, string][] = [
  [Timestamp, '타임스탬프 (오프셋 포함, 예: 2026-11-25T14:03:00+09:00)'],
  [ApproxTimestamp, '타임스탬프 (오프셋 포함; 대략이면 앞에 ~, 예: ~2026-11-25T14:03+09:00)'],
  [PlainDate, '날짜 (YYYY-MM-DD)'],
  [IsoDuration, 'ISO 8601 기간 (예: PT15M, P1D)'],
  [PersonRef, '사람 id (정책 명단)'],
  [ServiceRef, '서비스 id'],
  [Slug, 'id (소문자, 숫자, -)'],
];

/** Extracts `/** doc *\/` comments keyed by `Const.path.to.key` from TypeScript schema source. */
export function extractFieldDocs(source: string): Map<string, string> {
  const docs = new Map<string, string>();
  const stack: { key: string; depth: number }[] = [];
  let depth = 0;
  let pending: string | undefined;
  let inComment: string[] | undefined;
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    if (inComment || trimmed.startsWith('/**')) {
      inComment ??= [];
      inComment.push(
        trimmed
          .replace(/^\/\*\*\s?/, '')
          .replace(/\s*\*\/$/, '')
          .replace(/^\*\s?/, ''),
      );
      if (trimmed.endsWith('*/')) {
        pending = inComment.join(' ').replace(/\s+/g, ' ').trim();
        inComment = undefined;
      }
      continue;
    }
    const match = /^(?:export\s+)?const\s+(\w+)\s*[=:]|^(\w+)\s*:/.exec(trimmed);
    if (match) {
      while (stack.length && stack.at(-1)!.depth >= depth) stack.pop();
      const key = (match[1] ?? match[2])!;
      if (pending && stack.length) docs.set([...stack.map((s) => s.key), key].join('.'), pending);
      stack.push({ key, depth });
    }
    if (trimmed) pending = undefined;
    for (const ch of line.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '')) {
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
    }
  }
  return docs;
}

function findDoc(docs: Map<string, string>, root: string, path: string[], schema: AnyZod): string | undefined {
  const clean = path.map((p) => p.replace(/\[\]$/, ''));
  const exact = docs.get([root, ...clean].join('.'));
  if (exact) return exact;
  const last = clean.at(-1)!;
  const lastTwo = clean.slice(-2).join('.');
  for (const [key, doc] of docs) if (clean.length > 1 && key.endsWith(`.${lastTwo}`)) return doc;
  // Top-level shared fields (BaseFields, ReportBase) and fields of helper objects (ActionItem, SeverityPolicy).
  for (const [key, doc] of docs) {
    const owner = key.split('.')[0]!;
    if (!owner.endsWith('Schema') && key.split('.').length === 2 && key.endsWith(`.${last}`)) return doc;
  }
  return schema.description;
}

function unwrap(schema: AnyZod): { inner: AnyZod; required: boolean; default?: unknown } {
  let inner = schema;
  let required = true;
  let fallback: unknown;
  for (;;) {
    const def = inner._zod.def;
    if (def.type === 'optional') required = false;
    else if (def.type === 'default') {
      required = false;
      fallback = def.defaultValue;
    } else break;
    inner = def.innerType as AnyZod;
  }
  return { inner, required, default: fallback };
}

function typeName(schema: AnyZod): string {
  const named = NAMED.find(([s]) => s === schema);
  if (named) return named[1];
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return '문자열';
    case 'number':
      return (def.checks as AnyZod[] | undefined)?.some((c) => (c._zod.def as { format?: string }).format === 'safeint') ? '정수' : '숫자';
    case 'boolean':
      return '참/거짓';
    case 'enum':
      return Object.values(def.entries as Record<string, string>).join(' | ');
    case 'literal':
      return (def.values as unknown[]).map(String).join(' | ');
    case 'array':
      return `목록 (${typeName(unwrap(def.element as AnyZod).inner)})`;
    case 'object':
      return '객체';
    case 'record':
      return `맵 (${typeName(def.keyType as AnyZod)} → ${typeName(unwrap(def.valueType as AnyZod).inner)})`;
    case 'pipe':
      return typeName(def.out as AnyZod);
    case 'union':
      return (def.options as AnyZod[]).map((o) => typeName(unwrap(o).inner)).join(' 또는 ');
    default:
      return def.type;
  }
}

/** Rows of a schema's fields, depth-first, in declaration order. */
export function schemaRows(schema: z.ZodType, root: string, docs: Map<string, string>, maxDepth = 3): FieldRow[] {
  const rows: FieldRow[] = [];
  const walk = (s: AnyZod, path: string[]) => {
    const shape = (s._zod.def.shape ?? {}) as Record<string, AnyZod>;
    for (const [key, field] of Object.entries(shape)) {
      const { inner, required, default: fallback } = unwrap(field);
      const here = [...path, key];
      const row: FieldRow = { path: here.join('.'), depth: path.length, type: typeName(inner), required, doc: findDoc(docs, root, here, field) };
      if (fallback !== undefined) row.default = JSON.stringify(fallback);
      rows.push(row);
      if (path.length + 1 >= maxDepth) continue;
      if (inner._zod.def.type === 'object') walk(inner, here);
      else if (inner._zod.def.type === 'array') {
        const element = unwrap(inner._zod.def.element as AnyZod).inner;
        if (element._zod.def.type === 'object') walk(element, [...path, `${key}[]`]);
      }
    }
  };
  walk(schema as AnyZod, []);
  return rows;
}
