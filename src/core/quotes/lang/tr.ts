/**
 * Turkish attribution data ("…" dedi; X'e göre; "…" ifadesini kullandı). The verb comes last
 * (subject–object–verb): the subject opens the sentence ("Erdoğan, “…” dedi"), the quote comes
 * before "dedi", "diye konuştu", "ifadesini kullandı", "şeklinde konuştu". A subject is often left
 * out: the verb carries the person. Sources are postpositions ("X'e göre", "X'in açıklamasına göre").
 * Names keep their case ending after an apostrophe ("Merkel'e", "Scholz'un").
 */
import type { LangSource } from './types.js';

export const tr: LangSource = {
  code: 'tr',
  speechVerbs:
    'dedi|diyor|diyerek|demişti|dediler|söyledi|söylüyor|söylemişti|söyleyen|açıkladı|açıklıyor|' +
    'açıklamıştı|belirtti|belirtiyor|belirterek|vurguladı|vurguluyor|vurgulayarak|ekledi|ekliyor|' +
    'kaydetti|kaydediyor|kaydederek|ifade etti|ifadesini kullandı|ifadelerini kullandı|diye konuştu|' +
    'şeklinde konuştu|konuştu|yazdı|yazıyor|sordu|yanıt verdi|yanıtını verdi|uyardı|uyarıyor|hatırlattı|' +
    'hatırlatıyor|savundu|savunuyor|iddia etti|düşünüyor|anlattı|anlatıyor|açıklamasında|dile getirdi|' +
    'bildirdi|bildiriyor|duyurdu|değerlendirdi|değerlendiriyor|sözlerini sürdürdü|diye yazdı',
  speakerWords: 'ben|beni|bana|benim|biz|bizi|bize|bizim|siz|sizi|size|sizin|sen|seni',
  pronouns: { o: null, onlar: null },
  fillers: 'da|de|ise|ayrıca|bir|şöyle|ardından|daha|sonra|dün|bugün',
  determiners: 'bu|şu|bir',
  indefiniteDeterminers: 'bir',
  titles: 'bay|bayan|sayın|cumhurbaşkanı|başbakan|bakan|bakanı|general|milletvekili|prof|profesör|dr|doç|' + 'şansölye',
  genderedTitles: { bay: 'm', bayan: 'f' },
  personNouns:
    'uzman|analist|sözcü|sözcüsü|temsilci|temsilcisi|bakan|bakanı|cumhurbaşkanı|başbakan|araştırmacı|' +
    'bilim insanı|doktor|avukat|antrenör|teknik direktör|oyuncu|müdür|müdürü|başkan',
  personNounSuffixes: 'çı|ci|çu|cu|çü|cü|olog',
  nonPersonNouns: 'rapor|hükümet|bakanlık|belge|açıklama|gazete',
  labelVerbs: 'nitelendirdi|nitelendiriyor|adlandırdı|tanımladı',
  sourcePostpositions: 'göre',
  termMarkers: 'sözüm ona|olarak bilinen|sözde|adlı|isimli|adıyla',
  abbreviations: 'prof|dr|doç|vb|vs|örn|yy|bkz|mah|cad',
  nameParticles: 'von|van|de|bin|al|el',
  nonNames:
    've|veya|ama|fakat|ancak|ile|için|gibi|kadar|göre|bu|şu|o|bir|ben|biz|siz|onlar|ne|nasıl|eğer|ki|da|' +
    'de|ise|ayrıca|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|ocak|şubat|mart|nisan|mayıs|' +
    'haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|allah|ab|nato|bm|abd',
  complementizers: 'ki|diye',
  captionMarkers: 'fotoğraf:|foto:',
  relatives: 'ki',
  conjunctions: 've|ama|ancak',
  inversionOnlyInIncise: true,
};
