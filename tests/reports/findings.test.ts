/** The check's policy findings land in the period of the fact they record, and restricted ones nowhere public. */
import { expect, test } from 'vitest';
import { runCheck } from '../../src/lib/check.ts';
import { buildReportModels } from '../../src/lib/reports/model.ts';
import { NOW, publicDocuments, testHandbook } from './handbook.ts';

const handbook = testHandbook();
const documents = publicDocuments(handbook.documents);
// All findings, the restricted incident's included: the model must leave those out by itself.
const diagnostics = runCheck(handbook, { now: NOW });
const models = buildReportModels({ policy: handbook.policy, documents, diagnostics, now: NOW });
const november = models.monthly.find((m) => m.period === '2026-11')!.figures.findings;

test('findings of November records are November’s', () => {
  expect(november.byRule).toMatchObject({
    'incident/response-sla': 1, // b: acknowledged 45 min after detection, P2 allows 30
    'incident/escalation': 1, // c: CTO escalated 20 min after detection of a P1
    'change/emergency-documented': 1, // y: written up 49 h after execution, 48 h allowed
    'report/missing': 2, // weekly W44 (ends 1 Nov) and W45 (ends 8 Nov); W46 and W47 exist
  });
  const files = november.items.map((i) => i.file);
  expect(files).toContain('content/incidents/2026/b.mdx');
  expect(files).toContain('content/changes/2026/y.mdx');
});

test('a missing quarterly review belongs to the quarter it was due for', () => {
  const q3 = models.quarterly.find((m) => m.period === '2026-Q3')!.figures.findings;
  expect(
    q3.items
      .filter((i) => i.rule === 'report/missing')
      .map((i) => i.message)
      .join('\n'),
  ).toContain('2026-Q3');
});

test('no public period shows a finding about the restricted incident', () => {
  const all = Object.values(models).flatMap((list) => list.flatMap((m) => m.figures.findings.items));
  expect(all.length).toBeGreaterThan(0);
  expect(diagnostics.filter((d) => d.file.includes('d-secret')).length).toBeGreaterThan(0);
  expect(all.filter((i) => i.file.includes('d-secret'))).toEqual([]);
});
