/**
 * Lays out the bench's working folders under `bench-out/` (gitignored): `work-N/` is the project with a
 * synthetic `content/` (its own git repo, so `check --changed` has a base), `bare-N/` is a bare Astro 7
 * project rendering the same MDX files through one collection with a trivial layout (the framework
 * floor), and `bare-md-N/` the same with every body as a `.md` file (Astro's Markdown floor: nearly every
 * body is plain Markdown, and opsbook compiles none of them as MDX). Nothing in the project itself is written.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { generateHandbook, type GeneratedHandbook, type PolicyFacts } from './generate.ts';

/** Project files the full build needs, copied (not linked: Vite resolves symlinks outside the root). */
const COPIED = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export function policyFacts(policyText: string): PolicyFacts {
  const p = parse(policyText) as {
    people: { id: string; roles: string[] }[];
    scenarios: { id: string }[];
    routines: { id: string }[];
    changes: { approver_roles: string[]; approvals: PolicyFacts['approvals']; blackout?: { start: string; end: string }[] };
  };
  return {
    people: p.people,
    scenarios: p.scenarios,
    routines: p.routines,
    approverRoles: p.changes.approver_roles,
    approvals: p.changes.approvals,
    blackout: (p.changes.blackout ?? []).map((b) => ({ start: String(b.start), end: String(b.end) })),
  };
}

function writeFiles(dir: string, files: ReadonlyMap<string, string>): void {
  const made = new Set<string>();
  for (const [rel, text] of files) {
    const full = path.join(dir, rel);
    const parent = path.dirname(full);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(full, text);
  }
}

function git(cwd: string, args: string[]): void {
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });
}

export interface WorkDirs {
  work: string;
  bare: string;
  bareMarkdown: string;
  handbook: GeneratedHandbook;
  /** Documents in content/ (generated plus the copied guide pages). */
  documents: number;
}

/** Generates the handbook and both projects; `projectRoot` is the opsbook checkout. */
export function prepare(projectRoot: string, outDir: string, n: number, seed = 1): WorkDirs {
  const work = path.join(outDir, `work-${n}`);
  const bare = path.join(outDir, `bare-${n}`);
  const bareMarkdown = path.join(outDir, `bare-md-${n}`);
  for (const dir of [work, bare, bareMarkdown]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });

  const policyText = readFileSync(path.join(projectRoot, 'content', 'policy.yaml'), 'utf8');
  const guides = readdirSync(path.join(projectRoot, 'content', 'guide')).filter((f) => f.endsWith('.mdx')).length;
  const handbook = generateHandbook(Math.max(1, n - guides), policyFacts(policyText), seed);
  for (const item of COPIED) {
    const from = path.join(projectRoot, item);
    if (existsSync(from)) cpSync(from, path.join(work, item), { recursive: true });
  }
  linkNodeModules(projectRoot, work);
  // The real guide pages (the policy's required documents point at them); everything else is generated.
  cpSync(path.join(projectRoot, 'content', 'guide'), path.join(work, 'content', 'guide'), { recursive: true });
  writeFileSync(path.join(work, 'content', 'policy.yaml'), policyText.replace(/^start_date:.*$/m, `start_date: ${handbook.startDate}`));
  writeFiles(path.join(work, 'content'), handbook.files);
  writeFileSync(path.join(work, '.gitignore'), 'node_modules\ndist\ndist.*\n.astro\n.cache\n*.cpuprofile\n');
  git(work, ['init', '-q', '-b', 'main']);
  git(work, ['add', '.']);
  git(work, ['commit', '-q', '-m', 'synthetic handbook']);

  writeBare(bare, projectRoot, path.join(work, 'content'));
  writeBareMarkdown(bareMarkdown, projectRoot, path.join(work, 'content'));
  return { work, bare, bareMarkdown, handbook, documents: handbook.files.size + guides };
}

