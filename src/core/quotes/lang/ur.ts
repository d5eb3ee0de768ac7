/**
 * Urdu attribution data ("انہوں نے کہا کہ", "X کا کہنا تھا کہ", "X کے مطابق"). The verb comes last
 * (subject–object–verb), the subject takes the ergative "نے" before a past verb ("وزیر نے کہا"),
 * and sources are postpositions ("X کے مطابق"). A subject is often left out. The script has no
 * capital letters: names can only be told by what stands around them (a title, a role word, the
 * speech verb). Postpositions follow their noun, so none is listed as a preposition.
 */
import type { LangSource } from './types.js';

export const ur: LangSource = {
  code: 'ur',
  speechVerbs:
    'کہا|کہتے|کہتی|کہنا|کہنے|بتایا|بتاتے|بتاتی|لکھا|لکھتے|پوچھا|زور دیا|واضح کیا|اعلان کیا|دعویٰ کیا|' +
    'دعوی کیا|خبردار کیا|بیان کیا|تسلیم کیا|مزید کہا',
  sourcePrepositions: 'بقول',
  speakerWords: 'میں|ہم|آپ|تم|مجھے|ہمیں|میرا|میری|ہمارا|ہماری|ہمارے',
  pronouns: { انہوں: null, انھوں: null, اس: null, وہ: null, انہیں: null },
  fillers: 'نے|بھی|مزید|پھر|یہ',
  determiners: 'ایک|یہ|وہ|اس',
  indefiniteDeterminers: 'ایک',
  titles: 'جناب|محترمہ|صدر|وزیر|وزیراعظم|چانسلر|ڈاکٹر|جنرل|پروفیسر|سفیر|مولانا|شیخ|سینیٹر|میئر',
  genderedTitles: { جناب: 'm', محترمہ: 'f' },
  personNouns:
    'ماہر|ماہرین|تجزیہ کار|ترجمان|نمائندہ|وزیر|صدر|محقق|سائنسدان|ڈاکٹر|وکیل|کوچ|کھلاڑی|ڈائریکٹر|سربراہ|' +
    'رہنما|مصنف|مورخ|کارکن|رہائشی',
  nonPersonNouns: 'رپورٹ|حکومت|وزارت|دستاویز|بیان|اخبار',
  sourcePostpositions: 'مطابق',
  termMarkers: 'نام نہاد|کہلانے والے|نامی|اصطلاح|لفظ|نعرہ',
  nameParticles: 'بن|ابن|آل|فون|ڈی',
  nonNames: 'اور|یا|لیکن|میں|سے|پر|کو|کے|کی|کا|تک|لیے|یہ|وہ|اس|ان|ہم|آپ|کہ|جب|اگر|بھی|خدا|اللہ',
  complementizers: 'کہ',
  captionMarkers: 'تصویر:',
  relatives: 'جو|جس|جن',
  conjunctions: 'اور|لیکن',
  inversionOnlyInIncise: true,
  uncased: {
    verbFirst: false,
    unspaced: false,
    // The ergative closes the subject of a past verb ("وزیر نے کہا"); a genitive that of "کا کہنا" and "کے مطابق".
    subjectMarkers: 'نے|کا|کی|کے',
    agentMarkers: 'نے',
    sameSubjectVerbs: '',
    roleAdjectives: '',
    nameStops: 'آج|کل|پیر|منگل|بدھ|جمعرات|جمعہ|ہفتہ|اتوار',
    article: '',
    roleComplements: true,
    nonNameStarts: '',
    prefixes: '',
  },
};
