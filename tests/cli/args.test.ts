/** Commands declare their flags once: the same declaration parses the arguments and writes the help. */
import { describe, expect, it } from 'vitest';
import { defineCommand } from '../../src/cli/args.ts';
import { UsageError } from '../../src/lib/errors.ts';

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
    const args = command.parse(['--out', 'x', '--strict']);
    expect(args).not.toBe('help');
    if (args !== 'help') expect(args.values).toMatchObject({ out: 'x', strict: true });
  });

  it('answers help for -h and --help, with every declared flag, its value and description, aligned', () => {
    expect(command.parse(['-h'])).toBe('help');
    expect(command.parse(['--help'])).toBe('help');
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
