/**
 * Pashto attribution data ("هغه وویل چې", "X زیاته کړه", "«…» وایي"). The verb comes last
 * (subject–object–verb), and a subject is often left out; compound verbs are listed whole ("زیاته
 * کړه", "ټینګار وکړ"). The script has no capital letters: names can only be told by what stands
 * around them (a title, a role word, the speech verb). Postpositions ("کې", "ته") follow their
 * noun, so none is listed as a preposition.
 */
import type { LangSource } from './types.js';

export const ps: LangSource = {
  code: 'ps',
  speechVerbs:
    'وویل|وويل|ویلي|ويلي|وایي|وايي|ووایه|زیاته کړه|زياته کړه|ټینګار وکړ|ټینګار یې وکړ|وښودل|وښوده|ولیکل|' +
    'لیکلي|وپوښتل|څرګنده کړه|اعلان وکړ|ویل',
  sourcePrepositions: 'د ویناوو له مخې|له قوله',
  speakerWords: 'زه|موږ|مونږ|تاسو|ته|زما|زموږ|ما',
  pronouns: { هغه: null, دوی: null },
  fillers: 'هم|بیا|نو|یې',
  determiners: 'دا|هغه|یو',
  indefiniteDeterminers: 'یو',
  titles: 'ښاغلی|ښاغلي|میرمن|ولسمشر|صدراعظم|وزیر|سفیر|ډاکټر|جنرال|مولوي|انجنیر',
  genderedTitles: { ښاغلی: 'm', ښاغلي: 'm', میرمن: 'f' },
  personNouns:
    'کارپوه|شنونکی|ویاند|استازی|وزیر|ولسمشر|څېړونکی|ډاکټر|وکیل|مشر|لیکوال|فعال|اوسیدونکی|محصل|سیاستوال|' +
    'ډیپلومات|جنرال|سرتیری|قاضي|شاهد',
  nonPersonNouns: 'راپور|حکومت|وزارت|سند|اعلامیه|ورځپاڼه',
  labelVerbs: 'وباله|ونوماوه',
  termMarkers: 'په نوم|اصطلاح|کلمه|شعار',
  nameParticles: 'بن|ابن|آل',
  nonNames: 'او|یا|خو|په|له|د|ته|سره|کې|دې|دا|هغه|موږ|زه|تاسو|چې|که|کله|هم|خدای',
  complementizers: 'چې',
  captionMarkers: 'انځور:',
  relatives: 'چې',
  conjunctions: 'او|خو',
  inversionOnlyInIncise: true,
  uncased: {
    verbFirst: false,
    unspaced: false,
    subjectMarkers: '',
    agentMarkers: '',
    sameSubjectVerbs: '',
    roleAdjectives: '',
    nameStops: 'نن|پرون',
    article: '',
    roleComplements: true,
    nonNameStarts: '',
    prefixes: '',
  },
};
