/**
 * Scores the classifier on a labelled JSONL set (one post per line:
 * `{ id, text, channel, entities: [{ type, start, end }], intents: [], critical }`).
 *
 *   npm run quality:classify -- test/fixtures/classification/holdout-3.jsonl [--misses] [--json]
 *
 * Reports: post-level recall and precision of "contains sensitive data" (any
 * labelled entity vs any finding), exact-span micro precision/recall/F1 (type,
 * start and end must all match) overall and per type, the critical posts
 * (card, account, routing, IBAN, SSN or credential values) whose decision does
 * not route offline, and per-intent recall and precision. `--misses` prints
 * the posts that were got wrong (only for sets that may be read).
 */
import { readFileSync } from 'node:fs';
import { createClassifier } from '../src/modules/classification/core';
import { ENTITY_TYPES, type EntityType } from '../src/modules/policy/core';

export interface LabelledPost {
  id: string;
  text: string;
  channel?: string;
  entities: { type: EntityType; start: number; end: number }[];
  intents?: string[];
  critical?: boolean;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface QualityReport {
  posts: number;
  sensitivePosts: number;
  postRecall: number;
  postPrecision: number;
  span: { precision: number; recall: number; f1: number; gold: number };
  perType: Record<string, { precision: number; recall: number; f1: number; gold: number }>;
  criticalPosts: number;
  criticalNotOffline: number;
  intents: Record<string, { recall: number; precision: number; gold: number }>;
}

const SCORED_INTENTS = [
  'complaint',
  'account_specific',
  'crisis',
  'legal_threat',
  'regulator_mention',
  'general_question',
  'praise',
  'spam',
  'abuse',
] as const;

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const prf = (c: Counts): { precision: number; recall: number; f1: number; gold: number } => {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold: c.tp + c.fn };
};

/**
 * The visibility the intake passes with a post: the sets' `chat` posts are a web chat with
 * an agent, posted to POST /v1/inbound as private; other channels go by their default.
 */
function visibilityOf(p: LabelledPost): 'private' | undefined {
  return p.channel === 'chat' ? 'private' : undefined;
}

export function readLabelled(file: string): LabelledPost[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledPost);
}

export function scorePosts(
  posts: readonly LabelledPost[],
  onMiss?: (line: string) => void,
): QualityReport {
  const classifier = createClassifier();
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  const perType = new Map<string, Counts>(ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const post = { tp: 0, fp: 0, fn: 0 };
  const intents = new Map<string, Counts>(SCORED_INTENTS.map((i) => [i, { tp: 0, fp: 0, fn: 0 }]));
  let critical = 0;
  let criticalNotOffline = 0;
  const key = (e: { type: string; start: number; end: number }): string =>
    `${e.type}:${e.start}:${e.end}`;

  for (const p of posts) {
    const result = classifier.classify(p.text, { channel: p.channel, visibility: visibilityOf(p) });
    const gold = new Set(p.entities.map(key));
    const got = new Set(result.entities.map(key));
    const problems: string[] = [];
    for (const e of result.entities) {
      const c = perType.get(e.type) as Counts;
      if (gold.has(key(e))) {
        c.tp++;
        micro.tp++;
      } else {
        c.fp++;
        micro.fp++;
        problems.push(
          `  + ${e.type} ${JSON.stringify(p.text.slice(e.start, e.end))} (${e.detector})`,
        );
      }
    }
    for (const e of p.entities) {
      if (got.has(key(e))) continue;
      (perType.get(e.type) as Counts).fn++;
      micro.fn++;
      problems.push(`  - ${e.type} ${JSON.stringify(p.text.slice(e.start, e.end))}`);
    }
    const goldSensitive = p.entities.length > 0;
    const gotSensitive = result.entities.length > 0;
    if (goldSensitive && gotSensitive) post.tp++;
    else if (goldSensitive) post.fn++;
    else if (gotSensitive) post.fp++;

    if (p.critical === true) {
      critical++;
      if (!result.decision.actions.includes('route_offline')) {
        criticalNotOffline++;
        problems.push('  ! critical post not routed offline');
      }
    }

    const goldIntents = new Set(p.intents ?? []);
    const gotIntents = new Set(result.intents.map((i) => i.intent));
    for (const [intent, c] of intents) {
      const g = goldIntents.has(intent);
      const r = gotIntents.has(intent);
      if (g && r) c.tp++;
      else if (g) {
        c.fn++;
        problems.push(`  - intent ${intent}`);
      } else if (r) {
        c.fp++;
        problems.push(`  + intent ${intent}`);
      }
    }
    if (onMiss !== undefined && problems.length > 0) {
      onMiss(`${p.id} [${p.channel ?? '-'}] ${JSON.stringify(p.text)}\n${problems.join('\n')}`);
    }
  }

  const span = prf(micro);
  return {
    posts: posts.length,
    sensitivePosts: post.tp + post.fn,
    postRecall: ratio(post.tp, post.tp + post.fn),
    postPrecision: ratio(post.tp, post.tp + post.fp),
    span,
    perType: Object.fromEntries([...perType].map(([t, c]) => [t, prf(c)])),
    criticalPosts: critical,
    criticalNotOffline,
    intents: Object.fromEntries(
      [...intents].map(([i, c]) => {
        const { precision, recall, gold } = prf(c);
        return [i, { recall, precision, gold }];
      }),
    ),
  };
}

const f3 = (x: number): string => x.toFixed(3);

export function formatReport(name: string, r: QualityReport): string {
  const lines = [
    `${name}: ${r.posts} posts, ${r.sensitivePosts} with sensitive data, ${r.criticalPosts} critical`,
    '',
    '| measure | value |',
    '| --- | ---: |',
    `| post recall (contains sensitive data) | ${f3(r.postRecall)} |`,
    `| post precision | ${f3(r.postPrecision)} |`,
    `| span micro precision | ${f3(r.span.precision)} |`,
    `| span micro recall | ${f3(r.span.recall)} |`,
    `| span micro F1 | ${f3(r.span.f1)} |`,
    `| critical posts not routed offline | ${r.criticalNotOffline} of ${r.criticalPosts} |`,
    '',
    '| type | gold | precision | recall | F1 |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...Object.entries(r.perType).map(
      ([t, m]) => `| ${t} | ${m.gold} | ${f3(m.precision)} | ${f3(m.recall)} | ${f3(m.f1)} |`,
    ),
    '',
    '| intent | gold | recall | precision |',
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(r.intents).map(
      ([i, m]) => `| ${i} | ${m.gold} | ${f3(m.recall)} | ${f3(m.precision)} |`,
    ),
  ];
  return lines.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: classify-quality <set.jsonl>… [--misses] [--json]');
    process.exitCode = 2;
    return;
  }
  for (const file of files) {
    const report = scorePosts(
      readLabelled(file),
      args.includes('--misses') ? (line) => console.log(line) : undefined,
    );
    console.log(args.includes('--json') ? JSON.stringify(report) : formatReport(file, report));
  }
}

if (require.main === module) main();
