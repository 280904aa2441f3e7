/**
 * Validators: a value is reported only when its check digits or issuing rules
 * hold, not merely its shape. Digit sequences are passed as arrays of 0–9 values.
 */

export function luhnValid(d: ArrayLike<number>, start = 0, end = d.length): boolean {
  let sum = 0;
  let double = false;
  for (let i = end - 1; i >= start; i--) {
    let v = d[i] ?? 0;
    if (double) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    double = !double;
  }
  return end - start > 1 && sum % 10 === 0;
}

function prefix(d: ArrayLike<number>, start: number, len: number): number {
  let v = 0;
  for (let i = 0; i < len; i++) v = v * 10 + (d[start + i] ?? 0);
  return v;
}

export type CardNetwork =
  | 'visa'
  | 'mastercard'
  | 'amex'
  | 'discover'
  | 'jcb'
  | 'diners'
  | 'unionpay'
  | 'elo'
  | 'hipercard'
  | 'rupay'
  | 'mir'
  | 'troy'
  | 'verve'
  | 'napas';

const LEN16 = 1 << 16;
const LEN16_19 = 0b1111 << 16;

/**
 * Domestic networks outside the global brands, with their PAN lengths as a mask
 * (bit `n` for `n` digits): Elo and Hipercard (Brazil), RuPay (India), Mir (Russia),
 * Troy (Turkey), Verve (Nigeria), NAPAS (Vietnam) and UnionPay's 81 range. Ranges the global brands
 * already hold (Elo's 4… and 65…, RuPay's 65… and 353/356) are read as those brands.
 */
function regionalNetwork(p2: number, p4: number, p6: number): [CardNetwork, number] | undefined {
  if (p4 >= 2200 && p4 <= 2204) return ['mir', LEN16_19];
  if (p6 === 606282 || p6 === 384100 || p6 === 384140 || p6 === 384160) {
    return ['hipercard', LEN16_19];
  }
  if ((p6 >= 506099 && p6 <= 506198) || (p6 >= 507865 && p6 <= 507964)) {
    return ['verve', LEN16 | (0b11 << 18)];
  }
  if (
    p6 === 504175 ||
    (p6 >= 506699 && p6 <= 506778) ||
    (p4 >= 5090 && p4 <= 5099) ||
    p6 === 627780 ||
    p6 === 636297 ||
    p6 === 636368
  ) {
    return ['elo', LEN16];
  }
  if (p4 === 9792) return ['troy', LEN16];
  // round 17: Vietnam's domestic NAPAS cards ("Số thẻ 9704 …"), 16 or 19 digits.
  if (p4 === 9704) return ['napas', LEN16 | (1 << 19)];
  if (p4 >= 8100 && p4 <= 8171) return ['unionpay', LEN16_19];
  if (p2 === 60 || p2 === 81 || p2 === 82 || (p4 >= 5080 && p4 <= 5089)) return ['rupay', LEN16];
  return undefined;
}

/** The network whose IIN range and length fit the number, or undefined. */
export function cardNetwork(
  d: ArrayLike<number>,
  start: number,
  len: number,
): CardNetwork | undefined {
  if (len < 13 || len > 19) return undefined;
  const p1 = d[start] ?? 0;
  const p2 = prefix(d, start, 2);
  const p3 = prefix(d, start, 3);
  const p4 = prefix(d, start, 4);
  if (p1 === 4) return len === 13 || len === 16 || len === 19 ? 'visa' : undefined;
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
    return len === 16 ? 'mastercard' : undefined;
  }
  if (p2 === 34 || p2 === 37) return len === 15 ? 'amex' : undefined;
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) {
    return len >= 16 ? 'discover' : undefined;
  }
  if (p4 >= 3528 && p4 <= 3589) return len >= 16 ? 'jcb' : undefined;
  if (p2 === 36 || p2 === 38 || (p3 >= 300 && p3 <= 305)) {
    return len >= 14 ? 'diners' : undefined;
  }
  if (p2 === 62) return len >= 16 ? 'unionpay' : undefined;
  const regional = regionalNetwork(p2, p4, prefix(d, start, 6));
  if (regional !== undefined) return (regional[1] & (1 << len)) !== 0 ? regional[0] : undefined;
  return undefined;
}

