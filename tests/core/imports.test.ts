import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Every .ts/.tsx file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The project files a source imports by relative path (type-only imports included). */
function importsOf(file: string, known: ReadonlySet<string>): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  const targets = specs.flatMap((spec) => {
    const base = resolve(dirname(file), spec);
    const hit = ['.ts', '.tsx', '/index.ts', ''].map((ext) => base + ext).find((p) => known.has(p));
    return hit ? [hit] : [];
  });
  return [...new Set(targets)];
}

/** The circles of a graph, each as the list of nodes around it (Tarjan's strong components). */
function circles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of edges.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const part: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        part.push(w);
      } while (w !== v);
      if (part.length > 1 || edges.get(v)!.includes(v)) out.push(part);
    }
  };
  for (const f of edges.keys()) if (!index.has(f)) visit(f);
  return out;
}

describe('imports', () => {
  it('form no circle anywhere in src', () => {
    const files = sources(resolve('src'));
    expect(files.length).toBeGreaterThan(100);
    const known = new Set(files);
    const found = circles(new Map(files.map((f) => [f, importsOf(f, known)]))).map((c) => c.map((f) => relative('.', f)).sort());
    expect(found).toEqual([]);
  });

  it('are read from static, dynamic and type-only imports, and a circle is found when there is one', () => {
    const game = resolve('src/core/analysis/power/game.ts');
    const smallest = resolve('src/core/analysis/power/smallestSets.ts');
    const candidates = resolve('src/core/analysis/power/candidates.ts');
    expect(importsOf(smallest, new Set([game, smallest, candidates]))).toEqual([candidates]);
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a', 'd']], ['d', []], ['e', ['e']]]);
    expect(circles(graph).map((c) => c.sort())).toEqual([['a', 'b', 'c'], ['e']]);
  });
});
