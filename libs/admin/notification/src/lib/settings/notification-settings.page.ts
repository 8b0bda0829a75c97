import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatIconModule } from '@angular/material/icon';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { errorMessage, LanguageSwitch, Notifier, problemOf } from '@kompeten/admin/core';
import { ErrorState, LoadingState, PageHeader } from '@kompeten/admin/ui';
import { MailCategory, OPTIONAL_MAIL_CATEGORIES } from '@kompeten/shared/contract';
import { NotificationPreferencesService } from '../notification.service';

/** Every user's own e-mail settings: language (shared with the UI) and the optional categories. */
@Component({
  selector: 'kp-notification-settings-page',
  imports: [MatIconModule, MatSlideToggleModule, TranslocoPipe, LanguageSwitch, ErrorState, LoadingState, PageHeader],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="kp-page kp-page--narrow">
      <kp-page-header [heading]="'notifSettings.title' | transloco" [subtitle]="'notifSettings.subtitle' | transloco" />
      @if (prefs.error()) {
        <kp-error-state [heading]="'common.loadFailed' | transloco" [message]="error()" [retryLabel]="'common.retry' | transloco" (retry)="prefs.reload()" />
      } @else if (!prefs.hasValue()) {
        <kp-loading-state />
      } @else {
        <section class="kp-card"><div class="kp-card__body kp-stack">
          <h2 class="kp-section-title">{{ 'notifSettings.language' | transloco }}</h2>
          <p class="kp-muted">{{ 'notifSettings.languageHint' | transloco }}</p>
          <kp-language-switch />
        </div></section>
        <section class="kp-card"><div class="kp-card__body kp-stack">
          <h2 class="kp-section-title">{{ 'notifSettings.categories' | transloco }}</h2>
          <div class="kp-setting">
            <mat-slide-toggle [checked]="true" [disabled]="true">{{ 'mail.category.ESSENTIAL' | transloco }}</mat-slide-toggle>
            <p class="kp-cell-sub">{{ 'notifSettings.essentialHint' | transloco }}</p>
          </div>
          @for (c of optional; track c) {
            <div class="kp-setting">
              <mat-slide-toggle [checked]="!muted().includes(c)" [disabled]="saving()" (change)="toggle(c, $event.checked)">
                {{ ('mail.category.' + c) | transloco }}
              </mat-slide-toggle>
              <p class="kp-cell-sub">{{ ('notifSettings.hint.' + c) | transloco }}</p>
            </div>
          }
        </div></section>
      }
    </div>
  `,
  styles: `.kp-setting { display: flex; flex-direction: column; gap: 4px; padding: 4px 0; } .kp-setting p { margin: 0 0 0 52px; }`,
})
export class NotificationSettingsPage {
  private readonly service = inject(NotificationPreferencesService);
  private readonly i18n = inject(TranslocoService);
  private readonly notifier = inject(Notifier);
  protected readonly optional = OPTIONAL_MAIL_CATEGORIES;
  protected readonly prefs = rxResource({ stream: () => this.service.get() });
  protected readonly saving = signal(false);
  protected readonly muted = computed<MailCategory[]>(() => (this.prefs.hasValue() ? this.prefs.value().mutedCategories : []));
  protected readonly error = computed(() => (this.prefs.error() ? errorMessage(problemOf(this.prefs.error()), this.i18n) : null));

  protected toggle(category: MailCategory, on: boolean): void {
    const next = on ? this.muted().filter((c) => c !== category) : [...this.muted(), category];
    this.saving.set(true);
    this.service.set(next).subscribe({
      next: (p) => {
        this.prefs.set(p);
        this.saving.set(false);
        this.notifier.success(this.i18n.translate('notifSettings.saved'));
      },
      error: () => {
        this.saving.set(false);
        this.prefs.reload();
      },
    });
  }
}
