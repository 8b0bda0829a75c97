import type { Language } from '@kompeten/shared/contract';

export const LANGUAGES: readonly Language[] = ['id', 'en'];
export const DEFAULT_LANGUAGE: Language = 'id';
export const LANGUAGE_KEY = 'kp.lang';

export function isLanguage(value: unknown): value is Language {
  return value === 'id' || value === 'en';
}

export function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(v) ? v : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}
