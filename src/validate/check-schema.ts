import type { z } from 'zod';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { MessageText } from '../diagnostics/messages.js';
import { rule as schemaEnum } from '../diagnostics/rules/plan/schema-enum.js';
import { rule as schemaRequired } from '../diagnostics/rules/plan/schema-required.js';
import { rule as schemaType } from '../diagnostics/rules/plan/schema-type.js';
import { rule as schemaUnknownKey } from '../diagnostics/rules/plan/schema-unknown-key.js';
import { rule as textTooLong } from '../diagnostics/rules/plan/text-too-long.js';
import { rule as translationMissing } from '../diagnostics/rules/plan/translation-missing.js';
import type { RuleId } from '../diagnostics/rules.js';
import {
  captionNumberAsPrinted,
  captionWithSource,
  noAsPrinted,
  numbersAllOrNone,
  readingsOfOneNumber,
  idMessage,
  builtInIds,
  sheetNameRules,
  standingEither,
  textColumnDistinct,
  listedOnce,
  textColumnUndeclared,
} from '../dataset/schema.js';
import type { SourceFile } from '../dataset/source-file.js';
import { closestName } from '../load/unknown-files.js';

/** Checks a file against its schema; returns the typed value, or undefined after diagnostics. */
export function checkSchema<T extends z.ZodTypeAny>(file: SourceFile, schema: T, sink: DiagnosticSink): z.infer<T> | undefined {
  const result = schema.safeParse(file.value);
  if (result.success) return result.data as z.infer<T>;
  for (const issue of flattenIssues(result.error.issues)) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path, file.value);
      for (const key of issue.keys) {
        const place = file.locateKey([...issue.path, key]);
        const slip = valueAt(file.value, [...issue.path, key]) === null ? commaSlip(file.text, place, key) : undefined;
        const message = slip
          ? schemaUnknownKey.messages.commaInText(key, slip.field, slip.quoted)
          : schemaUnknownKey.messages.unknownKey(key, closestName(key, known));
        sink.add({ ruleId: 'plan:schema-unknown-key', file: file.path, place, message });
      }
      continue;
    }
    const { ruleId, message } = describeIssue(issue, file);
    sink.add({ ruleId, file: file.path, place: file.locate(issue.path), message });
  }
  return undefined;
}

/**
 * The field names the schema allows at `path` (an object's keys; of every branch of a union), for
 * "did you mean": read from the schema, so a new field needs no list of its own.
 */
function knownKeys(schema: z.ZodTypeAny, path: readonly (string | number)[], value: unknown): string[] {
  const keys = new Set<string>();
  const visit = (s: z.ZodTypeAny, rest: readonly (string | number)[], at: unknown): void => {
    const def = s._def as { typeName?: string; [k: string]: unknown };
    switch (def.typeName) {
      case 'ZodOptional':
      case 'ZodNullable':
      case 'ZodDefault':
      case 'ZodReadonly':
        visit(def.innerType as z.ZodTypeAny, rest, at);
        return;
      case 'ZodEffects':
        visit(def.schema as z.ZodTypeAny, rest, at);
        return;
      case 'ZodLazy':
        visit((def.getter as () => z.ZodTypeAny)(), rest, at);
        return;
      case 'ZodUnion':
      case 'ZodDiscriminatedUnion':
        for (const option of def.options as Iterable<z.ZodTypeAny>) visit(option, rest, at);
        return;
      case 'ZodIntersection':
        visit(def.left as z.ZodTypeAny, rest, at);
        visit(def.right as z.ZodTypeAny, rest, at);
        return;
      case 'ZodArray':
        if (rest.length > 0) visit(def.type as z.ZodTypeAny, rest.slice(1), (at as unknown[] | undefined)?.[rest[0] as number]);
        return;
      case 'ZodRecord':
        if (rest.length > 0) visit(def.valueType as z.ZodTypeAny, rest.slice(1), (at as Record<string, unknown> | undefined)?.[rest[0]!]);
        return;
      case 'ZodObject': {
        const shape = (s as z.AnyZodObject).shape as Record<string, z.ZodTypeAny>;
        if (rest.length === 0) for (const key of Object.keys(shape)) keys.add(key);
        else if (shape[rest[0]!]) visit(shape[rest[0]!]!, rest.slice(1), (at as Record<string, unknown> | undefined)?.[rest[0]!]);
        return;
      }
      default:
        return;
    }
  };
  visit(schema, path, value);
  return [...keys];
}

