/**
 * The preview server behind `npm run preview`: the HTML brief of each edition and locale, rebuilt
 * when a file under data/ or templates/ is saved, with a reload pushed to the open page by
 * server-sent events. While the edition has errors, the page shows them instead of a stale brief.
 *
 *   save ──fs.watch──▶ affected editions (one edition folder, or all for shared files/templates)
 *        ──validate──▶ errors? page of diagnostics : shown locale's HTML first ──SSE──▶ reload
 *        ──then──▶ the edition's other files (PDF, workbook …) in memory, on demand
 *
 * Everything the preview makes is held in memory and served from there: it writes no file, so
 * stopping it (Ctrl-C) leaves nothing behind. Requests are served only from that in-memory output
 * folder; a path that leaves it (`/../package.json`) is refused. Only requests addressed to loopback
 * by name and port are answered (421 otherwise): a page on another site whose name is made to
 * resolve to 127.0.0.1 (DNS rebinding) cannot read draft briefs through the reader's browser.
 */
import http from 'node:http';
import { watch } from 'chokidar';
import path from 'node:path';
import { createRenderCaches, renderEdition, type RenderCaches } from '../build/edition.js';
import { escapeHtml, prepareLocale, renderFormat } from '../build/formats.js';
import { prepareEdition, prepareShared } from '../build/prepare.js';
import { DiagnosticSink, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { guideIn, guideUrl, linkContext } from '../diagnostics/links.js';
import { rules } from '../diagnostics/rules.js';
import { oneLine } from '../diagnostics/escape.js';
import { listEditionFolders } from '../load/dataset.js';
import { locales, type Locale } from '../model/format.js';
import type { Plan } from '../model/plan.js';
import type { UiStrings } from '../present/strings.js';
import type { UnitsFile } from '../dataset/schema.js';

export interface PreviewOptions {
  readonly rootDir: string;
  readonly dataDir: string;
  /** 0: any free port. */
  readonly port: number;
  readonly buildDate: Date;
  /** Told about each rebuild (one line). */
  readonly log?: (line: string) => void;
  /** Milliseconds of quiet after a save before rebuilding (editors write a file in several steps). */
  readonly debounceMs?: number;
}

export interface PreviewServer {
  readonly url: string;
  /** Resolves when every rebuild asked for so far is done. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

type Failed = { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };
type Checked =
  | Failed
  | {
      readonly ok: true;
      readonly plan: Plan;
      readonly units: UnitsFile;
      readonly strings: ReadonlyMap<Locale, UiStrings>;
      readonly warnings: readonly Diagnostic[];
    };

interface EditionState {
  checked?: Checked;
  readonly pages: Map<Locale, string>;
  /** The files beside each page (its web fonts), by path under the output folder, made with the page. */
  readonly besidePages: Map<string, Uint8Array | string>;
  /** Every artifact of the edition by path under the output folder, once rendered. */
  files?: Promise<Map<string, Uint8Array | string>>;
}

const mime: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
};

/** Whether a request path stays inside the output folder: no `..` segment, no NUL, no backslash, decodable. */
export function safeRequestPath(raw: string): string[] | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw.split(/[?#]/)[0] ?? '/');
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || /[\0\\]/.test(decoded)) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return undefined;
  return segments;
}

/** The names of this machine's loopback interface a browser may send as Host. */
const loopbackNames = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether a Host header names loopback with the preview's port (`127.0.0.1:8123`, `localhost:8123`, `[::1]:8123`). */
export function allowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const match = /^(\[::1\]|[A-Za-z0-9.]+):(\d{1,5})$/.exec(host);
  return match !== null && loopbackNames.has(match[1]!.toLowerCase()) && Number(match[2]) === port;
}

/** Every Host header of a request, as sent (rawHeaders lists names and values in turn). */
export function hostHeaders(rawHeaders: readonly string[]): string[] {
  const hosts: string[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) if (rawHeaders[i]!.toLowerCase() === 'host') hosts.push(rawHeaders[i + 1]!);
  return hosts;
}

