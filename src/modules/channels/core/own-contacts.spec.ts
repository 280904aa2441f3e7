import { withoutOwnContacts } from './own-contacts';
import type { SensitiveSpan } from './pan-safe-redaction';

const own = {
  phones: ['1-800-555-0142'],
  emailDomains: ['harborline.example'],
  urls: ['https://harborline.example/help', 'https://harborline.example/r/4400123'],
};

function span(text: string, value: string, type: SensitiveSpan['type']): SensitiveSpan {
  const start = text.indexOf(value);
  return { type, start, end: start + value.length, detector: 't', preview: '' };
}

describe('withoutOwnContacts', () => {
  it("drops the brand's own number, email domain and URLs, keeps the customer's", () => {
    const text =
      'I called (800) 555-0142 and 617-555-0123, wrote to help@harborline.example from me@mail.example, see harborline.example/help?acct=12345678 or https://harborline.example/r/4400123';
    const findings = [
      span(text, '(800) 555-0142', 'PHONE'),
      span(text, '617-555-0123', 'PHONE'),
      span(text, 'help@harborline.example', 'EMAIL'),
      span(text, 'me@mail.example', 'EMAIL'),
      span(text, '12345678', 'BANK_ACCOUNT'),
      span(text, '4400123', 'BANK_ACCOUNT'),
    ];
    expect(withoutOwnContacts(text, findings, own).map((f) => text.slice(f.start, f.end))).toEqual([
      '617-555-0123',
      'me@mail.example',
      // A customer's value in a query after the brand's URL is still theirs.
      '12345678',
    ]);
  });

  it('keeps everything when the handle publishes nothing', () => {
    const text = 'call 1-800-555-0142';
    const f = [span(text, '1-800-555-0142', 'PHONE')];
    expect(withoutOwnContacts(text, f, { phones: [], emailDomains: [], urls: [] })).toEqual(f);
  });
});
