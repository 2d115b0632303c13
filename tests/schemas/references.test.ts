/**
 * Which fields name another thing is said once, in the schemas (`x-references`, src/schemas/common.ts),
 * and read by one walk (`referencesIn`): the reference rules, the page keys and `check --changed` all use
 * it. These tests pin the annotated fields of every kind and the walk over real values.
 */
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf, referencesIn, type JsonSchema } from '../../src/lib/schema-json.ts';
import { KIND_SCHEMAS, REFERENCES_KEY, REPORT_SCHEMAS } from '../../src/schemas/index.ts';

/** Every annotated field of a schema, as `path: target` (lists written `field[]`). */
function annotated(schema: JsonSchema, path = ''): string[] {
  const here: string[] = [];
  const target = schema[REFERENCES_KEY];
  if (typeof target === 'string') here.push(`${path}: ${target}`);
  for (const option of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) here.push(...annotated(option, path));
  if (schema.items) here.push(...annotated(schema.items, `${path}[]`));
  for (const [key, field] of Object.entries(schema.properties ?? {})) here.push(...annotated(field, path ? `${path}.${key}` : key));
  return [...new Set(here)].sort();
}

describe('reference fields', () => {
  it.each([
    ['guide', []],
    ['runbook', ['owner: person', 'related[]: runbook', 'scenarios[]: scenario']],
    [
      'incident',
      [
        'action_items[].owner: person',
        'assignees[]: person',
        'caused_by[]: change',
        'commander: person',
        'escalations[].person: person',
        'escalations[].to: role',
        'postmortem.author: person',
        'postmortem.reviewers[]: person',
        'runbooks[]: runbook',
        'scenario: scenario',
        'scenarios[]: scenario',
      ],
    ],
    ['change', ['approvals[].approver: person', 'related_incidents[]: incident', 'requester: person', 'technical_review.reviewer: person']],
    ['routine', ['follow_up[]: change-or-incident', 'performer: person', 'runbooks[]: runbook']],
  ] as const)('are annotated in the %s schema', (kind, expected) => {
    expect(annotated(jsonSchemaOf(KIND_SCHEMAS[kind as keyof typeof KIND_SCHEMAS]))).toEqual([...expected]);
  });

  it('are annotated in every report schema: the author', () => {
    for (const schema of Object.values(REPORT_SCHEMAS)) expect(annotated(jsonSchemaOf(schema))).toEqual(['author: person']);
  });

  it('are found in a value with their paths, in the order the value holds them', () => {
    const json = jsonSchemaOf(KIND_SCHEMAS.incident);
    const found = referencesIn(json, {
      title: '복제 지연',
      commander: 'kim-minsu',
      assignees: ['lee-jiwon', 'park-jihoon'],
      escalations: [{ to: 'cto', at: '2026-11-02T10:00:00+09:00' }, { to: 'team-lead', person: 'choi-donghyun' }],
      caused_by: ['2026-11-01-db-upgrade'],
      postmortem: { author: 'kim-minsu', reviewers: [] },
      services: ['order-db'],
    });
    expect(found).toEqual([
      { path: ['commander'], id: 'kim-minsu', target: 'person' },
      { path: ['assignees', 0], id: 'lee-jiwon', target: 'person' },
      { path: ['assignees', 1], id: 'park-jihoon', target: 'person' },
      { path: ['escalations', 0, 'to'], id: 'cto', target: 'role' },
      { path: ['escalations', 1, 'to'], id: 'team-lead', target: 'role' },
      { path: ['escalations', 1, 'person'], id: 'choi-donghyun', target: 'person' },
      { path: ['caused_by', 0], id: '2026-11-01-db-upgrade', target: 'change' },
      { path: ['postmortem', 'author'], id: 'kim-minsu', target: 'person' },
    ]);
  });
});
