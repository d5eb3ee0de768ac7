/**
 * Real voices for the read-aloud tests, where the machine has Debian's `speech-dispatcher` and
 * `espeak-ng` (.ci/run installs them). Both browsers speak on Linux through speech-dispatcher
 * (Firefox at once, Chromium with `--enable-speech-dispatcher`); the tests give them a daemon of
 * their own, configured here: a small set of espeak-ng voices (espeak-ng's own module lists some
 * 13,000 voices, which took the browsers 12–20 s to list), and the sound, with no sound card
 * here, rendered and dropped. The voices, the engine and its events are the real ones.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DAEMON = '/usr/bin/speech-dispatcher';
const ESPEAK = '/usr/bin/espeak-ng';

/** Two languages the tests read, three English voices and two German (espeak-ng's variants). */
const MODULE = `GenericExecuteSynth "printf %s \\'$DATA\\' | ${ESPEAK} -v $VOICE -s $RATE -p $PITCH -a $VOLUME --stdin --stdout > /dev/null"
GenericCmdDependency "espeak-ng"
GenericRateAdd 170
GenericRateMultiply 1
GenericPitchAdd 50
GenericPitchMultiply 0.5
GenericVolumeAdd 100
GenericLanguage "en" "en" "utf-8"
GenericLanguage "de" "de" "utf-8"
AddVoice "en" "MALE1" "en-us"
AddVoice "en" "FEMALE1" "en-us+f3"
AddVoice "en" "MALE2" "en-gb"
AddVoice "de" "MALE1" "de"
AddVoice "de" "FEMALE1" "de+f3"
`;

const DAEMON_CONFIG = `AddModule "espeak-ng-test" "sd_generic" "espeak-ng-test.conf"
DefaultModule espeak-ng-test
AudioOutputMethod "alsa"
AudioALSADevice "null"
`;

/** Why there are no real voices here, or null when there are. */
export function noVoicesReason() {
  const missing = [DAEMON, ESPEAK].filter((f) => !existsSync(f));
  return missing.length
    ? `no speech voice installed (${missing.join(', ')} missing: apt-get install -y speech-dispatcher espeak-ng)`
    : null;
}

/**
 * The environment a browser speaks in with the tests' daemon (autostarted by the browser on its
 * first utterance or voice list), or undefined when there are no voices to give.
 */
export function speechEnv() {
  if (noVoicesReason()) return undefined;
  const root = mkdtempSync(join(tmpdir(), 'quote-reader-speech-'));
  const config = join(root, 'config', 'speech-dispatcher');
  mkdirSync(join(config, 'modules'), { recursive: true });
  writeFileSync(join(config, 'speechd.conf'), DAEMON_CONFIG);
  writeFileSync(join(config, 'modules', 'espeak-ng-test.conf'), MODULE);
  const run = join(root, 'run');
  mkdirSync(run, { mode: 0o700 });
  return { ...process.env, XDG_CONFIG_HOME: join(root, 'config'), XDG_RUNTIME_DIR: run };
}
