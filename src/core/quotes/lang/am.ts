/**
 * Amharic attribution data ("…" ብለዋል; X ለዶይቼ ቬለ ተናግረዋል; እንደ X ገለጻ). The verb comes last
 * (subject–object–verb); after a quote the speaker's words are closed by "ብለዋል" / "ሲሉ" ("said",
 * "saying"), and the verb's ending carries person, gender and respect (ብሏል he, ብላለች she, ብለዋል
 * honorific). A subject is often left out. Ethiopic script has no capital letters: names can only
 * be told by what stands around them (a title such as "አቶ", a role word, the speech verb).
 */
import type { LangSource } from './types.js';

export const am: LangSource = {
  code: 'am',
  speechVerbs:
    'ብለዋል|ብሏል|ብላለች|ብለዋል።|ብለው|ሲሉ|ስትል|ሲል|አሉ|አለ|አለች|ተናግረዋል|ተናግሯል|ተናግራለች|ገልጸዋል|ገልጿል|ገልጻለች|አስታውቀዋል|አስታውቋል|' +
    'አክለዋል|አክሏል|አሳስበዋል|ጠቁመዋል|ጠቁሟል|አብራርተዋል|አስረድተዋል|ተናግረው|ገልጸው',
  sourcePrepositions: 'እንደ',
  speakerWords: 'እኔ|እኛ|አንተ|አንቺ|እናንተ|የእኛ|የኔ',
  pronouns: { እሳቸው: null, እርሳቸው: null, እሱ: 'm', እሷ: 'f', እነሱ: null },
  fillers: 'ደግሞ|በተጨማሪም|እንዲሁም',
  determiners: 'አንድ|ይህ|ያ',
  indefiniteDeterminers: 'አንድ',
  titles: 'አቶ|ወይዘሮ|ወይዘሪት|ዶክተር|ፕሮፌሰር|ፕሬዚዳንት|ሚኒስትር|ጄኔራል|አምባሳደር|ቻንስለር|ከንቲባ',
  genderedTitles: { አቶ: 'm', ወይዘሮ: 'f', ወይዘሪት: 'f' },
  personNouns:
    'ባለሙያ|ተንታኝ|ቃል አቀባይ|ተወካይ|ሚኒስትር|ፕሬዚዳንት|ተመራማሪ|ሳይንቲስት|ሐኪም|ጠበቃ|አሰልጣኝ|ተጫዋች|ዳይሬክተር|ኃላፊ|መሪ|ደራሲ|ኢኮኖሚስት|አክቲቪስት|' + 'ነዋሪ|ተማሪ',
  nonPersonNouns: 'ዘገባ|መንግሥት|መንግስት|ሚኒስቴር|ሰነድ|መግለጫ',
  termMarkers: 'የሚባለው|የተባለው|በሚል|ቃል|መፈክር',
  nonNames: 'እና|ወይም|ግን|ይህ|ያ|እሱ|እሷ|እኛ|እኔ|እናንተ',
  complementizers: 'የሚል',
  captionMarkers: 'ምስል:|ፎቶ:',
  conjunctions: 'እና|ግን',
  inversionOnlyInIncise: true,
  uncased: {
    verbFirst: false,
    unspaced: false,
    subjectMarkers: '',
    agentMarkers: '',
    sameSubjectVerbs: '',
    roleAdjectives: '',
    nameStops: 'ዛሬ|ትናንት',
    article: '',
    roleComplements: false,
    nonNameStarts: '',
    prefixes: '',
  },
};
