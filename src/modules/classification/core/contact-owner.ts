import { codeAt, isAsciiLetter, isBlank, type DetectionState } from './detection-state';

/**
 * Contact points that are not the customer's, told by the few characters before
 * the value: a caller's or a sender's ("a call from …", 'a call from "your fraud dept" at …',
 * "the number that called him was …", "el número que me llamó fue …", "their number is …",
 * "got an email from …", "someone is
 * calling pretending to be the bank from …"),
 * a third person's ("contact him on WhatsApp …", "email her at …"), and what the
 * customer disowns ("changed my email to some …", "an email I don't recognize …",
 * "the phone was not mine, …"). Read only once a phone number or an address has
 * been found, on at most BEFORE_REACH characters. The owner phrases that name one kind of
 * contact point only are at the end of this file: a third party's phone, a sender's or a
 * professional's email, another place's address.
 */
const NOT_CUSTOMERS_BEFORE =
  /(?:\bnumbers? (?:that|which) (?:called|texted|calls|texts|keeps calling|kept calling|rang)(?: (?:me|him|her|us|them|my [a-z]+))?(?: (?:is|was))?|\bn[uú]mero que (?:me|le|nos) (?:llam[oó]|llamaba|escribi[oó]|mand[oó])(?: (?:es|fue|era))?|\btheir (?:phone |cell |office |main )?number(?: (?:is|was))?|\b(?:his|her|their) office(?: (?:number|phone|line))?(?: (?:is|was))?|\b(?:calls?|called|robocalls?|voicemails?|texts?|texted|sms|e-?mails?|mail|messages?|msg|dm|note)(?: [a-z]+)?(?: going around| going round)? from(?: ["“][^"”\n]{1,32}["”])?|\b(?:contact|message|msg|text|call|reach|email|dm|whatsapp) (?:him|her|them)(?: (?:on|via|at|through) [a-z]+)?|\b(?:to|is) some|\b(?:don['’]?t|do not|didn['’]?t|did not|never) recogni[sz]e|\bnot mine,?)(?: at| on)?:? ?$/i;
/**
 * "someone is calling pretending to be the bank's fraud dept from …", "someone is texting from
 * …": a caller or a texter described ("I'm texting from my new number …" and "they keep calling my cell from …"
 * stay the customer's).
 */
const CALLER_BEFORE =
  /\b(?:someone|somebody|they|he|she|scammers?|people)\b[^.!?\n]{0,12}\b(?:calling\b(?:(?!\b(?:me|my)\b)[^.!?\n]){1,56}|(?:texting|messaging)(?: (?:me|us))?) from ?$/i;
const CALLER_REACH = 80;
/** "Text CASH to …", 'text "LOAN" to …': a keyword campaign, written in capitals. */
const CAMPAIGN_BEFORE = /\b[Tt]ext ["'“]?[A-Z0-9]{2,}["'”]? to ?$/;
const BEFORE_REACH = 64;
/**
 * "Is the credit union's phone number still …", "I called the branch at …", "Branch phone
 * (617) …", "Main number 1-800-…": the institution's own number, named as the bank's, branch's
 * or office's.
 */
const INSTITUTION_BEFORE =
  /(?:\b(?:the|your|their) (?:bank|credit union|cu|branch|office|insurer|company|lender)(?:['’]s)?(?: (?:main|customer service|toll[- ]free|fraud|claims))?(?: phone)? (?:number|line|phone)(?: (?:is|was))?(?: still)?|\byour (?:[a-z]+ )?(?:(?:main|customer service|customer care|toll[- ]free|fraud|claims|support|help|lost card|card services|member services|billing) )?(?:phone )?(?:number|line|hotline|helpline)(?: (?:is|was|at|on))?(?: still)?|\bthe number on the back of (?:my|the|your) (?:[a-z]+ )?card,?(?: (?:is|was|says))?|\b(?:call(?:ed|ing)?|dial(?:ed|led|ing)?|rang|phoned) (?:the|your) (?:bank|branch|office|credit union|cu)(?: [a-z]+)? (?:at|on)|(?<!\b(?:my|our|his|her) )\b(?:branch|branch office|head office|main office|main)(?: phone)? (?:number|line|phone)(?: (?:is|was))?|\bthe (?:[a-z]+ )?(?:helpline|hotline)(?: number)?(?: (?:is|was))?(?: still)?|\b(?:n[uú]mero|num[eé]ro|nimewo|telefone|tel[eé]fono)(?: de tel[eé]fono| de t[eé]l[eé]phone| telef[oò]n)? (?:(?:del|de la|de|da|do) )?(?:banco|banque|bank|agencia|agence|sucursal|ag[eê]ncia)(?: lan| la)?(?: (?:es|est|se|é|e))?):? ?$/i;

/** Messengers advertised as a line to write to: "💰 WhatsApp +1 …", ". Telegram: …". */
const MESSENGERS = /^(?:whatsapp|telegram|signal)$/i;

/**
 * "💰💰 WhatsApp +1 (302) …", "… no credit check. Whatsapp +1 …": a messenger
 * named right before the number and opening its sentence (or after a symbol),
 * as advertisements write; the customer's own is "my WhatsApp", "me on WhatsApp".
 */
function advertisedLine(s: string, a: number): boolean {
  let p = a;
  while (p > 0 && (isBlank(codeAt(s, p - 1)) || codeAt(s, p - 1) === 58)) p--;
  const end = p;
  while (p > 0 && isAsciiLetter(codeAt(s, p - 1))) p--;
  if (end - p < 6 || end - p > 8 || !MESSENGERS.test(s.slice(p, end))) return false;
  while (p > 0 && isBlank(codeAt(s, p - 1))) p--;
  if (p === 0) return true;
  const c = codeAt(s, p - 1);
  return c === 46 || c === 33 || c === 63 || c >= 0x2000;
}

/** The words INSTITUTION_BEFORE ends with: looked at before the regex runs. */
const INSTITUTION_LAST_WORDS = new Set([
  'number',
  'line',
  'phone',
  'hotline',
  'helpline',
  'card',
  'says',
  'is',
  'was',
  'still',
  'at',
  'on',
  // round 17: "nimewo bank lan se …", "número del banco es …", "the … helpline …"
  'se',
  'es',
  'est',
  'lan',
  'banco',
  'banque',
  'bank',
]);

/** Whether the word right before `a` (past blanks and a colon) may end INSTITUTION_BEFORE. */
function institutionWordBefore(s: string, a: number): boolean {
  let p = a;
  while (p > 0 && (isBlank(codeAt(s, p - 1)) || codeAt(s, p - 1) === 58)) p--;
  if (codeAt(s, p - 1) === 44) p--;
  const end = p;
  while (p > 0 && end - p < 8 && isAsciiLetter(codeAt(s, p - 1))) p--;
  return end - p >= 2 && INSTITUTION_LAST_WORDS.has(s.slice(p, end).toLowerCase());
}

/**
 * round 27: "the number calling is …", "they called my aunt from …", "getting calls from \"… fraud
 * department\" from …": the number a call came from, named so right before it ("they keep
 * calling my cell from …" stays the customer's, as CALLER_BEFORE reads it).
 */
const CALLED_FROM_NUMBER_BEFORE =
  /(?:\bthe (?:number|phone|line) (?:calling|texting)(?: (?:me|us|her|him|them|my [a-z]+))?(?: (?:is|was))?|\b(?:people|someone|somebody|scammers?|they)\b (?:are |is |keep |keeps )?(?:calling|texting)(?: (?:people|everyone|members|customers|us|around))? from|\b(?:this|that|a|the same) number (?:that )?(?:keeps|kept|has been|is|was) (?:calling|texting)\b[^.!?\n]{0,48}:|\btheir (?:phone|cell|phone number|number)\s*:|\d\)?,? not|\b(?:they|someone|somebody|scammers?|he|she|the scammer|a scammer)\b (?:called|texted|rang|calls|texts|keep calling|keeps calling)(?: (?:me|us|him|her|them|my (?!cell|phone|mobile|number|line|landline|house)[a-z]+))? from|\b(?:calls?|texts?) from ["“][^"”\n]{1,48}["”] (?:from|at|on))\s*:?\s*$/i;
/**
 * round 27: 'I got a text saying my card was locked and to call …', 'This text just came:
 * "… Card locked. Call …"': the number a message (a text, an email, a voicemail, a letter) told
 * the customer to call is its sender's.
 */
const MESSAGE_SAYS_CALL_BEFORE =
  /\b(?:texts?|texting|messages?|messaging|sms|e-?mails?|e-?mailing|voicemails?|calls?|calling)\b[^"“\n]{0,40}["“][^"”\n]{1,160}["”] (?:from|by)\s*:?\s*$|\b(?:texts?|messages?|sms|e-?mails?|voicemails?|letters?|notices?|alerts?|pop-?ups?)\b(?:[^.!?\n"“]{0,48}\b(?:saying|said|says|telling me|told me|asking me|that said)\b[^\n]{0,96}|[^"“\n]{0,40}["“][^"”\n]{0,120})\b(?:call|text|dial|contact|ring)(?: us| them)?(?: (?:at|on|back at|back on))?\s*:?\s*$/i;
const MESSAGE_REACH = 200;

/**
 * round 27: "Send your name, bank acct and routing to claimsdesk…@gmail.com", "kindly send your
 * card number and pin to our whatsapp +1 …": a post asking the reader for their card, account or
 * PIN gives the asker's contact, not a customer's.
 */
const SEND_YOURS_TO_BEFORE =
  /\b(?:send|dm|text|email|e-mail|message|forward|submit)\b(?: (?:us|me|it))? (?:your|ur)(?: (?!my\b|our\b)[a-z]+,?){0,3} (?:card|pin|ssn|social|bank|acct|account|routing|details|info|information|password|otp|code)s?\b[^.!?\n]{0,40}\bto(?: (?:our|my|this|the))?(?: (?:whatsapp|email|e-mail|number|telegram|inbox|dm|agent))?:? ?$/i;
const SEND_YOURS_REACH = 160;

/**
 * The words the round-27 phrases end with (past blanks and a colon): looked up before their
 * patterns run, as most numbers have none of them right before them.
 */
const CALLED_FROM_LAST = new Set(['is', 'was', 'from', 'not', 'at', 'on', ':']);
const MESSAGE_LAST = new Set([
  'call',
  'text',
  'dial',
  'contact',
  'ring',
  'us',
  'them',
  'at',
  'on',
  'from',
  'by',
]);
const SEND_YOURS_LAST = new Set([
  'to',
  'our',
  'my',
  'this',
  'the',
  'whatsapp',
  'email',
  'e-mail',
  'number',
  'telegram',
  'inbox',
  'dm',
  'agent',
]);

/**
 * The word (ASCII letters and hyphens) right before the contact at `a`, past blanks, "(", "+" and
 * a "+1", lower case; ":" when a colon ends it.
 */
function wordBeforeContact(s: string, a: number): string {
  let p = a;
  while (p > 0 && a - p < 6) {
    const c = codeAt(s, p - 1);
    if (isBlank(c) || c === 40 || c === 43 || (c === 49 && codeAt(s, p - 2) === 43)) p--;
    else break;
  }
  if (codeAt(s, p - 1) === 58) return ':';
  const end = p;
  while (p > 0 && end - p < 12 && (isAsciiLetter(codeAt(s, p - 1)) || codeAt(s, p - 1) === 45)) p--;
  return s.slice(p, end).toLowerCase();
}

/** Whether the phone number or email address starting at `a` is told not to be the customer's. */
export function notTheCustomers(s: string, a: number): boolean {
  const before = s.slice(Math.max(0, a - BEFORE_REACH), a);
  const last = wordBeforeContact(s, a);
  return (
    NOT_CUSTOMERS_BEFORE.test(before) ||
    (SEND_YOURS_LAST.has(last) &&
      SEND_YOURS_TO_BEFORE.test(s.slice(Math.max(0, a - SEND_YOURS_REACH), a))) ||
    (CALLED_FROM_LAST.has(last) && CALLED_FROM_NUMBER_BEFORE.test(before)) ||
    (MESSAGE_LAST.has(last) &&
      MESSAGE_SAYS_CALL_BEFORE.test(s.slice(Math.max(0, a - MESSAGE_REACH), a))) ||
    CAMPAIGN_BEFORE.test(before) ||
    (institutionWordBefore(s, a) && INSTITUTION_BEFORE.test(before)) ||
    advertisedLine(s, a) ||
    CALLER_BEFORE.test(s.slice(Math.max(0, a - CALLER_REACH), a))
  );
}

/**
 * "Is 503-555-0188 your real fraud line?", "… (your number!)": the institution's own number,
 * named as theirs right after it, in a question or an aside ("503-555-0188, your phone rep
 * said …" stays the customer's).
 */
const INSTITUTION_AFTER =
  /^\)? (?:\(your (?:[a-z-]+ ){0,2}?(?:number|line|phone)\b|(?:(?:is|was) )?(?:(?:really|actually|still) )?(?:your (?:(?:own|real|actual|official|legit|correct|main|right) )?|the (?:real|actual|official|legit|correct|right) )(?:[a-z-]+ ){0,2}?(?:number|line|phone|hotline|helpline|department|dept)\b[^.!?\n]{0,24}\?)/i;
const INSTITUTION_AFTER_REACH = 64;

/**
 * "+503 2445-1890, es de la clínica", "…, that's the hospital's number": a place's number, named
 * as the place's right after it.
 */
const PLACE_AFTER =
  /^,? (?:(?:que|y) )?es (?:de|del) (?:la |el )?(?:cl[ií]nica|hospital|consultorio|farmacia|oficina|escuela|colegio|empresa|tienda|asilo|residencia)\b|^,? (?:that['’]?s|thats|it['’]?s|its|which is) (?:the|their) (?:clinic|hospital|doctor|pharmacy|office|school|nursing home|care home|shop|store)(?:['’]s)?\b/i;

/** "+94 11 … is the branch", "… is your helpline?": the institution's number, named so right after it. */
const INSTITUTION_NAMED_AFTER =
  /^ (?:is|was) (?:the|your) (?:bank|branch|branch office|head office|helpline|hotline|call cent(?:er|re))(?:['’]s)?\b/i;

/** Whether the phone number ending at `b` is said, right after it, to be the institution's or a place's. */
export function institutionAfter(s: string, b: number): boolean {
  const c = codeAt(s, b);
  if (c === 44) return PLACE_AFTER.test(s.slice(b, b + 40));
  if (c !== 32 && c !== 41) return false;
  return (
    INSTITUTION_AFTER.test(s.slice(b, b + INSTITUTION_AFTER_REACH)) ||
    INSTITUTION_NAMED_AFTER.test(s.slice(b, b + 40)) ||
    PLACE_AFTER.test(s.slice(b, b + 40))
  );
}

/**
 * "… 1188 Industrial Way in Reno. That is NOT my address", "…, not mine": disowned right
 * after, by a word pointing back at it ("but the phone was not mine" is about another).
 */
const DISOWNED_AFTER =
  /^(?:[^\n]{0,40}?\b(?:that|this|which|it)(?: address| one)?(?: is not| was not|'s not|’s not| isn't| wasn't| isn’t| wasn’t| isnt| wasnt)|[ ,;:(-]{1,3}not) (?:mine|my (?:address|number|phone|email|home))\b/i;
const AFTER_REACH = 64;

/**
 * "el viejo era 580-… (ya no es mío)", "… — no longer mine": a number the customer says is no
 * longer, or never was, theirs, right after it.
 */
const PHONE_DISOWNED_AFTER =
  /^ ?[(,;—–-]? ?(?:(?:ya )?no es m[ií]o|(?:it['’]?s |that['’]?s )?(?:not|no longer) mine|(?:ce )?n['’]est (?:plus )?(?:pas )?(?:le )?mien|(?:que )?(?:es|é) (?:el (?:m[oó]vil|cel(?:ular)?|n[uú]mero|tel[eé]fono) |o (?:celular|n[uú]mero|telefone) )?(?:de|d[ao]) (?:mi|la|el|minha|meu|a|o) (?!casa\b|trabajo\b|oficina\b|negocio\b|empresa\b|trabalho\b|escrit[oó]rio\b|loja\b)\p{L})/iu;

/**
 * round 26: "… WhatsApp +1 438 555 0110. That's NOT them", "… call 701-555-0199. IT IS A SCAM":
 * said right after it not to be the institution's, or a scam, a number is an impostor's.
 */
const NOT_THEM_AFTER =
  /^["”]?[.!,?]? ?(?:(?:that|this|it)['’]?s|thats|its|(?:that|this|it) is) (?:not (?:them|you|you guys|the bank|your bank|the credit union|real|legit|the real [a-z]+)|a scam|a fake|fake)\b/i;

/** Whether the phone number ending at `b` is said, right after it, not to be (or no longer be) the customer's. */
export function phoneDisownedAfter(s: string, b: number): boolean {
  const c = codeAt(s, b);
  if (
    (c === 46 || c === 33 || c === 44 || c === 32 || c === 34 || c === 0x201d || c === 63) &&
    NOT_THEM_AFTER.test(s.slice(b, b + 40))
  )
    return true;
  if (c !== 32 && c !== 40 && c !== 44 && c !== 59 && c !== 0x2014 && c !== 0x2013 && c !== 45)
    return false;
  return PHONE_DISOWNED_AFTER.test(s.slice(b, b + 32));
}

/**
 * round 25: "100 Federal St, it's on your own website": a contact point said to be published by
 * the institution, right after it, is the institution's.
 */
const YOURS_AFTER =
  /^[ ,;.—–-]{0,3}(?:(?:it|that)['’]?s|it is|that is|which is|as it says|like it says) (?:right )?(?:on|in) (?:your|ur) (?:own )?(?:website|web site|site|app|letterhead)\b/i;

/** Whether the contact point ending at `b` is said, just after it, to be on the institution's own website. */
export function publishedAfter(s: string, b: number): boolean {
  return YOURS_AFTER.test(s.slice(b, b + AFTER_REACH));
}

/** Whether the contact point ending at `b` is said, just after it, not to be the customer's. */
export function disownedAfter(s: string, b: number): boolean {
  return DISOWNED_AFTER.test(s.slice(b, b + AFTER_REACH));
}

/**
 * A call to action right before the value, naming no "me" or "my" ("my whatsapp …" is the
 * customer's): "Call …", "or text …",
 * "Contact Mr. Williams at …", "Message Coach Brenda on WhatsApp …", "Escríbeme al WhatsApp …",
 * Portuguese "chama no zap …" (call on WhatsApp), Swahili "piga …" (call).
 */
const CALL_TO_ACTION =
  /(?<!\b(?:my|mi|our) )\b(?:call|text|contact|message|msg|whatsapp|telegram|escr[ií]beme|ll[aá]mame|ll[aá]manos|llama al|ll[aá]menos|dm|email us|e-mail us|write to|visit us|find us|stop by|chama|chame|piga)\b(?:(?! me\b| my\b| mine\b)(?:[^.!?\n]|(?<=\b(?:mr|mrs|ms|dr))\.)){0,32}$/i;
/**
 * round 24: "Text me at 555-0123 for a free consult" (round 25: "Contact me on …"), in a post holding a scam offer's words
 * and naming nothing of the writer's own ("my …": "a work from home scam took my savings,
 * call me at …" is a customer's): the advertiser's "me".
 */
const CALL_ME =
  /\b(?:call|text|message|msg|dm|whatsapp|email|e-mail|contact|reach) me(?: (?:at|on|@|via))?:? ?$/i;
const OWN_CONTACT_WORDS = /\b(?:my|mine|mi)\b/i;
/** How far around the contact the writer's "my" is looked for (an advert is short). */
const OWN_WORDS_REACH = 400;

/**
 * "EARN $5,000 WEEKLY from home … Message Coach Brenda on WhatsApp +1 …", "Need a loan
 * fast?? No credit check! … or text 555-…": in a post holding a scam offer's words, a
 * phone number or email address right after a call to action is the advertiser's
 * ("phone: …", "send it to …", "contact me: …" stay the customer's).
 */
export function advertisedContact(st: DetectionState, a: number): boolean {
  if (!st.advertises()) return false;
  const before = st.s.slice(Math.max(0, a - BEFORE_REACH), a);
  return (
    CALL_TO_ACTION.test(before) ||
    CALL_TO_ACTION_ABROAD.test(before) ||
    (CALL_ME.test(before) &&
      !OWN_CONTACT_WORDS.test(st.s.slice(Math.max(0, a - OWN_WORDS_REACH), a + OWN_WORDS_REACH)))
  );
}

/**
 * round 19: the same calls to action in the languages of continental Europe and the Middle
 * East, addressed to the reader ("Scrivi al …", "escríbenos al …", "Zadzwoń …", "Volejte …",
 * "App ons: …", "Contactez Mme … sur WhatsApp …", "Ruf an …", "arayın", "تواصل واتساب …",
 * "וואטסאפ …"); letters of any script bound the words.
 */
const CALL_TO_ACTION_ABROAD =
  /(?:^|[^\p{L}])(?:scrivi(?:ci)?|chiama(?:ci)?|escr[ií]b(?:enos|anos)|ll[aá]m(?:anos|enos)|zadzwo[nń]|napisz|volejte|napi[sš]te|app ons|bel ons|contactez|appelez|ruf(?: uns)? an|schreib(?:en sie)?(?: uns)?|aray[ıi]n|yaz[ıi]n|تواصل|اتصل|راسلنا|واتساب|וואטסאפ|התקשרו)(?![\p{L}])[^.!?\n]{0,32}$/iu;

/**
 * A third party's phone named right before the number, by an owner phrase: "the receiver's
 * phone is", "the scammer's is", "her number not mine",
 * "teléfono del beneficiario", "numéro du destinataire". Not when the customer, an account
 * or a card is named between. A bare "her number is" stays: the customer may be asking to
 * be reached through a relative ("call my mom instead, her number is …"), and so does
 * "recipient phone for cash pickup is …", a form's field the customer fills in.
 */
const THIRD_PARTY_PHONE_BEFORE =
  /(?:\b(?:receiver|recipient|beneficiary|payee)['’]s (?:phone|mobile|cell|whatsapp|mobile money|momo)(?![a-z])|\b(?:scammer|fraudster)(?:['’]s|s? (?:phone|number|line|mobile|cell))(?![a-z])|\b(?:her|his|their) (?:own )?(?:phone |mobile |cell )?number,? not mine\b|\b(?:tel[eé]fono|celular|n[uú]mero|num[eé]ro|t[eé]l[eé]phone|portable) (?:del|de la|du|de l['’]|da|do) (?:beneficiari[oa]|destinatari[oa]|b[eé]n[eé]ficiaire|destinataire))(?:(?!\b(?:my|me|i|mi|mon|ma|account|acct|card|iban|cuenta|compte)\b|\bmine(?: is|['’]s))[^.!?\n]){0,40}$/i;
const THIRD_PARTY_REACH = 72;

/**
 * A relative's mobile-money wallet, the number money is sent to: "my brother's M-Pesa number
 * +254 …", "Namba yake ya M-Pesa ni …" (his M-Pesa number is), "ammu ke 01712-… number e"
 * (to mum's number, Bengali in Latin letters), "mummy ko 98…" (Hindi). A payee's, not the
 * customer's.
 */
const PAYEE_PHONE_BEFORE =
  /(?:\b(?:brother|sister|mother|mom|mum|mama|father|dad|papa|son|daughter|cousin|uncle|aunt|auntie|nephew|niece|grandma|grandmother|grandpa|grandfather|friend|wife|husband|landlord)['’]s (?:m-?pesa|mobile money|momo|bkash|nagad|gcash|easypaisa|jazzcash|zelle|venmo|cash ?app|paytm|upi|wallet)(?: (?:number|no|nr|account|phone))?(?: (?:is|was))?|\b(?:namba|nambari) (?:yake|yao) ya (?:m-?pesa|simu|tigo ?pesa|airtel money)(?: ni)?|\b(?:ammu|abbu|amma|abba|ammi|bhai|bhaiya|apu|didi|dada|mama|chacha|khala|mummy|papa|maa)(?: ?ke| ko))(?: at| on)?:? ?\(?\+?$/i;

/**
 * "sent my rent via P2P to 704-… instead of 704-…", "Zelle'd $300 to …": a phone number money
 * was sent to, a payee's. Asked only of a number read as a phone (an account money is sent to
 * stays one). "the code was sent to 704-…" names no money and stays the customer's; so does
 * "sent $50 to my number …". "get paid on Cash App, deposits go to …" is money coming in.
 * A fee sent to a number is a payee's too: "Send Ksh 500 registration fee to 0711 …", Tagalog
 * "send lang 500 processing fee sa 0905 …" ("sa": to).
 */
const MONEY_SENT_TO_BEFORE =
  /\b(?:sent|send|sending|transferred|wired|zelle['’]?d|venmo['’]?d|zelled|venmoed)\b(?:(?!\b(?:code|otp|link|text|texts|sms|message|pin)\b)[^.!?\n]){0,48}(?:\$ ?\d|\b(?:rent|money|cash|funds|payment|p2p|zelle|venmo|cash ?app|m-?pesa|bkash|gcash|mobile money|momo|fees?)\b)(?:(?!\b(?:my|mine|me)\b)[^.!?\n]){0,32}\b(?:to|instead of|rather than|sa)(?: at| on)?:? ?\(?\+?$/i;

/** "…, thats my own number on my other bank": the number money was sent to is the customer's own. */
const OWN_NUMBER_AFTER =
  /^[^.!?\n]{0,24}?\b(?:that['’]?s|thats|it['’]?s|its|which is|is) (?:also )?my (?:own |other |personal )?(?:number|phone|cell|mobile)\b/i;

/**
 * round 24: "i sent money to the wrong person. typed 770-…-0193 instead of 770-…-0139": in a
 * post about money sent to the wrong person, the numbers typed are payees'.
 */
const TYPED_BEFORE =
  /(?:\b(?:typed|entered|put in|put)(?: in)?(?: the)?(?: (?:number|phone|phone number))?|\binstead of|\bthe (?:number|phone number|phone) (?:i|we) (?:typed|entered|put in|used)(?: in)? (?:was|is)):? ?$/i;
/** How far before a typed number the money sent to the wrong person is told. */
const WRONG_RECIPIENT_REACH = 160;
const WRONG_RECIPIENT =
  /\b(?:sent|paid|went|sending)\b[^.!?\n]{0,40}\bwrong (?:person|recipient|guy|people|(?:phone )?number)\b/i;

/** Whether the phone number at `a`..`b` is one the customer sent money to (a payee's), and not said to be their own. */
export function moneySentToPhone(s: string, a: number, b: number): boolean {
  const before = s.slice(Math.max(0, a - THIRD_PARTY_REACH), a);
  return (
    (MONEY_SENT_TO_BEFORE.test(before) ||
      (TYPED_BEFORE.test(before) &&
        WRONG_RECIPIENT.test(s.slice(Math.max(0, a - WRONG_RECIPIENT_REACH), a)))) &&
    !OWN_NUMBER_AFTER.test(s.slice(b, b + 56))
  );
}

/**
 * "I sent $650 to someone selling a puppy and now they blocked me. Their number was …": a
 * number told in the past as "their" or "his", in a post about someone the customer dealt
 * with (a seller, a caller, a scammer). "call my mom, her number is …" stays the customer's.
 */
const PRONOUN_PHONE_WAS_BEFORE =
  /\b(?:their|his) (?:phone |cell |mobile )?(?:number|phone|cell)(?: number)? was:? ?$/i;
const SOMEONE_ELSE =
  /\b(?:someone|somebody|a guy|the guy|a seller|the seller|a buyer|the buyer|caller|scam(?:mer)?s?|fraudsters?|hackers?|impost[eo]rs?|they (?:blocked|called|texted|said|took|stole|ghosted))\b/i;
/**
 * round 24: "somebody called me … saying it was your fraud department … the number was 814-…",
 * "Got a call today from "Medicare" … Number was (202) …": the number a call came from, told
 * after the call ("T-Mobile ported my number to someone else … Number was 917-…" stays the
 * customer's: no call is told).
 */
const THE_NUMBER_WAS_BEFORE = /(?:\bthe |(?:^|[.!?] ))(?:phone )?number was:? ?$/i;
const CALL_TOLD =
  /\b(?:(?:got|had|received|get) a (?:call|text|voicemail)|(?:a|the) (?:call|text|voicemail) (?:from|saying|claiming)|(?:somebody|someone|they|he|she|a (?:guy|man|woman|lady)) (?:called|texted|rang)(?: me)?)\b/i;

/**
 * 'got a call from "credit union security" (number was 512-…)', "a text from the bank (the
 * number is …)": the caller's number, in brackets after the call it came with.
 */
const CALLERS_NUMBER_BEFORE =
  /(?:\b(?:calls?|called|calling|texts?|texted|texting|voicemails?|sms|messages?) from\b|\b(?:got|get|getting|received) (?:a |an |this |these |the )?(?:[a-z]+ )?(?:calls?|texts?|voicemails?|sms)\b)[^.!?\n()]{0,80}\((?: ?the)? ?(?:number|phone|#|from)(?: number)?(?: (?:was|is))?:? ?$/i;

/**
 * "the tradie who came is Dave 0412 …", "the plumber your insurer sent (number 07700 …)", "the
 * electrician gave me his number 07700 …", "he's 0432 … if you need to ring him", "the guy who
 * rang me was on +44 …", "someone called pretending to be the bank, number was 0161 …": a
 * tradesperson's or a caller's number, named as theirs before it.
 */
const TRADES = String.raw`(?:tradie|tradesman|tradesperson|builder|plumber|electrician|roofer|handyman|locksmith|painter|contractor|assessor|loss adjuster|adjuster|engineer|technician|mechanic|repairman|repair guy|lawyer|attorney|realtor|accountant|tax preparer|notary|landlord|landlady|property manager)`;
const SOMEONE_ELSES_NUMBER_BEFORE = new RegExp(
  String.raw`(?:\b(?:${TRADES}|friend|neighbou?r|coworker|co-worker)['’]s (?:phone |cell |mobile |office )?(?:number|phone|cell|mobile|line)(?: (?:is|was))?:? ?|\b(?:the|a|our|my|your) ${TRADES}\b[^.!?\n]{0,48}(?:\((?:the )?(?:number|phone|mobile|mob|ph)(?: (?:is|was))?:? ?|\b(?:is|was) (?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+,? ?(?:on )?\(?|\b(?:his|her|their) (?:number|phone|mobile|mob|cell)(?: (?:is|was))?:? ?)|\b(?:gave|sent|left|texted)(?: me| us)? (?:his|her|their) (?:number|phone number|mobile|mobile number|cell|cell number|mob)(?: (?:is|was))?:? ?|\b(?:guy|man|woman|lady|bloke|caller|someone|somebody|person|scammer|he|she|they)\b (?:who|that) (?:rang|called|texted|phoned|rung)(?: me| us)?(?: (?:was|is))?(?: (?:on|from))?:? ?|\b(?:someone|somebody|a man|a guy|a woman|a lady|a bloke|scammers?)\b (?:called|rang|phoned|texted)\b[^.!?\n]{0,60}\bnumber (?:was|is)(?: from)?:? ?)$`,
  'i',
);
/** "he's 0432 … if you need to ring him": a number given as his or hers, then asked to be rung as theirs. */
const HE_IS_BEFORE = /\b(?:he|she)['’]?s (?:on )?$/i;
const RING_HIM_AFTER =
  /^\+?[\d ()-]{7,20}[^.!?\n]{0,32}\b(?:ring|call|text|phone|reach|contact) (?:him|her)\b/i;
/**
 * '"call us on 0345 …"', "the letter says ring us on …": the institution's own line, quoted
 * ("Ring us on 07700 …" unquoted is a family's).
 */
const CALL_US_BEFORE =
  /(?:["'“‘]|\b(?:says?|said|saying|told me|tells you|reads?|website|site|letter|email|text|message|ad)\b[^.!?\n]{0,16}?)(?:please |just )?(?:call|ring|phone|contact|text|reach) us (?:on|at)? ?:? ?["'“]?$/i;

/**
 * round 21: "me hablaron de un número 55 …", "están llamando … desde el 601 …", "me ligaram do
 * 11 …": in Spanish and Portuguese, the number a caller rang or wrote from.
 */
const CALLED_FROM_BEFORE =
  /\b(?:hablaron|llamaron|marcaron|escribieron|(?:(?:me )?(?:est[aá]n|siguen|estuvieron)|est[aã]o|ficam) (?:me )?(?:llamando|marcando|ligando)|textearon|ligaram|mandaron (?:un )?(?:mensaje|sms|whats(?:app)?)|mandaram (?:uma )?(?:mensagem|sms))(?: (?:a mi|al m[ií]o|para mim|pra mim|me|nos))?(?: [^.!?\n\d]{0,40})? (?:de|del|desde|do|da)(?: (?:el|un|o|um))?(?: (?:n[uú]mero|tel[eé]fono|cel(?:ular)?|telefone))?:? ?$/i;

/** Words one of CALLERS_NUMBER_BEFORE, SOMEONE_ELSES_NUMBER_BEFORE, CALL_US_BEFORE or HE_IS_BEFORE needs. */
const NAMING_WORDS = new RegExp(
  String.raw`number|phone|mobile|\bmob\b|\bcell|gave|sent|left|texted|rang|rung|called|calls?\b|texts?\b|voicemail|sms|message|\bus\b|\b(?:he|she)['’]?s\b|${TRADES}`,
  'i',
);

/**
 * round 24: "the body shop (Collision King, 813-…)", "Our travel agent (Gloria, gloria@…,
 * 305-…)": a business or a professional the customer deals with, its name and contacts in
 * brackets right after it.
 */
const BRACKETED_AFTER_THIRD_PARTY = new RegExp(
  String.raw`\b(?:the|our|my|a|an|his|her|their) (?:body shop|repair shop|auto shop|shop|garage|tow yard|towing company|dealership|dealer|travel agent|travel agency|tax preparer|tax guy|tax lady|accountant|cpa|lawyer|attorney|realtor|title company|landlord|landlady|property manager|leasing office|vet|doctor|dentist|pharmacy|clinic|hospital|${TRADES})\s?\((?:[^()\n]{0,72}?[,;] ?)?$`,
  'i',
);

/** Whether the contact at `a` is written in brackets after a business or professional the customer deals with. */
export function bracketedAfterThirdParty(s: string, a: number): boolean {
  // The bracket opens at most 72 characters (and the two after it) before the contact.
  let open = a - 1;
  while (open >= 0 && a - open <= BRACKET_REACH && codeAt(s, open) !== 40) open--;
  if (open < 0 || a - open > BRACKET_REACH) return false;
  return BRACKETED_AFTER_THIRD_PARTY.test(s.slice(Math.max(0, open - 40), a));
}
const BRACKET_REACH = 75;

/**
 * Words one of thirdPartysPhoneBefore's or othersPhoneBefore's phrases needs, read once over the
 * whole post (DetectionState.mentions): a post holding none of them names no number as another's,
 * and its numbers skip those patterns (a post of thousands of numbers asks for each). Wider than
 * the phrases ("her" is also in "other"): it only gates them.
 */
export const PHONE_OWNER_WORDS = new RegExp(
  [
    // THIRD_PARTY_PHONE_BEFORE
    String.raw`receiver|recipient|beneficiar|payee|scammer|fraudster|mine|fono|celular|n[uú]m[eé]ro|phone|portable`,
    // PAYEE_PHONE_BEFORE
    String.raw`pesa|mobile|momo|bkash|nagad|gcash|easypaisa|jazzcash|zelle|venmo|cash|paytm|upi|wallet|namba`,
    String.raw`ammu|abbu|amma|abba|ammi|bhai|apu|didi|dada|mama|chacha|khala|mummy|papa|maa`,
    // CALLED_FROM_BEFORE
    String.raw`hablaron|llamaron|marcaron|escribieron|llamando|marcando|ligando|textearon|ligaram|mandaron|mandaram`,
    // BRACKETED_AFTER_THIRD_PARTY and OTHERS_PHONE_BEFORE
    String.raw`shop|garage|tow|dealer|travel|tax|accountant|cpa|lawyer|attorney|realtor|title|landl|property`,
    String.raw`leasing|vet|doctor|dentist|pharmacy|clinic|hospital|pediatrician|therapist|store|seller|agen`,
    String.raw`adjuster|school|solicitor|impound|storage|at the|gave|left|sent|texted|calling|texting`,
    String.raw`ringing|phoning|fax|office|department|dept|number|cell|line|his|her`,
    TRADES,
    // NAMING_WORDS (the rest of thirdPartysPhoneBefore)
    NAMING_WORDS.source,
  ].join('|'),
  'i',
);

/**
 * round 28: "my attorney Dale Combs will be calling … his number is 606-…", "send it to my
 * mortgage company, their fax is …", "My lawyer is Greg Pataki, reach him at gpataki@… or (503)
 * …": a professional or a business the post names, then their number as "his", "her" or
 * "their", or as where to reach them. "call my mom, her number is …" stays the customer's
 * household's (no professional is named).
 */
/** Payees a post names by role, besides the trades (TRADES). */
const PAYEES = String.raw`(?:roommate|tenant|supplier|vendor|employee)`;
const PRONOUN_CONTACT_BEFORE =
  /(?:\b(?:his|her|their) (?:office |cell |phone |mobile |direct |work )?(?:number|phone|cell|fax|line|#|contact|e-?mail(?: address)?)(?: number)?(?: (?:is|was))?|\b(?:his|her|their) (?:[a-z]+ )?(?:number|phone)\b[^.!?\n]{0,40}\band (?:e-?mail|email address)(?: (?:is|was))?|\b(?:reach|call|text|contact|ring|email) (?:him|her|them) (?:at|on)\b(?:[^.!?\n]|\.(?=\S)){0,60}?(?:\bor|,))[ :]*\(?$/i;
const PROFESSIONAL_NAMED = new RegExp(
  String.raw`\b(?:my|our|the|a|an|his|her|their) (?:[a-z]+ )?(?:${TRADES}|${PAYEES}|new hire|seller|buyer|mortgage company|insurance company|title company|finance company|escrow company|company|insurance agent|agent|broker|doctor|dentist|vet|shop|dealer(?:ship)?|bookkeeper|employer|boss|hr department|property management|management company|law firm|firm|pharmacy|hospital|clinic)\b`,
  'i',
);
const PROFESSIONAL_REACH = 240;
const JOINT = /\bjoint\b/i;
/** "fax it to him at …", "faxed to the title office at …": a fax number the customer sends to. */
const FAX_TO_BEFORE =
  /\bfax(?:ed|ing)?(?: (?:it|this|them|that|these|the [a-z]+))?(?: (?:over )?to (?!me\b|us\b)[a-z]+(?: [a-z]+){0,2})? (?:at|on|to)[ :]*\(?$/i;

/**
 * Whether the phone number or email address starting at `a` (`before`: the text right before
 * it) is a named professional's, payee's or business's, or a fax the customer sends to.
 */
function namedProfessionalsContact(s: string, a: number, before: string): boolean {
  if (
    FAX_TO_BEFORE.test(before) ||
    PROFESSIONAL_NAMED_BEFORE.test(before) ||
    PROFESSIONALS_IS_BEFORE.test(before)
  )
    return true;
  if (!PRONOUN_CONTACT_BEFORE.test(before)) return false;
  const earlier = s.slice(Math.max(0, a - PROFESSIONAL_REACH), a);
  // "my roommate and I opened a joint account, her email is …": an owner of the account.
  return PROFESSIONAL_NAMED.test(earlier) && !JOINT.test(earlier);
}

/** Whether the phone number starting at `a` is a third party's, named by an owner phrase before it. */
export function thirdPartysPhoneBefore(s: string, a0: number): boolean {
  // "was on +44 20 …", "(number +61 …": the sign opens the number; so does the bracket of
  // "Number was (202) 555-…" when the number is read from its digits.
  let a = codeAt(s, a0 - 1) === 43 ? a0 - 1 : a0;
  if (codeAt(s, a - 1) === 40 && codeAt(s, a + 3) === 41) a--;
  const before = s.slice(Math.max(0, a - THIRD_PARTY_REACH), a);
  if (
    THIRD_PARTY_PHONE_BEFORE.test(before) ||
    bracketedAfterThirdParty(s, a) ||
    PAYEE_PHONE_BEFORE.test(before) ||
    CALLED_FROM_BEFORE.test(before) ||
    namedProfessionalsContact(s, a, before)
  )
    return true;
  // One flat test of the words the phrases below need, before their costlier patterns (a post
  // of thousands of numbers asks for each).
  const wide = s.slice(Math.max(0, a - 96), a);
  if (!NAMING_WORDS.test(wide)) return false;
  return (
    CALLERS_NUMBER_BEFORE.test(before) ||
    SOMEONE_ELSES_NUMBER_BEFORE.test(wide) ||
    CALL_US_BEFORE.test(before) ||
    (HE_IS_BEFORE.test(before) && RING_HIM_AFTER.test(s.slice(a, a + 64))) ||
    (PRONOUN_PHONE_WAS_BEFORE.test(before) &&
      SOMEONE_ELSE.test(s.slice(Math.max(0, a - 240), a))) ||
    (THE_NUMBER_WAS_BEFORE.test(before) && CALL_TOLD.test(s.slice(Math.max(0, a - 240), a)))
  );
}

/**
 * "Sender was x@…", "the sender's address is x@…", "the guy's email was x@…": a message's
 * sender, or a stranger named as the address's owner, not the customer.
 */
const SENDER_BEFORE =
  /(?:\bsender(?:['’]s (?:address|email))?|\b(?:guy|man|woman|lady|caller|scammer|fraudster|hacker|seller|buyer|stranger|imposter|impostor)['’]s e-?mail(?: address)?)(?: (?:was|is))?:? ?$/i;

/**
 * "My agent's email is x@…", "my landlord's email is x@…", "el correo de mi abogado es x@…":
 * a professional acting for the customer, or a landlord, employer or school, named as the address's owner, is a third party. A relative's address is
 * not one of them ("her email …" after "add my wife as joint" is an owner's on the account).
 * round 26: so is "my accountant at …", "my landlord at …"; and an address corrected away
 * ("my email is a@… not b@…").
 */
const PROFESSIONAL_BEFORE =
  /\b(?:agent|lawyer|attorney|accountant|cpa|caseworker|case worker|realtor|broker|bookkeeper|paralegal|advisor|adviser|landlord|landlady|property manager|employer|boss|school|college|university|contractor|doctor|dentist|teacher|professor|tutor|coach)['’]?s (?:e-?mail|email address|e-mail address)(?: (?:is|was))?:? ?$|\b(?:landlord|landlady|property manager|leasing office|lawyer|attorney|realtor|contractor)(?: e-?mail| email address| e-mail address)(?: (?:is|was))?:? ?$|\b(?:correo|email|e-mail|mail) de (?:mi|nuestro) (?:abogad[oa]|contador[a]?|agente|asesor[a]?|gestor[a]?)(?: es)?:? ?$|\b(?:e-?mail|courriel|adresse) de (?:mon|notre) (?:avocat|comptable|agent|conseiller)(?: est)?:? ?$|\b(?:my|our|the|his|her) (?:accountant|cpa|tax preparer|bookkeeper|lawyer|attorney|landlord|landlady|property manager|realtor|financial advisor|financial adviser) at $|@[a-z0-9.-]+\.[a-z]{2,},? (?:and )?not $/i;

/**
 * "the scammer's number was … and their email was x@…": "their", "his" or "her" address, with a
 * wrongdoer named earlier in the same sentence.
 */
const PRONOUN_EMAIL_BEFORE = /\b(?:their|his|her) e-?mail(?: address)? (?:was|is):? ?$/i;
const WRONGDOER =
  /\b(?:scammers?|fraudsters?|hackers?|impost[eo]rs?|thie(?:f|ves)|con ?artists?|the caller)\b/i;

/**
 * round 27: "email the 1099 to my accountant, Harold Finch CPA, hfinch@…": a professional named,
 * then the name, then the address.
 */
const PROFESSIONAL_NAMED_BEFORE =
  /\b(?:my|our) (?:accountant|cpa|tax preparer|bookkeeper|lawyer|attorney|realtor|financial advisor|financial adviser|landlord|landlady|property manager),? (?:[A-Z][a-z]+\.? ){0,2}[A-Z][a-z]+,? (?:CPA,? |Esq\.?,? )?(?:at |on )?$/;
/** round 28: "my number is … and my landlord's is 808-…": a payee's or professional's, by the word "is" alone. */
const PROFESSIONALS_IS_BEFORE = new RegExp(
  String.raw`\b(?:${TRADES}|${PAYEES})['’]s (?:is|was):? ?$`,
  'i',
);

/**
 * round 28: 'I got this email "from you" … From: x@…', "the email was x@…" or "the email
 * address was weird (x@…" in a post about a scam or a phishing message: the message's sender.
 */
const MESSAGE_FROM_BEFORE =
  /(?:(?:^|\n|[.!?"“] ?)from: ?|\bthe e-?mail(?: address)? (?:was|is|came from)(?: (?:weird|fake|sketchy|suspicious|off|strange|wrong))?(?: \()?:? ?)$/i;
const SCAM_TOLD =
  /\b(?:scam|phish|fake|fraud|supposedly|pretend|weird|suspicious|spoof|is (?:it|this) real|click(?:ed)?|link)/i;
const SCAM_TOLD_REACH = 240;

/** Whether the email address starting at `a` is a message's sender's, a professional's or a wrongdoer's. */
export function anotherPersonsEmailBefore(s: string, a: number): boolean {
  const before = s.slice(Math.max(0, a - BEFORE_REACH), a);
  if (
    MESSAGE_FROM_BEFORE.test(before) &&
    SCAM_TOLD.test(s.slice(Math.max(0, a - SCAM_TOLD_REACH), a))
  )
    return true;
  if (namedProfessionalsContact(s, a, before)) return true;
  return (
    SENDER_BEFORE.test(before) ||
    PROFESSIONAL_BEFORE.test(before) ||
    PROFESSIONAL_NAMED_BEFORE.test(before) ||
    (SEND_YOURS_LAST.has(wordBeforeContact(s, a)) &&
      SEND_YOURS_TO_BEFORE.test(s.slice(Math.max(0, a - SEND_YOURS_REACH), a))) ||
    bracketedAfterThirdParty(s, a) ||
    (PRONOUN_EMAIL_BEFORE.test(before) && WRONGDOER.test(sentenceBefore(s, a, 120)))
  );
}

/**
 * "Nursing home's address is 1400 Elm St", "the hospital at 12 Oak Ave", (round 23) "the claims
 * office at 200 Main St", "your legal department at 1 … Plaza", (round 21) "I mailed my
 * payment to 1400 Commerce Pkwy, …": an address an owner phrase gives to a place other than the customer's home (an institution, an office, a
 * station); not when the customer lives there ("she lives at the nursing home at …", "i moved to the
 * nursing home at …").
 */
const OWNED_BY_OTHERS_BEFORE =
  /(?:\b(?:nursing home|care home|care facility|assisted living|hospital|hospice|facility|station|firehouse|office|branch|clinic|school|church|shelter|employer|company|landlord|lawyer|attorney|agency)(?:['’]s)? (?:(?:mailing|street|physical|billing) )?address(?: (?:is|was))?:?|\b(?:mailed|sent|posted|overnighted|fedexed|fed-exed|dropped off|hand delivered)(?: in)? (?:my|the|a|our) (?:(?:monthly|last|final|loan|car|mortgage|insurance) )?(?:payments?|checks?|cheques?|payoff|money orders?|dispute letters?|letters?|forms?|paperwork|documents?)(?: in)? to|(?<!\b(?:lives?|living|stays?|staying|moved|moving|resides?|residing) (?:at|in|into|to) )\b(?:the|that) (?:nursing home|care home|hospital|hospice|station|firehouse|clinic|school|church|shelter|branch|office)(?: (?:is|was))? (?:at|on)|\b(?:the|your|their) (?:claims|legal|corporate|head|main|payment|payments|loan|servicing|mortgage|collections) (?:office|department|dept|center|centre)(?: (?:is|was))? (?:at|on)) $/i;
const OWNED_BY_OTHERS_REACH = 72;

/** Whether the address starting at `a` is given to a place other than the customer's home. */
export function addressOfAnotherPlaceBefore(s: string, a: number): boolean {
  return OWNED_BY_OTHERS_BEFORE.test(s.slice(Math.max(0, a - OWNED_BY_OTHERS_REACH), a));
}

/**
 * "The phone they used was …", "my number is …, his is …", "the dealership's phone is …",
 * "someone gave me 808-…", "someone is calling from 202-… pretending to be the bank",
 * "shop number …", "Agent at the Mobile AL office (…", "the dealership fax is …", "Tow yard #
 * …": a phone a third person used or a
 * business other than the customer's is named by, right before the number. "my shop number"
 * and "our office (…" stay the customer's; round 26: "my vet's number", "my lawyer's office
 * number" do not.
 */
const OTHERS_PHONE_BEFORE =
  /(?:\b(?:the )?(?:phone|number|cell|line) (?:they|he|she|the scammer|the seller|the caller) (?:used|gave(?: me)?|called from|texted from)(?: (?:is|was))?|(?:,|\band|\bbut|\bwhile) (?:his|hers|theirs|his one|her one) (?:is|was)|(?<!\b(?:my|our|mi|mon|ma) )\b(?:the |their |his |her )?(?:dealer(?:ship)?|shop|garage|body shop|repair shop|mechanic|store|seller|contractor|landlord|agent|agency|adjuster|lawyer|attorney|tow company|towing company|hospital|clinic|school|tradie|tradesman|builder|plumber|electrician|roofer|handyman|locksmith|painter|assessor|loss adjuster|solicitor|tow yard|tow lot|impound lot|impound yard|storage yard)(?:['’]s)? (?:phone|number|phone number|line|cell|mobile|fax|fax number|#)|\b(?:my|our) (?:vet|veterinarian|doctor|dentist|pediatrician|therapist|lawyer|attorney|accountant|landlord|landlady)['’]s (?:(?:office|cell|phone) )?(?:number|phone|line)|\b(?:agent|adjuster|rep|representative|lady|guy|man|woman|manager|someone) at the (?:[a-z]+ ){0,4}(?:office|branch|agency|dealership|shop|store)|\b(?:he|she|they|the (?:guy|man|woman|caller|scammer|seller|buyer))\b (?:gave|left|sent)(?: me| us)? (?:(?:a|the|his|her|their|this|that) )?(?:number|phone number|callback number|phone|cell)|\b(?:someone|somebody|a stranger|some (?:guy|man|woman|lady|dude)|a random (?:guy|man|woman|person|number))\b (?:gave|sent|texted|left)(?: me| us)?(?: (?:a|the|this|that) (?:number|phone number|callback number))?|\b(?:someone|somebody|scammers?|fraudsters?|people|a scammer|a fraudster)\b (?:is|are|keeps?|has been|have been) (?:calling|texting|ringing|phoning)(?: (?:people|everyone|members|customers|me|us|around))?(?: (?:from|using|on))?|\b(?:phone|number|phone number|line|fax)(?: number)? (?:of|for) (?:the|that|their) (?:dealer(?:ship)?|shop|garage|body shop|repair shop|mechanic|store|seller|contractor|landlord|agency|tow company|towing company|company|vendor|supplier)(?: (?:that|who|which) [^.!?\n]{1,32})?|\b(?:to|from|call|called|fax|faxed|phoned) (?:the|that|their) (?:[a-z]+ ){0,3}(?:office|agency|department|dept|dealership|shop|store|clinic)(?: in [A-Z][a-z]+(?: [A-Z][a-z]+)?)? (?:at|on)|\bfax(?:ed)?(?: (?:it|them|this|that))? to (?:the|that|their) (?:[a-z]+ ){0,3}(?:office|agency|department|dept)(?: (?:at|on))?|\b(?:someone|somebody|the hacker|a hacker|the scammer|scammers?|hackers?)\b[^.!?\n]{0,16}\b(?:changed|switched|updated|set)\b[^.!?\n]{0,24}\b(?:phone|number|cell|mobile)\b[^.!?\n]{0,16}\bto)(?: (?:is|was))?:? ?\(?$/i;
const OTHERS_PHONE_REACH = 72;

/** Whether the phone number starting at `a` is named by an owner phrase as a third party's or another business's. */
export function othersPhoneBefore(s: string, a: number): boolean {
  return OTHERS_PHONE_BEFORE.test(s.slice(Math.max(0, a - OTHERS_PHONE_REACH), a));
}

/**
 * "someone changed my email to …", 'pretending to be Pastor asking for … Zelle to "…"',
 * 'got an email from "…"', "emailed … twice", "Is your support email … or …": an address a
 * wrongdoer set or used, a message's sender, or the institution's, not the customer's.
 */
const OTHERS_EMAIL_BEFORE =
  /(?:\b(?:someone|somebody|the hacker|a hacker|the scammer|scammers?|hackers?)\b[^.!?\n]{0,16}\b(?:changed|switched|updated|set|reset)\b[^.!?\n]{0,24}\bto|\b(?:pretending|posing|claiming) (?:to be|as)\b[^.!?\n]{0,80}\bto|\be-?mails? from|\be-?mailed|\byour (?:[a-z]+ ){0,3}e-?mail(?: (?:address|is|was))?(?:[^!?\n]{1,48}\bor)?) ?["'“]?$/i;
const OTHERS_EMAIL_REACH = 120;

/**
 * round 25: "… my email is …. Roofer is bluestemroofing@…", "the roofer's email: …": a
 * tradesperson's or a landlord's address named by who they are (not "my …": that may be
 * the customer's own business).
 */
const TRADE_EMAIL_BEFORE = new RegExp(
  String.raw`(?:(?:^|[.!?\n]\s*)${TRADES}(?:['’]s)?|\b(?:the|their|his|her|our)\s+${TRADES}['’]s)(?: (?:e-?mail|address|e-?mail address))? ?(?:is|was|:)\s*$`,
  'i',
);

/** Whether the email address starting at `a` is a wrongdoer's, a sender's or the institution's. */
export function othersEmailBefore(s: string, a: number): boolean {
  const before = s.slice(Math.max(0, a - OTHERS_EMAIL_REACH), a);
  return OTHERS_EMAIL_BEFORE.test(before) || TRADE_EMAIL_BEFORE.test(before);
}

/**
 * "… came from x@… — that's her email but she doesn't use it", "… from x@…, which is mine": an
 * owning phrase right after the address gives it to the customer or the relative they write
 * for, whatever the words before said of the message it came in.
 */
const OWNED_AFTER =
  /^["'”)]?[ ,;:]{0,3}(?:[—–-] ?)?(?:(?:that|this|it)(?:['’]s| is| was)|thats|its|which (?:is|was)) (?:(?:my|her|his|our|their) (?:own |real |actual |personal |old |usual )?(?:e-?mail|email address|address|account)\b|mine\b)/i;
const OWNED_AFTER_REACH = 48;

/** Whether the contact point ending at `b` is said, right after it, to be the customer's or their relative's. */
export function ownedAfter(s: string, b: number): boolean {
  return OWNED_AFTER.test(s.slice(b, b + OWNED_AFTER_REACH));
}

/**
 * "Is claims@… you??", "is x@… really from you?", "… legit?": an address asked about right
 * after it, a sender the customer doubts, not their own.
 */
const ASKED_ABOUT_AFTER =
  /^["'”)]?(?:[.,]? (?:is|was) (?:that|this|it))? (?:really |actually |even )?(?:you|yours|from you|one of yours|your (?:e-?mail|address|team|bank)|legit|legitimate|genuine|real|fake|a scam)\b ?\?/i;

/** Whether the email address ending at `b` is asked about right after it ("… you??"). */
export function askedAboutAfter(s: string, b: number): boolean {
  const c = codeAt(s, b);
  if (c !== 32 && c !== 34 && c !== 39 && c !== 0x201d && c !== 41 && c !== 46 && c !== 44)
    return false;
  return ASKED_ABOUT_AFTER.test(s.slice(b, b + 40));
}

/**
 * "IBAN suo IT60 … — è il suo, non il mio", "his IBAN DE44 … (it's his, not mine)": an IBAN the
 * post gives to someone else and denies is the customer's, right after it.
 */
const SOMEONE_ELSES_AFTER =
  /^["'”)]?[ ,;:]{0,3}(?:[—–(-] ?)?(?:(?:(?:è|e['’]|e) (?:il|la) su[oa]|(?:it|that|this)(?:['’]s| is) (?:his|hers|theirs|(?:his|her|their) (?:own|iban|account))),? (?:(?:e|and|but) )?(?:non (?:(?:è )?(?:il|la) mi[oa])|not mine)\b|(?:to |ono |ten )?nie (?:jest )?(?:moje|mój|moj)(?: konto| iban| rachunek)?(?![a-ząćęłńóśźż])|(?:that['’]?s |it['’]?s |this is )?not my (?:own )?(?:account|iban)\b|(?:which|that|it|this) (?:(?:is|was) not|isn['’]?t|wasn['’]?t) mine\b|(?:that['’]?s|thats|it['’]?s|its) not mine\b|(?:ce )?n['’]est pas (?:le mien|mon (?:compte|iban))|(?:no es (?:la )?(?:m[ií]a|mi cuenta|mi iban))|(?:das ist )?nicht (?:meins|mein (?:konto|iban)))/i;
const SOMEONE_ELSES_REACH = 56;

/**
 * "the vendor sent us a new IBAN GB…", 'Ο "προμηθευτής" μου έστειλε νέο IBAN GR…' (read with its accents dropped), "dostawca
 * przysłał nowy numer konta PL…": a new IBAN someone else sent the customer to pay into, the
 * shape of a payee's changed bank details, not the customer's own; and 'the IBAN the "landlord"
 * gave me', the IBAN a party in quotes or a wrongdoer gave ("the IBAN they gave me" is the one
 * the customer asks about and stays found). "I sent you my new IBAN" stays the customer's.
 */
const SENT_NEW_IBAN_BEFORE =
  /(?:\b(?:sent|gave|emailed|texted) (?:me|us) (?:a |an |their |his |her )?new (?:iban|bank details|account(?: number)?)|\bthe (?:iban|bank details|account(?: number)?) the (?:["“'][a-z]+["”']|scammer|fraudster|hacker|thief|impost[eo]r) (?:gave|sent|texted|emailed) (?:me|us)|(?:μου|μας) (?:εστειλε|εδωσε|εστειλαν|εδωσαν) (?:ενα |το )?νεο (?:IBAN|λογαριασμο)|\b(?:przysłał|przysłała|wysłał|wysłała|podał|podała)(?: mi| nam)? (?:nowy|nowe) (?:iban|numer konta|konto|rachunek)|\b(?:me|nos) (?:envi[oó]|mand[oó]|pas[oó]|dio) (?:un |una |el |su )?nuev[oa] (?:iban|cuenta|n[uú]mero de cuenta)|\bm['’]a (?:envoy[eé]|donn[eé]) (?:un |son )?nouvel? (?:iban|rib|compte)|\b(?:mi|ci) ha (?:mandato|inviato|dato) (?:un |il )?nuovo (?:iban|conto)|\b(?:hat )?(?:mir|uns) (?:eine |seine |ihre )?neue (?:iban|kontonummer|bankverbindung)(?: geschickt| gesendet)?)(?: (?:is|was|to|é|è|ist))?:? ?$/i;

/**
 * "paid €27,000 to a fraudster's account DE89 …", "IBAN ya mtumaji ni DE12 …" (Swahili: the
 * sender's IBAN): an IBAN named right before it as a wrongdoer's, a sender's or a receiver's.
 */
const OTHERS_IBAN_BEFORE =
  /(?:\b(?:scammer|fraudster|hacker|thief|impost[eo]r)['’]s (?:bank )?(?:account|acct|iban)(?: (?:number|no|nr|#))?|\b(?:iban|akaunti) ya (?:mtumaji|mpokeaji|mlaghai|tapeli))(?: (?:is|was|ni))?:? ?$/i;

/** Whether the IBAN starting at `a` is a new one someone else sent the customer, by the words right before it. */
export function sentNewIbanBefore(s: string, a: number): boolean {
  return SENT_NEW_IBAN_BEFORE.test(s.slice(Math.max(0, a - 64), a));
}

/** Whether the IBAN ending at `b` is said, right after it, to be another person's and not the customer's. */
export function someoneElsesAfter(s: string, b: number): boolean {
  return SOMEONE_ELSES_AFTER.test(s.slice(b, b + SOMEONE_ELSES_REACH));
}

/**
 * "email for statements billing@…", "spoofed accounts@… (that's my company)": a role mailbox
 * ("billing@", "accounts@") the customer names as theirs, by an email cue right before it
 * that is not the institution's ("your support email …"), or their company named right after.
 */
const OWN_MAILBOX_BEFORE =
  /(?<!\b(?:your|the bank['’]s|their) (?:[a-z]+ ){0,2})\be-?mail(?: address)?(?: (?:for|on) (?:the |my |our )?[a-z]+(?: [a-z]+)?(?: (?:is|was))?| is| was|:) ?$/i;
const OWN_MAILBOX_AFTER =
  /^\)? ?[(,-]? ?(?:that['’]?s|that is|it['’]?s|which is)? ?(?:my|our) (?:own )?(?:company|business|shop|store|firm|practice|office|domain)\b/i;

/** Whether a role mailbox at `a`..`b` is said to be the customer's own. */
export function ownMailbox(s: string, a: number, b: number): boolean {
  return (
    OWN_MAILBOX_BEFORE.test(s.slice(Math.max(0, a - 48), a)) ||
    OWN_MAILBOX_AFTER.test(s.slice(b, b + 40))
  );
}

/**
 * "an email asked me to update our payroll vendor's bank to routing … acct …", "the hacker
 * changed the payout account … to …", "… was compromised and she approved a change to a new
 * account …": an account a wrongdoer or a third party named as the one to pay into, in the
 * same sentence, not the customer's. "change my deposit to my new account …" stays theirs.
 */
const THIRD_PARTY_ACCOUNT_OWNER =
  /\b(?:e-?mailed|sent|texted|gave) (?:us|me) (?:new|updated|changed|different) (?:wire|payment|bank(?:ing)?|account) (?:instructions|details|info)\b|\b(?:vendor|payee|supplier|contractor|seller|recipient|beneficiary|scammer|hacker|fraudster|attacker|thief)['’]s (?:bank|account|acct|routing|payout)|\b(?:hackers?|scammers?|fraudsters?|attackers?|impost[eo]rs?|thie(?:f|ves)|compromised|hacked|phishing|spoofed|an? (?:e-?mail|text|message|letter|caller) (?:asked|told|said))\b/i;
const THIRD_PARTY_ACCOUNT_TAIL =
  /\b(?:change[ds]?|changing|switch(?:ed)?|updated?|redirect(?:ed)?|moved?)\b[^.!?\n]{0,80}\b(?:to|into)\b(?:(?!\b(?:my|our|mine|ours|from|mi|mon)\b)[^.!?\n]){0,64}$/i;
const THIRD_PARTY_ACCOUNT_REACH = 160;

/**
 * Whether the words that name a wrongdoer or a third party as an account's owner stand
 * anywhere in `s`: without them thirdPartysAccountBefore is false for every number of the post.
 */
export function thirdPartyOwnerWordsIn(s: string): boolean {
  return THIRD_PARTY_ACCOUNT_OWNER.test(s);
}

/**
 * "Scammer told my dad to send money to acct …", "the caller asked us to wire it to account
 * …": a wrongdoer's instruction to pay into an account, in the same sentence as the owner
 * words. "send the refund to my acct …" stays the customer's.
 */
const TOLD_TO_PAY_TAIL =
  /\b(?:told|asked|instructed|wanted|directed|pressured|convinced|got)\b (?:me|us|him|her|them|my [a-z]+|our [a-z]+)(?: [a-z]+)? to (?:send|wire|transfer|pay|deposit|move|zelle)\b[^.!?\n]{0,40}\b(?:to|into)\b(?:(?!\b(?:my|our|mine|ours|his own|her own)\b)[^.!?\n]){0,24}$/i;

/**
 * "Title company emailed us NEW wire instructions … and we sent $68,400 to account …": money
 * sent to the account changed wire instructions named, in the same sentence (business email
 * compromise); the customer's own account named later is theirs.
 */
const NEW_INSTRUCTIONS =
  /\b(?:e-?mailed|sent|texted|gave) (?:us|me) (?:new|updated|changed|different) (?:wire|payment|bank(?:ing)?|account) (?:instructions|details|info)\b/i;
const SENT_TO_ACCOUNT_TAIL =
  /\b(?:sent|wired|paid|transferred)\b[^.!?\n]{0,40}\b(?:to|into) (?:the |an? |their )?(?:account|acct)(?: (?:number|no|#))?:? ?$/i;

/** Whether the account number starting at `a` is one a wrongdoer or a third party set as the payee. */
export function thirdPartysAccountBefore(s: string, a: number): boolean {
  const before = sentenceBefore(s, a, THIRD_PARTY_ACCOUNT_REACH);
  return (
    ((THIRD_PARTY_ACCOUNT_TAIL.test(before) || TOLD_TO_PAY_TAIL.test(before)) &&
      THIRD_PARTY_ACCOUNT_OWNER.test(before)) ||
    (SENT_TO_ACCOUNT_TAIL.test(before) && NEW_INSTRUCTIONS.test(before))
  );
}

/**
 * "Their account is 99… at First Farmers", "The account they gave was 00…", "the account the
 * vendor sent us is …": a payee's account, named right before the number. "his account" and
 * "her account" stay: a relative the customer writes for. Their routing ("their routing 11…
 * acct 77…") is left as it was.
 */
const PAYEE_ACCOUNT_BEFORE =
  /(?:\btheir (?:bank )?(?:account|acct)(?: (?:number|no|nr|#))?(?: (?:is|was))|\b(?:he|she|they|the (?:caller|scammer|fraudster|man|guy|woman|lady)) gave (?:me|us) (?:the|an?|their|his|her) (?:bank )?(?:account|acct)(?: (?:number|no|nr|#))?(?: to (?:send|wire|transfer|pay|deposit|move)(?: (?:it|them|the money|the funds|everything))?(?: to| into)?)?,?|\bthe (?:account|acct)(?: number)? (?:they|he|she|the (?:vendor|supplier|seller|scammer|caller|contractor|buyer)) (?:gave|sent|texted|emailed)(?: (?:me|us))?(?: (?:is|was))?):? ?#? ?$/i;
/**
 * "the scammer's account is …", "Sent wire to beneficiary account …", "The fraudulent
 * wire went to account …", "I wired $9,000 from my account … to account …": an account named
 * right before the number as a wrongdoer's or a beneficiary's, or as the one a wire from the
 * customer's own account went to ("I wired $2,000 to account …" alone may be the customer's
 * account elsewhere, and stays found; "sent $900 to my landlord's account …" stays found: a
 * payee the customer names is read as theirs). Kept when the customer claims it right after
 * ("… to account 5512…, my other bank").
 */
const PAYEE_ACCOUNT_MORE_BEFORE =
  /(?:\bsafe account["”']? (?:at|with|in|is|was)\b[^.!?\n"“”]{0,32}\b(?:account|acct|acc)(?: (?:number|no|nr|#))?|\b(?:scammer|fraudster|hacker|thief|impost[eo]r|school|college|university)['’]s (?:bank )?(?:account|acct)(?: (?:info|information|details|number|no|nr|#))?(?: (?:is|was))?|\bto (?:the |a |an? )?(?:beneficiary|payee|recipient)(?:['’]s)? (?:bank )?(?:account|acct)(?: (?:number|no|nr|#))?|\b(?:fraudulent|fake|scam|unauthori[sz]ed|bogus)\b (?:wire|transfer|payment|withdrawal|transaction)s? (?:went|was sent|were sent|was paid|got sent) (?:to|into) (?:the |an? )?(?:account|acct)(?: (?:number|no|nr|#))?|\bwired\b[^.!?\n]{0,40}\bfrom (?:my|our) [^.!?\n]{0,60}\bto (?:the |an? |this |that )?(?:account|acct)(?: (?:number|no|nr|#))?):? ?#? ?$/i;
/**
 * "… acct 96114882. thats THEIR account not mine", "… 4410 2291 — the scammer's account": an
 * account the customer disowns right after it. "that's her account" alone (a parent's, written
 * for them) stays found.
 */
const ACCOUNT_DISOWNED_AFTER =
  /^[.,;:)!]* ?(?:[—–-] ?)?(?:(?:(?:that|this|it)(?:['’]?s| is| was)|thats|its|which (?:is|was)) )?(?:their (?:account|acct),? not (?:mine|ours)|the (?:scammer|fraudster|thief|hacker|caller)['’]s (?:account|acct))\b/i;
/** "… 4471…, my savings at Chase": the customer claims the account right after it. */
const CLAIMED_AFTER =
  /^[^.!?\n]{0,40}?(?:\b(?:my|our) (?:own |other |personal |second |new )?(?:account|acct|savings|checking|bank|iban)\b|\b(?:mine|ours)\b)/i;
/** The words PAYEE_ACCOUNT_BEFORE and PAYEE_ACCOUNT_MORE_BEFORE end with, lower-case. */
const PAYEE_ACCOUNT_LAST_WORDS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'me',
  'us',
  'gave',
  'sent',
  'texted',
  'emailed',
  'account',
  'acct',
  'info',
  'details',
  'number',
  'no',
  'nr',
  'acc',
  // round 17: "he gave me the account to send it to, …"
  'to',
  'into',
]);

/** Whether the account number at `a`..`b` is a payee's, named by an owner phrase right before it. */
export function payeeAccountBefore(s: string, a: number, b: number): boolean {
  let e = a;
  if (e > 0 && s.charCodeAt(e - 1) === 32) e--;
  if (e > 0 && s.charCodeAt(e - 1) === 35) e--;
  if (e > 0 && s.charCodeAt(e - 1) === 32) e--;
  if (e > 0 && s.charCodeAt(e - 1) === 58) e--;
  if (e > 0 && s.charCodeAt(e - 1) === 44) e--;
  if (!PAYEE_ACCOUNT_LAST_WORDS.has(lastWordBefore(s, e))) return false;
  const before = s.slice(Math.max(0, a - 120), a);
  return (
    PAYEE_ACCOUNT_BEFORE.test(before) ||
    (PAYEE_ACCOUNT_MORE_BEFORE.test(before) && !CLAIMED_AFTER.test(s.slice(b, b + 48)))
  );
}

/**
 * "I gave them 31… by accident": a number given by mistake, with no
 * "my" right before it ("I typed my account 4410… by mistake" stays the customer's).
 */
const MISTAKE_AFTER = /^ (?:by (?:accident|mistake)|in error)\b/i;
const MINE_BEFORE = /\b(?:my|our)(?: [a-z#:]+){0,3} ?$/i;
/**
 * The right account named after the wrong one by an account cue ("my actual account is …"):
 * the wrong one is dropped only then, so that the customer's own is found all the same (a
 * right one with no cue is read only as the wrong one's sibling).
 */
const RIGHT_ONE_NAMED_AFTER = /\b(?:account|acct|checking|savings)\b[^.!?\n]{0,40}\d/i;

/** Whether the account number at `a`..`b` is one the customer says is wrong, right before or after it. */
export function wrongAccount(s: string, a: number, b: number): boolean {
  const c = codeAt(s, b + 1);
  if (codeAt(s, b) !== 32 || (c !== 98 && c !== 66 && c !== 105 && c !== 73)) return false;
  return (
    MISTAKE_AFTER.test(s.slice(b, b + 16)) &&
    !MINE_BEFORE.test(s.slice(Math.max(0, a - 40), a)) &&
    RIGHT_ONE_NAMED_AFTER.test(s.slice(b, b + 120))
  );
}

/**
 * round 28: "I want to pay my landlord by wire. His account is …, routing …", "our building's
 * mgmt company … Their routing is … and acct …", "one of my employees … She gave us account …
 * at routing …", a landlord's e-mail forwarded ("Please remit $1,450 to routing … account …"),
 * "what I thought was my steel supplier … The account I sent it to was … at routing …": a
 * payee the post names by role (a landlord, a supplier, an employee), then their bank details
 * as "his", "her" or "their", as given by them, or as where money went, in one clause that
 * names nothing as the customer's ("From my checking …" after it stays theirs). A relative's
 * ("his account" of a son the customer writes for) names no such role, and stays found.
 */
const PAYEE_DETAILS_CUE =
  /\b(?:(?:his|her|their) (?:bank(?: info| details| account)?|account|acct|routing)|(?:he|she|they) gave (?:us|me)(?: (?:the|an?|his|her|their))? (?:account|acct|routing|bank)|remit|the (?:account|acct) (?:i|we) (?:sent|wired|paid|transferred) (?:it |the money |the wire |them )?to)\b/gi;
const PAYEE_ROLE = new RegExp(
  String.raw`\b(?:landlord|landlady|property manager|(?:management|mgmt) (?:company|co)|leasing office|new hire|contractor|seller|${PAYEES})s?\b`,
  'i',
);
const PAYEE_CLAUSE_ENDS = /[!?\n]|\.(?:\s|$)|\b(?:my|our|mine|ours|from)\b/i;
const PAYEE_DETAILS_REACH = 160;
const PAYEE_ROLE_REACH = 360;

/** Whether the account or routing number starting at `a` is a payee's the post names by role. */
export function payeesBankDetails(s: string, a: number): boolean {
  const from = Math.max(0, a - PAYEE_DETAILS_REACH);
  const window = s.slice(from, a);
  let last = -1;
  PAYEE_DETAILS_CUE.lastIndex = 0;
  for (let m = PAYEE_DETAILS_CUE.exec(window); m !== null; m = PAYEE_DETAILS_CUE.exec(window))
    last = m.index + m[0].length;
  if (last < 0 || PAYEE_CLAUSE_ENDS.test(window.slice(last))) return false;
  return PAYEE_ROLE.test(s.slice(Math.max(0, a - PAYEE_ROLE_REACH), a));
}

/** Whether the account number at `a`..`b` is a payee's or one the customer says is wrong. */
export function payeeOrWrongAccount(s: string, a: number, b: number): boolean {
  return (
    payeeAccountBefore(s, a, b) ||
    payeesBankDetails(s, a) ||
    wrongAccount(s, a, b) ||
    ACCOUNT_DISOWNED_AFTER.test(s.slice(b, b + 48))
  );
}

/**
 * An IBAN someone else sent the customer to pay into ('the IBAN the "landlord" gave me: …'), a
 * wrongdoer told them to pay into ("Scammer got me to send €2,400 to …"), by the words right
 * before it.
 */
export function payeeIbanBefore(s: string, a: number): boolean {
  if (sentNewIbanBefore(s, a)) return true;
  const near = s.slice(Math.max(0, a - 64), a);
  if (OTHERS_IBAN_BEFORE.test(near)) return true;
  const before = sentenceBefore(s, a, THIRD_PARTY_ACCOUNT_REACH);
  return TOLD_TO_PAY_TAIL.test(before) && THIRD_PARTY_ACCOUNT_OWNER.test(before);
}

/** The text of the sentence before `a`, at most `reach` characters back: from the last ". ", "? ", "! " or line break. */
function sentenceBefore(s: string, a: number, reach: number): string {
  const before = s.slice(Math.max(0, a - reach), a);
  const cut = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('? '),
    before.lastIndexOf('! '),
    before.lastIndexOf('\n'),
  );
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/**
 * "I withdrew $7,000 from …", "weekly pay lands in …", "get my cash out of … before the branch closes", "stop payment
 * on check #2207, $1,150 to …, from …", "Cash App says my bank … rejected": a number the
 * customer moves money from (or calls their bank), in a sentence moving money.
 */
const MONEY_MOVED =
  /(?:[$€£]\s?\d|\b\d[\d,.]* (?:dollars|bucks|usd)\b|\b(?:withdr[ae]w|withdrawn|withdraw(?:ing|al)?|paid|pay(?:ing|ment)?|transfer(?:red|ring)?|sent|send(?:ing)?|moved?|wired?|cash(?:ed)?|money|funds|savings|deposit(?:ed)?|debited|charged|took|take|pull(?:ed)?)\b)/i;
const FROM_ACCOUNT_TAIL =
  /(?:\b(?:from|out of|(?:lands?|landed|goes|went|comes?|came|deposited|put) in(?:to)?)(?: (?:my|our|the))?(?: (?:account|acct|checking|savings|bank))?|\b(?:my|our) bank(?: account)?):? ?$/i;
const FROM_ACCOUNT_REACH = 120;
/** The words FROM_ACCOUNT_TAIL can end with, lower-case. */
const FROM_ACCOUNT_LAST_WORDS: ReadonlySet<string> = new Set([
  'from',
  'of',
  'in',
  'into',
  'my',
  'our',
  'the',
  'account',
  'acct',
  'checking',
  'savings',
  'bank',
]);
/** Longest word of FROM_ACCOUNT_LAST_WORDS. */
const MAX_LAST_WORD = 8;

/**
 * The ASCII word that ends right before `a`, past at most one ":" and one blank,
 * lower-cased; '' when there is none or it is longer than MAX_LAST_WORD.
 */
function lastWordBefore(s: string, a: number): string {
  let e = a;
  if (e > 0 && s.charCodeAt(e - 1) === 32) e--;
  if (e > 0 && s.charCodeAt(e - 1) === 58) e--;
  let b = e;
  while (b > 0 && e - b <= MAX_LAST_WORD) {
    const c = s.charCodeAt(b - 1) | 32;
    if (c < 97 || c > 122) break;
    b--;
  }
  if (b === e || e - b > MAX_LAST_WORD) return '';
  return s.slice(b, e).toLowerCase();
}

/** Whether the number starting at `a` is an account the customer moves money out of, by the words before it. */
export function accountByActionBefore(s: string, a: number): boolean {
  // FROM_ACCOUNT_TAIL ends in one of these words, then at most ":" and a blank: look at the
  // last word first, so that a post of numbers costs no slice and no pattern per number.
  if (!FROM_ACCOUNT_LAST_WORDS.has(lastWordBefore(s, a))) return false;
  if (!FROM_ACCOUNT_TAIL.test(s.slice(Math.max(0, a - FROM_ACCOUNT_REACH), a))) return false;
  const before = sentenceBefore(s, a, FROM_ACCOUNT_REACH);
  return MONEY_MOVED.test(before) || /\b(?:my|our) bank:? ?$/i.test(before);
}
