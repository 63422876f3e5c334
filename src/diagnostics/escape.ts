/**
 * Text from the data on a line that a machine reads. Under GitHub Actions, any line of a step's
 * output (stdout or stderr) that starts with `::`, after leading spaces, is a workflow command
 * (`::error file=…::`, `::add-mask::`, `::stop-commands::`), so a value holding a newline followed
 * by `::…` could forge annotations or silence the real ones. Every text from the data is made one
 * visible line before it is printed, and every printed block is checked once more as a whole.
 */

/**
 * Characters a reader does not see that change how a line reads: bidi controls (U+202E turns the
 * rest of a line around, in a terminal and in a CI log), zero-width characters, the soft hyphen,
 * the byte-order mark, invisible separators and fillers. Shown as `\u{202E}` wherever text is printed.
 */
export const invisibleCharacters =
  '\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB';

/**
 * What else is not seen when printed, by Unicode category: format characters (among them the tags
 * U+E0000–U+E007F, which spell ASCII no one sees), surrogates standing alone, unassigned code
 * points (the noncharacters U+FFFE and U+FFFF), and variation selectors. The data cannot hold them
 * (no font of the briefs has them), but the message saying so quoted them raw. Private-use
 * characters are shown by oneLine (see `lookalikes`) but left by guardCommands: the report marks
 * severities with two of them until the block is guarded.
 */
const unseen = '\\p{Cf}\\p{Cs}\\p{Cn}\\u{FE00}-\\u{FE0F}\\u{E0100}-\\u{E01EF}';

/**
 * What a reader takes for something else when printed: spaces other than the ASCII space that look
 * like one (U+00A0 no-break space, U+2000–U+200A, U+202F, U+205F; the ideographic space U+3000 is
 * ordinary Chinese text and is left), the blank braille pattern U+2800 (a blank that is no space),
 * and private-use characters (they mean something only to the program that wrote them, and show as
 * a box, as nothing, or as another program's icon). oneLine shows them by their code; a name with
 * U+00A0 in it otherwise reads as a name with a space in it.
 */
const lookalikes = '\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u2800\\p{Co}';

// C0 and C1 controls, DEL, the Unicode line and paragraph separators, the invisible characters and the look-alikes.
const controls = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029${invisibleCharacters}${unseen}${lookalikes}]`, 'gu');
const controlsButLineBreaks = new RegExp(
  `[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u2028\\u2029${invisibleCharacters}${unseen}]`,
  'gu',
);

const named: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One visible line: newlines become `\n`, every other control or invisible character `\u{1B}`-style. */
export function oneLine(text: string): string {
  return text.replace(controls, (ch) => named[ch] ?? `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/**
 * What a character oneLine shows by its code is, in words, for a message about the character
 * itself ("Character U+2800, the blank braille pattern, …"): the code alone says nothing to an
 * editor. Undefined for a character printed as it is.
 */
export function describeUnseen(char: string): { readonly en: string; readonly zh: string } | undefined {
  if (oneLine(char) === char) return undefined;
  const code = char.codePointAt(0)!;
  if (/\p{Co}/u.test(char))
    return {
      en: 'a private-use character, which means something only to the program that typed it',
      zh: '私用区字符，只对输入它的程序有意义',
    };
  if (code === 0x2800) return { en: 'the blank braille pattern, which looks like a space', zh: '空白盲文点字，看起来像空格' };
  if (code === 0xa0) return { en: 'a no-break space, which looks like a space', zh: '不换行空格，看起来像普通空格' };
  if (/\p{Zs}/u.test(char)) return { en: 'a space other than the ordinary one, which looks like it', zh: '另一种空格，看起来像普通空格' };
  if (/\p{Cc}/u.test(char)) return { en: 'a control character', zh: '控制字符' };
  return { en: 'an invisible character', zh: '不可见字符' };
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
    .replace(controlsButLineBreaks, (ch) => oneLine(ch))
    .split('\n')
    .map((line) => (commandLine.test(line) ? `! ${line}` : line))
    .join('\n');
}

