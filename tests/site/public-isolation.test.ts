/**
 * "The public site is a function of the public documents": adding or removing a restricted document
 * changes no byte of a public build. The example handbook is copied into its own git repository with
 * restricted records that would show if anything leaked (a commit touching a public and a restricted
 * file, a restricted change overlapping a public change's window, a restricted restore test that fills
 * a month routine/missed would report), built twice (the builds must be reproducible for the
 * comparison to mean anything), then built again with the restricted files deleted from the working
 * tree (git history kept: commit subjects must be decided the same way either way).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/node/load-handbook.ts';
import { KIND_FOLDERS } from '../../src/schemas/kinds.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const NOW = '2026-11-26T09:00:00+09:00';
const work = mkdtempSync(path.join(os.tmpdir(), 'opsbook-isolation-'));
const root = path.join(work, 'handbook');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What a leak would print: the subject of the mixed commit, the restricted change's and record's titles. */
const MIXED_SUBJECT = '보안 사고 2026-08-25-admin-api-key-leak 후속: net-latency 런북 보강';
const PUBLIC_SUBJECT = 'net-packet-loss 런북 문구 정리';
const RESTRICTED_CHANGE = 'order-db 긴급 보안 패치 (비공개)';
const RESTRICTED_ROUTINE = '2026년 8월 백업 복구 테스트 (비공개 재수행)';

