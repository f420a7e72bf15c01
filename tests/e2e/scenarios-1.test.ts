// The per-scenario browser pass (tests/e2e/scenario-pass.ts), part 1 of 3: the course's scenarios 1, 4, 7, ….
import { scenarioPass } from './scenario-pass';

scenarioPass(0, 3);
