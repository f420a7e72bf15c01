// For a plain `tsc --noEmit`: `astro check` reads .astro files and types their props, but tsc alone cannot resolve
// them. This declaration applies only where a .astro import does not resolve to real types (under tsc, not astro check).
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}
