/**
 * Problems found while reading files, before any rule can look at a document. They are listed here so
 * that `--list-rules`, severity overrides and the docs treat them like every other rule.
 */
import type { Rule } from './types.ts';

const GUIDE = '문서화';

export const loadRules: Rule[] = [
  { id: 'document/encoding', category: 'document', severity: 'error', source: GUIDE, description: 'Documents are UTF-8 text.' },
  {
    id: 'document/size',
    category: 'document',
    severity: 'error',
    source: GUIDE,
    description: 'A document is at most 1 MiB (SOURCE_LIMITS in src/lib/source.ts), so one file cannot exhaust the check or the build.',
  },
  {
    id: 'document/frontmatter',
    category: 'document',
    severity: 'error',
    source: GUIDE,
    description: 'A document starts with a YAML frontmatter block between "---" lines.',
  },
  {
    id: 'document/yaml',
    category: 'document',
    severity: 'error',
    source: GUIDE,
    description: 'The frontmatter is valid YAML (no duplicate keys, no syntax errors).',
  },
  {
    id: 'document/schema',
    category: 'document',
    severity: 'error',
    source: GUIDE,
    description: 'The frontmatter matches the schema of its kind: known fields, right types, offsets on timestamps.',
  },
  {
    id: 'document/location',
    category: 'document',
    severity: 'error',
    source: GUIDE,
    description: 'A document lives in the folder of its kind with a well-formed file name.',
  },
  {
    id: 'document/duplicate-id',
    category: 'document',
    severity: 'error',
    source: GUIDE,
    description: 'Every document id (its file name) is unique within its kind.',
  },
  { id: 'policy/schema', category: 'document', severity: 'error', description: 'content/policy.yaml matches the policy schema.' },
  { id: 'policy/reference', category: 'document', severity: 'error', description: 'Roles, teams and scenario groups named in the policy exist.' },
];
