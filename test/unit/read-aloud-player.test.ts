/**
 * The player, against a stand-in for `speechSynthesis` that records what it is asked: one
 * utterance at a time, each `end` starting the next; pause, skip, stop; an engine that cannot
 * speak stops it with a reason.
 */
import { describe, expect, it } from 'vitest';
import type { PlannedUtterance } from '../../src/view/read-aloud/plan.js';
import { createPlayer, paragraphStart, type PlayerState } from '../../src/view/read-aloud/player.js';

class FakeUtterance extends EventTarget {
  lang = '';
  voice: unknown = null;
  pitch = 1;
  rate = 1;
  constructor(readonly text: string) {
    super();
  }
}

function fakeSynth() {
  const calls: string[] = [];
  const spoken: FakeUtterance[] = [];
  const synth = {
    paused: false,
    speak: (u: FakeUtterance) => {
      calls.push(`speak:${u.text}`);
      spoken.push(u);
    },
    cancel: () => calls.push('cancel'),
    pause() {
      calls.push('pause');
      this.paused = true;
    },
    resume() {
      calls.push('resume');
      this.paused = false;
    },
  };
  return { synth, calls, spoken };
}

/** Utterances "b<block>s<sentence>" over blocks of the given sizes. */
function planOf(...sizes: number[]): PlannedUtterance[] {
  return sizes.flatMap((n, block) =>
    Array.from({ length: n }, (_, s) => ({ text: `b${block}s${s}`, block }) as unknown as PlannedUtterance),
  );
}

function setup(plan = planOf(2, 1, 2)) {
  const { synth, calls, spoken } = fakeSynth();
  const states: string[] = [];
  const unavailable: string[] = [];
  let rate = 1;
  const player = createPlayer({
    synth: synth as unknown as SpeechSynthesis,
    plan,
    deliver: (u) => ({ voice: null, pitch: u.text.endsWith('s1') ? 1.35 : 1, lang: 'en' }),
    rate: () => rate,
    onChange: (state: PlayerState, index) => states.push(`${state}:${index}`),
    onUnavailable: (error) => unavailable.push(error),
    makeUtterance: (text) => new FakeUtterance(text) as unknown as SpeechSynthesisUtterance,
  });
  const end = (i: number) => spoken[i]!.dispatchEvent(new Event('end'));
  const started = (i: number) => spoken[i]!.dispatchEvent(new Event('start'));
  const spokenTexts = () => calls.filter((c) => c.startsWith('speak:')).map((c) => c.slice(6));
  return { player, calls, spoken, states, unavailable, end, started, spokenTexts, setRate: (r: number) => (rate = r) };
}

describe('the player', () => {
  it('says one utterance at a time, the next on each end, and stops at the end', () => {
    const t = setup();
    t.player.play(0);
    expect(t.spokenTexts()).toEqual(['b0s0']);
    for (let i = 0; i < 5; i++) t.end(i);
    expect(t.spokenTexts()).toEqual(['b0s0', 'b0s1', 'b1s0', 'b2s0', 'b2s1']);
    expect(t.player.state).toBe('stopped');
    expect(t.states.at(-1)).toBe('stopped:-1');
    expect(t.spoken[1]!.pitch).toBe(1.35);
  });

  it('ignores the end of an utterance it no longer waits for', () => {
    const t = setup();
    t.player.play(0);
    t.end(0);
    t.end(0);
    expect(t.spokenTexts()).toEqual(['b0s0', 'b0s1']);
  });

  it('pauses and resumes the engine', () => {
    const t = setup();
    t.player.play(0);
    t.player.toggle();
    expect(t.player.state).toBe('paused');
    expect(t.calls.at(-1)).toBe('pause');
    t.player.toggle();
    expect(t.calls.at(-1)).toBe('resume');
    expect(t.player.state).toBe('playing');
  });

  it('stops: cancels, and says nothing more even when an end comes late', () => {
    const t = setup();
    t.player.play(0);
    t.player.stop();
    expect(t.calls.at(-1)).toBe('cancel');
    t.end(0);
    expect(t.spokenTexts()).toEqual(['b0s0']);
    expect(t.player.state).toBe('stopped');
  });

  it('skips to the next paragraph and back to this one’s start, then the one before', () => {
    const t = setup();
    t.player.play(0);
    t.player.skip(1);
    expect(t.spokenTexts().at(-1)).toBe('b1s0');
    t.player.skip(1);
    t.end(2);
    expect(t.spokenTexts().at(-1)).toBe('b2s1');
    t.player.skip(-1);
    expect(t.spokenTexts().at(-1)).toBe('b2s0');
    t.player.skip(-1);
    expect(t.spokenTexts().at(-1)).toBe('b1s0');
  });

  it('says the sentence again at a new speed', () => {
    const t = setup();
    t.player.play(0);
    t.setRate(1.5);
    t.player.restart();
    expect(t.spoken.map((u) => [u.text, u.rate])).toEqual([
      ['b0s0', 1],
      ['b0s0', 1.5],
    ]);
  });

  it('stops with the reason when the engine fails before saying anything', () => {
    const t = setup();
    t.player.play(0);
    t.spoken[0]!.dispatchEvent(Object.assign(new Event('error'), { error: 'synthesis-failed' }));
    expect(t.player.state).toBe('stopped');
    expect(t.unavailable).toEqual(['synthesis-failed']);
    expect(t.spokenTexts()).toEqual(['b0s0']);
  });

  it('goes on past one sentence the engine could not say once it has spoken', () => {
    const t = setup();
    t.player.play(0);
    t.started(0);
    t.end(0);
    t.spoken[1]!.dispatchEvent(Object.assign(new Event('error'), { error: 'text-too-long' }));
    expect(t.spokenTexts()).toEqual(['b0s0', 'b0s1', 'b1s0']);
    t.spoken[2]!.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
    expect(t.player.state).toBe('playing');
  });
});

describe('paragraphStart', () => {
  const plan = planOf(2, 1, 2);
  it('finds the next paragraph, and the end after the last', () => {
    expect(paragraphStart(plan, 0, 1)).toBe(2);
    expect(paragraphStart(plan, 3, 1)).toBe(5);
  });
  it('goes back to the start of this paragraph, or to the one before from its start', () => {
    expect(paragraphStart(plan, 4, -1)).toBe(3);
    expect(paragraphStart(plan, 3, -1)).toBe(2);
    expect(paragraphStart(plan, 1, -1)).toBe(0);
    expect(paragraphStart(plan, 0, -1)).toBe(0);
  });
});
