/**
 * The layers of src/ and what each may import (checked in `npm test` by test/architecture):
 *
 *   diagnostics ← dataset ← load ← validate
 *                 dataset ← model ← present ← charts | brief | html | workbook ← build ← cli
 *
 * Commands (cli/) reach the renderers only through build/ (prepare.ts, formats.ts).
 *
 * fonts sits beside dataset (validate checks glyph coverage with it; the renderers draw with it).
 * diff and bench are tools over load/validate/model, used only by cli; annual (new-edition, draft)
 * one over load/validate that writes editions, used only by cli. runtime.ts holds the
 * process's start-up switches. A feature folder never imports a sibling feature folder.
 */
const layers = {
  diagnostics: [],
  dataset: ['diagnostics'],
  fonts: ['dataset', 'diagnostics', 'runtime.ts'],
  load: ['dataset', 'diagnostics'],
  validate: ['dataset', 'diagnostics', 'load', 'fonts'],
  model: ['dataset', 'diagnostics'],
  present: ['model', 'dataset', 'diagnostics', 'load'],
  charts: ['present', 'model', 'dataset', 'diagnostics', 'load', 'fonts', 'runtime.ts'],
  brief: ['present', 'model', 'dataset', 'diagnostics', 'load', 'fonts', 'runtime.ts'],
  workbook: ['present', 'model', 'dataset', 'diagnostics', 'load', 'fonts', 'runtime.ts'],
  html: ['present', 'model', 'dataset', 'diagnostics', 'load', 'fonts', 'runtime.ts'],
  build: ['charts', 'brief', 'html', 'workbook', 'present', 'model', 'validate', 'load', 'dataset', 'diagnostics', 'fonts', 'runtime.ts'],
  diff: ['present', 'model', 'validate', 'load', 'dataset', 'diagnostics', 'fonts'],
  bench: ['model', 'validate', 'load', 'dataset', 'diagnostics'],
  annual: ['validate', 'load', 'dataset', 'diagnostics', 'fonts'],
  // Not the renderers (charts, brief, html, workbook): commands reach them through build/ (see cli-through-build).
  cli: ['build', 'diff', 'bench', 'annual', 'present', 'model', 'validate', 'load', 'dataset', 'diagnostics', 'fonts', 'runtime.ts'],
};

const escape = (s) => s.replace(/[.]/g, '\\.');
const target = (name) => (name.endsWith('.ts') ? `^src/${escape(name)}$` : `^src/${name}/`);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules must not import each other in a cycle.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...Object.entries(layers).map(([layer, allowed]) => ({
      name: `layer-${layer}`,
      severity: 'error',
      comment: `src/${layer}/ may import only from: ${allowed.length ? allowed.join(', ') : 'nothing else in src/'} (and itself).`,
      from: { path: `^src/${layer}/` },
      to: { path: '^src/', pathNot: [target(layer), ...allowed.map(target)] },
    })),
    {
      name: 'cli-through-build',
      severity: 'error',
      comment:
        'Commands reach the renderers (charts, brief, html, workbook) only through build/: prepare.ts for the stages before rendering, formats.ts for the output formats.',
      from: { path: '^src/cli/' },
      to: { path: '^src/(charts|brief|html|workbook)/' },
    },
    {
      name: 'layer-root',
      severity: 'error',
      comment: 'runtime.ts imports nothing from src/; main.ts only the commands and the render worker; front.ts only cli/.',
      from: { path: '^src/runtime\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'layer-front',
      severity: 'error',
      comment: 'front.ts (the bundle that answers before the program loads) imports only from cli/.',
      from: { path: '^src/front\\.ts$' },
      to: { path: '^src/', pathNot: '^src/cli/' },
    },
    {
      name: 'no-unknown-folder',
      severity: 'error',
      comment: 'Every file of src/ belongs to a known layer (add a new folder to the layer table first).',
      from: { path: '^src/', pathNot: [...Object.keys(layers).map(target), '^src/(main|runtime|front)\\.ts$'] },
      to: {},
    },
    {
      name: 'not-to-test',
      severity: 'error',
      comment: 'Source never imports tests.',
      from: { path: '^src/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
