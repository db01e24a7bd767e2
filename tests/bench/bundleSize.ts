/**
 * The JavaScript a visitor downloads before the app can start: every script and modulepreload
 * that dist/index.html names and every module those import statically (not through `import()`),
 * gzipped at zlib's default level (as `vite preview` serves it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** 110 kB (10^3 bytes, as Vite prints sizes) of gzipped JavaScript for the first load. */
export const INITIAL_JS_BUDGET_BYTES = 110_000;

export interface Asset {
  readonly path: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** `src` of every `<script>` and `href` of every `<link rel="modulepreload">`, in page order. */
export function initialScripts(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    const isScript = /^<script/i.test(tag);
    const url = isScript ? attr('src') : attr('rel')?.split(/\s+/).includes('modulepreload') ? attr('href') : undefined;
    if (url && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

/**
 * The modules a built module imports statically: `import … from "./x.js"`, `import "./x.js"` and
 * `export … from "./x.js"`, not `import("./x.js")`, which loads on demand.
 */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);
}

/** The initial JavaScript of the build in `dist`, or undefined when there is no build. */
export function initialJs(dist: string): Asset[] | undefined {
  return loadedJs(dist, []);
}

/**
 * What a returning visitor downloads before the first screen: the initial JavaScript and the
 * readers of the work kept in the browser (src/state/work.ts and what it imports statically),
 * which the app loads first only when there is work kept.
 */
export function jsWithKeptWork(dist: string): Asset[] | undefined {
  const work = existsSync(resolve(dist, 'assets')) ? readdirSync(resolve(dist, 'assets')).filter((f) => /^work-[\w-]+\.js$/.test(f)) : [];
  return work.length === 1 ? loadedJs(dist, [`/assets/${work[0]}`]) : undefined;
}

function loadedJs(dist: string, more: readonly string[]): Asset[] | undefined {
  const indexHtml = resolve(dist, 'index.html');
  if (!existsSync(indexHtml)) return undefined;
  const assets: Asset[] = [];
  const seen = new Set<string>();
  const visit = (url: string, from: string) => {
    if (/^[a-z]+:\/\//i.test(url)) throw new Error(`index.html loads a script from another origin: ${url}`);
    const pathname = new URL(url, from).pathname;
    if (seen.has(pathname)) return;
    seen.add(pathname);
    const content = readFileSync(resolve(dist, `.${pathname}`));
    assets.push({ path: pathname, bytes: content.length, gzipBytes: gzipSync(content).length });
    for (const next of staticImports(content.toString('utf8'))) visit(next, `http://app${pathname}`);
  };
  for (const url of [...initialScripts(readFileSync(indexHtml, 'utf8')), ...more]) visit(url, 'http://app/');
  return assets;
}
