// Builds an iCalendar (RFC 5545) file of all-day reminder events: CRLF lines folded at 75 octets.

export interface CalendarEvent {
  /** Globally unique and stable, so re-importing updates instead of duplicating. */
  uid: string;
  /** The day of the event, as a UTC-free calendar date. */
  date: { year: number; month: number; day: number };
  summary: string;
  description: string;
  /** Absolute URL the event links to. */
  url: string;
  /** Minutes after the day starts to remind (e.g. 9 × 60); none if omitted. */
  alarmMinutes?: number;
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Fold a content line so no physical line exceeds 75 octets (RFC 5545 §3.1): continuation lines
 * start with one space. Never splits a UTF-8 character (Chinese is 3 octets each).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length ? 74 : 75; // continuation lines spend one octet on the leading space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dateValue = (d: CalendarEvent['date']) => `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;
function nextDay(d: CalendarEvent['date']): CalendarEvent['date'] {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}
const stamp = (now: Date) => now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** A complete .ics file. `now` is the DTSTAMP (when the file was made). */
export function buildCalendar(events: CalendarEvent[], now: Date, prodId = '-//Verify First//Refreshers//EN'): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${dateValue(e.date)}`,
      `DTEND;VALUE=DATE:${dateValue(nextDay(e.date))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(`${e.description}\n${e.url}`)}`,
      `URL:${e.url}`,
      'TRANSP:TRANSPARENT',
    );
    if (e.alarmMinutes !== undefined) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(e.summary)}`,
        `TRIGGER;RELATED=START:PT${Math.max(0, Math.round(e.alarmMinutes))}M`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The local calendar day of a moment, for all-day events. */
export function localDay(ms: number): CalendarEvent['date'] {
  const d = new Date(ms);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}
