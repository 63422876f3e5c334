import { FAILSAFE_SCHEMA, load, type State, Type } from 'js-yaml';
import { isScalar, Schema as YamlSchema } from 'yaml';
import type { DataPath } from '../dataset/source-file.js';

/**
 * The fast way to read a well-formed data file. The `yaml` package, which reads every file with
 * the place of every node, took about 90 ms per edition (most of checking one), while js-yaml
 * reads the same text in about a tenth of that, without places. Places are needed for
 * diagnostics, which are few, and for the text of numbers as written ("5.0" has one decimal),
 * which is needed for every number: this reads the value with js-yaml and notes each number's
 * text as it goes; source-file.ts parses with `yaml` only when a place or other raw text is asked
 * for. Anything this does not take on gives `undefined`, and the file is read by `yaml` alone as
 * before:
 * - text that js-yaml refuses (syntax errors, duplicate keys, several documents): `yaml` reports
 *   them, with its messages and places;
 * - quoted or plain text over several lines, whose indentation js-yaml checks less strictly;
 * - anchors and aliases (`yaml` bounds how far aliases expand);
 * - tags, merge keys, `__proto__` keys, document markers and directives, block scalars with an
 *   indentation indicator, carriage returns alone, and tabs, which js-yaml takes as indentation
 *   where `yaml` refuses them (told apart by a conservative test of the text: "Note!" passes,
 *   "a !b" does not);
 * - a comment mark right after a bracket, comma or quote;
 * - a mapping key that is not text (a number, true, null, a collection) or is longer than `yaml`
 *   allows, or a tree whose reading does not line up with the value (checked node by node);
 * - an empty file, or one that holds only null.
 * Plain scalars are resolved by `yaml`'s core schema in both. A test compares the two readers on
 * every YAML file of the project and on generated documents.
 */
export interface QuickYaml {
  readonly value: unknown;
  /** The text of each number as written, by its data path (see pathKey). */
  readonly numbers: ReadonlyMap<string, string>;
}

/** A data path as a map key (an index and a key of the same digits cannot meet: a node is a list or a mapping). */
export const pathKey = (path: DataPath): string => path.join('\u0000');

