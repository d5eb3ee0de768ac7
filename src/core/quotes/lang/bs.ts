/**
 * Bosnian attribution data („…“, "rekao je X", "prema riječima X", "kazao je X"). The perfect puts
 * the auxiliary "je" between subject and participle (`fillers`); word order is free, and a subject
 * is often left out (the participle tells the gender).
 */
import type { LangSource } from './types.js';

export const bs: LangSource = {
  code: 'bs',
  speechVerbs:
    'rekao|rekla|rekli|kaže|kažu|kazao|kazala|kazali|izjavio|izjavila|izjavili|istakao|istakla|istakli|' +
    'ističe|dodao|dodala|dodali|dodaje|objasnio|objasnila|objašnjava|smatra|smatraju|ispričao|ispričala|' +
    'napisao|napisala|piše|priznao|priznala|priznaje|saopćio|saopćila|saopštio|saopštila|navodi|naveo|' +
    'navela|naglasio|naglasila|naglašava|tvrdi|tvrde|ocijenio|ocijenila|ocjenjuje|odgovorio|odgovorila|' +
    'upitao|upitala|upozorio|upozorila|upozorava|podsjetio|podsjetila|podsjeća|poručio|poručila|poručuje|' +
    'izjavljuje|govori|zaključio|zaključila',
  sourcePrepositions:
    'kako je rekao|kako je navela|kako je naveo|prema riječima|po riječima|po mišljenju|kako kaže|prema',
  speakerWords: 'ja|mene|me|meni|mi|moj|moja|moje|moji|nas|nama|naš|naša|naše',
  pronouns: { on: 'm', ona: 'f', oni: null, one: null },
  fillers: 'je|su|također|takođe|još|već|tada|potom|kasnije|međutim|pak',
  determiners: 'ovaj|ova|ovo|taj|ta|jedan|jedna',
  indefiniteDeterminers: 'jedan|jedna',
  titles:
    'gospodin|gospođa|predsjednik|predsjednica|predsjedavajući|premijer|ministar|ministrica|general|' +
    'gradonačelnik|načelnik|poslanik|zastupnik|profesor',
  genderedTitles: { gospodin: 'm', gospođa: 'f' },
  personNouns:
    'stručnjak|analitičar|analitičarka|glasnogovornik|glasnogovornica|portparol|predstavnik|predstavnica|' +
    'ministar|ministrica|predsjednik|predsjednica|premijer|istraživač|naučnik|ljekar|ljekarka|advokat|' +
    'advokatica|trener',
  personNounSuffixes: 'ista|olog|čar|telj',
  nonPersonNouns: 'izvještaj|vlada|ministarstvo|dokument|saopćenje|list',
  labelVerbs: 'nazvao|nazvala|nazvali|naziva|nazivaju',
  termMarkers: 'pod nazivom|tzv|takozvani|takozvana|takozvano|takozvane',
  abbreviations: 'tzv|npr|dr|prof|tj|itd|god|mil|mlrd|ul',
  nameParticles: 'von|van|de|ben|bin|al',
  nonNames:
    'i|a|ali|ili|u|na|s|sa|ka|prema|po|za|iz|od|do|pri|o|on|ona|oni|mi|ja|vi|to|ovaj|ova|njegov|njen|' +
    'njihov|kao|kada|kad|ako|da|međutim|također|bog|nato|un|eu|sad',
  complementizers: 'da|što',
  captionMarkers: 'foto:|fotografija:',
  relatives: 'koji|koja|koje|čiji',
  conjunctions: 'i|ali|a',
  impersonal: 'to',
  dialogueDashes: true,
  prepositions: 'u|na|s|sa|ka|prema|po|o|za|iz|od|do|pri|kod',
};
