/**
 * Read aloud, checked the same way in Chromium and Firefox, against the view frame's real
 * `speechSynthesis`: its speak, pause, resume and cancel are wrapped from the test before the
 * reader presses anything, and every utterance is recorded with its text, voice, pitch and rate.
 *
 * First with the real engine behind the wrapper: with real voices where speech-dispatcher and
 * espeak-ng are installed (speech.mjs), the first sentences to the end of the first quote are
 * really said; without them, what speech does then (Chromium fails the first utterance, Firefox
 * never starts it), and the output says which. Then the wrapper keeps the utterances from the
 * engine and the test plays the engine's part, dispatching each recorded utterance's `end`, so
 * that the whole article's order, voices and marking are checked in a few seconds. Each browser's
 * test file gives the driver.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { engineResult, PAGES, SEED_URL, shot } from './helpers.mjs';
import { noVoicesReason } from './speech.mjs';
import { clickView, inView, waitFor } from './view-checks.mjs';

/** Letters and digits only: what is said compared with what is shown, marks and spaces aside. */
const letters = (text) => text.replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Wraps the frame's speechSynthesis. `forward`: pass utterances on to the engine. Every call is
 * also written to the extension origin's storage, so that what the view did as it closed can be
 * read from the next view (readSpeechLog).
 */
function observeSpeech(page, forward) {
  return inView(
    page,
    (_, forward) => {
      const synth = globalThis.speechSynthesis;
      // `order`: each utterance's speak, start, end and error, numbered, as they came.
      const log = { calls: [], utterances: [], events: [], order: [], voices: synth.getVoices().length };
      globalThis.__speech = log;
      // Firefox's extension frame has localStorage, written at once: there an async storage.local.set
      // from a frame being torn down was sometimes lost, and the closing view's last call with it.
      // Chromium denies the frame localStorage; its storage.local writes were never lost.
      const local = (() => {
        try {
          return globalThis.localStorage;
        } catch {
          return null;
        }
      })();
      const api = globalThis.browser ?? globalThis.chrome;
      const keep = () =>
        local
          ? local.setItem('read-aloud-test-log', JSON.stringify(log.calls))
          : void api.storage.local.set({ 'read-aloud-test-log': log.calls });
      const proto = Object.getPrototypeOf(synth);
      synth.speak = (u) => {
        const n = log.utterances.length;
        log.order.push(`speak ${n}`);
        log.utterances.push(u);
        log.calls.push({
          type: 'speak',
          text: u.text,
          voice: u.voice ? u.voice.voiceURI : null,
          pitch: u.pitch,
          rate: u.rate,
          lang: u.lang,
        });
        for (const e of ['start', 'end', 'error'])
          u.addEventListener(e, (event) => {
            log.events.push(`${e}${event.error ? `:${event.error}` : ''}`);
            log.order.push(`${e} ${n}`);
          });
        keep();
        if (forward) proto.speak.call(synth, u);
      };
      for (const name of ['pause', 'resume', 'cancel'])
        synth[name] = () => {
          log.calls.push({ type: name });
          keep();
          proto[name].call(synth);
        };
    },
    forward,
  );
}

/** The recorded calls, and the view's read-aloud state. */
function speechState(page) {
  return inView(page, (root) => {
    const log = globalThis.__speech;
    const highlight = globalThis.CSS?.highlights?.get('qr-read-aloud');
    const range = highlight ? [...highlight][0] : null;
    return {
      calls: log.calls,
      events: log.events,
      order: log.order,
      voices: log.voices,
      state: root.querySelector('.qr-aloud')?.dataset.state ?? null,
      note:
        root.querySelector('.qr-aloud-note')?.hidden === false ? root.querySelector('.qr-aloud-note').textContent : '',
      marked: range ? range.toString() : null,
      reading: root.querySelector('.qr-aloud-reading')?.textContent ?? null,
    };
  });
}

