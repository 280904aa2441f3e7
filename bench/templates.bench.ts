/**
 * Template rendering throughput on one core: the renderer of
 * src/modules/templates/core (every value validated, strict Handlebars, the
 * channel's length checked) against plain Handlebars (compiled once, default
 * options, no validation) and a String.replace baseline, on the same shipped
 * templates and values, in one process. `npm run bench:templates`; the
 * section it prints goes to docs/benchmarks.md.
 */
import Handlebars from 'handlebars';
import { cpus } from 'node:os';
import { createClassifier } from '../src/modules/classification/core';
import {
  compileVersion,
  HELPERS,
  renderVersion,
  resolveTemplateSettings,
  TEMPLATE_SETTINGS_FILE,
  type CompiledVersion,
} from '../src/modules/templates/core';
import { readLibrary } from '../src/modules/templates/template-library.service';

const RENDERS = 600_000;
const SCREENED_RENDERS = 30_000;
const RUNS = 5;
const CHUNK = 5_000;
const TARGET = 100_000;

interface Case {
  key: string;
  channel: string;
  source: string;
  values: Record<string, string>;
  compiled: CompiledVersion;
  plain: HandlebarsTemplateDelegate;
  replace: (values: Record<string, string>) => string;
}

const classifier = createClassifier();
const settings = resolveTemplateSettings(
  classifier.policySet.files[TEMPLATE_SETTINGS_FILE],
  classifier.policySet.channels.channels,
);
const context = { agentName: 'Dana' };

function buildCases(): Case[] {
  const plainEnv = Handlebars.create();
  for (const [name, h] of Object.entries(HELPERS)) plainEnv.registerHelper(name, h.fn);
  const cases: Case[] = [];
  for (const { template: t } of readLibrary()) {
    const compiled = compileVersion(t, settings);
    const values: Record<string, string> = {};
    for (const v of t.variables) if (v.example !== undefined) values[v.name] = v.example;
    const data: Record<string, string> = { ...values };
    for (const v of t.variables) if (v.type === 'agent_name') data[v.name] = context.agentName;
    for (const [channel, source] of Object.entries(t.variants)) {
      // The baseline substitutes {{name}} only: no helpers, no blocks.
      const parts = source.split(/\{\{\s*([a-z_]+)\s*\}\}/);
      cases.push({
        key: t.key,
        channel,
        source,
        values,
        compiled,
        plain: plainEnv.compile(source, { noEscape: true }),
        replace: (vals) => {
          let out = '';
          for (let i = 0; i < parts.length; i++)
            out += i % 2 === 0 ? parts[i] : (vals[parts[i]] ?? '');
          return out;
        },
      });
    }
  }
  return cases;
}

interface Engine {
  name: string;
  note: string;
  renders: number;
  fn: (c: Case) => number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function measure(engines: Engine[], cases: Case[]): Array<{ engine: Engine; perSecond: number }> {
  let sink = 0;
  for (const e of engines) for (let i = 0; i < 20_000; i++) sink += e.fn(cases[i % cases.length]);
  const times = engines.map(() => [] as number[]);
  for (let r = 0; r < RUNS; r++) {
    const run = engines.map(() => 0n);
    const rounds = Math.max(...engines.map((e) => e.renders)) / CHUNK;
    for (let o = 0; o < rounds; o++) {
      engines.forEach((e, k) => {
        const n = Math.round((e.renders / RENDERS) * CHUNK);
        const start = process.hrtime.bigint();
        for (let i = 0; i < n; i++) sink += e.fn(cases[(o * CHUNK + i) % cases.length]);
        run[k] += process.hrtime.bigint() - start;
      });
    }
    run.forEach((ns, k) => times[k].push(Number(ns) / 1e9));
  }
  if (sink < 0) console.log(sink);
  return engines.map((engine, k) => ({ engine, perSecond: engine.renders / median(times[k]) }));
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

function main(): void {
  const cases = buildCases();
  // Every case must render before anything is timed.
  for (const c of cases) {
    const r = renderVersion(c.compiled, c.channel, c.values, settings, context);
    if (!r.ok) throw new Error(`${c.key}/${c.channel}: ${JSON.stringify(r.problems)}`);
  }
  const screen = (text: string) => classifier.classify(text, {}).entities.map((e) => e.type);
  const engines: Engine[] = [
    {
      name: 'Countersign `renderVersion`',
      note: 'values validated, strict Handlebars, closed helpers, length checked',
      renders: RENDERS,
      fn: (c) => {
        const r = renderVersion(c.compiled, c.channel, c.values, settings, context);
        return r.ok ? r.length : -1;
      },
    },
    {
      name: 'plain Handlebars (compiled once)',
      note: 'reference: same sources and helpers, default options, no validation',
      renders: RENDERS,
      fn: (c) => c.plain({ ...c.values, agent: context.agentName }).length,
    },
    {
      name: '`String` substitution baseline',
      note: 'reference: split once, join per render; no helpers or blocks',
      renders: RENDERS,
      fn: (c) => c.replace({ ...c.values, agent: context.agentName }).length,
    },
    {
      name: 'Countersign render + screening',
      note: 'as the service renders: every value and the reply classified',
      renders: SCREENED_RENDERS,
      fn: (c) => {
        const r = renderVersion(c.compiled, c.channel, c.values, settings, context, {
          screenValue: screen,
          screenOutput: screen,
        });
        return r.ok ? r.length : -1;
      },
    },
  ];
  const results = measure(engines, cases);
  const ours = results[0].perSecond;
  const lines = [
    '## Templates',
    '',
    'Command: `npm run bench:templates` (`bench/templates.bench.ts`).',
    '',
    `Machine: ${cpus().length} cores (shared), ${new Date().toISOString().slice(0, 10)}, node ${process.version}; one process, so one core.`,
    '',
    `Cases: the ${new Set(cases.map((c) => c.key)).size} shipped templates × their channel variants (${cases.length} renders in rotation) with the example values of their front matter. Engines alternate every ${fmt(CHUNK)} renders; each figure is the median of ${RUNS} runs after a warm-up.`,
    '',
    '| engine | renders per run | renders/s | Countersign ÷ engine | notes |',
    '| --- | ---: | ---: | ---: | --- |',
    ...results.map(
      (r) =>
        `| ${r.engine.name} | ${fmt(r.engine.renders)} | ${fmt(r.perSecond)} | ${fmt(ours / r.perSecond, 2)}× | ${r.engine.note} |`,
    ),
    '',
    `Target: at least ${fmt(TARGET)} renders/s on one core — ${ours >= TARGET ? 'met' : 'NOT met'} (${fmt(ours)}).`,
  ];
  console.log(lines.join('\n'));
  if (ours < TARGET) process.exitCode = 1;
}

main();
