#!/usr/bin/env node
/**
 * Builds Quote Reader with esbuild.
 *
 *   node build.mjs            dist/chrome, dist/firefox, dist/cli, dist/lib
 *   node build.mjs --watch    the same, rebuilt on every change
 *   node build.mjs --package  build, then dist/quote-reader-<version>-{chrome,firefox}.zip
 *
 * One manifest.json at the root; `browserManifest` derives each browser's from it.
 */
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const BROWSERS = /** @type {const} */ (['chrome', 'firefox']);
/**
 * Chromium 156 refuses Alt+Shift+R as an extension's suggested key (it leaves the command with
 * no shortcut at all: test/browser/chromium-keys.test.mjs found it; Alt+Shift+Q is accepted),
 * so Chrome gets Q for Quote. Firefox keeps the designed Alt+Shift+R. Users can change either.
 */
export const CHROME_TOGGLE_KEY = 'Alt+Shift+Q';

/** Icon sizes the manifests name; rendered from icons/icon.svg. */
const ICON_SIZES = [16, 32, 48, 128];

/**
 * Derives one browser's manifest from the root one. Pure: the input is not changed.
 * Chrome: background `service_worker` only, no gecko settings (it warns on unknown keys), and
 * `minimum_chrome_version`.
 * Firefox: background `scripts` only (an event page; ESR rejects `service_worker` alone and
 * web-ext lint warns when both are present), with the gecko settings kept and no Chrome floor,
 * and web-accessible resources without Chrome's `use_dynamic_url`.
 * @param {Record<string, any>} manifest the root manifest.json
 * @param {'chrome' | 'firefox'} browser
 * @param {string} version from package.json, the one source of the version
 */
export function browserManifest(manifest, browser, version) {
  const out = structuredClone(manifest);
  out.version = version;
  const worker = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (browser === 'chrome') {
    out.background = { service_worker: worker };
    delete out.browser_specific_settings;
    const toggle = out.commands?.['toggle-reader'];
    if (toggle?.suggested_key) toggle.suggested_key = { default: CHROME_TOGGLE_KEY };
  } else {
    out.background = { scripts: [worker] };
    delete out.minimum_chrome_version;
    // Firefox has no dynamic addresses (its moz-extension:// host is random for each install
    // already) and warns on the key.
    for (const resource of out.web_accessible_resources ?? []) delete resource.use_dynamic_url;
    if (!out.browser_specific_settings?.gecko?.id) throw new Error('manifest.json: a gecko id is required for Firefox');
    // Firefox shows the options page inside about:addons unless told otherwise; keep the tab.
  }
  return out;
}

/** Entry points of the extension: each one classic script (MV3 background must be one file). */
const EXTENSION_ENTRIES = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  reader: 'src/content/reader.ts',
  'view-boot': 'src/view/boot.ts',
  view: 'src/view/index.ts',
  analyzer: 'src/view/analyzer.ts',
  options: 'src/options/index.ts',
  saved: 'src/saved/index.ts',
};

/**
 * In the page's content-script world, `browser-polyfill.js` is loaded once, before content.js
 * (manifest order, or the background's injection order); content.js and reader.js then use its
 * global instead of each bundling another copy. That keeps the script that runs on every DW
 * page small. The background and the extension pages (options, saved quotes) bundle the polyfill
 * as usual.
 */
const polyfillGlobal = {
  name: 'polyfill-global',
  setup(build) {
    build.onResolve({ filter: /^webextension-polyfill$/ }, (args) =>
      /src[\\/](content)[\\/]/.test(args.importer)
        ? { path: 'polyfill-global', namespace: 'polyfill-global' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'polyfill-global' }, () => ({
      contents: 'export default globalThis.browser;',
      loader: 'js',
    }));
  },
};

/**
 * Readability and DOMPurify assign `innerHTML` on inert documents (Readability's copy of the
 * page; DOMPurify's parser fallbacks). addons.mozilla.org's linter cannot see that and warns, so
 * in the extension build those assignments parse with DOMParser and move the nodes in, the
 * pattern AMO recommends, with the same result.
 */
