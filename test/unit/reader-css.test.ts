/**
 * The view's stylesheets: the plain CSS files (reader.css, view.css, toolbar.css) and the colours generated
 * from the palette meet. Every custom property the rules read is defined by the generated part,
 * by the rules themselves, or by the view at run time; the generated part comes first.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_CSS } from '../../src/common/reader-css.js';
import TOOLBAR_CSS from '../../src/view/toolbar.css';
import VIEW_CSS from '../../src/view/view.css';

/** Set on the page element by the view (view.ts `apply`), each with a fallback in the CSS. */
const SET_AT_RUN_TIME = ['--qr-font-size', '--qr-width', '--qr-leading'];

const used = (css: string): string[] => [...new Set(Array.from(css.matchAll(/var\((--qr-[\w-]+)/g), (m) => m[1]!))];
const defined = (css: string): Set<string> => new Set(Array.from(css.matchAll(/(--qr-[\w-]+)\s*:/g), (m) => m[1]!));

describe('the view stylesheets', () => {
  const all = ARTICLE_CSS + VIEW_CSS + TOOLBAR_CSS;

  it('are loaded as text, the article rules after the generated colours', () => {
    expect(VIEW_CSS).toMatch(/html,\s*body\s*\{\s*margin: 0;/);
    expect(ARTICLE_CSS.indexOf('.qr-theme-dark{--qr-bg:')).toBeGreaterThanOrEqual(0);
    expect(ARTICLE_CSS.indexOf('[data-quote-slot="7"]')).toBeLessThan(ARTICLE_CSS.indexOf('mark[data-quote-id]'));
  });

  it('read only custom properties that something defines', () => {
    const known = new Set([...defined(all), ...SET_AT_RUN_TIME]);
    expect(used(all).filter((name) => !known.has(name))).toEqual([]);
  });

  it('define every theme colour in each theme', () => {
    for (const theme of ['light', 'sepia', 'dark']) {
      const block = new RegExp(`\\.qr-theme-${theme}\\{([^}]*)\\}`).exec(ARTICLE_CSS)?.[1] ?? '';
      expect(defined(block), theme).toEqual(defined(/\.qr-theme-light\{([^}]*)\}/.exec(ARTICLE_CSS)![1]!));
    }
  });
});
