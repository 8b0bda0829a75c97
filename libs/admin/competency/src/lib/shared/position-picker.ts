import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { PositionsService } from '@kompeten/admin/organisation';
import type { Position } from '@kompeten/shared/contract';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap } from 'rxjs';

/** Finds a jabatan by name or code while typing. */
@Component({
  selector: 'kp-position-picker',
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" class="kp-full" [class.kp-dense]="dense()">
      <mat-label>{{ label() }}</mat-label>
      <mat-icon matPrefix svgIcon="search" />
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
        @for (p of options(); track p.id) {
          <mat-option [value]="p">
            <span>{{ p.name }}</span>
            <span class="kp-cell-sub kp-mono">{{ p.code }} · {{ 'kelas ' + p.grade }}</span>
          </mat-option>
        }
      </mat-autocomplete>
    </mat-form-field>
  `,
})
export class PositionPicker {
  private readonly positions = inject(PositionsService);
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly clearLabel = input('Hapus');
  readonly dense = input(false);
  readonly picked = output<Position | null>();
  protected readonly text = new FormControl<string | Position>('', { nonNullable: true });
  protected readonly options = signal<Position[]>([]);

  constructor() {
    this.text.valueChanges
      .pipe(
        filter((v): v is string => typeof v === 'string'),
        map((v) => v.trim()),
        debounceTime(250),
        distinctUntilChanged(),
        filter((v) => v.length >= 2),
        switchMap((q) => this.positions.list({ q, limit: 15, sort: 'name' }).pipe(catchError(() => of(null)))),
        takeUntilDestroyed(),
      )
      .subscribe((page) => this.options.set(page?.items ?? []));
  }

  protected select(event: MatAutocompleteSelectedEvent): void {
    const p = event.option.value as Position;
    this.text.setValue(p.name, { emitEvent: false });
    this.picked.emit(p);
  }

  protected clear(): void {
    this.text.setValue('');
    this.options.set([]);
    this.picked.emit(null);
  }
}
