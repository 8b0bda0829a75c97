import { inject, Injectable, Injector } from '@angular/core';

/**
 * Short messages at the bottom of the screen. The snackbar module is loaded on first use so it
 * stays out of the initial bundle.
 */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly injector = inject(Injector);

  error(message: string): void {
    void this.open(message, 'kp-snack-error', 8000);
  }

  success(message: string): void {
    void this.open(message, 'kp-snack-success', 4000);
  }

  private async open(message: string, panelClass: string, duration: number): Promise<void> {
    const { MatSnackBar } = await import('@angular/material/snack-bar');
    this.injector.get(MatSnackBar).open(message, 'OK', { duration, panelClass, politeness: 'assertive' });
  }
}
