// The per-scenario browser pass (tests/e2e/scenario-pass.ts), part 3 of 3: the course's scenarios 3, 6, 9, ….
import { scenarioPass } from './scenario-pass';

scenarioPass(2, 3);
