/**
 * `npm run bench`: every `bench/*.bench.ts` in turn, in one process, so that the ratios it
 * prints are measured in one run on one machine. Budgets are checked here, not in unit tests.
 * `npm run bench -- view` runs only the files whose name contains "view".
 *
 * Firefox (view.bench.ts) needs a window for the real keyboard command: without a display, the
 * whole run starts again inside Xvfb, as the browser tests do.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

if (!process.env.DISPLAY && spawnSync('xvfb-run', ['--help']).error === undefined) {
  const args = ['-a', '-s', '-screen 0 1400x1000x24', process.execPath, ...process.execArgv, ...process.argv.slice(1)];
  process.exit(spawnSync('xvfb-run', args, { stdio: 'inherit' }).status ?? 1);
}

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
let failed = 0;
for (const file of readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort()) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<number> };
  console.log(`\n## ${file}`);
  failed += await mod.default();
}
console.log(failed ? `\n${failed} budget(s) exceeded` : '\nall budgets hold');
process.exitCode = failed ? 1 : 0;
