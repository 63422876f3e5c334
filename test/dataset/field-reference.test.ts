import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z, type ZodTypeAny } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import {
  type FileReference,
  fieldMeaning,
  fieldReference,
  fileReference,
  fileReferenceMarkdown,
  withFieldReference,
  WrittenNumber,
} from '../../src/dataset/field-reference.js';
import { dataFileSchemas } from '../../src/dataset/json-schema.js';
import * as schemas from '../../src/dataset/schema.js';
import { readExampleDocuments } from '../../src/load/field-examples.js';
import { repoRoot } from '../helpers.js';

// The guides' field reference is generated from the data files' schemas (src/dataset/schema.ts, through
// the JSON Schemas of json-schema.ts) and field-help.ts, with examples from the data, by
// `npm run docs:fields`. The committed guides must be what it writes, and it must miss no field.
const guides = [
  ['CONTRIBUTING.md', 'en'],
  ['CONTRIBUTING.zh-CN.md', 'zh'],
] as const;
const examples = readExampleDocuments(repoRoot);
const reference = fieldReference(examples);

/**
 * The zod schemas of the data files, by the key of their help in field-help.ts: the shared files'
 * schemas are exported as `<kind>FileSchema`, an edition's files are listed in `editionFiles` (a
 * kind may have both, as the shared glossary and an edition's own glossary have).
 */
const zodSchemas: Record<string, ZodTypeAny[]> = {};
for (const [name, value] of Object.entries(schemas))
  if (name.endsWith('FileSchema') && value instanceof z.ZodType) (zodSchemas[name.replace(/FileSchema$/, '')] ??= []).push(value);
for (const { file, schema } of Object.values(schemas.editionFiles)) (zodSchemas[file.replace(/\.yaml$/, '')] ??= []).push(schema);

interface Union {
  readonly path: string;
  readonly discriminator: string;
  readonly options: readonly { readonly values: readonly unknown[]; readonly fields: readonly string[] }[];
}

/**
 * Every field path of a zod schema (`rows[].target.value`), found by walking zod's own definitions,
 * independently of the JSON Schema the reference is generated from; with its discriminated unions.
 */
function zodFields(schema: ZodTypeAny, at = '', out = { fields: new Set<string>(), unions: [] as Union[] }, depth = 0) {
  if (depth > 50) throw new Error(`schema deeper than 50 levels at ${at}`);
  const def = schema._def as Record<string, unknown> & { typeName?: string };
  const next = (child: unknown, where: string) => {
    if (child && typeof child === 'object' && '_def' in child) zodFields(child as ZodTypeAny, where, out, depth + 1);
  };
  if (def.typeName === 'ZodObject') {
    for (const [key, child] of Object.entries((schema as z.AnyZodObject).shape)) {
      const where = at ? `${at}.${key}` : key;
      out.fields.add(where);
      next(child, where);
    }
  } else if (def.typeName === 'ZodArray') next(def.type, `${at}[]`);
  else if (def.typeName === 'ZodRecord' || def.typeName === 'ZodMap') next(def.valueType, `${at}.*`);
  else {
    if (def.typeName === 'ZodDiscriminatedUnion') {
      const discriminator = def.discriminator as string;
      const options = (def.options as z.AnyZodObject[]).map((option) => {
        const key = option.shape[discriminator] as ZodTypeAny;
        const values = key._def.typeName === 'ZodLiteral' ? [key._def.value] : (key._def.values as unknown[]);
        return { values, fields: Object.keys(option.shape).filter((f) => f !== discriminator) };
      });
      out.unions.push({ path: at, discriminator, options });
    }
    // Wrappers (optional, default, nullable, effects, unions, lazy …): their inner schemas, at the same path.
    for (const value of Object.values(def)) {
      if (Array.isArray(value)) value.forEach((v) => next(v, at));
      else next(value, at);
    }
    if (typeof def.getter === 'function') next((def.getter as () => unknown)(), at);
  }
  return out;
}

const rowsByPath = (file: FileReference) => new Map(file.rows.map((row) => [row.path, row]));
const described = (file: FileReference) => new Set(file.rows.flatMap((row) => [row.path, ...row.covers]));

