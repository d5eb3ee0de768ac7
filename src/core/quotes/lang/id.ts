/**
 * Indonesian attribution data ("…," kata X; menurut X; X mengatakan, "…"). Subject–verb–object,
 * with the verb of an incise before its subject ("…," kata Menteri X; "…," ujarnya). The pronoun
 * may be a suffix of the verb ("katanya", "ujarnya", "tambahnya": he/she said), listed as speech
 * verbs. No grammatical gender.
 */
import type { LangSource } from './types.js';

export const id: LangSource = {
  code: 'id',
  speechVerbs:
    'kata|katanya|ujar|ujarnya|mengatakan|berkata|menyatakan|pernyataan|menambahkan|tambahnya|tambah|' +
    'menjelaskan|jelasnya|menegaskan|tegasnya|menekankan|mengungkapkan|ungkapnya|menyebutkan|sebutnya|' +
    'menyebut|menilai|menurutnya|mengaku|akunya|menuturkan|tuturnya|memperingatkan|mengingatkan|menulis|' +
    'tulisnya|bertanya|tanya|menjawab|jawabnya|menyampaikan|menceritakan|menerangkan|terangnya|mengakui|' +
    'mengklaim|berpendapat|berujar|imbuhnya|lanjutnya|paparnya|katakan|dikatakan|ucapnya|ucap',
  sourcePrepositions: 'seperti dikatakan|seperti dikutip|sebagaimana dikatakan|menurut',
  speakerWords: 'saya|aku|kami|kita|anda|kamu|engkau|kalian',
  pronouns: { dia: null, ia: null, beliau: null, mereka: null },
  fillers: 'juga|pun|lagi|kemudian|sudah|telah|akan|pula|lebih|lanjut|saat|itu',
  determiners: 'seorang|sang|para|si|itu|ini',
  indefiniteDeterminers: 'seorang',
  titles: 'bapak|pak|ibu|bu|presiden|menteri|jenderal|gubernur|anggota|profesor|prof|dr|kanselir|paus',
  genderedTitles: { bapak: 'm', pak: 'm', ibu: 'f', bu: 'f' },
  personNouns:
    'pakar|ahli|analis|pengamat|juru bicara|jubir|wakil|menteri|presiden|peneliti|ilmuwan|dokter|' +
    'pengacara|pelatih|pemain|direktur|kepala|ketua|pemimpin|penulis',
  personNounSuffixes: 'wan|wati|log',
  nonPersonNouns: 'laporan|pemerintah|kementerian|dokumen|pernyataan|situs',
  labelVerbs: 'menyebut|menyebutnya|menyebutkan|menamai|menjuluki|menggambarkan',
  termMarkers: 'yang disebut|yang dinamai|disebut|bertajuk|berjudul|istilah',
  abbreviations: 'dr|prof|dll|dsb|dst|no|hlm|jl|rp|sbg',
  nameParticles: 'bin|binti|al|von|van|de',
  nonNames:
    'dan|atau|tetapi|tapi|di|ke|dari|pada|untuk|dengan|dalam|oleh|ia|dia|mereka|kami|kita|saya|ini|itu|' +
    'yang|seperti|ketika|jika|bahwa|namun|juga|menurut|senin|selasa|rabu|kamis|jumat|sabtu|minggu|' +
    'januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|tuhan|nato|' +
    'pbb|as',
  complementizers: 'bahwa',
  captionMarkers: 'foto:|gambar:',
  relatives: 'yang',
  conjunctions: 'dan|tetapi|namun',
  impersonal: 'dikatakan',
  postnominal: true,
  inversionOnlyInIncise: true,
  prepositions: 'di|ke|dari|pada|untuk|dengan|dalam|oleh|kepada|tentang|terhadap|antara|selama|sejak',
};
