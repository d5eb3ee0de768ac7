/**
 * Polish attribution data ("powiedział X", "według X", "– Cytat – dodał."). The press quotes
 * in „…” and, in interviews and reports, with a dash opening the paragraph (`dialogueDashes`). Word
 * order is free: the speech verb stands before or after its subject ("dodała Maria Adebahr",
 * "Adebahr dodała"), and a subject is often left out (the verb's ending tells the gender).
 */
import type { LangSource } from './types.js';

export const pl: LangSource = {
  code: 'pl',
  speechVerbs:
    'powiedział|powiedziała|powiedzieli|powiedziały|mówi|mówią|mówił|mówiła|mówili|stwierdził|' +
    'stwierdziła|stwierdzili|stwierdza|oświadczył|oświadczyła|oświadczyli|dodał|dodała|dodali|dodaje|' +
    'dodawał|podkreślił|podkreśliła|podkreślili|podkreśla|podkreślał|podkreślała|zaznaczył|zaznaczyła|' +
    'zaznacza|wyjaśnił|wyjaśniła|wyjaśnia|tłumaczy|tłumaczył|tłumaczyła|ocenił|oceniła|ocenia|uważa|' +
    'uważają|przyznał|przyznała|przyznaje|zapowiedział|zapowiedziała|zapewnił|zapewniła|zapewnia|napisał|' +
    'napisała|pisze|ostrzegł|ostrzegła|ostrzega|przekonywał|przekonywała|przekonuje|odpowiedział|' +
    'odpowiedziała|odpowiada|zapytał|zapytała|pyta|poinformował|poinformowała|informuje|przypomniał|przypomniała|' +
    'przypomina|zauważył|zauważyła|zauważa|wskazał|wskazała|wskazuje|opowiada|opowiadał|opowiadała|' +
    'twierdzi|twierdził|twierdziła|zaapelował|zaapelowała|apeluje|skomentował|skomentowała|komentuje|' +
    'ogłosił|ogłosiła|przekazał|przekazała|oznajmił|oznajmiła|relacjonuje|cytuje',
  sourcePrepositions:
    'jak powiedział|jak powiedziała|jak podkreślił|jak mówi|jak twierdzi|jak zaznaczył|cytowany przez|' +
    'w opinii|według|zdaniem',
  speakerWords: 'ja|mnie|mi|mną|mój|moja|moje|moi|my|nas|nam|nami|nasz|nasza',
  pronouns: { on: 'm', ona: 'f', oni: null, one: null },
  fillers: 'też|także|również|jeszcze|już|wówczas|wtedy|potem|później|natomiast|zaś|przy|tak',
  determiners: 'ten|ta|to|jeden|jedna|pewien|pewna',
  indefiniteDeterminers: 'jeden|jedna|pewien|pewna',
  titles: 'pan|pani|prezydent|premier|minister|kanclerz|generał|prof|dr|ks|abp|papież|marszałek|poseł',
  genderedTitles: { pan: 'm', pani: 'f' },
  personNouns:
    'ekspert|ekspertka|analityk|analityczka|rzecznik|rzeczniczka|minister|prezydent|premier|naukowiec|' +
    'badacz|badaczka|lekarz|lekarka|adwokat|prawnik|prawniczka|trener|zawodnik|zawodniczka',
  personNounSuffixes: 'ista|istka|olog|czyni|arka',
  nonPersonNouns: 'raport|rząd|ministerstwo|dokument|oświadczenie|gazeta',
  labelVerbs: 'nazwał|nazwała|nazwali|nazywa|nazywają|określił',
  termMarkers: 'tak zwany|tak zwana|tak zwane|tak zwanych|tak zwanej|tzw',
  abbreviations: 'tzw|np|dr|prof|ks|m.in|godz|ok|r|ul',
  nameParticles: 'von|van|de|ben|bin|al',
  nonNames:
    'w|we|z|ze|na|do|od|po|o|za|przed|przy|dla|bez|i|a|ale|lub|oraz|czy|że|gdy|jak|jeśli|choć|on|ona|oni|' +
    'one|to|ten|ta|jego|jej|ich|także|również|jednak|według|zdaniem|czytaj|bóg|ue|nato|onz|usa|rfn',
  complementizers: 'że|żeby|iż|aby',
  captionMarkers: 'zdjęcie:|fot.',
  relatives: 'który|która|które|którzy|którego|której',
  conjunctions: 'i|a|ale|oraz',
  impersonal: 'to',
  dialogueDashes: true,
  prepositions: 'w|we|na|z|ze|do|od|po|o|za|przed|przy|dla|bez',
};
