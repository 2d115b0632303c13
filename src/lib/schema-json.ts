/**
 * The one walk over the schemas: zod's own JSON Schema of each (`z.toJSONSchema`, input side: what an
 * author writes). Field docs and type labels live in the schemas as `.meta({ description, title })`
 * (src/schemas/), so the JSON Schema carries them; the frontmatter reference page, the "did you mean"
 * of unknown keys and the published `/schemas/<kind>.json` all read this, never zod's internals. Pure.
 */
import { z } from 'astro/zod';
import { REFERENCES_KEY, type ReferenceTarget } from '../schemas/common.ts';
import type { YamlPath } from './source.ts';

export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  [key: string]: unknown;
}

const cache = new WeakMap<z.ZodType, JsonSchema>();

/** The JSON Schema (draft 2020-12) of what an author may write for `schema`. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  let json = cache.get(schema);
  if (!json) {
    // Timestamps and dates are preprocessed (a YAML reader may hand over a Date): that step has no JSON
    // Schema, so it stands as "anything" and the type comes from the field's meta (src/schemas/common.ts).
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', reused: 'inline' }) as JsonSchema;
    cache.set(schema, json);
  }
  return json;
}

/** The alternatives a value may take: a union's members, or the schema itself. */
function alternatives(s: JsonSchema): JsonSchema[] {
  const list = s.anyOf ?? s.oneOf;
  return list ? list.flatMap(alternatives) : [s];
}

function objectOf(s: JsonSchema | undefined): JsonSchema | undefined {
  return s && alternatives(s).find((a) => a.properties);
}

/** The keys an object accepts at `path` (following lists and unions); empty where any key goes. */
export function knownKeysAt(json: JsonSchema, path: YamlPath): string[] {
  let current: JsonSchema | undefined = json;
  for (const segment of path) {
    if (!current) return [];
    if (typeof segment === 'number') current = alternatives(current).find((a) => a.items)?.items;
    else current = objectOf(current)?.properties?.[segment];
  }
  return Object.keys(objectOf(current)?.properties ?? {});
}

/** A reference a document makes: the id it names, what kind of thing that is, and the field it sits in. */
export interface SchemaReference {
  path: YamlPath;
  id: string;
  target: ReferenceTarget;
}

/**
 * Every reference in `value` (a document's validated frontmatter): the strings whose schema carries the
 * `x-references` annotation (src/schemas/common.ts), found by walking the value alongside its JSON Schema,
 * in the order the value holds them.
 */
export function referencesIn(json: JsonSchema, value: unknown): SchemaReference[] {
  const found: SchemaReference[] = [];
  const visit = (plan: ReferencePlan, v: unknown, path: YamlPath) => {
    if (v === undefined || v === null) return;
    if (typeof v === 'string') {
      if (plan.target) found.push({ path, id: v, target: plan.target });
    } else if (Array.isArray(v)) {
      const items = plan.items;
      if (items) v.forEach((item, i) => visit(items, item, [...path, i]));
    } else if (typeof v === 'object' && plan.properties) {
      for (const key in v) {
        const property = plan.properties.get(key);
        if (property) visit(property, (v as Record<string, unknown>)[key], [...path, key]);
      }
    }
  };
  const plan = planOf(json);
  if (plan) visit(plan, value, []);
  return found;
}

/**
 * Where references can sit under a schema: its reference kind if a string here is one, and only the list
 * items and properties that lead to one. Most of a document (titles, timelines, prose fields) holds none;
 * walking all of it for every document was most of what `check --changed` spent finding the documents
 * that refer to a changed one.
 */
interface ReferencePlan {
  target?: ReferenceTarget;
  items?: ReferencePlan;
  properties?: Map<string, ReferencePlan>;
}

const plans = new WeakMap<JsonSchema, ReferencePlan | null>();

