import { DOCUMENT, inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { Language } from '@kompeten/shared/contract';
import { catchError, firstValueFrom, of } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LANGUAGE_KEY, storedLanguage } from './languages';

/** The UI language: remembered in localStorage and, when signed in, in the user's preferences. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly i18n = inject(TranslocoService);
  private readonly auth = inject(AuthService);
  private readonly document = inject(DOCUMENT);
  private readonly _lang = signal<Language>(storedLanguage());
  /** Chosen on the sign-in page before the account's preference was known. */
  private chosenAsGuest = false;

  readonly lang = this._lang.asReadonly();

  /** Loads the stored language before the first render. */
  async init(): Promise<void> {
    await this.apply(this.auth.user()?.language ?? this._lang());
  }

  async set(lang: Language): Promise<void> {
    await this.apply(lang);
    if (this.auth.isSignedIn()) {
      this.auth.savePreferences(lang).pipe(catchError(() => of(null))).subscribe();
    } else {
      this.chosenAsGuest = true;
    }
  }

  /** After sign-in: keep a language just picked on the sign-in page, else use the account's. */
  async afterSignIn(accountLanguage: Language): Promise<void> {
    if (this.chosenAsGuest && accountLanguage !== this._lang()) {
      this.chosenAsGuest = false;
      await firstValueFrom(this.auth.savePreferences(this._lang()).pipe(catchError(() => of(null))));
      return;
    }
    this.chosenAsGuest = false;
    await this.apply(accountLanguage);
  }

  private async apply(lang: Language): Promise<void> {
    try {
      await firstValueFrom(this.i18n.load(lang));
    } catch {
      /* the missing-key fallback still shows keys; better than a blank app */
    }
    this.i18n.setActiveLang(lang);
    this._lang.set(lang);
    this.document.documentElement.lang = lang;
    try {
      localStorage.setItem(LANGUAGE_KEY, lang);
    } catch {
      /* ignore */
    }
  }
}

