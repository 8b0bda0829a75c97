import { registerLocaleData } from '@angular/common';
import localeId from '@angular/common/locales/id';
import { EnvironmentProviders, isDevMode, LOCALE_ID, makeEnvironmentProviders } from '@angular/core';
import { provideTransloco } from '@jsverse/transloco';
import { TranslocoHttpLoader } from './http-loader';
import { DEFAULT_LANGUAGE, LANGUAGES } from './languages';

/** Transloco with Bahasa Indonesia as default and fallback; dates and numbers in the Indonesian locale. */
export function provideI18n(): EnvironmentProviders {
  registerLocaleData(localeId, 'id');
  return makeEnvironmentProviders([
    { provide: LOCALE_ID, useValue: 'id' },
    provideTransloco({
      config: {
        availableLangs: [...LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        fallbackLang: DEFAULT_LANGUAGE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
      },
      loader: TranslocoHttpLoader,
    }),
  ]);
}
