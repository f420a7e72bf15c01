// Content collections read once per build. getCollection() deep-copies every entry on each call, and
// components on every page list the course (ProgressMarks, guides), so uncached the build grew with
// pages × course size. Callers get a shared array: copy before sorting.
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';

const cache = new Map<CollectionKey, Promise<unknown>>();

export function collection<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  if (import.meta.env.DEV) return getCollection(name); // content changes while authoring
  let entries = cache.get(name);
  if (!entries) cache.set(name, (entries = getCollection(name)));
  return entries as Promise<CollectionEntry<C>[]>;
}
