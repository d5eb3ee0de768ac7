/**
 * Croatian attribution data („…“, "rekao je X", "prema riječima X", "ističe X"). The perfect puts
 * the auxiliary "je" between subject and participle (`fillers`); word order is free, and a subject
 * is often left out (the participle tells the gender).
 */
import type { LangSource } from './types.js';

export const hr: LangSource = {
  code: 'hr',
  speechVerbs:
    'rekao|rekla|rekli|kaže|kažu|kazao|kazala|izjavio|izjavila|izjavili|istaknuo|istaknula|istaknuli|' +
    'ističe|dodao|dodala|dodali|dodaje|objasnio|objasnila|objašnjava|smatra|smatraju|ispričao|ispričala|' +
    'napisao|napisala|piše|priznao|priznala|priznaje|priopćio|priopćila|navodi|naveo|navela|naglasio|' +
    'naglasila|naglašava|tvrdi|tvrde|ocijenio|ocijenila|ocjenjuje|odgovorio|odgovorila|upitao|upitala|' +
    'upozorio|upozorila|upozorava|podsjetio|podsjetila|podsjeća|poručio|poručila|poručuje|izjavljuje|' +
    'govori|zaključio|zaključila',
  sourcePrepositions:
    'kako je rekao|kako je navela|kako je naveo|prema riječima|po riječima|po mišljenju|kako kaže|prema',
  speakerWords: 'ja|mene|me|meni|mi|moj|moja|moje|moji|nas|nama|naš|naša|naše',
  pronouns: { on: 'm', ona: 'f', oni: null, one: null },
  fillers: 'je|su|također|još|već|tada|potom|kasnije|međutim|pak',
  determiners: 'ovaj|ova|ovo|taj|ta|jedan|jedna',
  indefiniteDeterminers: 'jedan|jedna',
  titles:
    'gospodin|gospođa|predsjednik|predsjednica|premijer|premijerka|ministar|ministrica|general|' +
    'gradonačelnik|gradonačelnica|zastupnik|zastupnica|profesor',
  genderedTitles: { gospodin: 'm', gospođa: 'f' },
  personNouns:
    'stručnjak|stručnjakinja|analitičar|analitičarka|glasnogovornik|glasnogovornica|predstavnik|' +
    'predstavnica|ministar|ministrica|predsjednik|predsjednica|premijer|istraživač|istraživačica|' +
    'znanstvenik|znanstvenica|liječnik|liječnica|odvjetnik',
  personNounSuffixes: 'ist|istica|olog|čar|telj',
  nonPersonNouns: 'izvješće|vlada|ministarstvo|dokument|priopćenje|list',
  labelVerbs: 'nazvao|nazvala|nazvali|naziva|nazivaju',
  termMarkers: 'pod nazivom|tzv|takozvani|takozvana|takozvano|takozvane',
  abbreviations: 'tzv|npr|dr|prof|tj|itd|god|mil|mlrd|ul',
  nameParticles: 'von|van|de|ben|bin|al',
  nonNames:
    'i|a|ali|ili|u|na|s|sa|k|prema|po|za|iz|od|do|pri|o|on|ona|oni|mi|ja|vi|to|ovaj|ova|njegov|njezin|' +
    'njihov|kao|kada|kad|ako|da|međutim|također|bog|nato|un|eu|sad',
  complementizers: 'da|što',
  captionMarkers: 'foto:|fotografija:',
  relatives: 'koji|koja|koje|čiji',
  conjunctions: 'i|ali|a',
  impersonal: 'to',
  dialogueDashes: true,
  prepositions: 'u|na|s|sa|k|prema|po|o|za|iz|od|do|pri|kod',
};
