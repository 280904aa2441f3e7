import { csvCell, csvLine, jsonRow } from './report-format';

describe('report format', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(['a', 'b'])).toBe('a;b');
    expect(csvCell(new Date('2026-01-01T00:00:00Z'))).toBe('2026-01-01T00:00:00.000Z');
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });

  it('writes JSON rows keyed by column', () => {
    expect(jsonRow(['a', 'b', 'c'], ['x', new Date('2026-01-01T00:00:00Z'), null])).toBe(
      '{"a":"x","b":"2026-01-01T00:00:00.000Z","c":null}',
    );
  });
});
