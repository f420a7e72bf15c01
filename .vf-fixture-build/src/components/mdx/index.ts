// The components lessons and guides may use without importing them.
import Callout from './Callout.astro';
import Checklist from './Checklist.astro';
import Sources from './Sources.astro';
import Term from './Term.astro';

export const mdxComponents = { Callout, Checklist, Sources, Term };
