/**
 * Every command's options, usage and examples (except the build's, in build-spec.ts), apart from
 * the commands themselves: light on purpose, so that the small bundle that answers before the
 * program loads (src/front.ts) can print --help and --version and refuse a usage mistake without
 * loading the 7 MB program.
 */
import { type CommandSpec, isWholeNumber, wholeNumber } from './args.js';
import { spec as buildSpec } from './build-spec.js';
import { summaryByteBudget, summaryListLimit } from '../diagnostics/markdown-budget.js';

export const validateSpec: CommandSpec = {
  invocation: 'npm run validate --',
  summary:
    'Checks the data under data/ without building: every problem as file:line:column severity message rule-id,\n' +
    'then what to do and a link to its section of CONTRIBUTING.md. Under GitHub Actions it also writes annotations\n' +
    '(in the language of --lang), with --base only on the lines changed since that commit.',
  options: {
    strict: { type: 'boolean', description: 'warnings fail too (exit 1); notes never fail' },
    release: {
      type: 'boolean',
      description: 'refuse an unfinished edition too (exit 1): a result pending or an item still marked drafted (the release runs this)',
    },
    format: { type: 'string', value: '<format>', choices: ['human', 'json'], description: 'output format (default: human)' },
    lang: {
      type: 'string',
      value: '<language>',
      choices: ['en', 'zh-CN'],
      description: 'language of the messages (default: from the system locale)',
    },
    data: { type: 'string', value: '<dir>', description: 'the data folder (default: data)' },
    base: {
      type: 'string',
      value: '<ref>',
      description: 'annotate (under GitHub Actions) only the lines changed since this git ref; the rest are counted in one annotation',
    },
    commit: { type: 'string', value: '<commit>', description: 'the commit that guide links point at (default: GITHUB_SHA)' },
  },
  examples: [
    'npm run validate                    # check the data; exit 1 on errors',
    'npm run validate -- --strict        # warnings fail too',
    'npm run validate -- --release       # an edition with results pending or drafted items fails too',
    'npm run validate -- --lang zh-CN    # messages in Chinese',
    'npm run validate -- --format json   # machine-readable diagnostics',
  ],
  notes: [
    'Severities: error (always fails), warning (fails with --strict), note (a difference within published rounding, or one the',
    "data acknowledges: printed and listed in the reports' notes, never failing).",
    'Exit codes: 0 no errors (no warnings, with --strict; no unfinished edition, with --release); 1 problems found;',
    '2 a usage error or a failure of the tool.',
  ],
};

export const benchSpec: CommandSpec = {
  invocation: 'npm run bench --',
  summary:
    'Times each stage of building the default edition in one process, then whole build processes (cold and no-op),\n' +
    'then, with --editions, that many generated editions built cold. Prints medians, minimums and maximums (ms).',
  options: {
    runs: { type: 'string', value: '<N>', description: 'in-process runs after one warm-up (default: 7)', check: wholeNumber(1) },
    'process-runs': {
      type: 'string',
      value: '<N>',
      description: 'whole-process builds of each kind (default: 5; 0 skips them)',
      check: wholeNumber(0),
    },
    editions: {
      type: 'string',
      value: '<counts>',
      description: 'also build this many generated editions, cold, e.g. 100,200',
      check: (v) =>
        /^\d+(,\d+)*$/.test(v) && v.split(',').every((n) => isWholeNumber(n) && Number(n) > 0)
          ? undefined
          : `takes counts ≥ 1 separated by commas (each at most ${Number.MAX_SAFE_INTEGER}), for example --editions 100,200`,
    },
    'preview-runs': {
      type: 'string',
      value: '<N>',
      description: 'edit-to-preview runs of npm run preview, warm (default: 7; 0 skips them)',
      check: wholeNumber(0),
    },
    json: { type: 'boolean', description: 'print the results as JSON' },
  },
  examples: ['npm run bench', 'npm run bench -- --runs 1 --process-runs 3 --editions 100,200', 'npm run bench -- --json > bench.json'],
};

export const diffSpec: CommandSpec = {
  invocation: 'npm run diff --',
  summary:
    'What your change did to the data, against a git ref, as Markdown: per edition, every figure changed (id, label,\n' +
    'old → new as published, each with its unit, and what changed: value, unit or written decimals), added or removed,\n' +
    'every text, source phrase and line of source.txt changed (as its changed words), targets whose status flipped,\n' +
    'and changes to data/validation.yaml (rule by rule), units.yaml and glossary.yaml. An edition that does not\n' +
    'validate is listed with its errors.',
  options: {
    base: { type: 'string', value: '<ref>', description: 'the git ref to compare with (a branch, tag or commit); required' },
  },
  examples: [
    'npm run diff -- --base origin/main   # what this branch changed',
    'npm run diff -- --base HEAD          # what is not committed yet',
  ],
  notes: ['Exit codes: 0 compared; 1 an edition does not validate in the working tree; 2 a usage error or an unknown ref.'],
};

