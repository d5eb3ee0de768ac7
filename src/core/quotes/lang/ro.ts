/**
 * Romanian attribution data („…”, "a declarat X", "potrivit lui X", "– Citat – a spus el."). The
 * perfect puts the auxiliary before the participle ("a declarat", "au spus": `fillers`); the
 * subject stands before or after the verb, and is often left out. The definite article is a
 * suffix ("ministrul"), adjectives follow their noun (`postnominal`).
 */
import type { LangSource } from './types.js';

export const ro: LangSource = {
  code: 'ro',
  speechVerbs:
    'spus|declarat|afirmat|adăugat|subliniat|explicat|precizat|arătat|menționat|susținut|apreciat|' +
    'considerat|transmis|anunțat|scris|întrebat|răspuns|avertizat|recunoscut|admis|insistat|reamintit|' +
    'amintit|estimat|opinat|relatat|povestit|comentat|punctat|conchis|dezvăluit|notat|observat|spune|' +
    'spun|declară|afirmă|adaugă|subliniază|explică|precizează|arată|menționează|susține|apreciază|' +
    'consideră|crede|transmite|anunță|scrie|întreabă|răspunde|avertizează|recunoaște|insistă|reamintește|' +
    'amintește|estimează|relatează|povestește|comentează|notează|observă|spunea|declara|afirma|adăuga|' +
    'sublinia|explica',
  sourcePrepositions:
    'după cum a spus|după cum a declarat|în opinia|în viziunea|citat de|potrivit lui|conform lui|' + 'potrivit|conform',
  speakerWords: 'eu|mie|mi|mă|meu|mea|mei|mele|noi|nouă|ne|nostru|noastră|noștri',
  pronouns: { el: 'm', ea: 'f', ei: null, ele: null, dânsul: 'm', dânsa: 'f' },
  fillers: 'a|au|ar|mai|apoi|atunci|însă|totodată|ulterior|deja|ieri|luni',
  determiners: 'un|o|acest|această|acel|acea|respectivul|respectiva',
  indefiniteDeterminers: 'un|o',
  titles:
    'dl|d-l|dna|d-na|domnul|doamna|președintele|președinta|premierul|ministrul|ministra|generalul|' +
    'primarul|deputatul',
  genderedTitles: { dl: 'm', 'd-l': 'm', domnul: 'm', dna: 'f', 'd-na': 'f', doamna: 'f' },
  personNouns:
    'expert|expertul|experta|analist|analistul|ministru|ministrul|președinte|președintele|premier|' +
    'premierul|cercetător|cercetătorul|cercetătoarea|medic|medicul|avocat|avocatul|avocata|antrenor|' +
    'director|directorul|directoarea|președintele-director|purtător de cuvânt|purtătorul de cuvânt',
  personNounSuffixes: 'istul|ista|olog|ologul|torul|toarea',
  nonPersonNouns: 'raport|raportul|guvern|guvernul|ministerul|document',
  labelVerbs: 'numit|numește|numea|calificat|califică|denumit',
  termMarkers: 'așa-numitul|așa-numita|așa-numitele|așa-numiții|numit|numita',
  abbreviations: 'dl|dna|dr|prof|etc|nr|str|mil|mld|ș.a',
  nameParticles: 'de|von|van|al|bin|ben|el',
  nonNames:
    'și|sau|dar|iar|ci|în|pe|la|cu|de|din|spre|pentru|prin|despre|după|până|fără|el|ea|ei|ele|noi|eu|voi|' +
    'acesta|aceasta|acest|această|lui|lor|ca|când|dacă|că|să|însă|totuși|potrivit|conform|dumnezeu|ue|' +
    'nato|onu|sua',
  complementizers: 'că|să|ca',
  captionMarkers: 'foto:|fotografie:',
  relatives: 'care|căruia|căreia|cărora',
  conjunctions: 'și|dar|iar',
  dialogueDashes: true,
  postnominal: true,
  prepositions: 'în|pe|la|cu|de|din|spre|pentru|prin|despre|după|până|fără|între',
  ofWords: 'al|ale|ai|din',
};
