/**
 * Two builds of the classifier side by side on the benchmark's workloads
 * (classify.bench.ts): the same generated posts (seed 42) are classified by one
 * build, then the other, alternating over many rounds in one process, so both
 * see the same machine load; prints each build's median time per post and the
 * median, lowest and highest ratio B ÷ A of the rounds. Each build reads its
 * own policies (the project root its dist-bench is in).
 *
 *   git archive <commit> | tar -x -C /tmp/other && ln -s "$PWD/node_modules" /tmp/other/
 *   (cd /tmp/other && npx tsc -p tsconfig.bench.json)
 *   npx tsc -p tsconfig.bench.json
 *   node dist-bench/bench/classify-ab.js /tmp/other . [posts] [rounds]
 */
import { loadClassifierBuild, median, type Classifier } from './classifier-builds';
import { digitHeavyPost, Rng, streamPost } from '../test/fixtures/classification/post-generator';

const [rootA = '.', rootB = '.', postsArg = '20000', roundsArg = '15'] = process.argv.slice(2);
const count = Number(postsArg);
const rounds = Number(roundsArg);
const builds = [loadClassifierBuild(rootA), loadClassifierBuild(rootB)];
const WORKLOADS: [string, (rng: Rng) => string][] = [
  ['digit-heavy', digitHeavyPost],
  ['mixed', streamPost],
];

/** Microseconds per post of one pass of `c` over `posts`. */
function pass(c: Classifier, posts: readonly string[]): number {
  const started = process.hrtime.bigint();
  for (const p of posts) c.classify(p, { channel: 'x' });
  return Number(process.hrtime.bigint() - started) / 1000 / posts.length;
}

console.log(`${count} posts per workload, ${rounds} rounds; A = ${rootA}, B = ${rootB}`);
console.log('| workload | A µs/post | B µs/post | B ÷ A (median) | B ÷ A (lowest–highest) |');
console.log('| --- | ---: | ---: | ---: | --- |');
for (const [name, generate] of WORKLOADS) {
  const rng = new Rng(42);
  const posts = Array.from({ length: count }, () => generate(rng));
  for (let i = 0; i < 3; i++) for (const c of builds) pass(c, posts);
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // The order alternates, so neither build always runs first.
    let x: number;
    let y: number;
    if (r % 2 === 0) {
      x = pass(builds[0], posts);
      y = pass(builds[1], posts);
    } else {
      y = pass(builds[1], posts);
      x = pass(builds[0], posts);
    }
    a.push(x);
    b.push(y);
    ratios.push(y / x);
  }
  console.log(
    `| ${name} | ${median(a).toFixed(2)} | ${median(b).toFixed(2)} | ${median(ratios).toFixed(3)} | ` +
      `${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)} |`,
  );
}
