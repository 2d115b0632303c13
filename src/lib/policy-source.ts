/** Reads `content/policy.yaml` into a validated policy, or into positioned problems. */
import { Temporal } from 'temporal-polyfill';
import { PolicySchema, type Policy } from '../schemas/policy.ts';
import type { LoadProblem } from './handbook.ts';
import { schemaProblems } from './schema-issues.ts';
import { readYaml, type YamlPath } from './source.ts';

export const POLICY_FILE = 'content/policy.yaml';

export function readPolicy(text: string): { policy?: Policy; problems: LoadProblem[]; locate?: (path: YamlPath) => { line: number; column: number } } {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lastLine = Math.max(1, normalized.split('\n').length);
  const yaml = readYaml(normalized, 0, lastLine);
  const problem = (rule: string, path: YamlPath, message: string): LoadProblem => ({ file: POLICY_FILE, rule, ...yaml.locate(path), message });
  const problems: LoadProblem[] = yaml.problems.map((p) => ({ file: POLICY_FILE, ...p }));
  if (!yaml.data) return { problems };
  const parsed = PolicySchema.safeParse(yaml.data);
  if (!parsed.success) {
    for (const p of schemaProblems(PolicySchema, yaml.data, parsed.error)) problems.push(problem('policy/schema', p.path, p.message));
    return { problems };
  }
  const policy = parsed.data;
  try {
    Temporal.Now.instant().toZonedDateTimeISO(policy.timezone);
  } catch {
    problems.push(problem('policy/schema', ['timezone'], `Expected an IANA time zone such as "Asia/Seoul", found "${policy.timezone}"`));
  }
  const roles = new Set(Object.keys(policy.roles));
  policy.scenarios.forEach((s, i) => {
    if (!(s.group in policy.scenario_groups))
      problems.push(problem('policy/reference', ['scenarios', i, 'group'], `Cannot find scenario group "${s.group}" in scenario_groups`));
  });
  policy.people.forEach((p, i) => {
    if (!(p.team in policy.teams)) problems.push(problem('policy/reference', ['people', i, 'team'], `Cannot find team "${p.team}" in teams`));
    p.roles.forEach((r, j) => {
      if (!roles.has(r)) problems.push(problem('policy/reference', ['people', i, 'roles', j], `Cannot find role "${r}" in roles`));
    });
  });
  for (const [id, s] of Object.entries(policy.severities)) {
    s.escalation.to.forEach((r, j) => {
      if (!roles.has(r)) problems.push(problem('policy/reference', ['severities', id, 'escalation', 'to', j], `Cannot find role "${r}" in roles`));
    });
  }
  policy.changes.approver_roles.forEach((r, j) => {
    if (!roles.has(r)) problems.push(problem('policy/reference', ['changes', 'approver_roles', j], `Cannot find role "${r}" in roles`));
  });
  const ids = new Set<string>();
  const handles = new Map<string, string>();
  policy.people.forEach((p, i) => {
    if (ids.has(p.id)) problems.push(problem('policy/reference', ['people', i, 'id'], `Expected a unique person id, found "${p.id}" twice`));
    ids.add(p.id);
    // CODEOWNERS and review checks map handles back to people: one handle, one person.
    const handle = p.github.toLowerCase();
    const earlier = handles.get(handle);
    if (earlier)
      problems.push(problem('policy/reference', ['people', i, 'github'], `Expected a unique GitHub handle, found "${p.github}" also used by ${earlier}`));
    else handles.set(handle, p.id);
  });
  return problems.length ? { problems } : { policy, problems, locate: yaml.locate };
}
