/**
 * `--changed` checks only the changed documents plus the handbook-wide rules, and its cost follows the
 * change: documents outside the scope are never parsed as MDX nor scanned for secrets.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { runCheckAsync } from '../../src/lib/check.ts';
import { RULES } from '../../src/lib/rules/index.ts';
import { exampleRunbook } from '../../src/lib/rules/runbook-example.ts';
import { formatRuleList } from '../../src/lib/format/rules.ts';
import { handbookOf } from './helpers.ts';

describe('scope', () => {
  it('parses only the changed documents and still runs handbook-wide rules', async () => {
    const files: Record<string, string> = {};
    // MDX syntax in the body, so every rule that reads it needs the real parser (plain bodies take a line scan).
    const body = '## 증상\n\n<Callout>쓰기 실패</Callout>\n';
    for (let i = 0; i < 50; i++) files[`runbooks/r${i}.mdx`] = exampleRunbook({ 'last_reviewed: 2026-10-01': 'last_reviewed: 2026-01-01' }, body);
    const handbook = handbookOf(files);
    const parsed = new Set<string>();
    for (const d of handbook.documents) {
      const original = d.mdx;
      d.mdx = () => {
        parsed.add(d.file);
        return original();
      };
    }
    const diagnostics = await runCheckAsync(handbook, {
      now: Temporal.Instant.from('2026-11-26T09:00:00+09:00'),
      onlyFiles: new Set(['content/runbooks/r7.mdx']),
    });
    expect([...parsed]).toEqual(['content/runbooks/r7.mdx']);
    const files7 = new Set(diagnostics.filter((d) => d.file !== 'content/policy.yaml').map((d) => d.file));
    expect([...files7]).toEqual(['content/runbooks/r7.mdx']);
    expect(diagnostics.filter((d) => d.file === 'content/runbooks/r7.mdx').map((d) => d.rule)).toEqual(
      expect.arrayContaining(['runbook/required-sections', 'runbook/review-expired']),
    );
    // Handbook-wide: scenarios of the policy without a runbook are still reported.
    expect(diagnostics.some((d) => d.rule === 'runbook/scenario-coverage')).toBe(true);
  });
});

describe('--list-rules', () => {
  const ISSUE_RULES = [
    'incident/response-sla',
    'incident/escalation',
    'incident/postmortem-required',
    'incident/postmortem-complete',
    'incident/action-item-owner',
    'incident/action-item-overdue',
    'incident/runbook-used',
    'incident/stale-open',
    'security/phases',
    'change/required-sections',
    'change/four-eyes',
    'change/approved-before-execution',
    'change/emergency-reason',
    'change/emergency-documented',
    'change/result-recorded',
    'change/conflict',
    'change/incident-link',
    'runbook/review-expired',
    'runbook/required-sections',
    'runbook/scenario-coverage',
    'runbook/exercised',
    'routine/missed',
    'routine/failed',
    'report/missing',
    'report/backup-check',
    'handbook/required-documents',
    'content/secret',
    'content/internal-link',
  ];

  it('lists every rule of the guide with severity, description and guide section', () => {
    const rows = JSON.parse(formatRuleList(RULES, 'json')) as { id: string; severity: string; description: string; source: string | null }[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of ISSUE_RULES) {
      const row = byId.get(id);
      expect(row, id).toBeDefined();
      expect(row!.description.length, id).toBeGreaterThan(10);
      expect(row!.source, id).toBeTruthy();
    }
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('policy findings default to info, document problems to error or warning', () => {
    for (const rule of RULES.filter((r) => ISSUE_RULES.includes(r.id))) {
      expect(rule.category === 'policy' ? ['info'] : ['error', 'warning'], rule.id).toContain(rule.severity);
    }
  });
});
