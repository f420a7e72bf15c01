// The per-page browser pass (tests/e2e/page-pass.ts) over half of dist/'s pages; pages-2.test.ts does the other half.
import { pagePass } from './page-pass';

pagePass(0);
