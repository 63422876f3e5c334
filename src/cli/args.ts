/**
 * One strict command-line parser for every command, on node:util parseArgs: each command declares
 * its options (with a description, the value's name and a check), its examples and a summary; this
 * module prints --help and --version, and turns an unknown option, a missing or bad value or a
 * stray argument into one line plus the usage on stderr, exit 2. Nothing is ignored or guessed.
 */
import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { oneLine } from '../diagnostics/escape.js';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly description: string;
  /** The value's name in the usage, e.g. "<folder>". */
  readonly value?: string;
  /** Allowed values (checked). */
  readonly choices?: readonly string[];
  /** Returns an error text when the value is not acceptable (e.g. "must be a whole number ≥ 1"). */
  readonly check?: (value: string) => string | undefined;
  /** May be given more than once. */
  readonly multiple?: boolean;
}

export interface CommandSpec {
  /** How a user runs it: "npm run build-reports --". */
  readonly invocation: string;
  readonly summary: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly examples: readonly string[];
  /** Lines after the examples (what the exit codes mean, where output goes). */
  readonly notes?: readonly string[];
}

/** Options every command has. */
const common: Readonly<Record<string, OptionSpec>> = {
  help: { type: 'boolean', short: 'h', description: 'show this help and exit' },
  version: { type: 'boolean', description: 'print the version and exit' },
  debug: { type: 'boolean', description: 'print stack traces of unexpected failures (for bug reports)' },
};

/** A mistake in how the command was called: printed with the usage, exit 2. */
export class UsageError extends Error {}

/**
 * Digits naming a whole number JavaScript counts exactly (at most Number.MAX_SAFE_INTEGER): a larger
 * one, such as --shard 1/99999999999999999999, rounds to another number and was taken silently.
 */
export const isWholeNumber = (digits: string): boolean => /^\d+$/.test(digits) && Number.isSafeInteger(Number(digits));

/** The check of an option that takes a whole number of at least `min` (and at most Number.MAX_SAFE_INTEGER). */
export const wholeNumber =
  (min: number) =>
  (value: string): string | undefined =>
    !/^\d+$/.test(value) || Number(value) < min
      ? `must be a whole number ≥ ${min}`
      : isWholeNumber(value)
        ? undefined
        : `must be a whole number from ${min} to ${Number.MAX_SAFE_INTEGER}; larger ones cannot be counted exactly`;

/** The usage text: synopsis, options with their descriptions, examples. */
/** What a usage mistake prints: the mistake, then the usage (exit code 2). */
export function usageFailure(spec: CommandSpec, error: UsageError): string {
  return `Error: ${error.message}\n\n${usage(spec)}\n`;
}

export function usage(spec: CommandSpec): string {
  const options = { ...spec.options, ...common };
  const rows = Object.entries(options).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : '    '}--${name}${option.value ? ` ${option.value}` : ''}`;
    const choices = option.choices ? ` (${option.choices.join(' | ')})` : '';
    return [flag, `${option.description}${choices}`] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return [
    `Usage: ${spec.invocation} [options]`,
    '',
    spec.summary,
    '',
    'Options:',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`),
    '',
    'Examples:',
    ...spec.examples.map((e) => `  ${e}`),
    ...(spec.notes ? ['', ...spec.notes] : []),
  ].join('\n');
}

export type ParsedValues = Record<string, string | boolean | string[] | undefined>;

/**
 * Parses `args` against the command's options. Throws UsageError for anything it does not accept;
 * returns undefined when --help or --version was answered (the caller then does nothing more).
 */
export function parseCommand(
  spec: CommandSpec,
  args: readonly string[],
  out: (text: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): ParsedValues | undefined {
  const options = { ...spec.options, ...common };
  const swallowed = swallowedByNpm(options, args, env);
  if (swallowed.length > 0) {
    const given = swallowed.map((name) => `--${name}`).join(' ');
    throw new UsageError(
      `npm took ${given} for itself, so the command never saw ${swallowed.length === 1 ? 'it' : 'them'}: put the command's options after --, as in ${spec.invocation} ${given}`,
    );
  }
  let values: ParsedValues;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: Object.fromEntries(
        Object.entries(options).map(([name, o]) => [
          name,
          { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) },
        ]),
      ),
      strict: true,
      allowPositionals: false,
    }) as { values: ParsedValues });
  } catch (error) {
    throw new UsageError(oneLine(plainParseError(error instanceof Error ? error.message : String(error))));
  }
  if (values.help) {
    out(`${usage(spec)}\n`);
    return undefined;
  }
  if (values.version) {
    out(`plan-briefs ${packageJson.version} (Node ${process.versions.node})\n`);
    return undefined;
  }
  for (const [name, option] of Object.entries(options)) {
    const given = values[name];
    if (option.type !== 'string' || given === undefined) continue;
    for (const value of Array.isArray(given) ? given : [String(given)]) {
      // An empty value ("--out ''", an unset shell variable) would mean the current folder or nothing at all.
      if (value.trim() === '')
        throw new UsageError(
          `--${name} needs a value${option.value ? ` ${option.value}` : ''} (got ${value === '' ? 'an empty one' : 'only spaces'})`,
        );
      if (value.startsWith('--'))
        throw new UsageError(`--${name} needs a value ${option.value ?? ''} (got the option "${oneLine(value)}")`.trim());
      if (option.choices && !option.choices.includes(value)) {
        throw new UsageError(`--${name} must be one of ${option.choices.join(', ')} (got "${oneLine(value)}")`);
      }
      const problem = option.check?.(value);
      if (problem) throw new UsageError(`--${name} ${problem} (got "${oneLine(value)}")`);
    }
  }
  return values;
}

/**
 * Options written before `--` in `npm run x --strict`: npm keeps them as its own configuration
 * (npm_config_strict=true) and passes nothing on, so the command would run without them. Told by
 * npm's environment (npm_lifecycle_event) and an npm_config_ variable named like one of the
 * command's options that the arguments do not hold.
 */
export function swallowedByNpm(options: Readonly<Record<string, OptionSpec>>, args: readonly string[], env: NodeJS.ProcessEnv): string[] {
  if (env.npm_lifecycle_event === undefined) return [];
  return Object.keys(options).filter((name) => {
    const value = env[`npm_config_${name.replace(/-/g, '_')}`];
    return value !== undefined && value !== '' && !args.some((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  });
}

/** parseArgs' messages name Node internals; keep the part an editor needs. */
function plainParseError(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const positional = /Unexpected argument '([^']+)'/.exec(message);
  if (positional) return `unexpected argument "${positional[1]}" (options start with --)`;
  const missing = /Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message);
  if (missing) return `${missing[1]} needs a value`;
  const boolean = /Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message);
  if (boolean) return `${boolean[1]} takes no value`;
  // `--sha --commit X`: the value of --sha looks like an option.
  const ambiguous = /Option '(?:-\w, )?(--[\w-]+)' argument is ambiguous/.exec(message);
  if (ambiguous)
    return `${ambiguous[1]} needs a value, but the next word starts with a dash; give the value (${ambiguous[1]} <value>), or write ${ambiguous[1]}=<value> for a value that starts with "-"`;
  return message.split('\n')[0]!.replace(/\. To specify.*$/, '');
}

/** The closest of `candidates` to `wrong` (edit distance), if close enough to be a likely typo. */
export function didYouMean(wrong: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(wrong.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(wrong.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
