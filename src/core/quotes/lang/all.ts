/**
 * Every language file, registered with the engine when this module loads. The engine imports it
 * (quotes/index.ts), so the library, the CLI and the tests read every language; the reading
 * view's build replaces it with nothing and loads a page's language on demand.
 */
import { am } from './am.js';
import { ar } from './ar.js';
import { bg } from './bg.js';
import { bn } from './bn.js';
import { bs } from './bs.js';
import { de } from './de.js';
import { el } from './el.js';
import { en } from './en.js';
import { es } from './es.js';
import { fa } from './fa.js';
import { fr } from './fr.js';
import { ha } from './ha.js';
import { hi } from './hi.js';
import { hr } from './hr.js';
import { id } from './id.js';
import { mk } from './mk.js';
import { pl } from './pl.js';
import { ps } from './ps.js';
import { pt } from './pt.js';
import { ro } from './ro.js';
import { ru } from './ru.js';
import { sq } from './sq.js';
import { sr } from './sr.js';
import { sw } from './sw.js';
import { tr } from './tr.js';
import { uk } from './uk.js';
import { ur } from './ur.js';
import { zh } from './zh.js';
import { addLanguages } from './index.js';
import type { LangSource } from './types.js';

/** In this order: merged data (an untagged page) lists the big languages' words first. */
export const ALL_LANGUAGES: readonly LangSource[] = [
  en,
  de,
  fr,
  es,
  pt,
  ru,
  am,
  ar,
  bg,
  bn,
  bs,
  el,
  fa,
  ha,
  hi,
  hr,
  id,
  mk,
  pl,
  ps,
  ro,
  sq,
  sr,
  sw,
  tr,
  uk,
  ur,
  zh,
];

addLanguages(ALL_LANGUAGES);
