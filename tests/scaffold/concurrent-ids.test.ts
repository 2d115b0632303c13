/**
 * Two people file records on two branches at the same minute. Ids that cannot be read from the title get
 * a random suffix, so the branches merge into a handbook with two distinct documents; an English title
 * filed twice on one day lands on the same path, and git refuses the merge instead of mixing them.
 */
import { describe, expect, it } from 'vitest';
import { emptyHandbook, runCheck, runNew } from './helpers.ts';
import { commitAll, git, initRepo, tryGit } from './git.ts';

function onBranch(root: string, branch: string, args: string[]): string {
  git(root, 'checkout', '--quiet', '-b', branch, 'main');
  const created = runNew(root, args);
  expect(created.code).toBe(0);
  commitAll(root, `new on ${branch}`);
  return created.stdout.trim();
}

describe('ids under concurrent branches', () => {
  it.each([
    ['a Korean change title', ['change', '--title', '결제 DB 커넥션 풀 조정', '--service', 'payment-api', '--author', 'kim-minsu']],
    ['a Korean-only change title', ['change', '--title', '긴급 패치', '--author', 'kim-minsu']],
    ['a Korean incident title', ['incident', '--title', '주문 지연', '--severity', 'P3', '--service', 'order-api', '--author', 'kim-minsu']],
  ])('%s filed on two branches gives two ids that merge cleanly', (_, args) => {
    const root = emptyHandbook();
    initRepo(root);
    const a = onBranch(root, 'alice', args);
    const b = onBranch(root, 'bob', args);
    expect(a).not.toBe(b);
    git(root, 'checkout', '--quiet', 'main');
    git(root, 'merge', '--quiet', '--no-edit', 'alice');
    expect(tryGit(root, 'merge', '--no-edit', 'bob').ok).toBe(true);
    const { code, report } = runCheck(root);
    expect(code).toBe(0);
    expect(report.diagnostics.filter((d) => d.rule === 'document/duplicate-id')).toEqual([]);
  });

  it('the same English title on one day collides on one path, and git refuses the merge', () => {
    const root = emptyHandbook();
    initRepo(root);
    const args = ['change', '--title', 'Rotate admin API keys', '--author', 'kim-minsu'];
    const a = onBranch(root, 'alice', [...args, '--risk', 'low']);
    const b = onBranch(root, 'bob', [...args, '--risk', 'high']);
    expect(a).toBe(b);
    git(root, 'checkout', '--quiet', 'main');
    git(root, 'merge', '--quiet', '--no-edit', 'alice');
    const merge = tryGit(root, 'merge', '--no-edit', 'bob');
    expect(merge.ok).toBe(false);
    expect(merge.output).toMatch(/CONFLICT \(add\/add\)/);
  });

  it('the same id in two year folders (merged without a conflict) is caught by document/duplicate-id', () => {
    const root = emptyHandbook();
    initRepo(root);
    const args = ['change', '--title', 'Rotate keys', '--id', 'rotate-keys', '--author', 'kim-minsu'];
    const a = onBranch(root, 'alice', args);
    // Bob files his in January: another year folder, the same id.
    const b = onBranch(root, 'bob', [...args, '--now', '2027-01-05T10:00:00+09:00']);
    expect([a, b]).toEqual(['content/changes/2026/rotate-keys.mdx', 'content/changes/2027/rotate-keys.mdx']);
    git(root, 'checkout', '--quiet', 'main');
    git(root, 'merge', '--quiet', '--no-edit', 'alice');
    expect(tryGit(root, 'merge', '--no-edit', 'bob').ok).toBe(true);
    const { code, report } = runCheck(root);
    expect(code).toBe(1);
    expect(report.diagnostics.filter((d) => d.rule === 'document/duplicate-id').map((d) => d.file)).toEqual([b]);
  });
});
