/**
 * The list of saved quotes, newest first or grouped by speaker. Page text only ever enters as
 * text nodes (`h`), and each quote's words carry their language and `dir="auto"`, so a quote in
 * Arabic or Persian reads right to left inside a left-to-right page (and the other way round).
 */
import { elementBuilder } from '../core/render/h.js';
import { formatDate } from '../common/saved-quotes/citation.js';
import { groupBySpeaker } from '../common/saved-quotes/query.js';
import type { SavedQuote } from '../common/saved-quotes/saved-quote.js';
import { quoteLink } from '../common/saved-quotes/text-fragment.js';
import { t, uiLanguage } from './i18n.js';
import { speakerSlot } from './theme.js';

const h = elementBuilder(document);

export interface ListActions {
  remove: (quote: SavedQuote) => void;
}

let savedOnFormat: Intl.DateTimeFormat | undefined;
function savedOn(iso: string): string {
  savedOnFormat ??= new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' });
  return savedOnFormat.format(new Date(iso));
}

/** One saved quote: its words, who said them, the article (linked at the quote), when it was saved. */
function quoteItem(quote: SavedQuote, actions: ListActions, withSpeaker: boolean): HTMLLIElement {
  const lang = quote.lang ?? '';
  const source = [quote.site, quote.published ? formatDate(quote.published, uiLanguage()) : null].filter(Boolean);
  return h(
    'li',
    { class: 'quote', 'data-slot': speakerSlot(quote.speaker) },
    h('p', { class: 'text', lang, dir: 'auto' }, h('q', null, quote.text)),
    withSpeaker &&
      h(
        'p',
        { class: 'who', dir: 'auto' },
        h('span', { class: 'speaker', lang }, quote.speaker ?? t('unattributed')),
        quote.role && h('span', { class: 'role', lang }, `, ${quote.role}`),
      ),
    !withSpeaker && quote.role && h('p', { class: 'who' }, h('span', { class: 'role', lang, dir: 'auto' }, quote.role)),
    h(
      'p',
      { class: 'source' },
      h(
        'a',
        { href: quoteLink(quote.url, quote.text, quote.lang), lang, dir: 'auto', title: t('savedOpenAtQuote') },
        quote.title || quote.url,
      ),
      ...source.map((part) => ` · ${part}`),
    ),
    h(
      'p',
      { class: 'meta' },
      h('span', null, t('savedOn', savedOn(quote.savedAt))),
      h(
        'button',
        {
          type: 'button',
          class: 'remove',
          'aria-label': `${t('savedRemove')}: “${quote.text.slice(0, 60)}”`,
          onclick: () => actions.remove(quote),
        },
        t('savedRemove'),
      ),
    ),
  );
}

const quoteCount = (n: number): string => (n === 1 ? t('oneQuote') : t('quotesCount', n));

/**
 * Fills `container` with the first `limit` of `quotes`: a list, or a section a speaker with a
 * heading saying how many of theirs are saved. Returns how many quotes it shows.
 */
export function renderList(
  container: HTMLElement,
  quotes: readonly SavedQuote[],
  { group, limit }: { group: boolean; limit: number },
  actions: ListActions,
): number {
  if (!group) {
    const shown = quotes.slice(0, limit);
    container.replaceChildren(h('ul', null, ...shown.map((q) => quoteItem(q, actions, true))));
    return shown.length;
  }
  // Every group is formed from all the quotes, then drawn until `limit` quotes are shown, so a
  // speaker's heading counts all of theirs even when "Show more" has more of them.
  const sections: HTMLElement[] = [];
  let left = limit;
  for (const [i, g] of groupBySpeaker(quotes, uiLanguage()).entries()) {
    if (left <= 0) break;
    const drawn = g.quotes.slice(0, left);
    left -= drawn.length;
    sections.push(
      h(
        'section',
        { class: 'group', 'aria-labelledby': `group-${i}`, 'data-slot': speakerSlot(g.speaker) },
        h(
          'h2',
          { id: `group-${i}` },
          h('span', { dir: 'auto' }, g.speaker ?? t('unattributed')),
          h('span', { class: 'n' }, quoteCount(g.quotes.length)),
        ),
        h('ul', null, ...drawn.map((q) => quoteItem(q, actions, false))),
      ),
    );
  }
  container.replaceChildren(...sections);
  return limit - left;
}

/** The line in place of the list when there is nothing to show. */
export function renderEmpty(container: HTMLElement, anySaved: boolean, clear: () => void): void {
  container.replaceChildren(
    anySaved
      ? h(
          'div',
          { class: 'empty' },
          h('p', null, t('savedNoMatch')),
          h('button', { type: 'button', class: 'clear', onclick: clear }, t('savedClearFilters')),
        )
      : h('p', { class: 'empty' }, t('savedEmpty')),
  );
}
