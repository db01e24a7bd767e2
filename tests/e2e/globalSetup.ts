/**
 * Global setup of the `e2e` Vitest project: serves dist/ once for all e2e files and hands the
 * address to them through `inject('baseUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { servePreview } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the served production build, e.g. `http://127.0.0.1:40123`. */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await servePreview();
  project.provide('baseUrl', server.url);
  return () => server.close();
}
