import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup } from '@angular/forms';
import { applyFieldErrors } from './form-errors';
import { problemOf } from './problem';

describe('problemOf', () => {
  it('reads an RFC 9457 body', () => {
    const err = new HttpErrorResponse({
      status: 409,
      error: { type: 'about:blank', title: 'Conflict', status: 409, code: 'VERSION_CONFLICT', changed: ['name'] },
    });
    expect(problemOf(err)).toEqual(expect.objectContaining({ code: 'VERSION_CONFLICT', changed: ['name'] }));
  });

  it('maps a network failure to SERVICE_UNAVAILABLE', () => {
    expect(problemOf(new HttpErrorResponse({ status: 0 })).code).toBe('SERVICE_UNAVAILABLE');
  });

  it('unwraps errors wrapped by resource()', () => {
    const inner = new HttpErrorResponse({ status: 403, error: { status: 403, code: 'OUT_OF_SCOPE', title: 'Forbidden' } });
    expect(problemOf(new Error('wrapped', { cause: inner })).code).toBe('OUT_OF_SCOPE');
  });
});

describe('applyFieldErrors', () => {
  it('sets server errors on matching controls and returns the rest', () => {
    const form = new FormGroup({ nip: new FormControl(''), name: new FormControl('') });
    const rest = applyFieldErrors(form, [
      { field: 'nip', message: 'NIP sudah terdaftar' },
      { field: 'file', message: 'format salah' },
    ]);
    expect(form.controls.nip.getError('server')).toBe('NIP sudah terdaftar');
    expect(form.controls.name.errors).toBeNull();
    expect(rest).toEqual([{ field: 'file', message: 'format salah' }]);
  });
});
