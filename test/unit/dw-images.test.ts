import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { stripCreditLabel } from '../../src/core/extract/figures.js';
import { readDwFigure, realDwImageUrl } from '../../src/core/sites/dw/images.js';

const el = (html: string) => JSDOM.fragment(html).firstElementChild!;
const BASE = 'https://www.dw.com/en/x/a-1';

describe('photo credits', () => {
  it.each([
    ['Image: Phil Noble/REUTERS', 'Phil Noble/REUTERS'],
    ['Bild: Mikhail Sinitsyn/TASS/dpa/picture alliance', 'Mikhail Sinitsyn/TASS/dpa/picture alliance'],
    ['Photo : AFP', 'AFP'],
    ['Фото: Reuters', 'Reuters'],
    ['图片来源：新华社', '新华社'],
    ['عکس: AFP', 'AFP'],
    ['picture-alliance/dpa', 'picture-alliance/dpa'],
    ['IMAGO/Sven Simon', 'IMAGO/Sven Simon'],
  ])('%s -> %s', (raw, credit) => expect(stripCreditLabel(raw)).toBe(credit));
});

/** DW's literal placeholder in image addresses, written without a template literal. */
const FORMAT_ID = '$' + '{formatId}';

describe('image sources', () => {
  it('replaces the format-id placeholder with a real rendition', () => {
    expect(realDwImageUrl(`https://static.dw.com/image/1_${FORMAT_ID}.jpg`)).toBe(
      'https://static.dw.com/image/1_605.jpg',
    );
  });

  it('takes a lazy image from data-url, an empty src from the widest srcset, a relative src absolute', () => {
    expect(
      readDwFigure(el(`<figure><img data-url="https://static.dw.com/image/2_${FORMAT_ID}.jpg"></figure>`), BASE)?.src,
    ).toBe('https://static.dw.com/image/2_605.jpg');
    expect(
      readDwFigure(
        el(
          '<figure><img src="" srcset="https://s/a_600.jpg 78w, https://s/a_605.jpg 1199w, https://s/a_602.jpg 379w"></figure>',
        ),
        BASE,
      )?.src,
    ).toBe('https://s/a_605.jpg');
    expect(readDwFigure(el('<div class="picBox"><img src="/image/3_303.jpg"></div>'), BASE)?.src).toBe(
      'https://www.dw.com/image/3_303.jpg',
    );
    expect(readDwFigure(el('<figure><figcaption>no image</figcaption></figure>'), BASE)).toBeNull();
  });
});

describe('captions', () => {
  it('splits caption and credit by structure', () => {
    const fig = el(
      '<figure><img src="a.jpg"><figcaption>Fans in Houston<small class="copyright">Image: Phil Noble/REUTERS</small></figcaption></figure>',
    );
    expect(readDwFigure(fig, BASE)).toMatchObject({ caption: 'Fans in Houston', credit: 'Phil Noble/REUTERS' });
  });

  it('reads the older layout: caption in a p, credit in parentheses at the end of the title', () => {
    const fig = el(
      '<div class="picBox"><a><img src="a.jpg" title="Tahir Della (picture-alliance/dpa/L. Schwedes)" alt="Tahir Della (picture-alliance/dpa/L. Schwedes)"></a><p>Tahir Della helped</p></div>',
    );
    expect(readDwFigure(fig, BASE)).toMatchObject({
      caption: 'Tahir Della helped',
      credit: 'picture-alliance/dpa/L. Schwedes',
      alt: 'Tahir Della',
    });
  });
});
