import { guardCommands } from '../diagnostics/escape.js';

/** Prints an error chain once: each message, then the innermost stack only (after Eleventy). */
export function describeError(error: unknown): string {
  const chain: unknown[] = [];
  for (let current: unknown = error; current !== undefined && chain.length < 10; ) {
    chain.push(current);
    current = current instanceof Error ? current.cause : undefined;
  }
  const lines = chain.map((e, i) => `${'  '.repeat(i)}${i === 0 ? 'Error' : 'Caused by'}: ${e instanceof Error ? e.message : String(e)}`);
  const innermost = chain[chain.length - 1];
  if (innermost instanceof Error && innermost.stack) lines.push(innermost.stack.split('\n').slice(1).join('\n'));
  // An error's message may quote a path or a value from the data.
  return guardCommands(lines.join('\n'));
}
