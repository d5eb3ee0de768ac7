#!/usr/bin/env node
/**
 * `npm run test:browser [-- name ...]`: every test/browser/*.test.mjs (or those whose file name
 * holds one of the names), one file at a time with node's test runner: two browsers at once are
 * too much for 2 cores. Firefox needs a window for real key presses, so without a display the
 * run goes through xvfb-run.
 *
 * It never hangs, whatever the browsers do:
 * - first each browser the files need must answer `--version` within VERSION_TIMEOUT_MS, or the
 *   run stops at once and says which browser at which path is missing or broken;
 * - each file runs in its own process group with a limit of SUITE_TIMEOUT_MS per suite in it
 *   (each suite also has it as its node:test timeout) plus a minute; past it, the file's
 *   process and every process it started (browsers start their own process groups) are killed;
 * - a browser that fails to start (or Firefox refusing the add-on) fails the later files at once;
 * - the whole run has RUN_LIMIT_MS; past it, the same happens to everything still running.
 * At the end it prints each file's result and time, the totals, and the browser versions used.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, FIREFOX, ROOT, SUITE_TIMEOUT_MS } from './helpers.mjs';

/** A working browser prints its version in well under a second. */
const VERSION_TIMEOUT_MS = 15_000;
/** Beyond a file's suites: loading it, launching and closing its browsers. */
const FILE_GRACE_MS = 60_000;
/** The whole run; today it takes about 2.5 minutes. */
const RUN_LIMIT_MS = 20 * 60_000;
/** How long a killed process tree is given to go after SIGTERM before SIGKILL. */
const KILL_GRACE_MS = 3_000;

const dir = join(ROOT, 'test', 'browser');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.mjs'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

/** Every process below `pid`, read from /proc (Linux): browsers leave their parent's process group. */
function descendants(pid) {
  const children = new Map();
  let entries = [];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return []; // no /proc: the process group is all we can reach
  }
  for (const entry of entries) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* gone meanwhile */
    }
  }
  const out = [];
  for (let queue = [pid]; queue.length; ) {
    const next = children.get(queue.shift()) ?? [];
    out.push(...next);
    queue.push(...next);
  }
  return out;
}

/** Ends `child` (started with `detached: true`), its process group and every process below it. */
async function killTree(child) {
  const signal = (name) => {
    const pids = [child.pid, ...descendants(child.pid)];
    try {
      process.kill(-child.pid, name);
    } catch {
      /* the group is gone */
    }
    for (const pid of pids) {
      try {
        process.kill(pid, name);
      } catch {
        /* gone */
      }
    }
  };
  signal('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, KILL_GRACE_MS));
  signal('SIGKILL');
}

/** The child running now, for the run's own watchdog. */
let current = null;

/**
 * Runs `command` in a process group of its own, its output passed through (and each stdout line
 * to `onLine`); past `limitMs` the whole tree is killed. Resolves { code, timedOut, ms }.
 */
function run(command, args, { limitMs, onLine = () => undefined, quiet = false }) {
  const started = Date.now();
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(command, args, {
        cwd: ROOT,
        detached: true,
        stdio: ['ignore', 'pipe', quiet ? 'ignore' : 'inherit'],
      });
    } catch (error) {
      resolve({ code: null, timedOut: false, ms: 0, error });
      return;
    }
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      if (!quiet) process.stdout.write(chunk);
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) onLine(line);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      void killTree(child);
    }, limitMs);
    current = child;
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, timedOut, ms: Date.now() - started, error });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (buffer) onLine(buffer);
      current = null;
      resolve({ code, timedOut, ms: Date.now() - started });
    });
  });
}

/** Which browsers `file` launches. */
function browsersOf(file) {
  const source = readFileSync(join(dir, file), 'utf8');
  return [
    ...(source.includes('launchChromium(') ? [['Chromium', CHROMIUM, 'chromium', 'CHROMIUM_PATH']] : []),
    ...(source.includes('launchFirefox(') ? [['Firefox', FIREFOX, 'firefox-esr', 'FIREFOX_PATH']] : []),
  ];
}

/** "Chromium 156.0.8078.114", or throws a sentence saying what is wrong with the browser at `path`. */
async function browserVersion(name, path, debianPackage, variable) {
  const fix = `install it with "apt-get install -y ${debianPackage}", or point ${variable} at a ${name} binary`;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(`${name}: ${path} is not an executable file (${variable}=${path}): ${fix}`);
  }
  const lines = [];
  const { code, timedOut, error } = await run(path, ['--version'], {
    limitMs: VERSION_TIMEOUT_MS,
    onLine: (line) => lines.push(line),
    quiet: true,
  });
  const version = lines.map((l) => l.trim()).find((l) => /\d+\.\d+/.test(l));
  if (timedOut) throw new Error(`${name}: ${path} did not answer --version within ${VERSION_TIMEOUT_MS / 1000} s`);
  if (error || code !== 0 || !version)
    throw new Error(`${name}: ${path} --version failed (exit ${code ?? error?.code}): not a working browser; ${fix}`);
  return version;
}

