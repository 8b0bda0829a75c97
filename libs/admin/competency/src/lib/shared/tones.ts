import type { ChipTone } from '@kompeten/admin/ui';
import type { FrameworkStatus, GapPriority, GapStatus, JpmCategory } from '@kompeten/shared/contract';

export const FRAMEWORK_STATUS_TONE: Record<FrameworkStatus, ChipTone> = { DRAFT: 'warning', PUBLISHED: 'success', RETIRED: 'neutral' };
export const PRIORITY_TONE: Record<GapPriority, ChipTone> = { HIGH: 'error', MEDIUM: 'warning', LOW: 'info', NONE: 'success' };
export const GAP_STATUS_TONE: Record<GapStatus, ChipTone> = { MET: 'success', BELOW: 'error', UNASSESSED: 'neutral', EXPIRED: 'warning' };
/** O/MS good, CO/MMS borderline, KO/KMS short. */
export const CATEGORY_TONE: Record<JpmCategory, ChipTone> = { O: 'success', MS: 'success', CO: 'warning', MMS: 'warning', KO: 'error', KMS: 'error' };
