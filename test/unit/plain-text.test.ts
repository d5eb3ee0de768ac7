import { describe, expect, it } from 'vitest';
import { plainText, terminalText } from '../../src/common/plain-text.js';

describe('plainText (what a copied citation may hold)', () => {
  it('removes bidi overrides, embeddings, isolates and marks', () => {
    expect(plainText('Jane \u202eeoD\u202c, \u2067minister\u2069 \u200e\u200f\u061c')).toBe('Jane eoD, minister');
  });

  it('removes zero-width and other invisible characters a page could mark a copy with', () => {
    const marked = 'a\u200bb\u200cc\u200dd\u2060e\ufefff\u00adg\u034fh\u180ei\ufe0fj\u{e0041}k\u2062l';
    expect(plainText(marked)).toBe('abcdefghijkl');
  });

  it('keeps joiners where they change what is seen: Persian words and emoji sequences', () => {
    expect(plainText('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(plainText('क्\u200dष')).toBe('क्\u200dष');
    expect(plainText('👩\u200d💻 and ❤\ufe0f')).toBe('👩\u200d💻 and ❤\ufe0f');
  });

  it('makes every run of white space one space: line and paragraph separators, tabs, controls', () => {
    expect(plainText(' a\u2028\u2028\u2028b\u2029c\td\n\ne\u0085f\u0007g\u00a0h ')).toBe('a b c d e f g h');
  });
});

describe('terminalText (what the CLI prints)', () => {
  it('keeps line breaks and tabs and removes escape sequences’ escape, other controls and bidi formatting', () => {
    const out = terminalText('t\u001b]0;x\u0007\r\nline\u001b[2K\tend\u009b31m \u202eR\u202c\u200b');
    expect(out).toBe('t]0;x\nline[2K\tend31m R');
  });
});
