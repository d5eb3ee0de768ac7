/** `h` for the page's document: every element of the view is built with it (see core/render/h.ts). */
import { elementBuilder } from '../core/render/h.js';

export const h = elementBuilder(document);