const INNER_HTML_ASSIGNMENT = /([\w$.]+)\.innerHTML = ([^;\n]+);/g;
const SET_HTML_HELPER = `function __qrSetHTML(el, html) {
  const parsed = new DOMParser().parseFromString(String(html), 'text/html');
  const doc = el.ownerDocument;
  el.replaceChildren(...Array.from(parsed.body.childNodes, (n) => doc.importNode(n, true)));
}
`;
const amoSafeHtml = {
  name: 'amo-safe-html',
  setup(build) {
    build.onLoad({ filter: /node_modules[\\/](@mozilla[\\/]readability|dompurify)[\\/].*\.(m?js)$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const contents = source.replace(INNER_HTML_ASSIGNMENT, '__qrSetHTML($1, $2);');
      return { contents: contents === source ? source : SET_HTML_HELPER + contents, loader: 'js' };
    });
  },
};

/**
 * The oldest browser versions supported: the root manifest's `minimum_chrome_version` and the
 * desktop gecko `strict_min_version`. The bundles are compiled for exactly these, so a newer
 * language feature is lowered or refused by esbuild instead of breaking there.
 * Chrome 120: the extension APIs used need 96 (`scripting.registerContentScripts`); 120 leaves
 * the code the language of 2023 (Array `findLast`, `Object.groupBy`, RegExp `v`). Firefox 140,
 * the oldest ESR: `data_collection_permissions` needs it (Firefox for Android: 142).
 * @param {Record<string, any>} manifest the root manifest.json
 * @returns {{ chrome: string, firefox: string }} esbuild targets, e.g. "chrome120"
 */
export function browserTargets(manifest) {
  const major = (version) => String(version ?? '').split('.')[0];
  const chrome = major(manifest.minimum_chrome_version);
  const firefox = major(manifest.browser_specific_settings?.gecko?.strict_min_version);
  if (!chrome || !firefox)
    throw new Error('manifest.json: minimum_chrome_version and a gecko strict_min_version are required');
  return { chrome: `chrome${chrome}`, firefox: `firefox${firefox}` };
}

/**
 * Stylesheets are plain `.css` files, imported as their text: the view adopts it, the CLI inlines
 * it. Comments and white space are dropped on the way; nothing else is rewritten.
 */
const cssAsText = {
  name: 'css-as-text',
  setup(build) {
    build.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await esbuild.transform(readFileSync(args.path, 'utf8'), {
        loader: 'css',
        minifyWhitespace: true,
      });
      return { contents: code, loader: 'text' };
    });
  },
};

/** The global a language script pushes its data onto, for src/view/languages.ts to register. */
const LANGUAGE_GLOBAL = '__quoteReaderLanguages';
const LANGUAGE_DIR = join(root, 'src', 'core', 'quotes', 'lang');
const LANGUAGE_CODES = readdirSync(LANGUAGE_DIR)
  .filter((f) => /^[a-z]{2,3}\.ts$/.test(f) && f !== 'all.ts')
  .map((f) => f.slice(0, -3));

/**
 * Language data on demand: in the extension the engine is built without lang/all.ts (which
 * registers all 28 languages, some 150 KB), and each language becomes a script of its own,
 * dist/<browser>/lang/<code>.js, that the view loads for the page it reads.
 */
const languagesOnDemand = {
  name: 'languages-on-demand',
  setup(build) {
    build.onResolve({ filter: /^\.\/lang\/all\.js$/ }, () => ({ path: 'no-languages', namespace: 'languages' }));
    build.onResolve({ filter: /^language:/ }, (args) => ({ path: args.path.slice(9), namespace: 'language' }));
    build.onLoad({ filter: /.*/, namespace: 'languages' }, () => ({ contents: '', loader: 'js' }));
    build.onLoad({ filter: /.*/, namespace: 'language' }, (args) => ({
      contents: `import { ${args.path} as data } from ${JSON.stringify(join(LANGUAGE_DIR, `${args.path}.ts`))};
(globalThis.${LANGUAGE_GLOBAL} ??= []).push(data);`,
      loader: 'js',
      resolveDir: LANGUAGE_DIR,
    }));
  },
};

