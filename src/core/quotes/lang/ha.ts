/**
 * Hausa attribution data ("…" in ji X; X ya ce "…"; a cewar X). Subject–verb–object: the speaker
 * stands before "ya ce"/"ta ce" (he/she said), whose pronoun tells the gender; after a quote the
 * source comes with "in ji" ("according to"). No capitals distinguish nouns from names beyond
 * Latin script's own.
 */
import type { LangSource } from './types.js';

export const ha: LangSource = {
  code: 'ha',
  speechVerbs:
    'ce|cewa|ya ce|ta ce|sun ce|yace|tace|sunce|ya bayyana|ta bayyana|sun bayyana|bayyana|' +
    'ya kara da cewa|ta kara da cewa|kara da cewa|ya jaddada|ta jaddada|jaddada|ya yi bayani|' +
    'ta yi bayani|ya shaida|ta shaida|shaida|ya ambata|ta ambata|ya furta|ta furta|ya tambaya|ya amsa|' +
    'ya rubuta|ta rubuta|ya gargadi|ya yi gargadi|ya nanata|ta nanata|ya sanar|ta sanar|sanar|ya fada|' +
    'ta fada|fada|ya tabbatar|ta tabbatar',
  sourcePrepositions: 'a ta bakin|a cewar shugaban|in ji|a cewar|a cewa|kamar yadda|a bisa|inji',
  speakerWords: 'ni|na|mu|muna|mun|ku|kai|ke|nawa|namu|naku',
  pronouns: { ya: 'm', ta: 'f', sun: null, shi: 'm', ita: 'f', su: null },
  fillers: 'kuma|ma|har|yanzu|dai|ne|ce',
  determiners: 'wani|wata|wasu',
  indefiniteDeterminers: 'wani|wata|wasu',
  titles: 'malam|malama|mallam|alhaji|hajiya|shugaba|shugaban|ministan|minista|janar|gwamna|gwamnan|farfesa|' + 'dakta',
  genderedTitles: { malam: 'm', mallam: 'm', malama: 'f', alhaji: 'm', hajiya: 'f', shugabar: 'f' },
  personNouns:
    'masani|masanin|mai magana da yawun|kakakin|wakili|wakilin|minista|ministan|shugaba|shugaban|' +
    'shugabar|mai bincike|likita|lauya|mai horaswa|dan wasa|darakta|daraktan|jagora|marubuci',
  nonPersonNouns: "rahoto|gwamnati|ma'aikata|takarda|sanarwa|jarida",
  termMarkers: 'da ake kira|wanda ake kira|mai suna|kalmar|take',
  abbreviations: 'dr|malam|alh|farf',
  nameParticles: 'bin|dan|al|von|van|de',
  nonNames:
    'da|ko|amma|a|daga|zuwa|ga|game|ya|ta|sun|shi|ita|su|mu|ni|wannan|wancan|kamar|lokacin|idan|cewa|' +
    "kuma|litinin|talata|laraba|alhamis|juma'a|asabar|lahadi|janairu|fabrairu|maris|afrilu|mayu|yuni|" +
    'yuli|agusta|satumba|oktoba|nuwamba|disamba|allah|nato|amurka',
  complementizers: 'cewa|cewar',
  captionMarkers: 'hoto:',
  relatives: 'wanda|wadda|wadanda|da',
  conjunctions: 'da|amma|kuma',
  inversionOnlyInIncise: true,
  prepositions: 'a|daga|zuwa|ga|cikin|kan|bisa|saboda|lokacin',
  ofWords: 'na|ta',
};
