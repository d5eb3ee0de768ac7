/**
 * DW's figures: templated image addresses, and the older layout's picture boxes that keep the
 * photo credit in the image's title. The reading itself is the generic `extract/figures.ts`.
 */
import { type FigureData, type FigureRules, readFigure } from '../../extract/figures.js';

/**
 * DW's image URLs name a rendition: `77549352_605.jpg`. Lazy images carry the template
 * `77549352_${formatId}.jpg`; 605 is the 16:9 rendition 1199 px wide (the largest of the `60x`
 * series in DW's own srcset), sharp in a reading column on a high-density screen.
 */
const FORMAT_ID = '605';

/** The placeholder in DW's templated image URLs, as written and percent-encoded. */
const FORMAT_ID_PLACEHOLDER = /\$\{formatId\}|%24%7BformatId%7D/g;

/** Figures: the current layout's `figure`, the older layout's `div.picBox`. */
export const DW_FIGURES = 'figure, div.picBox';

/** Replaces DW's `${formatId}` with a real rendition. */
export function realDwImageUrl(url: string): string {
  return url.replace(FORMAT_ID_PLACEHOLDER, FORMAT_ID);
}

/** DW's figure conventions: the older `div.picBox` has its credit at the end of the image's title. */
export const DW_FIGURE_RULES: FigureRules = {
  imageUrl: realDwImageUrl,
  creditInTitle: (figure) => figure.tagName !== 'FIGURE',
};

/** Reads a DW `figure` or older `div.picBox`; null when it has no image. */
export function readDwFigure(figure: Element, base: string): FigureData | null {
  return readFigure(figure, base, DW_FIGURE_RULES);
}
