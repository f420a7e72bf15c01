// The one id pattern (zod-free): content schemas validate with it, the engine checks saved and shared ids with it.

/** A stable, locale-independent id: lowercase letters, digits and single hyphens, e.g. "copied-account". */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