/**
 * Bit `n` set when an issuer's IIN range at `start` allows an `n`-digit PAN.
 * Lets a scanner test every window length from one start with a shift.
 */
export function cardLengthMask(d: ArrayLike<number>, start: number): number {
  const p1 = d[start] ?? 0;
  const p2 = p1 * 10 + (d[start + 1] ?? 0);
  const p3 = p2 * 10 + (d[start + 2] ?? 0);
  const p4 = p3 * 10 + (d[start + 3] ?? 0);
  const from16 = 0b1111 << 16; // 16–19
  if (p1 === 4) return (1 << 13) | (1 << 16) | (1 << 19);
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return 1 << 16;
  if (p2 === 34 || p2 === 37) return 1 << 15;
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) return from16;
  if (p4 >= 3528 && p4 <= 3589) return from16;
  if (p2 === 36 || p2 === 38 || (p3 >= 300 && p3 <= 305)) return (0b11 << 14) | from16;
  if (p2 === 62) return from16;
  const regional = regionalNetwork(p2, p4, prefix(d, start, 6));
  return regional === undefined ? 0 : regional[1];
}

export function isCardNumber(d: ArrayLike<number>, start: number, len: number): boolean {
  return cardNetwork(d, start, len) !== undefined && luhnValid(d, start, start + len);
}

/**
 * ABA routing transit number: Federal Reserve prefix (00–12, 21–32, 61–72, 80)
 * and 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10).
 */
export function abaValid(d: ArrayLike<number>, start = 0): boolean {
  const p = prefix(d, start, 2);
  if (!(p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80)) return false;
  let sum = 0;
  let allZero = true;
  for (let i = 0; i < 9; i++) {
    const v = d[start + i] ?? 0;
    if (v !== 0) allZero = false;
    sum += v * (i % 3 === 0 ? 3 : i % 3 === 1 ? 7 : 1);
  }
  return !allZero && sum % 10 === 0;
}

/**
 * SSA rules: area not 000, 666 or 900–999; group not 00; serial not 0000. Two
 * numbers the SSA voided after they were published are rejected as well.
 */
/** Mexico's CLABE (18 digits): weights 3, 7, 1 over the first 17, the 18th the check digit. */
export function clabeValid(d: ArrayLike<number>, start = 0): boolean {
  const weights = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ((d[start + i] ?? 0) * (weights[i % 3] ?? 0)) % 10;
  return (10 - (sum % 10)) % 10 === (d[start + 17] ?? -1);
}

const TFN_WEIGHTS = [1, 4, 3, 7, 5, 8, 6, 9, 10];

/** Australia's Tax File Number: nine digits weighted 1 4 3 7 5 8 6 9 10, the sum a multiple of 11. */
export function tfnValid(d: ArrayLike<number>, start = 0): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d[start + i] ?? 0) * (TFN_WEIGHTS[i] ?? 0);
  return sum % 11 === 0 && prefix(d, start, 9) !== 0;
}

const ABN_WEIGHTS = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];

/** An Australian Business Number: eleven digits, the first less one, weighted 10, 1, 3 … 19, the sum a multiple of 89. */
export function abnValid(d: ArrayLike<number>): boolean {
  if (d.length !== 11) return false;
  let sum = 0;
  for (let k = 0; k < 11; k++) sum += ((d[k] ?? 0) - (k === 0 ? 1 : 0)) * (ABN_WEIGHTS[k] ?? 0);
  return sum % 89 === 0;
}

export function ssnValid(d: ArrayLike<number>, start = 0): boolean {
  const area = prefix(d, start, 3);
  const group = prefix(d, start + 3, 2);
  const serial = prefix(d, start + 5, 4);
  if (area === 0 || area === 666 || area >= 900 || group === 0 || serial === 0) return false;
  const whole = area * 1_000_000 + group * 10_000 + serial;
  return whole !== 78_051_120 && whole !== 219_099_999;
}

