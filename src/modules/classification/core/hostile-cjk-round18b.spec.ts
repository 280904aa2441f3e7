import { createClassifier } from '../index';

/**
 * round 18b: hostile 256 KiB posts of East Asian addresses repeated. Each address is read
 * against the findings near it only (address.detector.ts, FindingsNear), so thousands of
 * addresses in one post are each read once and all found. Timings are in
 * `npm run bench:classify`, not asserted here.
 */
const classifier = createClassifier();
const SIZE = 256 * 1024;
const fill = (unit: string): string => unit.repeat(Math.floor(SIZE / unit.length));

function addresses(text: string): { start: number; end: number }[] {
  return classifier
    .classify(text, { channel: 'dm' })
    .entities.filter((e) => e.type === 'ADDRESS')
    .map(({ start, end }) => ({ start, end }));
}

describe('hostile 256 KiB posts of East Asian addresses (round 18b)', () => {
  it.each([
    ['Cantonese "live at" and a Hong Kong flat', '住喺九龍旺角花園街45號7樓C室，'],
    ['a Hong Kong flat without a lead', '新界沙田大圍道18號3樓A室，'],
    [
      'a cued mainland address with building, unit and room',
      '地址：上海市徐汇区漕溪路66号2号楼3单元801室，',
    ],
    ['a mainland district and road', '我住在广州市海珠区江南大道200号，'],
    ['a Taiwanese road section', '台中市西屯區臺灣大道三段9號12樓，'],
  ])('reads every address of %s', (_, unit) => {
    const text = fill(unit);
    const found = addresses(text);
    expect(found).toHaveLength(text.length / unit.length);
    // Each address is read in its own unit.
    for (const f of found.slice(0, 3)) {
      expect(Math.floor(f.start / unit.length)).toBe(Math.floor((f.end - 1) / unit.length));
    }
  });

  it('reads every Japanese address whose block numbers look like a date, and no date', () => {
    const unit = '住所：大阪府大阪市北区梅田3-4-12 ';
    const text = fill(unit);
    const result = classifier.classify(text, { channel: 'dm' });
    expect(result.entities.filter((e) => e.type === 'ADDRESS')).toHaveLength(
      text.length / unit.length,
    );
    expect(result.entities.filter((e) => e.type === 'DATE_OF_BIRTH')).toHaveLength(0);
  });

  it('reads every Korean address after its cue', () => {
    const unit = '주소: 부산광역시 해운대구 센텀중앙로 79, 103동 1201호 ';
    const text = fill(unit);
    expect(addresses(text)).toHaveLength(text.length / unit.length);
  });

  it('reads every Malaysian street whole where the rules before read it in part', () => {
    const unit = 'No. 8, Jalan Damai 4/21, 43000 Kajang, Selangor. ';
    const text = fill(unit);
    const found = addresses(text);
    expect(found).toHaveLength(text.length / unit.length);
    expect(found[1]).toEqual({ start: unit.length, end: unit.length + unit.indexOf('.', 40) });
  });

  it('reads the same addresses in a short post', () => {
    const unit = '住所：大阪府大阪市北区梅田3-4-12 ';
    expect(addresses(unit.repeat(3))).toHaveLength(3);
    expect(addresses('住喺九龍旺角花園街45號7樓C室，'.repeat(2))).toHaveLength(2);
  });
});
