// The per-page browser pass (tests/e2e/page-pass.ts), part 2 of 2: dist/'s pages at even positions.
import { pagePass } from './page-pass';

pagePass(1, 2);
