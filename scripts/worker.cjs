'use strict';
/** A render worker thread: the bundled program's worker, loaded with its code cache. */
const { loadBundle } = require('./load-bundle.cjs');

loadBundle('worker')
  .commands.worker()
  .then((program) => program.main());
