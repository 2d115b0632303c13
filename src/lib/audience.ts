/**
 * The handbook as one audience sees it. The public site must be a function of the public documents:
 * adding or removing a restricted document may change no byte of a public build. So the site does not
 * filter the findings of a check over the whole handbook (a handbook-wide finding on a public runbook
 * could still say "last used on 2026-08-25", the day of a restricted incident); it runs the check over
 * this view, in which restricted documents do not exist. Pure: no file system, no Astro.
 */
import type { Handbook } from './handbook.ts';

export type Audience = 'public' | 'restricted';

function visibleTo(audience: Audience, visibility: 'public' | 'restricted'): boolean {
  return audience === 'restricted' || visibility === 'public';
}

/**
 * The handbook restricted to the documents `audience` may see: documents, `byKey`, `knownKeys` and
 * load problems of hidden documents removed. The restricted audience sees everything and gets the
 * handbook itself.
 *
 * A file that failed to load has no visibility to read; its key and problems stay (with the default
 * severities such a file blocks the build anyway). `.github/CODEOWNERS` is left out of the public view:
 * it names restricted files and is generated from them, so `codeowners/outdated` over public documents
 * alone would compare against the wrong thing; it is a repository matter and the full check still runs it.
 * It is left out even when nothing is hidden, so that a handbook without restricted documents gives the
 * same public view as one whose restricted documents were removed.
 */
export function forAudience(handbook: Handbook, audience: Audience): Handbook {
  if (audience === 'restricted') return handbook;
  const hiddenFiles = new Set<string>();
  const hiddenKeys = new Set<string>();
  const documents = handbook.documents.filter((d) => {
    if (visibleTo(audience, d.visibility)) return true;
    hiddenFiles.add(d.file);
    hiddenKeys.add(d.key);
    return false;
  });
  const { codeowners: _codeowners, ...rest } = handbook;
  return {
    ...rest,
    documents,
    byKey: new Map(documents.map((d) => [d.key, d])),
    knownKeys: new Set([...handbook.knownKeys].filter((k) => !hiddenKeys.has(k))),
    problems: handbook.problems.filter((p) => !hiddenFiles.has(p.file)),
  };
}
