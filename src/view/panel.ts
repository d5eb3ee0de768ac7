/**
 * The "Who said what" panel: every quote in reading order, two lines each until opened, with its
 * speaker; a filter row ("All · Nessar · Ahmad …") that shows one speaker's quotes here and in
 * the article; copy and save (save.ts) on each row, shown when the row is pointed at or focused;
 * the quote being read marked (view.ts tells it which). Rows are drawn in batches as the panel
 * scrolls: a page of thousands of quotes costs the first batch, not thousands of rows.
 */
import { SLOT_COUNT } from '../common/palette.js';
import type { PageAnalysis } from '../core/pipeline.js';
import { formatDate, QUOTE_ID_ATTR, shortName } from '../core/render/render.js';
import type { Quote } from '../core/types.js';
import { quotationMarksFor } from '../core/quotes/lang/quote-marks.js';
import { citation } from './citation.js';
import { h } from './h.js';
import { t } from './i18n.js';

/** Rows drawn at a time: more than a tall panel shows, few enough to draw at once. */
const ROW_BATCH = 100;
/** How far below the panel's edge the next batch is drawn, so that scrolling never meets the end. */
const BATCH_MARGIN = '600px';
/** The order of a quote's part: the headline first, then the lead, then the body. */
const PART_ORDER = { title: 0, lead: 1, body: 2 } as const;

export interface PanelActions {
  jumpTo: (quoteId: number) => void;
  showOnly: (speakerName: string | null) => void;
  /** Copies `text`; `button` is the button pressed, for the way out when the browser refuses. */
  copy: (text: string, button: HTMLButtonElement) => Promise<boolean>;
  /** Quote `id` as the article shows it. */
  quoteText: (quoteId: number) => string;
  /** A save button for quote `id` (save.ts), shown in its row. */
  saveButton: (quoteId: number) => HTMLButtonElement;
  /** Hides the panel (its own close button). */
  close: () => void;
}

export interface Panel {
  element: HTMLElement;
  /** Marks quote `id` as the one being read (null: none), and keeps its row in sight. */
  markCurrent(id: number | null): void;
}

/** `“…” — Name, role (Site, date) URL`: what "Copy quote" puts on the clipboard. */
function quoteCitation(analysis: PageAnalysis, quoteId: number, text: string): string {
  const { result, quotes } = analysis;
  const quote = quotes.quotes[quoteId];
  if (!quote) return '';
  const speaker = quotes.speakers.find((s) => s.id === quote.speakerId);
  const article = result.article;
  const who = speaker ? `${speaker.name}${speaker.role ? `, ${speaker.role}` : ''}` : t('unattributed');
  const source = [article?.siteName, article?.published ? formatDate(article.published, article.lang) : null]
    .filter(Boolean)
    .join(', ');
  return citation({ quote: text, who, source, url: result.url });
}

/** The quotes' indices in the order a reader meets them: headline, lead, then the body's paragraphs. */
function readingOrder(quotes: readonly Quote[]): number[] {
  const rank = (q: Quote): number => PART_ORDER[q.part ?? 'body'];
  return quotes
    .map((_, i) => i)
    .sort((a, b) => {
      const [p, q] = [quotes[a]!, quotes[b]!];
      return rank(p) - rank(q) || p.paragraph - q.paragraph || p.start - q.start;
    });
}

