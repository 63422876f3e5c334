/**
 * npm run preview [-- options]: a local preview of the HTML briefs that rebuilds on save
 * (src/cli/preview-server.ts). Bound to 127.0.0.1 only; Ctrl-C stops it, leaving no file behind.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildDateFromEnv } from '../build/pipeline.js';
import { UsageError } from './args.js';
import { requireDataFolder } from './build-spec.js';
import { processInvocation, runCommand, type Invocation } from './command.js';
import { previewSpec as spec } from './specs.js';

export { previewSpec as spec } from './specs.js';

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`Could not open a browser; open ${url} yourself.\n`));
  child.unref();
}

/** Runs the command with the process's arguments, or with those of `invocation`; returns the exit code. */
export function main(invocation: Invocation = processInvocation()): Promise<number> {
  return runCommand(
    spec,
    async (values, io, { cwd: rootDir, env }) => {
      const dataDir = path.resolve(rootDir, (values.data as string | undefined) ?? 'data');
      requireDataFolder(dataDir);
      const port = values.port === undefined ? 4173 : Number(values.port);
      const { startPreview } = await import('./preview-server.js');
      let server: Awaited<ReturnType<typeof startPreview>>;
      try {
        server = await startPreview({ rootDir, dataDir, port, buildDate: buildDateFromEnv(env), log: (line) => io.out(`${line}\n`) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
          throw new UsageError(
            `Port ${port} is taken: another program (perhaps another preview) listens on it. Stop it, or choose another port with --port, for example npm run preview -- --port ${port === 4173 ? 4174 : 4173} (--port 0 picks a free one).`,
          );
        throw error;
      }
      io.out(`Preview on ${server.url} (Ctrl-C stops it)\n`);
      if (values.open === true) openInBrowser(server.url);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      io.out('Preview stopped.\n');
      return 0;
    },
    invocation,
  );
}
