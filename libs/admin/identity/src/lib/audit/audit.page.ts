import { DatePipe, JsonPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { errorMessage, problemOf } from '@kompeten/admin/core';
import { PageHeader, StatusChip, TableCard } from '@kompeten/admin/ui';
import { AuditEntry, AuditQuery, DEFAULT_PAGE_LIMIT } from '@kompeten/shared/contract';
import { AuditService } from './audit.service';
import { changedKeys } from './audit-diff';

@Component({
  selector: 'kp-audit-page',
  imports: [
    DatePipe,
    JsonPipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatTableModule,
    TranslocoPipe,
    PageHeader,
    StatusChip,
    TableCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit.page.html',
  styles: `
    tr.kp-audit-detail { height: 0; }
    tr.kp-audit-detail td { border-bottom-width: 0; padding: 0; }
    tr.kp-audit-detail--open td { border-bottom-width: 1px; }
    .kp-audit-json { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; padding: 8px 0 16px; }
    @media (max-width: 767.98px) { .kp-audit-json { grid-template-columns: 1fr; } }
    .kp-audit-json h3 { font: var(--mat-sys-label-large); margin-bottom: 4px; }
  `,
})
export class AuditPage {
  private readonly audit = inject(AuditService);
  private readonly i18n = inject(TranslocoService);
  protected readonly columns = ['expand', 'at', 'actor', 'action', 'entity', 'changes'];
  protected readonly filters = inject(NonNullableFormBuilder).group({ entity: '', entityId: '', action: '', from: '', to: '' });
  protected readonly query = signal<AuditQuery>({ limit: DEFAULT_PAGE_LIMIT, offset: 0 });
  protected readonly page = rxResource({ params: () => this.query(), stream: ({ params }) => this.audit.list(params) });
  protected readonly rows = computed(() => (this.page.hasValue() ? this.page.value().items : []));
  protected readonly total = computed(() => (this.page.hasValue() ? this.page.value().total : 0));
  protected readonly error = computed(() => (this.page.error() ? errorMessage(problemOf(this.page.error()), this.i18n) : null));
  protected readonly expanded = signal<string | null>(null);
  protected readonly changed = changedKeys;

  protected apply(): void {
    const f = this.filters.getRawValue();
    this.query.set({
      entity: f.entity.trim() || undefined,
      entityId: f.entityId.trim() || undefined,
      action: f.action.trim().toUpperCase() || undefined,
      from: f.from || undefined,
      to: f.to || undefined,
      limit: this.query().limit,
      offset: 0,
    });
  }

  protected reset(): void {
    this.filters.reset();
    this.apply();
  }

  protected paginate(e: PageEvent): void {
    this.query.update((q) => ({ ...q, limit: e.pageSize, offset: e.pageIndex * e.pageSize }));
  }

  protected toggle(row: AuditEntry): void {
    this.expanded.update((id) => (id === row.id ? null : row.id));
  }
}
