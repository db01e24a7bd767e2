// First step of `npm test`: stop at once, in one line, when there is no browser for the e2e tests.
import { findChromium, HOW_TO_GET_ONE } from '../tests/e2e/findChromium';

if (!findChromium()) {
  console.error(HOW_TO_GET_ONE);
  process.exit(1);
}
