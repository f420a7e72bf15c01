// Learner-chosen text quoted in a message (a key, a file name): cut to a readable length, never 900 KB read aloud.

/** At most `max` code points of `text`, with "…" when it was cut. */
export function quote(text: string, max = 40): string {
  // A code point is at most two code units, so this slice still holds more than `max` when text does.
  const points = Array.from(text.length > max * 2 + 2 ? text.slice(0, max * 2 + 2) : text);
  return points.length > max ? `${points.slice(0, max).join('')}…` : points.join('');
}
