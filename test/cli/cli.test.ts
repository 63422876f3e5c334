import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { didYouMean, parseCommand, UsageError } from '../../src/cli/args.js';
import { spec as buildSpec } from '../../src/cli/build.js';
import { describeFileSystemError } from '../../src/cli/command.js';
import { colourEnabled, progressBar } from '../../src/cli/terminal.js';
import { runCommand as cli, spawnCommand } from '../run-command.js';
import { defaultDataDir, demoEditionDir, makeDataDir, minimalEditionDir, repoRoot, tempDir } from '../helpers.js';

// The runner itself, worker threads and write hooks need the program as npm runs it: the bundled
// program through scripts/run.mjs, in its own process. Everything else runs the commands in this
// process (test/run-command.ts), which test/cli/in-process.test.ts holds to the same answers.
const spawnedCli = spawnCommand;

const stackTrace = /\n\s+at .+:\d+:\d+/;
const commands = ['build', 'validate', 'diff', 'summary', 'merge-manifests', 'bench', 'preview', 'new-edition', 'draft'];

describe('every command: --help, --version, and usage errors', () => {
  it.each(commands)('%s --help prints the options and examples and exits 0 without running', async (command) => {
    const { code, stdout, stderr } = await cli([command, '--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage: npm run [a-z-]+ -- \[options\]/);
    expect(stdout).toContain('Options:');
    expect(stdout).toMatch(/Examples:\n {2}npm run /);
    expect(stdout).toContain('-h, --help');
    expect((await cli([command, '-h'])).stdout).toBe(stdout);
  });

  it.each(commands)('%s --version prints the version', async (command) => {
    const { code, stdout } = await cli([command, '--version']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^plan-briefs \d+\.\d+\.\d+ \(Node \d+\.\d+\.\d+\)\n$/);
  });

  it.each(commands)('%s --bogus exits 2 with the usage, running nothing', async (command) => {
    const { code, stdout, stderr } = await cli([command, '--bogus']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Error: unknown option --bogus\n\nUsage: /);
    expect(stderr).not.toMatch(stackTrace);
  });

  it.each([
    [['validate', '--format', 'xml'], '--format must be one of human, json (got "xml")'],
    [['validate', '--lang', 'fr'], '--lang must be one of en, zh-CN (got "fr")'],
    [['build', '--jobs', 'abc'], '--jobs must be a whole number ≥ 1 (got "abc")'],
    [['build', '--jobs', '0'], '--jobs must be a whole number ≥ 1 (got "0")'],
    [['build', '--shard', '5/2'], '--shard takes k/n with 1 ≤ k ≤ n, for example --shard 2/4 (got "5/2")'],
    [['build', '--out'], '--out needs a value'],
    [['build', '--force=yes'], '--force takes no value'],
    [['build', 'binjiang-2025'], 'unexpected argument "binjiang-2025" (options start with --)'],
    [['bench', '--runs', 'x'], '--runs must be a whole number ≥ 1 (got "x")'],
    [['bench', '--editions', '100,abc'], '--editions takes counts ≥ 1 separated by commas'],
    [['diff'], '--base <ref> is required'],
    [['summary', '--lang', 'de'], '--lang must be one of en, zh-CN (got "de")'],
    [['preview', '--port', 'http'], '--port must be a port number from 0 to 65535 (got "http")'],
    [['preview', '--port', '70000'], '--port must be a port number from 0 to 65535 (got "70000")'],
    [['preview', '--data', '/nonexistent-data-folder'], 'no data folder at /nonexistent-data-folder (choose one with --data)'],
    // Numbers past Number.MAX_SAFE_INTEGER round to others: 1/99999999999999999999 was taken as a shard.
    [
      ['build', '--shard', '1/99999999999999999999'],
      '--shard takes k/n with whole numbers up to 9007199254740991 (larger ones cannot be counted exactly), for example --shard 2/4 (got "1/99999999999999999999")',
    ],
    [['build', '--shard', '9007199254740993/9007199254740993'], '--shard takes k/n with whole numbers up to 9007199254740991'],
    [
      ['build', '--jobs', '99999999999999999999'],
      '--jobs must be a whole number from 1 to 9007199254740991; larger ones cannot be counted exactly',
    ],
    [['bench', '--runs', '9007199254740992'], '--runs must be a whole number from 1 to 9007199254740991'],
    [
      ['bench', '--editions', '100,99999999999999999999'],
      '--editions takes counts ≥ 1 separated by commas (each at most 9007199254740991)',
    ],
  ])('%j is refused: %s', async (args, message) => {
    const { code, stdout, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`Error: ${message}`);
    expect(stderr).not.toMatch(stackTrace);
  });

  // A file given as the data folder said "no data folder", or in validate that every edition file was missing.
  it.each(['build', 'validate', 'preview'])('%s --data <a file> says to give the folder, not one of its files', async (command) => {
    const { code, stdout, stderr } = await cli([command, '--data', 'package.json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `Error: --data ${path.join(repoRoot, 'package.json')} is a file, not a folder: give --data the folder that holds editions/ and units.yaml (the default is data), not one of its files`,
    );
    expect(stderr).not.toContain('plan:file-missing');
  });

  // preview --data / watched the whole disk at start-up (1 GB) and never answered.
  it.each(['build', 'validate', 'preview'])(
    '%s --data <a folder with neither units.yaml nor editions/> is refused before anything is read or watched',
    async (command) => {
      const notData = tempDir('not-data-');
      writeFileSync(path.join(notData, 'notes.txt'), 'not a data folder\n');
      mkdirSync(path.join(notData, 'photos'));
      for (const dir of [notData, '/']) {
        const { code, stdout, stderr } = await cli([command, '--data', dir, ...(command === 'preview' ? ['--port', '0'] : [])]);
        expect([dir, code]).toEqual([dir, 2]);
        expect(stdout).toBe('');
        expect(stderr).toContain(
          `Error: --data ${dir} is not a data folder: it holds neither units.yaml nor editions/. Give --data the folder that holds them (the default is data)`,
        );
      }
    },
    20_000,
  );

  it('the runner lists the commands with --help, and refuses an unknown one', () => {
    expect(spawnedCli(['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('<build|validate|bench|diff|summary|merge-manifests|preview|new-edition|draft>'),
    });
    expect(spawnedCli(['biuld'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command "biuld"') });
    // Names every object inherits are unknown commands too, not a stack trace.
    for (const name of ['__proto__', 'toString', 'constructor']) {
      const run = spawnedCli([name]);
      expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining(`Unknown command "${name}"`) });
      expect(run.stderr).not.toMatch(stackTrace);
    }
  });

  it('parses the build options into what the build takes, --wait included', () => {
    const values = parseCommand(buildSpec, ['--edition', 'a', '--edition', 'b', '--wait', '--jobs', '2'], () => {})!;
    expect(values).toMatchObject({ edition: ['a', 'b'], wait: true, jobs: '2' });
    expect(() => parseCommand(buildSpec, ['--jobs', '1.5'], () => {})).toThrow(UsageError);
  });
});

describe('build-reports', () => {
  it('refuses an unknown edition with a did-you-mean, instead of building nothing', async () => {
    const { code, stdout, stderr } = await cli(['build', '--edition', 'binjang-2025', '--out', tempDir('cli-out-')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('Error: unknown edition "binjang-2025". Did you mean "binjiang-2025"? Editions in data/editions/: binjiang-2025\n');
    expect(didYouMean('demo2026', ['binjiang-2025', 'demo-2026'])).toBe('demo-2026');
    expect(didYouMean('shanghai-2030', ['binjiang-2025', 'demo-2026'])).toBeUndefined();
  });

  it('prints one line per edition with its folder, and last the output folder; --strict fails on warnings when up to date too', async () => {
    const dataDir = makeDataDir();
    const out = tempDir('cli-out-');
    const first = await cli(['build', '--data', dataDir, '--out', out, '--jobs', '1']);
    expect(first.code, first.stderr).toBe(0);
    const lines = first.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      `✓ demo-2026 → ${out}/demo-2026/ (${readdirSync(path.join(out, 'demo-2026'), { recursive: true }).filter((f) => /\.\w+$/.test(String(f))).length} files)`,
    );
    expect(lines.at(-1)).toMatch(
      new RegExp(`^Built 1 edition\\(s\\), wrote \\d+ file\\(s\\) in \\d+ ms; peak memory \\d+ MB\\. Outputs: ${out}/$`),
    );
    // Up to date, and the demo edition has no warnings: --strict passes, and the last line names the folder.
    expect(await cli(['build', '--data', dataDir, '--out', out, '--strict'])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(new RegExp(`^Up to date: .* Outputs: ${out}/\n$`)),
    });
  });

  it('with worker threads (one task per locale), each edition still prints exactly one line, once all its files are written', () => {
    const dataDir = makeDataDir([minimalEditionDir, demoEditionDir]);
    const out = tempDir('cli-out-');
    const result = spawnedCli(['build', '--data', dataDir, '--out', out, '--jobs', '2']);
    expect(result.code, result.stderr).toBe(0);
    const progress = result.stdout.split('\n').filter((l) => l.startsWith('✓ '));
    expect(progress.map((l) => l.split(' ')[1]).sort()).toEqual(['demo-2026', 'lanting-2024']);
    for (const line of progress) {
      const [, folder, count] = /^✓ (\S+) → .* \((\d+) files\)$/.exec(line)!;
      const files = readdirSync(path.join(out, folder!), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      expect([folder, Number(count)]).toEqual([folder, files.length]);
    }
  });

  it('draws a progress bar for a terminal', () => {
    expect(progressBar(0, 4, 8)).toBe('[--------] 0/4');
    expect(progressBar(1, 4, 8)).toBe('[##------] 1/4');
    expect(progressBar(4, 4, 8)).toBe('[########] 4/4');
  });

  it('--strict is honoured when the outputs are up to date: notes pass, warnings are printed and the exit code is 1; under GitHub Actions the build writes no annotations (the validation step alone does, once)', async () => {
    const dataDir = makeDataDir([path.join(defaultDataDir, 'editions', 'binjiang-2025')]);
    const out = tempDir('cli-out-');
    // The first build runs as in the workflow: its notes are printed as lines, never as annotations.
    const built = await cli(['build', '--data', dataDir, '--out', out, '--jobs', '1'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(built.code, built.stderr).toBe(0);
    expect(`${built.stdout}${built.stderr}`).not.toMatch(/^::(warning|error|notice) /m);
    expect(built.stderr).toMatch(/note .* plan:sum-matches-total/);
    // The default data has notes only (differences within rounding, and one it acknowledges).
    const clean = await cli(['build', '--data', dataDir, '--out', out, '--strict']);
    expect(clean.code, clean.stderr).toBe(0);
    // A stray file is a warning, and --strict fails on it although the outputs are current. The file
    // is in the edition's folder, an input of its outputs: a build without --strict (warnings pass)
    // first makes the outputs current again.
    writeFileSync(path.join(dataDir, 'editions', 'binjiang-2025', 'headlines.yaml'), 'indicators: []\n');
    const rebuilt = await cli(['build', '--data', dataDir, '--out', out]);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toMatch(/^✓ binjiang-2025 /);
    const strict = await cli(['build', '--data', dataDir, '--out', out, '--strict']);
    expect(strict.stdout).toMatch(/^Up to date: /);
    expect(strict.stderr).toMatch(/headlines\.yaml:1:1 warning .* plan:file-unknown/);
    expect(strict.stderr).toMatch(/tables\.yaml:\d+:\d+ note .* plan:sum-matches-total/);
    expect(strict.stderr).toContain('--strict: 1 warning(s) fail the build, although its outputs are up to date.');
    expect(strict.code).toBe(1);
    expect((await cli(['build', '--data', dataDir, '--out', out])).code).toBe(0);
  });

  it('colours follow NO_COLOR and FORCE_COLOR', async () => {
    const tty = { isTTY: true, hasColors: () => true };
    const pipe = { isTTY: false };
    expect(colourEnabled(tty, {})).toBe(true);
    expect(colourEnabled(tty, { NO_COLOR: '1' })).toBe(false);
    expect(colourEnabled(pipe, {})).toBe(false);
    expect(colourEnabled(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(colourEnabled(tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(colourEnabled(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(colourEnabled(pipe, { FORCE_COLOR: '', NO_COLOR: '' })).toBe(false);
    const forced = await cli(['validate'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[36mnote\u001b[39m');
    expect((await cli(['validate'], { env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });
});

describe('file-system failures: one line naming the path and what to do, exit 2, no stack trace', () => {
  // Fails every write under a folder with the given error code, as the disk or the permissions would.
  const failWrites = (dir: string, code: string) => {
    const hook = path.join(tempDir('fs-hook-'), 'fail.cjs');
    writeFileSync(
      hook,
      `const fs = require('node:fs');
const real = fs.writeFileSync;
fs.writeFileSync = function (file, ...rest) {
  if (typeof file === 'string' && file.startsWith(${JSON.stringify(dir)})) {
    throw Object.assign(new Error(${JSON.stringify(code)} + ': failure, open \\'' + file + '\\''), { code: ${JSON.stringify(code)}, syscall: 'open', path: file });
  }
  return real.call(this, file, ...rest);
};
`,
    );
    return { NODE_OPTIONS: `--require ${hook}` };
  };

  it.each([
    [
      'EACCES',
      /^Error: Permission denied: .*\/demo-2026\/.* \(open\)\. Give your user write access to it and its folder, or choose another folder \(--out for outputs\)\.$/,
    ],
    [
      'ENOSPC',
      /^Error: No space left on the disk that holds .*\/demo-2026\/\S+ \(mounted at \/\S*, \d+ MB free\)\. Free some space there and run again\. Nothing was replaced and no temporary file is left\.$/,
    ],
  ])('%s while writing the outputs', (code, expected) => {
    const out = tempDir('cli-out-');
    const result = spawnedCli(['build', '--data', makeDataDir(), '--out', out, '--jobs', '1'], { env: failWrites(out, code) });
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(expected);
    expect(result.stderr).not.toMatch(stackTrace);
    // Nothing written (a folder may have been made for the first file).
    expect(readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())).toEqual([]);
  });

  it('ENOTDIR: the output folder is under a file', async () => {
    const file = path.join(tempDir('cli-out-'), 'a-file');
    writeFileSync(file, 'not a folder');
    const result = await cli(['build', '--data', makeDataDir(), '--out', path.join(file, 'output'), '--jobs', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(
      new RegExp(
        `^Error: Not a folder: a part of ${file}/output.* is a file\\. Remove or rename that file, or choose another folder \\(--out, --data\\)\\.$`,
      ),
    );
    expect(result.stderr).not.toMatch(stackTrace);
  });

  // Issue 28, sixth pass: --out pointing at the data folder wrote the reports and a manifest among
  // the data, whose next build would remove what that manifest listed.
  it('an output folder that is the data folder, inside it or around it is a usage error, and nothing is written', async () => {
    const dataDir = makeDataDir();
    const link = path.join(tempDir('cli-link-'), 'data-link');
    symlinkSync(dataDir, link);
    for (const out of [dataDir, path.join(dataDir, 'editions', 'demo-2026'), path.dirname(dataDir), path.join(link, 'output')]) {
      const before = readdirSync(dataDir, { recursive: true }).length;
      const result = await cli(['build', '--data', dataDir, '--out', out, '--jobs', '1']);
      expect(result.code, out).toBe(2);
      expect(result.stderr).toMatch(/overlaps the data folder/);
      expect(readdirSync(dataDir, { recursive: true }).length).toBe(before);
    }
  });

  // Issue 28, eighth pass (hostile7): `--out ''` built into the current folder (the reports and a
  // manifest among the project's files), and `--data .` with the default output folder stopped with
  // "a bug in the tool" (the overlap message read the --out it was not given).
  it('an empty folder option is a usage error that writes nothing; the default output folder inside --data is named', async () => {
    const cwd = tempDir('cli-empty-');
    const dataDir = makeDataDir();
    for (const args of [
      ['build', '--jobs', '1', '--data', dataDir, '--out', ''],
      ['build', '--jobs', '1', '--data', dataDir, '--out', '  '],
      ['validate', '--data', ''],
      ['new-edition', '--data', dataDir, '--from', 'demo-2026', '--id', ''],
    ]) {
      const result = await cli(args, { cwd });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(
        /^Error: --(out|data|id) needs a value <[a-z-]+> \(got (an empty one|only spaces)\)\n\nUsage: /,
      );
      expect(readdirSync(cwd), args.join(' ')).toEqual([]);
    }
    const inside = await cli(['build', '--data', '.', '--jobs', '1'], { cwd: dataDir });
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/^Error: The output folder output\/ \(the default\) overlaps the data folder /);
    expect(inside.stderr).not.toMatch(/bug in the tool|Cannot read/);
    expect(existsSync(path.join(dataDir, 'output'))).toBe(false);
  });

  it('EISDIR: a folder stands where an output file belongs; --debug adds the stack trace', async () => {
    const out = tempDir('cli-out-');
    mkdirSync(path.join(out, 'manifest.json'));
    const result = await cli(['build', '--data', makeDataDir(), '--out', out, '--jobs', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n').at(-1)).toBe(
      `Error: Is a folder: ${out}/manifest.json is a folder where a file belongs. Remove or rename that folder.`,
    );
    expect(result.stderr).not.toMatch(stackTrace);
    const debug = await cli(['build', '--data', makeDataDir(), '--out', out, '--jobs', '1', '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(stackTrace);
  });

  it('describes each code with its path, and nothing else', () => {
    const error = (code: string, extra: Record<string, string> = {}) => Object.assign(new Error(code), { code, path: '/x/y', ...extra });
    for (const code of ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOTDIR', 'EISDIR', 'EMFILE'])
      expect(describeFileSystemError(error(code))).toContain('/x/y');
    expect(describeFileSystemError(error('EACCES', { dest: '/x/z' }))).toContain('/x/z');
    expect(describeFileSystemError(error('ECONNRESET'))).toBeUndefined();
    expect(describeFileSystemError(new Error('plain'))).toBeUndefined();
  });
});

describe('diff', () => {
  it('an unknown ref: one clean error, exit 2', async () => {
    const { code, stdout, stderr } = await cli(['diff', '--base', 'nope']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `Error: Could not compare with "nope": it is not a commit, branch or tag of the repository in ${repoRoot}. Name one that exists (git log --oneline, git branch -a), or fetch it first (git fetch origin main).\n`,
    );
  });
});

describe('options npm swallowed, and ambiguous options', () => {
  it('refuses to run without an option npm took for itself (npm run validate --strict, the -- forgotten), saying how to pass it', async () => {
    const spec = {
      invocation: 'npm run validate --',
      summary: '',
      options: { strict: { type: 'boolean' as const, description: '' } },
      examples: [],
    };
    const npm = { npm_lifecycle_event: 'validate', npm_config_strict: 'true' };
    expect(() => parseCommand(spec, [], () => {}, npm)).toThrow(
      "npm took --strict for itself, so the command never saw it: put the command's options after --, as in npm run validate -- --strict",
    );
    // Passed after --, or not run by npm: nothing to say.
    expect(parseCommand(spec, ['--strict'], () => {}, npm)).toMatchObject({ strict: true });
    expect(parseCommand(spec, [], () => {}, { npm_config_strict: 'true' })).toEqual({});
    // As a process, under npm's environment: exit 2 with the sentence.
    const result = await cli(['validate'], { env: npm });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('npm run validate -- --strict');
  });

  it('says in words what an ambiguous option means (--sha --commit X)', async () => {
    const result = await cli(['summary', '--sha', '--commit', 'abc']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--sha needs a value, but the next word starts with a dash');
    expect(result.stderr).not.toContain('ambiguous');
  });

  it('build --help lists every exit code it can end with, 3 (the output folder is locked) included', async () => {
    expect((await cli(['build', '--help'])).stdout).toMatch(/Exit codes: 0 .*; 1 .*; 2 .*\n?.*; 3 another build holds the output folder/s);
  });
});

describe('the maintenance scripts (docs:rules, docs:fields, golden:accept)', () => {
  for (const script of ['docs-rules.mjs', 'docs-fields.mjs', 'golden-accept.mjs']) {
    it(`${script}: --help prints its usage with exit codes; an unknown option is refused with exit 2 and changes nothing`, () => {
      const run = (args: string[]) =>
        spawnSync(process.execPath, [path.join(repoRoot, 'scripts', script), ...args], { cwd: repoRoot, encoding: 'utf8' });
      const help = run(['--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/^Usage: npm run [\w:]+ -- \[options\]/);
      expect(help.stdout).toContain('Exit codes: 0 ');
      const wrong = run(['--chek']);
      expect(wrong.status).toBe(2);
      expect(wrong.stderr).toContain("Unknown option '--chek'");
    });
  }
});
