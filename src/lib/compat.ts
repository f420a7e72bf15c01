// Stand-ins for the few APIs newer than the browser baseline (package.json "browserslist": iOS 14, Chrome 80).

/** Element#replaceChildren (Chrome 86): empty `parent`, then append `children`. */
export function setChildren(parent: Element, ...children: Array<Node | string>): void {
  parent.textContent = '';
  parent.append(...children);
}

/** Blob#text (iOS 14.5) where it exists, else FileReader; rejects when the file cannot be read. */
export function readText(blob: Blob): Promise<string> {
  // eslint-disable-next-line no-restricted-syntax -- this is the one place that may call it, behind the check
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });
}
