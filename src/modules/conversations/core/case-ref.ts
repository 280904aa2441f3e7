import { randomInt } from 'node:crypto';

/**
 * Crockford-style alphabet without the look-alikes 0/O, 1/I/L and U: a
 * reference read out over the phone or typed from a screenshot comes back as
 * written.
 */
export const CASE_REF_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const BODY_LENGTH = 8;

/**
 * A case reference the customer can quote, e.g. `CS-7KQ4-M9TX`: random (30^8,
 * about 6.6e11, values; uniqueness is also enforced by the table), with no
 * customer data in it.
 */
export function newCaseRef(random: (max: number) => number = randomInt): string {
  let body = '';
  for (let i = 0; i < BODY_LENGTH; i++) body += CASE_REF_ALPHABET[random(CASE_REF_ALPHABET.length)];
  return `CS-${body.slice(0, 4)}-${body.slice(4)}`;
}

export const CASE_REF_PATTERN = /^CS-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;
