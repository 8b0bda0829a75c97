import { BreakpointObserver } from '@angular/cdk/layout';
import { inject, Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';

/** True below 600 px: phones get cards and a drawer instead of tables and a side menu. */
export function injectHandset(query = '(max-width: 599.98px)'): Signal<boolean> {
  const bo = inject(BreakpointObserver);
  return toSignal(bo.observe(query).pipe(map((s) => s.matches)), { initialValue: bo.isMatched(query) });
}
