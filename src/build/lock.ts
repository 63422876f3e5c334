import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  constants as fsConstants,
  linkSync,
  lstatSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { oneLine } from '../diagnostics/escape.js';
import { makeFolder } from './atomic.js';

/**
 * One build at a time per output folder. Two builds writing one folder at once left the manifest
 * disagreeing with the files, so a build holds `<out>/.build.lock` (its pid, host and start) from
 * before it plans until after the manifest is written; a build with nothing to do holds it while it
 * checks. A second build waits for it (at most maxWaitMs) or stops with a message.
 *
 * A stale lock is told by its heartbeat, not by its pid alone: the holder touches the lock file
 * every heartbeatMs from a small worker thread (so that rendering, which keeps the main thread busy
 * for seconds, does not stop it), and a lock untouched for staleMs is taken over, whoever wrote it (a
 * recycled pid that now runs another program, a CI container that no longer exists). A lock of this
 * host whose process no longer runs is taken over at once.
 *
 * proper-lockfile, the usual library, was weighed: it has the same design (mtime heartbeat, stale
 * age) but refreshes the lock with timers on the main thread, which the synchronous stages of a
 * build block for longer than any sensible stale age, and records no owner to name in messages.
 */
export const lockFileName = '.build.lock';

export interface LockOwner {
  readonly pid: number;
  readonly hostname: string;
  readonly started: string;
  /** Tells two locks of one process apart (builds in one process, tests). */
  readonly token: string;
}

export interface LockOptions {
  /** Wait for a running build instead of stopping. */
  readonly wait?: boolean;
  /** Told once when the build starts waiting. */
  readonly onWait?: (message: string) => void;
  /** How often a waiting build looks again (ms). */
  readonly pollMs?: number;
  /** The longest a build waits for another (ms); then it stops with BuildLockedError. Default 15 minutes. */
  readonly maxWaitMs?: number;
  /** A lock not touched for this long is stale (ms). Default 60 s. */
  readonly staleMs?: number;
  /** How often the holder touches its lock (ms); 0: never (a short hold). Default 5 s. */
  readonly heartbeatMs?: number;
}

export const defaultStaleMs = 60_000;
const defaultHeartbeatMs = 5_000;
const defaultMaxWaitMs = 15 * 60_000;

/** Thrown when another build holds the folder and waiting was not asked for. */
export class BuildLockedError extends Error {
  constructor(
    readonly outDir: string,
    readonly owner: LockOwner | undefined,
    waitedMs?: number,
  ) {
    super(
      waitedMs === undefined
        ? `Another build (${describeOwner(owner)}) is writing to ${oneLine(outDir)}; nothing was written. ` +
            'Run again when it has finished, or pass --wait to wait for it.'
        : `Waited ${Math.round(waitedMs / 1000)} s for another build (${describeOwner(owner)}) to finish writing to ${oneLine(outDir)}, ` +
            'and it still has not; nothing was written. Run again later, or stop that build.',
    );
    this.name = 'BuildLockedError';
  }
}

function describeOwner(owner: LockOwner | undefined): string {
  return owner
    ? `process ${owner.pid} on ${oneLine(String(owner.hostname))}, started ${oneLine(String(owner.started))}`
    : 'a process starting just now';
}

/** Seconds since the lock file was last touched, for messages. */
function lastSign(file: string): string {
  try {
    return `last sign of life ${Math.round((Date.now() - lstatSync(file).mtimeMs) / 1000)} s ago`;
  } catch {
    return 'just gone';
  }
}

