import { both, type MessageText } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:file-unreadable',
  severity: 'error',
  summary: 'A data file cannot be read as text: too large, binary, or not UTF-8.',
  fix: {
    en: 'Save it as UTF-8 text from a text editor (not a word processor), under 1 MiB.',
    zh: '用文本编辑器（不要用文字处理软件）另存为 UTF-8 文本，且不超过 1 MiB。',
  },
  reportedBy: 'load',
  fixtures: 'demo-edition',
  messages: {
    notAFile: (kind: MessageText) =>
      both(`This path is ${kind.en}, not a regular file; it is not read.`, `此路径是${kind.zh}，不是普通文件；不会读取。`),
    linkOutOfData: (target: string) =>
      both(
        `This path is a symbolic link out of the data folder (to ${target}): nothing under data/ may point outside it, attachments/ included. Put a copy of what it points to in its place, or remove it.`,
        `此路径是指向数据文件夹之外（${target}）的符号链接：data/ 下的任何内容（包括 attachments/）都不得指向其外。请用所指内容的副本替换它，或将其删除。`,
      ),
    foreignLineEnding: (line: number, column: number, code: number) => {
      const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
      const [en, zh] =
        code === 0x85
          ? ['next line, NEL', '下一行符 NEL']
          : code === 0x2028
            ? ['line separator', '行分隔符']
            : ['paragraph separator', '段落分隔符'];
      return both(
        `Line ${line}, column ${column} holds ${hex} (${en}), a line ending YAML does not read as one: from there on the file reads as one long line. Save the file with ordinary line endings (LF; in most editors "Line endings" or "EOL conversion" → LF/Unix), or delete the character.`,
        `第 ${line} 行第 ${column} 列是 ${hex}（${zh}），YAML 不把它当作换行：从这里起文件被读成一整行。请以普通换行符（LF）保存文件（多数编辑器：“行尾序列”或“换行符转换” → LF/Unix），或删除该字符。`,
      );
    },
    fileUnreadable: (detail: string) => both(`File cannot be read: ${detail}`, `无法读取文件：${detail}`),
    fileUtf16: () =>
      both(
        'File is saved as UTF-16; save it as UTF-8 (in most editors: "Save with encoding" → UTF-8).',
        '文件以 UTF-16 编码保存；请改存为 UTF-8（多数编辑器：“以某种编码保存” → UTF-8）。',
      ),
    fileTooLarge: (size: number, max: number) =>
      both(`File is ${size} bytes; data files may be at most ${max} bytes.`, `文件大小为 ${size} 字节；数据文件不得超过 ${max} 字节。`),
    fileBinary: (offset: number) =>
      both(
        `File holds a NUL byte at offset ${offset}: it looks binary, not text.`,
        `文件在偏移 ${offset} 处含有 NUL 字节：看起来是二进制文件，不是文本。`,
      ),
    fileNotUtf8: (offset: number) =>
      both(
        `File is not valid UTF-8 text (byte ${offset} here); save it as UTF-8.`,
        `文件不是有效的 UTF-8 文本（此处第 ${offset} 字节）；请以 UTF-8 编码保存。`,
      ),
    unknownBinaryFile: (name: string, suggestion: string | undefined, expected: readonly string[], attachments: string) =>
      both(
        `"${name}" is not a text file the project reads${suggestion ? ` (did you mean ${suggestion}? it is not UTF-8 text)` : ''}; this folder holds ${expected.join(', ')}. Move other files to ${attachments}/.`,
        `“${name}”不是项目读取的文本文件${suggestion ? `（是否应为 ${suggestion}？它不是 UTF-8 文本）` : ''}；此文件夹应包含 ${expected.join('、')}。其他文件请移到 ${attachments}/ 中。`,
      ),
  },
  docs: {
    en: `The file is too large (over 1 MiB), binary, saved as UTF-16, or not valid UTF-8 (the message gives the
line of the first bad byte), or its lines end in a character YAML does not read as a line ending (U+0085 NEL,
U+2028, U+2029; the message gives the line and column of the first); or the path is not a regular file: a folder, a named pipe (FIFO), a device,
or a symbolic link out of \`data/\`. *Example:* \`data/editions/x/headline.yaml:3:19 error File is not valid UTF-8 text (byte 46 here)\`.
*Fix:* save it as UTF-8 text with LF line endings from a text editor (not a word processor); replace the link or pipe with
the file itself; move other files into \`attachments/\`.`,
    zh: `文件过大（超过 1 MiB）、是二进制文件、以 UTF-16 编码保存或不是有效的 UTF-8 文本（消息给出第一个错误字节所在的行），或者行尾是 YAML 不认作换行的字符（U+0085 NEL、U+2028、U+2029；消息给出第一个所在的行和列）；或者该路径不是普通文件，而是文件夹、命名管道（FIFO）、设备文件或指向 \`data/\` 以外的符号链接。*示例：*\`data/editions/x/headline.yaml:3:19 错误 文件不是有效的 UTF-8 文本（此处第 46 字节）；请以 UTF-8 编码保存。\`
*改法：*用文本编辑器（不要用文字处理软件）另存为 UTF-8 文本（换行符用 LF）；用文件本身替换链接或管道；其他资料移到 \`attachments/\` 中。`,
  },
});
