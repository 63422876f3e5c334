/**
 * npm run preview [-- options]: a local preview of the HTML briefs that rebuilds on save
 * (src/cli/preview-server.ts). Bound to 127.0.0.1 only; Ctrl-C stops it, leaving no file behind.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildDateFromEnv } from '../build/pipeline.js';
import { UsageError, type CommandSpec } from './args.js';
import { runCommand } from './command.js';

export const spec: CommandSpec = {
  invocation: 'npm run preview --',
  summary:
    'Serves the HTML brief of every edition and locale on http://127.0.0.1 (this machine only), with an index page.\n' +
    'Saving a file under data/ or templates/ validates and rebuilds the edition it affects (the shown language first)\n' +
    'and reloads the open page; while the data has errors, the page lists them instead of the brief. The PDF and the\n' +
    'workbook are a click away. Everything is made in memory: nothing is written to output/.',
  options: {
    port: {
      type: 'string',
      value: '<port>',
      description: 'the port to listen on (default: 4173; 0 picks a free one)',
      check: (v) => (/^\d+$/.test(v) && Number(v) <= 65535 ? undefined : 'must be a port number from 0 to 65535'),
    },
    open: { type: 'boolean', description: 'open the index page in the default browser' },
    data: { type: 'string', value: '<dir>', description: 'the data folder (default: data)' },
  },
  examples: [
    'npm run preview                      # http://127.0.0.1:4173/',
    'npm run preview -- --open            # and open it in the browser',
    'npm run preview -- --port 8080 --data /tmp/data-copy',
  ],
  notes: ['Ctrl-C stops the server. Exit codes: 0 stopped; 2 a usage error or the port is taken.'],
};

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`Could not open a browser; open ${url} yourself.\n`));
  child.unref();
}

/** Runs the command; scripts/run.mjs calls this with process.argv set. */
export async function main(): Promise<void> {
  await runCommand(spec, async (values, io) => {
    const rootDir = process.cwd();
    const dataDir = path.resolve(rootDir, (values.data as string | undefined) ?? 'data');
    if (!existsSync(dataDir) || !statSync(dataDir).isDirectory())
      throw new UsageError(`no data folder at ${dataDir} (choose one with --data)`);
    const port = values.port === undefined ? 4173 : Number(values.port);
    const { startPreview } = await import('./preview-server.js');
    let server: Awaited<ReturnType<typeof startPreview>>;
    try {
      server = await startPreview({ rootDir, dataDir, port, buildDate: buildDateFromEnv(process.env), log: (line) => io.out(`${line}\n`) });
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
  });
}