/** A folder name as one segment of a link: every character a URL gives a meaning to is encoded. */
const linkSegment = (name: string) => escapeHtml(encodeURIComponent(name));

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const { rootDir, dataDir, buildDate } = options;
  const log = options.log ?? (() => {});
  const states = new Map<string, EditionState>();
  let caches: RenderCaches = createRenderCaches();
  let shown: { edition: string; locale: Locale } | undefined;
  const clients = new Set<http.ServerResponse>();
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work).catch((error: unknown) => log(`preview: ${error instanceof Error ? error.message : String(error)}`));
    return queue;
  };

  const stateOf = (edition: string) => {
    let state = states.get(edition);
    if (!state) states.set(edition, (state = { pages: new Map(), besidePages: new Map() }));
    return state;
  };

  /** Loads and validates the shared files and one edition, and models it, as the build does. */
  const check = (edition: string): Checked => {
    const sink = new DiagnosticSink();
    const options = { dataDir, rootDir };
    const shared = prepareShared(options, sink);
    const prepared = prepareEdition(edition, shared, options, sink);
    const errors = sink.items.filter((d) => d.severity === 'error');
    if (errors.length > 0 || !prepared || !shared.complete) return { ok: false, diagnostics: errors.length > 0 ? errors : sink.items };
    const warnings = sink.items.filter((d) => d.file.includes(`/editions/${edition}/`));
    return { ok: true, plan: prepared.plan(), units: shared.complete.units, strings: shared.complete.strings, warnings };
  };

  /** The edition's HTML brief in one locale (or its diagnostics), made if not yet made. */
  const page = async (edition: string, locale: Locale): Promise<Failed | string> => {
    const state = stateOf(edition);
    state.checked ??= check(edition);
    const checked = state.checked;
    if (!checked.ok) return checked;
    const made = state.pages.get(locale);
    if (made !== undefined) return made;
    const sink = new DiagnosticSink();
    // The page needs the SVGs only: no PNG is rasterised or encoded (they come with the edition's other files).
    const services = { sink, caches, chartImages: false };
    const context = { rootDir, units: checked.units, strings: checked.strings.get(locale)!, buildDate };
    const prepared = await prepareLocale(checked.plan, locale, context, services);
    const files = sink.errorCount === 0 ? await renderFormat('brief-html', prepared, services) : [];
    const html = files.find((f) => f.path === `${locale}/brief.html`)?.bytes;
    if (typeof html !== 'string' || sink.errorCount > 0) {
      const failed: Failed = { ok: false, diagnostics: sink.items.filter((d) => d.severity === 'error') };
      state.checked = failed;
      return failed;
    }
    state.pages.set(locale, html);
    for (const file of files) if (file.path !== `${locale}/brief.html`) state.besidePages.set(file.path, file.bytes);
    return html;
  };

  /** Every file of the edition (PDF, workbook, charts, plan.json), rendered once per version, in memory. */
  const files = (edition: string): Promise<Map<string, Uint8Array | string>> => {
    const state = stateOf(edition);
    state.files ??= (async () => {
      state.checked ??= check(edition);
      const checked = state.checked;
      if (!checked.ok) return new Map();
      const sink = new DiagnosticSink();
      const artifacts = await renderEdition(
        checked.plan,
        { rootDir, units: checked.units, strings: checked.strings, buildDate, caches },
        sink,
      );
      return new Map(artifacts.map((a) => [a.path, a.bytes]));
    })();
    return state.files;
  };

  const notify = (edition: string) => {
    for (const client of clients) client.write(`event: reload\ndata: ${JSON.stringify(edition)}\n\n`);
  };

  /** After a save: forget what the change affects, rebuild the shown page first, and reload it. */
  const rebuild = (editions: readonly string[], templatesChanged: boolean) =>
    enqueue(async () => {
      const started = performance.now();
      if (templatesChanged) caches = createRenderCaches();
      for (const edition of editions) states.delete(edition);
      const ordered =
        shown && editions.includes(shown.edition) ? [shown.edition, ...editions.filter((e) => e !== shown!.edition)] : [...editions];
      for (const edition of ordered) {
        const locale = shown?.edition === edition ? shown.locale : locales[0];
        const result = await page(edition, locale);
        const ms = Math.round(performance.now() - started);
        log(
          typeof result === 'string'
            ? `${oneLine(edition)}/${locale}: rebuilt in ${ms} ms`
            : `${oneLine(edition)}: ${result.diagnostics.length} problem(s), shown on the page (${ms} ms)`,
        );
        notify(edition);
      }
    });

  // Saves: one edition's folder affects that edition; anything else under data/ or templates/ affects all.
  let pending: { editions: Set<string>; templates: boolean } | undefined;
  let timer: NodeJS.Timeout | undefined;
  const changed = (root: 'data' | 'templates', file: string | null) => {
    const parts = (file ?? '').split(/[\\/]/);
    pending ??= { editions: new Set(), templates: false };
    if (root === 'templates') pending.templates = true;
    if (root === 'data' && parts[0] === 'editions' && parts[1]) pending.editions.add(parts[1]);
    else for (const e of listEditionFolders(dataDir)) pending.editions.add(e);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const { editions, templates } = pending!;
      pending = undefined;
      const existing = listEditionFolders(dataDir);
      for (const e of editions) if (!existing.includes(e)) states.delete(e);
      void rebuild(
        [...editions].filter((e) => existing.includes(e)),
        templates,
      );
    }, options.debounceMs ?? 25);
  };
  // chokidar, not fs.watch: Node 20's recursive fs.watch loses a file after a save that replaces it
  // (a temporary file renamed over it: sed -i, vim, JetBrains "safe write"); chokidar's atomic-save
  // handling follows it (three such saves in a row are tested).
  const templatesDir = path.join(rootDir, 'templates');
  // Links are watched as links, never followed: nothing under data/ may lead out of it (validation
  // says so), and a link under attachments/ to / had the preview walk and watch the whole disk
  // before it answered. A change to the target of a link inside data/ is seen at the target.
  const watcher = watch([dataDir, templatesDir], { ignoreInitial: true, atomic: true, followSymlinks: false });
  watcher.on('all', (_event, file) => {
    const inData = path.relative(dataDir, file);
    if (!inData.startsWith('..') && !path.isAbsolute(inData)) changed('data', inData);
    else changed('templates', path.relative(templatesDir, file));
  });
  // A watched folder removed or unreadable: said once, and the server goes on serving what it has.
  watcher.on('error', (error) =>
    log(
      `preview: stopped watching a folder (${error instanceof Error ? error.message : String(error)}); restart the preview to watch it again`,
    ),
  );
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  // The port listened on (known once listening; requests arrive only after that).
  let port = options.port;
  const server = http.createServer((request, response) => {
    void respond(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`The preview failed: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });

  const respond = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const send = (status: number, type: string, body: string | Uint8Array) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      response.end(body);
    };
    // Node keeps the first of several Host headers and drops the rest; a proxy or a cache in front
    // may read another one. HTTP/1.1 allows exactly one (RFC 9112, 3.2): any other count is refused.
    const hosts = hostHeaders(request.rawHeaders);
    if (hosts.length !== 1) {
      return send(
        400,
        'text/plain; charset=utf-8',
        `Refused: a request must carry exactly one Host header; this one has ${hosts.length}.\n`,
      );
    }
    if (!allowedHost(hosts[0], port)) {
      return send(
        421,
        'text/plain; charset=utf-8',
        `Refused: the preview answers only http://127.0.0.1:${port}/, http://localhost:${port}/ and http://[::1]:${port}/.\n`,
      );
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'text/plain; charset=utf-8', 'Only GET.\n');
    const segments = safeRequestPath(request.url ?? '/');
    if (!segments) return send(403, 'text/plain; charset=utf-8', 'Refused: the path leaves the output folder.\n');
    const editions = listEditionFolders(dataDir);
    if (segments.length === 0) return send(200, mime['.html']!, indexPage(editions));
    if (segments.length === 1 && segments[0] === 'events') {
      // HEAD ends after the headers: a stream opened for it was held for ever.
      if (request.method === 'HEAD') return send(200, 'text/event-stream', '');
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': connected\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    const [edition, second, name] = segments;
    if (!edition || !editions.includes(edition)) return send(404, 'text/plain; charset=utf-8', 'No such edition.\n');
    const locale = locales.find((l) => l === second);
    if (locale && segments.length <= 3 && (name === undefined || name === 'brief.html')) {
      shown = { edition, locale };
      let result: Failed | string | undefined;
      await enqueue(async () => {
        result = await page(edition, locale);
      });
      if (result === undefined) return send(500, 'text/plain; charset=utf-8', 'The preview failed; see the terminal.\n');
      const body =
        typeof result === 'string'
          ? withPreviewBar(result, edition, locale)
          : errorPage(result.diagnostics, edition, locale, linkContext(process.env, rootDir));
      return send(200, mime['.html']!, body);
    }
    // A page's fonts come with the page; anything else with the edition's other files.
    const wanted = segments.slice(1).join('/');
    const artifact = stateOf(edition).besidePages.get(wanted) ?? (await files(edition)).get(segments.join('/'));
    if (artifact === undefined) return send(404, 'text/plain; charset=utf-8', 'Not in the output folder.\n');
    return send(200, mime[path.extname(segments.at(-1)!)] ?? 'application/octet-stream', artifact);
  };

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    // Nothing may keep the process alive after a failed start (a taken port): the watcher stops too.
    await watcher.close();
    throw error;
  }
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : options.port;

  return {
    url: `http://127.0.0.1:${port}/`,
    idle: async () => {
      // A save may still be in its quiet period; then the rebuild it starts.
      while (timer !== undefined && pending !== undefined) await new Promise((r) => setTimeout(r, 5));
      await queue;
    },
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
      for (const client of clients) client.end();
      clients.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await queue;
    },
  };
}

