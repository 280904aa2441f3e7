import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { classifyResponseJson } from '../../src/modules/classification/classification.mapper';
import {
  ClassifierPool,
  ClassifierPoolUnavailable,
} from '../../src/modules/classification/classifier-pool';
import { createClassifier } from '../../src/modules/classification/core/classifier';
import { defaultPoliciesDir } from '../../src/platform/paths';

describe('the classification worker pool', () => {
  const local = createClassifier({ policiesDir: defaultPoliciesDir() });
  let pool: ClassifierPool;

  beforeAll(() => {
    pool = new ClassifierPool(
      { policiesDir: defaultPoliciesDir(), policyVersion: local.policyVersion },
      2,
    );
  });
  afterAll(() => pool.close());

  it('answers exactly what the classifier answers in process, for concurrent texts', async () => {
    expect(isMainThread).toBe(true);
    const texts = [
      'my ssn is 078-05-1120 and my card 4111 1111 1111 1111, call me',
      'I will sue you and report you to the CFPB '.repeat(200),
      '4111 1111 1111 1111 '.repeat(500),
      'hello',
    ];
    const results = await Promise.all(
      texts.map((t) => pool.classify(t, { channel: 'x', visibility: 'public' })),
    );
    results.forEach((r, i) =>
      expect(r).toEqual(local.classify(texts[i], { channel: 'x', visibility: 'public' })),
    );
    const body = await pool.classifyToBody(texts[0], {});
    expect(body.toString('utf8')).toBe(classifyResponseJson(local.classify(texts[0], {})));
  }, 120_000);

  it('runs its threads below the event loop: when the cores are busy, the loop gets them first', async () => {
    await pool.classify('hello', {}); // workers started
    // Field 19 of /proc/<pid>/task/<tid>/stat is the thread's nice value.
    const nice = (tid: string) =>
      Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ')[16]);
    const threads = readdirSync('/proc/self/task').map(nice);
    expect(nice(String(process.pid))).toBe(0);
    expect(threads.filter((n) => n === 10)).toHaveLength(2);
  }, 120_000);

  it('refuses to use workers whose policy files are not the version in force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'countersign-policies-'));
    try {
      cpSync(defaultPoliciesDir(), dir, { recursive: true });
      const stale = new ClassifierPool(
        { policiesDir: dir, policyVersion: 'sha256:' + '0'.repeat(64) },
        1,
      );
      try {
        await expect(stale.classify('hello', {})).rejects.toThrow(ClassifierPoolUnavailable);
        expect(stale.unavailableReason).toMatch(/not the version in force/);
        await expect(stale.classify('hello', {})).rejects.toThrow(ClassifierPoolUnavailable);
      } finally {
        await stale.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
