import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatTooltipModule } from '@angular/material/tooltip';
import type { UnitTreeNode } from '@kompeten/shared/contract';
import { visibleUnitRows } from './unit-tree-rows';

export interface UnitTreeLabels {
  expand: string;
  collapse: string;
  actions: string;
  addChild: string;
  rename: string;
  move: string;
  employees: string;
  subtreeHint: string;
}

/** The unit hierarchy as an ARIA tree; each row offers add child, rename and move. */
@Component({
  selector: 'kp-unit-tree',
  imports: [DecimalPipe, MatButtonModule, MatIconModule, MatMenuModule, MatTooltipModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="kp-tree" role="tree" [attr.aria-label]="ariaLabel()">
      @for (row of rows(); track row.node.id) {
        <li
          class="kp-tree__row"
          role="treeitem"
          [attr.aria-level]="row.level + 1"
          [attr.aria-expanded]="row.hasChildren ? row.expanded : null"
          [attr.aria-selected]="row.node.id === selectedId()"
          [class.kp-tree__row--selected]="row.node.id === selectedId()"
          [style.--kp-level]="row.level"
        >
          @if (row.hasChildren) {
            <button
              mat-icon-button
              type="button"
              class="kp-tree__toggle"
              [class.kp-tree__toggle--open]="row.expanded"
              (click)="toggle(row.node.id)"
              [attr.aria-label]="(row.expanded ? labels().collapse : labels().expand) + ' ' + row.node.name"
            >
              <mat-icon svgIcon="chevron_right" />
            </button>
          } @else {
            <span class="kp-tree__spacer"></span>
          }
          <button type="button" class="kp-tree__name" (click)="selectUnit.emit(row.node)">
            <span class="kp-tree__title">{{ row.node.name }}</span>
            <span class="kp-tree__meta">{{ row.node.code }} · <span class="kp-tree__kind">{{ row.node.kind }}</span></span>
          </button>
          <span
            class="kp-tree__count"
            [matTooltip]="labels().subtreeHint"
            [attr.aria-label]="(row.subtreeCount | number) + ' ' + labels().employees"
          >
            {{ row.node.employeeCount | number }}
            @if (row.hasChildren) {
              <span class="kp-muted">/ {{ row.subtreeCount | number }}</span>
            }
          </span>
          <button mat-icon-button type="button" [matMenuTriggerFor]="menu" [attr.aria-label]="labels().actions + ' ' + row.node.name">
            <mat-icon svgIcon="more_vert" />
          </button>
          <mat-menu #menu="matMenu">
            <button mat-menu-item type="button" (click)="addChild.emit(row.node)"><mat-icon svgIcon="add" />{{ labels().addChild }}</button>
            <button mat-menu-item type="button" (click)="rename.emit(row.node)"><mat-icon svgIcon="edit" />{{ labels().rename }}</button>
            @if (row.level > 0) {
              <button mat-menu-item type="button" (click)="move.emit(row.node)"><mat-icon svgIcon="move" />{{ labels().move }}</button>
            }
          </mat-menu>
        </li>
      }
    </ul>
  `,
})
export class UnitTree {
  readonly nodes = input.required<UnitTreeNode[]>();
  readonly labels = input.required<UnitTreeLabels>();
  readonly ariaLabel = input('Unit kerja');
  readonly selectedId = input<string | null>(null);
  /** How many levels start open. */
  readonly initialDepth = input(1);
  readonly selectUnit = output<UnitTreeNode>();
  readonly addChild = output<UnitTreeNode>();
  readonly rename = output<UnitTreeNode>();
  readonly move = output<UnitTreeNode>();

  private readonly expanded = signal<ReadonlySet<string>>(new Set());
  private seeded = false;
  protected readonly rows = computed(() => visibleUnitRows(this.nodes(), this.expanded()));

  constructor() {
    effect(() => {
      const nodes = this.nodes();
      if (this.seeded || nodes.length === 0) return;
      this.seeded = true;
      const open = new Set<string>();
      const walk = (ns: UnitTreeNode[], depth: number) => {
        if (depth >= this.initialDepth()) return;
        ns.forEach((n) => {
          open.add(n.id);
          walk(n.children, depth + 1);
        });
      };
      walk(nodes, 0);
      this.expanded.set(open);
    });
  }

  toggle(id: string): void {
    this.expanded.update((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  /** Opens every ancestor path to the node (used after creating a child). */
  expand(id: string): void {
    this.expanded.update((s) => new Set([...s, id]));
  }
}
