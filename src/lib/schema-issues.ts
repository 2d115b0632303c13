/**
 * Turns zod issues into readable messages with the YAML path they point at, and suggests the field an
 * unknown key was probably meant to be ("did you mean").
 */
import type { z } from 'astro/zod';
import { closest, distance } from 'fastest-levenshtein';
import { jsonSchemaOf, knownKeysAt } from './schema-json.ts';
import type { YamlPath } from './source.ts';

export interface SchemaProblem {
  /** Path of the offending key; for a missing key, the path of the key itself (the locator falls back to its parent). */
  path: YamlPath;
  message: string;
}

export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, candidates as string[]);
  return distance(word, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return `${typeof value} ${String(value)}`;
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let v: unknown = data;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
};

export function schemaProblems(schema: z.ZodType, data: unknown, error: z.ZodError): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const field = path.length ? `"${path.join('.')}"` : 'the frontmatter';
    const found = valueAt(data, path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeysAt(jsonSchemaOf(schema), path);
        for (const key of issue.keys) {
          const guess = didYouMean(key, known);
          const where = path.length ? ` in "${path.join('.')}"` : '';
          problems.push({
            path: [...path, key],
            message: guess ? `Unknown field "${key}"${where}; did you mean "${guess}"?` : `Unknown field "${key}"${where}; expected one of ${known.join(', ')}`,
          });
        }
        break;
      }
      case 'invalid_type':
        problems.push({
          path,
          message:
            found === undefined
              ? `Missing required field ${field}`
              : `Expected ${TYPE_NAMES[issue.expected] ?? issue.expected} for ${field}, found ${describe(found)}`,
        });
        break;
      case 'invalid_value':
        problems.push({
          path,
          message: `Expected one of ${issue.values.map(String).join(', ')} for ${field}, found ${describe(found)}`,
        });
        break;
      case 'too_small':
        problems.push({
          path,
          message:
            issue.origin === 'array'
              ? `Expected at least ${String(issue.minimum)} item(s) in ${field}`
              : issue.origin === 'string'
                ? `Expected ${field} to be at least ${String(issue.minimum)} character(s), found ${describe(found)}`
                : `Expected ${field} to be at least ${String(issue.minimum)}, found ${describe(found)}`,
        });
        break;
      case 'too_big':
        problems.push({ path, message: `Expected ${field} to be at most ${String(issue.maximum)}, found ${describe(found)}` });
        break;
      default:
        problems.push({ path, message: `${issue.message} (${field})` });
    }
  }
  return problems;
}
