#!/usr/bin/env node
/**
 * `npm run demo`: Chromium with the built extension, showing the reading view of the bundled
 * example article (examples/, served at its DW address; no network). With a display it stays
 * open until you close the window; without one it writes test-results/demo.png and exits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { ROOT, SEED_URL, shot } from './helpers.mjs';
import { readView, waitFor } from './view-checks.mjs';

const headless = !process.env.DISPLAY;
const body = readFileSync(join(ROOT, 'examples', 'dw-from-foe-to-friend.html'), 'utf8');
const browser = await launchChromium({
  headless,
  pages: { [SEED_URL]: body },
  viewport: headless ? { width: 1280, height: 900 } : null,
});
const page = await browser.context.newPage();
await page.goto(SEED_URL);
await browser.inWorker(SEED_URL, (tab) => chrome.commands.onCommand.dispatch('toggle-reader', tab));
await waitFor(async () => (await readView(page))?.title, { what: 'the view to open' });
if (headless) {
  const path = shot('demo');
  await page.screenshot({ path, caret: 'initial' });
  console.log(`no display: wrote ${path.slice(ROOT.length + 1)}`);
  await browser.context.close();
} else {
  console.log('The reading view is open in Chromium; close the window to end the demo.');
  await new Promise((resolve) => browser.context.on('close', resolve));
}
