/**
 * Swahili attribution data ("…," alisema X; kwa mujibu wa X; X alisema kuwa …). Subject–verb–
 * object, with an incise verb before its subject ("…," alisema Rais X). The subject is a prefix
 * of the verb ("alisema": he/she said; "walisema": they said), so a pronoun rarely stands; no
 * grammatical gender.
 */
import type { LangSource } from './types.js';

export const sw: LangSource = {
  code: 'sw',
  speechVerbs:
    'alisema|anasema|amesema|walisema|wanasema|wamesema|akisema|wakisema|alieleza|anaeleza|ameeleza|' +
    'walieleza|aliongeza|anaongeza|ameongeza|alisisitiza|anasisitiza|amesisitiza|alibainisha|anabainisha|' +
    'amebainisha|alifafanua|alidai|anadai|amedai|alionya|ameonya|aliuliza|alijibu|aliandika|ameandika|' +
    'anaandika|alitangaza|ametangaza|aliambia|aliiambia|ameiambia|aliongezea|alikiri|amekiri|' +
    'alieleza kuwa|alisimulia|anasimulia|alisisitza|aliweka wazi',
  sourcePrepositions: 'kwa mujibu wa|kwa maoni ya|kulingana na|kama alivyosema|kwa mujibu',
  speakerWords: 'mimi|sisi|wewe|ninyi|nyinyi|yangu|wangu|langu|letu|yetu|wetu|zetu|yako|wako',
  pronouns: { yeye: null, wao: null },
  fillers: 'pia|tena|naye|nao|baadaye|jana|leo',
  determiners: 'huyo|huyu|yule|mmoja',
  indefiniteDeterminers: 'mmoja',
  titles: 'bwana|bw|bibi|bi|rais|waziri|jenerali|meya|mbunge|profesa|prof|dkt|dk|kansela',
  genderedTitles: { bwana: 'm', bw: 'm', bibi: 'f', bi: 'f' },
  personNouns:
    'mtaalamu|wataalamu|mchambuzi|msemaji|mwakilishi|waziri|rais|mtafiti|mwanasayansi|daktari|wakili|' +
    'kocha|mchezaji|mkurugenzi|mkuu|kiongozi|mwandishi|mwanahistoria|mchumi|mwanaharakati',
  nonPersonNouns: 'ripoti|serikali|wizara|hati|taarifa|gazeti',
  labelVerbs: 'aliita|aliuita|aliwaita|anaita|alielezea',
  termMarkers: 'kinachojulikana kama|kinachoitwa|kiitwacho|liitwalo|iitwayo|neno',
  abbreviations: 'bw|bi|dkt|dk|prof|n.k|k.m|na.',
  nameParticles: 'bin|binti|al|von|van|de',
  nonNames:
    'na|au|lakini|katika|kwa|kutoka|hadi|mpaka|kuhusu|yeye|wao|sisi|mimi|huyu|hii|hiyo|kama|wakati|ikiwa|' +
    'kuwa|kwamba|hata|hivyo|pia|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|januari|' +
    'februari|machi|aprili|mei|juni|julai|agosti|septemba|oktoba|novemba|desemba|mungu|nato|marekani',
  complementizers: 'kuwa|kwamba',
  captionMarkers: 'picha:',
  relatives: 'ambaye|ambao|ambayo|ambacho',
  conjunctions: 'na|lakini',
  impersonal: 'inasemekana|imeelezwa',
  postnominal: true,
  inversionOnlyInIncise: true,
  prepositions: 'katika|kwa|kutoka|hadi|mpaka|kuhusu|dhidi|baada|kabla|chini|juu|ndani|nje',
  ofWords: 'wa|ya|la|za|cha|vya',
};
