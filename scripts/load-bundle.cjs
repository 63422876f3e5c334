'use strict';
/**
 * Loads the bundled program (dist/plan-briefs.cjs) with Node's compile cache (Node >= 22.1:
 * module.enableCompileCache, in dist/compile-cache/), so that a command does not compile 7 MB
 * of JavaScript on every start. Node 20, which has none, compiles the bundle each time (it is
 * past its end of life; the hand-made V8 code cache that served it is gone).
 */
const path = require('node:path');
const nodeModule = require('node:module');

const distDir = path.join(__dirname, '..', 'dist');
const bundleFile = path.join(distDir, 'plan-briefs.cjs');
const frontFile = path.join(distDir, 'front.cjs');
const compileCacheDir = path.join(distDir, 'compile-cache');

/** Loads the bundle. */
function loadBundle() {
  nodeModule.enableCompileCache?.(compileCacheDir);
  const bundle = require(bundleFile);
  bundle.runtime.workerScript = path.join(__dirname, 'worker.cjs');
  // Node writes its cache when the process exits; flushing after representative work also lets
  // the render workers started next find it.
  bundle.runtime.saveCodeCache = () => nodeModule.flushCompileCache?.();
  return bundle;
}

/** The small bundle that answers before the program loads (src/front.ts). */
function loadFront() {
  nodeModule.enableCompileCache?.(compileCacheDir);
  return require(frontFile);
}

module.exports = { loadBundle, loadFront, bundleFile, compileCacheDir, distDir };
