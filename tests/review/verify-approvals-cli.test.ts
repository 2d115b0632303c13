/**
 * `npm run verify-approvals` as a child process on a real git repository: a branch adds approvals to
 * change records, and the reviews come from a recorded file or from a fake `gh` on PATH (no network).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handbookDir } from '../helpers/handbook.ts';
import { SAMPLES } from '../helpers/samples.ts';
import { commitAll, git, initRepo } from '../scaffold/git.ts';

const SCRIPT = path.resolve('scripts/verify-approvals.ts');
const RECORDED = path.resolve('tests/review/fixtures/reviews-pr42.json');
const EDITED = 'changes/2026/2026-09-13-db-param-change.mdx';
const ADDED = 'changes/2026/2026-11-25-cdn-cache-rule.mdx';

function run(root: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const entry = (id: string) => `  - { approver: ${id}, at: 2026-11-25T11:00:00+09:00 }`;

/**
 * main holds the sample handbook; the branch adds `approvers` to the sample change (which already has
 * kim-minsu) and files a new change approved by `newApprovers`.
 */
function branch(approvers: string[], newApprovers: string[]): { root: string; edited: string; added: string } {
  const root = handbookDir(SAMPLES);
  initRepo(root);
  git(root, 'checkout', '--quiet', '-b', 'feature');
  const edited = SAMPLES[EDITED]!.replace(/(approvals:\n.*\n)/, (m) => `${m}${approvers.map(entry).join('\n')}\n`);
  const added = SAMPLES[EDITED]!.replace('주문 DB 파라미터 변경', 'CDN 캐시 규칙 변경').replace(
    /approvals:\n.*\n/,
    `approvals:\n${newApprovers.map(entry).join('\n')}\n`,
  );
  writeFileSync(path.join(root, 'content', EDITED), edited);
  writeFileSync(path.join(root, 'content', ADDED), added);
  commitAll(root, 'approvals');
  return { root, edited, added };
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** A `gh` that answers from the recording and logs how it was called; `fail` makes it fail like gh does. */
function fakeGh(options: { author?: string; fail?: string } = {}): { bin: string; log: string } {
  const bin = mkdtempSync(path.join(tmpdir(), 'opsbook-gh-'));
  const log = path.join(bin, 'calls.log');
  const script = [
    '#!/bin/sh',
    `echo "$*" >> '${log}'`,
    options.fail ? `echo '${options.fail}' >&2; exit 1` : '',
    `case "$*" in`,
    `  *--jq*) echo '${options.author ?? 'jiwoo-han'}' ;;`,
    `  *) cat '${RECORDED}' ;;`,
    'esac',
  ].join('\n');
  writeFileSync(path.join(bin, 'gh'), `${script}\n`);
  chmodSync(path.join(bin, 'gh'), 0o755);
  return { bin, log };
}

describe('verify-approvals CLI', () => {
  it('exits 0 when every added approval was given in review, and says so in the step summary', () => {
    const { root } = branch(['park-jihoon'], ['kim-minsu']);
    const summary = path.join(root, 'summary.md');
    const { code, stdout, stderr } = run(root, ['--reviews', RECORDED, '--base', 'main', '--format', 'github'], { GITHUB_STEP_SUMMARY: summary });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).not.toContain('::error');
    expect(stdout).toContain('2 approval(s) added, 2 given in code review');
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('✅ 통과');
    expect(text).toMatch(/\| `content\/changes\/2026\/2026-11-25-cdn-cache-rule\.mdx:\d+` \| kim-minsu \| @minsu-kim \| 승인 \(APPROVED\) \| ✅/);
  });

  it('exits 1 with an annotation on the line of each approver who did not approve', () => {
    const { root, edited, added } = branch(['jung-hayoung'], ['kim-minsu', 'song-minjae']);
    const summary = path.join(root, 'summary.md');
    const { code, stdout } = run(root, ['--reviews', RECORDED, '--base', 'main', '--format', 'github'], { GITHUB_STEP_SUMMARY: summary });
    expect(code).toBe(1);
    const errors = stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^::error file=content/changes/2026/2026-09-13-db-param-change\\.mdx,line=${lineOf(edited, 'approver: jung-hayoung')},col=\\d+,title=review/approval-missing::.*requested changes`,
        ),
      ),
      expect.stringMatching(
        new RegExp(`^::error file=content/changes/2026/2026-11-25-cdn-cache-rule\\.mdx,line=${lineOf(added, 'approver: song-minjae')},.*dismissed`),
      ),
    ]);
    // kim-minsu was on main already (edited) or approved (added): no finding.
    expect(stdout).not.toMatch(/::error.*kim-minsu/);
    expect(readFileSync(summary, 'utf8')).toContain('❌ 리뷰 승인 없음');
  });

  it('pretty output leads with file:line:column', () => {
    const { root, added } = branch([], ['yoon-taeyang']);
    const { code, stdout } = run(root, ['--reviews', RECORDED, '--base', 'main']);
    expect(code).toBe(1);
    expect(stdout).toContain(`content/${ADDED}:${lineOf(added, 'approver: yoon-taeyang')}:`);
    expect(stdout).toContain('has only commented');
  });

  it('reads the reviews and the author through gh with --pr, and refuses the author approving their own change', () => {
    const { root, added } = branch([], ['han-jiwoo', 'kim-minsu']);
    const gh = fakeGh({ author: 'jiwoo-han' });
    const env = { PATH: `${gh.bin}${path.delimiter}${process.env.PATH}`, GITHUB_REPOSITORY: 'hanbit-commerce/ops-handbook' };
    const { code, stdout } = run(root, ['--pr', '42', '--base', 'main', '--format', 'github'], env);
    expect(code).toBe(1);
    expect(readFileSync(gh.log, 'utf8').trim().split('\n').sort()).toEqual([
      'api --paginate repos/hanbit-commerce/ops-handbook/pulls/42/reviews',
      'api repos/hanbit-commerce/ops-handbook/pulls/42 --jq .user.login',
    ]);
    expect(stdout).toMatch(
      new RegExp(
        `::error file=content/changes/2026/2026-11-25-cdn-cache-rule\\.mdx,line=${lineOf(added, 'approver: han-jiwoo')},.*title=review/self-approval::`,
      ),
    );
    // --author is taken as given, without asking GitHub.
    const again = fakeGh();
    const second = run(root, ['--pr', '42', '--author', 'someone-else', '--base', 'main'], {
      ...env,
      PATH: `${again.bin}${path.delimiter}${process.env.PATH}`,
    });
    expect(readFileSync(again.log, 'utf8').trim().split('\n')).toEqual(['api --paginate repos/hanbit-commerce/ops-handbook/pulls/42/reviews']);
    expect(second.stdout).toContain('has not reviewed');
  });

  it('compares a renamed record with what it was, not as a new one', () => {
    // main's change record has kim-minsu, who has not reviewed a pull request where nobody reviewed.
    const root = handbookDir(SAMPLES);
    initRepo(root);
    git(root, 'checkout', '--quiet', '-b', 'feature');
    git(root, 'mv', `content/${EDITED}`, 'content/changes/2026/2026-09-13-order-db-param-change.mdx');
    commitAll(root, 'rename');
    const none = path.join(root, 'none.json');
    writeFileSync(none, '[]');
    const renamed = run(root, ['--reviews', none, '--base', 'main']);
    expect(renamed.stdout).toContain('0 approval(s) added');
    expect(renamed.code).toBe(0);
    // The same file as a new record: its approval is the pull request's to show.
    git(root, 'checkout', '--quiet', 'main');
    git(root, 'checkout', '--quiet', '-b', 'copy');
    writeFileSync(path.join(root, 'content', ADDED), SAMPLES[EDITED]!);
    commitAll(root, 'copy');
    const copied = run(root, ['--reviews', none, '--base', 'main']);
    expect(copied.code).toBe(1);
    expect(copied.stdout).toContain('kim-minsu (@minsu-kim) to approve');
  });

  it('exits 2 with one line, no stack trace, when it cannot run', () => {
    const { root } = branch([], ['kim-minsu']);
    const failing = fakeGh({ fail: 'HTTP 404: Not Found (https://api.github.com/repos/hanbit-commerce/ops-handbook/pulls/42/reviews)' });
    const env = { PATH: `${failing.bin}${path.delimiter}${process.env.PATH}`, GITHUB_REPOSITORY: 'hanbit-commerce/ops-handbook' };
    const bad = path.join(root, 'bad.json');
    writeFileSync(bad, '{"message":"Bad credentials"}');
    mkdirSync(path.join(root, 'empty-bin'));
    const cases: [string[], Record<string, string>, string][] = [
      [['--pr', '42', '--base', 'main'], env, 'HTTP 404: Not Found'],
      [['--pr', '42', '--base', 'main'], { PATH: path.join(root, 'empty-bin'), GITHUB_REPOSITORY: 'hanbit-commerce/ops-handbook' }, 'Cannot run gh'],
      [['--pr', '42'], { GITHUB_REPOSITORY: '' }, 'Expected --repo OWNER/NAME'],
      [['--reviews', bad, '--base', 'main'], {}, 'Expected each page of reviews to be a JSON array'],
      [['--reviews', path.join(root, 'missing.json')], {}, 'Cannot read the reviews file'],
      [['--reviews', RECORDED, '--pr', '42'], {}, 'exactly one of --pr N and --reviews FILE'],
      [['--reviews', RECORDED, '--base', 'no-such-branch'], {}, 'Cannot find the git revision "no-such-branch"'],
    ];
    for (const [args, extra, message] of cases) {
      const { code, stderr } = run(root, args, extra);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain(message);
      expect(stderr).not.toMatch(/^\s+at /m);
    }
  });
});