/** Builds the panel: the filter row and the quotes, or a line saying there are none. */
export function renderPanel(analysis: PageAnalysis, actions: PanelActions): Panel {
  const { quotes, speakers } = analysis.quotes;
  const speakerOf = new Map(speakers.map((s, slot) => [s.id, { speaker: s, slot: String(slot % SLOT_COUNT) }]));
  const order = readingOrder(quotes);
  const article = analysis.result.article;
  const marks = quotationMarksFor(article?.lang) ?? ['', ''];

  const list = h('ol', { class: 'qr-quotes' });
  const sentinel = h('li', { class: 'qr-more', 'aria-hidden': 'true' });
  const rows = new Map<number, HTMLElement>();
  /** The quotes the filter lets through, in reading order, and how many of them have rows. */
  let shown = order;
  let drawn = 0;
  let current: number | null = null;

  const quoteRow = (id: number): HTMLElement => {
    // As shown in the article: text the page hid inside the quote is not shown here either.
    const text = actions.quoteText(id) || quotes[id]!.text;
    const found = quotes[id]!.speakerId ? speakerOf.get(quotes[id]!.speakerId!) : undefined;
    const who = found
      ? `${found.speaker.name}${found.speaker.role ? `, ${found.speaker.role}` : ''}`
      : t('unattributed');
    const jump: HTMLButtonElement = h(
      'button',
      {
        type: 'button',
        class: 'qr-jump',
        [QUOTE_ID_ATTR]: id,
        'aria-expanded': 'false',
        onclick: () => {
          jump.setAttribute('aria-expanded', String(jump.getAttribute('aria-expanded') !== 'true'));
          actions.jumpTo(id);
        },
      },
      h('span', { class: 'qr-row-speaker' }, h('bdi', null, who)),
      // The quote with its own language's marks, isolated in its own direction: a Persian quote
      // in an English panel reads «…» from the right, its marks at its own ends.
      h('span', { class: 'qr-row-text' }, h('bdi', { lang: article?.lang ?? null }, marks[0], text, marks[1])),
    );
    const copy: HTMLButtonElement = h(
      'button',
      {
        type: 'button',
        class: 'qr-copy',
        'aria-label': `${t('copyQuote')}: ${text.slice(0, 60)}`,
        onclick: async () => {
          if (!(await actions.copy(quoteCitation(analysis, id, actions.quoteText(id) || text), copy))) return;
          copy.textContent = t('copied');
          setTimeout(() => (copy.textContent = t('copyQuote')), 1500);
        },
      },
      t('copyQuote'),
    );
    const row = h(
      'li',
      { class: 'qr-quote-item', 'data-quote-slot': found?.slot ?? 'none', 'data-row-id': id },
      jump,
      h('span', { class: 'qr-row-actions' }, copy, actions.saveButton(id)),
    );
    if (id === current) row.setAttribute('aria-current', 'true');
    rows.set(id, row);
    return row;
  };

  /** Draws the next rows up to `count` of the shown quotes. */
  function drawUpTo(count: number): void {
    const target = Math.min(count, shown.length);
    if (target <= drawn) return;
    const batch = shown.slice(drawn, target).map((id) => rows.get(id) ?? quoteRow(id));
    sentinel.before(...batch);
    drawn = target;
    sentinel.hidden = drawn >= shown.length;
  }

  const filterButtons: HTMLButtonElement[] = [];
  /** A filter: `key` a speaker's name, '' the unattributed quotes, null all of them. */
  const filterButton = (key: string | null, label: string, slot: string | null, title?: string): HTMLButtonElement => {
    const button: HTMLButtonElement = h(
      'button',
      {
        type: 'button',
        class: 'qr-filter-button',
        'aria-pressed': String(key === null),
        title: title ?? null,
        'data-quote-slot': slot,
        onclick: () => {
          for (const b of filterButtons) b.setAttribute('aria-pressed', String(b === button));
          actions.showOnly(key);
          filter(key);
        },
      },
      h('bdi', null, label),
    );
    filterButtons.push(button);
    return button;
  };

  function filter(key: string | null): void {
    shown =
      key === null
        ? order
        : order.filter((id) => {
            const speakerId = quotes[id]!.speakerId;
            return (speakerId ? (speakerOf.get(speakerId)?.speaker.name ?? '') : '') === key;
          });
    for (const row of list.querySelectorAll('.qr-quote-item')) row.remove();
    drawn = 0;
    drawUpTo(ROW_BATCH);
  }

  const closeButton = h(
    'button',
    { type: 'button', class: 'qr-panel-close', 'aria-label': t('hidePanel'), onclick: () => actions.close() },
    '×',
  );
  const head = h('div', { class: 'qr-panel-head' }, h('h2', { id: 'qr-panel-title' }, t('whoSaidWhat')), closeButton);
  const element = h('aside', { class: 'qr-panel', 'aria-labelledby': 'qr-panel-title' }, head);
  if (quotes.length === 0) {
    element.append(h('p', { class: 'qr-empty' }, t('noQuotes')));
    return { element, markCurrent: () => undefined };
  }

  const counts = new Map<string, number>();
  for (const q of quotes) if (q.speakerId) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
  const speakerButtons = speakers
    .filter((s) => counts.get(s.id))
    .map((s) =>
      filterButton(
        s.name,
        shortName(s.name),
        speakerOf.get(s.id)!.slot,
        `${s.name}${s.role ? `, ${s.role}` : ''}: ${counts.get(s.id) === 1 ? t('oneQuote') : t('quotesCount', counts.get(s.id)!)}`,
      ),
    );
  const unattributed = quotes.some((q) => q.speakerId === null);
  element.append(
    h(
      'div',
      { class: 'qr-filter', role: 'group', 'aria-label': t('filterQuotes') },
      filterButton(null, t('filterAll'), null),
      ...speakerButtons,
      unattributed && speakerButtons.length > 0 ? filterButton('', t('unattributed'), 'none') : null,
    ),
    list,
  );
  list.append(sentinel);
  drawUpTo(ROW_BATCH);
  new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) drawUpTo(drawn + ROW_BATCH);
    },
    { root: element, rootMargin: BATCH_MARGIN },
  ).observe(sentinel);

  function markCurrent(id: number | null): void {
    if (current !== null) rows.get(current)?.removeAttribute('aria-current');
    current = id;
    if (id === null) return;
    const index = shown.indexOf(id);
    if (index === -1) return;
    drawUpTo(index + 1);
    const row = rows.get(id);
    if (!row) return;
    row.setAttribute('aria-current', 'true');
    // Follow the reading, but never move the list under the reader's pointer or focus.
    if (element.hidden || element.matches(':hover, :focus-within')) return;
    const top = row.offsetTop - element.offsetTop;
    if (top < element.scrollTop || top + row.offsetHeight > element.scrollTop + element.clientHeight)
      element.scrollTop = Math.max(0, top - element.clientHeight / 3);
  }

  return { element, markCurrent };
}