/** Ends the last recorded utterance as the engine would, `times` times; returns what was marked for each. */
function endUtterances(page, times) {
  return inView(
    page,
    (root, times) => {
      const log = globalThis.__speech;
      const seen = [];
      const pageBox = root.querySelector('.qr-page').getBoundingClientRect();
      const top = root.querySelector('.qr-toolbar').getBoundingClientRect().bottom;
      const bottom = root.querySelector('.qr-aloud').getBoundingClientRect().top;
      for (let i = 0; i < times; i++) {
        const u = log.utterances.at(-1);
        const range = [...(globalThis.CSS.highlights.get('qr-read-aloud') ?? [])][0];
        const box = range?.getBoundingClientRect();
        seen.push({
          text: u.text,
          marked: range ? range.toString() : null,
          inView: !!box && box.top >= Math.max(top, pageBox.top) - 1 && box.bottom <= bottom + 1,
        });
        const before = log.utterances.length;
        u.dispatchEvent(new SpeechSynthesisEvent('end', { utterance: u }));
        if (log.utterances.length === before) break; // the last one: nothing follows
      }
      return seen;
    },
    times,
  );
}

/** The real engine with no voice: it fails at once, or takes utterances and says nothing. */
async function withoutVoices(page, result, prefix) {
  await clickView(page, '.qr-toolbar .qr-read-aloud');
  await waitFor(async () => (await speechState(page)).calls.some((c) => c.type === 'speak'), {
    what: 'the first utterance',
  });
  // An engine that fails does so at once; one that takes utterances and never speaks them gets
  // a line in the bar after 5 s (SILENCE_NOTE_MS): whichever comes first is what this engine does.
  const silent = await inView(page, () => (globalThis.browser ?? globalThis.chrome).i18n.getMessage('readAloudSilent'));
  // The note may first say that no voice is installed; the silence note replaces it.
  const real = await waitFor(
    async () => {
      const state = await speechState(page);
      const failed = state.events.some((e) => e.startsWith('error'));
      const settled =
        state.events.includes('start') || (failed && state.state === 'stopped' && state.note) || state.note === silent;
      return settled ? state : null;
    },
    { timeout: 20_000, what: 'the speech engine to start, fail, or be noted as silent' },
  );
  const first = real.calls.find((c) => c.type === 'speak');
  console.log(
    `${prefix}: real speechSynthesis: ${real.voices} voices; first utterance ${JSON.stringify(first.text)} → ` +
      `events [${real.events.join(', ')}], view ${real.state}${real.note ? `, says "${real.note}"` : ''}`,
  );
  assert.equal(letters(first.text), letters(result.article.title), 'reading starts with the title');
  if (real.events.some((e) => e.startsWith('error'))) {
    assert.equal(real.state, 'stopped', 'an engine that cannot speak stops the player');
    assert.ok(real.note.includes(real.events.find((e) => e.startsWith('error')).split(':')[1]), real.note);
  } else if (!real.events.includes('start')) {
    assert.equal(real.state, 'playing');
    assert.equal(real.note, silent, 'the bar says nothing is heard');
  } else assert.equal(real.state, 'playing');
}

/**
 * The real engine with real voices: the article language's voices are listed and offered, the
 * first sentences up to the end of the first quote are really said (each utterance starts and
 * ends, one after another, the next starting only after the one before ended), and the quote in
 * another voice or pitch than the narration.
 */