function have(command) {
  return (process.env.PATH ?? '').split(':').some((p) => canRun(join(p, command)));
}

function canRun(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const fail = (message) => {
  console.error(`test:browser: ${message}`);
  process.exit(1);
};

const minutes = (ms) => `${Math.floor(ms / 60_000)}m ${((ms % 60_000) / 1000).toFixed(1)}s`;

if (!files.length) fail(`no browser test file matches ${only.join(', ')}`);

if (!process.env.DISPLAY) {
  // Firefox (and Chromium's real key presses) need a window: the same run inside Xvfb, under the
  // run's watchdog, which ends Xvfb and the browsers with it.
  if (!have('xvfb-run')) fail('xvfb-run not found: install it with "apt-get install -y xvfb" (Firefox needs a window)');
  const { code, timedOut } = await run(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1400x1000x24', process.execPath, join(dir, 'run.mjs'), ...only],
    // A little past the inner run's own watchdog, which says what it stopped.
    { limitMs: RUN_LIMIT_MS + 30_000 },
  );
  if (timedOut) fail(`the browser tests ran past ${minutes(RUN_LIMIT_MS)} and were stopped, browsers included`);
  process.exit(code ?? 1);
}

if (!have('xdotool'))
  fail('xdotool not found: install it with "apt-get install -y xdotool" (the tests press real keys)');

const started = Date.now();
const watchdog = setTimeout(async () => {
  console.error(`test:browser: the run went past ${minutes(RUN_LIMIT_MS)}: stopping it, browsers included`);
  if (current) await killTree(current);
  process.exit(1);
}, RUN_LIMIT_MS);
watchdog.unref();

const versions = new Map();
for (const [name, path, debianPackage, variable] of new Map(files.flatMap(browsersOf).map((b) => [b[0], b])).values()) {
  try {
    versions.set(name, `${await browserVersion(name, path, debianPackage, variable)} (${path})`);
  } catch (error) {
    fail(`${error.message}. No test was run.`);
  }
}
for (const version of versions.values()) console.log(`# ${version}`);

// Shared by this run's test files: a browser that failed to start fails the later files at once.
process.env.QR_BROWSER_RUN_DIR = mkdtempSync(join(tmpdir(), 'quote-reader-run-'));
/** The browsers as they reported themselves at launch ("Firefox 140.12.0"). */
const used = new Set();
const results = [];
const totals = { tests: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0 };
for (const file of files) {
  const suites = (readFileSync(join(dir, file), 'utf8').match(/^describe\(/gm) ?? []).length || 1;
  const limitMs = suites * SUITE_TIMEOUT_MS + FILE_GRACE_MS;
  const counts = {};
  const ranOn = /^# ((?:Chromium|Firefox) \S+) \(/;
  const { code, timedOut, ms } = await run(
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-reporter=spec', join(dir, file)],
    {
      limitMs,
      onLine: (line) => {
        const m = /^ℹ (tests|pass|fail|cancelled|skipped) (\d+)$/.exec(line.trim());
        if (m) counts[m[1]] = Number(m[2]);
        const browser = ranOn.exec(line.trim());
        if (browser) used.add(browser[1]);
      },
    },
  );
  if (timedOut) console.error(`test:browser: ${file} ran past ${minutes(limitMs)}: stopped, browsers included`);
  for (const key of Object.keys(totals)) totals[key] += counts[key] ?? 0;
  results.push({ file, ok: code === 0 && !timedOut, timedOut, ms, counts });
}

console.log('\nBrowser tests');
for (const { file, ok, timedOut, ms, counts } of results) {
  const what = timedOut ? 'STOPPED (time limit)' : ok ? 'ok' : 'FAILED';
  console.log(
    `  ${file.padEnd(28)} ${what.padEnd(20)} ${String(counts.pass ?? 0).padStart(3)}/${counts.tests ?? '?'} passed  ${(ms / 1000).toFixed(1)} s`,
  );
}
const failedFiles = results.filter((r) => !r.ok).length;
console.log(
  `${totals.tests} tests: ${totals.pass} passed, ${totals.fail} failed, ${totals.cancelled} cancelled` +
    `; ${failedFiles ? `${failedFiles} file(s) failed` : 'every file passed'}; ${minutes(Date.now() - started)}`,
);
console.log(`ran on ${used.size ? [...used].join(', ') : 'no browser (none started)'}`);
rmSync(process.env.QR_BROWSER_RUN_DIR, { recursive: true, force: true });
process.exitCode = failedFiles ? 1 : 0;
