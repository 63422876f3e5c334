import { existsSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { editionFiles, type EditionFileRole } from '../dataset/schema.js';
import { loadYamlFile } from './source-file.js';
import type { SourceFile } from '../dataset/source-file.js';
import { rule as fileMissing } from '../diagnostics/rules/plan/file-missing.js';
import { rule as fileUnreadable } from '../diagnostics/rules/plan/file-unreadable.js';
import { folderLeavesData } from './file-kind.js';
import { attachmentsFolder, checkUnknownEntries } from './unknown-files.js';

/** One folder under data/editions/, its data files parsed (schema not yet checked). */
export interface EditionSource {
  /** Folder name; the edition's id must equal it. */
  readonly folder: string;
  /** Absolute path of the folder. */
  readonly dir: string;
  /** Repository-relative path of the folder, for diagnostics. */
  readonly displayDir: string;
  readonly files: Partial<Record<EditionFileRole, SourceFile>>;
  /** Files that exist but could not be read or parsed (reported): their parts are not "absent". */
  readonly unreadable: readonly EditionFileRole[];
}

export interface DatasetSource {
  /** The project's validation settings (data/validation.yaml), when the file exists. */
  readonly validation?: SourceFile;
  readonly units?: SourceFile;
  readonly glossary?: SourceFile;
  readonly editions: readonly EditionSource[];
}

export interface LoadOptions {
  /** Folder that holds units.yaml, glossary.yaml and editions/. */
  readonly dataDir: string;
  /** Diagnostics name files relative to this folder. */
  readonly rootDir: string;
  /** Load only these edition folders (a worker building one edition). */
  readonly only?: readonly string[];
}

const display = (rootDir: string, absPath: string): string => path.relative(rootDir, absPath).split(path.sep).join('/');

/** Lists edition folders (those with an edition.yaml or any other file), sorted by name. */
export function listEditionFolders(dataDir: string): string[] {
  const editionsDir = path.join(dataDir, 'editions');
  // data/editions as a link out of data/ is read as no editions (checkDataFolder reports it).
  if (folderLeavesData(editionsDir, dataDir)) return [];
  try {
    return readdirSync(editionsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/** Reads one YAML data file, naming it relative to the root in diagnostics. */
function loadDataFile(options: LoadOptions, absPath: string, sink: DiagnosticSink): SourceFile | undefined {
  return loadYamlFile(absPath, display(options.rootDir, absPath), sink, options.dataDir);
}

/** Reads every data file of the dataset; problems reading or parsing go to the sink. */
export function loadDataset(options: LoadOptions, sink: DiagnosticSink): DatasetSource {
  const { dataDir } = options;
  const load = (absPath: string) => loadDataFile(options, absPath, sink);
  const validationFile = path.join(dataDir, 'validation.yaml');
  const validation = existsSync(validationFile) ? load(validationFile) : undefined;
  const units = load(path.join(dataDir, 'units.yaml'));
  const glossary = load(path.join(dataDir, 'glossary.yaml'));
  checkDataFolder(options, sink);
  const folders = listEditionFolders(dataDir).filter((f) => options.only === undefined || options.only.includes(f));
  const editions = folders.map((folder) => loadEdition(options, folder, sink));
  return { ...(validation ? { validation } : {}), units, glossary, editions };
}

/** Reads the data files of one edition folder; problems reading or parsing go to the sink. */
export function loadEdition(options: LoadOptions, folder: string, sink: DiagnosticSink): EditionSource {
  const dir = path.join(options.dataDir, 'editions', folder);
  const files: Partial<Record<EditionFileRole, SourceFile>> = {};
  const unreadable: EditionFileRole[] = [];
  for (const role of Object.keys(editionFiles) as EditionFileRole[]) {
    const absPath = path.join(dir, editionFiles[role].file);
    // An edition holds the parts its document has: only edition.yaml must exist.
    if (!editionFiles[role].required && !existsSync(absPath) && !isBrokenLink(absPath)) continue;
    const file = loadDataFile(options, absPath, sink);
    if (file) files[role] = file;
    else unreadable.push(role);
  }
  // Every other entry of the folder is reported: the source document named in edition.yaml and
  // the attachments folder are the only others expected.
  const source = (files.edition?.value as { source?: { file?: unknown } } | undefined)?.source?.file;
  // The comparison documents named in context.yaml are expected too.
  const documents = (files.context?.value as { sources?: { file?: unknown }[] } | undefined)?.sources;
  const documentFiles = Array.isArray(documents) ? documents.flatMap((d) => (typeof d?.file === 'string' ? [d.file] : [])) : [];
  const expected = [...Object.values(editionFiles).map((f) => f.file), ...(typeof source === 'string' ? [source] : []), ...documentFiles];
  // Where edition.yaml or context.yaml could not be read, the documents they name are not known: a
  // YAML error in edition.yaml also warned that source.txt was not read, a second, misleading finding.
  const namesKnown = typeof source === 'string' && !unreadable.includes('context');
  checkUnknownEntries(
    dir,
    { files: expected, folders: [attachmentsFolder] },
    (p) => display(options.rootDir, p),
    options.dataDir,
    sink,
    namesKnown ? 'all' : 'data-files',
  );
  return { folder, dir, displayDir: display(options.rootDir, dir), files, unreadable };
}

/** The shared files and editions/: every other entry of data/ and of editions/ is reported, and a dataset with no edition is an error. */
function checkDataFolder(options: LoadOptions, sink: DiagnosticSink): void {
  const shown = (p: string) => display(options.rootDir, p);
  const { dataDir } = options;
  checkUnknownEntries(
    dataDir,
    { files: ['units.yaml', 'glossary.yaml', 'validation.yaml'], folders: ['editions', attachmentsFolder] },
    shown,
    dataDir,
    sink,
  );
  const editionsDir = path.join(dataDir, 'editions');
  if (folderLeavesData(editionsDir, dataDir)) {
    sink.add({
      ruleId: 'plan:file-unreadable',
      file: shown(editionsDir),
      place: { line: 1, column: 1 },
      message: fileUnreadable.messages.notAFile({ en: 'a symbolic link out of the data folder', zh: '指向数据文件夹之外的符号链接' }),
    });
  }
  const folders = listEditionFolders(dataDir);
  // Entries of editions/ that are not folders (a stray file, a link) would be skipped silently.
  checkUnknownEntries(editionsDir, { files: [], folders }, shown, dataDir, sink);
  if (folders.length === 0) {
    sink.add({
      ruleId: 'plan:file-missing',
      file: shown(editionsDir),
      place: { line: 1, column: 1 },
      message: fileMissing.messages.noEditions(shown(editionsDir)),
    });
  }
}

/** A symbolic link whose target is missing: reported by the loader, not read as an absent part. */
function isBrokenLink(absPath: string): boolean {
  try {
    return lstatSync(absPath).isSymbolicLink();
  } catch {
    return false;
  }
}