/** A tag can only start a node: after a line start, white space or a flow indicator. */
const tagLike = /(?:^|[\s,[{:])!/m;

/** A line that starts like a document marker or a directive ("---a" is text to `yaml`, a marker and "a" to js-yaml). */
const markerLike = /^(?:---|\.\.\.|%)/m;
/** A block scalar with an indentation indicator ("|1"): the two readers keep different white space. */
const indentedBlock = /[|>][-+]?[1-9]/;
/** A carriage return alone: js-yaml takes it as a line break, `yaml` does not. */
const loneReturn = /\r(?!\n)/;

/**
 * Plain scalars (null, booleans, numbers) resolved by `yaml`'s own core schema, in its order, so
 * that both readers give the same value ("-.5" is a number to `yaml` and text to js-yaml), and
 * the text of each number noted.
 */
interface CoreTag {
  readonly default?: boolean | 'key';
  readonly test?: RegExp;
  resolve(text: string, onError: (message: string) => void, options: object): unknown;
}
const implicitTags = (new YamlSchema({ schema: 'core' }).tags as unknown as CoreTag[]).filter((tag) => tag.default === true && tag.test);
const tagOf = (text: string) => implicitTags.find((tag) => tag.test!.test(text));
let lastNumberText = '';
const yamlCore = new Type('tag:yaml.org,2002:core', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && tagOf(data) !== undefined,
  construct: (data: string) => {
    // A tag gives the value, or a scalar node holding it (as `yaml` composes a scalar).
    const resolved = tagOf(data)!.resolve(data, () => {}, { intAsBigInt: false });
    const value = isScalar(resolved) ? resolved.value : resolved;
    if (typeof value === 'number') lastNumberText = data;
    return value;
  },
});
const schema = FAILSAFE_SCHEMA.extend({ implicit: [yamlCore] });

interface ReadNode {
  /** Where js-yaml stood when the node opened (before any white space and comments ahead of it). */
  readonly start: number;
  kind: string | null;
  result: unknown;
  numberText?: string;
  /** A text scalar's length in the file, quotes included. */
  sourceLength?: number;
  readonly children: ReadNode[];
}

/** `yaml` refuses an implicit key longer than 1,024 characters; js-yaml takes it. */
const maxKeySource = 1000;

export function quickYaml(text: string): QuickYaml | undefined {
  const ruledOut = [tagLike, markerLike, indentedBlock, loneReturn].some((pattern) => pattern.test(text));
  if (ruledOut || text.includes('<<') || text.includes('__proto__') || text.includes('\t')) return undefined;
  // js-yaml tells of each node as it opens and closes; the nodes are rebuilt as a tree.
  const root: ReadNode = { start: 0, kind: null, result: undefined, children: [] };
  const open: ReadNode[] = [root];
  // Where text lies: a "#" there is part of it, not a comment mark.
  const textSpans: [number, number][] = [];
  // js-yaml's reading state (the same object at every event), for its anchors.
  let lastState: State | undefined;
  // Set when the text is one that js-yaml reads otherwise than `yaml`.
  let unlike = false;
  const listener = (event: 'open' | 'close', state: State) => {
    if (event === 'open') {
      open.push({ start: state.position, kind: null, result: undefined, children: [] });
      return;
    }
    const node = open.pop()!;
    lastState = state;
    node.kind = state.kind;
    node.result = state.result;
    const { result } = state;
    if (typeof result === 'number') node.numberText = lastNumberText;
    // A quoted or plain scalar over several lines: js-yaml takes continuation lines that `yaml`
    // refuses as indented too little ("- 'a\n'").
    if (state.kind === 'scalar' && typeof result === 'string') {
      const source = text.slice(node.start, state.position);
      // What lies before the scalar (white space, line breaks, comments) is not part of it.
      const scalarStart = node.start + (leadingSpace.exec(source)?.[0].length ?? 0);
      if (flowScalarOverLines(text.slice(scalarStart, state.position))) unlike = true;
      textSpans.push([scalarStart, state.position]);
      node.sourceLength = state.position - scalarStart;
    }
    open[open.length - 1]!.children.push(node);
  };
  let value: unknown;
  try {
    value = load(text, { schema, listener });
  } catch {
    return undefined;
  }
  if (tightComments(text, textSpans)) return undefined;
  // An anchor (and so any alias): `yaml` bounds how far aliases expand; js-yaml shares the nodes.
  if (lastState && Object.keys((lastState as unknown as { anchorMap: object }).anchorMap).length > 0) return undefined;
  if (unlike || value === null || value === undefined || open.length !== 1 || root.children.length !== 1) return undefined;
  const numbers = new Map<string, string>();
  return indexNode(root.children[0]!, value, [], numbers) ? { value, numbers } : undefined;
}

/**
 * Whether a comment mark follows a bracket, comma or quote without white space ("[]#a", "{#"):
 * `yaml` refuses it, js-yaml reads on. A "#" inside text ("#0072B2") is no comment mark.
 */
function tightComments(text: string, textSpans: readonly [number, number][]): boolean {
  for (const match of text.matchAll(/[[\]{},"']#/g)) {
    const at = match.index + 1;
    if (!textSpans.some(([from, to]) => from <= at && at < to)) return true;
  }
  return false;
}

/** Whether a scalar's text is a quoted or plain scalar over several lines (a block scalar, | or >, is not). */
function flowScalarOverLines(scalar: string): boolean {
  return scalar.includes('\n') && !/^[|>]/.test(scalar);
}

/**
 * YAML's white space, line breaks and comments (not JavaScript's \s: "\u2028#a" is text to YAML).
 * A "#" starts a comment only after white space, or where the node opened.
 */
const leadingSpace = /^(?:[ \t\r\n]|(?<![^ \t\r\n])#[^\r\n]*)*/;

/** Notes the numbers under a node; false when the node tree does not line up with the value. */
function indexNode(read: ReadNode, value: unknown, path: DataPath, numbers: Map<string, string>): boolean {
  let node = read;
  // A flow collection in a block one is told of twice, the outer node holding only the inner.
  while (node.children.length === 1 && node.children[0]!.result === node.result && node.children[0]!.kind === node.kind)
    node = node.children[0]!;
  if (node.result !== value) return false;
  if (node.kind === 'mapping') {
    const record = value as Record<string, unknown>;
    const { children } = node;
    if (children.length % 2 !== 0 || Object.keys(record).length !== children.length / 2) return false;
    for (let i = 0; i < children.length; i += 2) {
      const key = children[i]!;
      if (key.kind !== 'scalar' || typeof key.result !== 'string' || !Object.hasOwn(record, key.result)) return false;
      if ((key.sourceLength ?? 0) > maxKeySource) return false;
      if (!indexNode(children[i + 1]!, record[key.result], [...path, key.result], numbers)) return false;
    }
    return true;
  }
  if (node.kind === 'sequence') {
    const list = value as unknown[];
    if (!Array.isArray(list) || list.length !== node.children.length) return false;
    return node.children.every((child, i) => indexNode(child, list[i], [...path, i], numbers));
  }
  if (node.children.length > 0) return false;
  if (typeof value === 'number') {
    if (node.numberText === undefined) return false;
    numbers.set(pathKey(path), node.numberText);
  }
  return typeof value !== 'object' || value === null;
}
