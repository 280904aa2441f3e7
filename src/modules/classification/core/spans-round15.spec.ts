import { createClassifier } from './classifier';

/** Where the round's readers meet the older ones: spans and readings that must not move. Values are made up. */
const classifier = createClassifier();
const found = (text: string): [string, string, string][] =>
  classifier
    .classify(text, { channel: 'dm', visibility: 'private' })
    .entities.map((e) => [e.type, text.slice(e.start, e.end), e.detector]);

describe('spans and readings kept', () => {
  it('an SSN after "my number" stays an SSN, not a national mobile', () => {
    expect(found('my number 512-44-7391 is on file, check it')).toEqual([
      ['SSN', '512-44-7391', expect.any(String)],
    ]);
  });

  it('an address ends at its ZIP, before a closing word', () => {
    expect(found('send it to PO Box 2280, Dover, DE 19901 please').map((f) => f[1])).toEqual([
      'PO Box 2280, Dover, DE 19901',
    ]);
    expect(found('my mailing address 4410 Larch Ct, Apt 9 Thanks!').map((f) => f[1])).toEqual([
      '4410 Larch Ct, Apt 9',
    ]);
  });

  it('a PO box is cited as a PO box', () => {
    expect(found('mail it to PO Box 7712, Reno, NV 89501')).toEqual([
      ['ADDRESS', 'PO Box 7712, Reno, NV 89501', 'address.pobox'],
    ]);
  });

  it("a residence hall after a room number is the customer's; a concert hall is not", () => {
    expect(
      found('new card to my dorm: Room 212, Ostrom Hall, 640 Maple Ave, Fargo, ND 58102').map(
        (f) => f[1],
      ),
    ).toEqual(['Room 212, Ostrom Hall, 640 Maple Ave, Fargo, ND 58102']);
    expect(found('the show at Orpheum Hall, 910 Grand Ave, Fargo, ND 58102 was loud')).toEqual([]);
  });
});
