import type { EntityType } from '../../policy/core';

const DOT = '•';
const DOTS_2 = DOT.repeat(2);
const DOTS_3 = DOT.repeat(3);
const DOTS_4 = DOT.repeat(4);
const DOTS_6 = DOT.repeat(6);
const SSN_MASK = `${DOTS_3}-${DOTS_2}-${DOTS_4}`;
const DATE_MASK = `${DOTS_2}/${DOTS_2}/${DOTS_4}`;
const ADDRESS_MASK = `${DOTS_3} (street address)`;

/** The last `count` ASCII digits of `value`. */
function lastDigits(value: string, count: number): string {
  let out = '';
  for (let i = value.length - 1; i >= 0 && out.length < count; i--) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) out = value[i] + out;
  }
  return out;
}

/**
 * A masked rendering safe for logs and screens (DESIGN.md invariant 6): at most
 * the last four characters of long identifiers, nothing of short or secret ones.
 */
export function previewOf(type: EntityType, value: string): string {
  switch (type) {
    case 'CARD_NUMBER':
      return `${DOTS_4} ${lastDigits(value, 4)}`;
    case 'BANK_ACCOUNT':
    case 'ROUTING_NUMBER': {
      const compact = value.replace(/[^0-9A-Za-z]/g, '');
      return compact.length >= 8 ? `${DOTS_4} ${compact.slice(-4)}` : DOTS_4;
    }
    case 'IBAN': {
      const compact = value.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
      return `${compact.slice(0, 2)}${DOTS_2} ${DOTS_4} ${compact.slice(-4)}`;
    }
    case 'SSN':
      return SSN_MASK;
    case 'DATE_OF_BIRTH':
      return DATE_MASK;
    case 'EMAIL': {
      const at = value.lastIndexOf('@');
      const dot = value.lastIndexOf('.');
      const tld = dot > at ? value.slice(dot) : '';
      return `${value.slice(0, 1)}${DOTS_3}@${DOTS_3}${tld}`;
    }
    case 'PHONE':
      return `${DOTS_3}-${DOTS_3}-${lastDigits(value, 4)}`;
    case 'ADDRESS':
      return ADDRESS_MASK;
    case 'CREDENTIAL':
      return DOTS_6;
  }
}
