import { z } from 'zod';
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
export const textLimits = { id: 64, short: 300, phrase: 500, paragraph: 2000 } as const;

/**
 * Fields whose text may span lines (the only place a line break is allowed, plan:control-character);
 * they hold paragraphs, with the paragraph limit.
 */
export const multiLineFields: ReadonlySet<string> = new Set(['summary', 'highlights', 'problems', 'note', 'fundingNote']);

const nonEmpty = z.string().trim().min(1).max(textLimits.short);
const paragraph = z.string().trim().min(1).max(textLimits.paragraph);
const textSchema = z.object({ zh: nonEmpty, en: nonEmpty }).strict();
export type Text = z.infer<typeof textSchema>;
/** A text of one or more paragraphs, in both languages. */
const paragraphSchema = z.object({ zh: paragraph, en: paragraph }).strict();

const id = z
  .string()
  .max(textLimits.id)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case letters, digits and hyphens');
const figure = z.number().finite();
const count = z.number().int().nonnegative().finite();
const sourcePhrase = z.string().trim().min(1).max(textLimits.phrase);
const rank = z
  .object({
    measure: z.enum(['total', 'growth']),
    scope: z.enum(['city', 'province', 'nation']),
    position: z.number().int().positive(),
  })
  .strict();
const qualifier = z.enum(['over', 'about']);
const measure = z.enum(['level', 'growth']);

export const numericTargetKinds = ['numeric', 'above', 'about', 'strive-for'] as const;
const targetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(numericTargetKinds), value: figure, unit: nonEmpty }).strict(),
  z.object({ kind: z.literal('qualitative'), text: textSchema }).strict(),
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
            zh: nonEmpty,
            en: nonEmpty,
            quantity: nonEmpty,
            factor: z.number().positive().finite(),
            inline: z.boolean().optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const glossaryFileSchema = z
  .object({
    terms: z.array(z.object({ id, zh: nonEmpty, en: nonEmpty, accept: z.array(nonEmpty).optional(), note: paragraphSchema }).strict()),
  })
  .strict();

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
    district: textSchema,
    city: textSchema,
    planYear: z.number().int().min(1949).max(2200),
    reviewYear: z.number().int().min(1949).max(2200),
    title: textSchema,
    issuer: textSchema,
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
    invented: z.boolean().optional(),
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

const headlineFileSchema = z
  .object({
    indicators: z
      .array(
        z
          .object({
            id,
            label: textSchema,
            value: figure,
            unit: nonEmpty,
            growth: figure.optional(),
            ranks: z.array(rank).optional(),
            partOf: id.optional(),
            source: sourcePhrase,
            knownDiscrepancies: knownDiscrepancies(valueOnly),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

const reviewTargetsFileSchema = z
  .object({
    caption: textSchema,
    captionSource: sourcePhrase,
    rows: z
      .array(
        z
          .object({
            id,
            no: z.number().int().positive(),
            group: textSchema.optional(),
            indicator: textSchema,
            /** The headline indicator this row sets a target for (headline.yaml id). */
            headline: id.optional(),
            note: paragraphSchema.optional(),
            target: targetSchema,
            actual: z.array(z.object({ value: figure, unit: nonEmpty, measure: measure.optional() }).strict()).min(1),
            source: sourcePhrase,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

const planTargetsFileSchema = z
  .object({
    main: z
      .array(z.object({ id, label: textSchema, indicator: id.optional(), measure, target: targetSchema, source: sourcePhrase }).strict())
      .min(1),
    work: z.array(
      z.object({ id, section: id, label: textSchema, measure: measure.optional(), target: targetSchema, source: sourcePhrase }).strict(),
    ),
  })
  .strict();

const achievementsFileSchema = z
  .object({
    achievements: z.array(
      z
        .object({
          id,
          section: id,
          label: textSchema,
          value: figure,
          unit: nonEmpty,
          growth: figure.optional(),
          qualifier: qualifier.optional(),
          ratioOf: z.object({ numerator: id, denominator: id }).strict().optional(),
          ranks: z.array(rank).optional(),
          partOf: id.optional(),
          source: sourcePhrase,
          knownDiscrepancies: knownDiscrepancies(valueOnly),
        })
        .strict(),
    ),
  })
  .strict();

export const projectColumns = ['projects', 'totalInvestment', 'annualInvestment', 'annualShare'] as const;
export type ProjectColumn = (typeof projectColumns)[number];

const projectFigures = {
  projects: count,
  totalInvestment: figure,
  annualInvestment: figure,
  annualShare: figure,
  source: sourcePhrase,
};

const projectsFileSchema = z
  .object({
    tables: z
      .array(
        z
          .object({
            id,
            caption: textSchema,
            dimension: textSchema,
            captionSource: sourcePhrase,
            note: paragraphSchema.optional(),
            noteSource: sourcePhrase.optional(),
            rows: z
              .array(
                z.object({ id, label: textSchema, ...projectFigures, knownDiscrepancies: knownDiscrepancies(projectColumns) }).strict(),
              )
              .min(1),
            total: z.object({ label: textSchema, ...projectFigures, knownDiscrepancies: knownDiscrepancies(projectColumns) }).strict(),
          })
          .strict(),
      )
      .min(1),
    pipeline: z
      .object({
        total: z.object({ value: count, unit: nonEmpty, source: sourcePhrase, knownDiscrepancies: knownDiscrepancies(valueOnly) }).strict(),
        annualInvestment: z.object({ value: figure, unit: nonEmpty, source: sourcePhrase }).strict(),
        stages: z.array(z.object({ id, label: textSchema, value: count, unit: nonEmpty, source: sourcePhrase }).strict()).min(1),
      })
      .strict(),
    reserves: z.array(
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
    ),
  })
  .strict();

const sectionSchema = z
  .object({ id, title: textSchema, summary: paragraphSchema, highlights: z.array(paragraphSchema).min(3).max(6) })
  .strict();

const sectionsFileSchema = z
  .object({
    review: z.array(sectionSchema).min(1),
    plan: z.array(sectionSchema).min(1),
    problems: z.object({ zh: paragraph, en: paragraph, source: sourcePhrase }).strict(),
  })
  .strict();

/** The files of one edition folder, by role, with the schema each must satisfy. */
export const editionFiles = {
  edition: { file: 'edition.yaml', schema: editionFileSchema },
  headline: { file: 'headline.yaml', schema: headlineFileSchema },
  reviewTargets: { file: 'review-targets.yaml', schema: reviewTargetsFileSchema },
  planTargets: { file: 'plan-targets.yaml', schema: planTargetsFileSchema },
  achievements: { file: 'achievements.yaml', schema: achievementsFileSchema },
  projects: { file: 'projects.yaml', schema: projectsFileSchema },
  sections: { file: 'sections.yaml', schema: sectionsFileSchema },
} as const;

export type EditionFileRole = keyof typeof editionFiles;
export type EditionData = { [K in EditionFileRole]: z.infer<(typeof editionFiles)[K]['schema']> };
export type UnitsFile = z.infer<typeof unitsFileSchema>;
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
