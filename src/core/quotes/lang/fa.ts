/**
 * Persian (Iran) and Dari (Afghanistan) attribution data ("X گفت: «…»", "به گفته X", "X افزود").
 * The verb comes last (subject–object–verb); a subject is often left out, and the verb does not
 * tell the gender. Compound verbs are listed whole ("تاکید کرد", "اعلام کرد"). The prefix of the
 * present ("می‌گوید") is joined by a zero-width non-joiner, which splits the word in the tokenizer:
 * the stem ("گوید") is listed. Quotes stand in «…». The script has no capital letters: names can
 * only be told by what stands around them (a title, a role word, the speech verb).
 */
import type { LangSource } from './types.js';

export const fa: LangSource = {
  code: 'fa',
  speechVerbs:
    'گفت|گفته|گفتند|گوید|گویند|افزود|افزودند|افزاید|نوشت|نوشته|نویسد|پرسید|تاکید کرد|تأکید کرد|' +
    'تاکید کرده|تأکید کرده|اعلام کرد|اعلام کرده|اظهار داشت|اظهار کرد|بیان داشت|بیان کرد|خاطرنشان کرد|' +
    'تصریح کرد|یادآوری کرد|یادآور شد|متذکر شد|توضیح داد|هشدار داد|پاسخ داد|ادامه داد|ابراز داشت|' +
    'عنوان کرد|اذعان کرد|معتقد است',
  sourcePrepositions: 'به نقل از|به گفته|بنا بر|به نوشته|بر اساس|به اعتقاد|به باور|از قول|بنابر|طبق|براساس',
  speakerWords: 'من|ما|شما|تو|مرا|خودم|خودمان',
  pronouns: { او: null, وی: null, آنها: null, ایشان: null },
  fillers: 'هم|نیز|همچنین|سپس|پیشتر|روز|دیروز|امروز',
  determiners: 'این|آن|یک',
  indefiniteDeterminers: 'یک',
  titles: 'آقای|خانم|رئیس|وزیر|صدراعظم|دکتر|سرلشکر|سردار|پروفسور|سفیر|شاه|رهبر',
  genderedTitles: { آقای: 'm', خانم: 'f' },
  personNouns:
    'کارشناس|تحلیلگر|سخنگو|نماینده|وزیر|رئیس|پژوهشگر|محقق|دانشمند|پزشک|وکیل|مربی|بازیکن|مدیر|رهبر|' +
    'نویسنده|مورخ|اقتصاددان|فعال|ساکن',
  personNounSuffixes: 'گر|دان|نگار|شناس',
  nonPersonNouns: 'گزارش|دولت|وزارت|سند|بیانیه|روزنامه',
  labelVerbs: 'خواند|نامید',
  termMarkers: 'به اصطلاح|موسوم به|به نام|اصطلاح|واژه|شعار',
  nameParticles: 'بن|ابن|آل|فون|دی',
  nonNames: 'و|یا|اما|در|از|به|با|برای|تا|که|را|این|آن|او|وی|ما|من|شما|آنها|هم|نیز|چون|اگر|وقتی|پس|روز|خدا',
  complementizers: 'که',
  captionMarkers: 'عکس:',
  relatives: 'که',
  conjunctions: 'و|اما',
  postnominal: true,
  inversionOnlyInIncise: true,
  prepositions: 'در|از|به|با|برای|تا|بر|بی|درباره|میان|بین|زیر|روی',
  uncased: {
    verbFirst: false,
    unspaced: false,
    subjectMarkers: '',
    agentMarkers: '',
    sameSubjectVerbs: '',
    roleAdjectives: '',
    nameStops: 'امروز|دیروز|روز|شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|جمعه',
    article: '',
    roleComplements: true,
    nonNameStarts: '',
    prefixes: '',
  },
};
