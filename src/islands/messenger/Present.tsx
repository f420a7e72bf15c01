// Presenter mode's extras, loaded only with ?present: the presenter's keys, the full-screen button and the
// "Which red flags did the room spot?" checklist on the ending. The rules live in engine/room.
import { useEffect, useRef, useState } from 'preact/hooks';
import { roomKey, type RoomKey } from '../../engine/room';
import { fmt, type Ui } from './format';

export { ROOM_LETTERS, flagsShown, roomResult } from '../../engine/room';

const inField = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/**
 * Listens for the presenter's keys on the whole page. `onKey` returns true when the key did something; only then
 * is the browser's default (a Space click on the focused button, page scroll) suppressed.
 */
export function PresenterKeys({ onKey }: { onKey(key: RoomKey): boolean }) {
  // One listener for the component's life, always calling the latest onKey. (Subscribing again after each render
  // left a gap after paint where the previous render's handler answered: a letter pressed as soon as a decision
  // showed met a chat with no decision yet, and was lost.)
  const latest = useRef(onKey);
  latest.current = onKey;
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat) return;
      const key = roomKey({ key: e.key, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey, inField: inField(e.target) });
      if (key && latest.current(key)) e.preventDefault();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
  return null;
}

/** The Fullscreen API where the browser has it (Safari before 16.4 and some in-app browsers do not). */
const fs: Partial<Pick<Document, 'fullscreenEnabled' | 'fullscreenElement' | 'exitFullscreen'>> = document;

/** Full screen for the projector (hidden where the browser does not allow it). */
export function FullScreenButton({ ui }: { ui: Ui }) {
  const [on, setOn] = useState(Boolean(fs.fullscreenElement));
  useEffect(() => {
    const sync = () => setOn(Boolean(fs.fullscreenElement));
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  if (!fs.fullscreenEnabled || !fs.exitFullscreen) return null;
  const toggle = () => {
    const done = on ? fs.exitFullscreen!() : document.documentElement.requestFullscreen();
    done.catch(() => { /* refused (no user gesture, policy): the button stays as it was */ });
  };
  return (
    <button type="button" class="btn secondary small" data-action="full-screen" aria-pressed={on} onClick={toggle}>
      {ui['present.fullScreen']}
    </button>
  );
}

interface ChecklistProps {
  /** The red flags this path showed: id and label. */
  flags: { id: string; label: string }[];
  spotted: ReadonlySet<string>;
  onToggle(id: string): void;
  ui: Ui;
}

/** The presenter ticks the red flags someone in the room pointed out; the debrief below counts these. */
export function RoomChecklist({ flags, spotted, onToggle, ui }: ChecklistProps) {
  if (flags.length === 0) return null;
  const n = flags.filter((f) => spotted.has(f.id)).length;
  return (
    <fieldset class="room-checklist" data-room-checklist>
      <legend><h3>{ui['result.room.title']}</h3></legend>
      <p class="muted">{ui['result.room.hint']}</p>
      <ul class="plain">
        {flags.map((f) => (
          <li key={f.id}>
            <label class="radio"><input type="checkbox" data-room-flag={f.id} checked={spotted.has(f.id)} onChange={() => onToggle(f.id)} /> {f.label}</label>
          </li>
        ))}
      </ul>
      <p class="room-count" aria-live="polite" data-room-count={n}>
        {fmt(ui['result.room.count'], { n, total: flags.length })}
      </p>
    </fieldset>
  );
}
