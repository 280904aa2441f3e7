import { csatScore } from './csat-score';

describe('csatScore', () => {
  it.each([
    ['5', 5],
    [' 1 ', 1],
    ['4!', 4],
    ['5/5', 5],
    ['3 / 5', 3],
    ['4 out of 5', 4],
    ['5 stars', 5],
    ['1 star.', 1],
    ['★★★', 3],
    ['５', 5],
  ])('reads %j as %d', (text, score) => {
    expect(csatScore(text)).toBe(score);
  });

  it.each(['0', '6', '10', '5/10', 'my card ends 5', 'thanks', '', '55', '3 stars and more'])(
    'reads %j as no score',
    (text) => {
      expect(csatScore(text)).toBeNull();
    },
  );
});
