/**
 * A problem with a file the tool reads besides the data (a manifest, a lock, an output folder) that
 * the user can fix: its message says what and where, in one line, and the command prints it
 * without a stack trace (exit 2). Messages quote paths through oneLine (diagnostics/escape.ts).
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}
