import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AuthService, errorMessage, Notifier, problemOf } from '@kompeten/admin/core';
import { PageHeader, StatusChip, TableCard } from '@kompeten/admin/ui';
import { FrameworkRow, FrameworksService } from '../data/frameworks.service';
import { FRAMEWORK_STATUS_TONE } from '../shared/tones';
import { FrameworkFormDialog, FrameworkFormData } from './framework-form.dialog';

/** Kamus kompetensi: every framework version with its status. */
@Component({
  selector: 'kp-frameworks-page',
  imports: [DatePipe, MatButtonModule, MatIconModule, MatTableModule, RouterLink, TranslocoPipe, PageHeader, StatusChip, TableCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './frameworks.page.html',
})
export class FrameworksPage {
  private readonly api = inject(FrameworksService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  protected readonly canEdit = computed(() => this.auth.hasAnyRole('HR_OFFICER', 'ADMIN'));
  protected readonly columns = ['name', 'version', 'status', 'count', 'updated'];
  protected readonly list = rxResource({ stream: () => this.api.list() });
  protected readonly rows = computed<FrameworkRow[]>(() =>
    (this.list.hasValue() ? this.list.value() : []).slice().sort((a, b) => a.code.localeCompare(b.code) || b.version - a.version),
  );
  protected readonly error = computed(() => (this.list.error() ? errorMessage(problemOf(this.list.error()), this.i18n) : null));

  protected toneOf(status: FrameworkRow['status']) {
    return FRAMEWORK_STATUS_TONE[status];
  }

  protected create(): void {
    const data: FrameworkFormData = { framework: null };
    this.dialog
      .open(FrameworkFormDialog, { data, width: '560px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved?: FrameworkRow) => {
        if (!saved) return;
        this.notifier.success(this.i18n.translate('frameworks.created', { name: saved.name }));
        void this.router.navigate(['/competency/frameworks', saved.id]);
      });
  }
}
