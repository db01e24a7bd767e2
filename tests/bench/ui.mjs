// `npm run bench:ui` under plain Node: loads the TypeScript benchmark (uiLatency.ts) through tsx.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./uiLatency.ts', import.meta.url);
await main();
