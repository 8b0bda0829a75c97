import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Language } from '@kompeten/shared/contract';
import { LanguageService } from './language.service';
import { LANGUAGES } from './languages';

/**
 * ID | EN segmented switch. Plain buttons (not mat-button-toggle) because it sits in the initial
 * bundle via the sign-in page and the shell; button-toggle would pull in @angular/forms.
 */
@Component({
  selector: 'kp-language-switch',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="kp-lang-switch" role="group" [attr.aria-label]="'language.label' | transloco">
      @for (l of languages; track l) {
        <button
          type="button"
          class="kp-lang-switch__option"
          [class.kp-lang-switch__option--on]="language.lang() === l"
          [attr.aria-pressed]="language.lang() === l"
          [attr.lang]="l"
          [attr.title]="'language.' + l | transloco"
          (click)="choose(l)"
        >
          {{ l.toUpperCase() }}
        </button>
      }
    </div>
  `,
})
export class LanguageSwitch {
  protected readonly language = inject(LanguageService);
  protected readonly languages = LANGUAGES;

  protected choose(lang: Language): void {
    if (lang !== this.language.lang()) void this.language.set(lang);
  }
}
