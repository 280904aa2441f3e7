#!/usr/bin/env node
'use strict';
/**
 * The console's first-load budget (issue 15): the JavaScript a browser loads for the first
 * route, gzipped, must stay at or under 300 KB.
 *
 * Reads the build (dist/web, after `npm run build:web`) through Vite's manifest
 * (dist/web/.vite/manifest.json) and reports, gzipped (level 9):
 *   - the entry chunk and everything it imports statically (what index.html loads), and
 *   - for each area loaded lazily (one per screen), the entry's set plus that area's chunk and
 *     its static imports: what a browser opening the console on that screen (a role's landing
 *     screen, or a bookmark) loads before the screen renders; and, for information, with what
 *     the area loads lazily itself once rendered (the dashboard's charts).
 * Exits 1 when the entry or any area's first render is over the budget (the convention of
 * Next.js's "First Load JS": a lazy import inside a route is not counted).
 *
 * Usage: node scripts/console/size.js [--budget-kb 300] [--json]
 */
const { readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const { gzipSync } = require('node:zlib');

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist', 'web');
const manifestFile = join(dist, '.vite', 'manifest.json');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const budgetKb = Number(arg('--budget-kb', '300'));
const asJson = process.argv.includes('--json');

if (!existsSync(manifestFile)) {
  console.error(`size: ${manifestFile} is missing; run npm run build:web first.`);
  process.exit(2);
}
/** @type {Record<string, {file: string, src?: string, name?: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[], dynamicImports?: string[], css?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

const gzCache = new Map();
function sizes(file) {
  if (!gzCache.has(file)) {
    const bytes = readFileSync(join(dist, file));
    gzCache.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return gzCache.get(file);
}

/**
 * A chunk's key and every key it imports, transitively: static imports, and with `lazy` also
 * the chunks it loads itself later (not the other areas).
 */
function closure(key, into = new Set(), lazy = false) {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`size: ${key} is not in the manifest`);
  into.add(key);
  for (const k of chunk.imports ?? []) closure(k, into, lazy);
  if (lazy) for (const k of chunk.dynamicImports ?? []) if (!areas.has(k)) closure(k, into, lazy);
  return into;
}

function measure(keys) {
  const files = [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const css = new Set([...keys].flatMap((k) => manifest[k].css ?? []));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const s = sizes(f);
    raw += s.raw;
    gzip += s.gzip;
  }
  let cssGzip = 0;
  for (const f of css) cssGzip += sizes(f).gzip;
  return {
    files: files.map((f) => ({ file: f, gzip: sizes(f).gzip })).sort((a, b) => b.gzip - a.gzip),
    raw,
    gzip,
    cssGzip,
  };
}

const kb = (n) => (n / 1024).toFixed(1);
const entries = Object.entries(manifest).filter(([, c]) => c.isEntry);
if (entries.length !== 1) {
  console.error(`size: expected one entry chunk, found ${entries.length}`);
  process.exit(2);
}
const [entryKey] = entries[0];
/** The areas: the chunks the entry loads lazily, one per screen. */
const areas = new Set(manifest[entryKey].dynamicImports ?? []);
const first = closure(entryKey);
const entry = measure(first);

const routes = Object.entries(manifest)
  .filter(([key]) => areas.has(key))
  .map(([key, c]) => {
    const render = measure(closure(key, new Set(first)));
    const all = measure(closure(key, new Set(first), true));
    return {
      area: (c.src ?? key).replace(/^src\/screens\//, ''),
      gzip: render.gzip,
      raw: render.raw,
      cssGzip: render.cssGzip,
      withLazyGzip: all.gzip,
    };
  })
  .sort((a, b) => b.gzip - a.gzip);

const budget = budgetKb * 1024;
const over = [
  ...(entry.gzip > budget ? [`entry (${kb(entry.gzip)} KB)`] : []),
  ...routes.filter((r) => r.gzip > budget).map((r) => `${r.area} (${kb(r.gzip)} KB)`),
];
const lazyOver = routes.filter((r) => r.withLazyGzip > budget);

if (asJson) {
  console.log(JSON.stringify({ budgetKb, entry, routes, over }, null, 2));
} else {
  console.log(`Console first load, JavaScript gzipped (level 9), budget ${budgetKb} KB`);
  console.log(
    `\nEntry and its static imports: ${kb(entry.gzip)} KB (${kb(entry.raw)} KB raw; CSS ${kb(entry.cssGzip)} KB gzipped)`,
  );
  for (const f of entry.files) console.log(`  ${kb(f.gzip).padStart(7)} KB  ${f.file}`);
  console.log(
    '\nFirst route per area: entry + the area chunk and its static imports (to render), and with' +
      '\nwhat the area loads lazily once rendered (in all):',
  );
  console.log(`  ${'render'.padStart(7)}     ${'in all'.padStart(7)}`);
  for (const r of routes) {
    console.log(
      `  ${kb(r.gzip).padStart(7)} KB  ${kb(r.withLazyGzip).padStart(7)} KB  ${r.area}  (CSS ${kb(r.cssGzip)} KB)`,
    );
  }
  for (const r of lazyOver) {
    console.log(
      `\nNote: ${r.area} loads ${kb(r.withLazyGzip)} KB in all, over ${budgetKb} KB with its lazy parts.`,
    );
  }
  console.log(
    over.length === 0
      ? `\nWithin budget: the largest first route renders with ${kb(Math.max(entry.gzip, ...routes.map((r) => r.gzip)))} KB.`
      : `\nOver budget: ${over.join(', ')}`,
  );
}
process.exit(over.length === 0 ? 0 : 1);
