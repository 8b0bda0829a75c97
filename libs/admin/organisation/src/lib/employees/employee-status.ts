import type { ChipTone } from '@kompeten/admin/ui';
import type { EmployeeStatus } from '@kompeten/shared/contract';

export const STATUS_TONE: Record<EmployeeStatus, ChipTone> = {
  ACTIVE: 'success',
  ON_LEAVE: 'warning',
  RETIRED: 'neutral',
  MOVED: 'info',
};