// The page's reload: when the shown edition is rebuilt, fetch it again (kept outside the brief's own markup).
const reloadScript = (edition: string) =>
  `<script>new EventSource('/events').addEventListener('reload', (e) => { if (JSON.parse(e.data) === ${JSON.stringify(edition).replace(/[<\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}) location.reload(); });</script>`;

const barStyle =
  '<style>.preview-bar{font:14px/1.4 system-ui,sans-serif;background:#0b4f8a;color:#fff;padding:.4rem .75rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem}.preview-bar a{color:#fff}</style>';

function previewBar(edition: string, locale: Locale): string {
  const other = locales.find((l) => l !== locale)!;
  const e = linkSegment(edition);
  return (
    `${barStyle}<div class="preview-bar" role="navigation" aria-label="Preview" lang="en"><span>Preview: ${escapeHtml(oneLine(edition))} · ${locale}</span>` +
    `<a href="/${e}/${locale}/brief.pdf">PDF</a><a href="/${e}/${locale}/workbook.xlsx">Workbook</a><a href="/${e}/${other}/">${other}</a><a href="/">All editions</a></div>`
  );
}

function withPreviewBar(html: string, edition: string, locale: Locale): string {
  return html
    .replace(/<body([^>]*)>/, (open) => `${open}\n${previewBar(edition, locale)}`)
    .replace('</body>', `${reloadScript(edition)}\n</body>`);
}

