/**
 * The data that flows through the pure pipeline. `PageResult` is the CLI's JSON contract
 * (issue 2): keep the field names stable; later stages only fill them.
 */

/** Which rules detected and cleaned the page. */
export type Site = 'dw' | 'generic';

export interface ArticleImage {
  /** Absolute URL of the image. */
  src: string;
  caption: string | null;
  /** Photo credit without its label ("Image:", "Bild:" ...). */
  credit: string | null;
}

export interface Article {
  title: string;
  /** The byline as the site shows it, e.g. "Waslat Hasrat-Nazimi / sri". */
  byline: string | null;
  /** Real author names only (no dateline, no "DW" boilerplate). */
  authors: string[];
  /** ISO 8601 date or date-time, or null when the page has none. */
  published: string | null;
  /** BCP 47 language tag, e.g. "en", "de", "pt-BR". */
  lang: string | null;
  dir: 'ltr' | 'rtl';
  /** The teaser / standfirst paragraph, plain text. */
  lead: string | null;
  /** The lead image, shown above the body. */
  image: ArticleImage | null;
  /** The site's name for display, e.g. "DW". */
  siteName: string | null;
  /** "Edited by" and similar notes kept as metadata, not body text. */
  editor: string | null;
  /** The body's paragraphs as plain text, separated by blank lines. */
  text: string;
  /** The body's HTML, as extracted (the view sanitizes it again before showing it). */
  html: string;
  readingMinutes: number;
}

export type QuoteKind = 'direct' | 'partial';

/** Where a quote stands: the headline, the lead (standfirst) or a body paragraph. */
export type QuotePart = 'title' | 'lead' | 'body';

/** A quotation in the body, with offsets into its paragraph's text (see `extract/paragraphs.ts`). */
export interface Quote {
  /** The quoted words without their quote marks. */
  text: string;
  /** Index into the article's paragraph list (-1 for a quote in the title or the lead). */
  paragraph: number;
  /** The headline, the lead or the body (absent: the body). */
  part?: QuotePart;
  /** Offsets of `text` in the paragraph's textContent (or the title's, the lead's): [start, end). */
  start: number;
  end: number;
  kind: QuoteKind;
  /** Id of the speaker (see `Speaker.id`), or null when unattributed. */
  speakerId: string | null;
  /** The mention the attribution went by ("he", "the minister", "Merkel"), or null. */
  speakerMention?: string | null;
  /** The words that attribute the quote ("he told DW"), "continuation", or null. */
  cue: string | null;
  /** 0..1: how sure the engine is of the attribution. */
  confidence: number;
}

export interface Speaker {
  id: string;
  /** The fullest form of the name in the article. */
  name: string;
  role: string | null;
  aliases: string[];
  quoteCount: number;
}

/** What the quote engine returns for one article. */
export interface QuoteAnalysis {
  quotes: Quote[];
  speakers: Speaker[];
  /** Quoted terms that nobody is quoted as saying (scare quotes, titles): not highlighted. */
  terms: string[];
}

/** The CLI's JSON contract for quotes (speaker by name, not id). */
export interface QuoteOut {
  text: string;
  speaker: string | null;
  role: string | null;
  kind: QuoteKind;
  cue: string | null;
  paragraph: number;
  part: QuotePart;
}

export interface SpeakerOut {
  name: string;
  role: string | null;
  quotes: number;
}

/** What a page that is not an article holds instead, where a site says so: the view offers to watch or listen there. */
export type MediaKind = 'video' | 'audio';

export interface PageResult {
  url: string;
  isArticle: boolean;
  /** A video or audio page (absent otherwise). */
  media?: MediaKind;
  site: Site;
  /** Why the page is (or is not) treated as an article, in words a user understands. */
  reason: string;
  article: Article | null;
  quotes: QuoteOut[];
  speakers: SpeakerOut[];
}

export interface ReadOptions {
  /** Extract even when detection says the page is not an article. */
  force?: boolean;
}

/** Detection verdict, cheap enough to run on every page load. */
export interface Detection {
  isArticle: boolean;
  /** A video or audio page (absent otherwise). */
  media?: MediaKind;
  site: Site;
  reason: string;
}
