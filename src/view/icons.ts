/** Toolbar icons as SVG path data, drawn with stroke by the view's stylesheet. */
import { h } from './h.js';

const PATHS = {
  close: ['M6 6l12 12', 'M18 6L6 18'],
  prev: ['M15 6l-6 6 6 6'],
  next: ['M9 6l6 6-6 6'],
  people: [
    'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
    'M3 20c0-3.3 2.7-6 6-6s6 2.7 6 6',
    'M16 5.5a3 3 0 0 1 0 5.5',
    'M18 14.5c1.8.8 3 2.8 3 5.5',
  ],
  highlight: ['M4 20h8', 'M14.5 4.5l5 5L10 19H5v-5z'],
  print: ['M7 9V3h10v6', 'M7 17H4v-7h16v7h-3', 'M7 14h10v7H7z'],
  bookmark: ['M7 3.5h10v17l-5-3.8-5 3.8z'],
  bookmarks: ['M9 3.5h10v15l-4-3-4 3z', 'M5 7v13.5l4-3'],
  minus: ['M5 12h14'],
  plus: ['M5 12h14', 'M12 5v14'],
  chevronDown: ['M7 10l5 5 5-5'],
  speaker: ['M4 9.5h4l5-4v13l-5-4H4z', 'M16.5 9a4 4 0 0 1 0 6', 'M19 6.5a7.5 7.5 0 0 1 0 11'],
  play: ['M8 5.5v13l10.5-6.5z'],
  pause: ['M8.5 5.5v13', 'M15.5 5.5v13'],
  stop: ['M6.5 6.5h11v11h-11z'],
  skipBack: ['M6 6v12', 'M18 6l-8 6 8 6z'],
  skipForward: ['M18 6v12', 'M6 6l8 6-8 6z'],
} satisfies Record<string, string[]>;

export type IconName = keyof typeof PATHS;

export function icon(name: IconName): SVGSVGElement {
  return h(
    'svg',
    { viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false', 'data-icon': name },
    ...PATHS[name].map((d) => h('path', { d })),
  );
}
