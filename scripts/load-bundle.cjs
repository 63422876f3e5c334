'use strict';
/**
 * Loads the bundled program (dist/plan-briefs.cjs) with a compiled-code cache, so that a command
 * does not parse and compile 7 MB of JavaScript on every start.
 *
 * - Node >= 22.1: Node's own compile cache (module.enableCompileCache, in dist/compile-cache/).
 * - Node 20, which has none: a V8 code cache by hand, the way Node's would work: the first run of
 *   a command compiles the bundle and stores V8's compiled code in dist/v8-cache/; later runs start
 *   from it. V8 checks that a cache fits the Node version and flags, and a cache it rejects is
 *   written again. V8 cannot tell a changed file of the same length, so each cache is named after
 *   the bundle it was made from (scripts/run.mjs also removes the old caches whenever it rebuilds
 *   the bundle). Remove this path when Node 20 support goes.
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');

const distDir = path.join(__dirname, '..', 'dist');
const bundleFile = path.join(distDir, 'plan-briefs.cjs');
const frontFile = path.join(distDir, 'front.cjs');
const cacheDir = path.join(distDir, 'v8-cache');
const compileCacheDir = path.join(distDir, 'compile-cache');
const nodeModule = require('node:module');

/** Loads the bundle; `cacheName` names the code cache (one per command: each compiles other code). */
function loadBundle(cacheName) {
  if (typeof nodeModule.enableCompileCache === 'function') {
    nodeModule.enableCompileCache(compileCacheDir);
    const bundle = require(bundleFile);
    bundle.runtime.workerScript = path.join(__dirname, 'worker.cjs');
    // Node writes its cache when the process exits; flushing after representative work also lets
    // the render workers started next find it.
    bundle.runtime.saveCodeCache = () => nodeModule.flushCompileCache?.();
    return bundle;
  }
  return loadWithV8Cache(cacheName);
}

/** Node 20: the bundle through vm.Script with V8 cached data (see the top of this file). */
function loadWithV8Cache(cacheName) {
  // The bundle's size and time of writing name its caches, read from the same open file as its
  // text, so a cache can never be taken for a bundle written since (even one of the same length).
  const fd = fs.openSync(bundleFile, 'r');
  let source;
  let identity;
  try {
    const stat = fs.fstatSync(fd);
    identity = `${stat.size}-${Math.round(stat.mtimeMs)}`;
    source = fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
  const cacheFile = path.join(cacheDir, `${cacheName}-${identity}-${process.version}-${process.arch}.bin`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: bundleFile, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundleFile), module, bundleFile, distDir);
  const bundle = module.exports;
  let needed = cachedData === undefined || script.cachedDataRejected === true;
  bundle.runtime.workerScript = path.join(__dirname, 'worker.cjs');
  bundle.runtime.saveCodeCache = () => {
    if (!needed) return;
    needed = false;
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      const temp = `${cacheFile}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
      fs.writeFileSync(temp, script.createCachedData());
      fs.renameSync(temp, cacheFile);
    } catch {
      // A cache is only a speed-up: a read-only checkout runs without one.
    }
  };
  return bundle;
}

/** The small bundle that answers before the program loads (src/front.ts): a few hundred KB, so no hand-made cache on Node 20. */
function loadFront() {
  nodeModule.enableCompileCache?.(compileCacheDir);
  return require(frontFile);
}

module.exports = { loadBundle, loadFront, bundleFile, cacheDir, compileCacheDir, distDir };
