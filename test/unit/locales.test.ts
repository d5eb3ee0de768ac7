/**
 * The interface speaks its readers' languages (src/_locales/): every locale has every message of
 * `en`, with the same placeholders, each used in its message. The browser picks the locale; a
 * message a locale lacks would fall back to English in the middle of another language's UI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, '../../src/_locales');

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const read = (locale: string): Record<string, Message> =>
  JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as Record<string, Message>;

const en = read('en');
const locales = readdirSync(LOCALES).filter((l) => l !== 'en');

it('has the locales of DW’s largest audiences', () => {
  expect(locales).toEqual(
    expect.arrayContaining(['de', 'es', 'fr', 'pt_BR', 'ar', 'fa', 'ru', 'uk', 'tr', 'zh_CN', 'hi', 'id']),
  );
});

describe.each(locales)('locale %s', (locale) => {
  const messages = read(locale);

  it('has every message of en, and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it('fills every message and keeps its placeholders', () => {
    for (const [key, { message, placeholders }] of Object.entries(en)) {
      const translated = messages[key];
      expect(translated?.message.trim(), key).toBeTruthy();
      expect(translated?.placeholders, key).toEqual(placeholders);
      for (const name of Object.keys(placeholders ?? {}))
        expect(translated?.message, key).toContain(`$${name.toUpperCase()}$`);
      if (!placeholders) expect(translated?.message, key).not.toMatch(/\$[A-Z]+\$/);
      expect(message).toBeTruthy();
    }
  });
});
