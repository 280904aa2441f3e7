import {
  abaValid,
  cardLengthMask,
  cardNetwork,
  ibanValid,
  isCardNumber,
  isTollFree,
  luhnValid,
  nanpValid,
  ssnValid,
} from './checksums';

const d = (s: string): number[] => s.replace(/\D/g, '').split('').map(Number);

describe('Luhn and card networks', () => {
  it('validates the Luhn check digit', () => {
    expect(luhnValid(d('4111111111111111'))).toBe(true);
    expect(luhnValid(d('4111111111111112'))).toBe(false);
    expect(luhnValid(d('79927398713'))).toBe(true);
    expect(luhnValid(d('79927398710'))).toBe(false);
    expect(luhnValid(d('0'))).toBe(false); // a single digit is not a number to check
  });

  it.each([
    ['4111111111111111', 'visa'],
    ['4222222222222', 'visa'],
    ['5555555555554444', 'mastercard'],
    ['2221000000000009', 'mastercard'],
    ['2720999999999996', 'mastercard'],
    ['378282246310005', 'amex'],
    ['6011111111111117', 'discover'],
    ['6445644564456445', 'discover'],
    ['3530111333300000', 'jcb'],
    ['30569309025904', 'diners'],
    ['36227206271667', 'diners'],
    ['6212345678901232', 'unionpay'],
  ])('knows %s as %s', (pan, network) => {
    expect(cardNetwork(d(pan), 0, pan.length)).toBe(network);
    expect(isCardNumber(d(pan), 0, pan.length)).toBe(true);
  });

  it('rejects IINs outside the ranges and lengths the network does not issue', () => {
    expect(cardNetwork(d('2220999999999999'), 0, 16)).toBeUndefined(); // just below 2221
    expect(cardNetwork(d('2721000000000000'), 0, 16)).toBeUndefined(); // just above 2720
    expect(cardNetwork(d('5655555555555555'), 0, 16)).toBeUndefined(); // 56 is not Mastercard
    expect(cardNetwork(d('5555555555555'), 0, 13)).toBeUndefined(); // Mastercard is 16 digits
    expect(cardNetwork(d('37828224631000'), 0, 14)).toBeUndefined(); // Amex is 15
    expect(cardNetwork(d('1111111111111117'), 0, 16)).toBeUndefined();
    expect(isCardNumber(d('4111111111111112'), 0, 16)).toBe(false); // right shape, wrong check digit
  });

  it('gives the card lengths possible from a prefix as a bit mask', () => {
    expect(cardLengthMask(d('4111'), 0)).toBe((1 << 13) | (1 << 16) | (1 << 19));
    expect(cardLengthMask(d('3782'), 0)).toBe(1 << 15);
    expect(cardLengthMask(d('1234'), 0)).toBe(0);
  });
});

describe('ABA routing numbers', () => {
  it.each(['021000021', '011000015', '026009593', '121000358', '211274450'])(
    'accepts %s',
    (rtn) => {
      expect(abaValid(d(rtn))).toBe(true);
    },
  );

  it('rejects a wrong check digit, a prefix outside the Federal Reserve ranges, and all zeros', () => {
    expect(abaValid(d('021000022'))).toBe(false);
    expect(abaValid(d('131000021'))).toBe(false); // 13 is not a routing prefix
    expect(abaValid(d('500000005'))).toBe(false);
    expect(abaValid(d('000000000'))).toBe(false);
  });
});

describe('IBAN', () => {
  it.each([
    'GB82WEST12345698765432',
    'DE89370400440532013000',
    'FR1420041010050500013M02606',
    'NL91ABNA0417164300',
    'BE68539007547034',
    'NO9386011117947',
  ])('accepts %s', (iban) => expect(ibanValid(iban)).toBe(true));

  it('rejects a wrong checksum, a wrong length for the country, an unknown country and 00/01/99 check digits', () => {
    expect(ibanValid('GB82WEST12345698765433')).toBe(false);
    expect(ibanValid('GB82WEST1234569876543')).toBe(false); // 21 chars, GB is 22
    expect(ibanValid('DE8937040044053201300')).toBe(false);
    expect(ibanValid('ZZ82WEST12345698765432')).toBe(false);
    // Check digits 02 and 99 leave the same mod-97 remainder; only 02–98 are issued.
    expect(ibanValid('GB02WEST12345698765417')).toBe(true);
    expect(ibanValid('GB99WEST12345698765417')).toBe(false);
    expect(ibanValid('GB00WEST12345698765432')).toBe(false);
  });
});

describe('SSN (SSA rules)', () => {
  it('accepts ordinary numbers', () => {
    expect(ssnValid(d('123-45-6789'))).toBe(true);
    expect(ssnValid(d('899-99-9999'))).toBe(true);
    expect(ssnValid(d('001-01-0001'))).toBe(true);
  });

  it.each([
    ['000-12-3456', 'area 000'],
    ['666-12-3456', 'area 666'],
    ['900-12-3456', 'area 9xx'],
    ['999-12-3456', 'area 9xx'],
    ['123-00-4567', 'group 00'],
    ['123-45-0000', 'serial 0000'],
    ['078-05-1120', 'voided after publication'],
    ['219-09-9999', 'voided after publication'],
  ])('rejects %s (%s)', (ssn) => expect(ssnValid(d(ssn))).toBe(false));
});

describe('NANP phone numbers', () => {
  it('needs area code and exchange starting 2–9, and no N11 codes', () => {
    expect(nanpValid(d('4155552671'))).toBe(true);
    expect(nanpValid(d('1155552671'))).toBe(false);
    expect(nanpValid(d('4151552671'))).toBe(false);
    expect(nanpValid(d('4115552671'))).toBe(false);
    expect(nanpValid(d('4159112671'))).toBe(false);
  });

  it('knows toll-free area codes', () => {
    expect(isTollFree(d('8005550142'))).toBe(true);
    expect(isTollFree(d('8885550142'))).toBe(true);
    expect(isTollFree(d('6175550100'))).toBe(false);
  });
});
