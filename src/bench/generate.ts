import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parse, parseDocument, type Node, type Scalar, type YAMLMap } from 'yaml';

/**
 * Generates N editions for the benchmark from the default one: each is an invented district
 * ("Sample District 7", 示例区7) with its own id, marked `invented: true`, whose amounts (every
 * figure not in per cent: money, people, projects…) are the default edition's times 1, 2 or 3 in
 * turn. Multiplying by a whole number keeps every sum, share, ratio and status as published, so
 * the editions pass validation like the original; growth rates, shares and ranks stay as they are.
 * Each edition gets an invented source text made of its citation phrases, with the same amounts,
 * so that the citation checks hold.
 */
export function generateEditions(sourceDataDir: string, targetDataDir: string, count: number, template: string): string[] {
  mkdirSync(path.join(targetDataDir, 'editions'), { recursive: true });
  cpSync(path.join(sourceDataDir, 'units.yaml'), path.join(targetDataDir, 'units.yaml'));
  cpSync(path.join(sourceDataDir, 'glossary.yaml'), path.join(targetDataDir, 'glossary.yaml'));
  const from = path.join(sourceDataDir, 'editions', template);
  const edition = readFileSync(path.join(from, 'edition.yaml'), 'utf8');
  const sourceFile = /^\s+file: (.+)$/m.exec(edition)?.[1]?.trim() ?? 'source.txt';
  const dataFiles = readdirSync(from).filter((f) => f.endsWith('.yaml') && f !== 'edition.yaml');
  const originals = new Map(dataFiles.map((f) => [f, readFileSync(path.join(from, f), 'utf8')]));
  const folders: string[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `sample-${String(i).padStart(4, '0')}`;
    const to = path.join(targetDataDir, 'editions', id);
    mkdirSync(to, { recursive: true });
    const factor = ((i - 1) % 3) + 1;
    const phrases: string[] = [];
    for (const [file, text] of originals) {
      const scaled = scaleAmounts(text, factor, `${template}/${file}`);
      writeFileSync(path.join(to, file), scaled.text);
      phrases.push(...scaled.phrases);
    }
    const text = edition
      .replace(/^id: .*$/m, `id: ${id}`)
      .replace(/^district: .*$/m, `district: {zh: 示例区${i}, en: Sample District ${i}}`)
      .replace(/^dataVersion: .*$/m, `dataVersion: 'bench-${i}'\ninvented: true`);
    writeFileSync(path.join(to, 'edition.yaml'), text);
    phrases.push(...scaleAmounts(text, 1, `${template}/edition.yaml`).phrases);
    // The places the edition names are named in its document (plan:source-phrase-found).
    const places = parse(text) as Partial<Record<'district' | 'city' | 'province', { zh: string }>>;
    phrases.push([places.district, places.city, places.province].flatMap((p) => (p ? [p.zh] : [])).join(' '));
    writeFileSync(path.join(to, sourceFile), `${phrases.join('\n')}\n`);
    folders.push(id);
  }
  return folders;
}

/** Fields that hold an amount whatever their entry's unit: the project count of a reserve. */
const amountFields = new Set(['projects']);
const noColumns: ReadonlySet<string> = new Set();

/** The columns of a statistical table (a map with `columns`) that hold amounts: those not in per cent. */
function amountColumnsOf(node: YAMLMap): ReadonlySet<string> | undefined {
  const columns = node.get('columns');
  if (!isSeq(columns)) return undefined;
  return new Set(
    columns.items.flatMap((column) =>
      isMap(column) && column.get('unit') !== '%' && typeof column.get('id') === 'string' ? [String(column.get('id'))] : [],
    ),
  );
}

/** A number as published, times `factor`, with as many decimals as it was published with. */
function times(published: string, factor: number): string {
  const decimals = published.includes('.') ? published.split('.')[1]!.length : 0;
  return (Number(published) * factor).toFixed(decimals);
}

/**
 * Multiplies the amounts in one data file and the same numbers in the citation phrases that cite
 * them (each phrase changes only the numbers of the entry it belongs to, once each). Works on the
 * text, so numbers keep their published form ("73.0" stays one decimal). Gives the new text and
 * every citation phrase in it (any string under a key ending in "source", "Source" or "phrase").
 */
