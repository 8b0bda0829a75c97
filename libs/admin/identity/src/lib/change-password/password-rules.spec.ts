import { FormControl, FormGroup } from '@angular/forms';
import { passwordsMatch, strongPassword } from './password-rules';

describe('password rules', () => {
  it('requires 10 characters with letters and digits', () => {
    expect(strongPassword(new FormControl('short1'))).toEqual({ minChars: true });
    expect(strongPassword(new FormControl('onlyletterslong'))).toEqual({ lettersDigits: true });
    expect(strongPassword(new FormControl('1234567890'))).toEqual({ lettersDigits: true });
    expect(strongPassword(new FormControl('Kompeten2026'))).toBeNull();
  });

  it('checks the confirmation', () => {
    const g = new FormGroup({ newPassword: new FormControl('Kompeten2026'), confirm: new FormControl('Kompeten2025') });
    expect(passwordsMatch(g)).toEqual({ mismatch: true });
    g.controls.confirm.setValue('Kompeten2026');
    expect(passwordsMatch(g)).toBeNull();
  });
});
