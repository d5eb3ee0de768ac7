import { defineConfig, type Plugin } from 'vitest/config';

/**
 * `import css from './x.css'` gives the stylesheet's text, as the css-as-text plugin does in
 * build.mjs: the import is resolved as Vite's own `?raw` import of the same file.
 */
const cssAsText: Plugin = {
  name: 'css-as-text',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!source.endsWith('.css')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved ? `${resolved.id}?raw` : null;
  },
};

export default defineConfig({
  plugins: [cssAsText],
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    // Vitest empties stylesheets it is not told to process, `?raw` ones included.
    css: { include: [/\.css(\?raw)?$/] },
  },
});
