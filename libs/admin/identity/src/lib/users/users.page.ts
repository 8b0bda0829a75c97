import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { errorMessage, Notifier, problemOf } from '@kompeten/admin/core';
import { PageHeader, StatusChip, TableCard } from '@kompeten/admin/ui';
import { DEFAULT_PAGE_LIMIT, Role, ROLES, UserSummary } from '@kompeten/shared/contract';
import { debounceTime } from 'rxjs';
import { ResetPasswordDialog } from './reset-password.dialog';
import { UserFormDialog } from './user-form.dialog';
import { userStatus } from './user-status';
import { UserQuery, UsersService } from './users.service';

@Component({
  selector: 'kp-users-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatPaginatorModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
    PageHeader,
    StatusChip,
    TableCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users.page.html',
})
export class UsersPage {
  private readonly users = inject(UsersService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslocoService);
  protected readonly roles = ROLES;
  protected readonly columns = ['name', 'roles', 'status', 'lastLogin', 'actions'];
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly query = signal<UserQuery>({ q: '', role: '', active: '', limit: DEFAULT_PAGE_LIMIT, offset: 0 });
  protected readonly page = rxResource({ params: () => this.query(), stream: ({ params }) => this.users.list(params) });
  protected readonly rows = computed(() => (this.page.hasValue() ? this.page.value().items : []));
  protected readonly total = computed(() => (this.page.hasValue() ? this.page.value().total : 0));
  protected readonly error = computed(() => (this.page.error() ? errorMessage(problemOf(this.page.error()), this.i18n) : null));
  protected readonly status = userStatus;

  constructor() {
    this.search.valueChanges.pipe(debounceTime(300), takeUntilDestroyed()).subscribe((q) => this.patch({ q: q.trim() }));
  }

  protected patch(change: Partial<UserQuery>): void {
    this.query.update((q) => ({ ...q, offset: 0, ...change }));
  }

  protected filterRole(role: Role | ''): void {
    this.patch({ role });
  }

  protected filterActive(active: boolean | ''): void {
    this.patch({ active });
  }

  protected paginate(e: PageEvent): void {
    this.query.update((q) => ({ ...q, limit: e.pageSize, offset: e.pageIndex * e.pageSize }));
  }

  protected openForm(user: UserSummary | null): void {
    this.dialog
      .open(UserFormDialog, { data: { user }, width: '560px', maxWidth: '95vw', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.notifier.success(this.i18n.translate(user ? 'users.saved' : 'users.created', { name: saved.displayName }));
        this.page.reload();
      });
  }

  protected resetPassword(user: UserSummary): void {
    this.dialog
      .open(ResetPasswordDialog, { data: user, width: '480px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((done) => {
        if (!done) return;
        this.notifier.success(this.i18n.translate('users.resetDone', { name: user.displayName }));
        this.page.reload();
      });
  }
}
