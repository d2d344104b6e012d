// How many cards each dashboard section shows: a page at first, more on request, and always
// enough to include the selected figure's chart (deep links). Pure; the view renders the count.

/** Cards a section shows before its "Show more" button; 12 fill two screens on a desktop. */
export const CARDS_PER_PAGE = 12;

/**
 * @param total cards in the section
 * @param requested cards the reader asked for (CARDS_PER_PAGE at first)
 * @param selectedIndex index of the card holding the selected figure, or -1
 * @example visibleCardCount(500, 12, -1) // 12
 * @example visibleCardCount(500, 12, 40) // 41
 * @example visibleCardCount(3, 12, -1) // 3
 */
export function visibleCardCount(total: number, requested: number, selectedIndex: number): number {
  return Math.max(0, Math.min(total, Math.max(requested, selectedIndex + 1)));
}
