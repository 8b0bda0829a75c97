import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { EmptyState } from '@kompeten/admin/ui';

@Component({
  selector: 'kp-not-found',
  imports: [EmptyState, MatButtonModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="kp-page">
      <kp-empty-state icon="info" [heading]="'notFound.title' | transloco" [message]="'notFound.message' | transloco">
        <a mat-flat-button routerLink="/">{{ 'notFound.home' | transloco }}</a>
      </kp-empty-state>
    </div>
  `,
})
export class NotFound {}
