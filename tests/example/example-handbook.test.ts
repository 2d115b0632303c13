/** The bundled example handbook is the product's showcase and test bed: it must pass the check. */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check.ts';
import { documentsOfKind } from '../../src/lib/handbook.ts';
import { loadHandbook } from '../../src/node/load-handbook.ts';
import { FIXED_NOW } from '../helpers/handbook.ts';

describe('example handbook', async () => {
  const handbook = await loadHandbook(process.cwd());
  const diagnostics = runCheck(handbook, { now: FIXED_NOW });

  it('has no document errors or warnings', () => {
    expect(diagnostics.filter((d) => d.severity !== 'info' && !d.suppressed).map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`)).toEqual([]);
  });

  it('has the breadth the issue asks for', () => {
    const runbooks = documentsOfKind(handbook, 'runbook');
    const covered = new Set(runbooks.flatMap((r) => r.data.scenarios));
    for (const scenario of handbook.policy.scenarios) expect(covered, scenario.id).toContain(scenario.id);

    const incidents = documentsOfKind(handbook, 'incident');
    expect(incidents.length).toBeGreaterThanOrEqual(15);
    expect(new Set(incidents.map((i) => i.data.severity))).toEqual(new Set(['P1', 'P2', 'P3', 'P4']));
    const quarters = new Set(incidents.map((i) => `${i.data.timeline.started.slice(0, 4)}-Q${Math.ceil(Number(i.data.timeline.started.slice(5, 7)) / 3)}`));
    expect(quarters.size).toBeGreaterThanOrEqual(2);
    for (const scenario of ['db-primary-failure', 'db-replication-lag', 'app-memory-leak', 'net-packet-loss']) {
      expect(
        incidents.some((i) => i.data.scenarios.includes(scenario)),
        scenario,
      ).toBe(true);
    }
    expect(incidents.some((i) => i.data.category === 'security' && i.visibility === 'restricted')).toBe(true);

    const changes = documentsOfKind(handbook, 'change');
    expect(changes.length).toBeGreaterThanOrEqual(12);
    expect(new Set(changes.map((c) => c.data.type))).toEqual(new Set(['standard', 'normal', 'emergency']));
    expect(changes.some((c) => c.data.result === 'rolled-back' || c.data.result === 'failed')).toBe(true);
    const causing = new Set(incidents.flatMap((i) => i.data.caused_by));
    expect(changes.some((c) => causing.has(c.id))).toBe(true);

    const routines = documentsOfKind(handbook, 'routine');
    expect(routines.some((r) => r.location.routine === 'backup-restore-test')).toBe(true);
    expect(routines.some((r) => r.location.routine === 'access-review')).toBe(true);

    const reports = documentsOfKind(handbook, 'report');
    for (const cadence of ['daily', 'weekly', 'monthly', 'quarterly']) {
      expect(
        reports.some((r) => r.location.cadence === cadence),
        cadence,
      ).toBe(true);
    }
  });
});
