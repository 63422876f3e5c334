import { z } from 'zod';
import { splitCaptionNumber } from './caption-number.js';
import { ruleIds, type RuleId } from '../diagnostics/rules.js';

/**
 * Schemas of the data files. Objects are strict, so a misspelt key is reported rather than
 * silently ignored. Cross-references (units, sections, figure ids) are checked by rules, not here.
 */

/**
 * Length limits (in characters, as JavaScript counts them: a rare character outside the Basic
 * Multilingual Plane counts two), documented in CONTRIBUTING.md. They bound what a report must lay
 * out: the longest text of the default edition is a fifth of its limit.
 */
/**
 * Text lengths. `header`: a text that heads a column of a workbook table (a statistical table's
 * dimension and column labels, a declared text column's label, the district's name); `unit`: a unit's name. Excel
 * allows an Excel table's column name 255 characters, and deletes the table (repairing the file)
 * when one is longer: a header and the unit the workbook adds to it ("label (unit)", 200 + 3 + 40)
 * and the " (2)" that tells two like headers apart stay within it. Excel's other limits: a sheet
 * name 31 characters (sheetNameLimit), a cell 32,767 (every text here is far shorter; the workbook
 * checks the cells it composes).
 */
export const textLimits = { id: 64, short: 300, phrase: 500, paragraph: 2000, header: 200, unit: 40 } as const;
/** Excel's limits for an Excel table's column name and a cell's text. */
export const excelLimits = { columnName: 255, cellText: 32767 } as const;
/** Excel allows sheet names of at most 31 characters. */
export const sheetNameLimit = 31;

/**
 * Fields whose text may span lines (the only place a line break is allowed, plan:control-character);
 * they hold paragraphs, with the paragraph limit.
 */
export const multiLineFields: ReadonlySet<string> = new Set(['summary', 'highlights', 'problems', 'note', 'fundingNote']);

const nonEmpty = z.string().trim().min(1).max(textLimits.short);
const paragraph = z.string().trim().min(1).max(textLimits.paragraph);
const textSchema = z.object({ zh: nonEmpty, en: nonEmpty }).strict();
export type Text = z.infer<typeof textSchema>;
/** A text that heads a column of a workbook table (see textLimits.header). */
const headerString = z.string().trim().min(1).max(textLimits.header);
const headerSchema = z.object({ zh: headerString, en: headerString }).strict();
const unitName = z.string().trim().min(1).max(textLimits.unit);
/**
 * What a count counts, in English, as the source names the thing counted (发明专利授权量8766件:
 * "patents"): lower-case words, plural. The English workbook names a count's unit by it where the
 * unit's own English name says only "number" (个, 件, 项, 家); the Chinese keeps the measure word.
 */
