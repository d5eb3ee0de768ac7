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
  titles: '总理|總理|总统|總統|部长|部長|主席|先生|女士|博士|教授|将军|將軍|大使',
  genderedTitles: { 先生: 'm', 女士: 'f' },
  personNouns:
    '专家|專家|分析人士|发言人|發言人|官员|官員|学者|學者|记者|記者|律师|律師|医生|醫生|教授|研究员|研究員|居民|学生',
  termMarkers: '所谓|所謂|名为|名為|称为|稱為',
  nonNames: '的|和|与|與|在|是|了|也|但|而|都|这|這|那',
  captionMarkers: '图像来源:|圖片來源:|图片来源:|圖像來源:',
  conjunctions: '和|与|與|但',
  inversionOnlyInIncise: true,
};
