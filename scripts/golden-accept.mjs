// Accepts the golden corpus changes the last test run wrote: every `x-changed.ext` under
// test/golden replaces `x.ext`, and the files listed in `removed-changed.txt` are deleted.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { scriptArgs } from './script-args.mjs';

scriptArgs({
  invocation: 'npm run golden:accept --',
  summary:
    'Accepts the golden corpus changes the last test run wrote: every x-changed.ext under test/golden replaces x.ext,\n' +
    'and the files listed in removed-changed.txt are deleted. Review the changed outputs (git diff) like code.',
  options: {},
  exitCodes: '0 accepted (or nothing to accept); 2 a usage error.',
});

const root = path.join(import.meta.dirname, '..', 'test', 'golden');
let accepted = 0;
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = path.join(entry.parentPath, entry.name);
  if (entry.name === 'removed-changed.txt') {
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const gone = path.join(entry.parentPath, line);
      if (path.relative(root, gone).startsWith('..')) throw new Error(`refusing to delete outside test/golden: ${line}`);
      rmSync(gone, { force: true });
      console.log(`removed  ${path.relative(root, gone)}`);
      accepted++;
    }
    rmSync(file);
    continue;
  }
  const match = /^(.*)-changed(\.[^.]*)?$/.exec(entry.name);
  if (!match) continue;
  const target = path.join(entry.parentPath, `${match[1]}${match[2] ?? ''}`);
  console.log(`${existsSync(target) ? 'updated' : 'added  '}  ${path.relative(root, target)}`);
  renameSync(file, target);
  accepted++;
}
console.log(accepted === 0 ? 'Nothing to accept: run npm test first.' : `Accepted ${accepted} golden file change(s) in test/golden.`);
