// Long work in short slices: between slices the browser gets the main thread back to answer key presses and paint.

/** Resolves on a fresh task (a macrotask, so input events queued meanwhile run first). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** `items.map(fn)`, giving the main thread back whenever a slice has run for `sliceMs`. */
export async function mapInSlices<T, R>(items: readonly T[], fn: (item: T) => R, sliceMs = 12): Promise<R[]> {
  const out: R[] = [];
  let sliceStart = performance.now();
  for (const item of items) {
    out.push(fn(item));
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
  return out;
}
