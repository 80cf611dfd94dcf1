import type { ItemStatistic } from '@bilikti/contracts';

/**
 * Rules of thumb of classical item analysis. Facility is the mean share of the points earned;
 * discrimination is how well the question separates learners who do well on the rest of the
 * test from those who do not.
 */
export const ITEM_THRESHOLDS = {
  /** Below this facility almost nobody gets the question right. */
  veryHard: 0.2,
  /** Above this facility almost everybody does: it tells little about who learned what. */
  veryEasy: 0.9,
  /** Below this discrimination the question barely tells strong from weak learners. */
  weakDiscrimination: 0.2,
} as const;

/**
 * - `veryHard` / `veryEasy`: facility outside 20–90 %.
 * - `negative`: strong learners get it wrong more often than weak ones (often a wrong key or a trick wording).
 * - `weak`: discrimination between 0 and 0.2: worth reviewing.
 */
export type ItemFlag = 'veryHard' | 'veryEasy' | 'negative' | 'weak';

export function itemFlags(item: Pick<ItemStatistic, 'facility' | 'discrimination'>): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (item.facility !== null) {
    if (item.facility < ITEM_THRESHOLDS.veryHard) flags.push('veryHard');
    else if (item.facility > ITEM_THRESHOLDS.veryEasy) flags.push('veryEasy');
  }
  if (item.discrimination !== null) {
    if (item.discrimination < 0) flags.push('negative');
    else if (item.discrimination < ITEM_THRESHOLDS.weakDiscrimination) flags.push('weak');
  }
  return flags;
}
