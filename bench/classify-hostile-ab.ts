/**
 * Two builds of the classifier side by side on the hostile posts: each post is
 * classified by one build, then the other (the order alternating), in one
 * process, so both see the same machine load; prints the median wall and CPU
 * time per post of each.
 *
 *   git archive <commit> | tar -x -C /tmp/other && ln -s "$PWD/node_modules" /tmp/other/
 *   (cd /tmp/other && npx tsc -p tsconfig.bench.json)
 *   npx tsc -p tsconfig.bench.json
 *   node dist-bench/bench/classify-hostile-ab.js /tmp/other . [runs]
 */
import { loadClassifierBuild, median } from './classifier-builds';
import { HOSTILE, hostilePost } from './hostile-posts';

const [rootA = '.', rootB = '.', runsArg = '15'] = process.argv.slice(2);
const runs = Number(runsArg);
const builds = [loadClassifierBuild(rootA), loadClassifierBuild(rootB)];
console.log(`| 256 KiB post of … | A wall ms | B wall ms | A CPU ms | B CPU ms | B ÷ A (CPU) |`);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name, unit, context] of HOSTILE) {
  const text = hostilePost(unit);
  for (const c of builds) {
    c.classify(text, context);
    c.classify(text, context);
  }
  const wall: number[][] = [[], []];
  const cpu: number[][] = [[], []];
  for (let r = 0; r < runs; r++) {
    for (let j = 0; j < 2; j++) {
      const k = r % 2 === 0 ? j : 1 - j;
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      builds[k]?.classify(text, context);
      wall[k]?.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const used = process.cpuUsage(c0);
      cpu[k]?.push((used.user + used.system) / 1e3);
    }
  }
  const [wa, wb] = wall.map(median);
  const [ca, cb] = cpu.map(median);
  console.log(
    `| ${name} | ${wa?.toFixed(1)} | ${wb?.toFixed(1)} | ${ca?.toFixed(1)} | ${cb?.toFixed(1)} | ${((cb ?? 0) / (ca || 1)).toFixed(2)} |`,
  );
}
