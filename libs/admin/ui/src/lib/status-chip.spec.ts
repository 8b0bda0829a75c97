import { TestBed } from '@angular/core/testing';
import { StatusChip } from './status-chip';

describe('StatusChip', () => {
  it('renders the label with its tone class', async () => {
    const fixture = TestBed.createComponent(StatusChip);
    fixture.componentRef.setInput('label', 'Aktif');
    fixture.componentRef.setInput('tone', 'success');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent?.trim()).toBe('Aktif');
    expect(el.classList).toContain('kp-chip--success');
  });
});
