/**
 * Which commits a page may describe. A commit's subject is written for the whole commit, so a commit
 * that added a public runbook together with a restricted incident may well name the incident ("보안 사고
 * 2026-08-25 기록과 런북 보강"). A page of the runbook shows that subject only when every `content/` path
 * the commit touched is a public document; otherwise only the date. The date stays because the page's
 * own document did change that day (it is the document's history, not the incident's), and the row
 * stays so the history and "최근 수정" keep the right count and date.
 *
 * The answer must not depend on whether the restricted files are present (the public build is the same
 * with or without them; git history is the same either way): a path counts as public only when it is a
 * public document of this build, so a restricted file, a deleted or renamed one, and a path that is not
 * a document all count as not public. `content/policy.yaml` is published as a whole (its tables are on
 * the guide pages) and is never restricted, so it counts as public. Pure: the caller supplies the set.
 */

export interface CommitFacts {
  date: string;
  /** Every `content/` path the commit touched. */
  files: readonly string[];
}

/** A commit as a page may show it: whole, or only its date. */
export type ShownCommit<C extends CommitFacts> = (C & { withheld: false }) | { date: string; withheld: true };

/** Paths that are public though they are not documents. */
const ALWAYS_PUBLIC = new Set(['content/policy.yaml']);

/**
 * `showCommit(publicFiles)(commit)`; `publicFiles` undefined means every path may be shown (the restricted
 * build). Each commit is decided once (it is shared by the lists of all its files).
 */
export function commitShower<C extends CommitFacts>(publicFiles: ReadonlySet<string> | undefined): (commit: C) => ShownCommit<C> {
  const memo = new WeakMap<C, ShownCommit<C>>();
  return (commit) => {
    let shown = memo.get(commit);
    if (!shown) {
      const open = !publicFiles || commit.files.every((f) => publicFiles.has(f) || ALWAYS_PUBLIC.has(f));
      shown = open ? { ...commit, withheld: false } : { date: commit.date, withheld: true };
      memo.set(commit, shown);
    }
    return shown;
  };
}