/** An amount of an entry: as published, as generated, and its unit when the entry states one. */
type Amount = readonly [published: string, generated: string, unit: string | undefined];

/**
 * Each amount of an entry replaces its published number once in the phrase: first where the number
 * is followed by the amount's unit (in "1亿美元以上外资项目1个", the 1 of 1个), then left to right.
 */
function scalePhrase(phrase: string, amounts: readonly Amount[]): string {
  const tokens = [...phrase.matchAll(/\d+(?:\.\d+)?/g)].map((m) => ({ text: m[0], at: m.index, by: undefined as string | undefined }));
  const pending = [...amounts];
  const assign = (fits: (token: (typeof tokens)[number], amount: Amount) => boolean) => {
    for (const token of tokens) {
      if (token.by !== undefined) continue;
      const i = pending.findIndex((amount) => amount[0] === token.text && fits(token, amount));
      if (i >= 0) token.by = pending.splice(i, 1)[0]![1];
    }
  };
  assign((token, [, , unit]) => unit !== undefined && phrase.startsWith(unit, token.at + token.text.length));
  assign(() => true);
  let out = '';
  let last = 0;
  for (const token of tokens) {
    out += phrase.slice(last, token.at) + (token.by ?? token.text);
    last = token.at + token.text.length;
  }
  return out + phrase.slice(last);
}

function scaleAmounts(text: string, factor: number, file: string): { text: string; phrases: string[] } {
  const document = parseDocument(text);
  if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]!.message}`);
  const edits: { start: number; end: number; text: string }[] = [];
  const phrases: string[] = [];

  /** The field's number when it is an amount (its entry's unit is not % or it is a table column). */
  const amount = (entry: YAMLMap, key: string, value: unknown, columns: ReadonlySet<string>): Scalar | undefined => {
    const unit = entry.get('unit');
    const isAmount = (key === 'value' && typeof unit === 'string' && unit !== '%') || amountFields.has(key) || columns.has(key);
    return isAmount && isScalar(value) && typeof value.value === 'number' && value.source !== undefined && value.range ? value : undefined;
  };

  /** Amounts in an entry and below it (not in entries with their own citation): [as published, as generated]. */
  const amountsIn = (node: unknown, columns: ReadonlySet<string>, found: Amount[] = [], top = true): Amount[] => {
    if (isMap(node)) {
      if (!top && node.has('source')) return found;
      for (const pair of node.items) {
        const number = amount(node, isScalar(pair.key) ? String(pair.key.value) : '', pair.value, columns);
        const unit = node.get('unit');
        if (number) found.push([number.source!, times(number.source!, factor), typeof unit === 'string' ? unit : undefined]);
        else amountsIn(pair.value, columns, found, false);
      }
    } else if (isSeq(node)) for (const item of node.items) amountsIn(item, columns, found, false);
    return found;
  };

  // Table cells are amounts by their column's unit: `columns` is the enclosing table's amount columns.
  const visit = (node: unknown, inherited: ReadonlySet<string> = noColumns): void => {
    if (isMap(node)) {
      const columns = amountColumnsOf(node) ?? inherited;
      const amounts = factor === 1 ? [] : amountsIn(node, columns);
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const value = pair.value as Node | null;
        // A table's column list holds ids and units, not cells.
        if (key === 'columns') continue;
        const number = amount(node, key, value, columns);
        if (number) {
          if (factor !== 1) edits.push({ start: number.range![0], end: number.range![1], text: times(number.source!, factor) });
        } else if (/(source|phrase)$/i.test(key) && isScalar(value) && typeof value.value === 'string' && value.range) {
          const phrase = scalePhrase(value.value, amounts);
          phrases.push(phrase);
          if (phrase !== value.value) edits.push({ start: value.range[0], end: value.range[1], text: JSON.stringify(phrase) });
        } else visit(value, columns);
      }
    } else if (isSeq(node)) for (const item of node.items) visit(item, inherited);
  };
  visit(document.contents);

  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { text: out, phrases };
}