async function withRealVoices(page, result, prefix) {
  const lang = result.article.lang.split('-')[0];
  // The browser starts its daemon when first asked: the voices come within a few seconds.
  const voices = await waitFor(
    async () => {
      const found = await inView(
        page,
        (_, lang) =>
          speechSynthesis
            .getVoices()
            .filter((v) => v.lang.split('-')[0] === lang)
            .map((v) => v.voiceURI),
        lang,
      );
      return found.length ? found : null;
    },
    { timeout: 20_000, what: `real voices for "${lang}"` },
  );
  await clickView(page, '.qr-toolbar .qr-read-aloud');
  const menu = await waitFor(
    async () => {
      const values = await inView(page, (root) =>
        Array.from(root.querySelectorAll('.qr-aloud-voice option'), (o) => o.value).filter(Boolean),
      );
      return values.length ? values : null;
    },
    { what: 'the voice menu' },
  );
  assert.deepEqual([...menu].sort(), [...voices].sort(), 'the menu offers the article language’s voices');

  const quoteStart = letters(result.quotes[0].text).slice(0, 20);
  let last;
  const heard = await waitFor(
    async () => {
      last = await speechState(page);
      if (last.order.some((e) => e.startsWith('error'))) return last;
      const spoken = last.calls.filter((c) => c.type === 'speak');
      const quote = spoken.findIndex((c) => letters(c.text).includes(quoteStart));
      return quote >= 0 && last.order.includes(`end ${quote}`) ? { ...last, spoken, quote } : null;
    },
    { timeout: 30_000, interval: 200, what: 'the real engine to say the first quote' },
  ).catch((error) => {
    throw new Error(`${error.message}; events so far: ${last?.order.join(', ')}`);
  });
  assert.ok(!heard.order.some((e) => e.startsWith('error')), `no utterance fails: ${heard.order.join(', ')}`);
  const at = (event) => heard.order.indexOf(event);
  for (let i = 0; i <= heard.quote; i++) {
    assert.ok(
      at(`speak ${i}`) < at(`start ${i}`) && at(`start ${i}`) < at(`end ${i}`),
      `utterance ${i} starts, then ends`,
    );
    if (i > 0) assert.ok(at(`end ${i - 1}`) < at(`start ${i}`), `utterance ${i} starts after ${i - 1} ended`);
  }
  const said = heard.spoken.slice(0, heard.quote + 1);
  assert.equal(letters(said[0].text), letters(result.article.title), 'reading starts with the title');
  assert.ok(
    said.every((c) => voices.includes(c.voice)),
    'every utterance in a voice of the article’s language',
  );
  const narration = `${said[0].voice}|${said[0].pitch}`;
  const quoted = said.at(-1);
  assert.notEqual(`${quoted.voice}|${quoted.pitch}`, narration, 'the quote in another voice or pitch');
  console.log(
    `${prefix}: real speechSynthesis: ${voices.length} voices for "${lang}"; ${said.length} utterances really said ` +
      `to the end of the first quote, each ended before the next started; narration ${said[0].voice} pitch ` +
      `${said[0].pitch}, quote ${quoted.voice} pitch ${quoted.pitch}`,
  );
}

/**
 * The checks. `driver()` gives { openView(url), closeView(), pressK(), leave(url) } (`leave` takes
 * the view's own tab to `url` and opens the view there); `prefix` names the screenshot.
 */
