// Reaching a control with the Tab key alone, as a keyboard user does: no clicks, no focus() calls.
import type { Page } from 'playwright-core';

const focusedMatches = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/**
 * Press Tab (or Shift+Tab) until the element matching `selector` has focus. The number of presses is worked out
 * from the page's tab stops first (a radio group is one stop: its checked radio, else its first; counting from
 * the focused element, or from where it sits when it is no stop itself), then pressed in
 * one go and checked; if focus is not there yet (a stop the count missed), it goes on one Tab at a time.
 */
export async function tabTo(page: Page, selector: string, limit = 300): Promise<void> {
  await page.waitForSelector(selector, { state: 'attached' });
  const distance = await page.evaluate((s) => {
    const stops = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
      .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0)
      .filter((el) => {
        if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
        const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)];
        const here = group.find((r) => r === document.activeElement);
        return el === (here ?? group.find((r) => r.checked) ?? group[0]);
      });
    const target = stops.findIndex((el) => el.matches(s));
    // Focus on something that is not a Tab stop (a heading focused by the page, tabindex -1): Tab goes on from where
    // it is, to the first stop after it.
    const active = document.activeElement;
    let here = stops.indexOf(active as HTMLElement);
    if (here < 0 && active && active !== document.body) here = stops.filter((el) => el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING).length - 1;
    return target < 0 ? 0 : target - here;
  }, selector);
  for (let i = 0; i < Math.abs(distance); i++) await page.keyboard.press(distance > 0 ? 'Tab' : 'Shift+Tab');
  for (let i = 0; i < limit && !(await focusedMatches(page, selector)); i++) await page.keyboard.press('Tab');
  if (!(await focusedMatches(page, selector))) throw new Error(`could not reach ${selector} with the Tab key`);
}
