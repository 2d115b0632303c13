/**
 * The links between documents, computed once per build in linear time (pages would otherwise scan every
 * incident for every runbook): which incidents used a runbook, which incidents a change caused, which
 * documents carry a tag or touch a service, and each file's git history (the raw log stays in here:
 * pages get it through `commits`, which withholds what a public page may not say).
 */
import { oncePerHandbook } from './handbook-version.ts';
import { commitShower, type ShownCommit } from '../lib/commit-visibility.ts';
import type { AnyDocument, HandbookDocument } from '../lib/handbook.ts';
import { readGitHistory, type FileCommit } from '../node/git-history.ts';
import { getHandbook, type SiteHandbook } from './handbook.ts';

export interface SiteIndex {
  handbook: SiteHandbook;
  /** Runbook id → incidents that list it in `runbooks`. */
  incidentsByRunbook: Map<string, HandbookDocument<'incident'>[]>;
  /** Runbook id → routine records (drills) that exercised it. */
  routinesByRunbook: Map<string, HandbookDocument<'routine'>[]>;
  /** Change id → incidents whose `caused_by` names it. */
  incidentsCausedBy: Map<string, HandbookDocument<'incident'>[]>;
  /** Incident id → changes that name it in `related_incidents`. */
  changesByIncident: Map<string, HandbookDocument<'change'>[]>;
  /** Scenario id → runbooks covering it. */
  runbooksByScenario: Map<string, HandbookDocument<'runbook'>[]>;
  byTag: Map<string, AnyDocument[]>;
  byService: Map<string, AnyDocument[]>;
  /** The changes an incident is linked with: those it names as causes, then those that name it; each once, only those this build shows. */
  changesOf(incident: HandbookDocument<'incident'>): HandbookDocument<'change'>[];
  /** The incidents a change names as related, less those it caused (a page lists those apart); only those this build shows. */
  relatedIncidentsOf(change: HandbookDocument<'change'>): HandbookDocument<'incident'>[];
  /**
   * Commits of a document, newest first (empty when not committed yet); on a public build a commit that
   * also touched anything but public documents shows only its date (src/lib/commit-visibility.ts).
   */
  commits(doc: Pick<AnyDocument, 'file'>): readonly SiteCommit[];
}

type SiteCommit = ShownCommit<FileCommit>;

export const getSite: () => Promise<SiteIndex> = oncePerHandbook(build);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Services a document touches (runbooks, incidents and changes list them). */
function servicesOf(doc: AnyDocument): string[] {
  return 'services' in doc.data && Array.isArray(doc.data.services) ? doc.data.services : [];
}

async function build(): Promise<SiteIndex> {
  const [handbook, history] = await Promise.all([getHandbook(), readGitHistory(process.cwd())]);
  const show = commitShower<FileCommit>(handbook.audience === 'restricted' ? undefined : new Set(handbook.documents.map((d) => d.file)));
  const index: SiteIndex = {
    handbook,
    incidentsByRunbook: new Map(),
    routinesByRunbook: new Map(),
    incidentsCausedBy: new Map(),
    changesByIncident: new Map(),
    runbooksByScenario: new Map(),
    byTag: new Map(),
    byService: new Map(),
    commits: (doc) => (history.get(doc.file) ?? []).map(show),
    changesOf: (incident) =>
      [...new Set([...incident.data.caused_by, ...(index.changesByIncident.get(incident.id) ?? []).map((c) => c.id)])]
        .map((id) => handbook.byKey('change', id))
        .filter((d): d is HandbookDocument<'change'> => d?.kind === 'change'),
    relatedIncidentsOf: (change) => {
      const caused = index.incidentsCausedBy.get(change.id) ?? [];
      return [...new Set(change.data.related_incidents)]
        .map((id) => handbook.byKey('incident', id))
        .filter((d): d is HandbookDocument<'incident'> => d?.kind === 'incident' && !caused.includes(d));
    },
  };
  for (const doc of handbook.documents) {
    for (const tag of doc.data.tags) push(index.byTag, tag, doc);
    for (const service of servicesOf(doc)) push(index.byService, service, doc);
    if (doc.kind === 'incident') {
      for (const runbook of doc.data.runbooks) push(index.incidentsByRunbook, runbook, doc);
      for (const change of doc.data.caused_by) push(index.incidentsCausedBy, change, doc);
    } else if (doc.kind === 'change') {
      for (const incident of doc.data.related_incidents) push(index.changesByIncident, incident, doc);
    } else if (doc.kind === 'routine') {
      for (const runbook of doc.data.runbooks) push(index.routinesByRunbook, runbook, doc);
    } else if (doc.kind === 'runbook') {
      for (const scenario of doc.data.scenarios) push(index.runbooksByScenario, scenario, doc);
    }
  }
  return index;
}

/** The person behind a commit, by roster e-mail when known (so pages show 김민수, not a git login). */
export function commitAuthor(handbook: SiteHandbook, commit: FileCommit): string {
  const person = handbook.full.policy.people.find((p) => p.email && p.email.toLowerCase() === commit.email.toLowerCase());
  return person?.name ?? commit.author;
}
