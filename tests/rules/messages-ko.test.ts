/**
 * The site speaks Korean about the check (src/lib/rules/messages-ko.ts): every rule has a Korean
 * description, and every message a rule can put on a page — a policy finding or a warning — has a Korean
 * pattern. Run over every rule's documented examples and the example handbook, so a new rule or a
 * reworded English message fails here rather than showing English on the compliance page.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check.ts';
import { RULES } from '../../src/lib/rules/index.ts';
import { KOREAN_RULES, koreanDuration, messageKo, policyNames, ruleDescriptionKo, translateMessage } from '../../src/lib/rules/messages-ko.ts';
import { loadHandbook } from '../../src/node/load-handbook.ts';
import { FIXED_NOW } from '../helpers/handbook.ts';
import { runRule } from './helpers.ts';

const HANGUL = /[\uac00-\ud7a3]/;
/** Rules whose findings reach the site: errors stop the build, so only the others are shown there. */
const shown = RULES.filter((r) => r.category === 'policy' || r.severity !== 'error');

/** English wording left in a translation: the rule's sentence structure, or a duration unit. */
function englishLeft(text: string): string[] {
  return [...text.matchAll(/\b(Expected|found|none|within|by|days|late|\d+ (?:d|h|min|w|mo))\b/g)].map((m) => m[0]);
}

describe('Korean rule descriptions', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s has one', (id, rule) => {
    expect(KOREAN_RULES[id], `add "${id}" to src/lib/rules/messages-ko.ts`).toBeDefined();
    expect(ruleDescriptionKo(rule)).toMatch(HANGUL);
  });

  it('names no rule that does not exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect(Object.keys(KOREAN_RULES).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe.each(shown.map((r) => [r.id, r] as const))('Korean messages of %s', (id, rule) => {
  it('has patterns', () => {
    expect(KOREAN_RULES[id]?.messages?.length, `give "${id}" its messages in src/lib/rules/messages-ko.ts`).toBeGreaterThan(0);
  });

  it.each((rule.examples ?? []).filter((e) => e.expect.length > 0).map((e) => [e.name, e] as const))(
    'translates every finding of the example "%s"',
    async (_name, example) => {
      const { findings } = await runRule(rule, example.files, { now: example.now, policy: example.policy as Record<string, unknown> });
      expect(findings.length).toBeGreaterThan(0);
      for (const finding of findings) {
        const ko = translateMessage({ rule: id, message: finding.message });
        expect(ko, `no Korean pattern matches: ${finding.message}`).toBeDefined();
        expect(ko).toMatch(HANGUL);
        expect(englishLeft(ko!), ko).toEqual([]);
      }
    },
  );
});

describe('the example handbook in Korean', async () => {
  const handbook = await loadHandbook(process.cwd());
  const diagnostics = runCheck(handbook, { now: FIXED_NOW });

  it('has a Korean message for every finding the site shows', () => {
    expect(diagnostics.length).toBeGreaterThan(0);
    const untranslated = diagnostics.filter((d) => translateMessage(d) === undefined).map((d) => `${d.rule}: ${d.message}`);
    expect(untranslated).toEqual([]);
  });

  it('keeps the values of the English message', () => {
    for (const d of diagnostics) {
      const ko = messageKo(d);
      // Dates, times, ids and quoted titles carry over unchanged.
      for (const value of d.message.match(/\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?|"[^"]+"/g) ?? []) expect(ko, d.message).toContain(value.replace(/^"|"$/g, ''));
    }
  });
});

describe('names from the policy', () => {
  it('names an escalation role by its Korean name where the English gives its id', () => {
    const roles = { cto: 'CTO', 'team-lead': '팀장' };
    const message = 'Expected escalation to team-lead by 2026-10-14 20:18 for a P1 incident, found it at 2026-10-14 20:23';
    expect(messageKo({ rule: 'incident/escalation', message }, policyNames({ roles }))).toContain('팀장에게');
    expect(messageKo({ rule: 'incident/escalation', message })).toContain('team-lead에게');
  });
});

describe('koreanDuration', () => {
  it('words policy durations and elapsed times in Korean', () => {
    expect(koreanDuration('1 d 5 h 30 min')).toBe('1일 5시간 30분');
    expect(koreanDuration('48 h')).toBe('48시간');
    expect(koreanDuration('2 w')).toBe('2주');
  });
});
