import type { SensitiveSpan } from './pan-safe-redaction';

/** The brand's own published contact points on one handle. */
export interface OwnContactPoints {
  phones: readonly string[];
  emailDomains: readonly string[];
  urls: readonly string[];
}

function digitsOf(s: string): string {
  return s.normalize('NFKC').replace(/\D/g, '');
}

/** National significant number: the digits without a leading 1 (NANP country code). */
function national(d: string): string {
  return d.length === 11 && d.startsWith('1') ? d.slice(1) : d;
}

/**
 * Drops findings that are the brand's own published contact points (its phone
 * numbers, an address at its email domains, anything inside its own URLs): a
 * customer quoting the institution's number is not disclosing personal data.
 */
export function withoutOwnContacts<T extends SensitiveSpan>(
  text: string,
  findings: readonly T[],
  own: OwnContactPoints,
): T[] {
  if (findings.length === 0) return [];
  const phones = new Set(own.phones.map((p) => national(digitsOf(p))).filter((p) => p.length >= 7));
  const domains = own.emailDomains.map((d) => d.toLowerCase());
  const urlSpans: Array<[number, number]> = [];
  const lower = text.toLowerCase();
  for (const url of own.urls) {
    const u = url.toLowerCase().replace(/^https?:\/\//, '');
    if (u === '') continue;
    for (let at = lower.indexOf(u); at >= 0; at = lower.indexOf(u, at + 1)) {
      urlSpans.push([at, at + u.length]);
    }
  }
  return findings.filter((f) => {
    const value = text.slice(f.start, f.end);
    if (f.type === 'PHONE' && phones.has(national(digitsOf(value)))) return false;
    if (f.type === 'EMAIL') {
      const domain = value.slice(value.lastIndexOf('@') + 1).toLowerCase();
      if (domains.some((d) => domain === d || domain.endsWith(`.${d}`))) return false;
    }
    return !urlSpans.some(([s, e]) => f.start >= s && f.end <= e);
  });
}