const countNoun = z
  .string()
  .trim()
  .min(1)
  .max(textLimits.unit)
  .regex(/^[a-z][a-z' -]*$/u, 'lower-case English words, such as "patents" or "firms"');
/** A text of one or more paragraphs, in both languages. */
const paragraphSchema = z.object({ zh: paragraph, en: paragraph }).strict();

/**
 * The names every JavaScript object answers without holding them (constructor, toString, …). An id
 * is a key of the data's mappings (a row's values and texts by column id) and of the program's, so
 * an id named like one read the built-in property where a row has no value: a column "constructor"
 * crashed validation with "a bug in the tool". The id format refuses those it would let through.
 */
export const builtInNames: readonly string[] = Object.getOwnPropertyNames(Object.prototype);
const idFormat = /^[a-z0-9][a-z0-9-]*$/;
export const builtInIds = builtInNames.filter((name) => idFormat.test(name));
export const idMessage = `an id of lower-case letters, digits and hyphens, other than ${builtInIds.map((n) => `"${n}"`).join(', ')} (names every JavaScript object has)`;
const idPattern = new RegExp(`^(?!(?:${builtInIds.join('|')})$)${idFormat.source.slice(1)}`);
const id = z.string().max(textLimits.id).regex(idPattern, idMessage);
/** Whether `text` is an id validation accepts (the commands that write one check it before writing). */
export const isValidId = (text: string): boolean => text.length <= textLimits.id && idPattern.test(text);
const figure = z.number().finite();
const count = z.number().int().nonnegative().finite();
const sourcePhrase = z.string().trim().min(1).max(textLimits.phrase);
/** What a rank is by: a total, a growth rate, a share, a per-capita figure, or another measure the document names. */
export const rankMeasures = ['total', 'growth', 'share', 'per-capita', 'other'] as const;
/** Where a rank applies: among the district's parts, the city's districts, the province's, the nation's. */
export const rankScopes = ['district', 'city', 'province', 'nation'] as const;
const rank = z
  .object({
    measure: z.enum(rankMeasures),
    /** The measure's name, for measure "other". */
    measureLabel: textSchema.optional(),
    scope: z.enum(rankScopes),
    /** Who is ranked, when narrower than the scope's districts (列国家高新区第四: national high-tech zones). */
    scopeLabel: textSchema.optional(),
    position: z.number().int().positive(),
    /** How many are ranked, where the document states it (全省90个县(市、区)中列第5): the number is in the phrase. */
    of: z.number().int().positive().optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.of !== undefined && r.position > r.of)
      ctx.addIssue({ code: 'custom', path: ['position'], message: `a position within the ${r.of} ranked (of)` });
  });
export type RankData = z.infer<typeof rank>;
/** How a figure or a target is bounded: 超/突破/余 over, 以上/不少于 at least, 左右/约 about, 以内/不超过 at most. */
export const bounds = ['over', 'at-least', 'about', 'at-most'] as const;
export type Bound = (typeof bounds)[number];
const qualifier = z.enum(bounds);
const measure = z.enum(['level', 'growth']);
/** What a review-year target is for: a level, growth, a share, or a change in percentage points. */
export const reviewTargetMeasures = ['level', 'growth', 'share', 'change'] as const;
export type ReviewTargetMeasure = (typeof reviewTargetMeasures)[number];
/**
 * The prices a growth rate is at: `comparable` (可比价, real: value added, GDP) or `current`
 * (现价, nominal: revenue, retail sales, investment, income). Absent: what the phrase says
 * (实际增长, 按可比价计算; 名义增长, 按现价计算), else the practice of Chinese statistics for the
 * kind of indicator (src/model/growth-basis.ts).
 */
export const growthBases = ['comparable', 'current'] as const;
export type GrowthBasis = (typeof growthBases)[number];
const growthBasis = z.enum(growthBases);
/** A year a figure refers to when it is not the review year (错年数据: data of an earlier year). */
const dataYear = z.number().int().min(1949).max(2200);

/**
 * An item proposed by a program (npm run draft, npm run new-edition), not yet confirmed by an
 * editor: validation warns of each one, so that --strict and a release refuse the edition until an
 * editor has checked the item against the document and removed the mark.
 */
const drafted = z.literal(true).optional();
/** A review target's result not yet entered (an edition in progress): validation warns, --strict refuses. */
export const pendingResult = 'pending';

/** How a relative target relates to its reference: 同步 in step (at least as fast), 快于 faster. */
export const relations = ['in-step', 'faster'] as const;
export type Relation = (typeof relations)[number];
const targetSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('numeric'),
      value: figure,
      unit: nonEmpty,
      /** What the target counts, in English, where its unit is a count (see countNoun). */
      noun: countNoun.optional(),
      /** 超 over, 以上 at least, 左右 about, 以内 at most; absent for a plain figure. */
      bound: qualifier.optional(),
      /** 力争/争取: the target is striven for. */
      strive: z.literal(true).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('qualitative'), text: textSchema }).strict(),
  z
    .object({
      kind: z.literal('relative'),
      relation: z.enum(relations),
      /** The figure (headline or achievement id) whose growth the target is measured against. */
      against: id,
      text: textSchema,
    })
    .strict(),
  z
    .object({
      kind: z.literal('rank'),
      scope: z.enum(rankScopes),
      /** The lowest position that meets the target, when the document names one (保持全省第一, 首位: 1; 前三, 前3位: 3); absent for 前列. */
      position: z.number().int().positive().optional(),
      text: textSchema,
    })
    .strict(),
]);
export type Target = z.infer<typeof targetSchema>;

/** data/validation.yaml: the project's severity for some rules. Only error or warning: nothing is silenced. */
export const validationFileSchema = z
  .object({ severity: z.record(z.enum(ruleIds as [RuleId, ...RuleId[]]), z.enum(['error', 'warning'])) })
  .strict();

