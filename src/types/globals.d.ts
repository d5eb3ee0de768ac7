/** Set by build.mjs: 'chrome' or 'firefox'. */
declare const __BROWSER__: 'chrome' | 'firefox';

/** The reader bundle (reader.js), once injected into a page's content-script world. */
interface QuoteReaderBundle {
  toggle: () => Promise<void>;
  isOpen: () => boolean;
}

// eslint-disable-next-line no-var
declare var __quoteReader: QuoteReaderBundle | undefined;
// eslint-disable-next-line no-var
declare var __quoteReaderContent: boolean | undefined;