describe('the field reference of the guides', () => {
  for (const [file, language] of guides) {
    const text = readFileSync(path.join(repoRoot, file), 'utf8');

    it(`${file} holds exactly what npm run docs:fields writes from the schemas and the data`, () => {
      expect(withFieldReference(text, language, reference), `${file} is out of date: run npm run docs:fields`).toBe(text);
    });

    it(`${file}: a row edited or removed by hand is caught and restored`, () => {
      const section = /^<!-- BEGIN fields\b[\s\S]*?^<!-- END fields -->$/m.exec(text)![0];
      const row = /^\| `[^`]+` \|.*\|$/m.exec(section)![0];
      const removed = text.replace(`${row}\n`, '');
      expect(removed).not.toBe(text);
      expect(withFieldReference(removed, language, reference)).toBe(text);
      const edited = text.replace(row, row.replace(/\| [^|]+ \|$/, '| `edited` |'));
      expect(edited).not.toBe(text);
      expect(withFieldReference(edited, language, reference)).toBe(text);
    });

    it(`${file}: a heading and a table per data file, a row per field`, () => {
      for (const ref of reference) {
        const section = fileReferenceMarkdown(ref, language);
        expect(text).toContain(section);
        expect(section.split('\n').filter((line) => line.startsWith('| `'))).toHaveLength(ref.rows.length);
      }
    });
  }

  it('refuses a guide whose markers are missing or doubled', () => {
    const text = readFileSync(path.join(repoRoot, 'CONTRIBUTING.md'), 'utf8');
    const block = /^<!-- BEGIN fields\b[\s\S]*?^<!-- END fields -->$/m.exec(text)![0];
    expect(() => withFieldReference(text.replace(block, ''), 'en', reference)).toThrow('0 marked field references');
    expect(() => withFieldReference(`${text}\n${block}\n`, 'en', reference)).toThrow('2 marked field references');
  });

  it('covers every data file of json-schema.ts, and each has a zod schema to check it against', () => {
    expect(reference.map((f) => f.name)).toEqual(dataFileSchemas().map((s) => s.name));
    expect([...new Set(reference.map((f) => f.kind))].sort()).toEqual(Object.keys(zodSchemas).sort());
  });

  it('lists every field of every zod schema, and no field the schema lacks', () => {
    for (const file of reference) {
      // Each reference against the zod schema of its kind that it matches best (the one that lists the same fields).
      const candidates = zodSchemas[file.kind]!.map((schema) => zodFields(schema).fields);
      const listed = described(file);
      const missing = candidates.map((fields) => [...fields].filter((f) => !listed.has(f)));
      const extra = candidates.map((fields) => [...listed].filter((f) => !fields.has(f)));
      const best = candidates.findIndex(
        (_, i) => missing[i]!.length + extra[i]!.length === Math.min(...candidates.map((__, j) => missing[j]!.length + extra[j]!.length)),
      );
      expect(candidates[best]!.size).toBeGreaterThan(0);
      expect([file.name, missing[best]]).toEqual([file.name, []]);
      expect([file.name, extra[best]]).toEqual([file.name, []]);
    }
  });

  it('lists every field the data files use (the default dataset and the test editions)', () => {
    let seen = 0;
    for (const file of reference) {
      const listed = described(file);
      const rows = file.rows.map((r) => r.path);
      const walk = (value: unknown, at: string): void => {
        if (Array.isArray(value)) {
          for (const item of value) walk(item, `${at}[]`);
          return;
        }
        if (!value || typeof value !== 'object' || value instanceof WrittenNumber) return;
        const isMap =
          rows.some((r) => r.startsWith(`${at}.*`)) || (at !== '' && file.rows.find((r) => r.path === at)?.type.en.startsWith('map'));
        for (const [key, child] of Object.entries(value)) {
          const where = isMap ? `${at}.*` : at ? `${at}.${key}` : key;
          if (!isMap) {
            seen += 1;
            expect([file.name, where, listed.has(where)]).toEqual([file.name, where, true]);
          }
          walk(child, where);
        }
      };
      for (const pattern of dataFileSchemas().find((s) => s.name === file.name)!.files) examples(pattern).forEach((doc) => walk(doc, ''));
    }
    expect(seen).toBeGreaterThan(100);
  });

  it('gives every field its meaning in English and Chinese, the same as the editor hover help', () => {
    for (const file of reference) {
      for (const row of file.rows) {
        const meaning = row.meaning;
        expect([file.name, row.path, /[A-Za-z]{3}/.test(meaning?.en ?? ''), /\p{Script=Han}/u.test(meaning?.zh ?? '')]).toEqual([
          file.name,
          row.path,
          true,
          true,
        ]);
        expect([file.name, row.path, row.schema.description]).toEqual([file.name, row.path, `${meaning!.en}\n\n${meaning!.zh}`]);
        for (const sub of row.covers) {
          const help = fieldMeaning(file.kind, sub.split('.').pop()!);
          expect([file.name, sub, /[A-Za-z]{3}/.test(help?.en ?? ''), /\p{Script=Han}/u.test(help?.zh ?? '')]).toEqual([
            file.name,
            sub,
            true,
            true,
          ]);
        }
      }
    }
  });

  it("lists each variant's fields of a discriminated union, saying which values of the discriminator they belong to", () => {
    let unions = 0;
    for (const file of reference) {
      const rows = rowsByPath(file);
      for (const union of zodSchemas[file.kind]!.flatMap((schema) => zodFields(schema).unions)) {
        unions += 1;
        const at = (field: string) => (union.path ? `${union.path}.${field}` : field);
        const all = union.options.flatMap((o) => o.values);
        expect(rows.get(at(union.discriminator))?.type.en).toBe(`one of ${all.map((v) => `\`${v}\``).join(', ')}`);
        for (const option of union.options) {
          for (const field of option.fields) {
            const row = rows.get(at(field));
            expect([file.name, at(field), row !== undefined]).toEqual([file.name, at(field), true]);
            if (union.options.every((o) => o.fields.includes(field))) continue;
            for (const value of option.values) expect(row!.presence.en).toContain(`\`${value}\``);
            expect(row!.presence.en).toContain(`when \`${union.discriminator}\` is`);
            expect(row!.presence.zh).toContain(`\`${union.discriminator}\` 为`);
          }
        }
      }
    }
    expect(unions).toBeGreaterThan(0);
  });

  it("says where each file lives, and for an edition's file whether every edition must have it (as the loader reads editionFiles)", () => {
    const perEdition = reference.filter((f) => f.required !== undefined);
    expect(perEdition.length).toBe(Object.keys(schemas.editionFiles).length);
    for (const file of perEdition) {
      const entry = Object.values(schemas.editionFiles).find((f) => file.place?.endsWith(`/${f.file}`))!;
      expect([file.name, file.required]).toEqual([file.name, entry.required]);
      const line = `\`${file.place}\` (${file.required ? 'required in every edition' : 'optional: leave the file out when the document has no such part'})`;
      expect(fileReferenceMarkdown(file, 'en')).toContain(`\n${line}\n`);
    }
    expect(perEdition.some((f) => f.required) && perEdition.some((f) => !f.required)).toBe(true);
    for (const file of reference.filter((f) => f.required === undefined))
      expect(fileReferenceMarkdown(file, 'en')).toContain(`\n\`${file.place}\`\n`);
  });

  it('takes examples from the default edition first, as written (5.0 stays 5.0)', () => {
    const headline = reference.find((f) => f.kind === 'headline')!;
    const data = readFileSync(path.join(repoRoot, 'data/editions/binjiang-2025/headline.yaml'), 'utf8');
    const first = /^\s+growth: (\S+)$/m.exec(data)?.[1] ?? /growth: ([^,}\s]+)/.exec(data)![1];
    expect(rowsByPath(headline).get('indicators[].growth')?.example).toBe(first);
    const edition = rowsByPath(reference.find((f) => f.kind === 'edition')!);
    expect(edition.get('id')?.example).toBe('binjiang-2025');
    expect(edition.get('id')?.exampleFromData).toBe(true);
  });
});

