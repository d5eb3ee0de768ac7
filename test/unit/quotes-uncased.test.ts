/**
 * Speakers in scripts without capitals (src/core/quotes/uncased/): a name is shown only where
 * something anchors it (a role word, an apposition, the article introducing it elsewhere, a label
 * paragraph), and a verb without its own subject speaks for the quote before. Every sentence here
 * is made up for the test; the names are invented. What the view shows is checked (after the
 * engine abstains), since showing no name is the point of half of these cases.
 */
import { describe, expect, it } from 'vitest';
import { shown } from './quotes-helpers.js';

/** The names shown, one per quote, in order. */
const names = (paragraphs: string[], lang: string): (string | null)[] => shown(paragraphs, lang).map((q) => q[1]);

describe('Arabic: verb first ("وقال الوزير X")', () => {
  it.each([
    [
      'a role and its genitive before the name',
      ['وقال وزير الزراعة الليبي خالد منصور: "سنزرع القمح هذا العام".'],
      ['خالد منصور'],
    ],
    ['the verb after the quote', ['"سنزرع القمح هذا العام"، قال الوزير خالد منصور.'], ['خالد منصور']],
    ['a source word', ['بحسب الخبير الاقتصادي خالد منصور، "هذه خطوة مهمة".'], ['خالد منصور']],
    [
      'a surname the article introduced before',
      ['أعلن الوزير خالد منصور خطة جديدة للزراعة.', 'وقال منصور إن "الخطة ستنجح".'],
      ['خالد منصور'],
    ],
    [
      'an apposition between commas',
      ['انتقدت رئيسة الحزب الأخضر، ليلى حداد، الخطة.', 'وقالت حداد: "الخطة لا تكفي".'],
      ['ليلى حداد'],
    ],
    [
      'a circumstantial participle carries the subject of the clause before',
      ['وقال الوزير خالد منصور: "سنزرع القمح"، مضيفاً: "والشعير أيضاً".'],
      ['خالد منصور', 'خالد منصور'],
    ],
    [
      'a verb without a subject of its own, right after the speaker',
      ['وقال الوزير خالد منصور: "سنزرع القمح".', 'وأضاف أن "الماء يكفي".'],
      ['خالد منصور', 'خالد منصور'],
    ],
  ])('%s', (_name, paragraphs, speakers) => {
    expect(names(paragraphs, 'ar')).toEqual(speakers);
  });

  it.each([
    ['a name nothing anchors', ['وقال محمد علي: "سننتصر".']],
    ['a role with its genitive and no name ("وزير الخارجية" is no name)', ['وقال وزير الخارجية إن "الوضع صعب".']],
    ['a body, not a person', ['وقالت الحكومة في بيان: "الوضع صعب".']],
  ])('shows no name for %s', (_name, paragraphs) => {
    expect(names(paragraphs, 'ar')).toEqual([null]);
  });

  it('does not carry a speaker across someone newly introduced', () => {
    expect(
      names(
        [
          'وقال الوزير خالد منصور: "سنزرع القمح".',
          'ورد عليه النائب سامي يوسف بأن الخطة ضعيفة.',
          'وأضاف أن "الماء لا يكفي".',
        ],
        'ar',
      ),
    ).toEqual(['خالد منصور', null]);
  });
});

