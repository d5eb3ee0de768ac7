/**
 * The "Who said what" panel: each speaker with role and number of quotes, their quotes beneath.
 * A quote jumps to its highlight; "Only …" shows one speaker's highlights; "Copy" copies it with
 * its attribution.
 */
import type { PageAnalysis } from '../../core/pipeline.js';
import { QUOTE_ID_ATTR } from '../../core/render/render.js';
import { SLOT_COUNT } from '../../common/palette.js';
import { formatDate } from '../../core/render/render.js';
import { t } from './i18n.js';
import { html } from './dom.js';

export interface PanelActions {
  jumpTo: (quoteId: number) => void;
  showOnly: (speakerName: string | null) => void;
  copy: (text: string) => Promise<boolean>;
}

/** `“…” — Name, role (Site, date) URL`: what "Copy quote" puts on the clipboard. */
function citation(analysis: PageAnalysis, quoteId: number): string {
  const { result, quotes } = analysis;
  const quote = quotes.quotes[quoteId];
  if (!quote) return '';
  const speaker = quotes.speakers.find((s) => s.id === quote.speakerId);
  const article = result.article;
  const who = speaker ? `${speaker.name}${speaker.role ? `, ${speaker.role}` : ''}` : t('unattributed');
  const source = [article?.siteName, article?.published ? formatDate(article.published, article.lang) : null]
    .filter(Boolean)
    .join(', ');
  return `“${quote.text}” — ${who}${source ? ` (${source})` : ''} ${result.url}`;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = html(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Builds the panel; `only` tells which speaker filter is active. */
export function renderPanel(analysis: PageAnalysis, actions: PanelActions): HTMLElement {
  const panel = el('aside', 'qr-panel');
  panel.setAttribute('aria-labelledby', 'qr-panel-title');
  const title = el('h2', undefined, t('whoSaidWhat'));
  title.id = 'qr-panel-title';
  panel.append(title);
  const { quotes, speakers } = analysis.quotes;
  if (quotes.length === 0) {
    panel.append(el('p', 'qr-empty', t('noQuotes')));
    return panel;
  }
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

  const list = el('ul');
  const onlyButtons: HTMLButtonElement[] = [];
  for (const group of groups) {
    if (group.ids.length === 0) continue;
    const item = el('li', 'qr-speaker');
    item.dataset.quoteSlot = group.slot;
    const head = el('div', 'qr-speaker-head');
    head.append(
      el('h3', 'qr-speaker-name', group.name),
      el('span', 'qr-count', group.ids.length === 1 ? t('oneQuote') : t('quotesCount', group.ids.length)),
    );
    item.append(head);
    if (group.role) item.append(el('p', 'qr-speaker-role', group.role));
    const only = el('button', 'qr-only', t('onlySpeaker', group.name));
    only.type = 'button';
    only.setAttribute('aria-pressed', 'false');
    only.addEventListener('click', () => {
      const active = only.getAttribute('aria-pressed') !== 'true';
      for (const b of onlyButtons) b.setAttribute('aria-pressed', 'false');
      only.setAttribute('aria-pressed', String(active));
      actions.showOnly(active ? group.key : null);
    });
    onlyButtons.push(only);
    item.append(only);
    const ql = el('ul');
    for (const id of group.ids) {
      const q = quotes[id]!;
      const row = el('li', 'qr-quote-item');
      const jump = el('button', 'qr-jump', `“${q.text}”`);
      jump.type = 'button';
      jump.setAttribute(QUOTE_ID_ATTR, String(id));
      jump.addEventListener('click', () => actions.jumpTo(id));
      const copy = el('button', 'qr-copy', t('copyQuote'));
      copy.type = 'button';
      copy.setAttribute('aria-label', `${t('copyQuote')}: ${q.text.slice(0, 60)}`);
      copy.addEventListener('click', async () => {
        const ok = await actions.copy(citation(analysis, id));
        if (ok) {
          copy.textContent = t('copied');
          setTimeout(() => (copy.textContent = t('copyQuote')), 1500);
        }
      });
      row.append(jump, copy);
      ql.append(row);
    }
    item.append(ql);
    list.append(item);
  }
  panel.append(list);
  return panel;
}