function sh(command: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}\n${result.stdout}`);
  return result.stdout;
}

/** Fixed identities and dates, so the history (and so the pages) does not depend on when the test runs. */
function commit(message: string, date: string): void {
  sh('git', ['add', '-A']);
  sh('git', ['commit', '-q', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
}

function setUp(): void {
  mkdirSync(root);
  for (const entry of ['content', 'src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(REPO, entry), path.join(root, entry), { recursive: true });
  }
  // The packages are shared, their caches are not: Astro keeps its content store in node_modules/.astro,
  // and a build here must neither read the checkout's store nor overwrite it under a parallel test.
  mkdirSync(path.join(root, 'node_modules'));
  for (const entry of readdirSync(path.join(REPO, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(path.join(REPO, 'node_modules', entry), path.join(root, 'node_modules', entry));
  }
  writeFileSync(path.join(root, '.gitignore'), 'node_modules/\ndist/\n.astro/\n');
  sh('git', ['init', '-q', '-b', 'main']);
  sh('git', ['config', 'user.name', '김민수']);
  sh('git', ['config', 'user.email', 'minsu.kim@hanbit.example']);
  commit('예제 핸드북', '2026-11-01T10:00:00+09:00');

  // A restricted change on order-db whose window overlaps the public MySQL upgrade (change/conflict).
  const upgrade = readFileSync(path.join(root, 'content/changes/2026/2026-11-20-order-db-mysql-8-4-upgrade.mdx'), 'utf8');
  writeFileSync(
    path.join(root, 'content/changes/2026/2026-11-21-order-db-security-patch.mdx'),
    upgrade
      .replace(/^title: .*$/m, `title: ${RESTRICTED_CHANGE}\nvisibility: restricted`)
      .replace(/^services: .*$/m, 'services: [order-db]')
      .replace('start: 2026-12-08T02:00:00+09:00', 'start: 2026-12-08T03:00:00+09:00')
      .replace('end: 2026-12-08T06:00:00+09:00', 'end: 2026-12-08T04:00:00+09:00'),
  );
  // A restricted restore test in August: the full check no longer misses August's, the public one does.
  writeFileSync(
    path.join(root, 'content/routines/backup-restore-test/2026-08-28.mdx'),
    `---\ntitle: ${RESTRICTED_ROUTINE}\nvisibility: restricted\nperformed_at: 2026-08-28T14:00:00+09:00\nperformer: jung-hayoung\noutcome: pass\nrunbooks: [backup-restore]\n---\n\n보안 사고 대응 중 수행한 복구 테스트입니다.\n`,
  );
  commit('제한 변경과 점검 기록 추가', '2026-11-21T10:00:00+09:00');

  // One commit touching a public runbook and the restricted incident: its subject names the incident.
  const append = (file: string, line: string) => writeFileSync(path.join(root, file), `${readFileSync(path.join(root, file), 'utf8')}\n${line}\n`);
  append('content/runbooks/net-latency.mdx', '- 지연 원인이 보안 장비일 때는 보안 당번에게 알립니다.');
  append('content/incidents/2026/2026-08-25-admin-api-key-leak.mdx', '후속: 네트워크 지연 런북에 보안 장비 확인 절차를 추가했습니다.');
  commit(MIXED_SUBJECT, '2026-11-22T10:00:00+09:00');
  // And one touching a public document alone: its subject is shown.
  append('content/runbooks/net-packet-loss.mdx', '- 패킷 손실률은 5분 평균으로 봅니다.');
  commit(PUBLIC_SUBJECT, '2026-11-23T10:00:00+09:00');
}

function build(out: string, audience: 'public' | 'restricted' = 'public'): string {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.OPSBOOK_AUDIENCE;
  delete env.OPSBOOK_NOW;
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--now', NOW, '--out', out, '--audience', audience], { cwd: root, encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`build failed (${result.status}):\n${result.stderr}\n${result.stdout}`);
  return out;
}

/** Every file under `dir`, relative, sorted. */
function tree(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tree(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)]))
    .sort();
}

/** Files that differ between two built sites (present in one only, or with other bytes). */
function differences(a: string, b: string): string[] {
  const left = new Set(tree(a));
  const right = new Set(tree(b));
  const out: string[] = [];
  for (const f of left) if (!right.has(f)) out.push(`only in the first: ${f}`);
  for (const f of right) if (!left.has(f)) out.push(`only in the second: ${f}`);
  for (const f of left) if (right.has(f) && !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f)))) out.push(`differs: ${f}`);
  return out;
}

/** The HTML and JSON files of a built site that mention `text`. */
function mentioning(dir: string, text: string): string[] {
  return tree(dir).filter((f) => /\.(html|json)$/.test(f) && readFileSync(path.join(dir, f), 'utf8').includes(text));
}

describe('public build isolation', () => {
  it('is byte-identical with and without the restricted documents, and the restricted build shows them', async () => {
    setUp();
    const restricted = (await loadHandbook(root)).documents.filter((d) => d.visibility === 'restricted');
    expect(restricted.map((d) => d.file)).toEqual(
      expect.arrayContaining([
        'content/changes/2026/2026-11-21-order-db-security-patch.mdx',
        'content/routines/backup-restore-test/2026-08-28.mdx',
        'content/incidents/2026/2026-08-25-admin-api-key-leak.mdx',
      ]),
    );

    const first = build(path.join(work, 'public-1'));
    const second = build(path.join(work, 'public-2'));
    expect(differences(first, second), 'two builds of the same checkout differ').toEqual([]);

    for (const leak of [
      MIXED_SUBJECT,
      RESTRICTED_CHANGE,
      RESTRICTED_ROUTINE,
      '2026-08-25-admin-api-key-leak',
      '2026-11-21-order-db-security-patch',
      'a restricted change',
    ]) {
      expect(mentioning(first, leak), `public files mentioning "${leak}"`).toEqual([]);
    }
    // The subject of a commit that touched public documents only is shown; the mixed one only by its date.
    const packetLoss = readFileSync(path.join(first, 'runbooks/net-packet-loss/index.html'), 'utf8');
    expect(packetLoss).toContain(PUBLIC_SUBJECT);
    expect(readFileSync(path.join(first, 'runbooks/net-latency/index.html'), 'utf8')).toContain('제한 문서와 함께 커밋된 변경');
    expect(readFileSync(path.join(first, 'compliance/index.html'), 'utf8')).toContain('공개 문서만 집계합니다.');

    for (const d of restricted) rmSync(path.join(root, d.file));
    const without = build(path.join(work, 'public-without'));
    expect(differences(first, without), 'removing the restricted documents changed the public build').toEqual([]);

    // Put them back (git still has them) for the restricted build, which is where they are published.
    sh('git', ['checkout', '--', 'content']);
    const full = build(path.join(work, 'restricted'), 'restricted');
    for (const d of restricted) expect(existsSync(path.join(full, KIND_FOLDERS[d.kind], d.id, 'index.html')), d.file).toBe(true);
    for (const shown of [MIXED_SUBJECT, RESTRICTED_CHANGE, RESTRICTED_ROUTINE]) expect(mentioning(full, shown), shown).not.toEqual([]);
  }, 600_000);
});