describe('Hindi: verb last, the ergative "ने"', () => {
  it.each([
    ['X ने कहा before the quote', ['मंत्री सुनील वर्मा ने कहा, "हम तैयार हैं।"'], ['सुनील वर्मा']],
    ['after the quote', ['"हम तैयार हैं," मंत्री सुनील वर्मा ने कहा।'], ['सुनील वर्मा']],
    ['a source postposition', ['प्रवक्ता सुनील वर्मा के मुताबिक, "यह अहम कदम है।"'], ['सुनील वर्मा']],
    [
      'the ergative marks the subject further back in the clause',
      ['राजदूत पीटर वेबर ने कहा कि बातचीत जारी है।', '"हम तैयार हैं," वेबर ने एक बैठक में कहा।'],
      ['पीटर वेबर'],
    ],
    [
      'a pronoun after the speaker was named',
      ['मंत्री सुनील वर्मा ने कहा, "हम तैयार हैं।"', 'उन्होंने कहा, "हम जीतेंगे।"'],
      ['सुनील वर्मा', 'सुनील वर्मा'],
    ],
  ])('%s', (_name, paragraphs, speakers) => {
    expect(names(paragraphs, 'hi')).toEqual(speakers);
  });

  it.each([
    ['a name nothing anchors', ['सुनील वर्मा ने कहा, "हम तैयार हैं।"']],
    ['a body, not a person', ['सरकार ने कहा, "हम तैयार हैं।"']],
    ['a pronoun with nobody named before', ['उन्होंने कहा, "हम तैयार हैं।"']],
  ])('shows no name for %s', (_name, paragraphs) => {
    expect(names(paragraphs, 'hi')).toEqual([null]);
  });
});

describe('Chinese: no spaces, "X表示" and "X说"', () => {
  it.each([
    ['a role word right before the name', ['外交部发言人李明表示：“我们不会让步。”'], ['李明']],
    ['the verb after the quote', ['“我们不会让步，”发言人李明说。'], ['李明']],
    ['a name the article introduced before', ['发言人李明周一抵达上海。', '李明表示：“我们不会让步。”'], ['李明']],
    ['a label paragraph before a quote paragraph', ['德国作家王小明：', '“写作就是自由。”'], ['王小明']],
    [
      'a transliterated name with a dot, and its Latin spelling',
      ['法国歌手让‧杜邦(Jean Dupont)：', '“音乐没有国界。”'],
      ['让‧杜邦'],
    ],
  ])('%s', (_name, paragraphs, speakers) => {
    expect(names(paragraphs, 'zh')).toEqual(speakers);
  });

  it.each([
    ['a name nothing anchors', ['王伟表示：“我们会赢。”']],
    ['a pronoun with nobody named before', ['他说：“我们会赢。”']],
  ])('shows no name for %s', (_name, paragraphs) => {
    expect(names(paragraphs, 'zh')).toEqual([null]);
  });
});

describe('Persian: verb last, role nouns with unmarked complements (ezafe)', () => {
  it.each([
    ['an honorific before the name', ['آقای علی رضایی گفت: «ما پیروز می‌شویم».'], ['علی رضایی']],
    ['a name, then its role between commas', ['علی رضایی، کارشناس اقتصادی، گفت: «ما پیروز می‌شویم».'], ['علی رضایی']],
  ])('%s', (_name, paragraphs, speakers) => {
    expect(names(paragraphs, 'fa')).toEqual(speakers);
  });

  it('shows no name where a role noun is followed by its complement ("وزیر خارجه ایران")', () => {
    expect(names(['وزیر خارجه ایران گفت: «ما پیروز می‌شویم».'], 'fa')).toEqual([null]);
  });
});

describe('Amharic: subject before the quote, verb after it', () => {
  it.each([
    ['title, quote, verb', ['አቶ አበበ ከበደ "እናሸንፋለን" ብለዋል።'], ['አበበ ከበደ']],
    ['a converb first, the subject after it', ['"እናሸንፋለን" ሲሉ አቶ አበበ ከበደ ተናግረዋል።'], ['አበበ ከበደ']],
  ])('%s', (_name, paragraphs, speakers) => {
    expect(names(paragraphs, 'am')).toEqual(speakers);
  });

  it('shows no name without a title or role', () => {
    expect(names(['አበበ ከበደ "እናሸንፋለን" ብለዋል።'], 'am')).toEqual([null]);
  });
});

describe('Urdu and Bengali', () => {
  it('Urdu: an honorific and the ergative "نے"', () => {
    expect(names(['جناب احمد خان نے کہا، "ہم جیتیں گے۔"'], 'ur')).toEqual(['احمد خان']);
  });

  it('Bengali: a role word before the name', () => {
    expect(names(['মন্ত্রী রহিম উদ্দিন বলেন, "আমরা জিতব।"'], 'bn')).toEqual(['রহিম উদ্দিন']);
  });
});
