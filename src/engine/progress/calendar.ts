// Refresher reminders for a calendar: when to offer them and the two all-day events (stable uid, 09:00 alarm).
import type { CalendarEvent } from '../ics';
import { localDay } from '../ics';
import type { Progress } from './shape';
import { refresherDates, refresherTarget } from './next';
import type { Item, ModuleStatus, ModuleStructure } from './status';

/** Reminders ring at 09:00 on the day a refresher falls due. */
export const REFRESHER_ALARM_MINUTES = 9 * 60;

/** Whether to offer the calendar file: the module is complete and its last refresher is still ahead. */
export function offersRefresherCalendar(status: ModuleStatus, now: number): status is ModuleStatus & { completedAt: number } {
  return status.complete && status.completedAt !== undefined && refresherDates(status.completedAt)[1] > now;
}

/**
 * The module's two refresher events, linking to its refresher target (null when there is nothing to link to).
 * The uid carries the completion day, so importing the same reminders again updates them instead of adding copies.
 */
export function refresherEvents(
  p: Progress, m: ModuleStructure, completedAt: number,
  text: { summary: string; description: string; url: (target: Item) => string },
): CalendarEvent[] | null {
  const target = refresherTarget(p, m);
  if (!target) return null;
  const url = text.url(target);
  const completed = localDay(completedAt);
  const stamp = `${completed.year}${String(completed.month).padStart(2, '0')}${String(completed.day).padStart(2, '0')}`;
  return refresherDates(completedAt).map((when, i) => ({
    uid: `${m.id}-refresher-${i + 1}-${stamp}@verify-first`,
    date: localDay(when),
    summary: text.summary,
    description: text.description,
    url,
    alarmMinutes: REFRESHER_ALARM_MINUTES,
  }));
}

/** File name of a module's reminders, e.g. verify-first-refreshers-friend-impersonation.ics. */
export const refresherCalendarName = (moduleId: string) => `verify-first-refreshers-${moduleId}.ics`;
