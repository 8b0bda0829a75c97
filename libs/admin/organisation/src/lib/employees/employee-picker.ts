import { ChangeDetectionStrategy, Component, inject, input, OnInit, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { NipPipe } from '@kompeten/admin/ui';
import type { EmployeeSummary } from '@kompeten/shared/contract';
import { formatNip } from '@kompeten/shared/domain';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap, tap } from 'rxjs';
import { EmployeesService } from '../data/employees.service';

export interface PickedEmployee {
  id: string;
  nip: string;
  displayName: string;
}

/** Finds an employee by name or NIP while typing (atasan langsung, linking a user account). */
@Component({
  selector: 'kp-employee-picker',
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, NipPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" class="kp-full">
      <mat-label>{{ label() }}</mat-label>
      <input matInput [formControl]="text" [matAutocomplete]="auto" autocomplete="off" spellcheck="false" />
      @if (text.value) {
        <button mat-icon-button matSuffix type="button" (click)="clear()" [attr.aria-label]="clearLabel()">
          <mat-icon svgIcon="close" />
        </button>
      }
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-autocomplete #auto="matAutocomplete" (optionSelected)="select($event)">
        @for (e of options(); track e.id) {
          <mat-option [value]="e">
            <span>{{ e.displayName }}</span>
            <span class="kp-cell-sub kp-mono">{{ e.nip | nip }} · {{ e.unitName }}</span>
          </mat-option>
        }
      </mat-autocomplete>
    </mat-form-field>
  `,
})
export class EmployeePicker implements OnInit {
  private readonly employees = inject(EmployeesService);
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly clearLabel = input('Hapus');
  /** The current choice, shown as text. */
  readonly initial = input<PickedEmployee | null>(null);
  readonly excludeId = input<string | null>(null);
  readonly picked = output<PickedEmployee | null>();

  protected readonly text = new FormControl<string | EmployeeSummary>('', { nonNullable: true });
  protected readonly options = signal<EmployeeSummary[]>([]);

  constructor() {
    this.text.valueChanges
      .pipe(
        filter((v): v is string => typeof v === 'string'),
        map((v) => v.trim()),
        debounceTime(250),
        distinctUntilChanged(),
        tap((v) => v.length < 3 && this.options.set([])),
        filter((v) => v.length >= 3),
        switchMap((q) => this.employees.search(q.replace(/\s+/g, /^\d[\d\s]*$/.test(q) ? '' : ' ')).pipe(catchError(() => of(null)))),
        takeUntilDestroyed(),
      )
      .subscribe((page) => this.options.set((page?.items ?? []).filter((e) => e.id !== this.excludeId())));
  }

  ngOnInit(): void {
    const init = this.initial();
    if (init) this.text.setValue(this.describe(init), { emitEvent: false });
  }

  protected select(event: MatAutocompleteSelectedEvent): void {
    const e = event.option.value as EmployeeSummary;
    this.text.setValue(this.describe(e), { emitEvent: false });
    this.picked.emit({ id: e.id, nip: e.nip, displayName: e.displayName });
  }

  protected clear(): void {
    this.text.setValue('');
    this.options.set([]);
    this.picked.emit(null);
  }

  private describe(e: PickedEmployee): string {
    return `${e.displayName} — ${formatNip(e.nip)}`;
  }
}
