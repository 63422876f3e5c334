import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, visit } from 'yaml';
import { WrittenNumber, type ExampleDocuments } from '../dataset/field-reference.js';

/**
 * The data files a schema describes, parsed, for the examples of the field reference
 * (src/dataset/field-reference.ts). A pattern is relative to the project, with `*` standing for
 * every folder of one level (`data/editions/*\/headline.yaml`), searched in name order.
 */
export function readExampleDocuments(rootDir: string): ExampleDocuments {
  const cache = new Map<string, readonly unknown[]>();
  return (pattern) => {
    let documents = cache.get(pattern);
    if (!documents) {
      documents = expand(rootDir, pattern.split('/')).map((file) => {
        const name = path.relative(rootDir, file);
        let document: ReturnType<typeof parseDocument>;
        try {
          document = parseDocument(readFileSync(file, 'utf8'));
        } catch (error) {
          throw new Error(`${name}: cannot be read for the field reference's examples (${(error as Error).message})`);
        }
        const [problem] = document.errors;
        if (problem) throw new Error(`${name}: cannot be read for the field reference's examples (${problem.message})`);
        // Numbers keep the digits written (5.0), which the parsed number loses.
        visit(document, {
          Scalar(_key, node) {
            if (typeof node.value === 'number' && node.type === 'PLAIN' && typeof node.source === 'string')
              node.value = new WrittenNumber(node.value, node.source);
          },
        });
        return document.toJS() as unknown;
      });
      cache.set(pattern, documents);
    }
    return documents;
  };
}

function expand(dir: string, parts: readonly string[]): string[] {
  const [head, ...rest] = parts;
  if (head === undefined) return existsSync(dir) && statSync(dir).isFile() ? [dir] : [];
  if (head !== '*') return expand(path.join(dir, head), rest);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => expand(path.join(dir, name), rest));
}
