/**
 * Bengali attribution data ("তিনি বলেন, “…”", "X ডয়চে ভেলেকে বলেন", "X-এর মতে"). The verb comes last
 * (subject–object–verb); compound verbs are listed whole ("যোগ করেন", "মন্তব্য করেন"), and sources
 * are postpositions ("তাঁর মতে", "X-এর ভাষায়"). A subject is often left out, and neither verb nor
 * pronoun tells the gender. Bengali script has no capital letters: names can only be told by what
 * stands around them (a title, a role word, the speech verb). Postpositions follow their noun, so
 * none is listed as a preposition.
 */
import type { LangSource } from './types.js';

export const bn: LangSource = {
  code: 'bn',
  speechVerbs:
    'বলেন|বলেছেন|বললেন|বলছেন|বলেছিলেন|বলল|বলেছে|বলে|জানান|জানিয়েছেন|জানালেন|জানাল|লিখেছেন|লেখেন|' +
    'যোগ করেন|উল্লেখ করেন|মন্তব্য করেন|প্রশ্ন তোলেন|দাবি করেন|সতর্ক করেন|মনে করেন|মনে করছেন|' +
    'ব্যাখ্যা করেন|স্বীকার করেন|ঘোষণা করেন|জোর দিয়ে বলেন',
  speakerWords: 'আমি|আমরা|আমাদের|আমার|আপনি|আপনারা|তুমি|তোমরা|আমাকে',
  pronouns: { তিনি: null, তাঁরা: null, তারা: null, সে: null, উনি: null },
  fillers: 'আরো|আরও|ও|এছাড়া|পরে|আবার',
  determiners: 'এক|একজন|এই|সেই',
  indefiniteDeterminers: 'এক|একজন',
  titles: 'শ্রী|শ্রীমতী|জনাব|বেগম|প্রেসিডেন্ট|রাষ্ট্রপতি|প্রধানমন্ত্রী|মন্ত্রী|চ্যান্সেলর|ড|ডক্টর|অধ্যাপক|' + 'জেনারেল|রাষ্ট্রদূত',
  genderedTitles: { শ্রী: 'm', জনাব: 'm', শ্রীমতী: 'f', বেগম: 'f' },
  personNouns:
    'বিশেষজ্ঞ|বিশ্লেষক|মুখপাত্র|প্রতিনিধি|মন্ত্রী|প্রেসিডেন্ট|রাষ্ট্রপতি|প্রধানমন্ত্রী|গবেষক|বিজ্ঞানী|' +
    'চিকিৎসক|ডাক্তার|আইনজীবী|কোচ|খেলোয়াড়|পরিচালক|প্রধান|নেতা|নেত্রী|লেখক',
  personNounSuffixes: 'বিদ|কর্মী|জীবী',
  nonPersonNouns: 'প্রতিবেদন|সরকার|মন্ত্রণালয়|নথি|বিবৃতি|পত্রিকা',
  sourcePostpositions: 'মতে|ভাষায়',
  termMarkers: 'তথাকথিত|নামের|নামে|শব্দ|স্লোগান|ডাকনাম',
  nameParticles: 'বিন|ফন|দে',
  nonNames: 'ও|এবং|আর|তবে|বা|অথবা|এই|সেই|যে|যা|তিনি|তারা|আমরা|আমি|আপনি|তাঁর|তার|যখন|যদি|কারণ',
  complementizers: 'যে|বলে',
  captionMarkers: 'ছবি:',
  relatives: 'যে|যিনি|যারা|যা',
  conjunctions: 'ও|এবং|কিন্তু',
  inversionOnlyInIncise: true,
  uncased: {
    verbFirst: false,
    unspaced: false,
    subjectMarkers: '',
    agentMarkers: '',
    sameSubjectVerbs: '',
    roleAdjectives: '',
    nameStops: 'আজ|গতকাল|সোমবার|মঙ্গলবার|বুধবার|বৃহস্পতিবার|শুক্রবার|শনিবার|রবিবার',
    article: '',
    roleComplements: false,
    nonNameStarts: '',
    prefixes: '',
  },
};
