import { HttpContext, HttpContextToken } from '@angular/common/http';

/** Set on requests whose page shows the error itself (sign-in, form dialogs): no snackbar. */
export const SILENT_ERRORS = new HttpContextToken<boolean>(() => false);

export function silentErrors(): { context: HttpContext } {
  return { context: new HttpContext().set(SILENT_ERRORS, true) };
}