export const summarySpec: CommandSpec = {
  invocation: 'npm run summary --',
  summary:
    'Writes the job summary (Markdown, to stdout): validation messages, headline figures of each edition, data\n' +
    'changes against a base and the artifact names. Links are absolute under GitHub Actions (GITHUB_SERVER_URL,\n' +
    `GITHUB_REPOSITORY, GITHUB_SHA). Each list shows its first ${summaryListLimit} items, and the whole stays under ${summaryByteBudget / 1000} KB\n` +
    '(GitHub drops a step summary over 1 MiB); validate and diff list everything.',
  options: {
    base: { type: 'string', value: '<ref>', description: 'also list the data changes against this git ref' },
    sha: {
      type: 'string',
      value: '<commit>',
      description: "the commit whose artifacts to name (reports-<edition>-<commit>; a pull request's head commit)",
    },
    commit: { type: 'string', value: '<commit>', description: 'the commit that file links point at (default: GITHUB_SHA)' },
    lang: { type: 'string', value: '<language>', choices: ['en', 'zh-CN'], description: 'language of the summary (default: en)' },
  },
  examples: [
    'npm run --silent summary -- --base origin/main --sha "$GITHUB_SHA" >> "$GITHUB_STEP_SUMMARY"',
    'npm run --silent summary -- --base HEAD~1 --commit "$(git rev-parse HEAD)"',
    'npm run --silent summary -- --lang zh-CN',
  ],
};

export const mergeManifestsSpec: CommandSpec = {
  invocation: 'npm run merge-manifests --',
  summary:
    'After a sharded build (build-reports --shard k/n on several machines, their output folders copied into one),\n' +
    'merges manifest-shard-k-of-n.json into manifest.json, checking every artifact against its sha256.',
  options: {
    out: { type: 'string', value: '<dir>', description: 'the output folder holding the shard manifests (default: output)' },
  },
  examples: ['npm run merge-manifests', 'npm run merge-manifests -- --out /tmp/all-shards'],
  notes: ['Exit codes: 0 merged; 1 an artifact is missing or differs; 2 a usage error or no shard manifests.'],
};

export const previewSpec: CommandSpec = {
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

export const newEditionSpec: CommandSpec = {
  invocation: 'npm run new-edition --',
  summary:
    "Starts next year's edition from this year's: edition.yaml carried with its years advanced and its title marked\n" +
    "as a draft (drafted: true), and this year's main targets (plan-targets.yaml) as next year's review targets,\n" +
    'each with its kind, bound, strive, relative reading, indicator and label, its result pending (actual: pending).\n' +
    "Last year's source.txt is carried until this year's report replaces it. Nothing is written when the input is wrong.",
  options: {
    from: { type: 'string', value: '<edition>', description: 'the edition to start from (a folder of data/editions); required' },
    id: { type: 'string', value: '<new-id>', description: 'the new edition id and folder name, such as binjiang-2026; required' },
    data: { type: 'string', value: '<dir>', description: 'the data folder (default: data)' },
    strict: { type: 'boolean', description: 'exit 1 when the new edition has warnings (it has: results pending, draft marks)' },
  },
  examples: ['npm run new-edition -- --from binjiang-2025 --id binjiang-2026'],
  notes: [
    'Exit codes: 0 written, and it validates (its warnings list what the editor still has to do); 1 written, but it',
    'has errors (or warnings, with --strict); 2 a usage error, or bad input: nothing written.',
  ],
};

export const draftSpec: CommandSpec = {
  invocation: 'npm run draft --',
  summary:
    "Drafts an edition from a report's text: headline results, review targets with their results and completion rates,\n" +
    'the main and work targets of the plan, and the sections with their quantified results, each quoting the phrase it\n' +
    'came from and marked drafted: true. Labels are in Chinese, from the text; the English ones are left for the editor.\n' +
    'Validation refuses the edition (--strict, release) until every mark is removed. Never writes over an edition.',
  options: {
    source: {
      type: 'string',
      value: '<report.txt>',
      description: "the report's full text, UTF-8 (copied into the edition as source.txt); required",
    },
    id: { type: 'string', value: '<new-id>', description: 'the new edition id and folder name, such as xihu-2025; required' },
    data: { type: 'string', value: '<dir>', description: 'the data folder (default: data)' },
    compare: {
      type: 'string',
      value: '<edition>',
      description: 'also count how many of the figures of this edition (entered by hand from the same text) the draft finds',
    },
    'dry-run': { type: 'boolean', description: 'read and count only; write nothing' },
  },
  examples: [
    'npm run draft -- --source ~/reports/xihu-2025.txt --id xihu-2025',
    'npm run draft -- --source data/editions/binjiang-2025/source.txt --id check --dry-run --compare binjiang-2025',
  ],
  notes: [
    'Exit codes: 0 drafted (the new edition has errors until translated, and warnings until confirmed); 2 a usage error,',
    'or bad input (an existing id, a text that is not UTF-8, empty, or holds no figure): nothing written.',
  ],
};

/** The commands' specs by command name, the build's included. */
export const commandSpecs: Readonly<Record<string, CommandSpec>> = {
  build: buildSpec,
  validate: validateSpec,
  bench: benchSpec,
  diff: diffSpec,
  summary: summarySpec,
  'merge-manifests': mergeManifestsSpec,
  preview: previewSpec,
  'new-edition': newEditionSpec,
  draft: draftSpec,
};
