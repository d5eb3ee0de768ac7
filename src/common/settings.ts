/**
 * Reading settings, shared by the view and the options page through `storage.sync`.
 * Every value read from storage is checked: a stale or hand-edited value falls back to the default.
 */

export type Theme = 'system' | 'light' | 'sepia' | 'dark';
/** Serif and sans are the view's own font stacks; system is the operating system's interface font. */
export type Font = 'serif' | 'sans' | 'system';

export interface Settings {
  theme: Theme;
  font: Font;
  /** Index into FONT_SIZES. */
  fontSize: number;
  /** Index into WIDTHS. */
  width: number;
  /** Index into LINE_SPACINGS. */
  lineSpacing: number;
  highlights: boolean;
  autoOpenDw: boolean;
  /** Hosts (e.g. "www.bbc.com") where the view opens by itself. */
  autoOpenSites: string[];
  /** The "Who said what" panel as the reader last left it on a wide window; null until they choose. */
  panelOpen: boolean | null;
}

/** Body text sizes in px: 16 to 28, the range Firefox Reader View offers. */
export const FONT_SIZES = [15, 17, 19, 21, 23, 26, 29] as const;
/**
 * Column widths as characters a line. The view measures the article's own text in the chosen
 * font to turn this into pixels, because a `ch` or `em` width gives 53 characters in one font and
 * 90 in another; 66 is the middle of the 60–75 range typographers recommend.
 */
export const WIDTHS = [54, 60, 66, 72, 80] as const;

/**
 * Line heights for Latin, Cyrillic and Greek text, from tight to loose; 1.6 is the view's
 * default. Scripts that need more room (Devanagari, Urdu) scale their own by the same ratio.
 */
export const LINE_SPACINGS = [1.4, 1.5, 1.6, 1.8, 2] as const;

/** In the order the view and the options page offer them. */
export const THEMES: readonly Theme[] = ['light', 'sepia', 'dark', 'system'];
export const FONTS: readonly Font[] = ['serif', 'sans', 'system'];

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  font: 'serif',
  fontSize: 2,
  width: 2,
  lineSpacing: 2,
  highlights: true,
  autoOpenDw: false,
  autoOpenSites: [],
  panelOpen: null,
};

function clampIndex(value: unknown, length: number, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < length ? value : fallback;
}

/** A valid `Settings` from whatever storage returned. */
export function parseSettings(raw: Record<string, unknown>): Settings {
  const d = DEFAULT_SETTINGS;
  return {
    theme: THEMES.includes(raw.theme as Theme) ? (raw.theme as Theme) : d.theme,
    font: FONTS.includes(raw.font as Font) ? (raw.font as Font) : d.font,
    fontSize: clampIndex(raw.fontSize, FONT_SIZES.length, d.fontSize),
    width: clampIndex(raw.width, WIDTHS.length, d.width),
    lineSpacing: clampIndex(raw.lineSpacing, LINE_SPACINGS.length, d.lineSpacing),
    highlights: typeof raw.highlights === 'boolean' ? raw.highlights : d.highlights,
    autoOpenDw: typeof raw.autoOpenDw === 'boolean' ? raw.autoOpenDw : d.autoOpenDw,
    autoOpenSites: Array.isArray(raw.autoOpenSites)
      ? raw.autoOpenSites
          .filter((s): s is string => typeof s === 'string')
          .map(normalizeHost)
          .filter(Boolean)
      : d.autoOpenSites,
    panelOpen: typeof raw.panelOpen === 'boolean' ? raw.panelOpen : d.panelOpen,
  };
}

/**
 * A host name as match patterns take it: labels of letters, digits and hyphens (international
 * names in their ASCII form). No `*`: a host becomes the pattern `https://<host>/*`, where `*`
 * or `*.com` would be a wildcard for every site, or every site under .com.
 */
const HOST_NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

/** "https://www.BBC.com/news" → "www.bbc.com"; "" for what is not a single host ("*.com", "*"). */
export function normalizeHost(input: string): string {
  const text = input.trim().toLowerCase();
  if (!text || text.includes('*')) return '';
  try {
    const host = new URL(text.includes('://') ? text : `https://${text}`).hostname;
    return HOST_NAME.test(host) ? host : '';
  } catch {
    return '';
  }
}
