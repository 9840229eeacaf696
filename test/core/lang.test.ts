import { describe, expect, it } from 'vitest';
import { addinUrl, DEV_ADDIN_URL } from '../../core/excel';
import { languageOf } from '../../core/lang';

describe('the UI language of a host’s language tag', () => {
  it('is Russian for any Russian tag, in any case and separator, and English for anything else', () => {
    for (const tag of ['ru', 'ru-RU', 'RU_ru', 'ru_RU']) expect(languageOf(tag), tag).toBe('ru');
    for (const tag of ['en-US', 'en_GB', 'uk-UA', 'de', '', null, undefined])
      expect(languageOf(tag), String(tag)).toBe('en');
  });
});

describe('where the add-in is served', () => {
  it('is the dev server unless the build is given ADDIN_URL, without a trailing slash', () => {
    expect(addinUrl(undefined)).toBe('https://localhost:3000');
    expect(addinUrl('')).toBe(DEV_ADDIN_URL);
    expect(addinUrl('https://example.com/rop-kit/')).toBe('https://example.com/rop-kit');
  });
});
