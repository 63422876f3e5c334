import { zodToJsonSchema } from 'zod-to-json-schema';
import type { ZodTypeAny } from 'zod';
import { commonFieldHelp, fileFieldHelp, type FieldHelp } from './field-help.js';
import { editionFiles, glossaryFileSchema, unitsFileSchema, validationFileSchema } from './schema.js';

/**
 * JSON Schemas of the data files, generated from the zod schemas, with each field's meaning in
 * both languages (shown on hover by the YAML extension of VS Code; see .vscode/settings.json).
 * Committed under schemas/; test/dataset/json-schema.test.ts fails when they differ from these.
 */

export interface DataFileSchema {
  /** File name under schemas/. */
  readonly name: string;
  /** Which data files it describes (globs relative to the project). */
  readonly files: readonly string[];
  readonly schema: Record<string, unknown>;
}

const helpText = (help: FieldHelp) => `${help.en}\n\n${help.zh}`;

/** Adds descriptions to every property, depth first; returns a new object. */
function describe(node: unknown, help: (field: string) => FieldHelp | undefined): unknown {
  if (Array.isArray(node)) return node.map((n) => describe(n, help));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'properties' && value && typeof value === 'object') {
      const properties: Record<string, unknown> = {};
      for (const [field, schema] of Object.entries(value as Record<string, unknown>)) {
        const text = help(field);
        const described = describe(schema, help) as Record<string, unknown>;
        properties[field] = text
          ? { ...described, description: helpText(text), markdownDescription: `${text.en}\n\n${text.zh}` }
          : described;
      }
      out[key] = properties;
    } else out[key] = describe(value, help);
  }
  return out;
}

function toJsonSchema(kind: string, title: FieldHelp, zodSchema: ZodTypeAny): Record<string, unknown> {
  const generated = zodToJsonSchema(zodSchema, { target: 'jsonSchema7', $refStrategy: 'none' }) as Record<string, unknown>;
  const help = (field: string) => fileFieldHelp[kind]?.[field] ?? commonFieldHelp[field];
  const { $schema, ...rest } = describe(generated, help) as Record<string, unknown>;
  return { $schema, title: `${title.en} / ${title.zh}`, description: helpText(title), ...rest };
}

const editionTitles: Record<keyof typeof editionFiles, FieldHelp> = {
  edition: { en: 'Edition metadata (edition.yaml)', zh: '版本信息（edition.yaml）' },
  headline: { en: 'Headline indicators (headline.yaml)', zh: '主要指标（headline.yaml）' },
  reviewTargets: { en: 'Targets of the past year and results (review-targets.yaml)', zh: '上年目标及完成情况（review-targets.yaml）' },
  planTargets: { en: 'Targets of the plan year (plan-targets.yaml)', zh: '计划年度目标（plan-targets.yaml）' },
  achievements: { en: 'Achievements of the past year (achievements.yaml)', zh: '上年主要成果（achievements.yaml）' },
  tables: { en: 'Statistical tables (tables.yaml)', zh: '统计表（tables.yaml）' },
  projects: { en: 'Project pipeline and reserves (projects.yaml)', zh: '项目推进与储备（projects.yaml）' },
  sections: { en: 'Sections of the brief (sections.yaml)', zh: '简报章节（sections.yaml）' },
  glossary: { en: 'The edition’s own glossary terms (glossary.yaml)', zh: '本版本专用术语（glossary.yaml）' },
  context: { en: 'Comparison figures from other documents (context.yaml)', zh: '对比数据（context.yaml）' },
};

/** Every data file's JSON Schema, in a fixed order. */
export function dataFileSchemas(): DataFileSchema[] {
  const shared: DataFileSchema[] = [
    {
      name: 'units.schema.json',
      files: ['data/units.yaml'],
      schema: toJsonSchema('units', { en: 'Unit registry (units.yaml)', zh: '单位表（units.yaml）' }, unitsFileSchema),
    },
    {
      name: 'glossary.schema.json',
      files: ['data/glossary.yaml'],
      schema: toJsonSchema('glossary', { en: 'Glossary (glossary.yaml)', zh: '术语表（glossary.yaml）' }, glossaryFileSchema),
    },
    {
      name: 'validation.schema.json',
      files: ['data/validation.yaml'],
      schema: toJsonSchema(
        'validation',
        { en: 'Rule severities (validation.yaml)', zh: '规则严重程度（validation.yaml）' },
        validationFileSchema,
      ),
    },
  ];
  const perEdition = Object.entries(editionFiles).map(([role, { file, schema }]) => {
    const kind = file.replace(/\.yaml$/, '');
    // An edition's glossary.yaml has a schema of its own, beside the shared glossary's.
    const name = shared.some((s) => s.name === `${kind}.schema.json`) ? `edition-${kind}` : kind;
    return {
      name: `${name}.schema.json`,
      files: [`data/editions/*/${file}`, `test/fixtures/editions/*/${file}`],
      schema: toJsonSchema(kind, editionTitles[role as keyof typeof editionFiles], schema),
    };
  });
  return [...shared, ...perEdition];
}

/** A schema file's text as committed. */
export const schemaText = (schema: DataFileSchema) => `${JSON.stringify(schema.schema, null, 2)}\n`;
