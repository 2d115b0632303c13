/** Reads a handbook from disk: the only place the check touches the file system for content. */
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { mapLimit, READ_CONCURRENCY } from './map-limit.ts';
import path from 'node:path';
import {
  assembleHandbook,
  buildHandbook,
  cacheableFile,
  contentFile,
  documentFromCache,
  loadDocument,
  type Handbook,
  type LoadedFile,
  type SourceFile,
} from '../lib/handbook.ts';
import { ToolError } from '../lib/errors.ts';
import { POLICY_FILE, readPolicy } from '../lib/policy-source.ts';
import type { Policy } from '../schemas/policy.ts';
import { listContent } from './content-listing.ts';
import { defaultCacheFile, ParseCache, stampOf, type FileStamp } from './parse-cache.ts';

export async function loadPolicy(root: string): Promise<Policy> {
  return (await readPolicyFile(root)).policy;
}

async function readPolicyFile(root: string): Promise<{ policy: Policy; text: string; locate?: Handbook['policyLocate'] }> {
  const file = path.join(root, 'content', 'policy.yaml');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ToolError(
      `Cannot read ${path.relative(process.cwd(), file) || file}; run the command from the handbook root (the folder holding content/policy.yaml)`,
    );
  }
  const { policy, problems, locate } = readPolicy(text);
  if (!policy) throw new ToolError('content/policy.yaml is not valid; fix it before the documents can be checked', problems);
  return { policy, text, locate };
}

/** Document files under content/, relative to it. Markdown files are included so a wrong extension is reported. */
export async function listContentFiles(root: string): Promise<string[]> {
  return listContent(root).documents;
}

export async function readSources(root: string, relPaths: readonly string[]): Promise<SourceFile[]> {
  return mapLimit(relPaths, READ_CONCURRENCY, async (p) => ({ path: p, bytes: new Uint8Array(await readFile(path.join(root, 'content', p))) }));
}

export interface LoadOptions {
  /**
   * The parse cache file (`defaultCacheFile(root)`); without it every file is read and parsed. With it the
   * files read are recorded, and files outside `onlyFiles` whose stat is unchanged come from it.
   */
  cache?: string;
  /**
   * The files (`content/...`) `check --changed` checks: always read; the others may come from the cache.
   * May be a promise (git still answering): files are listed and stamped meanwhile.
   */
  onlyFiles?: ReadonlySet<string> | Promise<ReadonlySet<string>>;
  /** Files modified this recently are not cached (default 2000; tests lower it). */
  racyMs?: number;
  /** Told how many files came from the cache and how many were read and parsed (with `cache`). */
  onLoad?: (counts: { cached: number; parsed: number }) => void;
}

export async function loadHandbook(root: string, options: LoadOptions = {}): Promise<Handbook> {
  const { policy, text, locate } = await readPolicyFile(root);
  const listing = listContent(root);
  const paths = listing.documents;
  const built = options.cache === undefined ? buildHandbook(policy, await readSources(root, paths)) : await loadCached(root, policy, paths, options);
  const content = path.join(root, 'content');
  // Secrets are looked for in every file: the policy, and files that are not documents (a `.env` left behind).
  const otherFiles = [
    ...built.otherFiles,
    { file: POLICY_FILE, read: () => text },
    ...listing.others.map((p) => ({ file: contentFile(p), read: () => readFileSync(path.join(content, p)) })),
  ];
  const handbook: Handbook = {
    ...built,
    otherFiles,
    problems: [...built.problems, ...listing.problems],
    ...(locate ? { policyLocate: locate } : {}),
    ...(listing.assets.length > 0 ? { assets: new Set(listing.assets) } : {}),
  };
  // Compared with the generated one by `codeowners/outdated`; absent on handbooks not hosted on GitHub.
  const codeowners = await readFile(path.join(root, '.github', 'CODEOWNERS'), 'utf8').catch(() => undefined);
  return codeowners === undefined ? handbook : { ...handbook, codeowners };
}

/**
 * The load of a build or a dev server: every file whose stat is unchanged since a check or build recorded
 * it comes from the parse cache, the others are read and parsed (and recorded). A build reads every body
 * anyway, but not every frontmatter's YAML: at 10,000 documents the load took 0.4 s instead of 3.2 s
 * (the positions of fields come from the cache too, for the findings). Nothing it gives differs from a
 * load without the cache (tests/cache/parse-cache.test.ts).
 */
export function loadHandbookForBuild(root: string, options: Pick<LoadOptions, 'racyMs' | 'onLoad'> = {}): Promise<Handbook> {
  const cache = defaultCacheFile(root);
  return loadHandbook(root, cache === undefined ? options : { ...options, cache, onlyFiles: new Set() });
}

/**
 * Loads through the parse cache. A full check (no `onlyFiles`) reads every file, as without a cache, and
 * records them; `--changed` takes unchanged files outside its changed set from the cache (their body and
 * positions are read again only if a rule asks) and writes the cache back only when it had to parse such a
 * file, since the changed files are likely to change again.
 */
async function loadCached(root: string, policy: Policy, paths: readonly string[], options: LoadOptions): Promise<ReturnType<typeof buildHandbook>> {
  const cache = ParseCache.open(options.cache, { racyMs: options.racyMs });
  const content = path.join(root, 'content');
  const read = (p: string) => readFileSync(path.join(content, p));
  const loaded: (LoadedFile & { path: string; read: () => Uint8Array | string })[] = new Array(paths.length);
  const toRead: { index: number; stamp: FileStamp | undefined }[] = [];
  let missedUnchanged = false;
  // Gone since the listing: no stamp, and reading it reports the problem as without a cache.
  // (`throwIfNoEntry: false` and a plain concatenation: this loop runs ten thousand times per --changed.)
  const stamps = paths.map((p) => {
    try {
      const stat = statSync(`${content}${path.sep}${p}`, { throwIfNoEntry: false });
      return stat && stampOf(stat);
    } catch {
      return undefined;
    }
  });
  const onlyFiles = await options.onlyFiles;
  paths.forEach((p, index) => {
    const stamp = stamps[index];
    const checked = !onlyFiles || onlyFiles.has(contentFile(p));
    const hit = stamp && !checked ? cache.get(p, stamp) : undefined;
    if (hit) {
      loaded[index] = {
        path: p,
        problems: hit.problems,
        key: hit.key,
        document: hit.document && documentFromCache(p, hit.document, read),
        read: () => read(p),
      };
    } else {
      if (!checked) missedUnchanged = true;
      toRead.push({ index, stamp });
    }
  });
  const sources = await readSources(
    root,
    toRead.map(({ index }) => paths[index]!),
  );
  toRead.forEach(({ index, stamp }, i) => {
    const source = sources[i]!;
    const result = { path: paths[index]!, ...loadDocument(source) };
    loaded[index] = { ...result, read: () => source.bytes };
    if (stamp) cache.set(result.path, stamp, cacheableFile(result));
  });
  if (cache.dirty && (!onlyFiles || missedUnchanged)) await cache.save();
  options.onLoad?.({ cached: paths.length - toRead.length, parsed: toRead.length });
  return assembleHandbook(policy, loaded);
}
