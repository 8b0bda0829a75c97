import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export type ChipTone = 'success' | 'warning' | 'error' | 'info' | 'neutral';

/** A small coloured label; the text always carries the meaning, the colour only repeats it. */
@Component({
  selector: 'kp-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"kp-chip kp-chip--" + tone()' },
  template: `{{ label() }}`,
})
export class StatusChip {
  readonly label = input.required<string>();
  readonly tone = input<ChipTone>('neutral');
}