describe('the field reference of a schema, walked by kind of node', () => {
  const synthetic = z
    .object({
      when: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      code: z
        .string()
        .max(64)
        .regex(/^[a-z0-9][a-z0-9-]*$/),
      link: z
        .string()
        .regex(/^https?:\/\/[^\s<>"]+$/)
        .optional(),
      count: z.number().int().nonnegative(),
      year: z.number().int().min(1949).max(2200),
      ratio: z.number().positive(),
      mode: z.enum(['fast', 'slow']).default('fast'),
      name: z.object({ zh: z.string().max(300), en: z.string().max(300) }).strict(),
      tags: z.array(z.string()).min(1).max(3).optional(),
      weights: z.record(z.string(), z.object({ value: z.number() }).strict()),
      cells: z.record(
        z
          .string()
          .max(64)
          .regex(/^[a-z0-9][a-z0-9-]*$/),
        z.number(),
      ),
      target: z.discriminatedUnion('kind', [
        z.object({ kind: z.enum(['a', 'b']), value: z.number(), unit: z.string() }).strict(),
        z.object({ kind: z.literal('c'), text: z.string() }).strict(),
        z.object({ kind: z.literal('d'), value: z.number() }).strict(),
      ]),
      either: z.union([z.number(), z.string()]).nullable(),
      remark: z.string().optional(),
    })
    .strict();
  const json = zodToJsonSchema(synthetic, { target: 'jsonSchema7', $refStrategy: 'none' }) as Record<string, unknown>;
  const documents = [
    { when: '2025-03-01', target: { kind: 'c', text: 'in words' }, remark: 'a | b `c`' },
    { target: { kind: 'b', value: new WrittenNumber(2, '2.0'), unit: 'u' }, weights: { x: { value: 1 } } },
  ];
  const file = fileReference(
    {
      name: 'synthetic.schema.json',
      files: ['synthetic.yaml'],
      schema: { ...json, title: 'Synthetic (synthetic.yaml) / 合成（synthetic.yaml）' },
    },
    (pattern) => (pattern === 'synthetic.yaml' ? documents : []),
  );
  const rows = rowsByPath(file);
  const row = (p: string) => {
    const found = rows.get(p);
    if (!found) throw new Error(`no row ${p}; rows: ${[...rows.keys()].join(', ')}`);
    return { type: found.type.en, presence: found.presence.en, example: found.example, zh: found.presence.zh };
  };

  it('names each kind of text, number and list, with its bounds', () => {
    expect(row('when').type).toBe('date, YYYY-MM-DD');
    expect(row('code').type).toBe('id');
    expect(row('link').type).toBe('web address, starting with https:// or http://');
    expect(row('count').type).toBe('whole number, ≥ 0');
    expect(row('year').type).toBe('whole number, 1949 to 2200');
    expect(row('ratio').type).toBe('number, > 0');
    expect(row('mode').type).toBe('one of `fast`, `slow`');
    expect(row('tags').type).toBe('list, each text (1 to 3)');
    expect(row('either').type).toBe('number, or text, or null');
    expect(rows.get('year')?.type.zh).toBe('整数，1949 至 2200');
  });

  it('says required or optional, with the default', () => {
    expect(row('when').presence).toBe('required');
    expect(row('link').presence).toBe('optional');
    expect(row('mode').presence).toBe('optional, default `fast`');
    expect(rows.get('mode')?.presence.zh).toBe('可选，默认 `fast`');
  });

  it('shows a text in both languages as one field, and a map by its values', () => {
    expect(row('name').type).toBe('text in both languages, at most 300 characters each');
    expect(rows.get('name')?.covers).toEqual(['name.zh', 'name.en']);
    expect(rows.has('name.zh')).toBe(false);
    expect(row('weights').type).toBe('map: each key any name → object');
    expect(row('weights.*.value').type).toBe('number');
    expect(row('weights.*.value').example).toBe('1');
    expect(row('cells')).toMatchObject({ type: 'map: each key id → number', example: '{an-id: 1.5}' });
  });

  it("lists every variant's fields once, with the discriminator's values they belong to", () => {
    expect(row('target.kind')).toMatchObject({ type: 'one of `a`, `b`, `c`, `d`', presence: 'required' });
    expect(row('target.value')).toMatchObject({
      presence: 'required, when `kind` is `a`, `b` or `d`',
      zh: '`kind` 为 `a`、`b`、`d` 时必填',
    });
    expect(row('target.unit').presence).toBe('required, when `kind` is `a` or `b`');
    expect(row('target.text').presence).toBe('required, when `kind` is `c`');
    expect(file.rows.filter((r) => r.path === 'target.value')).toHaveLength(1);
  });

  it('takes each example from the first data file that has the field, as written, else from the type', () => {
    expect(rows.get('when')).toMatchObject({ example: '2025-03-01', exampleFromData: true });
    expect(rows.get('target.value')).toMatchObject({ example: '2.0', exampleFromData: true });
    expect(rows.get('target.text')).toMatchObject({ example: 'in words', exampleFromData: true });
    expect(rows.get('code')).toMatchObject({ example: 'an-id', exampleFromData: false });
    expect(rows.get('year')).toMatchObject({ example: '1949', exampleFromData: false });
    expect(rows.get('name')).toMatchObject({ example: '{zh: …, en: …}', exampleFromData: false });
  });

  it('borrows a value of a kind (not a text) for a field no data file has from a field of the same name, type and meaning elsewhere', () => {
    const year = z.number().int().min(1949).max(2200);
    const asFile = (name: string, schema: ZodTypeAny) => ({
      name: `${name}.schema.json`,
      files: [`${name}.yaml`],
      schema: zodToJsonSchema(schema, { target: 'jsonSchema7', $refStrategy: 'none' }) as Record<string, unknown>,
    });
    const files = [
      asFile('first', z.object({ year: year.optional(), note: z.string().optional() }).strict()),
      asFile('second', z.object({ items: z.array(z.object({ year, note: z.string() }).strict()) }).strict()),
    ];
    const data: Record<string, unknown[]> = { 'first.yaml': [{}], 'second.yaml': [{ items: [{ year: 2023, note: 'said of the item' }] }] };
    const [first] = fieldReference((pattern) => data[pattern] ?? [], files);
    const rows = rowsByPath(first!);
    expect(rows.get('year')).toMatchObject({ example: '2023', exampleFromData: true });
    expect(rows.get('note')).toMatchObject({ example: '…', exampleFromData: false });
  });

  it('reads a schema whose repeated parts are references ($ref) as if they were written out', () => {
    const part = z.object({ value: z.number(), unit: z.string() }).strict();
    const shared = z.object({ first: part, second: z.array(part).optional() }).strict();
    const asFile = (strategy: 'none' | 'root') => ({
      name: 'shared.schema.json',
      files: [],
      schema: zodToJsonSchema(shared, { target: 'jsonSchema7', $refStrategy: strategy }) as Record<string, unknown>,
    });
    const referenced = asFile('root');
    expect(JSON.stringify(referenced.schema)).toContain('"$ref"');
    const shape = (f: FileReference) => f.rows.map((r) => [r.path, r.type.en, r.presence.en]);
    const inline = fileReference(asFile('none'), () => []);
    expect(shape(fileReference(referenced, () => []))).toEqual(shape(inline));
    expect(inline.rows.map((r) => r.path)).toEqual(['first', 'first.value', 'first.unit', 'second', 'second[].value', 'second[].unit']);
  });

  it('writes one Markdown table row per field, with pipes and backticks from the data kept inside the cell', () => {
    const markdown = fileReferenceMarkdown(file, 'en');
    expect(
      markdown.startsWith('### Synthetic (synthetic.yaml)\n\n`synthetic.yaml`\n\n| field | type | required | meaning | example |\n'),
    ).toBe(true);
    expect(fileReferenceMarkdown(file, 'zh').startsWith('### 合成（synthetic.yaml）\n\n`synthetic.yaml`\n\n| 字段 |')).toBe(true);
    expect(markdown).toContain('| `remark` | text | optional |');
    expect(markdown).toContain('| `` a \\| b `c` `` |');
    for (const line of markdown.split('\n').filter((l) => l.startsWith('| `')))
      expect(line.replace(/\\\|/g, '').split('|').length - 2).toBe(5);
  });
});
