/**
 * The read-aloud bar, at the bottom of the view while it is open: previous paragraph, play or
 * pause, next paragraph, stop, the speed, the voice (among the article language's voices) and a
 * line for what the reader should know (no voice installed, speech not available). It only draws
 * and reports trusted clicks and choices; read-aloud.ts decides what they do.
 */
import { h } from '../h.js';
import { t } from '../i18n.js';
import { type IconName, icon } from '../icons.js';
import type { PlayerState } from './player.js';
import { RATES } from './prefs.js';

/** The key that plays and pauses (K, as in video players; S saves, Esc closes, Space scrolls). */
export const PLAY_KEY = 'k';

export interface ControlsActions {
  playPause(): void;
  stop(): void;
  skip(direction: 1 | -1): void;
  setRate(rate: number): void;
  /** The voiceURI chosen for narration. */
  setVoice(uri: string): void;
  close(): void;
}

export interface Controls {
  element: HTMLElement;
  /** Shows the player's state on the play button. */
  show(state: PlayerState): void;
  /** Fills the voice menu: `voices` of the article's language, `chosen` selected. */
  showVoices(voices: readonly SpeechSynthesisVoice[], chosen: SpeechSynthesisVoice | null): void;
  showRate(rate: number): void;
  /** A line for the reader ('' hides it). */
  note(text: string): void;
}

/** `action` for the reader's own clicks and choices only. */
const trusted =
  (action: () => void) =>
  (event: Event): void => {
    if (event.isTrusted) action();
  };

/** "1.25×" in the interface's language. */
const rateLabel = (rate: number): string =>
  `${new Intl.NumberFormat(document.documentElement.lang || undefined).format(rate)}×`;

export function createControls(actions: ControlsActions): Controls {
  const iconButton = (label: string, name: IconName, onclick: () => void, className: string): HTMLButtonElement =>
    h(
      'button',
      { type: 'button', class: `qr-btn ${className}`, title: label, 'aria-label': label, onclick: trusted(onclick) },
      icon(name),
    );
  const play = iconButton(`${t('readAloudPlay')} (K)`, 'play', actions.playPause, 'qr-aloud-play');
  play.setAttribute('aria-keyshortcuts', PLAY_KEY);
  const rate = h(
    'select',
    { class: 'qr-aloud-rate', onchange: trusted(() => actions.setRate(Number(rate.value))) },
    ...RATES.map((r) => h('option', { value: String(r) }, rateLabel(r))),
  );
  const voice = h('select', { class: 'qr-aloud-voice', onchange: trusted(() => actions.setVoice(voice.value)) });
  const voiceField = h('label', { class: 'qr-aloud-field' }, h('span', null, t('readAloudVoice')), voice);
  const line = h('p', { class: 'qr-aloud-note', role: 'status', hidden: true });

  const element = h(
    'div',
    { class: 'qr-aloud', id: 'qr-aloud', role: 'region', 'aria-label': t('readAloud') },
    h(
      'div',
      { class: 'qr-group', role: 'group', 'aria-label': t('readAloud') },
      iconButton(t('readAloudPrevious'), 'skipBack', () => actions.skip(-1), 'qr-aloud-prev'),
      play,
      iconButton(t('readAloudNext'), 'skipForward', () => actions.skip(1), 'qr-aloud-next'),
      iconButton(t('readAloudStop'), 'stop', actions.stop, 'qr-aloud-stop'),
    ),
    h('label', { class: 'qr-aloud-field' }, h('span', null, t('readAloudSpeed')), rate),
    voiceField,
    line,
    iconButton(t('readAloudClose'), 'close', actions.close, 'qr-aloud-close'),
  );

  return {
    element,
    show(state) {
      const playing = state === 'playing';
      const label = `${playing ? t('readAloudPause') : t('readAloudPlay')} (K)`;
      play.replaceChildren(icon(playing ? 'pause' : 'play'));
      play.title = label;
      play.setAttribute('aria-label', label);
      element.dataset.state = state;
    },
    showVoices(voices, chosen) {
      // No voice listed for the language: the browser's own default says it, and a menu of one
      // disabled "System voice" would only crowd the bar (on a phone it showed "Systemv"); the
      // note says which voice reads.
      voice.replaceChildren(
        ...(voices.length
          ? voices.map((v) => h('option', { value: v.voiceURI }, `${v.name} (${v.lang})`))
          : [h('option', { value: '' }, t('readAloudDefaultVoice'))]),
      );
      voice.value = chosen?.voiceURI ?? '';
      voice.disabled = voices.length === 0;
      voiceField.hidden = voices.length === 0;
    },
    showRate(r) {
      rate.value = String(r);
    },
    note(text) {
      line.textContent = text;
      line.hidden = !text;
    },
  };
}
