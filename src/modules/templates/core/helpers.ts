/**
 * The closed helper set. Each takes values the validator already accepted
 * (a YYYY-MM-DD date, a decimal amount, a case reference) and returns plain
 * text; none reads anything but its arguments.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));

export const DATE_STYLES = ['long', 'short'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

/** `2026-03-05` → `March 5, 2026` (long) or `Mar 5` (short). Empty stays empty. */
export function formatDate(value: unknown, style: unknown = 'long'): string {
  if (typeof value !== 'string' || value.length !== 10) return '';
  const y = value.slice(0, 4);
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  if (style === 'short') return `${SHORT_MONTHS[m - 1] ?? ''} ${d}`;
  return `${MONTHS[m - 1] ?? ''} ${d}, ${y}`;
}

/** `1234.5` → `$1,234.50`; `-20` → `-$20.00`. Empty stays empty. */
export function formatMoney(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  const negative = value.startsWith('-');
  const [digits = '0', frac = ''] = (negative ? value.slice(1) : value).split('.');
  const whole = digits.replace(/^0+(?=\d)/, '');
  const cents = (frac + '00').slice(0, 2);
  let grouped = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += ',';
    grouped += whole[i];
  }
  return `${negative ? '-' : ''}$${grouped}.${cents}`;
}

/**
 * A case reference as customers are asked to quote it: `CS-2026-004211`. No
 * `#` prefix: the classifier knows the bare form as the institution's own
 * reference (detectors.yaml `ref.case`), never as an account number.
 */
export function caseRef(value: unknown): string {
  return typeof value === 'string' && value !== '' ? value.toUpperCase() : '';
}

/** Which variable type each helper formats (checked when a version is saved). */
export const HELPERS = {
  formatDate: { fn: formatDate, argType: 'date', extra: DATE_STYLES as readonly string[] },
  formatMoney: { fn: formatMoney, argType: 'money', extra: [] as readonly string[] },
  caseRef: { fn: caseRef, argType: 'case_ref', extra: [] as readonly string[] },
} as const;
export type HelperName = keyof typeof HELPERS;

export function isHelperName(name: string): name is HelperName {
  return Object.prototype.hasOwnProperty.call(HELPERS, name);
}
