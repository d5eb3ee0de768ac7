#!/usr/bin/env node
/**
 * `npm run test:browser`: every test/browser/*.test.mjs with node's test runner, one file at a
 * time (two browsers at once are too much for 2 cores). Firefox needs a window for real key
 * presses, so without a display the run goes through xvfb-run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

const dir = join(ROOT, 'test', 'browser');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.mjs'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort()
  .map((f) => join(dir, f));
const nodeArgs = ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files];

function have(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

for (const [command, pkg] of [['xdotool', 'xdotool'], ...(process.env.DISPLAY ? [] : [['xvfb-run', 'xvfb']])]) {
  if (!have(command)) {
    console.error(
      `${command} not found: install it with "apt-get install -y ${pkg}" (the Firefox tests press real keys)`,
    );
    process.exit(1);
  }
}
for (const [path, pkg] of [
  ['/usr/bin/chromium', 'chromium'],
  ['/usr/bin/firefox-esr', 'firefox-esr'],
]) {
  if (!existsSync(path))
    console.error(`${path} not found: install it with "apt-get install -y ${pkg}"; its tests will fail`);
}

const [command, args] = process.env.DISPLAY
  ? [process.execPath, nodeArgs]
  : ['xvfb-run', ['-a', '-s', '-screen 0 1400x1000x24', process.execPath, ...nodeArgs]];
const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT });
process.exitCode = result.status ?? 1;