export const unitsFileSchema = z
  .object({
    units: z
      .array(
        z
          .object({
            id: nonEmpty,
            zh: unitName,
            en: unitName,
            quantity: nonEmpty,
            factor: z.number().positive().finite(),
            inline: z.boolean().optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

const glossaryTermsSchema = z.array(
  z.object({ id, zh: nonEmpty, en: nonEmpty, accept: z.array(nonEmpty).optional(), note: paragraphSchema }).strict(),
);
export const glossaryFileSchema = z.object({ terms: glossaryTermsSchema }).strict();

// A calendar date written YYYY-MM-DD (quoted or not: the YAML loader keeps it as text), and a real one.
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    'a date that exists',
  );
// A web address a reader can open: http(s) only, so that no other scheme reaches a spreadsheet link.
const webAddress = z
  .string()
  .trim()
  .max(textLimits.phrase)
  .regex(/^https?:\/\/[^\s<>"]+$/, 'a web address starting with https:// or http://');

// A file name inside the edition's own folder: no separators, no "..", so data never names a
// path outside the repository.
const localFileName = z
  .string()
  .max(textLimits.id * 2)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'a file name inside the edition folder');

const editionFileSchema = z
  .object({
    id,
    /** The district's name heads columns of the workbook's context table ("{district} growth (%)"): a header's limit. */
    district: headerSchema,
    city: textSchema,
    /** The province, when the edition names it: English tables then say "Zhejiang Province" where they would say "Province". */
    province: textSchema.optional(),
    planYear: z.number().int().min(1949).max(2200),
    reviewYear: z.number().int().min(1949).max(2200),
    title: textSchema,
    /** Who issued the document, as it states; absent when it does not say (readers then see "not stated"). */
    issuer: textSchema.optional(),
    documentType: textSchema,
    source: z
      .object({ file: localFileName, title: textSchema, note: paragraphSchema, phrase: sourcePhrase, url: webAddress.optional() })
      .strict(),
    dataVersion: nonEmpty,
    // Optional release details for the workbook's cover; fill them only from what the source
    // document or its publisher says. Absent, the cover shows the not-available shorthand.
    released: calendarDate.optional(),
    nextUpdate: calendarDate.optional(),
    contact: textSchema.optional(),
    /** The meeting the document was submitted to, as the document names it; absent when it names none. */
    meeting: textSchema.optional(),
    /** Who prepared the brief and workbook, when it is not the issuer of the report and the edition says so. */
    preparedBy: textSchema.optional(),
    invented: z.boolean().optional(),
    drafted,
  })
  .strict();

/**
 * A published figure known to be off, acknowledged with a note for readers. Accepted wherever an
 * arithmetic or ratio rule can fire: project rows and totals (their columns), the pipeline total,
 * headline indicators and achievements (their value).
 */
const knownDiscrepancies = <F extends readonly [string, ...string[]]>(fields: F) =>
  z
    .array(
      z
        .object({
          rule: z.enum(ruleIds as [RuleId, ...RuleId[]]),
          field: z.enum(fields),
          note: textSchema,
        })
        .strict(),
    )
    .optional();
const valueOnly = ['value'] as const;

/** What a published figure may say beside its value: growth or change, a bound, an estimate, an earlier year, ranks. */
const figureFields = {
  id,
  label: textSchema,
  value: figure,
  unit: nonEmpty,
  /** What the figure counts, in English, where its unit is a count (see countNoun). */
  noun: countNoun.optional(),
  /** Growth on the previous year, in per cent; negative for a decline (下降2.0% is −2.0). */
  growth: figure.optional(),
  /** The prices the growth is at, where the phrase and the kind of indicator do not tell (see growthBases). */
  growthBasis: growthBasis.optional(),
  /** Change on the previous year in percentage points (提高1.2个百分点 is 1.2; 下降 negative). */
  change: figure.optional(),
  qualifier: qualifier.optional(),
  /** 预计/初步预计: the figure is an estimate. */
  estimate: z.literal(true).optional(),
  /** The year the figure refers to, when it is not the review year (错年数据). */
  year: dataYear.optional(),
  ranks: z.array(rank).optional(),
  partOf: id.optional(),
  /** What a reader must know wherever the figure appears (what it includes, double counting). */
  note: paragraphSchema.optional(),
  source: sourcePhrase,
  knownDiscrepancies: knownDiscrepancies(valueOnly),
  drafted,
};

/**
 * One input of a derived ratio: a headline indicator or achievement (its id), or the published total
 * of a statistical table's column.
 */
const ratioInput = z.union([id, z.object({ table: id, column: id }).strict()]);
export type RatioInputData = z.infer<typeof ratioInput>;

const headlineFileSchema = z
  .object({
    indicators: z.array(z.object(figureFields).strict()).default([]),
    /**
     * Ratios the brief derives from two of the report's own figures (general public budget revenue ÷
     * GDP): each named, with the figure divided and the figure divided by. Both must be of one
     * quantity and one year (checked); declare only figures of one area and scope.
     */
    ratios: z.array(z.object({ id, label: textSchema, numerator: ratioInput, denominator: ratioInput }).strict()).default([]),
  })
  .strict();

/**
 * Columns of words the document prints beside a table's figures, such as the statistical scope
 * (统计口径: 实际管辖), declared once and filled row by row (`texts`); shown as columns, never folded
 * into the rows' names.
 */
// At most three: beside the figures of a table on a portrait page, more columns of words would squeeze
// the figures until they break inside a number (found by the fifth hostile pass with 14).
const textColumns = z
  .array(z.object({ id, label: headerSchema }).strict())
  .min(1)
  .max(3);
const rowTexts = z.record(id, textSchema);
export const textColumnDistinct = 'a text column id that no figure column of the table has';
export const listedOnce = 'an id listed once here (a second time showed the same column twice)';

/** Ids of a list that repeat an earlier one, reported at the repeat. */
function listedTwice(ids: readonly string[], at: (i: number) => (string | number)[], ctx: z.RefinementCtx): void {
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: at(i), message: listedOnce });
  });
}
export const textColumnUndeclared = 'a text column declared in textColumns (texts may fill only the columns the table declares)';

/** Every `texts` key of every row names a declared text column. */
function declaredTexts(
  declared: readonly { id: string }[] | undefined,
  rows: readonly { texts?: Record<string, unknown> | undefined }[],
  rowsPath: (string | number)[],
  ctx: z.RefinementCtx,
): void {
  const ids = new Set((declared ?? []).map((c) => c.id));
  rows.forEach((row, i) => {
    for (const key of Object.keys(row.texts ?? {}))
      if (!ids.has(key)) ctx.addIssue({ code: 'custom', path: [...rowsPath, i, 'texts', key], message: textColumnUndeclared });
  });
}

const reviewTargetsFileSchema = z
  .object({
    /** The caption of the document's own table of targets; absent when the targets are not in a captioned table. */
    caption: textSchema.optional(),
    captionSource: sourcePhrase.optional(),
    /** Columns of words beside the targets (统计口径 / scope), after the indicator column. */
    textColumns: textColumns.optional(),
    rows: z
      .array(
        z
          .object({
            id,
            /** The number the document gives the indicator in its table (序号); absent when it numbers none. */
            no: z.number().int().positive().optional(),
            group: textSchema.optional(),
            /** The row's name; absent when it sets a target for a headline indicator, whose name it takes. */
            indicator: textSchema.optional(),
            /** The headline indicator this row sets a target for (headline.yaml id). */
            headline: id.optional(),
            /**
             * What the target is a target for: a level, growth (增长9%), a share (占比) or a change in
             * percentage points (提高1个百分点); absent for a level. The reports say it with the target.
             */
            measure: z.enum(reviewTargetMeasures).optional(),
            note: paragraphSchema.optional(),
            /** The row's words in the declared text columns, by column id. */
            texts: rowTexts.optional(),
            /** The main target of the previous edition's plan this row judges (its plan-targets.yaml id). */
            continues: id.optional(),
            /** The editor's acknowledgement that this target was not among the previous edition's main targets. */
            notInLastPlan: z.literal(true).optional(),
            target: targetSchema,
            // The results, or `pending` while they are not entered (the list first: an absent value is reported as required).
            actual: z.union([
              z
                .array(
                  z
                    .object({
                      value: figure,
                      unit: nonEmpty,
                      measure: measure.optional(),
                      /** For a growth result: the prices it is at, where the phrase and the kind of indicator do not tell. */
                      growthBasis: growthBasis.optional(),
                      estimate: z.literal(true).optional(),
                      year: dataYear.optional(),
                    })
                    .strict(),
                )
                .min(1),
              z.literal(pendingResult),
            ]),
            /** The completion rate the document publishes (完成年计划的89.4%), in per cent. */
            completion: figure.optional(),
            /**
             * The positions the result states (8.7%,列全市第2位), of the year of the results: a rank
             * target is judged against the one in its scope, and each joins the rank table.
             */
            ranks: z.array(rank).min(1).optional(),
            source: sourcePhrase,
            drafted,
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    declaredTexts(file.textColumns, file.rows, ['rows'], ctx);
    listedTwice(
      (file.textColumns ?? []).map((c) => c.id),
      (i) => ['textColumns', i, 'id'],
      ctx,
    );
    if ((file.caption === undefined) !== (file.captionSource === undefined))
      ctx.addIssue({ code: 'custom', path: [file.caption === undefined ? 'caption' : 'captionSource'], message: captionWithSource });
    captionNumbers(file.caption, file.captionSource, ctx);
    const numbered = file.rows.filter((row) => row.no !== undefined).length;
    if (numbered > 0 && numbered < file.rows.length) {
      const i = file.rows.findIndex((row) => row.no === undefined);
      ctx.addIssue({ code: 'custom', path: ['rows', i, 'no'], message: numbersAllOrNone });
    }
    // A row cited as the document's table row ("3 | 指标 | …") states its number: no is that number.
    file.rows.forEach((row, i) => {
      const printed = /^\s*(\d+)\s*\|/.exec(row.source)?.[1];
      if (row.no !== undefined && printed !== undefined && Number(printed) !== row.no)
        ctx.addIssue({ code: 'custom', path: ['rows', i, 'no'], message: noAsPrinted });
    });
    // Rows with one number count as one indicator (the scorecard): they must be its readings.
    file.rows.forEach((row, i) => {
      if (row.no === undefined) return;
      const first = file.rows.findIndex((r) => r.no === row.no);
      if (first === i) return;
      const previous = file.rows[i - 1]!;
      const sameGroup = row.group !== undefined && previous.group?.zh === row.group.zh && previous.group.en === row.group.en;
      if (previous.no !== row.no || !sameGroup) ctx.addIssue({ code: 'custom', path: ['rows', i, 'no'], message: readingsOfOneNumber });
    });
  });

/**
 * A caption's table number (表2 / Table 2) is the document's, as captionSource prints it: the
 * brief cites the document by it ("Source: …, Table 2"). A number in either language that is not
 * the source's, or one the source does not print, is reported at the caption.
 */
function captionNumbers(
  caption: Text | undefined,
  captionSource: string | undefined,
  ctx: z.RefinementCtx,
  at: (string | number)[] = [],
): void {
  if (caption === undefined || captionSource === undefined) return;
  const printed = splitCaptionNumber(captionSource).number;
  const zh = splitCaptionNumber(caption.zh).number;
  const en = splitCaptionNumber(caption.en).number;
  for (const [lang, n] of [
    ['zh', zh],
    ['en', en],
  ] as const)
    if (n !== undefined && n !== printed) ctx.addIssue({ code: 'custom', path: [...at, 'caption', lang], message: captionNumberAsPrinted });
}

/**
 * A target that counts what the plan year itself adds or delivers (新增学位, 新引进人才, 全年帮扶…人次,
 * 实际利用外资): a flow, not a level held at year-end. Absent: a level. A flow target below the
 * review year's result reads as fewer than that year delivered, not as a target cut.
 */
const flow = z.literal(true).optional();

const planTargetsFileSchema = z
  .object({
    main: z
      .array(
        z
          .object({
            id,
            /** The target's name; absent when it sets a level for a headline indicator, whose name it takes. */
            label: textSchema.optional(),
            indicator: id.optional(),
            /** The review-year result this target continues (headline, achievement or targets-table row id). */
            continues: id.optional(),
            measure,
            target: targetSchema,
            flow,
            source: sourcePhrase,
            drafted,
          })
          .strict(),
      )
      .default([]),
    work: z
      .array(
        z
          .object({
            id,
            section: id,
            label: textSchema,
            continues: id.optional(),
            measure: measure.optional(),
            target: targetSchema,
            flow,
            source: sourcePhrase,
            drafted,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

/** The message of a standing with both positions and words, or neither (its Chinese text is in check-schema.ts). */
export const captionNumberAsPrinted =
  'must have the number of the document\'s table in both languages, as its caption in captionSource has it ("表2 …": 表2 and Table 2)';
export const captionWithSource = 'caption and captionSource together: both (the document captions its table of targets) or neither';
export const numbersAllOrNone = 'no on every row (the document numbers its indicators) or on none';
export const noAsPrinted = 'must be the number the row of the document starts with (its source phrase "3 | …" gives 3)';
export const readingsOfOneNumber =
  "rows with one no are the readings of one indicator: one after another, each with the same group (the indicator's name), so the number of a different indicator is a wrong no";
export const standingEither = 'either ranks (positions stated) or standing (words without a position): one of the two';

const achievementsFileSchema = z
  .object({
    achievements: z
      .array(
        z
          .object({
            ...figureFields,
            section: id,
            ratioOf: z.object({ numerator: id, denominator: id }).strict().optional(),
          })
          .strict(),
      )
      .default([]),
    /** Composition ratios stated as one figure (三次产业结构2.8:50.9:46.3): parts in per cent, summing to 100. */
    compositions: z
      .array(
        z
          .object({
            id,
            section: id,
            label: textSchema,
            parts: z
              .array(
                z
                  .object({
                    label: textSchema,
                    value: figure,
                    /** The figure (headline or achievement id) this part is the share of, when the data has it. */
                    figure: id.optional(),
                  })
                  .strict(),
              )
              .min(2),
            source: sourcePhrase,
          })
          .strict(),
      )
      .default([]),
    /**
     * Ranks the document states without a figure (创新指数位列全省第一), and standings in words,
     * without a position (位居全省前列, 第一方阵): for the rank table.
     */
    standings: z
      .array(
        z
          .object({
            id,
            label: textSchema,
            /** The positions stated; absent when the document states a standing in words only. */
            ranks: z.array(rank).min(1).optional(),
            /** A standing without a position: its scope and its words, as the phrase writes them (前列 / among the leaders). */
            standing: z
              .object({ scope: z.enum(rankScopes), text: textSchema })
              .strict()
              .optional(),
            source: sourcePhrase,
          })
          .strict()
          .refine((s) => (s.ranks === undefined) !== (s.standing === undefined), {
            message: standingEither,
            path: ['ranks'],
          }),
      )
      .default([]),
  })
  .strict();

/** Messages of Excel's rules for sheet names (check-schema.ts gives their Chinese). */
export const sheetNameRules = {
  characters: 'a sheet name without : \\ / ? * [ ]',
  apostrophe: 'a sheet name that neither starts nor ends with an apostrophe',
  reserved: 'a sheet name other than "History", which Excel reserves (in any case)',
  unique: "a sheet name different from every other table's in the same language (Excel ignores case)",
  escape: 'a sheet name without _x followed by four hex digits and _ (such as _x0041_), which Excel reads as one character',
} as const;

/**
 * A workbook sheet's name, by Excel's rules: at most 31 characters, none of : \ / ? * [ ], no
 * apostrophe at either end, not the reserved "History" (in any case). (exceljs refuses the rest
 * with an exception, and the build stopped with "a bug in the tool".)
 */
const sheetName = z
  .string()
  .trim()
  .min(1)
  .max(sheetNameLimit)
  .regex(/^[^:\\/?*[\]]+$/, sheetNameRules.characters)
  .regex(/^(?!')[\s\S]*(?<!')$/, sheetNameRules.apostrophe)
  .regex(/^(?!history$)/i, sheetNameRules.reserved)
  // "_x0041_" in a sheet's name is read as "A" (OOXML's ST_Xstring), and every link and formula naming the sheet breaks.
  .regex(/^(?![\s\S]*_x[0-9A-Fa-f]{4}_)/, sheetNameRules.escape);

/** Tables whose sheets would have one name, without regard to case (each language apart). */
function sameSheetNames(tables: readonly { sheet?: { zh: string; en: string } | undefined }[], ctx: z.RefinementCtx): void {
  for (const lang of ['zh', 'en'] as const) {
    const seen = new Set<string>();
    tables.forEach((table, i) => {
      const name = table.sheet?.[lang].trim().toLowerCase();
      if (name === undefined) return;
      if (seen.has(name))
        ctx.addIssue({ code: 'invalid_string', validation: 'regex', path: [i, 'sheet', lang], message: sheetNameRules.unique });
      seen.add(name);
    });
  }
}
/** Acknowledged discrepancies of a table row or total: `field` is the column id. */
const columnDiscrepancies = z
  .array(z.object({ rule: z.enum(ruleIds as [RuleId, ...RuleId[]]), field: id, note: textSchema }).strict())
  .optional();
/** A cell value of a statistical table, by column id. */
const tableValues = z.record(id, figure);

const tablesFileSchema = z
  .object({
    tables: z
      .array(
        z
          .object({
            id,
            caption: textSchema,
            captionSource: sourcePhrase,
            /** What the rows are (行业领域 / Sector): the header of the label column. */
            dimension: headerSchema,
            /** Columns of words beside the figures (统计口径 / scope), after the label column. */
            textColumns: textColumns.optional(),
            /** A short name for the table's workbook sheet (at most 31 characters); the caption's number is used when absent. */
            sheet: z.object({ zh: sheetName, en: sheetName }).strict().optional(),
            note: paragraphSchema.optional(),
            noteSource: sourcePhrase.optional(),
            columns: z
              .array(
                z
                  .object({
                    id,
                    label: headerSchema,
                    unit: nonEmpty,
                    /** Decimal places the document publishes in this column. */
                    decimals: z.number().int().min(0).max(6),
                    /** For a share column: the column each row is the share of (row ÷ the total of that column × 100). */
                    shareOf: id.optional(),
                    /** false when the rows do not add up to the total (rates, averages); amounts, counts and shares do. */
                    additive: z.boolean().optional(),
                  })
                  .strict(),
              )
              .min(1),
            /** A bar chart of the table: its title and the columns it shows (one or two). */
            chart: z
              .object({ title: textSchema, columns: z.array(id).min(1).max(2) })
              .strict()
              .optional(),
            rows: z
              .array(
                z
                  .object({
                    id,
                    label: textSchema,
                    values: tableValues,
                    texts: rowTexts.optional(),
                    source: sourcePhrase,
                    knownDiscrepancies: columnDiscrepancies,
                  })
                  .strict(),
              )
              .min(1),
            total: z
              .object({ label: textSchema, values: tableValues, source: sourcePhrase, knownDiscrepancies: columnDiscrepancies })
              .strict()
              .optional(),
            drafted,
          })
          .strict()
          .superRefine((table, ctx) => {
            declaredTexts(table.textColumns, table.rows, ['rows'], ctx);
            listedTwice(
              (table.textColumns ?? []).map((c) => c.id),
              (i) => ['textColumns', i, 'id'],
              ctx,
            );
            listedTwice(table.chart?.columns ?? [], (i) => ['chart', 'columns', i], ctx);
            captionNumbers(table.caption, table.captionSource, ctx);
            const figureColumns = new Set(table.columns.map((c) => c.id));
            table.textColumns?.forEach((c, i) => {
              if (figureColumns.has(c.id)) ctx.addIssue({ code: 'custom', path: ['textColumns', i, 'id'], message: textColumnDistinct });
            });
          }),
      )
      .superRefine(sameSheetNames)
      .default([]),
  })
  .strict();

const projectsFileSchema = z
  .object({
    pipeline: z
      .object({
        /** What the pipeline counts, as the document names it (市重点建设项目 / city key construction projects). */
        label: textSchema,
        total: z.object({ value: count, unit: nonEmpty, source: sourcePhrase, knownDiscrepancies: knownDiscrepancies(valueOnly) }).strict(),
        annualInvestment: z.object({ value: figure, unit: nonEmpty, source: sourcePhrase }).strict().optional(),
        stages: z.array(z.object({ id, label: textSchema, value: count, unit: nonEmpty, source: sourcePhrase }).strict()).min(1),
      })
      .strict()
      .optional(),
    /**
     * Other counts of projects the report gives for the plan year beside the pipeline (67个新开工重大项目,
     * 62个项目投产投运), each labelled with what it counts as the document names it: they may count
     * another set of projects than the pipeline does, and are never added to it.
     */
    counts: z.array(z.object({ id, label: textSchema, value: count, unit: nonEmpty, source: sourcePhrase }).strict()).default([]),
    reserves: z
      .array(
        z
          .object({
            id,
            label: textSchema,
            projects: count,
            funding: figure,
            unit: nonEmpty,
            qualifier: qualifier.optional(),
            fundingNote: paragraphSchema.optional(),
            source: sourcePhrase,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

const sectionSchema = z
  .object({ id, title: textSchema, summary: paragraphSchema, highlights: z.array(paragraphSchema).max(12).default([]), drafted })
  .strict();

const sectionsFileSchema = z
  .object({
    review: z.array(sectionSchema).default([]),
    plan: z.array(sectionSchema).default([]),
    problems: z
      .object({
        zh: paragraph,
        en: paragraph,
        /** The difficulties in one sentence, for the brief's key messages; the paragraph itself when absent. */
        summary: paragraphSchema.optional(),
        source: sourcePhrase,
      })
      .strict()
      .optional(),
  })
  .strict();

/** The area a comparison figure is for: the district itself (its population, its previous year), the city, the province, the nation. */
export const contextAreas = ['district', 'city', 'province', 'nation'] as const;
export type ContextArea = (typeof contextAreas)[number];

/**
 * context.yaml: comparison figures from other documents (the city's statistical bulletin, the
 * province's, the nation's, last year's report), each cited from its own document kept beside the
 * data, with a phrase, as the edition's own figures are. Optional: without it, no "in context" part.
 */
const contextFileSchema = z
  .object({
    /** The documents the figures are cited from: each a text file in the edition's folder. */
    sources: z
      .array(
        z
          .object({
            id,
            file: localFileName,
            title: textSchema,
            issuer: textSchema,
            /** The date the document was published, YYYY-MM-DD. */
            released: calendarDate,
            url: webAddress.optional(),
          })
          .strict(),
      )
      .default([]),
    figures: z
      .array(
        z
          .object({
            id,
            area: z.enum(contextAreas),
            /** The indicator as the comparison document names it. */
            label: textSchema,
            /** The edition's figure (a headline indicator or achievement id) this one is compared with. */
            compares: id.optional(),
            /** The figure is the area's resident population: the district's figures listed in perCapita are divided by it. */
            population: z.literal(true).optional(),
            /** With population: the figures (of the edition, and the area's figure comparing each) given per person. */
            perCapita: z.array(id).optional(),
            /**
             * With population: the annual average (年平均常住人口), which statistical bulletins divide
             * by, or the count at year-end (年末常住人口). Read from the phrase when not given.
             */
            populationBasis: z.enum(['average', 'year-end']).optional(),
            value: figure,
            unit: nonEmpty,
            growth: figure.optional(),
            growthBasis: growthBasis.optional(),
            /** The year the figure refers to. */
            year: dataYear,
            /** The id of the document (under sources) the phrase is quoted from. */
            document: id,
            source: sourcePhrase,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

/**
 * The files of one edition folder, by role, with the schema each must satisfy. Only edition.yaml
 * is required: an edition holds the parts its document has. An absent file reads as its schema's
 * empty value (no indicators, no tables, …); an absent review-targets.yaml as no targets table.
 */
export const editionFiles = {
  edition: { file: 'edition.yaml', schema: editionFileSchema, required: true },
  headline: { file: 'headline.yaml', schema: headlineFileSchema, required: false },
  reviewTargets: { file: 'review-targets.yaml', schema: reviewTargetsFileSchema, required: false },
  planTargets: { file: 'plan-targets.yaml', schema: planTargetsFileSchema, required: false },
  achievements: { file: 'achievements.yaml', schema: achievementsFileSchema, required: false },
  tables: { file: 'tables.yaml', schema: tablesFileSchema, required: false },
  projects: { file: 'projects.yaml', schema: projectsFileSchema, required: false },
  sections: { file: 'sections.yaml', schema: sectionsFileSchema, required: false },
  glossary: { file: 'glossary.yaml', schema: z.object({ terms: glossaryTermsSchema.default([]) }).strict(), required: false },
  context: { file: 'context.yaml', schema: contextFileSchema, required: false },
} as const;

export type EditionFileRole = keyof typeof editionFiles;
type Parsed<K extends EditionFileRole> = z.infer<(typeof editionFiles)[K]['schema']>;
/** An edition's data; the one part without an empty value (the targets table) is absent when its file is. */
export type EditionData = { [K in Exclude<EditionFileRole, 'reviewTargets'>]: Parsed<K> } & { reviewTargets?: Parsed<'reviewTargets'> };
export type StatTable = Parsed<'tables'>['tables'][number];
export type Composition = Parsed<'achievements'>['compositions'][number];
export type UnitsFile = z.infer<typeof unitsFileSchema>;
export type ContextData = Parsed<'context'>;
export type ContextFigureData = ContextData['figures'][number];
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
export type ReviewTargetRowData = NonNullable<EditionData['reviewTargets']>['rows'][number];
export type ReviewActualData = Exclude<ReviewTargetRowData['actual'], typeof pendingResult>[number];

/** A review target's results: none while they are pending (`actual: pending`). */
export function resultsOf(row: Pick<ReviewTargetRowData, 'actual'>): readonly ReviewActualData[] {
  return row.actual === pendingResult ? [] : row.actual;
}