export function readAloudChecks(driver, prefix) {
  it('reads the article in order, quotes in another voice or pitch, marked and in view; pauses and stops', async () => {
    const result = await engineResult(SEED_URL);
    const { page } = await driver().openView(SEED_URL);

    // 1. The real engine behind the wrapper: real voices where the machine has them
    // (speech.mjs), and otherwise what speech does without any.
    await observeSpeech(page, true);
    const noVoices = noVoicesReason();
    if (noVoices) {
      console.log(`${prefix}: ${noVoices}: the real engine is checked without voices`);
      await withoutVoices(page, result, prefix);
    } else await withRealVoices(page, result, prefix);
    await clickView(page, '.qr-aloud-stop');
    await waitFor(async () => (await speechState(page)).state === 'stopped', { what: 'stop' });
    // Reading followed the sentence down the page; the next starts from the top (the title) again.
    await inView(page, (root) => {
      root.querySelector('.qr-page').scrollTop = 0;
    });

    // 2. The test plays the engine: the utterances are recorded, not passed on.
    await observeSpeech(page, false);
    // A script's click and key in the view do nothing: only the reader's own.
    await inView(page, (root) => {
      root.querySelector('.qr-aloud-play').click();
      root.querySelector('.qr-page').dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }));
    });
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual((await speechState(page)).calls, [], 'synthetic click and key say nothing');

    await clickView(page, '.qr-aloud-play');
    await waitFor(async () => (await speechState(page)).calls.length > 0, { what: 'play' });
    // Up to the first quote: the screenshot shows its sentence marked.
    const quoteStart = letters(result.quotes[0].text).slice(0, 20);
    let seen = [];
    const saying = async () => letters((await speechState(page)).calls.findLast((c) => c.type === 'speak').text);
    for (let i = 0; i < 40 && !(await saying()).includes(quoteStart); i++) {
      seen = seen.concat(await endUtterances(page, 1));
    }
    const atQuote = await speechState(page);
    assert.ok(letters(atQuote.marked ?? '').includes(quoteStart), `the quote is marked: ${atQuote.marked}`);
    assert.ok(letters(atQuote.reading).includes(quoteStart), 'its paragraph is marked');
    await page.screenshot({ path: shot(`${prefix}-read-aloud`) });

    // Pause and play again: the engine is paused and resumed.
    await clickView(page, '.qr-aloud-play');
    await waitFor(async () => (await speechState(page)).state === 'paused', { what: 'pause' });
    await clickView(page, '.qr-aloud-play');
    await waitFor(async () => (await speechState(page)).state === 'playing', { what: 'resume' });
    const paused = (await speechState(page)).calls.map((c) => c.type);
    assert.deepEqual(paused.slice(-2), ['pause', 'resume']);

    // The rest of the article, to its end.
    seen = seen.concat(await endUtterances(page, 400));
    const done = await speechState(page);
    assert.equal(done.state, 'stopped', 'the player stops after the last sentence');
    assert.equal(done.marked, null, 'nothing is marked once it is done');
    const said = done.calls.filter((c) => c.type === 'speak');
    assert.equal(said.length, seen.length, 'each utterance was ended once');

    // Every utterance was marked while it was read, and on the screen.
    for (const s of seen) {
      assert.equal(letters(s.marked ?? ''), letters(s.text), `marked while read: ${s.text}`);
      assert.ok(s.inView, `in view while read: ${s.text}`);
    }

    // The reading order is the article's: title, lead and body, every word once.
    const shown = await inView(page, (root) =>
      ['.qr-title', '.qr-lead', '.qr-body']
        .map((selector) => {
          const part = root.querySelector(selector).cloneNode(true);
          for (const e of part.querySelectorAll('figure, button')) e.remove();
          return part.textContent;
        })
        .join(' '),
    );
    assert.equal(letters(said.map((c) => c.text).join(' ')), letters(shown), 'said in the article’s order');

    // The quotes, and only they, in another voice or pitch than the narration, in the engine's order.
    const narration = `${said[0].voice}|${said[0].pitch}`;
    const quoted = said.filter((c) => `${c.voice}|${c.pitch}` !== narration);
    assert.equal(
      letters(quoted.map((c) => c.text).join(' ')),
      letters(result.quotes.map((q) => q.text).join(' ')),
      'the utterances in another voice or pitch are the quotes, in order',
    );
    assert.ok(said.every((c) => c.rate === said[0].rate && c.lang === result.article.lang));
    console.log(
      `${prefix}: ${said.length} utterances, ${quoted.length} of them quotes; narration voice ${said[0].voice} pitch ${said[0].pitch}, ` +
        `quotes ${[...new Set(quoted.map((c) => `${c.voice} pitch ${c.pitch}`))].join(', ')}`,
    );

    // Next paragraph, then stop: cancelled, and an end that comes late says nothing more.
    await clickView(page, '.qr-aloud-play');
    await waitFor(async () => (await speechState(page)).state === 'playing', { what: 'play again' });
    const beforeNext = (await speechState(page)).reading;
    await clickView(page, '.qr-aloud-next');
    const afterNext = await speechState(page);
    assert.notEqual(afterNext.reading, beforeNext, 'the next paragraph is read');
    assert.ok(letters(afterNext.reading).startsWith(letters(afterNext.calls.at(-1).text)), 'from its start');
    assert.equal(afterNext.calls.at(-2).type, 'cancel', 'the sentence being said is cancelled');
    await clickView(page, '.qr-aloud-stop');
    const stopped = await speechState(page);
    assert.equal(stopped.calls.at(-1).type, 'cancel');
    assert.equal(stopped.state, 'stopped');
    const count = stopped.calls.length;
    await endUtterances(page, 1);
    assert.equal((await speechState(page)).calls.length, count, 'nothing is said after stop');
  });

  it('plays and pauses with K, and stops speaking when the view closes or the page is left', async () => {
    const { page } = await driver().openView(SEED_URL);
    await observeSpeech(page, false);
    await inView(page, readSpeechLog, true);
    await driver().pressK();
    await waitFor(async () => (await speechState(page)).state === 'playing', { what: 'K to play' });
    await endUtterances(page, 3);
    await driver().pressK();
    await waitFor(async () => (await speechState(page)).state === 'paused', { what: 'K to pause' });
    await driver().pressK();
    await waitFor(async () => (await speechState(page)).state === 'playing', { what: 'K to play again' });
    const calls = (await speechState(page)).calls.map((c) => c.type);
    assert.deepEqual(calls, ['cancel', 'speak', 'speak', 'speak', 'speak', 'pause', 'resume']);

    await driver().closeView();
    const reopened = await driver().openView(SEED_URL);
    await logLength(reopened.page, calls.length + 1);
    assert.deepEqual(
      (await takeLog(reopened.page)).map((c) => c.type),
      [...calls, 'cancel'],
      'the closing view cancelled speech, and said nothing after',
    );

    // Leaving the page while it reads (the tab goes to another address) stops speech too.
    await observeSpeech(reopened.page, false);
    await driver().pressK();
    await waitFor(async () => (await speechState(reopened.page)).state === 'playing', { what: 'K to play' });
    await endUtterances(reopened.page, 2);
    const reading = (await speechState(reopened.page)).calls.map((c) => c.type);
    const next = await driver().leave(Object.keys(PAGES)[1]);
    await logLength(next.page, reading.length + 1);
    assert.deepEqual(
      (await takeLog(next.page)).map((c) => c.type),
      [...reading, 'cancel'],
      'leaving the page cancelled speech, and said nothing after',
    );
    await driver().closeView();
  });
}

/**
 * Waits (up to 3 s) until the log the last observed view wrote holds `n` calls: the closing view's
 * last write may land after the next view has opened. A log that stays short fails the comparison after.
 */
async function logLength(page, n) {
  const length = async () => (await inView(page, readSpeechLog, false)).length;
  await waitFor(async () => (await length()) >= n, { timeout: 3000, what: 'the closed view’s last speech call' }).catch(
    () => undefined,
  );
}

/** The speech calls the last observed view wrote (see observeSpeech), taken out of storage. */
function takeLog(page) {
  return inView(page, readSpeechLog, true);
}

/** Runs in the view: the speech calls observeSpeech kept, removed from storage when `take`. */
async function readSpeechLog(_, take) {
  const key = 'read-aloud-test-log';
  const local = (() => {
    try {
      return globalThis.localStorage;
    } catch {
      return null;
    }
  })();
  if (local) {
    const calls = JSON.parse(local.getItem(key) ?? '[]');
    if (take) local.removeItem(key);
    return calls;
  }
  const api = globalThis.browser ?? globalThis.chrome;
  const { [key]: calls } = await api.storage.local.get(key);
  if (take) await api.storage.local.remove(key);
  return calls ?? [];
}
