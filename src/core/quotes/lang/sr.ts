/**
 * Serbian attribution data, in Cyrillic and Latin script alike (DW writes Serbian in both): „…“,
 * "rekao je X" / "рекао је X", "prema rečima X" / "према речима X". The perfect puts the auxiliary
 * "je" between subject and participle (`fillers`); word order is free, and a subject is often left
 * out (the participle tells the gender). The lists are written in Latin letters; `alsoCyrillic`
 * reads each word in Cyrillic too.
 */
import type { LangSource } from './types.js';

export const sr: LangSource = {
  code: 'sr',
  speechVerbs:
    'rekao|rekla|rekli|kaže|kažu|kazao|kazala|izjavio|izjavila|izjavili|istakao|istakla|istakli|ističe|' +
    'dodao|dodala|dodali|dodaje|objasnio|objasnila|objašnjava|smatra|smatraju|ispričao|ispričala|napisao|' +
    'napisala|piše|priznao|priznala|priznaje|saopštio|saopštila|saopštili|navodi|naveo|navela|naglasio|' +
    'naglasila|naglašava|tvrdi|tvrde|ocenio|ocenila|ocenjuje|odgovorio|odgovorila|upitao|upitala|' +
    'upozorio|upozorila|upozorava|podsetio|podsetila|podseća|poručio|poručila|poručuje|izjavljuje|govori|' +
    'zaključio|zaključila',
  sourcePrepositions: 'kako je rekao|kako je navela|kako je naveo|prema rečima|po rečima|po mišljenju|kako kaže|prema',
  speakerWords: 'ja|mene|me|meni|mi|moj|moja|moje|moji|nas|nama|naš|naša|naše',
  pronouns: { on: 'm', ona: 'f', oni: null, one: null },
  // The past participle tells its subject's gender ("rekao je" he, "rekla je" she): a speech verb in
  // narration tells the gender of the one person named beside it, so "kaže ona" skips the men.
  genderWords: {
    rekao: 'm',
    rekla: 'f',
    kazao: 'm',
    kazala: 'f',
    izjavio: 'm',
    izjavila: 'f',
    istakao: 'm',
    istakla: 'f',
    dodao: 'm',
    dodala: 'f',
    objasnio: 'm',
    objasnila: 'f',
    naveo: 'm',
    navela: 'f',
    naglasio: 'm',
    naglasila: 'f',
    ocenio: 'm',
    ocenila: 'f',
    odgovorio: 'm',
    odgovorila: 'f',
    upozorio: 'm',
    upozorila: 'f',
    poručio: 'm',
    poručila: 'f',
    zaključio: 'm',
    zaključila: 'f',
    bio: 'm',
    bila: 'f',
  },
  fillers: 'je|su|takođe|još|već|tada|potom|kasnije|međutim|pak',
  determiners: 'ovaj|ova|ovo|taj|ta|jedan|jedna',
  indefiniteDeterminers: 'jedan|jedna',
  titles:
    'gospodin|gospođa|predsednik|predsednica|premijer|premijerka|ministar|ministarka|general|' +
    'gradonačelnik|poslanik|profesor|prof|dr',
  genderedTitles: { gospodin: 'm', gospođa: 'f' },
  personNouns:
    'stručnjak|stručnjakinja|ekspert|analitičar|analitičarka|portparol|portparolka|predstavnik|' +
    'predstavnica|ministar|ministarka|predsednik|predsednica|premijer|istraživač|naučnik|lekar|lekarka|' +
    'advokat|trener',
  personNounSuffixes: 'ista|olog|čar',
  nonPersonNouns: 'izveštaj|vlada|ministarstvo|dokument|saopštenje|list',
  labelVerbs: 'nazvao|nazvala|nazvali|naziva|nazivaju',
  termMarkers: 'pod nazivom|tzv|takozvani|takozvana|takozvano|takozvane',
  abbreviations: 'tzv|npr|dr|prof|tj|itd|god|mil|mlrd|ul',
  nameParticles: 'von|van|de|ben|bin|al|фон|бен|бин|ал',
  nonNames:
    'i|a|ali|ili|u|na|s|sa|ka|po|za|iz|od|do|pri|o|on|ona|oni|mi|ja|vi|to|ovaj|ova|njegov|njen|njihov|' +
    'kao|kada|ako|da|međutim|takođe|prema|bog|nato|un|eu|sad|dw',
  complementizers: 'da|što',
  captionMarkers: 'foto:|fotografija:',
  relatives: 'koji|koja|koje|čiji',
  conjunctions: 'i|ali|a',
  impersonal: 'to',
  dialogueDashes: true,
  prepositions: 'u|na|s|sa|ka|po|o|za|iz|od|do|pri|kod|nad',
  alsoCyrillic: true,
};
