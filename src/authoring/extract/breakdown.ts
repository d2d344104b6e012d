// The parts a change is broken into right after it (v284): a bare percent after ", with" or ",
// of which" that follows a change in the same sentence, and each part joined to it by "and", is a
// part of that change, a `change` ("wages rose 3.6 percent in September, with the private sector
// at 3.8 percent and the municipalities at 3.1 percent"; "wage increases of 6.8 percent over 24
// months, with 4.0 percent in the first year and 2.8 percent in the second"; "an average increase
// of 1.6%, of which 1.0% is granted across the board and 0.6% individually"). A part that names a
// level as its group ("with unemployment at 5%", "with the average fixed rate now at 5.45%") or a
// whole after its number ("with the EU at 40% of the total") keeps its reading.
// Pure text work on the words between two numbers; it knows nothing of figures.

import { LEVEL_NOUN_RE } from './cellKind.ts';
import { measureKind } from './measure.ts';

/** Between a change and the first part: no percent and no stop (a period's count may stand: "over
 *  24 months"), then ", with" or ", of which", and a group with "at" or "on" at most ("in September
 *  …, with the private sector at "). Group `group` is the group's words. */
const FIRST_PART_BETWEEN_RE =
  /^(?![^.;:]*\b(?:per\s?cent|percent)\b)(?:[^.;:%\d]|\d(?![\d.,]*\s*%))*?,\s+(?:with|of\s+which)\s+(?:(?<group>[^,;:.%\d]{1,50}?)\s+(?:at|on)\s+)?(?:(?:about|around|some|roughly|nearly|almost|just)\s+)?$/i;
/** Between one part and the next: its period or group words, "and", and the next group with "at"
 *  ("in the first year and ", " and the municipalities at "). */
const NEXT_PART_BETWEEN_RE =
  /^[^.;:%\d]{0,60}?\s+and\s+(?:(?<group>[^,;:.%\d]{1,50}?)\s+(?:at|on)\s+)?(?:(?:about|around|some|roughly|nearly|almost|just)\s+)?$/i;

/**
 * Whether a bare percent is a part of the change before it: the words between are those of a first
 * part (after a change) or of a next part (after a part), and the part's group names no level.
 * @example changePart(', with the private sector at ', 'first') // true
 * @example changePart(', with unemployment at ', 'first') // false
 * @example changePart(' in the first year and ', 'next') // true
 */
export function changePart(between: string, after: 'first' | 'next'): boolean {
  const m = (after === 'first' ? FIRST_PART_BETWEEN_RE : NEXT_PART_BETWEEN_RE).exec(between);
  if (!m) return false;
  const group = m.groups!.group;
  return group === undefined || (measureKind(group) !== 'share' && !LEVEL_NOUN_RE.test(group));
}
