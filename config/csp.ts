/**
 * The Content-Security-Policy of the production build: everything from the app's own origin,
 * nothing inline, no eval, no plugins, no forms, no <base>. Delivered twice: as a <meta> in
 * dist/index.html (any static host gets it) and as a header from `vite preview` (`npm start`),
 * which can also forbid framing. The dev server gets neither: Vite's HMR needs inline scripts.
 *
 * React's `style={{ width }}` is applied through the CSSOM (`element.style.width = …`), which CSP
 * does not govern, so style-src needs no 'unsafe-inline'; a literal style="" in markup or an
 * inline <style> would be refused, and the e2e CSP test would report it.
 */
import type { Plugin } from 'vite';

type Directives = Readonly<Record<string, readonly string[]>>;

export const CSP_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** Directives that browsers ignore (and warn about) in a <meta>: header only. The calculator is never framed. */
const HEADER_ONLY: Directives = { 'frame-ancestors': ["'none'"] };
/** The embeddable card (embed.html) may be framed by any site; the rest of its policy is the app's. */
const EMBED_HEADER_ONLY: Directives = { 'frame-ancestors': ['*'] };

const serialize = (d: Directives) =>
  Object.entries(d)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');

export const CSP_META = serialize(CSP_DIRECTIVES);
export const CSP_HEADER = serialize({ ...CSP_DIRECTIVES, ...HEADER_ONLY });
export const EMBED_CSP_HEADER = serialize({ ...CSP_DIRECTIVES, ...EMBED_HEADER_ONLY });

/** Headers `vite preview` sends with every response but the embed's. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

/** Headers of embed.html: frameable anywhere (no X-Frame-Options), the same policy otherwise. */
export const EMBED_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': EMBED_CSP_HEADER,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

/** The page an embed address asks for: /embed.html (or /embed, as static hosts serve it), with any query. */
export const isEmbedPath = (url: string): boolean => /^\/(?:[^?#]*\/)?embed(?:\.html)?(?:[?#]|$)/.test(url);

/** `vite preview` (`npm start`): the embed's headers for embed.html, the app's for everything else. */
export function securityHeaders(): Plugin {
  return {
    name: 'council-vote:security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(isEmbedPath(req.url ?? '') ? EMBED_HEADERS : SECURITY_HEADERS)) res.setHeader(name, value);
        next();
      });
    },
  };
}

/** Puts the policy right after <meta charset> in the built index.html, before any script or stylesheet. */
export function cspMeta(): Plugin {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`;
  return {
    name: 'council-vote:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const charset = /<meta charset=[^>]*>/i;
        return charset.test(html)
          ? html.replace(charset, (m) => `${m}\n    ${tag}`)
          : html.replace(/<head>/i, `<head>\n    ${tag}`);
      },
    },
  };
}
