'use strict';
/** A render worker thread: the bundled program's worker, loaded as the command's (with the compile cache). */
const { loadBundle } = require('./load-bundle.cjs');

loadBundle()
  .commands.worker()
  .then((program) => program.main());
