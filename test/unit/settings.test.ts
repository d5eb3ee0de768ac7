import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeHost, parseSettings } from '../../src/common/settings.js';

describe('parseSettings', () => {
  it('gives the defaults for empty storage', () => {
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps valid values and replaces invalid ones by the default', () => {
    const s = parseSettings({
      theme: 'dark',
      font: 'comic',
      fontSize: 99,
      width: 1,
      lineSpacing: 5,
      highlights: false,
      autoOpenSites: ['https://WWW.BBC.com/news', 3, ''],
    });
    expect(s).toMatchObject({
      theme: 'dark',
      font: 'serif',
      fontSize: DEFAULT_SETTINGS.fontSize,
      width: 1,
      lineSpacing: DEFAULT_SETTINGS.lineSpacing,
      highlights: false,
      autoOpenSites: ['www.bbc.com'],
    });
  });
  it('takes the system font and a line spacing step', () => {
    expect(parseSettings({ font: 'system', lineSpacing: 4 })).toMatchObject({ font: 'system', lineSpacing: 4 });
  });
});

describe('normalizeHost', () => {
  it('reduces what a user types to a host', () => {
    expect(normalizeHost(' www.Example.org ')).toBe('www.example.org');
    expect(normalizeHost('http://a.b/c?d')).toBe('a.b');
    expect(normalizeHost('not a host at all')).toBe('');
  });
  it('refuses wildcards and what match patterns would read as one', () => {
    for (const entry of ['*', '*.com', 'https://*.example.org/', '*.bbc.co.uk', '[::1]', 'a b'])
      expect(normalizeHost(entry), entry).toBe('');
    expect(parseSettings({ autoOpenSites: ['*', '*.com', 'www.bbc.com'] }).autoOpenSites).toEqual(['www.bbc.com']);
  });
});
