import { describe, expect, it } from 'vitest';
import { usage } from '../../src/cli/args.js';
import { answerBeforeLoading } from '../../src/cli/before-loading.js';
import { commandSpecs } from '../../src/cli/specs.js';
import { tempDir } from '../helpers.js';

function answer(command: string | undefined, args: string[]) {
  let out = '';
  let err = '';
  const code = answerBeforeLoading(
    command,
    args,
    tempDir(),
    { PATH: process.env.PATH },
    {
      out: (text) => {
        out += text;
      },
      err: (text) => {
        err += text;
      },
    },
  );
  return { code, out, err };
}

describe('answered before the program loads (dist/front.cjs)', () => {
  it.each(Object.keys(commandSpecs))('%s: --help and --version are answered with exit 0, a usage mistake with exit 2', (command) => {
    const spec = commandSpecs[command];
    expect(answer(command, ['--help'])).toEqual({ code: 0, out: `${usage(spec!)}\n`, err: '' });
    expect(answer(command, ['--version'])).toMatchObject({ code: 0, out: expect.stringMatching(/^plan-briefs \d+\.\d+\.\d+ /), err: '' });
    const bogus = answer(command, ['--bogus']);
    expect(bogus).toMatchObject({ code: 2, out: '' });
    expect(bogus.err).toBe(`Error: unknown option --bogus\n\n${usage(spec!)}\n`);
  });

  it('leaves everything else to the program: valid options, the worker, no command, an unknown or inherited name', () => {
    expect(answer('validate', ['--strict']).code).toBeUndefined();
    expect(answer('diff', ['--base', 'HEAD']).code).toBeUndefined();
    expect(answer('worker', []).code).toBeUndefined();
    expect(answer(undefined, []).code).toBeUndefined();
    expect(answer('toString', ['--help']).code).toBeUndefined();
    expect(answer('constructor', []).code).toBeUndefined();
  });

  it('a build with work to do is not answered (the up-to-date answer needs built outputs)', () => {
    expect(answer('build', []).code).toBeUndefined();
  });

  it('prints a value from the command line guarded: no control character reaches the terminal', () => {
    const { code, err } = answer('validate', ['--lang', 'x\u001b]0;title\u0007\n::stop-commands::y']);
    expect(code).toBe(2);
    expect(err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/u);
    expect(err).not.toMatch(/^::/mu);
  });
});
