import type { EditionData, EditionFileRole } from './schema.js';
import type { SourceFile } from './source-file.js';

/** Each data file of an edition, by its role. */
export type EditionFiles = Record<EditionFileRole, SourceFile>;

/** An edition whose files all passed their schemas and cross-file rules ran on. */
export interface ValidEdition {
  readonly folder: string;
  readonly dir: string;
  readonly data: EditionData;
  readonly files: EditionFiles;
  readonly sourceText: string;
}
