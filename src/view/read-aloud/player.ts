/**
 * Plays a reading plan through `speechSynthesis`, one sentence at a time: each utterance's `end`
 * starts the next, so that pause, skipping a paragraph or a new speed act at once, and a long
 * article never sits in the engine's queue (Chromium drops a long utterance after some seconds).
 *
 * Only the utterance being said moves the player on: an `end` or `error` of one that was
 * cancelled (skipped, stopped) is ignored.
 */
import type { PlannedUtterance } from './plan.js';

export type PlayerState = 'stopped' | 'playing' | 'paused';

/** The engine's errors that mean "cancelled by us", not "could not speak". */
const CANCELLED = new Set(['interrupted', 'canceled']);

/** What one utterance is said with. */
export interface Delivery {
  voice: SpeechSynthesisVoice | null;
  pitch: number;
  lang: string;
}

export interface PlayerOptions {
  synth: SpeechSynthesis;
  plan: readonly PlannedUtterance[];
  /** The voice, pitch and language of `utterance`. */
  deliver(utterance: PlannedUtterance): Delivery;
  /** The speed in force. */
  rate(): number;
  /** Told of every change of state or of the utterance being read (index into the plan, or -1). */
  onChange(state: PlayerState, index: number): void;
  /** Told when the engine cannot speak at all (its first utterance failed): the player has stopped. */
  onUnavailable(error: string): void;
  /** Makes an utterance (the browser's constructor; tests give their own). */
  makeUtterance?(text: string): SpeechSynthesisUtterance;
}

export interface Player {
  readonly state: PlayerState;
  /** Index of the utterance being read (or to read next when stopped). */
  readonly index: number;
  /** Whether the engine has started an utterance since play: false while nothing is heard. */
  readonly started: boolean;
  /** Plays from `from` (stopped), or resumes (paused). */
  play(from?: number): void;
  pause(): void;
  /** Play when stopped or paused, pause when playing. */
  toggle(from?: number): void;
  /** Stops speech and goes back to the start. */
  stop(): void;
  /** Skips to the start of the next paragraph, or back to this one's start (or the one before). */
  skip(direction: 1 | -1): void;
  /** Says the current utterance again with the voice and speed now in force. */
  restart(): void;
}

/** The index of the first utterance of the paragraph `direction` away from the one at `index`. */
export function paragraphStart(plan: readonly PlannedUtterance[], index: number, direction: 1 | -1): number {
  const here = plan[index]?.block;
  if (here === undefined) return 0;
  if (direction === 1) {
    const next = plan.findIndex((u, i) => i > index && u.block !== here);
    return next === -1 ? plan.length : next;
  }
  const start = plan.findIndex((u) => u.block === here);
  // Past this paragraph's first sentence: back to its start. At it: to the one before.
  if (start < index) return start;
  const before = plan[start - 1]?.block;
  return before === undefined ? start : plan.findIndex((u) => u.block === before);
}

export function createPlayer(options: PlayerOptions): Player {
  const { synth, plan } = options;
  const makeUtterance = options.makeUtterance ?? ((text: string) => new SpeechSynthesisUtterance(text));
  let state: PlayerState = 'stopped';
  let index = 0;
  /** The utterance handed to the engine and not yet ended or cancelled. */
  let current: SpeechSynthesisUtterance | null = null;
  /** Whether the engine has started any utterance since play: an error before that means no speech. */
  let started = false;

  const changed = (): void => options.onChange(state, state === 'stopped' ? -1 : index);

  /** Drops the utterance in the engine without letting its end or error move the player. */
  function silence(): void {
    current = null;
    synth.cancel();
    // Chromium stays paused across cancel(): a later speak() would not be heard until resume().
    if (synth.paused) synth.resume();
  }

  function say(at: number): void {
    index = at;
    const planned = plan[at];
    if (!planned) {
      finish();
      return;
    }
    const { voice, pitch, lang } = options.deliver(planned);
    const utterance = makeUtterance(planned.text);
    utterance.lang = lang;
    if (voice) utterance.voice = voice;
    utterance.pitch = pitch;
    utterance.rate = options.rate();
    utterance.addEventListener('start', () => {
      if (utterance === current) started = true;
    });
    utterance.addEventListener('end', () => {
      if (utterance !== current || state === 'stopped') return;
      current = null;
      say(index + 1);
    });
    utterance.addEventListener('error', (event) => {
      if (utterance !== current) return;
      const error = (event as SpeechSynthesisErrorEvent).error ?? 'unknown';
      if (CANCELLED.has(error)) return;
      current = null;
      if (!started) {
        state = 'stopped';
        index = at;
        changed();
        options.onUnavailable(error);
      } else say(index + 1); // one sentence the engine could not say: go on with the next
    });
    current = utterance;
    changed();
    synth.speak(utterance);
  }

  function finish(): void {
    silence();
    state = 'stopped';
    index = 0;
    changed();
  }

  const player: Player = {
    get state() {
      return state;
    },
    get index() {
      return index;
    },
    get started() {
      return started;
    },
    play(from) {
      if (state === 'playing') return;
      if (state === 'paused') {
        state = 'playing';
        synth.resume();
        // Skipped while paused: nothing is waiting in the engine, so say the new place.
        if (!current) say(index);
        else changed();
        return;
      }
      state = 'playing';
      started = false;
      silence();
      say(from ?? index);
    },
    pause() {
      if (state !== 'playing') return;
      state = 'paused';
      synth.pause();
      changed();
    },
    toggle(from) {
      if (state === 'playing') player.pause();
      else player.play(from);
    },
    stop() {
      if (state === 'stopped' && !current) return;
      finish();
    },
    skip(direction) {
      const target = paragraphStart(plan, index, direction);
      if (target >= plan.length) {
        if (state !== 'stopped') finish();
        return;
      }
      if (state === 'playing') {
        silence();
        say(target);
      } else {
        if (state === 'paused') silence();
        index = target;
        // Stopped: the place to start from; shown only once it plays.
        changed();
      }
    },
    restart() {
      if (state !== 'playing') return;
      silence();
      say(index);
    },
  };
  return player;
}