const jsonUnsafe = new RegExp(`[\\u007F-\\u009F\\u2028\\u2029${invisibleCharacters}${unseen}${lookalikes}]`, 'gu');

/** JSON whose every line is safe: JSON.stringify leaves C1 controls, U+2028/9, invisible characters and look-alikes as they are. */
export function escapeJsonControls(json: string): string {
  // Each UTF-16 unit of its own: JSON writes a character beyond U+FFFF as its two surrogates.
  return json.replace(jsonUnsafe, (ch) =>
    Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
}

// What a terminal program itself writes: colours (ESC [ n m) and "clear the line" after a carriage return.
const terminalSequence = /\r\u001b\[K|\u001b\[[0-9;]*m/g;

/**
 * The last guard before a command's output reaches a terminal or a CI log: guardCommands, keeping
 * only the colour and line-clearing sequences the program itself writes. Every text from outside
 * (data, file and folder names, arguments, environment values, library messages) is made one line
 * with oneLine where it is put in a message; this catches whatever was not.
 */
export function printable(block: string): string {
  let out = '';
  let last = 0;
  for (const match of block.matchAll(terminalSequence)) {
    out += guardCommands(block.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + guardCommands(block.slice(last));
}

// ECMA-48 control sequences: CSI (ESC [ or U+009B, parameters, one final byte), OSC, DCS, SOS, PM
// and APC strings (to their terminator, BEL or ESC \\), any other ESC and the character after it,
// and the C0 and C1 controls left (tab and line breaks kept).
const controlSequence =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)|\u001b[ -~]?|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * The text with every terminal control sequence, and every control character but tab and line
 * breaks, made a space: what a reader of the words sees. The digits of `ESC [31m` are no number a
 * text states (plan:control-character reports the sequence itself).
 */
export function withoutControlSequences(text: string): string {
  return text.replace(controlSequence, ' ');
}

/**
 * Markdown. Text from outside is shown as text, never as Markdown or HTML: every character that
 * opens an inline construct (emphasis, code, link, image, raw HTML, entity, table cell,
 * strikethrough, and `$` that opens GitHub's inline and display math) is backslash-escaped, and
 * what GitHub would turn into a link by itself (`www.`, `https://`, `a@b`) is broken up the same
 * way. One visible line (oneLine).
 */
export function markdownText(text: string): string {
  return oneLine(text.replace(/\r\n|\r|\n/g, ' '))
    .replace(/[\\`*_[\]<>!|~&@$]/g, '\\$&')
    .replace(/:\/\//g, '\\://')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/^(\s*)([#+=-])(?=[\s#=-]|$)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** Text as an inline code span (keys, paths, rule ids): fenced by more backticks than it holds; `|` escaped for tables. */
export function markdownCode(text: string): string {
  const line = oneLine(text.replace(/\r\n|\r|\n/g, ' '));
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const padded = line.startsWith('`') || line.endsWith('`') || line === '' ? ` ${line} ` : line;
  return `${fence}${padded.replace(/\|/g, '\\|')}${fence}`;
}

/** A link target for Markdown: http(s) or file only (no javascript:, data:), with the characters that would end it encoded; undefined otherwise. */
export function markdownUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  // file: links point into this checkout when the summary is written outside GitHub Actions.
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:' && parsed.protocol !== 'file:') return undefined;
  return parsed.href.replace(/[()<>\s|\\`'"[\]]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[text](url)` with both escaped, or the escaped text alone when the URL is not http(s). */
export function markdownLink(text: string, url: string | undefined, code = false): string {
  const shown = code ? markdownCode(text) : markdownText(text);
  const target = url === undefined ? undefined : markdownUrl(url);
  return target ? `[${shown}](${target})` : shown;
}
