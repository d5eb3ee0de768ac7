/**
 * What a site with rules of its own gives the pipeline. The generic stages know sites only
 * through this interface and the list in `index.ts`: a new site is a folder beside `dw/` that
 * implements it, and one line in that list.
 */
import type { ArticleMeta } from '../extract/article.js';
import type { Detection, Site } from '../types.js';

/**
 * The part of a site's rules that runs on every page load of the site (in the content script,
 * which must stay small): a look at the URL and a few meta tags, never a walk over the DOM.
 */
export interface SiteDetector {
  /** The `site` a result names. */
  id: Exclude<Site, 'generic'>;
  /**
   * The verdict on `doc` at `url` when it is one of the site's pages (article or not, with the
   * reason in a user's words); null when the page is not the site's, for the generic check.
   */
  detect(doc: Document, url: string): Detection | null;
}

/** A site's own reading of one of its articles, for Readability to finish. */
export interface PreparedArticle {
  /** Everything of the article but its body and the site's name, read off the page. */
  meta: Omit<ArticleMeta, 'siteName'>;
  /**
   * A small new document holding only the article's running text, prepared (chrome removed,
   * figures normalized with `extract/figures.ts`), for Readability to score.
   */
  work: Document;
}

/** Everything else the stages ask a site, once its `detect` has claimed the page. */
export interface SiteRules extends SiteDetector {
  /** The site's name as the view shows it ("DW"), whatever the page's metadata says. */
  name: string;
  /**
   * The article as the site's own layout gives it: its metadata, and its running text alone in
   * a working document. Null when the page is not of a layout the site knows: Readability then
   * reads the page whole, after `clean`.
   */
  prepare(doc: Document, url: string): PreparedArticle | null;
  /** Removes the site's chrome (navigation, related teasers, ads …) from `copy`, a clone. */
  clean(copy: Document): void;
  /** The article's title when the generic reader read the page: without the site's own tail. */
  title(doc: Document, readabilityTitle: string): string;
}
