/** The schemas' one walk (src/lib/schema-json.ts): their JSON Schema carries every field's doc and type. */
import { describe, expect, it } from 'vitest';
import { fieldRows, jsonSchemaOf, knownKeysAt } from '../../src/lib/schema-json.ts';
import { CADENCES, KIND_SCHEMAS, PolicySchema, REPORT_SCHEMAS } from '../../src/schemas/index.ts';

const SCHEMAS = [
  ...(['guide', 'runbook', 'incident', 'change', 'routine'] as const).map((k) => [k, KIND_SCHEMAS[k]] as const),
  ...CADENCES.map((c) => [`report-${c}`, REPORT_SCHEMAS[c]] as const),
  ['policy', PolicySchema] as const,
];

describe('the JSON Schema of each kind', () => {
  it.each(SCHEMAS)('%s: every field an author writes has a description in the schema (.meta)', (_, schema) => {
    const undocumented = fieldRows(jsonSchemaOf(schema), 2)
      .filter((r) => !r.doc)
      .map((r) => r.path);
    expect(undocumented).toEqual([]);
  });

  it('says what a field is in the editor: timestamps, dates and durations have a format, strict objects refuse unknown keys', () => {
    const incident = jsonSchemaOf(KIND_SCHEMAS.incident);
    const timeline = incident.properties!.timeline!;
    // Incident times may be approximate (`~…`), so they are strings titled as such; other times are date-times.
    expect(timeline.properties!.started).toMatchObject({ type: 'string', title: expect.stringContaining('~') });
    expect(jsonSchemaOf(KIND_SCHEMAS.change).properties!.requested_at).toMatchObject({ type: 'string', format: 'date-time' });
    expect(timeline.additionalProperties).toBe(false);
    expect(incident.additionalProperties).toBe(false);
    expect(jsonSchemaOf(KIND_SCHEMAS.runbook).properties!.last_reviewed).toMatchObject({ type: 'string', format: 'date' });
    expect(jsonSchemaOf(KIND_SCHEMAS.runbook).required).toEqual(expect.arrayContaining(['title', 'owner', 'last_reviewed']));
  });

  it('gives the reference page its rows: type labels, defaults and nested paths', () => {
    const rows = new Map(fieldRows(jsonSchemaOf(KIND_SCHEMAS.incident)).map((r) => [r.path, r]));
    expect(rows.get('commander')).toMatchObject({ type: '사람 id (정책 명단)', required: true });
    expect(rows.get('timeline.started')?.type).toContain('타임스탬프');
    expect(rows.get('action_items[].status')).toMatchObject({ default: '"open"', required: false });
  });

  it('knows the keys an object accepts, through lists, for "did you mean"', () => {
    const incident = jsonSchemaOf(KIND_SCHEMAS.incident);
    expect(knownKeysAt(incident, ['timeline'])).toEqual(expect.arrayContaining(['started', 'detected', 'resolved']));
    expect(knownKeysAt(incident, ['action_items', 0])).toEqual(expect.arrayContaining(['title', 'owner', 'due']));
    expect(knownKeysAt(incident, ['title'])).toEqual([]);
  });
});

describe('schemas/ in the repository', () => {
  it('holds exactly the JSON Schemas the schemas give (npm run schemas writes them)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { schemaFiles, SCHEMA_FOLDER } = await import('../../src/cli/schemas.ts');
    const wanted = schemaFiles();
    expect(readdirSync(SCHEMA_FOLDER).sort()).toEqual([...wanted.keys()].sort());
    for (const [name, text] of wanted) expect(readFileSync(`${SCHEMA_FOLDER}/${name}`, 'utf8'), `${name}: run npm run schemas`).toBe(text);
  });
});
