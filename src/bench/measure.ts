/**
 * Times one command as a whole process tree: wall seconds and peak resident memory. GNU time reports the
 * largest RSS of any process it waited for (so `sh -c "a && b"` counts the biggest step); without it,
 * the child's VmHWM is polled from /proc, which only sees the direct child.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Measured {
  wall_s: number;
  rss_mb: number;
  /** User + system CPU seconds of the whole process tree (GNU time; null without it): less moved by other load than wall time. */
  cpu_s: number | null;
  code: number;
  /** The last 64 KB of stdout (all of it with `fullStdout`) and of stderr, for results and error messages. */
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';
const KEEP = 64 * 1024;

function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

export async function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; useGnuTime?: boolean; fullStdout?: boolean },
): Promise<Measured> {
  const gnu = options.useGnuTime ?? hasGnuTime();
  const tmp = mkdtempSync(path.join(tmpdir(), 'bench-time-'));
  const timeFile = path.join(tmp, 'time');
  const [cmd, argv] = gnu ? [GNU_TIME, ['-f', '%e %M %U %S', '-o', timeFile, command, ...args]] : [command, [...args]];
  const started = process.hrtime.bigint();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout = options.fullStdout ? stdout + s : (stdout + s).slice(-KEEP)));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr = (stderr + s).slice(-KEEP)));
  let peakKb = 0;
  const poll = gnu
    ? undefined
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) peakKb = Math.max(peakKb, Number(m[1]));
        } catch {
          // the process has exited between polls
        }
      }, 50);
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (poll) clearInterval(poll);
  let result: Pick<Measured, 'wall_s' | 'rss_mb' | 'cpu_s'> = { wall_s: wall, rss_mb: peakKb / 1024, cpu_s: null };
  if (gnu) {
    // GNU time prints "Command exited with non-zero status N" before the figures; the last line holds them.
    // Its wall figure has 10 ms resolution, so the wall time stays ours.
    const [, rssKb, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ');
    result = { wall_s: wall, rss_mb: Number(rssKb) / 1024, cpu_s: Number(user) + Number(system) };
  }
  rmSync(tmp, { recursive: true, force: true });
  return { ...result, code, stdout, stderr };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
