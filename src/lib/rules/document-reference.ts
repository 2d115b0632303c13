/** Every id a document names (people, roles, scenarios, other documents) exists. */
import type { Kind } from '../../schemas/index.ts';
import { documentKey } from '../paths.ts';
import { didYouMean } from '../schema-issues.ts';
import type { ReferenceTarget } from '../../schemas/common.ts';
import { schemaFor, type AnyDocument } from '../handbook.ts';
import { jsonSchemaOf, referencesIn, type SchemaReference } from '../schema-json.ts';
import type { Rule, RuleContext } from './types.ts';

/** What a reference names: the targets the schemas annotate, and any document kind. */
type Target = ReferenceTarget | Kind;
type Ref = SchemaReference;

/** What a reference target is called in messages. */
export const REFERENCE_NAMES: Record<Target, string> = {
  person: 'person',
  role: 'role',
  scenario: 'failure scenario',
  guide: 'guide page',
  runbook: 'runbook',
  incident: 'incident',
  change: 'change',
  routine: 'routine record',
  report: 'report',
  'change-or-incident': 'change or incident',
};

/** The document kinds a reference target may name: none for people, roles and scenarios. */
export function documentKindsOf(target: Target): Kind[] {
  if (target === 'change-or-incident') return ['change', 'incident'];
  return target === 'person' || target === 'role' || target === 'scenario' ? [] : [target];
}

/** The references a document makes, with the field each one sits in: read from its schema's annotations (src/schemas/common.ts). */
export function referencesOf(document: AnyDocument): Ref[] {
  return referencesIn(jsonSchemaOf(schemaFor(document.location)), document.data);
}

function candidates(ctx: RuleContext, target: Target): string[] {
  switch (target) {
    case 'person':
      return ctx.policy.people.map((p) => p.id);
    case 'role':
      return Object.keys(ctx.policy.roles);
    case 'scenario':
      return ctx.policy.scenarios.map((s) => s.id);
    case 'change-or-incident':
      return [...candidates(ctx, 'change'), ...candidates(ctx, 'incident')];
    default:
      return [...ctx.handbook.knownKeys].filter((k) => k.startsWith(`${target}:`)).map((k) => k.slice(target.length + 1));
  }
}

function exists(ctx: RuleContext, target: Target, id: string): boolean {
  switch (target) {
    case 'person':
      return ctx.policy.people.some((p) => p.id === id);
    case 'role':
      return id in ctx.policy.roles;
    case 'scenario':
      return ctx.policy.scenarios.some((s) => s.id === id);
    case 'change-or-incident':
      return exists(ctx, 'change', id) || exists(ctx, 'incident', id);
    default:
      return ctx.handbook.knownKeys.has(documentKey(target, id));
  }
}

export const documentReference: Rule = {
  id: 'document/reference',
  category: 'document',
  severity: 'error',
  source: '문서화',
  description: 'Every person, role, scenario and document a document names exists.',
  check(ctx) {
    // Suggestions are only computed for broken references; the candidate list of each target is built once.
    const candidateCache = new Map<Target, string[]>();
    const candidatesFor = (target: Target) => {
      let list = candidateCache.get(target);
      if (!list) candidateCache.set(target, (list = candidates(ctx, target)));
      return list;
    };
    for (const document of ctx.targets) {
      if (document.kind === 'routine' && !ctx.policy.routines.some((r) => r.id === document.location.routine)) {
        const guess = didYouMean(
          document.location.routine!,
          ctx.policy.routines.map((r) => r.id),
        );
        ctx.report({
          document,
          line: 1,
          message: `Cannot find routine "${document.location.routine}" (the folder name) in the policy${guess ? `; did you mean "${guess}"?` : ''}`,
        });
      }
      for (const r of referencesOf(document)) {
        if (exists(ctx, r.target, r.id)) continue;
        const guess = didYouMean(r.id, candidatesFor(r.target));
        const where =
          r.target === 'person' ? ' in the policy roster (people)' : r.target === 'role' || r.target === 'scenario' ? ` in the policy (${r.target}s)` : '';
        ctx.report({ document, at: r.path, message: `Cannot find ${REFERENCE_NAMES[r.target]} "${r.id}"${where}${guess ? `; did you mean "${guess}"?` : ''}` });
      }
    }
  },
};
