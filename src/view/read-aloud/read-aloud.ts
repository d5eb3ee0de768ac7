/**
 * "Read aloud" in the view: the toolbar's button opens the bar (controls.ts) and reads the
 * article from the first paragraph on screen, narration in one voice and each speaker's quotes in
 * another (voices.ts), the sentence being read marked and kept in view (marker.ts). K plays or
 * pauses. Speech stops when the bar closes and when the view goes (its frame's pagehide: the view
 * closing, the page navigating or the tab closing).
 *
 * The plan is made when the reader first asks for it, not when the view opens.
 */
import browser from 'webextension-polyfill';
import type { PageAnalysis } from '../../core/pipeline.js';
import { t } from '../i18n.js';
import { type Controls, createControls, PLAY_KEY } from './controls.js';
import { createMarker } from './marker.js';
import { nameForms, type PlannedUtterance, planReading } from './plan.js';
import { createPlayer, type Delivery, type Player } from './player.js';
import { PREFS_KEY, parsePrefs, type ReadAloudPrefs } from './prefs.js';
import READ_ALOUD_CSS from './read-aloud.css';
import { type Casting, castVoices } from './voices.js';

/** How long an engine may take to start the first sentence before the bar says nothing is heard. */
const SILENCE_NOTE_MS = 5000;

/** How long to wait for the browser's voice list when it is empty at first (it fills asynchronously). */
const VOICES_WAIT_MS = 1500;

export interface ReadAloudOptions {
  analysis: PageAnalysis;
  /** The view's `<main>` with the drawn article. */
  main: HTMLElement;
  /** The view's scrolling page, where the bar goes. */
  page: HTMLElement;
  /** The height the toolbar covers at the top of the page. */
  toolbarHeight(): number;
  /** Told when the bar opens or closes (the toolbar button shows it). */
  onOpen(open: boolean): void;
}

export interface ReadAloud {
  /** Opens the bar and starts reading, or stops and closes it. */
  toggle(): void;
  /** Stops speech (the view is closing). */
  stop(): void;
}

/** `element` is drawn (hidden text is not read). */
function shown(element: Element): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : true;
}

/** The browser's voices, waiting a little for them when the list is empty at first. */
function voicesOf(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((done) => {
    const finish = (): void => done(synth.getVoices());
    synth.addEventListener('voiceschanged', finish, { once: true });
    setTimeout(finish, VOICES_WAIT_MS);
  });
}

async function loadPrefs(): Promise<ReadAloudPrefs> {
  try {
    return parsePrefs((await browser.storage.sync.get(PREFS_KEY))[PREFS_KEY]);
  } catch {
    return parsePrefs(null);
  }
}

function savePrefs(prefs: ReadAloudPrefs): void {
  void browser.storage.sync.set({ [PREFS_KEY]: prefs }).catch(() => undefined);
}

/** Whether a key event comes from a field that takes typing (the voice menu, a text box). */
function inField(event: KeyboardEvent): boolean {
  const target = event.target as Element | null;
  return !!target?.closest?.('input, select, textarea, [contenteditable=""], [contenteditable="true"]');
}

