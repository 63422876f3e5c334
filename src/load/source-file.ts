import { readFileSync } from 'node:fs';
import { isCollection, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { DiagnosticSink, Place } from '../diagnostics/diagnostic.js';
import type { DataPath, SourceFile } from '../dataset/source-file.js';
import { rule as duplicateKey } from '../diagnostics/rules/plan/duplicate-key.js';
import { rule as fileEmpty } from '../diagnostics/rules/plan/file-empty.js';
import { rule as fileMissing } from '../diagnostics/rules/plan/file-missing.js';
import { rule as fileUnreadable } from '../diagnostics/rules/plan/file-unreadable.js';
import { rule as yamlSyntax } from '../diagnostics/rules/plan/yaml-syntax.js';
import { firstInvalidUtf8, looksUtf16, pathKind } from './file-kind.js';

/** Larger files are refused before parsing: no data file of an edition comes near this. */
const maxDataFileBytes = 1024 * 1024;

const start: Place = { line: 1, column: 1 };

/**
 * Reads bytes as UTF-8 text, or records why it cannot (missing, not a regular file, too large,
 * binary, UTF-16, not UTF-8). Shared by data files and source documents. A symbolic link is
 * followed only to a regular file inside `within` (the data folder); FIFOs and devices are never
 * opened.
 */
export function readTextFile(
  absPath: string,
  displayPath: string,
  sink: DiagnosticSink,
  maxBytes = maxDataFileBytes,
  within?: string,
): string | undefined {
  const kind = pathKind(absPath, within);
  if (kind.kind === 'missing') {
    sink.add({ ruleId: 'plan:file-missing', file: displayPath, place: start, message: fileMissing.messages.fileMissing(displayPath) });
    return undefined;
  }
  if (kind.kind !== 'file') {
    const reason = kind.kind === 'folder' ? { en: 'a folder', zh: '文件夹' } : kind.reason;
    sink.add({ ruleId: 'plan:file-unreadable', file: displayPath, place: start, message: fileUnreadable.messages.notAFile(reason) });
    return undefined;
  }
  if (kind.size > maxBytes) {
    sink.add({
      ruleId: 'plan:file-unreadable',
      file: displayPath,
      place: start,
      message: fileUnreadable.messages.fileTooLarge(kind.size, maxBytes),
    });
    return undefined;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(absPath);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    sink.add({ ruleId: 'plan:file-unreadable', file: displayPath, place: start, message: fileUnreadable.messages.fileUnreadable(detail) });
    return undefined;
  }
  return decodeText(bytes, displayPath, sink);
}

/** UTF-8 bytes as text; otherwise a diagnostic at the first bad byte. */
function decodeText(bytes: Buffer, displayPath: string, sink: DiagnosticSink): string | undefined {
  if (looksUtf16(bytes)) {
    sink.add({ ruleId: 'plan:file-unreadable', file: displayPath, place: start, message: fileUnreadable.messages.fileUtf16() });
    return undefined;
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    sink.add({
      ruleId: 'plan:file-unreadable',
      file: displayPath,
      place: placeOfByte(bytes, nul),
      message: fileUnreadable.messages.fileBinary(nul),
    });
    return undefined;
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    sink.add({
      ruleId: 'plan:file-unreadable',
      file: displayPath,
      place: placeOfByte(bytes, invalid),
      message: fileUnreadable.messages.fileNotUtf8(invalid),
    });
    return undefined;
  }
  const text = bytes.toString('utf8');
  // Old Mac line endings (a carriage return alone) are line breaks, as every editor shows them; the
  // YAML reader takes only LF and CRLF, and read such a file as one comment ("File is empty"). One
  // character for one, so every place stays where it was.
  const lines = text.replace(/\r(?!\n)/g, '\n');
  return lines.startsWith('\uFEFF') ? lines.slice(1) : lines;
}

/** Line and column (in characters) of a byte, counting only the well-formed text before it. */
function placeOfByte(bytes: Buffer, offset: number): Place {
  // A line ends in LF, CRLF or CR alone (as decodeText reads it).
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: [...bytes.subarray(lineStart, offset).toString('utf8')].length + 1 };
}

/** Reads and parses a YAML data file; problems go to the sink and give `undefined`. */
export function loadYamlFile(absPath: string, displayPath: string, sink: DiagnosticSink, within?: string): SourceFile | undefined {
  const text = readTextFile(absPath, displayPath, sink, maxDataFileBytes, within);
  if (text === undefined) return undefined;
  return parseYamlText(text, displayPath, sink);
}

