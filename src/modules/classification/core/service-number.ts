/**
 * The institution's own service lines that a complaint names ("eure Hotline 0800 …",
 * "Numero verde 800 …", "Телефонът ви 0700 …", "Bellen naar 020 … is zinloos", "Llevo 40
 * minutos al teléfono 900 …", "vártam a 06 1 … számon"): numbers the customer calls, never
 * the customer's phone, SSN or account. Told by the few characters before the number (and,
 * for a call named as the subject of a verdict, the copula after it). The text is read
 * folded, accents dropped ("teléfono" as "telefono").
 */

/**
 * Words naming a service line or its phone ("number" alone is left out: "an account in your
 * bank, number …" names the customer's).
 */
const LINE_WORDS =
  '(?:service-?)?(?:hotline|helpline|servicenummer|service-?nummer|kundenservice|kundendienst|klantenservice|' +
  'telefonnummer|telefoonnummer|telefon|telefoon|numero verde|telefono|telefone|linea|ligne|phone line|' +
  'phone|call ?cent(?:er|re))';

/** Not after a letter: the start of a word, in any script (\b knows ASCII letters only). */
const W = '(?<![\\p{L}\\p{M}])';

const SERVICE_BEFORE = new RegExp(
  '(?:' +
    // "your hotline", "eure Hotline", "uw klantenservice", "il vostro numero verde", "su teléfono".
    `${W}(?:your|eure[rn]?|ihre[rn]?|uw|jullie|vostro|vostra|vuestro|vuestra|votre|vos|vosso|vossa)\\s+` +
    `(?:[\\p{L}-]+\\s+){0,2}?${LINE_WORDS}` +
    // A service line by its kind, not the customer's: "Numero verde", "Kundenhotline".
    `|(?<!(?:my|mein|meine|mijn|mi|mio|mia|mon|ma|minha|meu) )${W}(?:numero verde|numero vert|` +
    'numero gratuito|kunden-?hotline|service-?hotline|servicenummer|klantenservice|hotline|helpline)' +
    // Bulgarian, "your" after the noun: "Телефонът ви", "номерът ви".
    `|${W}(?:телефон(?:ът|а)?|номер(?:ът|а)?|линия(?:та)?)\\s+ви` +
    // Time spent waiting on the line: "40 minutos al teléfono", "eine Stunde am Telefon".
    `|${W}(?:minutos|minuten|minuti|minutes|mins|horas|hours|stunden?|ore|uur)\\s+(?:[\\p{L}]+\\s+){0,2}?` +
    '(?:al|am|aan de|on the|au|al|sul|in der|op de)\\s+(?:telefono|telefon|telefoon|phone|telephone|line|linea|hotline|lijn)' +
    // Waited on the line: "vártam a …" (Hungarian), "on hold at …", "waited on …".
    `|${W}(?:vartam|vartunk|varakoztam)\\s+az?|${W}on hold (?:at|on|with)|${W}waited on` +
    // round 18: a hotline or customer-service line in Chinese, Japanese and Korean, read with
    // the words around it unspaced: "打熱線 2233 …" (called the hotline), "客服電話 …".
    '|(?:熱線|热线|客服電話|客服电话|客服專線|客服专线|客服號碼|客服号码|ホットライン|コールセンター|핫라인|콜센터|고객센터))' +
    '\\s*(?:is|ist|es|è|est|era|war|was)?\\s*:?\\s*$',
  'iu',
);

/** "Bellen naar …", "Calling …", "Llamar al …" opening the sentence: the call as a subject. */
const CALL_OPENING = new RegExp(
  `(?:^|[.!?\\n]\\s*)${W}(?:bellen naar|calling|anrufen bei|llamar al|chiamare il|chiamare lo|appeler le|ligar para)\\s*$`,
  'iu',
);

/** The verdict's copula after the number called: "… is zinloos", "… es inútil". */
const COPULA_AFTER = /^\s+(?:is|ist|es|e|est|was|war)\s/i;

/**
 * Words one of SERVICE_BEFORE's or CALL_OPENING's phrases needs, read once over the whole post
 * (DetectionState.mentions): a post holding none of them names no service line, and its numbers
 * skip those patterns. Wider than the phrases: it only gates them.
 */
export const SERVICE_LINE_WORDS =
  /hotline|helpline|nummer|kunden|klanten|tel[eé]f|n[uú]m[eé]ro|linea|ligne|lijn|line|phone|call|cent(?:er|re)|телефон|номер|линия|vartam|vartunk|varakoztam|on hold|waited on|bellen naar|anrufen bei|llamar al|chiamare|appeler le|ligar para|熱線|热线|客服|ホットライン|コールセンター|핫라인|콜센터|고객센터/iu;

const REACH = 48;

/** Whether the number starting at `a` and ending at `b` is the institution's service line. */
export function serviceLineAt(s: string, a: number, b: number): boolean {
  const before = s.slice(Math.max(0, a - REACH), a);
  if (SERVICE_BEFORE.test(before)) return true;
  return CALL_OPENING.test(before) && COPULA_AFTER.test(s.slice(b, b + 6));
}
