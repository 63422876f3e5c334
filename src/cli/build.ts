/**
 * npm run build-reports [-- options]: see `spec` (build-spec.ts) or --help.
 * Checks first, cheaply, whether anything is out of date; only then loads the renderers.
 */
import path from 'node:path';
import { runtime } from '../runtime.js';
import { planBuild } from '../build/incremental.js';
import { acquireBuildLock, BuildLockedError } from '../build/lock.js';
import { guardCommands, oneLine } from '../diagnostics/escape.js';
import { linkContext } from '../diagnostics/links.js';
import { buildSelection, shown, spec, upToDateLine } from './build-spec.js';
import { processInvocation, runCommand, type Invocation } from './command.js';
import { colourEnabled, painter, progressBar } from './terminal.js';

export { spec };

/** Runs the command with the process's arguments, or with those of `invocation`; returns the exit code. */
export function main(invocation: Invocation = processInvocation()): Promise<number> {
  return runCommand(
    spec,
    async (values, io, { cwd: rootDir, env, stdout, stderr }) => {
      const started = performance.now();
      const lang = values.lang ? ['--lang', values.lang as string] : [];
      const strict = values.strict === true;
      const selection = buildSelection(values, rootDir, env);
      const { outDir, dataDir } = selection;
      const { formatHuman, reportLanguage } = await import('../diagnostics/report.js');
      const language = reportLanguage(lang, env);
      const colour = colourEnabled(stderr, env);
      let planned = planBuild(selection);
      const where = `Outputs: ${shown(outDir, rootDir)}`;
      const lockOptions = {
        ...(values.wait === true ? { wait: true } : {}),
        onWait: (message: string) => io.err(`${guardCommands(message)}\n`),
      };
      if (planned.nothingToDo) {
        // "Up to date" is answered under the output folder's lock, like any build: not while another
        // build writes it (the answer would be about files being replaced).
        let lock: Awaited<ReturnType<typeof acquireBuildLock>>;
        try {
          lock = await acquireBuildLock(outDir, { ...lockOptions, heartbeatMs: 0 });
        } catch (error) {
          if (error instanceof BuildLockedError) {
            io.err(`${guardCommands(error.message)}\n`);
            return 3;
          }
          throw error;
        }
        try {
          if (lock.waited) planned = planBuild(selection);
          if (planned.nothingToDo) {
            if (!strict) {
              io.out(`${upToDateLine(outDir, started, rootDir)}\n`);
              return 0;
            }
            // --strict asks whether there are warnings, which the outputs being current does not answer.
            const { validateOnly } = await import('./validate-only.js');
            const diagnostics = validateOnly(rootDir, dataDir);
            if (diagnostics.length > 0) io.err(`${formatHuman(diagnostics, language, { colour, links: linkContext(env, rootDir) })}\n`);
            io.out(`${upToDateLine(outDir, started, rootDir)}\n`);
            // Notes never fail: only errors (which a current build cannot have) and warnings.
            const failing = diagnostics.filter((d) => d.severity !== 'note').length;
            if (failing > 0) {
              io.err(`--strict: ${failing} warning(s) fail the build, although its outputs are up to date.\n`);
              return 1;
            }
            return 0;
          }
        } finally {
          lock.release();
        }
      }
      const { buildReports, buildDateFromEnv } = await import('../build/pipeline.js');
      const jobs = values.jobs as string | undefined;
      const total = planned.stale.length;
      const bar = stderr.isTTY === true;
      const paint = painter(colourEnabled(stdout, env));
      let done = 0;
      if (bar) io.err(progressBar(0, total));
      let result: Awaited<ReturnType<typeof buildReports>>;
      try {
        result = await buildReports(
          {
            ...selection,
            strict,
            buildDate: buildDateFromEnv(env),
            sharedCaches: env.PLAN_BRIEFS_NO_SHARED_CACHES !== '1',
            ...(jobs ? { jobs: Number(jobs) } : {}),
            ...lockOptions,
            onEditionWritten: (folder, files) => {
              done++;
              if (bar) io.err('\r\u001b[K');
              io.out(
                `${paint('green', '✓')} ${oneLine(folder)} → ${oneLine(shown(path.join(outDir, folder), rootDir))} (${files.length} files)\n`,
              );
              if (bar && done < total) io.err(progressBar(done, total));
            },
          },
          planned,
        );
      } catch (error) {
        // Another build holds the output folder and --wait was not given: say so, exit 3.
        if (error instanceof Error && error.name === 'BuildLockedError') {
          io.err(`${guardCommands(error.message)}\n`);
          return 3;
        }
        throw error;
      }
      if (bar) io.err('\r\u001b[K');
      if (result.diagnostics.length > 0)
        io.err(`${formatHuman(result.diagnostics, language, { colour, links: linkContext(env, rootDir) })}\n`);
      if (!result.ok) {
        io.err(
          `Build stopped: validation failed. Nothing was written; previous outputs are unchanged. Outputs: ${shown(outDir, rootDir)}\n`,
        );
        return 1;
      }
      const ms = Math.round(performance.now() - started);
      const skipped = result.upToDate.length > 0 ? `; ${result.upToDate.length} up to date` : '';
      io.out(
        `Built ${result.built.length} edition(s)${skipped}, wrote ${result.written.length} file(s) in ${ms} ms; peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB. ${where}\n`,
      );
      // A build that rendered has compiled the rendering code: the next process can start from it.
      runtime.saveCodeCache?.();
      return 0;
    },
    invocation,
    { onFailure: 'Build failed; files already complete were kept, nothing is half-written.' },
  );
}
