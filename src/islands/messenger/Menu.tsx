// A small popup menu following the ARIA menu pattern: focus moves to the first item on open; Up/Down/Home/End
// move between items; Enter/Space activate; Escape or Tab close it and focus returns to its opener.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

export interface MenuItem {
  id: string;
  label: string;
  /** data-* hook for tests and styling, e.g. data-action="flag". */
  data?: Record<string, string>;
  onSelect(): void;
}

interface Props {
  id: string;
  /** Accessible name (usually the opener's label). */
  label: string;
  items: MenuItem[];
  /** Close without choosing; `refocus` is false when focus is moving elsewhere on its own (Tab). */
  onClose(refocus: boolean): void;
  class?: string;
}

export function Menu({ id, label, items, onClose, class: className }: Props) {
  const ref = useRef<HTMLUListElement>(null);
  const buttons = () => [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  useLayoutEffect(() => { buttons()[0]?.focus(); }, []); // focus is in the menu before any key can reach it
  // A click outside closes the menu.
  useEffect(() => {
    const outside = (e: PointerEvent) => { if (ref.current && !ref.current.contains(e.target as Node)) onClose(false); };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, []);
  function onKeyDown(e: KeyboardEvent) {
    const list = buttons();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => { e.preventDefault(); list[(i + list.length) % list.length]?.focus(); };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); onClose(true); }
    else if (e.key === 'Tab') onClose(false);
  }
  return (
    <ul id={id} ref={ref} role="menu" aria-label={label} class={`menu ${className ?? ''}`} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <li key={item.id} role="none">
          <button type="button" role="menuitem" tabIndex={-1} {...Object.fromEntries(Object.entries(item.data ?? {}).map(([k, v]) => [`data-${k}`, v]))}
            onClick={() => item.onSelect()}>{item.label}</button>
        </li>
      ))}
    </ul>
  );
}
