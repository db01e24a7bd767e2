/**
 * The JavaScript a visitor downloads before the app can start: every script and modulepreload
 * that dist/index.html names, gzipped at zlib's default level (as `vite preview` serves it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** 150 kB (10^3 bytes, as Vite prints sizes) of gzipped JavaScript for the first load. */
export const INITIAL_JS_BUDGET_BYTES = 150_000;

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

/** The initial JavaScript of the build in `dist`, or undefined when there is no build. */
export function initialJs(dist: string): Asset[] | undefined {
  const indexHtml = resolve(dist, 'index.html');
  if (!existsSync(indexHtml)) return undefined;
  return initialScripts(readFileSync(indexHtml, 'utf8')).map((url) => {
    if (/^[a-z]+:\/\//i.test(url)) throw new Error(`index.html loads a script from another origin: ${url}`);
    const path = resolve(dist, `.${new URL(url, 'http://app/').pathname}`);
    const content = readFileSync(path);
    return { path: url, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
}
