/**
 * Albanian attribution data („…“ and "…", "tha X", "deklaroi X", "sipas X"). The verb stands before
 * or after its subject ("tha kryeministri", "ai tha"), and a subject is often left out. The
 * definite article is a suffix ("ministri"), adjectives follow their noun (`postnominal`).
 */
import type { LangSource } from './types.js';

export const sq: LangSource = {
  code: 'sq',
  speechVerbs:
    'tha|thanë|thotë|thonë|thoshte|deklaroi|deklaruan|deklaron|deklaruar|theksoi|theksuan|thekson|' +
    'theksuar|shtoi|shtuan|shton|shpjegoi|shpjegon|nënvizoi|nënvizon|tha se|vlerësoi|vlerëson|konsideron|' +
    'beson|mendon|pohoi|pohon|tregoi|tregon|shkroi|shkruan|pyeti|pyet|u përgjigj|paralajmëroi|' +
    'paralajmëron|kujtoi|kujton|njoftoi|njofton|bëri të ditur|komentoi|komenton|pranoi|pranon|nënvizuar|' +
    'deklarata|sqaroi|sqaron|argumentoi|ka thënë|kanë thënë|thënë',
  sourcePrepositions: 'në mendimin e|sipas fjalëve të|sipas tij|sipas saj|siç tha|siç deklaroi|sipas',
  speakerWords: 'unë|mua|më|im|ime|imi|jonë|ynë|ne|neve|na|ju|juve|tuaj',
  pronouns: { ai: 'm', ajo: 'f', ata: null, ato: null },
  fillers: 'ka|kanë|kishte|gjithashtu|po|edhe|më|pastaj|tashmë|atëherë|megjithatë|dje',
  determiners: 'një|ky|kjo|ai|ajo',
  indefiniteDeterminers: 'një',
  titles:
    'z|znj|zoti|zonja|presidenti|presidentja|kryeministri|kryeministrja|ministri|ministrja|gjenerali|' +
    'kryetari|kryetarja|deputeti',
  genderedTitles: { z: 'm', zoti: 'm', znj: 'f', zonja: 'f' },
  personNouns:
    'eksperti|eksperte|ekspert|analisti|analiste|zëdhënësi|zëdhënësja|përfaqësuesi|përfaqësuesja|' +
    'ministri|ministrja|presidenti|presidentja|kryeministri|kryeministrja|studiuesi|studiuesja|' +
    'shkencëtari|mjeku|mjekja',
  personNounSuffixes: 'isti|istja|logu|uesi|uesja',
  nonPersonNouns: 'raporti|qeveria|ministria|dokumenti|deklarata|gazeta',
  labelVerbs: 'quajti|quan|cilësoi|cilëson|përshkroi',
  termMarkers: 'i ashtuquajtur|e ashtuquajtur|të ashtuquajtur|të ashtuquajturit|termi|fjala',
  abbreviations: 'z|znj|dr|prof|etj|p.sh|nr|mln|mld|rr',
  nameParticles: 'de|von|van|al|bin|ben',
  nonNames:
    'dhe|e|ose|por|në|nga|për|me|pa|te|tek|mbi|nën|ai|ajo|ata|ato|ne|unë|ju|ky|kjo|si|kur|nëse|se|që|të|' +
    'megjithatë|gjithashtu|sipas|zot|be|nato|okb|sha',
  complementizers: 'se|që|të',
  captionMarkers: 'foto:|fotografia:',
  relatives: 'që',
  conjunctions: 'dhe|por|e',
  impersonal: 'thuhet',
  postnominal: true,
  prepositions: 'në|nga|për|me|pa|te|tek|mbi|nën|pranë|gjatë|pas|para|drejt',
  ofWords: 'i|e|të|së',
};
