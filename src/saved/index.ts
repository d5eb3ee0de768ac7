/**
 * The Saved quotes page: every quote the reader saved, newest first; search as you type, filters
 * by speaker, site and language, grouping by speaker; export and import. It reads and writes
 * `storage.local` through the saved-quotes store and follows changes made elsewhere (a save in
 * the view shows up here at once).
 */
import browser from 'webextension-polyfill';
import { SHARD_PREFIX } from '../common/saved-quotes/collection.js';
import { type Facet, facets, filterQuotes, type IndexedQuote, indexQuotes } from '../common/saved-quotes/query.js';
import type { SavedQuote } from '../common/saved-quotes/saved-quote.js';
import { savedQuotesStore } from '../common/saved-quotes/store.js';
import { type ExportFormat, download, importFile, storageErrorText } from './files.js';
import { localize, t, uiLanguage } from './i18n.js';
import { renderEmpty, renderList } from './render.js';
import SAVED_CSS from './saved.css';
import { fromOptionValue, optionValue, type PageState, readState, writeState } from './state.js';
import { THEME_CSS, followTheme } from './theme.js';

/** Quotes drawn at first and added by each "Show more": a screenful many times over, drawn in a few ms. */
const PAGE_SIZE = 100;
/** Past this share of a quota the browser states, the page says so. */
const NEAR_QUOTA = 0.8;
/** Saves arriving together (an import, a view saving fast) redraw the list once. */
const RELOAD_DELAY_MS = 50;

// The script runs in the head, so the page is styled before its body is drawn.
const style = document.createElement('style');
style.textContent = THEME_CSS + SAVED_CSS;
document.head.append(style);
void followTheme();

const store = savedQuotesStore(browser.storage.local);

function start(): void {
  localize();
  const $ = <T extends HTMLElement>(selector: string): T => document.querySelector(selector) as T;
  const form = $<HTMLFormElement>('#controls');
  const field = <T extends Element>(name: string): T => form.elements.namedItem(name) as unknown as T;
  const list = $<HTMLElement>('#list');
  const count = $<HTMLElement>('#count');
  const status = $<HTMLElement>('#status');
  const notice = $<HTMLElement>('#notice');
  const more = $<HTMLButtonElement>('#more');
  const importInput = $<HTMLInputElement>('#import-file');

  let all: SavedQuote[] = [];
  let index: IndexedQuote[] = [];
  let shown: SavedQuote[] = [];
  let state: PageState = readState(location.search);
  let limit = PAGE_SIZE;

  const say = (message: string, { error = false, undo }: { error?: boolean; undo?: () => void } = {}): void => {
    status.classList.toggle('error', error);
    status.replaceChildren(message);
    if (!undo) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = t('savedUndo');
    button.addEventListener('click', () => {
      status.replaceChildren();
      undo();
    });
    status.append(' ', button);
    // The removed quote's button is gone: focus goes to what can bring it back.
    button.focus();
  };

  const languageName = (tag: string): string => {
    try {
      const name = new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(tag);
      return name && name !== tag ? `${name} (${tag})` : tag;
    } catch {
      return tag;
    }
  };

  function fillSelect(name: 'speaker' | 'site' | 'lang', values: Facet[], all: string, none: string): void {
    const select = field<HTMLSelectElement>(name);
    const current = state[name];
    const options = [new Option(all, '')];
    for (const { value, count } of values) {
      const label = value === null ? none : name === 'lang' ? languageName(value) : value;
      options.push(new Option(`${label} (${count})`, optionValue(value)));
    }
    // A filter from the address that no saved quote has still shows as chosen.
    if (current !== undefined && !values.some((f) => f.value === current))
      options.push(new Option(`${current ?? none} (0)`, optionValue(current)));
    select.replaceChildren(...options);
    select.value = optionValue(current);
  }

  function showControls(): void {
    const f = facets(all, uiLanguage());
    fillSelect('speaker', f.speaker, t('showAll'), t('unattributed'));
    fillSelect('site', f.site, t('savedAllSites'), t('savedUnknownSite'));
    fillSelect('lang', f.lang, t('savedAllLanguages'), t('savedUnknownLanguage'));
    field<HTMLInputElement>('q').value = state.search;
    field<HTMLInputElement>('group').checked = state.group;
  }

  function draw(): void {
    shown = filterQuotes(index, state);
    const filtered = shown.length !== all.length;
    count.textContent = filtered
      ? t('savedCountFiltered', shown.length.toLocaleString(uiLanguage()), all.length.toLocaleString(uiLanguage()))
      : all.length === 1
        ? t('savedCountOne')
        : t('savedCount', all.length.toLocaleString(uiLanguage()));
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) button.disabled = !shown.length;
    if (!shown.length) {
      renderEmpty(list, all.length > 0, clearFilters);
      more.hidden = true;
      return;
    }
    const drawn = renderList(list, shown, { group: state.group, limit }, { remove });
    const left = shown.length - drawn;
    more.hidden = left <= 0;
    more.textContent = t('savedMore', Math.min(left, PAGE_SIZE).toLocaleString(uiLanguage()));
  }

  function update(next: Partial<PageState>): void {
    state = { ...state, ...next };
    limit = PAGE_SIZE;
    history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
    draw();
  }

  function clearFilters(): void {
    update({ search: '', speaker: undefined, site: undefined, lang: undefined });
    showControls();
    field<HTMLInputElement>('q').focus();
  }

  async function load(): Promise<void> {
    all = await store.list();
    index = indexQuotes(all);
    showControls();
    draw();
    const usage = await store.usage();
    notice.hidden = !(usage?.quota && usage.bytes > NEAR_QUOTA * usage.quota);
    if (usage?.quota && !notice.hidden) {
      const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
      notice.textContent = t('savedQuotaNear', mb(usage.bytes), mb(usage.quota));
    }
  }

  function remove(quote: SavedQuote): void {
    store.remove(quote.url, quote.text).then(
      () =>
        say(t('savedRemoved'), {
          undo: () => void store.add(quote).catch((error: unknown) => say(storageErrorText(error), { error: true })),
        }),
      (error: unknown) => say(storageErrorText(error), { error: true }),
    );
  }

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'q') update({ search: target.value });
    else if (target.name === 'group') update({ group: (target as HTMLInputElement).checked });
    else if (target.name === 'speaker' || target.name === 'site' || target.name === 'lang')
      update({ [target.name]: fromOptionValue(target.value) });
  });
  more.addEventListener('click', () => {
    limit += PAGE_SIZE;
    draw();
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]'))
    button.addEventListener('click', () => download(shown, button.dataset.export as ExportFormat));
  $<HTMLButtonElement>('#import').addEventListener('click', () => importInput.click());
  importInput.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    importInput.value = '';
    if (!file) return;
    const outcome = await importFile(file, store);
    say(outcome.message, { error: outcome.error });
    await load();
  });

  let reload: ReturnType<typeof setTimeout> | undefined;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !Object.keys(changes).some((key) => key.startsWith(SHARD_PREFIX))) return;
    clearTimeout(reload);
    reload = setTimeout(() => void load(), RELOAD_DELAY_MS);
  });
  void load();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
