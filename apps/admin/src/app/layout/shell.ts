import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService, LanguageSwitch } from '@kompeten/admin/core';
import { injectHandset } from '@kompeten/admin/ui';
import { filter } from 'rxjs';
import { navItemsFor } from './nav-items';

/** Side navigation (by role) and top bar; on phones the navigation becomes a drawer. */
@Component({
  selector: 'kp-shell',
  imports: [
    MatButtonModule,
    MatDividerModule,
    MatIconModule,
    MatListModule,
    MatMenuModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslocoPipe,
    LanguageSwitch,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  protected readonly auth = inject(AuthService);
  protected readonly handset = injectHandset('(max-width: 959.98px)');
  protected readonly items = computed(() => navItemsFor(this.auth.user()));
  protected readonly initials = computed(() => {
    const name = this.auth.user()?.displayName ?? '';
    const words = name.replace(/^(dr|ir|drs|prof|h|hj)\.?\s+/i, '').split(/[\s,]+/).filter((w) => /^[A-Za-z]/.test(w) && !w.includes('.'));
    return (words.slice(0, 2).map((w) => w[0]).join('') || '?').toUpperCase();
  });
  private readonly sidenav = viewChild.required(MatSidenav);

  constructor() {
    inject(Router)
      .events.pipe(filter((e) => e instanceof NavigationEnd), takeUntilDestroyed())
      .subscribe(() => {
        if (this.handset()) void this.sidenav().close();
      });
  }

  protected logout(): void {
    this.auth.logout();
  }
}
