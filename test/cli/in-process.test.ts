import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDataDir, minimalEditionDir, tempDir } from '../helpers.js';
import { runCommand, spawnCommand as spawned } from '../run-command.js';

// Most command tests run commands in the test's process (test/run-command.ts). That is a fair test
// only while a command run there says and does what the program run by npm does: compare them.
// Timings ("in 812 ms") differ from run to run.
const timeless = (text: string) => text.replace(/\d+ ms/g, 'N ms').replace(/peak memory \d+ MB/g, 'peak memory N MB');

describe('a command run in the test process answers as the program npm runs', () => {
  it.each([
    [['validate']],
    [['validate', '--format', 'json']],
    [['build', '--help']],
    [['build', '--jobs', '0']],
    [['build', '--edition', 'binjang-2025', '--out', '/nonexistent-out']],
    [['summary', '--lang', 'zh-CN']],
    [['diff']],
  ])('%j', async (args) => {
    const here = await runCommand(args);
    const there = spawned(args);
    expect({ ...here, stdout: timeless(here.stdout) }).toEqual({ code: there.code, stdout: timeless(there.stdout), stderr: there.stderr });
  });

  it('a build: the same lines and files, and then "Up to date" from the answer before loading', async () => {
    const dataDir = makeDataDir([minimalEditionDir]);
    const [outHere, outThere] = [tempDir('in-process-'), tempDir('spawned-')];
    const here = await runCommand(['build', '--data', dataDir, '--out', outHere, '--jobs', '1']);
    const there = spawned(['build', '--data', dataDir, '--out', outThere, '--jobs', '1']);
    expect(here.code).toBe(0);
    const lines = (r: { stdout: string }, out: string) => timeless(r.stdout).replaceAll(out, 'OUT').split('\n');
    expect(lines(here, outHere)).toEqual(lines(there, outThere));
    const files = (out: string) => readdirSync(out, { recursive: true }).map(String).sort();
    expect(files(outHere)).toEqual(files(outThere));
    const again = await runCommand(['build', '--data', dataDir, '--out', outHere]);
    expect(again).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Up to date: nothing changed/) });
  });
});
