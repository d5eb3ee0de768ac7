/**
 * The "Who said what" panel: each speaker with role and number of quotes, their quotes beneath.
 * A quote jumps to its highlight; "Only …" shows one speaker's highlights; "Copy" copies it with
 * its attribution; the bookmark saves it (save.ts).
 */
import { SLOT_COUNT } from '../common/palette.js';
import type { PageAnalysis } from '../core/pipeline.js';
import { formatDate, QUOTE_ID_ATTR } from '../core/render/render.js';
import { citation } from './citation.js';
import { h } from './h.js';
import { t } from './i18n.js';

export interface PanelActions {
  jumpTo: (quoteId: number) => void;
  showOnly: (speakerName: string | null) => void;
  /** Copies `text`; `button` is the button pressed, for the way out when the browser refuses. */
  copy: (text: string, button: HTMLButtonElement) => Promise<boolean>;
  /** Quote `id` as the article shows it. */
  quoteText: (quoteId: number) => string;
  /** A save button for quote `id` (save.ts), shown in its row. */
  saveButton: (quoteId: number) => HTMLButtonElement;
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

/** Builds the panel: each speaker with their quotes, or a line saying there are none. */
export function renderPanel(analysis: PageAnalysis, actions: PanelActions): HTMLElement {
  const { quotes, speakers } = analysis.quotes;
  const groups = speakers.map((s, slot) => ({
    key: s.name,
    name: s.name,
    role: s.role,
    slot: String(slot % SLOT_COUNT),
    ids: quotes.flatMap((q, i) => (q.speakerId === s.id ? [i] : [])),
  }));
  const unattributed = quotes.flatMap((q, i) => (q.speakerId === null ? [i] : []));
  if (unattributed.length)
    groups.push({ key: '', name: t('unattributed'), role: null, slot: 'none', ids: unattributed });

  const onlyButtons: HTMLButtonElement[] = [];
  /** "Only …": one speaker's highlights at a time; pressing it again shows all. */
  const onlyButton = (group: { key: string; name: string }): HTMLButtonElement => {
    const only = h(
      'button',
      {
        type: 'button',
        class: 'qr-only',
        'aria-pressed': 'false',
        onclick: () => {
          const active = only.getAttribute('aria-pressed') !== 'true';
          for (const b of onlyButtons) b.setAttribute('aria-pressed', 'false');
          only.setAttribute('aria-pressed', String(active));
          actions.showOnly(active ? group.key : null);
        },
      },
      t('onlySpeaker', group.name),
    );
    onlyButtons.push(only);
    return only;
  };
  const quoteRow = (id: number): HTMLElement => {
    // As shown in the article: text the page hid inside the quote is not shown here either.
    const text = actions.quoteText(id) || quotes[id]!.text;
    const copy = h(
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
    const jump = h(
      'button',
      { type: 'button', class: 'qr-jump', [QUOTE_ID_ATTR]: id, onclick: () => actions.jumpTo(id) },
      // The quote isolated in its own direction: an Arabic quote in an English panel keeps its marks outside.
      '“',
      h('bdi', null, text),
      '”',
    );
    return h('li', { class: 'qr-quote-item' }, jump, actions.saveButton(id), copy);
  };

  return h(
    'aside',
    { class: 'qr-panel', 'aria-labelledby': 'qr-panel-title' },
    h('h2', { id: 'qr-panel-title' }, t('whoSaidWhat')),
    quotes.length === 0
      ? h('p', { class: 'qr-empty' }, t('noQuotes'))
      : h(
          'ul',
          null,
          ...groups
            .filter((group) => group.ids.length > 0)
            .map((group) =>
              h(
                'li',
                { class: 'qr-speaker', 'data-quote-slot': group.slot },
                h(
                  'div',
                  { class: 'qr-speaker-head' },
                  h('h3', { class: 'qr-speaker-name' }, group.name),
                  h(
                    'span',
                    { class: 'qr-count' },
                    group.ids.length === 1 ? t('oneQuote') : t('quotesCount', group.ids.length),
                  ),
                ),
                group.role && h('p', { class: 'qr-speaker-role' }, group.role),
                onlyButton(group),
                h('ul', null, ...group.ids.map(quoteRow)),
              ),
            ),
        ),
  );
}
