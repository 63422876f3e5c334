/**
 * The options of the small maintenance scripts (docs:rules, docs:fields, golden:accept), parsed
 * strictly as the commands' are: --help prints the usage and exits 0; an unknown option or an
 * argument prints the usage and exits 2, so a mistyped flag never runs the script as if unsaid.
 */
import { parseArgs } from 'node:util';

/**
 * @param {{ invocation: string, summary: string, options: Record<string, string>, exitCodes: string }} spec
 *   options: boolean flags by name, each with its description.
 * @returns {Record<string, boolean>} the flags given, or exits.
 */
export function scriptArgs(spec) {
  const usage = [
    `Usage: ${spec.invocation} [options]`,
    '',
    spec.summary,
    '',
    'Options:',
    ...Object.entries({ ...spec.options, help: 'show this help and exit' }).map(([name, text]) => `  --${name.padEnd(10)}${text}`),
    '',
    `Exit codes: ${spec.exitCodes}`,
  ].join('\n');
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: Object.fromEntries([...Object.keys(spec.options), 'help'].map((name) => [name, { type: 'boolean' }])),
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const message = String(error instanceof Error ? error.message : error)
      .split('\n')[0]
      .replace(/\. To specify.*$/, '');
    process.stderr.write(`Error: ${message}\n\n${usage}\n`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return values;
}