/**
 * An IRS Individual Taxpayer Identification Number: nine digits starting with 9, the fourth
 * and fifth in 50–65, 70–88, 90–92 or 94–99 (IRS Publication 1915), the last four not 0000.
 */
export function itinValid(d: ArrayLike<number>, start = 0): boolean {
  if (prefix(d, start, 1) !== 9) return false;
  const group = prefix(d, start + 3, 2);
  const serial = prefix(d, start + 5, 4);
  const groupOk =
    (group >= 50 && group <= 65) ||
    (group >= 70 && group <= 88) ||
    (group >= 90 && group <= 92) ||
    group >= 94;
  return groupOk && serial !== 0;
}

/** ISO 13616 IBAN lengths per country: the SWIFT IBAN registry, then the national formats outside it. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HN: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
  // Territories the registry files under another country's format: Åland (FI); the
  // French overseas departments and collectivities (FR); Guernsey, Isle of Man, Jersey (GB).
  AX: 18,
  BL: 27,
  GF: 27,
  GG: 22,
  GP: 27,
  IM: 22,
  JE: 22,
  MF: 27,
  MQ: 27,
  NC: 27,
  PF: 27,
  PM: 27,
  RE: 27,
  TF: 27,
  WF: 27,
  YT: 27,
  // National IBANs outside the registry, in use with the same mod-97 check: Algeria,
  // Angola, Cape Verde, Iran, Madagascar, Morocco, Mozambique, and the CEMAC (27) and
  // UEMOA (28; Guinea-Bissau 25) countries, Comoros.
  AO: 25,
  BF: 28,
  BJ: 28,
  CF: 27,
  CG: 27,
  CI: 28,
  CM: 27,
  CV: 25,
  DZ: 26,
  GA: 27,
  GQ: 27,
  GW: 25,
  IR: 26,
  KM: 27,
  MA: 28,
  MG: 27,
  ML: 28,
  MZ: 25,
  NE: 28,
  SN: 28,
  TD: 27,
  TG: 28,
};

/** IBAN length by country code, indexed (A–Z)·26 + (A–Z); 0 for unknown countries. */
const IBAN_LENGTH_BY_CODE = new Uint8Array(26 * 26);
for (const [code, length] of Object.entries(IBAN_LENGTHS)) {
  IBAN_LENGTH_BY_CODE[(code.charCodeAt(0) - 65) * 26 + (code.charCodeAt(1) - 65)] = length;
}

function upper(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}

/** The IBAN length for the country letters (either case), or 0. */
export function ibanLength(c1: number, c2: number): number {
  const a = upper(c1) - 65;
  const b = upper(c2) - 65;
  return a < 0 || a > 25 || b < 0 || b > 25 ? 0 : IBAN_LENGTH_BY_CODE[a * 26 + b];
}

/**
 * ISO 13616 check of the IBAN whose characters sit at `positions[0..count)` in
 * `s` (separators skipped, either case): country length and mod-97 = 1.
 */
export function ibanValidAt(s: string, positions: ArrayLike<number>, count: number): boolean {
  if (count < 5 || ibanLength(s.charCodeAt(positions[0]), s.charCodeAt(positions[1])) !== count)
    return false;
  const d1 = s.charCodeAt(positions[2]) - 48;
  const d2 = s.charCodeAt(positions[3]) - 48;
  if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  const check = d1 * 10 + d2;
  // 00, 01 and 99 are never issued; 99 and 02 leave the same remainder.
  if (check < 2 || check > 98) return false;
  let rem = 0;
  for (let k = 0; k < count; k++) {
    const c = upper(s.charCodeAt(positions[(k + 4) % count]));
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return false;
  }
  return rem === 1;
}

/** `iban`: compact. Checks the country length and the mod-97 remainder. */
export function ibanValid(iban: string): boolean {
  const positions = Array.from({ length: iban.length }, (_, k) => k);
  return ibanValidAt(iban, positions, iban.length);
}

