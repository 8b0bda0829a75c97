import { DatePipe, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AuthService, errorMessage, Notifier, problemOf } from '@kompeten/admin/core';
import { ConfirmDialog, ConfirmDialogData, EmptyState, ErrorState, LoadingState, PageHeader, StatusChip } from '@kompeten/admin/ui';
import type { Competency } from '@kompeten/shared/contract';
import { Observable } from 'rxjs';
import { CompetenciesService } from '../data/competencies.service';
import { ExportFormat, FrameworkExchangeService, filenameOf } from '../data/framework-exchange.service';
import { FrameworkRow, FrameworksService } from '../data/frameworks.service';
import { frameworkTree, GroupNode, groupOptions } from '../shared/framework-tree';
import { saveBlob } from '../shared/save-blob';
import { FRAMEWORK_STATUS_TONE } from '../shared/tones';
import { CompetencyFormData, CompetencyFormDialog } from './competency-form.dialog';
import { FrameworkFormData, FrameworkFormDialog } from './framework-form.dialog';
import { GroupFormData, GroupFormDialog } from './group-form.dialog';
import { LevelList } from '../shared/level-list';

type Action = 'publish' | 'retire' | 'newVersion';

/** One kamus version: groups → competencies on the left, the chosen competency's five levels on the right. */
@Component({
  selector: 'kp-framework-detail-page',
  imports: [
    DatePipe,
    NgTemplateOutlet,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatTooltipModule,
    TranslocoPipe,
    EmptyState,
    ErrorState,
    LevelList,
    LoadingState,
    PageHeader,
    StatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './framework-detail.page.html',
  styles: `
    .kp-fw { display: grid; grid-template-columns: minmax(280px, 1fr) minmax(0, 2fr); gap: 24px; align-items: start; }
    .kp-fw__detail { position: sticky; top: 88px; }
    @media (max-width: 959.98px) { .kp-fw { grid-template-columns: 1fr; } .kp-fw__detail { position: static; } }
    .kp-fw__tree { list-style: none; margin: 0; padding: 0 0 8px; }
    .kp-fw__tree ul { list-style: none; margin: 0; padding: 0; }
    .kp-fw__group { display: flex; align-items: center; gap: 4px; padding: 4px 8px 4px calc(4px + var(--kp-level, 0) * 16px); }
    .kp-fw__group-name { flex: 1; min-width: 0; font-weight: 600; }
    .kp-fw__comp {
      display: flex; gap: 8px; width: 100%; padding: 8px 12px 8px calc(52px + var(--kp-level, 0) * 16px); border: 0; background: none;
      font: inherit; color: inherit; text-align: left; cursor: pointer; border-radius: 0;
      &:hover { background: var(--mat-sys-surface-container); }
    }
    .kp-fw__comp--selected { background: var(--mat-sys-secondary-container); box-shadow: inset 3px 0 0 var(--mat-sys-primary); }
    .kp-fw__code { flex: none; min-width: 72px; color: var(--mat-sys-on-surface-variant); }
    .kp-fw__toolbar { display: flex; align-items: center; gap: 8px; padding: 16px 16px 8px; }
    .kp-text-danger { color: var(--mat-sys-error); }
    .kp-fw__meta { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
  `,
})
export class FrameworkDetailPage {
  private readonly api = inject(FrameworksService);
  private readonly competencies = inject(CompetenciesService);
  private readonly exchange = inject(FrameworkExchangeService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslocoService);
  private readonly router = inject(Router);
  readonly id = input.required<string>();

  private readonly auth = inject(AuthService);
  protected readonly canEdit = computed(() => this.auth.hasAnyRole('HR_OFFICER', 'ADMIN'));
  protected readonly tone = FRAMEWORK_STATUS_TONE;
  protected readonly exportFormats: ExportFormat[] = ['case', 'case10', 'csv', 'xlsx'];
  protected readonly framework = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  protected readonly f = computed(() => (this.framework.hasValue() ? this.framework.value() : null));
  protected readonly error = computed(() => (this.framework.error() ? errorMessage(problemOf(this.framework.error()), this.i18n) : null));
  protected readonly isDraft = computed(() => this.f()?.status === 'DRAFT');
  protected readonly editable = computed(() => this.canEdit() && this.isDraft());
  protected readonly tree = computed<GroupNode[]>(() => {
    const f = this.f();
    return f ? frameworkTree(f.groups, f.competencies) : [];
  });
  protected readonly collapsed = signal<ReadonlySet<string>>(new Set());
  protected readonly selectedId = signal<string | null>(null);
  protected readonly selected = computed<Competency | null>(() => {
    const f = this.f();
    if (!f) return null;
    const id = this.selectedId();
    const sorted = this.tree().flatMap(function flat(n: GroupNode): Competency[] {
      return [...n.competencies, ...n.children.flatMap(flat)];
    });
    return f.competencies.find((c) => c.id === id) ?? sorted[0] ?? null;
  });
  protected readonly busy = signal(false);

  protected toggle(id: string): void {
    this.collapsed.update((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  protected select(c: Competency): void {
    this.selectedId.set(c.id);
  }

  protected editFramework(): void {
    const f = this.f();
    if (!f) return;
    const data: FrameworkFormData = { framework: f };
    this.dialog
      .open(FrameworkFormDialog, { data, width: '560px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved?: FrameworkRow) => {
        if (!saved) return;
        this.notifier.success(this.i18n.translate('frameworks.saved', { name: saved.name }));
        this.framework.reload();
      });
  }

  protected addGroup(parentId: string | null = null): void {
    const f = this.f();
    if (!f) return;
    const data: GroupFormData = { frameworkId: f.id, parents: groupOptions(this.tree()), parentId };
    this.dialog
      .open(GroupFormDialog, { data, width: '560px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved?: { name: string }) => {
        if (!saved) return;
        this.notifier.success(this.i18n.translate('frameworks.groupCreated', { name: saved.name }));
        this.framework.reload();
      });
  }

  protected editCompetency(competency: Competency | null, groupId?: string): void {
    const f = this.f();
    if (!f) return;
    const data: CompetencyFormData = { frameworkId: f.id, competency, groupId: groupId ?? competency?.groupId ?? null, groups: groupOptions(this.tree()) };
    this.dialog
      .open(CompetencyFormDialog, { data, width: '900px', maxWidth: '96vw', maxHeight: '92vh', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((saved?: Competency) => {
        if (!saved) return;
        this.notifier.success(this.i18n.translate(competency ? 'frameworks.competencySaved' : 'frameworks.competencyCreated', { name: saved.name }));
        this.selectedId.set(saved.id);
        this.framework.reload();
      });
  }

  protected removeCompetency(c: Competency): void {
    this.confirm({
      title: this.i18n.translate('frameworks.deleteTitle'),
      message: this.i18n.translate('frameworks.deleteMessage', { name: `${c.code} ${c.name}` }),
      confirmLabel: this.i18n.translate('common.delete'),
      cancelLabel: this.i18n.translate('common.cancel'),
      destructive: true,
    }).subscribe((ok) => {
      if (!ok) return;
      this.competencies.remove(c.id).subscribe(() => {
        this.notifier.success(this.i18n.translate('frameworks.deleted', { name: c.name }));
        this.selectedId.set(null);
        this.framework.reload();
      });
    });
  }

  protected act(action: Action): void {
    const f = this.f();
    if (!f) return;
    const t = (k: string) => this.i18n.translate(`frameworks.${action}.${k}`, { name: f.name, version: f.version });
    this.confirm({
      title: t('title'),
      message: t('message'),
      confirmLabel: t('confirm'),
      cancelLabel: this.i18n.translate('common.cancel'),
      destructive: action === 'retire',
    }).subscribe((ok) => {
      if (!ok) return;
      this.busy.set(true);
      const req = action === 'publish' ? this.api.publish(f.id) : action === 'retire' ? this.api.retire(f.id) : this.api.newVersion(f.id);
      req.subscribe({
        next: (res) => {
          this.busy.set(false);
          this.notifier.success(t('done'));
          if (action === 'newVersion') void this.router.navigate(['/competency/frameworks', res.id]);
          else this.framework.reload();
        },
        error: () => this.busy.set(false),
      });
    });
  }

  protected download(format: ExportFormat): void {
    const f = this.f();
    if (!f) return;
    const ext = format === 'case' || format === 'case10' ? 'json' : format;
    this.exchange.export(f.id, format).subscribe((res) => {
      if (res.body) saveBlob(res.body, filenameOf(res, `${f.code}-v${f.version}.${ext}`));
    });
  }

  private confirm(data: ConfirmDialogData): Observable<boolean | undefined> {
    return this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '480px', maxWidth: '95vw' }).afterClosed();
  }
}