function extensionOptions(browser, targets) {
  const languages = Object.fromEntries(LANGUAGE_CODES.map((code) => [`lang/${code}`, `language:${code}`]));
  return {
    entryPoints: { ...EXTENSION_ENTRIES, ...languages },
    plugins: [polyfillGlobal, amoSafeHtml, cssAsText, languagesOnDemand],
    outdir: join(root, 'dist', browser),
    bundle: true,
    format: 'iife',
    target: targets[browser],
    minify: true,
    legalComments: 'none',
    sourcemap: false,
    charset: 'utf8',
    define: { __BROWSER__: JSON.stringify(browser) },
    logLevel: 'warning',
  };
}

const nodeOptions = [
  {
    entryPoints: { 'quote-reader': 'src/cli/index.ts' },
    outdir: join(root, 'dist', 'cli'),
    outExtension: { '.js': '.mjs' },
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    entryPoints: { index: 'src/lib/index.ts' },
    outdir: join(root, 'dist', 'lib'),
    outExtension: { '.js': '.mjs' },
  },
].map((o) => ({
  ...o,
  bundle: true,
  plugins: [cssAsText],
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // jsdom loads files at run time and cannot be bundled; it is a dependency.
  external: ['jsdom'],
  charset: 'utf8',
  logLevel: 'warning',
}));

async function renderIcons(outDir) {
  const { Resvg } = await import('@resvg/resvg-js');
  const svg = readFileSync(join(root, 'icons', 'icon.svg'), 'utf8');
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    writeFileSync(join(outDir, `icon-${size}.png`), png);
  }
}

/** Writes the non-code files of one browser's extension. */
async function writeStatic(browser, manifest, version) {
  const dir = join(root, 'dist', browser);
  writeFileSync(
    join(dir, 'manifest.json'),
    `${JSON.stringify(browserManifest(manifest, browser, version), null, 2)}\n`,
  );
  cpSync(join(root, 'src', '_locales'), join(dir, '_locales'), { recursive: true });
  cpSync(join(root, 'src', 'options', 'options.html'), join(dir, 'options.html'));
  cpSync(join(root, 'src', 'saved', 'saved.html'), join(dir, 'saved.html'));
  cpSync(join(root, 'src', 'view', 'view.html'), join(dir, 'view.html'));
  cpSync(
    join(root, 'node_modules', 'webextension-polyfill', 'dist', 'browser-polyfill.min.js'),
    join(dir, 'browser-polyfill.js'),
  );
  await renderIcons(join(dir, 'icons'));
}

async function packageZips(version) {
  const { default: webExt } = await import('web-ext');
  for (const browser of BROWSERS) {
    const filename = `quote-reader-${version}-${browser}.zip`;
    rmSync(join(root, 'dist', filename), { force: true });
    await webExt.cmd.build(
      { sourceDir: join(root, 'dist', browser), artifactsDir: join(root, 'dist'), filename, overwriteDest: true },
      { showReadyMessage: false },
    );
    console.log(`packaged dist/${filename}`);
  }
}

async function main(args) {
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const watch = args.includes('--watch');
  for (const browser of BROWSERS) rmSync(join(root, 'dist', browser), { recursive: true, force: true });
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const targets = browserTargets(manifest);
  const configs = [...BROWSERS.map((browser) => extensionOptions(browser, targets)), ...nodeOptions];
  if (watch) {
    for (const config of configs) await (await esbuild.context(config)).watch();
    for (const browser of BROWSERS) await writeStatic(browser, manifest, version);
    console.log('watching src/ (static files are copied at start; re-run for manifest or locale changes)');
    return;
  }
  await Promise.all(configs.map((config) => esbuild.build(config)));
  for (const browser of BROWSERS) await writeStatic(browser, manifest, version);
  console.log(`built dist/chrome, dist/firefox, dist/cli, dist/lib (version ${version})`);
  if (args.includes('--package')) await packageZips(version);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
