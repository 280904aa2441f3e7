import { readFileSync } from 'node:fs';
import { MODEL_PATH, serialised, trainedModelFile } from '../../bench/train-credential-model';

/**
 * The shipped credential model is what `npm run train:credentials` makes from
 * the labelled sets today: a relabelled set or a changed feature without a
 * retrained model fails here rather than shipping weights nobody can rebuild.
 */
describe('the shipped credential model', () => {
  it('is byte for byte what training on the labelled sets gives', () => {
    expect(serialised(trainedModelFile())).toBe(readFileSync(MODEL_PATH, 'utf8'));
  }, 120_000);
});