export function parseYamlText(text: string, displayPath: string, sink: DiagnosticSink): SourceFile | undefined {
  const parsed = parseWithPlaces(text);
  const { doc, placeAt } = parsed;
  // A line ending YAML does not take (NEL, U+2028, U+2029: some Windows and mainframe tools, or a
  // paste from a web page) made the file one long line, and the message a YAML error far from it,
  // or "File is empty" when the first line was a comment. Said as what it is, where it is.
  const syntaxErrors = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  const ending =
    foreignLineEnding(text, syntaxErrors[0]?.pos[0] ?? (doc.contents === null ? 'empty' : undefined)) ??
    // In a file that parsed, one outside every value (in a comment, between entries) hid what
    // follows it on its line: a key swallowed by a comment, reported by nothing (hostile pass 15).
    (syntaxErrors.length === 0 ? foreignOutsideValues(text, doc) : undefined);
  if (ending !== undefined) {
    const place = placeAt(ending);
    const code = text.codePointAt(ending)!;
    sink.add({
      ruleId: 'plan:file-unreadable',
      file: displayPath,
      place,
      message: fileUnreadable.messages.foreignLineEnding(place.line, place.column, code),
    });
    return undefined;
  }
  if (doc.errors.length > 0) {
    // A syntax error cascades into many; report the first, and every duplicate key (independent).
    const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
    const syntax = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
    for (const error of duplicates) {
      sink.add({
        ruleId: 'plan:duplicate-key',
        file: displayPath,
        place: placeAt(error.pos[0]),
        message: duplicateKey.messages.duplicateKey(),
      });
    }
    const first = syntax[0];
    if (first) {
      sink.add({
        ruleId: 'plan:yaml-syntax',
        file: displayPath,
        place: placeAt(first.pos[0]),
        message: nestedTooDeeply(first.message)
          ? yamlSyntax.messages.tooDeep()
          : yamlSyntax.messages.yamlSyntax(firstLine(first.message), syntax.length - 1),
      });
    }
    return undefined;
  }
  if (doc.contents === null) {
    sink.add({ ruleId: 'plan:file-empty', file: displayPath, place: start, message: fileEmpty.messages.fileEmpty() });
    return undefined;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    sink.add({
      ruleId: 'plan:yaml-syntax',
      file: displayPath,
      place: start,
      message:
        error instanceof RangeError && nestedTooDeeply(error.message)
          ? yamlSyntax.messages.tooDeep()
          : yamlSyntax.messages.yamlSyntax(firstLine(error instanceof Error ? error.message : String(error)), 0),
    });
    return undefined;
  }
  return makeSourceFile(displayPath, text, value, parsed);
}

/** Whether a reader's message is JavaScript's for a stack run out (said to an editor as nesting too deep). */
const nestedTooDeeply = (message: string) => /Maximum call stack size exceeded/.test(message);

/**
 * Offset of a NEL, U+2028 or U+2029 that stands where YAML read no line break: on the line of the
 * first syntax error (`errorAt`, an offset), or anywhere in a file read as empty.
 * Undefined when there is none, or the file parsed (one in a value is plan:control-character's).
 */
function foreignLineEnding(text: string, errorAt: number | 'empty' | undefined): number | undefined {
  if (errorAt === undefined) return undefined;
  const foreign = /[\u0085\u2028\u2029]/;
  // A file read as empty is all comment: the first such character anywhere in it.
  if (errorAt === 'empty') {
    const at = text.search(foreign);
    return at === -1 ? undefined : at;
  }
  const lineStart = errorAt === 0 ? 0 : text.lastIndexOf('\n', errorAt - 1) + 1;
  const lineEnd = text.indexOf('\n', errorAt);
  const at = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).search(foreign);
  return at === -1 ? undefined : lineStart + at;
}

/** Offset of the first NEL, U+2028 or U+2029 that lies outside every scalar of a parsed document. */
function foreignOutsideValues(text: string, doc: Document): number | undefined {
  const foreign = /[\u0085\u2028\u2029]/g;
  const offsets = [...text.matchAll(foreign)].map((m) => m.index);
  if (offsets.length === 0) return undefined;
  const ranges: [number, number][] = [];
  const visit = (node: unknown): void => {
    if (isScalar(node)) {
      if (node.range) ranges.push([node.range[0], node.range[1]]);
    } else if (isCollection(node)) {
      for (const item of node.items) visit(item);
    } else if (isPair(node)) {
      visit(node.key);
      visit(node.value);
    }
  };
  visit(doc.contents);
  return offsets.find((at) => !ranges.some(([from, to]) => at >= from && at < to));
}

interface WithPlaces {
  readonly doc: Document;
  readonly placeAt: (offset: number) => Place;
}

function parseWithPlaces(text: string): WithPlaces {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const placeAt = (offset: number): Place => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  return { doc, placeAt };
}

/** A source file whose places and raw text come from `yaml`'s parse. */
function makeSourceFile(path: string, text: string, value: unknown, parsed: WithPlaces): SourceFile {
  const places = () => parsed;
  const nodeAt = (dataPath: DataPath): Node | undefined => {
    const { doc } = places();
    for (let depth = dataPath.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(dataPath.slice(0, depth), true);
      if (node && typeof node === 'object' && 'range' in node && node.range) return node as Node;
    }
    return undefined;
  };
  const locate = (dataPath: DataPath): Place => {
    const node = nodeAt(dataPath);
    return node?.range ? places().placeAt(node.range[0]) : start;
  };
  // Each mapping's keys with their offsets, made once: a file with tens of thousands of unknown
  // keys searched its mapping once per key, quadratic (20,000 keys took 90 s to validate).
  const keyOffsets = new WeakMap<object, Map<unknown, number>>();
  const offsetsOf = (collection: object & { items: unknown[] }): Map<unknown, number> => {
    let offsets = keyOffsets.get(collection);
    if (!offsets) {
      offsets = new Map();
      for (const item of collection.items) {
        if (isPair(item) && isScalar(item.key) && item.key.range && !offsets.has(item.key.value))
          offsets.set(item.key.value, item.key.range[0]);
      }
      keyOffsets.set(collection, offsets);
    }
    return offsets;
  };
  const locateKey = (dataPath: DataPath): Place => {
    const { doc, placeAt } = places();
    const parent = doc.getIn(dataPath.slice(0, -1), true);
    const last = dataPath[dataPath.length - 1];
    if (isCollection(parent)) {
      const offset = offsetsOf(parent).get(last);
      if (offset !== undefined) return placeAt(offset);
    }
    return locate(dataPath);
  };
  const rawScalar = (dataPath: DataPath): string | undefined => {
    const node = places().doc.getIn(dataPath, true);
    if (isScalar(node) && node.range) return text.slice(node.range[0], node.range[1]).trim();
    return undefined;
  };
  return { path, text, value, locate, locateKey, rawScalar };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
