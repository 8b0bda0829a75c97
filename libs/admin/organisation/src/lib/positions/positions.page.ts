import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { errorMessage, Notifier, problemOf } from '@kompeten/admin/core';
import { JenjangPipe, PageHeader, PositionTypePipe, TableCard, unitOptions } from '@kompeten/admin/ui';
import { DEFAULT_PAGE_LIMIT, Position, POSITION_TYPES, PositionType } from '@kompeten/shared/contract';
import { catchError, debounceTime, of } from 'rxjs';
import { PositionQuery, PositionsService } from '../data/positions.service';
import { UnitsService } from '../data/units.service';
import { PositionFormDialog, PositionFormData } from './position-form.dialog';

@Component({
  selector: 'kp-positions-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    TranslocoPipe,
    JenjangPipe,
    PageHeader,
    PositionTypePipe,
    TableCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './positions.page.html',
})
export class PositionsPage {
  private readonly positions = inject(PositionsService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslocoService);
  protected readonly types = POSITION_TYPES;
  protected readonly columns = ['name', 'type', 'grade', 'unit', 'holders', 'actions'];
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly query = signal<PositionQuery>({
    unitId: inject(ActivatedRoute).snapshot.queryParamMap.get('unitId') ?? undefined,
    type: '',
    q: '',
    limit: DEFAULT_PAGE_LIMIT,
    offset: 0,
    sort: 'name',
  });
  private readonly unitsApi = inject(UnitsService);
  private readonly tree = rxResource({ stream: () => this.unitsApi.tree().pipe(catchError(() => of([]))) });
  protected readonly units = computed(() => unitOptions(this.tree.hasValue() ? (this.tree.value() ?? []) : []));
  private readonly unitNames = computed(() => new Map(this.units().map((u) => [u.id, u.name])));
  protected readonly page = rxResource({ params: () => this.query(), stream: ({ params }) => this.positions.list(params) });
  protected readonly rows = computed(() => (this.page.hasValue() ? this.page.value().items : []));
  protected readonly total = computed(() => (this.page.hasValue() ? this.page.value().total : 0));
  protected readonly error = computed(() => (this.page.error() ? errorMessage(problemOf(this.page.error()), this.i18n) : null));

  constructor() {
    this.search.valueChanges.pipe(debounceTime(300), takeUntilDestroyed()).subscribe((q) => this.patch({ q: q.trim() }));
  }

  protected unitName(id: string): string {
    return this.unitNames().get(id) ?? '—';
  }

  protected patch(change: Partial<PositionQuery>): void {
    this.query.update((q) => ({ ...q, offset: 0, ...change }));
  }

  protected filterType(type: PositionType | ''): void {
    this.patch({ type });
  }

  protected filterUnit(unitId: string): void {
    this.patch({ unitId: unitId || undefined });
  }

  protected sort(s: Sort): void {
    this.patch({ sort: s.direction ? `${s.direction === 'desc' ? '-' : ''}${s.active}` : 'name' });
  }

  protected paginate(e: PageEvent): void {
    this.query.update((q) => ({ ...q, limit: e.pageSize, offset: e.pageIndex * e.pageSize }));
  }

  protected open(position: Position | null): void {
    const data: PositionFormData = { position, units: this.units(), unitId: this.query().unitId };
    this.dialog
      .open(PositionFormDialog, { data, width: '600px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved?: Position) => {
        if (!saved) return;
        this.notifier.success(this.i18n.translate(position ? 'positions.saved' : 'positions.created', { name: saved.name }));
        this.page.reload();
      });
  }
}
