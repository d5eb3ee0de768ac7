/**
 * `npm run bench`: every `bench/*.bench.ts` in turn, in one process, so that the ratios it
 * prints are measured in one run on one machine. Budgets are checked here, not in unit tests.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
let failed = 0;
for (const file of readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<number> };
  console.log(`\n## ${file}`);
  failed += await mod.default();
}
console.log(failed ? `\n${failed} budget(s) exceeded` : '\nall budgets hold');
process.exitCode = failed ? 1 : 0;