// A union that fails reports each branch; report the branch that got furthest instead.
function flattenIssues(issues: readonly z.ZodIssue[]): z.ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'invalid_union' && issue.unionErrors.length > 0) {
      const deepest = [...issue.unionErrors].sort(
        (a, b) => Math.max(...b.issues.map((i) => i.path.length)) - Math.max(...a.issues.map((i) => i.path.length)),
      )[0];
      return deepest ? flattenIssues(deepest.issues) : [issue];
    }
    return [issue];
  });
}

function describe(value: unknown): MessageText {
  if (value === null) return { en: 'null', zh: '空值 null' };
  if (Array.isArray(value)) return { en: 'a list', zh: '列表' };
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { en: '.nan', zh: '.nan' };
    return Number.isFinite(value) ? { en: 'a number', zh: '数值' } : { en: 'infinity', zh: '无穷大' };
  }
  if (typeof value === 'string') return { en: 'text', zh: '文本' };
  if (typeof value === 'object') return { en: 'a mapping', zh: '映射' };
  return { en: typeof value, zh: typeof value };
}

const builtInIdsZh = builtInIds.map((n) => `“${n}”`).join('、');
/** The formats the schema names (src/dataset/schema.ts), in Chinese. */
const formatNamesZh: Record<string, string> = {
  [idMessage]: `由小写字母、数字和连字符组成的编号，且不是 ${builtInIdsZh}（JavaScript 对象自带的属性名）`,
  'a file name inside the edition folder': '版本文件夹内的文件名',
  [sheetNameRules.characters]: '不含 : \\ / ? * [ ] 的工作表名称',
  [sheetNameRules.apostrophe]: "首尾都不是撇号(')的工作表名称",
  [sheetNameRules.reserved]: '不是 Excel 保留名称 "History"(不分大小写)的工作表名称',
  [sheetNameRules.unique]: '与同一语言中其他表格都不相同的工作表名称(Excel 不分大小写)',
  [sheetNameRules.escape]: '不含 _x 加四位十六进制数字加 _(如 _x0041_,Excel 会读作一个字符)的工作表名称',
};

/** The Chinese text of the schemas' own checks across fields. */
const refinementsZh: Record<string, string> = {
  [standingEither]: '填写 ranks（原文给出名次）或 standing（原文只以文字表述位次），二者填一项',
  [captionNumberAsPrinted]: '两种语言中均为原文表格的序号，与 captionSource 中原文标题一致（“表2 …”：表2 与 Table 2）',
  [captionWithSource]: 'caption 与 captionSource 同时填写（原文的目标表有标题）或都不填',
  [numbersAllOrNone]: '每一行都填 no（原文给指标编了序号）或每一行都不填',
  [noAsPrinted]: '须为原文该行开头的序号（出处原文“3 | …”即 3）',
  [readingsOfOneNumber]: 'no 相同的各行是同一指标的不同口径：须前后相连，且 group（指标名称）相同；不同指标用了同一序号即序号有误',
  [textColumnDistinct]: '与本表各数值列都不同的文字列编号',
  [listedOnce]: '在此只列一次的编号（列两次会把同一列显示两遍）',
  [textColumnUndeclared]: 'textColumns 中声明过的文字列（texts 只能填写本表声明的列）',
};