/** The plan for `schema`, or null where no reference can be (memoised: one per schema node). */
function planOf(schema: JsonSchema | undefined): ReferencePlan | null {
  if (!schema) return null;
  const known = plans.get(schema);
  if (known !== undefined) return known;
  // Provisionally none, so a schema that contains itself ends the recursion.
  plans.set(schema, null);
  const options = alternatives(schema);
  const plan: ReferencePlan = {};
  const target = options.map((o) => o[REFERENCES_KEY]).find((t) => typeof t === 'string');
  if (target) plan.target = target as ReferenceTarget;
  const items = planOf(options.find((o) => o.items)?.items);
  if (items) plan.items = items;
  const properties = new Map<string, ReferencePlan>();
  for (const [key, property] of Object.entries(objectOf(schema)?.properties ?? {})) {
    const p = planOf(property);
    if (p) properties.set(key, p);
  }
  if (properties.size > 0) plan.properties = properties;
  const result = plan.target || plan.items || plan.properties ? plan : null;
  plans.set(schema, result);
  return result;
}

export interface FieldRow {
  /** Dotted path; list elements are written `items[]`. */
  path: string;
  depth: number;
  /** The type as the reference page says it (Korean). */
  type: string;
  required: boolean;
  /** The default, as JSON. */
  default?: string;
  doc?: string;
}

function typeLabel(s: JsonSchema | undefined): string {
  if (!s) return '아무 값';
  if (s.title) return s.title;
  if (s.enum) return s.enum.map(String).join(' | ');
  if (s.const !== undefined) return String(s.const);
  const union = s.anyOf ?? s.oneOf;
  if (union) return union.map(typeLabel).join(' 또는 ');
  switch (Array.isArray(s.type) ? s.type[0] : s.type) {
    case 'string':
      return '문자열';
    case 'integer':
      return '정수';
    case 'number':
      return '숫자';
    case 'boolean':
      return '참/거짓';
    case 'array':
      return `목록 (${typeLabel(s.items)})`;
    case 'object':
      return s.properties ? '객체' : `맵 (문자열 → ${typeLabel(typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined)})`;
    default:
      return '아무 값';
  }
}

/** Rows of a schema's fields, depth-first, in declaration order, down to `maxDepth` levels. */
export function fieldRows(json: JsonSchema, maxDepth = 3): FieldRow[] {
  const rows: FieldRow[] = [];
  const walk = (object: JsonSchema, path: string[]) => {
    const required = new Set(object.required ?? []);
    for (const [key, field] of Object.entries(object.properties ?? {})) {
      const here = [...path, key];
      const row: FieldRow = { path: here.join('.'), depth: path.length, type: typeLabel(field), required: required.has(key) && field.default === undefined };
      if (field.default !== undefined) row.default = JSON.stringify(field.default);
      const doc = field.description ?? alternatives(field).find((a) => a.description)?.description;
      if (doc) row.doc = doc;
      rows.push(row);
      if (path.length + 1 >= maxDepth) continue;
      const inner = objectOf(field);
      if (inner) walk(inner, here);
      else {
        const element = objectOf(alternatives(field).find((a) => a.items)?.items);
        if (element) walk(element, [...path, `${key}[]`]);
      }
    }
  };
  walk(objectOf(json) ?? json, []);
  return rows;
}

/** The schemas published for editors (`schemas/<name>.json` in the repository, `/schemas/<name>.json` on the site), by name. */
export function publishedSchemas(kinds: {
  guide: z.ZodType;
  runbook: z.ZodType;
  incident: z.ZodType;
  change: z.ZodType;
  routine: z.ZodType;
  reports: Record<string, z.ZodType>;
  policy: z.ZodType;
}): Record<string, JsonSchema> {
  const { reports, ...rest } = kinds;
  const all: Record<string, z.ZodType> = { ...rest, ...Object.fromEntries(Object.entries(reports).map(([c, s]) => [`report-${c}`, s])) };
  return Object.fromEntries(Object.entries(all).map(([name, schema]) => [name, jsonSchemaOf(schema)]));
}