/** Component names the guide pages use without importing them (the real site passes them in). */
function componentNames(contentDir: string): string[] {
  const names = new Set<string>();
  for (const f of readdirSync(path.join(contentDir, 'guide'))) {
    for (const m of readFileSync(path.join(contentDir, 'guide', f), 'utf8').matchAll(/<([A-Z][A-Za-z0-9]*)/g)) names.add(m[1]!);
  }
  return [...names].sort();
}

function writeBare(bare: string, projectRoot: string, contentDir: string): void {
  const names = componentNames(contentDir);
  writeBareProject(bare, projectRoot, {
    name: 'bare-astro',
    mdx: true,
    base: contentDir,
    pattern: '**/*.mdx',
    components: names,
    files: new Map([['src/components/Stub.astro', '<div class="stub"></div>\n']]),
  });
}

/** The Markdown floor: the same files as `.md` (frontmatter and bodies unchanged), one collection, a trivial layout. */
function writeBareMarkdown(dir: string, projectRoot: string, contentDir: string): void {
  const bodies = new Map<string, string>();
  for (const rel of readdirSync(contentDir, { recursive: true, encoding: 'utf8' })) {
    if (rel.endsWith('.mdx')) bodies.set(`content/${rel.slice(0, -'.mdx'.length)}.md`, readFileSync(path.join(contentDir, rel), 'utf8'));
  }
  writeBareProject(dir, projectRoot, { name: 'bare-astro-markdown', mdx: false, base: './content', pattern: '**/*.md', components: [], files: bodies });
}

interface BareProject {
  name: string;
  mdx: boolean;
  /** The collection's folder and glob. */
  base: string;
  pattern: string;
  /** Component names the bodies use, rendered as a stub (MDX only). */
  components: readonly string[];
  files: ReadonlyMap<string, string>;
}

/** A bare Astro 7 project: one collection rendered by one page with a trivial layout. */
function writeBareProject(dir: string, projectRoot: string, p: BareProject): void {
  const stub = p.components.length > 0;
  const files = new Map<string, string>([
    ['package.json', `{ "name": "${p.name}", "private": true, "type": "module" }\n`],
    [
      'astro.config.mjs',
      `${p.mdx ? "import mdx from '@astrojs/mdx';\n" : ''}import { defineConfig } from 'astro/config';\nexport default defineConfig({ ${p.mdx ? 'integrations: [mdx()], ' : ''}trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } });\n`,
    ],
    [
      'src/content.config.ts',
      `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { docs: defineCollection({ loader: glob({ base: ${JSON.stringify(p.base)}, pattern: '${p.pattern}' }) }) };\n`,
    ],
    [
      'src/pages/[...slug].astro',
      `---
import { getCollection, render } from 'astro:content';
${stub ? "import Stub from '../components/Stub.astro';\n" : ''}export async function getStaticPaths() {
  return (await getCollection('docs')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
${stub ? `const components = { ${p.components.map((n) => `${n}: Stub`).join(', ')} };\n` : ''}---
<!doctype html>
<html lang="ko"><head><meta charset="utf-8" /><title>{entry.data.title ?? entry.id}</title></head>
<body><main><h1>{entry.data.title ?? entry.id}</h1><Content${stub ? ' components={components}' : ''} /></main></body></html>
`,
    ],
    ['tsconfig.json', '{ "extends": "astro/tsconfigs/strict" }\n'],
    ...p.files,
  ]);
  writeFiles(dir, files);
  linkNodeModules(projectRoot, dir);
}

/**
 * A node_modules of links to the project's packages: shared code, but Astro's and Vite's caches
 * (node_modules/.astro, .vite) stay per project, so runs neither share nor clobber a content cache.
 */
function linkNodeModules(projectRoot: string, dir: string): void {
  const from = path.join(projectRoot, 'node_modules');
  const to = path.join(dir, 'node_modules');
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(path.join(from, entry), path.join(to, entry));
  }
}
