import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { errorMessage, problemOf } from '@kompeten/admin/core';
import { NipPipe, PageHeader, StatusChip, TableCard } from '@kompeten/admin/ui';
import type { TeamMemberGap } from '@kompeten/shared/contract';
import { jpmCategory } from '@kompeten/shared/domain';
import { GapsService } from '../data/gaps.service';
import { CATEGORY_TONE } from '../shared/tones';

/** A supervisor's reports: JPM, gaps, expired and missing assessments; "Nilai" opens the sheet. */
@Component({
  selector: 'kp-team-page',
  imports: [DecimalPipe, MatButtonModule, MatIconModule, MatTableModule, RouterLink, TranslocoPipe, NipPipe, PageHeader, StatusChip, TableCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team.page.html',
})
export class TeamPage {
  private readonly gaps = inject(GapsService);
  private readonly i18n = inject(TranslocoService);
  protected readonly columns = ['name', 'position', 'jpm', 'below', 'expired', 'unassessed', 'actions'];
  protected readonly categoryTone = CATEGORY_TONE;
  protected readonly team = rxResource({ stream: () => this.gaps.team() });
  protected readonly rows = computed<TeamMemberGap[]>(() =>
    (this.team.hasValue() ? this.team.value() : []).slice().sort((a, b) => a.name.localeCompare(b.name, 'id')),
  );
  protected readonly error = computed(() => (this.team.error() ? errorMessage(problemOf(this.team.error()), this.i18n) : null));
  protected readonly category = jpmCategory;

  protected unassessed(m: TeamMemberGap): number {
    return Math.max(0, m.required - m.assessed - m.expired);
  }
}
