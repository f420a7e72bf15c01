// The per-page browser pass (tests/e2e/page-pass.ts), part 1 of 2: dist/'s pages at odd positions.
import { pagePass } from './page-pass';

pagePass(0, 2);
