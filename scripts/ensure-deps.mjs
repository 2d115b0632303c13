#!/usr/bin/env node
// Runs before `npm start` and `npm test` so that a fresh clone needs no other command. Plain JavaScript
// on purpose: it runs on whatever Node the machine has, before the project's pinned Node 24 is installed.
//   - installs node_modules from package-lock.json when they are missing or older than the lock file;
//   - with --browser, makes sure Debian's chromium and a CJK font are there for the browser tests.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (command) => {
  console.log(`opsbook: ${command}`);
  const result = spawnSync(command, { shell: true, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`opsbook: "${command}" failed (exit ${result.status}); fix the problem above and run the command again.`);
    process.exit(result.status ?? 1);
  }
};

const lock = 'package-lock.json';
const installed = 'node_modules/.package-lock.json';
const nodeBin = 'node_modules/.bin/node';
if (!existsSync(installed) || !existsSync(nodeBin) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  run('npm ci --no-audit --no-fund');
}

if (process.argv.includes('--browser')) {
  const has = (cmd) => spawnSync('sh', ['-c', cmd], { stdio: 'ignore' }).status === 0;
  const haveChromium = existsSync('/usr/bin/chromium');
  const haveCjkFont = has('fc-list 2>/dev/null | grep -qi "Noto Sans CJK"');
  if (!haveChromium || !haveCjkFont) {
    const isRoot = process.getuid?.() === 0;
    const sudo = isRoot ? '' : has('command -v sudo') ? 'sudo ' : null;
    if (sudo === null) {
      console.error("opsbook: the browser tests need Debian's chromium and fonts-noto-cjk: apt-get install chromium fonts-noto-cjk");
      process.exit(1);
    }
    run(`${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq chromium fonts-noto-cjk`);
  }
  try {
    execSync('/usr/bin/chromium --version', { stdio: 'ignore' });
  } catch {
    console.error('opsbook: /usr/bin/chromium is installed but does not start; the browser tests cannot run.');
    process.exit(1);
  }
}
