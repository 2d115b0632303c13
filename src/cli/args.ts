/**
 * How a command declares its flags: once, with what each means. The same declaration parses the
 * arguments (node's parseArgs, misuse reported as a usage error) and writes the `--help` text, so the
 * two cannot disagree. Every command gets `-h, --help`.
 */
import { parseArgs, type ParseArgsOptionDescriptor } from 'node:util';
import { HelpRequested, UsageError } from '../lib/errors.ts';

export type Flag = ParseArgsOptionDescriptor & {
  /** What the flag does, for the help text. */
  description: string;
  /** The value's placeholder in the help text (`ISO`, `DIR`, `pretty|json|github`). */
  value?: string;
  /** A heading the flag is listed under (`incident`, `change`), for commands whose flags depend on a kind. */
  section?: string;
};

export interface CommandSpec<F extends Record<string, Flag>> {
  /** The first help line after "Usage: ", e.g. `npm run build -- [options]`. */
  usage: string;
  flags: F;
  /** Positional arguments are allowed (and described in `usage`). */
  positionals?: boolean;
  /** Paragraphs after the flags (exit codes, examples). */
  notes?: string;
}

const HELP = { type: 'boolean', short: 'h', description: 'show this help' } as const satisfies Flag;

export interface Command<F extends Record<string, Flag>> {
  /** The parsed arguments; throws HelpRequested for `-h`/`--help` (`main` prints `help()` and exits 0). */
  parse(argv: string[]): ReturnType<typeof parseArgs<{ args: string[]; options: F & { help: typeof HELP }; allowPositionals: boolean; strict: true }>>;
  help(): string;
}

export function defineCommand<const F extends Record<string, Flag>>(spec: CommandSpec<F>): Command<F> {
  const options = { ...spec.flags, help: HELP };
  return {
    parse(argv) {
      let parsed;
      try {
        parsed = parseArgs({ args: argv, options, allowPositionals: spec.positionals ?? false, strict: true });
      } catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error));
      }
      if ((parsed.values as { help?: boolean }).help) throw new HelpRequested(helpText(spec.usage, options, spec.notes));
      return parsed;
    },
    help: () => helpText(spec.usage, options, spec.notes),
  };
}

/** `  --now ISO        the instant …` lines, aligned, then the notes. */
function helpText(usage: string, flags: Record<string, Flag>, notes?: string): string {
  const names = Object.entries(flags).map(([name, f]) => {
    const long = `--${name}${f.type === 'string' ? ` ${f.value ?? 'VALUE'}` : ''}`;
    return [f.short ? `-${f.short}, ${long}` : long, f.description, f.section] as const;
  });
  // Aligned, but a very long flag (a long list of values) does not push every description to the right.
  const width = Math.min(Math.max(...names.map(([n]) => n.length)), 32) + 2;
  const lines = [`Usage: ${usage}`];
  let section: string | undefined = '';
  for (const [n, d, s] of names) {
    if (s !== section) lines.push('', ...(s ? [`${s}:`] : []));
    section = s;
    lines.push(n.length < width ? `  ${n.padEnd(width)}${d}` : `  ${n}  ${d}`);
  }
  if (notes) lines.push('', notes);
  return lines.join('\n');
}

export function oneOf<const V extends string>(name: string, value: string | undefined, allowed: readonly V[], fallback: V): V {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as V;
  throw new UsageError(`Expected --${name} to be one of ${allowed.join(', ')}, found "${value}"`);
}

/** Flags several commands share, declared once. */
export const COMMON_FLAGS = {
  root: { type: 'string', value: 'DIR', description: 'handbook root (default: current folder)' },
  now: { type: 'string', value: 'ISO', description: 'check as of this instant: later events are not yet known (default: now)' },
  base: { type: 'string', value: 'REF', description: 'git revision to compare with (default: origin/main, else main)' },
  audience: {
    type: 'string',
    value: 'public|restricted',
    description: 'who it is for (default: public; restricted includes restricted documents)',
  },
} as const satisfies Record<string, Flag>;
