import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Generates N editions for the benchmark from the default one: each is an invented district
 * ("Sample District 7", 示例区7) with its own id and plan year, marked `invented: true`. The figures
 * are the published ones: scaling them would need a matching invented source document for the
 * citation checks, and does not change the work a build does.
 */
export function generateEditions(sourceDataDir: string, targetDataDir: string, count: number, template = 'binjiang-2025'): string[] {
  mkdirSync(path.join(targetDataDir, 'editions'), { recursive: true });
  cpSync(path.join(sourceDataDir, 'units.yaml'), path.join(targetDataDir, 'units.yaml'));
  cpSync(path.join(sourceDataDir, 'glossary.yaml'), path.join(targetDataDir, 'glossary.yaml'));
  const from = path.join(sourceDataDir, 'editions', template);
  const edition = readFileSync(path.join(from, 'edition.yaml'), 'utf8');
  const folders: string[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `sample-${String(i).padStart(4, '0')}`;
    const to = path.join(targetDataDir, 'editions', id);
    cpSync(from, to, { recursive: true });
    const text = edition
      .replace(/^id: .*$/m, `id: ${id}`)
      .replace(/^district: .*$/m, `district: {zh: 示例区${i}, en: Sample District ${i}}`)
      .replace(/^dataVersion: .*$/m, `dataVersion: 'bench-${i}'\ninvented: true`);
    writeFileSync(path.join(to, 'edition.yaml'), text);
    folders.push(id);
  }
  return folders;
}
