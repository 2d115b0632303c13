/** The GitHub workflows and pull-request templates: valid YAML, and consistent with package.json. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { parse } from 'yaml';
import path from 'node:path';
import { NEW_KINDS } from '../../src/lib/scaffold/index.ts';
import { siteCacheDir } from '../../src/node/build-output.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const WORKFLOWS = readdirSync('.github/workflows').filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { name?: string; if?: string; steps?: Step[]; needs?: string; permissions?: Record<string, string> }>;
}

const load = (file: string) => parse(readFileSync(`.github/workflows/${file}`, 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);

describe('workflows', () => {
  it('both builds keep the incremental build cache between runs, restored before the build', () => {
    const cacheRoot = path.relative('.', path.dirname(siteCacheDir('.', 'public')));
    for (const file of ['deploy.yml', 'pull-request.yml']) {
      const s = steps(load(file));
      const cache = s.findIndex((x) => x.uses?.startsWith('actions/cache@'));
      const build = s.findIndex((x) => x.run === 'npm run build');
      expect(cache, file).toBeGreaterThanOrEqual(0);
      expect(cache, file).toBeLessThan(build);
      expect(s[cache]!.with?.path, file).toBe(cacheRoot);
      expect(String(s[cache]!.with?.key), file).toContain("hashFiles('package-lock.json')");
    }
  });

  it('parse as YAML and every `npm run X` they name is a package script', () => {
    expect(WORKFLOWS.sort()).toEqual(['approvals.yml', 'deploy.yml', 'pull-request.yml']);
    for (const file of WORKFLOWS) {
      const named = steps(load(file)).flatMap((s) => [...(s.run ?? '').matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!));
      expect(named.length).toBeGreaterThan(0);
      for (const script of named) expect(Object.keys(pkg.scripts), `${file}: npm run ${script}`).toContain(script);
    }
  });

  it('pull requests: install from the lock, check the changed documents with annotations, build', () => {
    const w = load('pull-request.yml');
    // Not on reviews: a review run would skip this check, and a skipped job passes a required check (approvals.yml).
    expect(Object.keys(w.on)).toEqual(['pull_request']);
    const s = steps(w);
    const checkout = s.find((x) => x.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    const runs = s.flatMap((x) => (x.run ? [x.run] : []));
    expect(runs).toEqual([
      'npm ci',
      'npm run check -- --changed --base origin/${{ github.base_ref }} --format github',
      'npm run build',
      'npm run preview-pages -- --base origin/${{ github.base_ref }} --artifact site-preview',
    ]);
    // The built site is the pull request's preview, under the name the summary gives.
    const upload = s.find((x) => x.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ name: 'site-preview', path: 'dist' });
    // Pull requests come from anyone: read-only, no secrets named anywhere in the workflow.
    expect(w.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(w.jobs)) expect(job.permissions).toBeUndefined();
    expect(readFileSync('.github/workflows/pull-request.yml', 'utf8')).not.toMatch(/secrets\./);
  });

  it('approvals: on every pull request and review, added approvals are compared with the reviews, read-only', () => {
    const w = load('approvals.yml');
    expect(Object.keys(w.on)).toEqual(['pull_request', 'pull_request_review']);
    expect((w.on.pull_request_review as { types: string[] }).types).toEqual(expect.arrayContaining(['submitted', 'dismissed']));
    expect(w.permissions).toEqual({ contents: 'read' });
    const [job, ...others] = Object.values(w.jobs);
    expect(others).toEqual([]);
    // Reading reviews needs pull-requests: read, and nothing may write.
    expect(job!.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' });
    expect(job!.if).toBe("github.event.pull_request.base.ref == 'main'");
    const s = job!.steps ?? [];
    expect(s.find((x) => x.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    const verify = s.filter((x) => x.run?.includes('npm run verify-approvals'));
    expect(verify).toHaveLength(1);
    expect(verify[0]!.env).toEqual({ GH_TOKEN: '${{ github.token }}' });
    expect(verify[0]!.run).toBe(
      'npm run verify-approvals -- --base origin/${{ github.event.pull_request.base.ref }} --pr ${{ github.event.pull_request.number }} --format github',
    );
    // github.base_ref is empty on pull_request_review events; the event's pull request has the base.
    expect(JSON.stringify(w.jobs)).not.toContain('github.base_ref');
    expect(readFileSync('.github/workflows/approvals.yml', 'utf8')).not.toMatch(/secrets\./);
  });

  it('the approvals step passes flags verify-approvals accepts, and the documented required checks are the jobs', async () => {
    const { VERIFY_APPROVALS } = await import('../../src/cli/verify-approvals.ts');
    for (const flag of ['--base REF', '--pr N', '--format pretty|github']) expect(VERIFY_APPROVALS.help()).toContain(flag);
    // docs/pull-requests.md gives the branch protection to apply; its required checks must be real job names.
    const docs = readFileSync('docs/pull-requests.md', 'utf8');
    const body = /```json\n(\{[\s\S]*?"required_status_checks"[\s\S]*?\})\n```/.exec(docs)?.[1];
    const protection = JSON.parse(body!) as { required_status_checks: { contexts: string[] }; required_pull_request_reviews: Record<string, unknown> };
    const jobNames = ['pull-request.yml', 'approvals.yml'].flatMap((f) => Object.values(load(f).jobs).map((j) => j.name));
    expect(protection.required_status_checks.contexts.sort()).toEqual(jobNames.sort());
    expect(protection.required_pull_request_reviews).toMatchObject({ require_code_owner_reviews: true, dismiss_stale_reviews: true });
  });

  it('main: build with full history and deploy to GitHub Pages', () => {
    const w = load('deploy.yml');
    expect((w.on.push as { branches: string[] }).branches).toEqual(['main']);
    // A daily deploy in the policy time zone's morning keeps "overdue" and "expired" fresh without a push.
    const [cron] = (w.on.schedule as { cron: string }[]).map((c) => c.cron);
    const [minute, hour] = cron!.split(' ').map(Number);
    const policy = parse(readFileSync('content/policy.yaml', 'utf8')) as { timezone: string };
    const local = Temporal.ZonedDateTime.from({ year: 2026, month: 12, day: 1, hour: hour!, minute: minute!, timeZone: 'UTC' }).withTimeZone(policy.timezone);
    expect(local.hour).toBeGreaterThanOrEqual(5);
    expect(local.hour).toBeLessThanOrEqual(8);
    // Least privilege: only the deploy job can publish; the job that renders documents cannot.
    expect(w.permissions).toEqual({ contents: 'read' });
    expect(w.jobs.build?.permissions).toBeUndefined();
    expect(w.jobs.deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    const s = steps(w);
    expect(s.find((x) => x.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    const uses = s.flatMap((x) => (x.uses ? [x.uses.split('@')[0]] : []));
    expect(uses).toEqual(expect.arrayContaining(['actions/upload-pages-artifact', 'actions/deploy-pages']));
    expect(s.find((x) => x.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
    expect(s.flatMap((x) => (x.run ? [x.run] : []))).toEqual(['npm ci', 'npm run build']);
    expect(w.jobs.deploy?.needs).toBe('build');
  });

  it('the PR check runs the check the way its flags are parsed', async () => {
    // The flags the workflow passes are the ones `npm run check` accepts.
    const { CHECK } = await import('../../src/cli/check.ts');
    for (const flag of ['--changed', '--base', '--format pretty|json|github']) expect(CHECK.help()).toContain(flag);
  });
});

describe('pull-request templates', () => {
  it.each(NEW_KINDS)('%s has a template with the command that makes it and a reviewer checklist', (kind) => {
    const file = `.github/PULL_REQUEST_TEMPLATE/${kind}.md`;
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`npm run new -- ${kind}`);
    expect(text).toMatch(/### (리뷰어|승인자) 확인/);
    expect(text.match(/^- \[ \] /gm)?.length).toBeGreaterThanOrEqual(4);
    for (const script of [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!)) expect(Object.keys(pkg.scripts)).toContain(script);
  });

  it('the default template links every kind', () => {
    const text = readFileSync('.github/pull_request_template.md', 'utf8');
    for (const kind of NEW_KINDS) expect(text).toContain(`?template=${kind}.md`);
  });
});
