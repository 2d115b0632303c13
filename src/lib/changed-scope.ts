/**
 * What `check --changed` must check so that it reports exactly what the full check reports for those
 * files: the files changed, added, deleted or renamed against the base, and every document that refers to
 * one of them (a reference field, an action item link or a body link), since a deleted or renamed
 * runbook turns its users' references into errors. When the policy changes (a person, scenario or number
 * removed), every document may be judged differently, so everything is checked. Pure.
 */
import type { AnyDocument, Handbook } from './handbook.ts';
import { namingPaths, referencedKeys } from './link-targets.ts';
import { classifyPath, documentKey } from './paths.ts';
import { POLICY_FILE } from './policy-source.ts';

function refersTo(document: AnyDocument, keys: ReadonlySet<string>, paths: ReadonlyMap<string, string>): boolean {
  return referencedKeys(document, paths).some((key) => keys.has(key));
}

/**
 * The files (`content/...`) to check for a set of changed root-relative paths, or undefined when
 * everything must be checked (the policy changed).
 */
export function changedScope(handbook: Handbook, changed: ReadonlySet<string>): Set<string> | undefined {
  if (changed.has(POLICY_FILE)) return undefined;
  const scope = new Set(changed);
  const keys = new Set<string>();
  const paths = new Map<string, string>();
  for (const file of changed) {
    if (!file.startsWith('content/')) continue;
    const classified = classifyPath(file.slice('content/'.length));
    if (!classified.ok) continue;
    const { kind, id } = classified.location;
    const key = documentKey(kind, id);
    keys.add(key);
    for (const p of namingPaths(kind, id, file)) paths.set(p, key);
  }
  if (keys.size === 0) return scope;
  for (const document of handbook.documents) {
    if (!scope.has(document.file) && refersTo(document, keys, paths)) scope.add(document.file);
  }
  return scope;
}
