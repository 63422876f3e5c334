/**
 * Text from the data on a line that a machine reads. Under GitHub Actions, any line of a step's
 * output (stdout or stderr) that starts with `::`, after leading spaces, is a workflow command
 * (`::error file=…::`, `::add-mask::`, `::stop-commands::`), so a value holding a newline followed
 * by `::…` could forge annotations or silence the real ones. Every text from the data is made one
 * visible line before it is printed, and every printed block is checked once more as a whole.
 */

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
const controls = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;

const named: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One visible line: newlines become `\n`, every other control character `\u{1B}`-style. */
export function oneLine(text: string): string {
  return text.replace(controls, (ch) => named[ch] ?? `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** Whether a printed line would be read as a workflow command (`::cmd` or the older `##[cmd]`). */
const commandLine = /^\s*(?:::|##\[)/;

/**
 * Makes a block of printed text safe to print: control characters other than newline and tab
 * shown visibly, and a line that would start a workflow command prefixed so that it does not.
 * Only formatGithub writes workflow commands, and its output does not pass through here.
 */
export function guardCommands(block: string): string {
  return block
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g, (ch) => oneLine(ch))
    .split('\n')
    .map((line) => (commandLine.test(line) ? `! ${line}` : line))
    .join('\n');
}

/** JSON whose every line is safe: JSON.stringify leaves C1 controls and U+2028/9 as they are. */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007F-\u009F\u2028\u2029]/g, (ch) => `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}
