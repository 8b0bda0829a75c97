import { inject, Injectable, Provider } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';

/** Paginator texts in the active language ("1–25 dari 680"). */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly i18n = inject(TranslocoService);

  constructor() {
    super();
    this.i18n.langChanges$.subscribe(() => this.relabel());
    this.relabel();
  }

  override getRangeLabel = (page: number, size: number, length: number): string => {
    const of = this.i18n.translate('paginator.of');
    if (length === 0 || size === 0) return `0 ${of} ${length.toLocaleString('id-ID')}`;
    const start = page * size;
    const end = Math.min(start + size, length);
    return `${start + 1}–${end} ${of} ${length.toLocaleString('id-ID')}`;
  };

  private relabel(): void {
    this.itemsPerPageLabel = this.i18n.translate('paginator.perPage');
    this.nextPageLabel = this.i18n.translate('paginator.next');
    this.previousPageLabel = this.i18n.translate('paginator.previous');
    this.firstPageLabel = this.i18n.translate('paginator.first');
    this.lastPageLabel = this.i18n.translate('paginator.last');
    this.changes.next();
  }
}

export function providePaginatorIntl(): Provider {
  return { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl };
}
