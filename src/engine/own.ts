// Own-property reads for records keyed by outside data (storage, files, links, content ids).

/**
 * Whether `key` is an own property of `object`, never one inherited from Object.prototype ("constructor",
 * "toString"). Object.hasOwn does this, but iOS Safari has it only from 15.4, after the baseline (iOS 14).
 */
export function hasOwn(object: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** The value under an own key of `record`, or undefined. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return hasOwn(record, key) ? record[key] : undefined;
}