/** NANP: area code and exchange both start 2–9; N11 service codes are not numbers. */
export function nanpValid(d: ArrayLike<number>, start = 0): boolean {
  const a0 = d[start] ?? 0;
  const e0 = d[start + 3] ?? 0;
  if (a0 < 2 || e0 < 2) return false;
  if ((d[start + 1] ?? 0) === 1 && (d[start + 2] ?? 0) === 1) return false;
  return !((d[start + 4] ?? 0) === 1 && (d[start + 5] ?? 0) === 1);
}

const TOLL_FREE = new Set([800, 833, 844, 855, 866, 877, 888]);

/** Toll-free numbers belong to businesses, never to a customer. */
export function isTollFree(d: ArrayLike<number>, start = 0): boolean {
  return TOLL_FREE.has(prefix(d, start, 3));
}

// round 18: national identity numbers, read only to set them aside (no kind this screen
// reports): India's Aadhaar (Verhoeff), Chile's RUT (mod 11, "K" for 10), Brazil's CPF
// (two mod-11 digits), South Africa's ID (a birth date, then Luhn).

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** The Verhoeff check over all of `d`, its last digit the check digit. */
export function verhoeffValid(d: ArrayLike<number>): boolean {
  let c = 0;
  for (let i = 0; i < d.length; i++) {
    const v = d[d.length - 1 - i] ?? 0;
    c = VERHOEFF_D[c]?.[VERHOEFF_P[i % 8]?.[v] ?? 0] ?? 0;
  }
  return d.length > 1 && c === 0;
}

/** An Aadhaar number: twelve digits, the first 2–9, the Verhoeff check holding. */
export function aadhaarValid(d: ArrayLike<number>): boolean {
  return d.length === 12 && (d[0] ?? 0) >= 2 && verhoeffValid(d);
}

/** A Chilean RUT: the body's digits weighted 2, 3 … 7 from the right, mod 11; `check` 0–9, or 10 for "K". */
export function rutValid(body: ArrayLike<number>, check: number): boolean {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (body[body.length - 1 - i] ?? 0) * (2 + (i % 6));
  const r = 11 - (sum % 11);
  return body.length >= 7 && (r === 11 ? 0 : r) === check;
}

/** A Brazilian CPF: eleven digits, the last two mod-11 checks; eleven equal digits are never issued. */
export function cpfValid(d: ArrayLike<number>): boolean {
  if (d.length !== 11) return false;
  let same = true;
  for (let i = 1; i < 11; i++) if (d[i] !== d[0]) same = false;
  if (same) return false;
  for (let k = 9; k <= 10; k++) {
    let sum = 0;
    for (let i = 0; i < k; i++) sum += (d[i] ?? 0) * (k + 1 - i);
    if (((sum * 10) % 11) % 10 !== d[k]) return false;
  }
  return true;
}

/** Whether six digits at `start` read as a date YYMMDD (month 1–12, day 1–31). */
export function yymmddValid(d: ArrayLike<number>, start = 0): boolean {
  const month = prefix(d, start + 2, 2);
  const day = prefix(d, start + 4, 2);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** A South African ID number: thirteen digits, a birth date YYMMDD first, the Luhn check last. */
export function saIdValid(d: ArrayLike<number>): boolean {
  return d.length === 13 && yymmddValid(d) && luhnValid(d);
}

/** Values of a VIN's letters in its check (ISO 3779, as North American VINs use it); I, O and Q are not used. */
const VIN_LETTER = [1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9];
const VIN_WEIGHT = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/**
 * A North American vehicle identification number: seventeen digits and capitals (no I, O or
 * Q), the ninth its check (the weighted sum mod 11, "X" for 10). Letters may be lower case.
 */
export function vinValid(v: string): boolean {
  if (v.length !== 17) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const raw = v.charCodeAt(i);
    const c = raw >= 97 && raw <= 122 ? raw - 32 : raw;
    let value: number;
    if (c >= 48 && c <= 57) value = c - 48;
    else if (c >= 65 && c <= 90 && c !== 73 && c !== 79 && c !== 81) value = VIN_LETTER[c - 65]!;
    else return false;
    sum += value * VIN_WEIGHT[i];
  }
  const check = sum % 11;
  const ninth = v.charCodeAt(8);
  return check === 10 ? ninth === 88 || ninth === 120 : ninth === 48 + check;
}
