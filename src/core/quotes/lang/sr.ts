/**
 * Serbian attribution data, in Cyrillic and Latin script alike (DW writes Serbian in both): „…“,
 * "rekao je X" / "рекао је X", "prema rečima X" / "према речима X". The perfect puts the auxiliary
 * "je" between subject and participle (`fillers`); word order is free, and a subject is often left
 * out (the participle tells the gender).
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
    'zaključio|zaključila|рекао|рекла|рекли|каже|кажу|казао|казала|изјавио|изјавила|изјавили|истакао|' +
    'истакла|истакли|истиче|додао|додала|додали|додаје|објаснио|објаснила|објашњава|сматра|сматрају|' +
    'испричао|испричала|написао|написала|пише|признао|признала|признаје|саопштио|саопштила|саопштили|' +
    'наводи|навео|навела|нагласио|нагласила|наглашава|тврди|тврде|оценио|оценила|оцењује|одговорио|' +
    'одговорила|упитао|упитала|упозорио|упозорила|упозорава|подсетио|подсетила|подсећа|поручио|поручила|' +
    'поручује|изјављује|говори|закључио|закључила',
  sourcePrepositions:
    'kako je rekao|kako je navela|kako je naveo|како је рекао|како је навео|prema rečima|po rečima|' +
    'po mišljenju|kako kaže|према речима|по речима|по мишљењу|како каже|prema|према',
  speakerWords: 'ja|mene|me|meni|mi|moj|moja|moje|moji|nas|nama|naš|naša|naše|naši|vi',
  pronouns: { on: 'm', ona: 'f', oni: null, one: null, он: 'm', она: 'f', они: null, оне: null },
  fillers: 'je|su|takođe|još|već|tada|potom|kasnije|međutim|pak|је|су|такође|још',
  determiners: 'ovaj|ova|ovo|taj|ta|jedan|jedna|овај|ова|ово|тај|та|један|једна',
  indefiniteDeterminers: 'jedan|jedna|један|једна',
  titles:
    'gospodin|gospođa|predsednik|predsednica|premijer|premijerka|ministar|ministarka|general|' +
    'gradonačelnik|poslanik|profesor|prof|dr|kancelar|kancelarka',
  genderedTitles: { gospodin: 'm', gospođa: 'f', господин: 'm', госпођа: 'f' },
  personNouns:
    'stručnjak|stručnjakinja|ekspert|analitičar|analitičarka|portparol|portparolka|predstavnik|' +
    'predstavnica|ministar|ministarka|predsednik|predsednica|premijer|istraživač|naučnik|lekar|lekarka|' +
    'advokat|trener|igrač|direktor|direktorka|lider',
  personNounSuffixes: 'ista|olog|čar|иста|олог|чар',
  nonPersonNouns: 'izveštaj|vlada|ministarstvo|dokument|saopštenje|list|sajt|kremlj',
  labelVerbs: 'nazvao|nazvala|nazvali|naziva|nazivaju|назвао|назвала|назвали|назива|називају',
  termMarkers: 'pod nazivom|tzv|takozvani|takozvana|takozvano|takozvane|termin|reč',
  abbreviations: 'tzv|npr|dr|prof|tj|itd|god|mil|mlrd|ul',
  nameParticles: 'von|van|de|ben|bin|al|фон|ван|де|бен|бин|ал',
  nonNames:
    'i|a|ali|ili|u|na|s|sa|ka|po|za|iz|od|do|pri|o|on|ona|oni|mi|ja|vi|to|ovaj|ova|njegov|njen|njihov|' +
    'kao|kada|ako|da|međutim|takođe|prema|bog|nato|un|eu|sad|и|а|али|или|у|на|с|са|ка|по|за|из|од|до|при|' +
    'о|он|она|они|ми|ја|ви|то|овај',
  complementizers: 'da|što|да|што',
  captionMarkers: 'foto:|fotografija:|фото:|фотографија:',
  relatives: 'koji|koja|koje|čiji|који|која|које|чији',
  conjunctions: 'i|ali|a|и|али|а',
  impersonal: 'to|то',
  dialogueDashes: true,
  prepositions: 'u|na|s|sa|ka|po|o|za|iz|od|do|pri|kod|nad|pod|kroz',
};
