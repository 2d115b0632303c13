/** Commands declare their flags once: the same declaration parses the arguments and writes the help. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineCommand } from '../../src/cli/args.ts';
import { HelpRequested, UsageError } from '../../src/lib/errors.ts';

const command = defineCommand({
  usage: 'npm run demo -- [options]',
  flags: {
    out: { type: 'string', value: 'DIR', description: 'where to write' },
    strict: { type: 'boolean', description: 'warnings fail too' },
  },
  notes: 'Exit codes: 0 fine.',
});

describe('defineCommand', () => {
  it('parses the declared flags', () => {
    expect(command.parse(['--out', 'x', '--strict']).values).toMatchObject({ out: 'x', strict: true });
  });

  it('answers help for -h and --help, with every declared flag, its value and description, aligned', () => {
    expect(() => command.parse(['-h'])).toThrow(HelpRequested);
    expect(() => command.parse(['--out', 'x', '--help'])).toThrow(expect.objectContaining({ help: command.help() }));
    expect(command.help()).toBe(
      [
        'Usage: npm run demo -- [options]',
        '',
        '  --out DIR   where to write',
        '  --strict    warnings fail too',
        '  -h, --help  show this help',
        '',
        'Exit codes: 0 fine.',
      ].join('\n'),
    );
  });

  it('refuses an undeclared flag, a missing value and a stray positional as usage errors', () => {
    expect(() => command.parse(['--bogus'])).toThrow(UsageError);
    expect(() => command.parse(['--out'])).toThrow(UsageError);
    expect(() => command.parse(['stray'])).toThrow(UsageError);
  });
});

describe('every command', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  it.each(['check', 'build', 'new', 'codeowners', 'action-items', 'schemas', 'verify-approvals', 'preview-pages', 'bench'])(
    'npm run %s -- --help prints its usage and exits 0',
    (name) => {
      const r = spawnSync(process.execPath, [`scripts/${name}.ts`, '--help'], { cwd: root, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Usage: npm run /);
      expect(r.stdout).toContain('-h, --help');
    },
  );
});
