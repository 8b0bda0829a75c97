import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AuthService, errorMessage, LanguageService, Notifier, problemOf } from '@kompeten/admin/core';
import { EmptyState, ErrorState, findUnit, LoadingState, PageHeader, subtreeCounts, UnitTree, UnitTreeLabels } from '@kompeten/admin/ui';
import type { Unit, UnitTreeNode } from '@kompeten/shared/contract';
import { UnitsService } from '../data/units.service';
import { UnitFormDialog, UnitFormData } from './unit-form.dialog';
import { UnitMoveDialog, UnitMoveData } from './unit-move.dialog';

@Component({
  selector: 'kp-units-page',
  imports: [DecimalPipe, MatButtonModule, MatIconModule, RouterLink, TranslocoPipe, EmptyState, ErrorState, LoadingState, PageHeader, UnitTree],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './units.page.html',
  styles: `
    .kp-units { display: grid; grid-template-columns: minmax(0, 2fr) minmax(280px, 1fr); gap: 24px; align-items: start; }
    .kp-units__detail { position: sticky; top: 88px; }
    @media (max-width: 959.98px) { .kp-units { grid-template-columns: 1fr; } .kp-units__detail { position: static; } }
  `,
})
export class UnitsPage {
  private readonly units = inject(UnitsService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslocoService);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  protected readonly isAdmin = computed(() => this.auth.hasAnyRole('ADMIN'));
  protected readonly tree = rxResource({ stream: () => this.units.tree() });
  protected readonly roots = computed(() => (this.tree.hasValue() ? this.tree.value() : []));
  protected readonly error = computed(() => (this.tree.error() ? errorMessage(problemOf(this.tree.error()), this.i18n) : null));
  protected readonly selectedId = signal<string | null>(null);
  protected readonly selected = computed(() => {
    const id = this.selectedId();
    return id ? findUnit(this.roots(), id) : null;
  });
  protected readonly selectedTotal = computed(() => {
    const s = this.selected();
    return s ? (subtreeCounts([s]).get(s.id) ?? 0) : 0;
  });
  protected readonly totalUnits = computed(() => {
    let n = 0;
    const walk = (ns: UnitTreeNode[]) => ns.forEach((x) => (n++, walk(x.children)));
    walk(this.roots());
    return n;
  });

  protected readonly labels = computed<UnitTreeLabels>(() => {
    this.language.lang();
    const t = (k: string) => this.i18n.translate(`units.${k}`);
    return {
      expand: t('expand'),
      collapse: t('collapse'),
      actions: t('actions'),
      addChild: t('addChild'),
      rename: t('rename'),
      move: t('move'),
      employees: t('employees'),
      subtreeHint: t('countHint'),
    };
  });

  protected create(parent: Unit | null): void {
    this.openForm({ parent }, 'units.created');
  }

  protected rename(unit: Unit): void {
    this.openForm({ unit }, 'units.renamed');
  }

  protected move(unit: UnitTreeNode): void {
    const data: UnitMoveData = { unit, roots: this.roots() };
    this.dialog
      .open(UnitMoveDialog, { data, width: '560px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((u?: Unit) => this.done(u, 'units.moved'));
  }

  private openForm(data: UnitFormData, message: string): void {
    this.dialog
      .open(UnitFormDialog, { data, width: '520px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((u?: Unit) => this.done(u, message));
  }

  private done(u: Unit | undefined, message: string): void {
    if (!u) return;
    this.notifier.success(this.i18n.translate(message, { name: u.name }));
    this.selectedId.set(u.id);
    this.tree.reload();
  }
}
