// The per-scenario browser pass (tests/e2e/scenario-pass.ts), part 2 of 3: the course's scenarios 2, 5, 8, ….
import { scenarioPass } from './scenario-pass';

scenarioPass(1, 3);