/** Whether a process runs; one on another host is assumed to (nothing here can tell). */
export function processRuns(pid: number, hostname = os.hostname()): boolean {
  if (hostname !== os.hostname()) return true;
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// A lock file this tool writes is one line of JSON of about 150 bytes.
const maxLockBytes = 4096;

/**
 * The owner a lock file names; undefined when it names none. The output folder is input too (a
 * pull request can commit one): the lock is read only when it is a regular file of a few bytes,
 * opened without following a link and without blocking, so that a link to /dev/zero or a FIFO in
 * its place neither fills the memory nor hangs the build (it is then a lock without an owner).
 */
function readOwner(file: string): LockOwner | undefined {
  let fd: number;
  try {
    fd = openSync(file, fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > maxLockBytes) return undefined;
    const bytes = Buffer.alloc(maxLockBytes);
    const n = readSync(fd, bytes, 0, maxLockBytes, 0);
    const owner = JSON.parse(bytes.subarray(0, n).toString('utf8')) as LockOwner;
    return typeof owner?.pid === 'number' && typeof owner.token === 'string' ? owner : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

// A lock file that cannot be read yet is being written: it is stale only if it stays so this long.
const unreadableGraceMs = 10_000;
// Another host's clock may run ahead of ours; a lock touched further in the future than this is no heartbeat.
const maxClockAheadMs = 60 * 60_000;

function isStale(file: string, owner: LockOwner | undefined, staleMs: number): boolean {
  let age: number;
  try {
    // The lock itself, not what it may link to: a link to nowhere is a lock too, and goes stale.
    age = Date.now() - lstatSync(file).mtimeMs;
  } catch {
    return false;
  }
  // A heartbeat from further ahead than any clock drift is none (a date from a damaged copy or archive).
  if (age < -maxClockAheadMs) return true;
  if (!owner) return age > unreadableGraceMs;
  // No heartbeat for staleMs: stale whoever holds it (a recycled pid, a host that is gone).
  if (age > staleMs) return true;
  return !processRuns(owner.pid, owner.hostname);
}

// Touches the lock file while it is still this holder's (its token), independent of the main thread.
const heartbeatSource = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
setInterval(() => {
  try {
    if (JSON.parse(fs.readFileSync(workerData.file, 'utf8')).token !== workerData.token) return;
    const now = new Date();
    fs.utimesSync(workerData.file, now, now);
  } catch {}
}, workerData.ms);
`;

function startHeartbeat(file: string, token: string, ms: number): () => void {
  if (ms <= 0) return () => {};
  const worker = new Worker(heartbeatSource, { eval: true, workerData: { file, token, ms } });
  worker.unref();
  worker.on('error', () => {});
  return () => void worker.terminate();
}

/** Moves a stale lock aside, unless another build took it over first (then it is put back). */
function takeOver(file: string, stale: LockOwner | undefined): void {
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    renameSync(file, aside);
  } catch {
    return; // gone already: someone else took it over
  }
  const moved = readOwner(aside);
  if (moved && stale && moved.token !== stale.token) {
    // A live build's fresh lock was moved: put it back (link fails if a third has locked meanwhile).
    try {
      linkSync(aside, file);
    } catch {
      // the folder is locked again either way
    }
  }
  // Whatever stood there goes, a folder too (an old folder there ended in EISDIR, "a bug in the tool").
  rmSync(aside, { force: true, recursive: true });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface HeldLock {
  /** Whether another build held the folder first (what it planned may be out of date now). */
  readonly waited: boolean;
  release(): void;
}

/** One attempt at the lock: the held lock, or the current holder (undefined: unreadable) when another build has it. */
function tryLock(
  file: string,
  owner: LockOwner,
  staleMs: number,
  heartbeatMs: number,
  waited: boolean,
): HeldLock | { holder: LockOwner | undefined } {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      try {
        writeSync(fd, `${JSON.stringify(owner)}\n`);
      } finally {
        closeSync(fd);
      }
      const stop = startHeartbeat(file, owner.token, heartbeatMs);
      return {
        waited,
        release: () => {
          stop();
          if (readOwner(file)?.token === owner.token) rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readOwner(file);
    if (!isStale(file, current, staleMs)) return { holder: current };
    takeOver(file, current);
  }
  return { holder: readOwner(file) };
}

const newOwner = (): LockOwner => ({
  pid: process.pid,
  hostname: os.hostname(),
  started: new Date().toISOString(),
  token: randomBytes(8).toString('hex'),
});

/** Takes the output folder's lock, waiting (at most maxWaitMs) for or refusing a running build; stale locks are taken over. */
export async function acquireBuildLock(outDir: string, options: LockOptions = {}): Promise<HeldLock> {
  makeFolder(outDir);
  const file = path.join(outDir, lockFileName);
  const owner = newOwner();
  const staleMs = options.staleMs ?? defaultStaleMs;
  const maxWaitMs = options.maxWaitMs ?? defaultMaxWaitMs;
  const started = Date.now();
  let waited = false;
  for (;;) {
    const got = tryLock(file, owner, staleMs, options.heartbeatMs ?? defaultHeartbeatMs, waited);
    if (!('holder' in got)) return got;
    if (!options.wait) throw new BuildLockedError(outDir, got.holder);
    if (Date.now() - started >= maxWaitMs) throw new BuildLockedError(outDir, got.holder, Date.now() - started);
    if (!waited) {
      options.onWait?.(
        `Waiting for another build (${describeOwner(got.holder)}; ${lastSign(file)}) to finish writing to ${oneLine(outDir)}: ` +
          `at most ${Math.round(maxWaitMs / 60_000)} min; its lock is taken over if it shows no sign of life for ${Math.round(staleMs / 1000)} s …`,
      );
    }
    waited = true;
    await sleep(Math.min(options.pollMs ?? 200, Math.max(1, maxWaitMs - (Date.now() - started))));
  }
}

/**
 * The lock for a short look (a build with nothing to do checks its outputs under it): taken at once
 * or not at all, without a heartbeat; undefined when another build holds it or there is no output folder.
 */
export function tryBuildLockNow(outDir: string, staleMs = defaultStaleMs): HeldLock | undefined {
  if (!existsSync(outDir)) return undefined;
  const got = tryLock(path.join(outDir, lockFileName), newOwner(), staleMs, 0, false);
  return 'holder' in got ? undefined : got;
}