const expectedNames: Record<string, MessageText> = {
  string: { en: 'text', zh: '文本' },
  number: { en: 'a number', zh: '数值' },
  boolean: { en: 'true or false', zh: 'true 或 false' },
  object: { en: 'a mapping of fields', zh: '字段映射' },
  array: { en: 'a list', zh: '列表' },
  integer: { en: 'a whole number', zh: '整数' },
};

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function describeIssue(issue: z.ZodIssue, file: SourceFile): { ruleId: RuleId; message: MessageText } {
  const key = String(issue.path[issue.path.length - 1] ?? '(file)');
  const isText = key === 'zh' || key === 'en';
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.received === 'undefined') {
        if (isText) return { ruleId: 'plan:translation-missing', message: translationMissing.messages.translationMissing(key) };
        return { ruleId: 'plan:schema-required', message: schemaRequired.messages.required(key) };
      }
      const actual = describe(valueAt(file.value, issue.path));
      return {
        ruleId: 'plan:schema-type',
        message: schemaType.messages.wrongType(key, expectedNames[issue.expected] ?? { en: issue.expected, zh: issue.expected }, actual),
      };
    }
    case 'not_finite':
      return { ruleId: 'plan:schema-type', message: schemaType.messages.notFinite(key) };
    case 'too_small':
      if (issue.type === 'string') {
        return isText
          ? { ruleId: 'plan:translation-missing', message: translationMissing.messages.translationMissing(key) }
          : { ruleId: 'plan:schema-required', message: schemaRequired.messages.emptyText(key) };
      }
      return {
        ruleId: 'plan:schema-type',
        message: schemaType.messages.tooSmall(key, bound(issue.message, issue.minimum, issue.inclusive, 'min')),
      };
    case 'too_big':
      if (issue.type === 'string') {
        const text = valueAt(file.value, issue.path);
        return {
          ruleId: 'plan:text-too-long',
          message: textTooLong.messages.textTooLong(key, typeof text === 'string' ? text.trim().length : 0, Number(issue.maximum)),
        };
      }
      return {
        ruleId: 'plan:schema-type',
        message: schemaType.messages.tooBig(key, bound(issue.message, issue.maximum, issue.inclusive, 'max')),
      };
    case 'invalid_string':
      return {
        ruleId: 'plan:schema-type',
        message: schemaType.messages.badFormat(key, {
          en: issue.message,
          zh: formatNamesZh[issue.message] ?? `符合规定格式的文本(${issue.message})`,
        }),
      };
    case 'invalid_enum_value':
      return { ruleId: 'plan:schema-enum', message: schemaEnum.messages.notInList(key, issue.options.map(String)) };
    case 'invalid_literal':
      return { ruleId: 'plan:schema-enum', message: schemaEnum.messages.notInList(key, [String(issue.expected)]) };
    case 'invalid_union_discriminator':
      return { ruleId: 'plan:schema-enum', message: schemaEnum.messages.notInList(key, issue.options.map(String)) };
    default:
      return {
        ruleId: 'plan:schema-type',
        message: schemaType.messages.schemaOther(key, {
          en: issue.message,
          zh: `不符合要求（${refinementsZh[issue.message] ?? issue.message}）`,
        }),
      };
  }
}

/** A size limit in both languages (Zod's own text is English only). */
function bound(english: string, limit: number | bigint, inclusive: boolean, side: 'min' | 'max'): MessageText {
  const n = String(limit);
  const zh = side === 'min' ? (inclusive ? `不得小于 ${n}` : `必须大于 ${n}`) : inclusive ? `不得大于 ${n}` : `必须小于 ${n}`;
  return { en: english, zh };
}

/**
 * A comma inside an unquoted text of a {…} mapping ends the text, and the words after it read as a
 * field name with no value: `{zh: 农业、林业, en: Agriculture, forestry}` has a field "forestry".
 * Where the words before the key are such a text, gives that field and the text as it should be quoted.
 */
function commaSlip(text: string, place: { line: number; column: number }, key: string): { field: string; quoted: string } | undefined {
  const line = text.split(/\r?\n/)[place.line - 1] ?? '';
  const before = line.slice(0, place.column - 1);
  if (!before.includes('{')) return undefined;
  const previous = /([A-Za-z][\w-]*):\s*([^,{}"'[\]]*?),\s*$/.exec(before);
  if (!previous) return undefined;
  const field = previous[1]!;
  const words = `${previous[2]!.trim()}, ${key}`;
  return { field, quoted: `${field}: "${words.replace(/"/g, '\\"')}"` };
}