export function createReadAloud(options: ReadAloudOptions): ReadAloud | null {
  const { analysis, main, page } = options;
  const article = analysis.result.article;
  const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  if (!article || !synth) return null;
  const lang = article.lang ?? '';
  const langKey = lang.toLowerCase().split('-')[0] ?? '';
  const speakers = analysis.quotes.speakers;

  let controls: Controls | null = null;
  let player: Player | null = null;
  let plan: PlannedUtterance[] = [];
  let casting: Casting<SpeechSynthesisVoice> = castVoices([], lang, null);
  let prefs: ReadAloudPrefs = { voices: {}, rate: 1 };
  let ready: Promise<void> | null = null;

  const marker = createMarker(page, () => ({
    top: options.toolbarHeight(),
    bottom: controls?.element.getBoundingClientRect().height ?? 0,
  }));

  /** A speaker's place in the article (their voice); unattributed quotes share one after all of them. */
  const speakerIndex = (name: string | null): number => {
    const i = speakers.findIndex((s) => s.name === name);
    return i === -1 ? speakers.length : i;
  };
  const deliver = (u: PlannedUtterance): Delivery => {
    const choice = u.kind === 'quote' ? casting.quote(speakerIndex(u.speaker)) : casting.narration;
    return { ...choice, lang };
  };

  function recast(): void {
    casting = castVoices(synth!.getVoices(), lang, prefs.voices[langKey] ?? null);
    controls?.showVoices(casting.voices, casting.narration.voice);
    controls?.note(casting.voices.length ? '' : t('readAloudNoVoice'));
  }

  /** The plan, the prefs and the voices: made once, when the reader first opens the bar. */
  function prepare(): Promise<void> {
    ready ??= (async () => {
      plan = planReading(main, {
        lang: article!.lang,
        shown,
        speakerOf(id) {
          const quote = analysis.quotes.quotes[id];
          const speaker = speakers.find((s) => s.id === quote?.speakerId);
          if (!speaker) return { name: null, forms: [] };
          return { name: speaker.name, forms: nameForms(speaker.name, speaker.aliases, quote?.speakerMention) };
        },
      });
      prefs = await loadPrefs();
      controls?.showRate(prefs.rate);
      await voicesOf(synth!);
      recast();
      synth!.addEventListener('voiceschanged', recast);
      player = createPlayer({
        synth: synth!,
        plan,
        deliver,
        rate: () => prefs.rate,
        onChange(state, index) {
          controls?.show(state);
          marker.show(plan[index] ?? null);
        },
        onUnavailable(error) {
          controls?.note(t('readAloudUnavailable', error));
        },
      });
    })();
    return ready;
  }

  /** The first utterance on screen below the toolbar: reading starts where the reader is. */
  function firstOnScreen(): number {
    if (page.scrollTop < 1) return 0;
    const top = page.getBoundingClientRect().top + options.toolbarHeight();
    const i = plan.findIndex((u) => u.element.getBoundingClientRect().bottom > top);
    return Math.max(0, i);
  }

  function playPause(): void {
    void prepare().then(() => {
      if (!player) return;
      // A reason the last attempt failed is old news once the reader tries again.
      if (player.state === 'stopped') controls?.note(casting.voices.length ? '' : t('readAloudNoVoice'));
      const fromStop = player.state === 'stopped';
      player.toggle(fromStop ? firstOnScreen() : undefined);
      // Some systems take the utterances and never speak them (no speech engine for the browser).
      if (fromStop)
        setTimeout(() => {
          if (player?.state === 'playing' && !player.started) controls?.note(t('readAloudSilent'));
        }, SILENCE_NOTE_MS);
    });
  }

  function open(): void {
    if (!controls) {
      // Its own sheet, added to the view's when the bar first opens.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(READ_ALOUD_CSS);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      controls = createControls({
        playPause,
        stop: () => player?.stop(),
        skip: (direction) => player?.skip(direction),
        setRate(rate) {
          prefs = { ...prefs, rate };
          savePrefs(prefs);
          player?.restart();
        },
        setVoice(uri) {
          prefs = { ...prefs, voices: { ...prefs.voices, [langKey]: uri } };
          savePrefs(prefs);
          recast();
          player?.restart();
        },
        close,
      });
      controls.show('stopped');
      controls.showRate(prefs.rate);
      controls.showVoices(casting.voices, casting.narration.voice);
    }
    if (!controls.element.isConnected) page.append(controls.element);
    options.onOpen(true);
  }

  function close(): void {
    player?.stop();
    controls?.element.remove();
    options.onOpen(false);
  }

  window.addEventListener('keydown', (event) => {
    // Esc closes the view (index.ts): silent at once, before the frame is taken down.
    if (event.isTrusted && event.key === 'Escape') player?.stop();
    if (!event.isTrusted || event.defaultPrevented || event.repeat) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.toLowerCase() !== PLAY_KEY && event.code !== 'KeyK') return;
    if (inField(event)) return;
    event.preventDefault();
    open();
    playPause();
  });
  // The view going some other way (the page navigating or removing it, the tab closing).
  window.addEventListener('pagehide', () => player?.stop());

  return {
    stop: () => player?.stop(),
    toggle() {
      if (controls?.element.isConnected) close();
      else {
        open();
        if (player?.state !== 'playing') playPause();
      }
    },
  };
}
