/**
 * Hindi attribution data ("उन्होंने कहा, “…”", "X ने कहा कि", "X के मुताबिक", "X का कहना है"). The verb
 * comes last (subject–object–verb); before a past verb the subject takes the ergative "ने" ("मंत्री
 * ने कहा"), listed as a filler between subject and verb, and sources are postpositions ("X के
 * मुताबिक/अनुसार"). A subject is often left out. Devanagari has no capital letters: names can only
 * be told by what stands around them (a title, a role word, the speech verb). Postpositions follow
 * their noun, so none is listed as a preposition.
 */
import type { LangSource } from './types.js';

export const hi: LangSource = {
  code: 'hi',
  speechVerbs:
    'कहा|कहते|कहती|कहतीं|कहना|कहे|कहेंगे|बताया|बताते|बताती|बतातीं|लिखा|लिखते|पूछा|बोले|बोली|बोलीं|जोड़ा|' +
    'दावा किया|चेतावनी दी|स्पष्ट किया|साफ किया|माना|मानते|मानती|ऐलान किया|घोषणा की|जोर दिया|ज़ोर दिया|' +
    'कहना है|कहना था',
  speakerWords: 'मैं|हम|आप|तुम|मुझे|हमें|मेरा|मेरी|मेरे|हमारा|हमारी|हमारे',
  pronouns: { उन्होंने: null, उसने: null, वह: null, वे: null, वो: null },
  fillers: 'ने|भी|यह|आगे|फिर|साफ',
  determiners: 'एक|यह|वह|इस|उस',
  indefiniteDeterminers: 'एक',
  titles: 'श्री|श्रीमती|सुश्री|डॉ|डॉक्टर|प्रधानमंत्री|राष्ट्रपति|मंत्री|चांसलर|प्रोफेसर|जनरल|राजदूत|मेयर|सांसद',
  genderedTitles: { श्री: 'm', श्रीमती: 'f', सुश्री: 'f' },
  personNouns:
    'विशेषज्ञ|प्रवक्ता|मंत्री|अधिकारी|नेता|प्रोफेसर|डॉक्टर|वकील|छात्र|छात्रा|निवासी|किसान|कार्यकर्ता|' +
    'पत्रकार|लेखक|लेखिका|विश्लेषक|शोधकर्ता|वैज्ञानिक|सांसद',
  personNounSuffixes: 'कार|कर्ता',
  nonPersonNouns: 'रिपोर्ट|सरकार|मंत्रालय|दस्तावेज|बयान|अखबार',
  labelVerbs: 'बताया',
  sourcePostpositions: 'मुताबिक|मुताबिक़|अनुसार',
  termMarkers: 'नाम से|तथाकथित|कथित|नामक|शब्द|नारा',
  nameParticles: 'वॉन|फॉन|दे|बिन',
  nonNames: 'और|या|में|से|पर|को|के|की|का|तक|लिए|यह|वह|इस|उस|ये|वे|हम|मैं|आप|कि|जब|अगर|भी',
  complementizers: 'कि',
  captionMarkers: 'तस्वीर:|फोटो:',
  relatives: 'जो|जिसने|जिन्होंने|जिस',
  conjunctions: 'और|लेकिन',
  inversionOnlyInIncise: true,
  uncased: {
    verbFirst: false,
    unspaced: false,
    // The ergative closes the subject of a past verb ("मंत्री ने कहा"); a genitive that of "का कहना है" and "के मुताबिक".
    subjectMarkers: 'ने|का|की|के',
    agentMarkers: 'ने',
    sameSubjectVerbs: '',
    roleAdjectives: '',
    nameStops: 'आज|कल|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार',
    article: '',
    roleComplements: false,
    nonNameStarts: '',
    prefixes: '',
  },
};
