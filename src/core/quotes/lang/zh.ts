/**
 * Chinese attribution data, simplified and traditional ("他说：“…”", "…，X表示。", "据X"). Quotes stand
 * in “…” (simplified) and 「…」 (traditional). Written Chinese puts no spaces between words, so the
 * tokenizer reads a whole run of characters as one word and none of these words is found inside
 * it: this list is what a word segmenter would need (see the engine notes); until then the
 * quotes are found by their marks and the speaker only by what the marks' neighbours say. No
 * capitals, and pronouns tell the gender in writing only (他/她).
 */
import type { LangSource } from './types.js';

export const zh: LangSource = {
  code: 'zh',
  speechVerbs:
    '说|說|表示|指出|称|稱|认为|認為|强调|強調|说道|說道|介绍|介紹|透露|补充说|補充說|补充|補充|回答|写道|寫道|警告|宣布|宣佈|承认|承認|解释|解釋|坦言|直言|表明',
  sourcePrepositions: '据|據|根据|根據|按照',
  speakerWords: '我|我们|我們|你|你们|你們|您',
  pronouns: { 他: 'm', 她: 'f', 他们: null, 他們: null },
  titles:
    '总理|總理|总统|總統|部长|部長|主席|先生|女士|博士|教授|将军|將軍|大使|首相|外长|外長|市长|市長|议员|議員|' +
    '秘书长|秘書長|总裁|總裁|台长|台長|院长|院長|校长|校長|主任|主编|主編|总监|總監|董事长|董事長',
  genderedTitles: { 先生: 'm', 女士: 'f' },
  personNouns:
    '专家|專家|分析人士|发言人|發言人|官员|官員|学者|學者|记者|記者|律师|律師|医生|醫生|教授|研究员|研究員|居民|学生|' +
    '學生|艺术家|藝術家|作家|画家|畫家|导演|導演|演员|演員|歌手|运动员|運動員|冠军|冠軍|得主|政治人物|政治家|' +
    '活动人士|活動人士|异见人士|異見人士|维权人士|維權人士|作者|编辑|編輯|主持人|经济学家|經濟學家|历史学家|歷史學家|' +
    '社会学家|社會學家|科学家|科學家|代表|负责人|負責人|创始人|創始人|领导人|領導人',
  termMarkers: '所谓|所謂|名为|名為|称为|稱為',
  // "这位德国总统强调": a determiner before a role word refers back to the person it introduced.
  determiners: '这位|這位|该|該|此|这名|這名|那位',
  nonNames: '的|和|与|與|在|是|了|也|但|而|都|这|這|那',
  captionMarkers: '图像来源:|圖片來源:|图片来源:|圖像來源:',
  conjunctions: '和|与|與|但',
  inversionOnlyInIncise: true,
  uncased: {
    verbFirst: false,
    unspaced: true,
    subjectMarkers: '',
    agentMarkers: '',
    sameSubjectVerbs: '',
    roleAdjectives: '',
    nameStops:
      '在|对|對|向|于|於|曾|已|将|將|则|則|还|還|又|并|並|就|今天|昨天|日前|近日|周一|周二|周三|周四|周五|周六|周日|' +
      '週一|週二|週三|週四|週五|週六|週日|星期一|星期二|星期三|星期四|星期五|星期六|星期日|本周|本週|上周|上週|' +
      '下周|下週|本月|今年|去年|明年|正在|曾经|曾經|也|都|再次|此前|随后|隨後|当天|當天|日|月|年',
    article: '',
    roleComplements: false,
    nonNameStarts: '',
    prefixes: '',
  },
};