function indexPage(editions: readonly string[]): string {
  const items = editions
    .map((e) => `<li>${escapeHtml(oneLine(e))}: ${locales.map((l) => `<a href="/${linkSegment(e)}/${l}/">${l}</a>`).join(' · ')}</li>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Preview</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><h1>Preview</h1><ul>${items || '<li>No edition under data/editions/.</li>'}</ul></body></html>`;
}

/** The edition's problems, as `npm run validate` prints them: file:line:column, rule, message, what to do, link. */
export function errorPage(
  diagnostics: readonly Diagnostic[],
  edition: string,
  locale: Locale,
  links: ReturnType<typeof linkContext>,
): string {
  const zh = locale === 'zh-CN';
  const items = sortDiagnostics(diagnostics)
    .map((d) => {
      const rule = rules[d.ruleId];
      const link = guideUrl(guideIn(d.url, locale), links);
      return (
        `<li class="diagnostic"><p><code class="where">${escapeHtml(`${d.file}:${d.place.line}:${d.place.column}`)}</code> <strong>${escapeHtml(d.severity)}</strong> ` +
        `<code class="rule">${escapeHtml(d.ruleId)}</code></p><p class="message">${escapeHtml(zh ? d.messageZh : d.message)}</p>` +
        `<p class="fix">${escapeHtml(rule.fix[zh ? 'zh' : 'en'])} <a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p></li>`
      );
    })
    .join('');
  // A folder's name as one visible line (bidi controls and look-alikes by their code), as the terminal shows it.
  const name = oneLine(edition);
  const title = zh ? `${name}：数据有误，简报未更新` : `${name}: the data has errors; the brief is not shown`;
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;max-width:52rem;margin:1rem auto;padding:0 1rem">${previewBar(edition, locale)}<main><h1>${escapeHtml(title)}</h1>` +
    `<ul class="diagnostics">${items}</ul></main>${reloadScript(edition)}</body></html>`
  );
}
