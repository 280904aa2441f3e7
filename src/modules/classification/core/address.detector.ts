import { canonicalStreet, ENTITY_INDEX } from './compiled-policy';
import { WordTable } from './word-table';
import { digitWordAt, twoDigitWordAt } from './digit-words';
import {
  addressOfAnotherPlaceBefore,
  advertisedContact,
  disownedAfter,
  publishedAfter,
  notTheCustomers,
} from './contact-owner';
import {
  allAsciiCapitals,
  codeAt,
  isBlank,
  isAsciiAlnum,
  isAsciiDigit,
  isAsciiLetter,
  linkerOnly,
  type DetectionState,
  type FindingsIndex,
  type RawFinding,
} from './detection-state';

const ADDRESS = ENTITY_INDEX.ADDRESS;
const MAX_NAME_WORDS = 4;
const BRANCH_WINDOW = 32;
/** Street suffixes of four letters or fewer written in full: a dot after them ends the sentence. */
const FULL_SHORT_SUFFIXES = WordTable.of([
  'road',
  'lane',
  'way',
  'loop',
  'walk',
  'path',
  'pike',
  'row',
  'run',
  'bend',
  'view',
  'hill',
  'park',
  'mall',
  'alley',
]);

const SUFFIX_WORDS = [
  'st',
  'street',
  'ave',
  'avenue',
  'av',
  'rd',
  'road',
  'blvd',
  'boulevard',
  'dr',
  'drive',
  'ln',
  'lane',
  'ct',
  'court',
  'way',
  'pl',
  'place',
  'pkwy',
  'parkway',
  'cir',
  'circle',
  'ter',
  'terrace',
  'hwy',
  'highway',
  'trl',
  'trail',
  'sq',
  'square',
  'loop',
  'pike',
  'aly',
  'alley',
  'plaza',
];

const DIRECTION_WORDS = [
  'n',
  's',
  'e',
  'w',
  'ne',
  'nw',
  'se',
  'sw',
  'north',
  'south',
  'east',
  'west',
];
const DIRECTIONS = WordTable.of(DIRECTION_WORDS);

const UNIT_WORDS = [
  'apt',
  'apartment',
  'unit',
  'suite',
  'ste',
  'fl',
  'floor',
  'rm',
  'room',
  'bldg',
  'lot',
  'spc',
  'space',
  'trlr',
  'dept',
  'flat',
  // A college residence hall: "Dorm B Room 214".
  'dorm',
  // The rest of USPS Publication 28's designators that take a number, and
  // a commercial building's bays and stalls: "Bay 7", "Hngr 3", "Slip 22".
  'bsmt',
  'hngr',
  'hangar',
  'ofc',
  'ph',
  'pier',
  'slip',
  'bay',
  'stall',
  'trailer',
  // French (Quebec): "app. 4", "appt 12", "bureau 300".
  'app',
  'appt',
  'bureau',
  // Spanish and Portuguese: "Depto 5", "apto 32".
  'depto',
  'dpto',
  'apto',
  'lote',
];
const UNITS = WordTable.of(UNIT_WORDS);

/** "1420 County Road 7, Rural Route 2, …": "Rural Route" after the street, read as a unit; its end, or -1. */
function ruralRouteEnd(s: string, q: number, ue: number): number {
  return ue - q === 5 &&
    (codeAt(s, q) | 32) === 114 &&
    s.slice(q, ue + 7).toLowerCase() === 'rural route '
    ? ue + 6
    : -1;
}

/**
 * "4100 FM 1960 Rd W", "900 RM 620 Rd": the road's own suffix after its number; the end of
 * it (and of its dot), or `p`.
 */
function roadSuffixEnd(s: string, p: number, n: number): number {
  if (codeAt(s, p) !== 32) return p;
  const we = readToken(s, p + 1, n);
  if (we === p + 1 || ((STREET_WORDS.get(s, p + 1, we) ?? 0) & SUFFIX) === 0) return p;
  if (isAsciiAlnum(codeAt(s, we))) return p;
  return codeAt(s, we) === 46 && we - p <= 5 ? we + 1 : we;
}

/** Whether a numbered road's word ("Route", "Hwy", "FM") stands right before the number at `a`. */
function roadWordBefore(s: string, a: number): boolean {
  if (codeAt(s, a - 1) !== 32) return false;
  let w = a - 1;
  while (w > 0 && a - 1 - w < 8 && isAsciiLetter(codeAt(s, w - 1))) w--;
  if (w === a - 1 || (w > 0 && isAsciiAlnum(codeAt(s, w - 1)))) return false;
  return ((STREET_WORDS.get(s, w, a - 1) ?? 0) & ROAD) !== 0;
}

const BUILDING_WORDS = WordTable.of(['building', 'bldg']);

/** Start of "Building " or "Bldg " right before the number at `a`, or -1. */
function buildingWordStart(s: string, a: number): number {
  let w = a - 1;
  while (w > 0 && a - 1 - w < 8 && isAsciiLetter(codeAt(s, w - 1))) w--;
  if (w === a - 1 || (w > 0 && isAsciiAlnum(codeAt(s, w - 1)))) return -1;
  return BUILDING_WORDS.has(s, w, a - 1) ? w : -1;
}

/** The longest word a dot may follow inside a street's name ("St.", "Mt.", "Blvd."). */
const ABBREVIATION_LETTERS = 4;

/** Numbered roads: "2900 Hwy 58", "1200 Route 9", "80 County Road 12", "4100 State Rte 7". */
const ROAD_WORDS = [
  'hwy',
  'highway',
  'route',
  'rte',
  'rt',
  'road',
  'rd',
  'fm',
  'sr',
  'us',
  'cr',
  // Texas ranch-to-market and state highways: "RM 620", "SH 130".
  'rm',
  'sh',
  // Texas numbers its beltways: "5600 N Loop 1604 E", "Loop 410".
  'loop',
];
/** Words that may stand before a numbered road's name: "County Road 12", "State Hwy 22", "US Highway 101". */
const ROAD_OWNERS = WordTable.of([
  'county',
  'state',
  'us',
  'old',
  'township',
  'forest',
  // "5600 N Loop 1604 E", "300 W Hwy 290": the side of a numbered road.
  ...DIRECTION_WORDS,
]);

/** Words that never sit between a house number and a street suffix. */
const STOP_WORDS = [
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'by',
  'from',
  'with',
  'my',
  'your',
  'our',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'it',
  'this',
  'that',
  'i',
  'we',
  'you',
  'me',
  'not',
  'no',
  'so',
  'but',
  'just',
  'all',
  'out',
  'up',
  'times',
  'time',
  'minutes',
  'minute',
  'mins',
  'hours',
  'hour',
  'hrs',
  'days',
  'day',
  'weeks',
  'week',
  'months',
  'month',
  'years',
  'year',
  'dollars',
  'bucks',
  'cents',
  'percent',
  'people',
  'calls',
  'emails',
  'messages',
  'cards',
  'accounts',
  'branches',
  'locations',
  'pm',
  'am',
  'different',
  'other',
  'more',
  'less',
  'than',
  'have',
  'has',
  'had',
  'do',
  'did',
  'get',
  'got',
  'since',
  'ago',
  'into',
  'over',
  'about',
];

/**
 * Measures after a number ("a 12 second loop", "a 6 foot way"): written in lower case, the
 * street they seem to start is read only with a unit or a postcode after it ("Second Ave"
 * capitalised is a street).
 */
const MEASURE_WORDS = WordTable.of([
  'second',
  'seconds',
  'sec',
  'foot',
  'feet',
  'ft',
  'inch',
  'inches',
  'mile',
  'miles',
  'yard',
  'yards',
  'step',
  'steps',
  'meter',
  'meters',
  'metre',
  'metres',
  'km',
  'story',
  'storey',
  'lap',
  'laps',
  // Spans of time in Spanish, Portuguese and French: "los últimos 3 meses para el housing court".
  'mes',
  'meses',
  'dias',
  'semanas',
  'anos',
  'horas',
  'minutos',
  'mois',
  'jours',
  'semaines',
  'ans',
  'heures',
]);

// What a word after a house number may be, as bits: one lookup per word in the
// street-name loop instead of one per table.
const ROAD = 1;
const SUFFIX = 2;
const DIRECTION = 4;
const UNIT = 8;
const STOP = 16;
const STREET_WORDS = WordTable.ofBits([
  [ROAD_WORDS, ROAD],
  [SUFFIX_WORDS, SUFFIX],
  [DIRECTION_WORDS, DIRECTION],
  [UNIT_WORDS, UNIT],
  [STOP_WORDS, STOP],
]);

const STATES = new Set([
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'PR',
  'GU',
  'VI',
]);

/** US states written out, by their last word ("New York": "york"), lower-cased. */
const STATE_NAMES = WordTable.of([
  'alabama',
  'alaska',
  'arizona',
  'arkansas',
  'california',
  'colorado',
  'connecticut',
  'delaware',
  'florida',
  'georgia',
  'hawaii',
  'idaho',
  'illinois',
  'indiana',
  'iowa',
  'kansas',
  'kentucky',
  'louisiana',
  'maine',
  'maryland',
  'massachusetts',
  'michigan',
  'minnesota',
  'mississippi',
  'missouri',
  'montana',
  'nebraska',
  'nevada',
  'hampshire',
  'jersey',
  'mexico',
  'york',
  'carolina',
  'dakota',
  'ohio',
  'oklahoma',
  'oregon',
  'pennsylvania',
  'island',
  'tennessee',
  'texas',
  'utah',
  'vermont',
  'virginia',
  'washington',
  'wisconsin',
  'wyoming',
  'columbia',
  'rico',
]);

/** The tail ending at a state written out without a ZIP, when one was read. */
function stateOnlyTail(tail: Tail, stateOnly: number): Tail {
  if (stateOnly > tail.end) tail.end = stateOnly;
  return tail;
}

/**
 * Whether the state written out ending at `e` ends the address: punctuation, a line end or
 * the text end, and no state and ZIP after it ("New York, NY 10007": "York" is the city's).
 */
function stateNameEnds(s: string, e: number, n: number): boolean {
  if (e >= n) return true;
  const c = codeAt(s, e);
  if (c === 44 && codeAt(s, e + 1) === 32) {
    const se = readToken(s, e + 2, n);
    if (se - e - 2 === 2 && STATES.has(s.slice(e + 2, se).toUpperCase()) && zipAfter(s, se, n) > 0)
      return false;
  }
  return c === 46 || c === 44 || c === 33 || c === 63 || c === 59 || c === 10 || c === 13;
}

/** Canadian provinces and territories, before a postal code ("Toronto, ON M4L 2Y3"). */
const PROVINCES = new Set([
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
]);

/** Australian states and territories, before a four-digit postcode ("Paddington QLD 4064"). */
const SIX_DIGIT_CITIES = WordTable.of(['singapore']);

/** End of " 460412" (six digits, nothing after them) at `p`, or -1. */
function sixDigitPostcodeEnd(s: string, p: number): number {
  if (codeAt(s, p) !== 32) return -1;
  let e = p + 1;
  while (isAsciiDigit(codeAt(s, e)) && e - p <= 7) e++;
  return e - p === 7 && !isAsciiAlnum(codeAt(s, e)) ? e : -1;
}

const AU_STATES = new Set(['NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT']);

/** End of " 4064" (four digits, nothing after them) at `p`, or -1. */
function auPostcodeEnd(s: string, p: number): number {
  if (codeAt(s, p) !== 32) return -1;
  let e = p + 1;
  while (isAsciiDigit(codeAt(s, e)) && e - p <= 5) e++;
  return e - p === 5 && !isAsciiAlnum(codeAt(s, e)) ? e : -1;
}

/** A country named after the postcode, closing the address: "…, Paddington QLD 4064, Australia". */
const COUNTRY_AFTER =
  /^,? (?:Australia|Canada|USA|U\.S\.A\.|US|United States|UK|United Kingdom|Mexico|México|New Zealand|France|Italia|Italy|Espana|Spain|Deutschland|Germany|Nederland|Netherlands|The Netherlands|Polska|Poland|Cesko|Czechia|Czech Republic|Slovensko|Slovakia|Portugal|Brasil|Brazil|Belgique|Belgie|Belgium|Schweiz|Suisse|Svizzera|Switzerland|Osterreich|Austria|Ireland|Sverige|Sweden|Danmark|Denmark|Norge|Norway|Nigeria|Ghana|Kenya|Jamaica|Trinidad and Tobago|Trinidad|Tobago|Barbados|Bahamas|The Bahamas|Guyana|Belize|Grenada|St\.? Lucia|Saint Lucia|Antigua|Dominica|Bermuda|Cayman Islands|England|Scotland|Wales|Northern Ireland|South Africa|RSA|Singapore|Sri Lanka|India|Pakistan|Bangladesh|Nepal|Philippines|Malaysia)(?=$|[.,;!?)\n])/;

function countryEnd(s: string, end: number): number {
  const c = codeAt(s, end);
  if (c !== 44 && c !== 32) return end;
  const m = COUNTRY_AFTER.exec(s.slice(end, end + 24));
  return m === null ? end : end + m[0].length;
}

function isUpperLetter(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** End of a Canadian postal code at `p` ("M4L 2Y3", "M4L2Y3"), or -1. */
function canadianPostcodeEnd(s: string, p: number): number {
  if (!(
    isUpperLetter(codeAt(s, p)) &&
    isAsciiDigit(codeAt(s, p + 1)) &&
    isUpperLetter(codeAt(s, p + 2))
  ))
    return -1;
  let q = p + 3;
  if (codeAt(s, q) === 32) q++;
  if (!(
    isAsciiDigit(codeAt(s, q)) &&
    isUpperLetter(codeAt(s, q + 1)) &&
    isAsciiDigit(codeAt(s, q + 2))
  ))
    return -1;
  return isAsciiAlnum(codeAt(s, q + 3)) ? -1 : q + 3;
}

/** End of a UK postcode at `p` ("NG5 2BU", "SW1A 1AA", "M1 1AE"), or -1. */
function ukPostcodeEnd(s: string, p: number): number {
  let q = p;
  while (q - p < 2 && isUpperLetter(codeAt(s, q))) q++;
  if (q === p || !isAsciiDigit(codeAt(s, q))) return -1;
  q++;
  if (isAsciiDigit(codeAt(s, q)) || isUpperLetter(codeAt(s, q))) q++;
  if (codeAt(s, q) !== 32) return -1;
  q++;
  if (!(
    isAsciiDigit(codeAt(s, q)) &&
    isUpperLetter(codeAt(s, q + 1)) &&
    isUpperLetter(codeAt(s, q + 2))
  ))
    return -1;
  return isAsciiAlnum(codeAt(s, q + 3)) ? -1 : q + 3;
}

/** After a city word ending at the hyphen `h`: the end of its letter-only parts ("-Kona"), or `h`. */
function hyphenatedEnd(s: string, h: number, n: number): number {
  let e = h;
  for (let k = 0; k < 3 && codeAt(s, e) === 45 && isAsciiLetter(codeAt(s, e + 1)); k++) {
    e++;
    while (e < n && isAsciiLetter(codeAt(s, e))) e++;
  }
  return isAsciiDigit(codeAt(s, e)) ? h : e;
}

function hasDigit(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isAsciiDigit(codeAt(s, i))) return true;
  return false;
}

function allLetters(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isAsciiLetter(codeAt(s, i))) return false;
  return true;
}

/** "5th", "21st", "102nd". */
function isOrdinal(s: string, a: number, b: number): boolean {
  const len = b - a;
  if (len < 3 || len > 5 || !isAsciiLetter(codeAt(s, b - 1)) || !isAsciiLetter(codeAt(s, b - 2)))
    return false;
  for (let i = a; i < b - 2; i++) if (!isAsciiDigit(codeAt(s, i))) return false;
  return ORDINAL_SUFFIXES.has(s, b - 2, b);
}

const ORDINAL_SUFFIXES = WordTable.of(['st', 'nd', 'rd', 'th']);

function readToken(s: string, p: number, n: number): number {
  let q = p;
  while (q < n && isAsciiAlnum(codeAt(s, q))) q++;
  return q;
}

/** Where an address tail ended and what it held. */
interface Tail {
  end: number;
  unit: boolean;
  zip: boolean;
}

/** End of a unit at `q` ("Apt 5C", "Apt5B", "Unit B", "#3R", "Rural Route 2"), or -1. */
function unitEnd(s: string, q: number, n: number): number {
  const floor = spanishFloorEnd(s, q);
  if (floor > 0) return floor;
  // round 26: "…, 2nd Fl, Brooklyn …", "… Ave 3rd floor rear, …", "…, Bsmt, …".
  const m = FLOOR_UNIT.exec(s.slice(q, q + 28));
  if (m !== null) return q + m[0].length;
  const latin = latinUnitEnd(s, q);
  if (latin > 0) return latin;
  const ue = readToken(s, q, n);
  let letters = q;
  while (letters < ue && isAsciiLetter(codeAt(s, letters))) letters++;
  if (
    letters > q &&
    letters < ue &&
    ue - letters <= 5 &&
    isAsciiDigit(codeAt(s, letters)) &&
    UNITS.has(s, q, letters)
  ) {
    // "Apt5B", "Unit15"
    return ue;
  }
  if (!(UNITS.has(s, q, ue) || codeAt(s, q) === 35 || ruralRouteEnd(s, q, ue) > 0)) return -1;
  let r = codeAt(s, q) === 35 ? q + 1 : Math.max(ue, ruralRouteEnd(s, q, ue));
  if (codeAt(s, r) === 46) r++;
  if (codeAt(s, r) === 32) r++;
  if (codeAt(s, r) === 35) r++;
  let ve = r;
  while (ve < n && ve - r < 6 && (isAsciiAlnum(codeAt(s, ve)) || codeAt(s, ve) === 45)) ve++;
  // A number ("Apt 5C") or a capital letter or two ("Unit B").
  return ve > r && (hasDigit(s, r, ve) || (ve - r <= 2 && allAsciiCapitals(s, r, ve))) ? ve : -1;
}

/**
 * round 21: Latin American and Brazilian units after the house ("piso 3", "dto B", "depto
 * 1203", "ap 702", "casa 2", "bloco C", "int 4", "Local 14"): the word, then a number or a
 * capital letter.
 */
const LATIN_UNIT_WORD =
  /^(?:ap|casa|bloco|bl|sala|loja|piso|dto|depto|dpto|int|interior|local|of|oficina|torre|lote|lt|mz|manzana)\.? ?/i;

function latinUnitEnd(s: string, q: number): number {
  const m = LATIN_UNIT_WORD.exec(s.slice(q, q + 12));
  if (m === null) return -1;
  const v = q + m[0].length;
  // The word is whole ("Casablanca", "interior design" are no units).
  if (isAsciiLetter(codeAt(s, q + m[0].length - 1)) && isAsciiLetter(codeAt(s, v))) return -1;
  let e = v;
  while (e - v < 5 && isAsciiDigit(codeAt(s, e))) e++;
  if (e > v) {
    if (isUpperLetter(codeAt(s, e))) e++;
  } else if (isUpperLetter(codeAt(s, v))) e = v + 1;
  return e > v && !isAsciiAlnum(codeAt(s, e)) ? e : -1;
}

/** A door after a Spanish floor: "izq", "izda", "dcha", "dcha.", "ctro", "int", "ext". */
const SPANISH_DOORS = WordTable.of([
  'izq',
  'izqda',
  'izda',
  'dcha',
  'dch',
  'der',
  'ctro',
  'int',
  'ext',
  // Portuguese: "3.º Esq.", "2.º Dto.".
  'esq',
  'dto',
  'drt',
  'fte',
]);

/**
 * End of a Spanish floor and door at `q` ("3º B", "2º izq", "1ª", "4.º dcha."), or -1: one
 * or two digits, the ordinal sign, then a capital letter or a door word. The text is read
 * folded (NFKD), where "º" and "ª" are "o" and "a"; "°" stays.
 */
function spanishFloorEnd(s: string, q: number): number {
  let p = q;
  while (isAsciiDigit(codeAt(s, p)) && p - q < 2) p++;
  if (p === q) return -1;
  if (codeAt(s, p) === 46) p++;
  const sign = codeAt(s, p);
  if (sign !== 111 && sign !== 97 && sign !== 0xba && sign !== 0xaa && sign !== 0xb0) return -1;
  p++;
  if (isAsciiAlnum(codeAt(s, p))) return -1;
  if (codeAt(s, p) !== 32) return p;
  const we = readToken(s, p + 1, s.length);
  if (we === p + 2 && isUpperLetter(codeAt(s, p + 1))) return we;
  if (we > p + 1 && SPANISH_DOORS.has(s, p + 1, we)) return codeAt(s, we) === 46 ? we + 1 : we;
  return p;
}

/** Puerto Rico's urbanizaciones, and its barrios, barriadas and residenciales ("Bo. Espinosa"). */
const URBANIZATION_WORDS = WordTable.of([
  'urb',
  'urbanizacion',
  'bo',
  'barrio',
  'bda',
  'barriada',
  'res',
  'residencial',
  // Mexico: "Rancho El Mezquite, Carr. 16 Km 42, …", "Ejido La Laguna", "Col. Centro".
  'rancho',
  'ejido',
  'colonia',
  'col',
  'fracc',
  'fraccionamiento',
]);

/** Streets and roads known by a number: "Calle 12", "Carr. 2", "Carretera 156". */
const NUMBERED_ROAD_TYPES = WordTable.of(['calle', 'carr', 'carretera']);

/** Start of "Calle " / "Carr. " right before the number at `a` (at a word start), or -1. */
function numberedRoadStart(s: string, a: number): number {
  let e = a - 1;
  if (codeAt(s, e - 1) === 46) e--;
  let t = e;
  while (t > 0 && e - t < 9 && isAsciiLetter(codeAt(s, t - 1))) t--;
  if (t === e || (t > 0 && isNameChar(codeAt(s, t - 1)))) return -1;
  return NUMBERED_ROAD_TYPES.has(s, t, e) ? t : -1;
}

/**
 * Colombia's street types, before the street's number ("Calle 45", "Cra. 7", "Av 68"); the
 * house is then written as "# 22-18" (the cross street and the distance from it).
 */
const COLOMBIAN_ROAD_TYPES = WordTable.of([
  'calle',
  'cll',
  'cl',
  'carrera',
  'cra',
  'kra',
  'kr',
  'cr',
  'transversal',
  'tv',
  'diagonal',
  'dg',
  'avenida',
  'av',
  'ak',
  'ac',
]);

/** Start of a Colombian street type right before the number at `a` (at a word start), or -1. */
function colombianRoadStart(s: string, a: number): number {
  let e = a - 1;
  if (codeAt(s, e - 1) === 46) e--;
  let t = e;
  while (t > 0 && e - t < 12 && isAsciiLetter(codeAt(s, t - 1))) t--;
  if (t === e || (t > 0 && isNameChar(codeAt(s, t - 1)))) return -1;
  return COLOMBIAN_ROAD_TYPES.has(s, t, e) ? t : -1;
}

/** "45 # 22-18", "7 Bis No. 71-21", "68A #12-30": the house after the street's number; its end, or -1. */
const COLOMBIAN_PLACA =
  /^[A-Z]?(?: ?[Bb]is)?(?: [A-Z])?(?: (?:Sur|Norte|Este|Oeste|SUR|NORTE|ESTE|OESTE))? ?(?:#|[Nn][o°º]\.?) ?\d{1,3}[A-Z]?(?: ?[Bb]is)? ?- ?\d{1,3}(?![\dA-Za-z])/;
/**
 * round 21: a unit after the house, as Colombian lines write it ("int 201", "Torre 2 apto
 * 1104", "casa 14", "Of. 302"); units the street readers know ("Apto 301") are read by extendTail.
 */
const COLOMBIAN_UNIT =
  /^,? (?:[Ii]nt|INT|[Ii]nterior|[Cc]asa|[Tt]orre|[Bb]loque|[Oo]f|[Oo]ficina|[Ll]ocal|[Aa]pto|[Aa]partamento|[Pp]iso)\.? ?[0-9]{1,4}[A-Z]?(?![\dA-Za-z])/;
const MAX_COLOMBIAN_UNITS = 3;

/**
 * End of a Colombian address whose street number ends at `b`: its house ("# 22-18"), units
 * ("Apto 301", "Torre 2") and up to two places after it, each capitalised and closed by
 * punctuation, the text end or the sentence going on in lower case ("…, Bogotá para el envío").
 */
function colombianAddressEnd(s: string, b: number, n: number): number {
  const m = COLOMBIAN_PLACA.exec(s.slice(b, b + 32));
  if (m === null) return -1;
  let u = b + m[0].length;
  for (let k = 0; k < MAX_COLOMBIAN_UNITS; k++) {
    const unit = COLOMBIAN_UNIT.exec(s.slice(u, u + 24));
    if (unit === null) break;
    u += unit[0].length;
  }
  let e = extendTail(s, u, n).end;
  for (let k = 0; k < 2; k++) {
    if (codeAt(s, e) !== 44 || !isUpperAt(s, e + 2)) break;
    const we = cityWordsEnd(s, e + 1, n);
    if (we < 0 || !postcodeCloses(s, we, true)) break;
    e = we;
  }
  return countryEnd(s, e);
}

/** After a numbered road: its kilometre ("Km 47.3") or block ("Bloque 45", "Blq. 3"). */
const ROAD_PARTS =
  /^(?: (?:km\.?|kil[oó]metro|k) \d{1,3}(?:[.,]\d{1,2})?| (?:bloque|bloq\.?|blq\.?) \d{1,3}[a-z]?){0,2}/i;

/**
 * End of a numbered road whose number ends at `b` ("Calle 12 Bloque 45 #8, Carolina, PR
 * 00985"): its kilometre or block, then a unit, barrio, city, state and ZIP; the ZIP or an
 * address cue must come with it; or -1.
 */
function numberedRoadEnd(st: DetectionState, from: number, b: number): number {
  const { s, n } = st;
  const m = ROAD_PARTS.exec(s.slice(b, b + 32));
  const rp = b + (m === null ? 0 : m[0].length);
  // "Carr. 16 Km 42, Ojinaga, Chih. 32881": a Mexican city, its state and postcode.
  const mx = mexicanTailEnd(s, rp, n);
  if (mx > 0) return st.isClaimed(from, mx) ? -1 : mx;
  const t = extendTail(s, rp, n);
  if (!t.zip && !((t.unit || m?.[0]) && addressCueTied(st, from))) return -1;
  const end = t.zip ? t.end : localitiesEnd(st, from, t.end);
  return st.isClaimed(from, end) ? -1 : end;
}

/** End of ", Ojinaga, Chih. 32881" / ", Ojinaga, Chih., C.P. 32881" at `p`, or -1. */
function mexicanTailEnd(s: string, p: number, n: number): number {
  if (codeAt(s, p) !== 44) return -1;
  const city = cityWordsEnd(s, p + 1, n);
  const state = stateAfterCity(s, city);
  if (state <= city) return -1;
  const m = /^,? (?:C\.? ?P\.? )?\d{5}(?![\dA-Za-z])/.exec(s.slice(state, state + 14));
  return m === null ? -1 : state + m[0].length;
}

const MAX_LOCALITIES = 3;

/**
 * "my address is 14 Adeola Odeku Street, Victoria Island, Lagos": where no postcode is
 * written, the district and city after the street, when an address cue is tied to it. Each
 * is one to three capitalised words after a comma, closed by punctuation, a line end or
 * the text end. The end of the last, or `end`.
 */
function localitiesEnd(st: DetectionState, from: number, end: number, placeRead = false): number {
  const s = st.s;
  const cued = addressCueNear(st, unitBefore(s, from) >= 0 ? unitBefore(s, from) : from);
  let e = end;
  // "…, Victoria Island" already read as a state written out counts as one.
  let k = placeRead ? 1 : 0;
  for (; k < MAX_LOCALITIES; k++) {
    if (codeAt(s, e) !== 44 || !isUpperAt(s, e + 2) || countryEnd(s, e) > e) break;
    let we = cityWordsEnd(s, e + 1, st.n);
    // "Kingston 6", "Dublin 4": a city's postal district by its number.
    if (we > 0 && codeAt(s, we) === 32 && isAsciiDigit(codeAt(s, we + 1))) {
      const de = isAsciiDigit(codeAt(s, we + 2)) ? we + 3 : we + 2;
      if (!isAsciiAlnum(codeAt(s, de)) && localityCloses(s, de)) we = de;
      // "…, Lagos 101241", "…, Whangārei 0110 —": the city, then its postcode, close the address.
      else {
        // "…, Lyttelton Manor, Centurion 0157 if you need …": after a place, or with a cue,
        // the postcode may close the address where the sentence goes on in lower case.
        const pc = cityPostcodeEnd(s, we + 1, cued, cued || k > 0 || placeRead);
        if (pc > 0) return countryEnd(s, pc);
      }
    }
    // round 21: "…, Macul, Santiago y la tarjeta …": after a cue, a district's city may close
    // where the sentence goes on in lower case.
    if (we > 0 && k >= 1 && cued && !localityCloses(s, we) && postcodeCloses(s, we, true)) {
      e = we;
      k++;
      break;
    }
    if (we < 0 || !localityCloses(s, we)) break;
    e = we;
  }
  // "31 Kingfisher Rd, Hout Bay, Cape Town, 7806": South Africa's four-digit postcode after
  // the places closes the address; a year-like one only with an address cue.
  if (e > end || placeRead) {
    const pc = fourDigitPostcodeEnd(s, e, cued, cued || k > 1);
    if (pc > 0) return countryEnd(s, pc);
  }
  const country = countryEnd(s, e);
  // "14 Hope Road, Kingston 6, Jamaica": places closed by a country need no cue.
  if (!cued) return e > end && country > e ? country : end;
  // "I live at 4 Elm St, Washington, and work downtown": one place that a comma and the
  // sentence follow may be anything; a district and its city are a place.
  if (k === 1 && e > end && codeAt(s, e) === 44 && country === e) return end;
  return country;
}

const POSTCODE_DIGITS = 4;

/**
 * End of a postcode of four to six digits at `z` written after its city ("Lagos 101241",
 * "Whangārei 0110"), closed by punctuation, a line end, the text end or a dash between
 * blanks; or -1. A year-like one ("… Auckland 2019") only when `cued`.
 */
function cityPostcodeEnd(s: string, z: number, cued: boolean, wordsAfter = false): number {
  let e = z;
  while (e - z < 7 && isAsciiDigit(codeAt(s, e))) e++;
  if (e - z < POSTCODE_DIGITS || e - z > 6 || isAsciiAlnum(codeAt(s, e))) return -1;
  if (!postcodeCloses(s, e, wordsAfter) && !(codeAt(s, e) === 32 && codeAt(s, e + 1) === 45))
    return -1;
  const lead = s.slice(z, z + 2);
  return cued || e - z !== POSTCODE_DIGITS || (lead !== '19' && lead !== '20') ? e : -1;
}

/**
 * Whether a postcode ending at `e` closes the address: as a place's name does, or, when
 * `wordsAfter`, before a blank and a lower-case word ("…, Pretoria, 0002 thanks").
 */
function postcodeCloses(s: string, e: number, wordsAfter: boolean): boolean {
  return localityCloses(s, e) || (wordsAfter && codeAt(s, e) === 32 && caseAt(s, e + 1) === 2);
}

/**
 * End of ", 7806" at `p` (four digits closing the address), or -1; "…, 2019" only when
 * `cued`; with `wordsAfter`, the sentence may go on after it in lower case.
 */
function fourDigitPostcodeEnd(s: string, p: number, cued: boolean, wordsAfter = false): number {
  if (codeAt(s, p) !== 44 || codeAt(s, p + 1) !== 32) return -1;
  const z = p + 2;
  for (let d = 0; d < POSTCODE_DIGITS; d++) if (!isAsciiDigit(codeAt(s, z + d))) return -1;
  const e = z + POSTCODE_DIGITS;
  if (isAsciiAlnum(codeAt(s, e)) || codeAt(s, e) === 45 || !postcodeCloses(s, e, wordsAfter))
    return -1;
  const lead = s.slice(z, z + 2);
  return cued || (lead !== '19' && lead !== '20') ? e : -1;
}

/**
 * Whether the token [p, we) is a street's number of one to three digits and a capitalised
 * street suffix follows it ("128 St", "5 Ave NW"): the grid streets of western Canada,
 * written after the house number.
 */
function numberedStreetNameAt(s: string, p: number, we: number, n: number): boolean {
  if (we - p > 3 || codeAt(s, we) !== 32 || !isUpperLetter(codeAt(s, we + 1))) return false;
  for (let i = p; i < we; i++) if (!isAsciiDigit(codeAt(s, i))) return false;
  const se = readToken(s, we + 1, n);
  return ((STREET_WORDS.get(s, we + 1, se) ?? 0) & SUFFIX) !== 0;
}

/** Singapore's lanes, numbered after their word ("Toa Payoh Lor 1", "Geylang Lorong 25"). */
const LORONG_WORDS = WordTable.of(['lor', 'lorong']);

/** End of a capitalised lorong word [p, we) and its number ("Lor 1"), or -1. */
function lorongEnd(s: string, p: number, we: number): number {
  if (!isUpperAt(s, p) || !LORONG_WORDS.has(s, p, we)) return -1;
  const e = numberedStreetEnd(s, we);
  return e > we ? e : -1;
}

/** "Blk 412 Bedok North Ave 2": Singapore's block word before the house number at `a`; its start, or `a`. */
function blockBefore(s: string, a: number): number {
  const m = /(?:^|[\s:,(])(b(?:lk|lock)\.? )$/i.exec(s.slice(Math.max(0, a - 8), a));
  return m === null ? a : a - (m[1] ?? '').length;
}

/** "Bedok North Ave 2, …", "Jurong West St 81, …": a street numbered after its type, then a comma. */
function numberedStreetEnd(s: string, p: number): number {
  if (codeAt(s, p) !== 32) return p;
  let e = p + 1;
  while (e - p <= 3 && isAsciiDigit(codeAt(s, e))) e++;
  // "Jurong West St 42 #08-119 …": or its unit right after.
  return e > p + 1 && (codeAt(s, e) === 44 || (codeAt(s, e) === 32 && codeAt(s, e + 1) === 35))
    ? e
    : p;
}

/**
 * Start of "PO Box 412, " written right before `a`, or -1. "Box 118, 2 Eagle Rd, …": the box
 * word alone, capitalised, where rural mail goes both to a box and to the house.
 */
function poBoxBefore(s: string, a: number): number {
  const m =
    /(?:^|[\s:(])((?:p\.? ?o\.? ?box|post office box|box|RR|R\.R\.|rural route) #?\d{1,6}, ?)$/i.exec(
      s.slice(Math.max(0, a - 28), a),
    );
  if (m === null) return -1;
  const box = m[1] ?? '';
  const c = box.charCodeAt(0) | 32;
  // round 26: "RR 3, 1142 Concession Rd 8, …": a rural route written before the street.
  return c === 112 || c === 114 || box.startsWith('Box') || box.startsWith('BOX')
    ? a - box.length
    : -1;
}

/** "Lot 4 Mulga Creek Rd": a rural lot's number standing as the house number at `a`; the lot word's start, or `a`. */
function lotWordBefore(s: string, a: number): number {
  const m = /(?:^|[\s:,(])((?:Lot|LOT) )$/.exec(s.slice(Math.max(0, a - 5), a));
  return m === null ? a : a - (m[1] ?? '').length;
}

/**
 * "Flat 9, Marine Court, 21 Esplanade …", "Room 418, Willard Hall, 1100 …", "Lot 37, Shady
 * Acres Mobile Home Park, 4100 …": a unit and the building or park it is in, written before
 * the street at `a`; the unit's start, or -1.
 */
const BUILDING_LINE_BEFORE =
  /(?<![\p{L}\d])(?:[Ff]lat|FLAT|[Aa]pt|APT|[Aa]partment|[Uu]nit|UNIT|[Ss]uite|[Rr]oom|ROOM|[Rr]m|[Ll]ot|LOT) #?[\dA-Z]{1,5}, (?:[A-Z][\p{L}'’-]*\s){0,4}[A-Z][\p{L}'’-]*, ?$/u;
const BUILDING_LINE_REACH = 72;

function buildingLineBefore(s: string, a: number): number {
  if (codeAt(s, a - 1) !== 32 && codeAt(s, a - 1) !== 44) return -1;
  const from = Math.max(0, a - BUILDING_LINE_REACH);
  const m = BUILDING_LINE_BEFORE.exec(s.slice(from, a));
  return m === null ? -1 : from + m.index;
}

/** Whether a place's name ending at `p` closes there: punctuation, a line end or the text end. */
function localityCloses(s: string, p: number): boolean {
  if (p >= s.length) return true;
  const c = codeAt(s, p);
  if (c === 46 || c === 33 || c === 63) return p + 1 >= s.length || isBlank(codeAt(s, p + 1));
  return c === 44 || c === 59 || c === 10 || c === 13 || c === 41;
}

/** Start of "Urb. Villa Carolina, " written before the street at `p`, or `p`. */
function urbanizationBefore(s: string, p: number, n: number): number {
  if (codeAt(s, p - 1) !== 32 || codeAt(s, p - 2) !== 44) return p;
  const m =
    /(?:^|[\s:(])((?:urb|urbanizacion|bo|barrio|bda|res|residencial|rancho|ejido|colonia|col|fracc|fraccionamiento)\.? [^,\n]{1,40})$/i.exec(
      s.slice(Math.max(0, p - 60), p - 2),
    );
  if (m === null) return p;
  const start = p - 2 - (m[1] ?? '').length;
  return urbanizationEnd(s, start, n) === p - 2 ? start : p;
}
const NAME_PARTICLES = WordTable.of(['de', 'del', 'la', 'las', 'los', 'el']);

/**
 * End of "Urb. Las Flores" / "Urbanización Villa del Rey" at `q` (the word, then one to
 * four capitalised name words and the particles between them, then a comma), or -1.
 */
function urbanizationEnd(s: string, q: number, n: number): number {
  const c = codeAt(s, q) | 32;
  // u b r e c f
  if (c !== 117 && c !== 98 && c !== 114 && c !== 101 && c !== 99 && c !== 102) return -1;
  let e = q;
  while (e < n && isNameChar(codeAt(s, e))) e++;
  if (!URBANIZATION_WORDS.has(s, q, e)) return -1;
  if (codeAt(s, e) === 46) e++;
  let end = -1;
  for (let w = 0; w < 6 && codeAt(s, e) === 32; w++) {
    const p = e + 1;
    let we = p;
    while (we < n && isNameChar(codeAt(s, we))) we++;
    if (we === p) break;
    if (isUpperLetter(codeAt(s, p))) end = we;
    else if (!NAME_PARTICLES.has(s, p, we)) break;
    e = we;
  }
  return end > 0 && end === e && codeAt(s, end) === 44 ? end : -1;
}

/** A space or one line break between parts of an address ("802 Chestnut\nApt 5C\n…"). */
function partBreak(s: string, p: number): number {
  const c = codeAt(s, p);
  if (c === 32 || c === 10) return p + 1;
  if (c === 13 && codeAt(s, p + 1) === 10) return p + 2;
  return -1;
}

/**
 * After a street line: optional unit ("Apt 5", "Unit B", "Ste 200", "Lot 18",
 * "#3R"), then optional ", City, ST 12345(-6789)", parts separated by commas,
 * spaces or line breaks.
 */
function extendTail(s: string, p: number, n: number, spoken = false): Tail {
  const tail = extendTailToPostcode(s, p, n, spoken);
  if (tail.zip) tail.end = countryEnd(s, tail.end);
  return tail;
}

/** `spoken`: the ZIP may be said in words ("four five four oh nine"). */
function extendTailToPostcode(s: string, p: number, n: number, spoken: boolean): Tail {
  const tail: Tail = { end: p, unit: false, zip: false };
  let q = p;
  if (codeAt(s, q) === 44) q++;
  const b0 = partBreak(s, q);
  if (b0 > 0) q = b0;
  // "Bldg 2, Apt 4B": a unit, and a second one after it.
  for (let k = 0; k < 2; k++) {
    if (k > 0) {
      let u = q;
      if (codeAt(s, u) === 44) u++;
      const bu = partBreak(s, u);
      if (bu < 0) break;
      q = bu;
    }
    const ve = unitEnd(s, q, n);
    if (ve < 0) {
      // "Calle Sol 152, Urb. Las Flores, Ponce PR 00716": a Puerto Rico urbanización.
      const ue = urbanizationEnd(s, q, n);
      if (ue < 0) break;
      tail.end = ue;
      q = ue;
      continue;
    }
    tail.end = ve;
    tail.unit = true;
    q = ve;
  }
  q = tail.end;
  // City (1–3 words), state, ZIP; written in any case ("springfield ma 01103").
  let r = q;
  if (codeAt(s, r) === 44) r++;
  const b1 = partBreak(s, r);
  if (b1 < 0) return tail;
  r = b1;
  let stateEnd = -1;
  // Whether the city words so far are capitalised ("Rome", not "in").
  let capitalisedCity = true;
  // "…, Rome, Georgia": where a state written out without a ZIP would end the address.
  let stateOnly = -1;
  for (let words = 0; ;) {
    // "Montréal (Québec) H2J 2L1": the province in parentheses before the postal code.
    if (words > 0 && codeAt(s, r) === 40) {
      const pe = parenthesisedProvinceEnd(s, r, n);
      if (pe > 0) {
        tail.end = pe;
        tail.zip = true;
        return tail;
      }
    }
    let we = readToken(s, r, n);
    // "…, #08-115, Singapore 460412": the city-state and its six-digit postcode.
    if (SIX_DIGIT_CITIES.has(s, r, we) && isUpperLetter(codeAt(s, r))) {
      const pe = sixDigitPostcodeEnd(s, we);
      if (pe > 0) {
        tail.end = pe;
        tail.zip = true;
        return tail;
      }
    }
    // Only two-letter words are looked up (states, provinces): no slice for the others.
    const word = we - r === 2 ? s.slice(r, we) : '';
    const lettersOnly = we > r && allLetters(s, r, we);
    // round 26: "Coeur d'Alene", "O'Fallon": a letter or two, an apostrophe and a capital
    // within a city's word.
    if (
      lettersOnly &&
      we - r <= 2 &&
      (codeAt(s, we) === 39 || codeAt(s, we) === 8217) &&
      isUpperLetter(codeAt(s, we + 1))
    )
      we = readToken(s, we + 1, n);
    // "Kailua-Kona", "Rouyn-Noranda": a city's name in hyphenated parts.
    if (lettersOnly && codeAt(s, we) === 45) we = hyphenatedEnd(s, we, n);
    if (word.length === 2 && STATES.has(word.toUpperCase()) && zipAfter(s, we, n, spoken) > 0) {
      stateEnd = we;
      break;
    }
    // "Toronto, ON M4L 2Y3", "Toronto, Ontario M5J 2T3"; "Nottingham NG5 2BU".
    if (
      words > 0 &&
      ((word.length === 2 && PROVINCES.has(word)) || (lettersOnly && isUpperLetter(codeAt(s, r))))
    ) {
      let c = we;
      if (codeAt(s, c) === 44) c++;
      if (codeAt(s, c) === 32) {
        const pe = canadianPostcodeEnd(s, c + 1);
        if (pe > 0) {
          tail.end = pe;
          tail.zip = true;
          return tail;
        }
      }
    }
    // "Paddington QLD 4064": an Australian state and postcode (before a
    // state written out: "Coogee NSW 2034 now" ends at the postcode).
    if (
      words > 0 &&
      we - r >= 2 &&
      we - r <= 3 &&
      allAsciiCapitals(s, r, we) &&
      AU_STATES.has(s.slice(r, we))
    ) {
      const au = auPostcodeEnd(s, we);
      if (au > 0) {
        tail.end = au;
        tail.zip = true;
        return tail;
      }
    }
    // "Columbus, Ohio 43215", "springfield illinois 62704": a state written out, before its ZIP.
    const stateName = words > 0 && lettersOnly && STATE_NAMES.has(s, r, we);
    if (
      words > 0 &&
      (isUpperLetter(codeAt(s, r)) || stateName) &&
      lettersOnly &&
      zipAfter(s, we, n, spoken) > 0
    ) {
      stateEnd = we;
      break;
    }
    // "…, Apt 3, Rome, Georgia.": a state written out without its ZIP ends the address.
    if (stateName && capitalisedCity && isUpperLetter(codeAt(s, r)) && stateNameEnds(s, we, n))
      stateOnly = we;
    if (words > 0) {
      const uk = ukPostcodeEnd(s, r);
      if (uk > 0) {
        tail.end = uk;
        tail.zip = true;
        return tail;
      }
    }
    if (!lettersOnly || ++words > 3) return stateOnlyTail(tail, stateOnly);
    if (!isUpperLetter(codeAt(s, r))) capitalisedCity = false;
    r = we;
    // "St. John's": a city word with a possessive.
    if (
      (codeAt(s, r) === 39 || codeAt(s, r) === 8217) &&
      (codeAt(s, r + 1) | 32) === 115 &&
      !isAsciiAlnum(codeAt(s, r + 2))
    )
      r += 2;
    // "St. Louis", "Ft. Worth"
    if (codeAt(s, r) === 46) r++;
    if (codeAt(s, r) === 44) r++;
    // "56 Soho Road\nHandsworth\nBirmingham\nB21 9BH": a form's lines, one part to a line.
    const br = partBreak(s, r);
    if (br < 0) return stateOnlyTail(tail, stateOnly);
    r = br;
  }
  const ze = zipAfter(s, stateEnd, n, spoken);
  if (ze > 0) {
    tail.end = ze;
    tail.zip = true;
  }
  return tail;
}

/**
 * End of exactly `count` single digits each followed by one space from `z` ("4 5 4 0 2"),
 * with no digit after them; or `z` + 1 when there are not.
 */
function spacedDigitsEnd(s: string, z: number, n: number, count: number): number {
  let e = z;
  for (let d = 0; d < count; d++) {
    if (!isAsciiDigit(codeAt(s, e))) return z + 1;
    if (d < count - 1 && codeAt(s, e + 1) !== 32) return z + 1;
    e += d < count - 1 ? 2 : 1;
  }
  if (
    e < n &&
    (isAsciiAlnum(codeAt(s, e)) || (codeAt(s, e) === 32 && isAsciiDigit(codeAt(s, e + 1))))
  )
    return z + 1;
  return e;
}

/** Start of single digits spaced out before a single-digit house number at `a` ("1 1 2 0 Maple"). */
function spacedHouseStart(s: string, a: number): number {
  let p = a;
  for (let d = 0; d < 5; d++) {
    if (codeAt(s, p - 1) !== 32 || !isAsciiDigit(codeAt(s, p - 2))) break;
    if (p - 2 > 0 && !isStreetNumberLead(codeAt(s, p - 3))) break;
    p -= 2;
  }
  return p;
}

/**
 * End of ", 12345" / " 12345-6789" starting at `p`, or -1; when `spoken`, also of five
 * digit words ("four zero five oh two").
 */
function zipAfter(s: string, p: number, n: number, spoken = false): number {
  let z = p;
  if (codeAt(s, z) === 44) z++;
  // "Austin, TX\n78746": the ZIP on a line of its own.
  if (codeAt(s, z) === 13 && codeAt(s, z + 1) === 10) z++;
  if (codeAt(s, z) !== 32 && codeAt(s, z) !== 10) return -1;
  z++;
  if (spoken && isAsciiLetter(codeAt(s, z))) return zipWordsEnd(s, z, n);
  let ze = z;
  while (ze < n && isAsciiDigit(codeAt(s, ze))) ze++;
  // "Dayton Ohio 4 5 4 0 2": a ZIP said digit by digit (voice typing).
  if (ze - z === 1) {
    ze = spacedDigitsEnd(s, z, n, 5);
    return ze - z === 9 ? ze : -1;
  }
  if (ze - z !== 5) return -1;
  if (
    codeAt(s, ze) === 45 &&
    /^\d{4}$/.test(s.slice(ze + 1, ze + 5)) &&
    !isAsciiAlnum(codeAt(s, ze + 5))
  ) {
    ze += 5;
  }
  return isAsciiAlnum(codeAt(s, ze)) ? -1 : ze;
}

const ZERO_WORDS = WordTable.of(['oh', 'o']);
const ZIP_DIGITS = 5;

/** End of five digit words at `z` ("four five four oh nine") and no digit word after them, or -1. */
function zipWordsEnd(s: string, z: number, n: number): number {
  let q = z;
  for (let d = 0; d < ZIP_DIGITS; d++) {
    if (d > 0) {
      if (codeAt(s, q) !== 32) return -1;
      q++;
    }
    const e = readToken(s, q, n);
    if (e === q || (digitWordAt(s, q, e) < 0 && !ZERO_WORDS.has(s, q, e))) return -1;
    q = e;
  }
  if (isAsciiAlnum(codeAt(s, q))) return -1;
  if (codeAt(s, q) === 32) {
    const e = readToken(s, q + 1, n);
    if (digitWordAt(s, q + 1, e) >= 0 || twoDigitWordAt(s, q + 1, e) >= 0) return -1;
  }
  return q;
}

/** Places that are not a home: "at the Legion hall, 118 Main St.", "Dennis at 555 Center St office". */
const VENUES = WordTable.of([
  'hall',
  'office',
  'offices',
  'church',
  'library',
  'school',
  'store',
  'shop',
  'restaurant',
  'hotel',
  'motel',
  'clinic',
  'hospital',
  'dealership',
  'garage',
  'gym',
  'mall',
  'plaza',
  // "to the station, 118 Route 9": a fire or police station's, an organisation's own.
  'station',
  'firehouse',
  'facility',
]);

/**
 * "my dorm: Room 418, Willard Hall, …": a residence hall is where the customer lives (a
 * hall with a room alone, "Room 4, Town Hall", is a venue).
 */
const RESIDENCE_HALL_BEFORE =
  /\b(?:dorm|dormitory|residence|res hall|my room)\b[^.!?\n]{0,40} hall,$/i;

/** Whether a venue's name ends right before the address ("hall, 118 Main St") or its noun follows it ("… St office"). */
function venueAround(s: string, a: number, end: number): boolean {
  let p = a;
  while (p > 0 && codeAt(s, p - 1) === 32) p--;
  if (codeAt(s, p - 1) === 44) {
    let w = p - 1;
    while (w > 0 && isAsciiLetter(codeAt(s, w - 1))) w--;
    if (VENUES.has(s, w, p - 1) && !RESIDENCE_HALL_BEFORE.test(s.slice(Math.max(0, w - 60), p)))
      return true;
  }
  if (codeAt(s, end) !== 32) return false;
  let e = end + 1;
  while (e < s.length && isAsciiLetter(codeAt(s, e))) e++;
  return VENUES.has(s, end + 1, e);
}

function nearBranch(st: DetectionState, a: number, b: number): boolean {
  const s = st.s;
  const before = st.contextBefore(a, BRANCH_WINDOW);
  // "… got eaten by the atm. can u send a new one to …": a branch cue in an earlier sentence
  // does not place the address.
  // "where's the nearest branch to 33rd and Pine? I'm at 3312 Pine St Apt 7, …": after the
  // question, the customer says where they are, their own address.
  if (
    before >= 0 &&
    st.ctxCategory[before] === 'branch' &&
    !sentenceBreak(s, st.ctxEnd[before] ?? a, a, false) &&
    !(sentenceBreak(s, st.ctxEnd[before] ?? a, a) && ownPlaceBefore(s, a))
  )
    return true;
  if (branchAskedAbout(st, a, b)) return true;
  const after = st.contextAfter(b, BRANCH_WINDOW);
  if (after < 0 || st.ctxCategory[after] !== 'branch') return false;
  // "His address is 505 W 2nd St, Decorah, IA 52101.\nThe branch said …": a branch
  // named in the next sentence is not where the address is.
  const cue = st.ctxStart[after] ?? b;
  // "my address is 18 Beacon Hill Rd, …, NH 03060 — the bank's branch at …": after the
  // customer's own address cue, a dash or a semicolon also ends the address's clause.
  const own = OWN_ADDRESS_BEFORE.test(s.slice(Math.max(0, a - OWN_ADDRESS_REACH), a));
  if (sentenceBreak(s, b, cue)) return false;
  // "my mailing address is 5520 W Cermak Rd, … NOT the branch address": the customer sets
  // their own address against the branch's; round 26: so does "send it to 47 Hillside Ave Fl
  // 3, … — 3rd floor, not the store downstairs", with no address cue before it.
  if (/(?:^|[^A-Za-z])not(?![A-Za-z])/i.test(s.slice(b, cue))) return false;
  // round 28: "change my address to 2317 Rio Grande St #3, Austin TX 78705 why do i need to go
  // to a branch": after the customer's own address cue, a new clause about going to a branch.
  if (own && NEW_CLAUSE.test(s.slice(b, cue))) return false;
  if (own)
    for (let i = b; i < cue; i++) {
      const c = codeAt(s, i);
      if (c === 0x2014 || c === 0x2013 || c === 59 || (c === 45 && codeAt(s, i + 1) === 32))
        return false;
    }
  return true;
}

/** Words opening a new clause between an address and a branch cue after it. */
const NEW_CLAUSE = /\b(?:why|because|but|so|do i|did i|have to|need to|going to|go to)\b/i;

const BRANCH_QUESTION_REACH = 96;

/**
 * "What's your branch address in Nairobi? Is it still at Upper Hill, 12 Mara Road?": an
 * address asked about, in a question closed right after it, when a question about a branch
 * came a little before and the customer names no place of their own ("the ATM ate my card.
 * Can you send one to 12 Elm St?" asks for the card at their address).
 */
function branchAskedAbout(st: DetectionState, a: number, b: number): boolean {
  const s = st.s;
  let q = b;
  while (codeAt(s, q) === 32) q++;
  if (codeAt(s, q) !== 63 || ownPlaceBefore(s, a) || sendRequestBefore(s, a)) return false;
  for (let k = st.contextBefore(a, BRANCH_QUESTION_REACH); k >= 0; k--) {
    const e = st.ctxEnd[k] ?? 0;
    if (a - e > BRANCH_QUESTION_REACH) break;
    if (st.ctxCategory[k] === 'branch') return firstSentenceEndIsQuestion(s, e, a);
  }
  return false;
}

/** Whether the first sentence's end in [from, to) is a question mark. */
function firstSentenceEndIsQuestion(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = codeAt(s, i);
    if (c === 10) return false;
    if ((c === 46 || c === 33 || c === 63) && isBlank(codeAt(s, i + 1))) return c === 63;
  }
  return false;
}

/**
 * Whether a line end or a sentence's end ('.', '!' or '?' before a blank) lies in [from, to);
 * without `question`, not '?' ("the branch on Kirby? google says 3300 Kirby Dr" asks about it).
 */
function sentenceBreak(s: string, from: number, to: number, question = true): boolean {
  for (let i = from; i < to; i++) {
    const c = codeAt(s, i);
    if (c === 10 || ((c === 46 || c === 33 || (question && c === 63)) && isBlank(codeAt(s, i + 1))))
      return true;
  }
  return false;
}

/**
 * "4 Ramses St – no wait, send it to my flat Apt 9, 17 …": an address the customer takes
 * back right after writing it, to give another in its place ("41 Rue Mouffetard — scratch
 * that" with no other address after it stays read).
 */
const CORRECTED_AFTER =
  /^[ ,;:\u2013\u2014-]{0,4}(?:no,? wait|wait,? no|no no|actually,? no|scratch that|sorry,? (?:i mean|wrong|no)|oops|correction)\b/i;
const CORRECTED_REACH = 28;
const REPLACEMENT_REACH = 60;

function correctedAfter(s: string, end: number): boolean {
  const m = CORRECTED_AFTER.exec(s.slice(end, end + CORRECTED_REACH));
  if (m === null) return false;
  const from = end + m[0].length;
  return hasDigit(s, from, Math.min(s.length, from + REPLACEMENT_REACH));
}

/** "my address is …", "I live at …": the customer's own address named right before. */
const OWN_ADDRESS_BEFORE =
  /(?:\b(?:my|our) (?:(?:home|mailing|new|current|street|physical) )?address(?: (?:is|was|now is|to))?|\bi (?:live|stay|reside) at|\bmail (?:it|them) to me at):? ?$/i;
const OWN_ADDRESS_REACH = 40;

/** "I'm at …", "I live at …", "my address is …": the customer names their own place right before. */
const I_AM_AT_BEFORE = /\bi(?:'m| am)(?: now)? at $/i;

function ownPlaceBefore(s: string, a: number): boolean {
  const before = s.slice(Math.max(0, a - OWN_ADDRESS_REACH), a);
  return I_AM_AT_BEFORE.test(before) || OWN_ADDRESS_BEFORE.test(before);
}

/** "地址888 Clay St", "住所 …": an address cue in Chinese, Japanese or Korean glued to the house number. */
function cjkAddressCueBefore(s: string, a: number): boolean {
  const cue = s.slice(Math.max(0, a - 2), a);
  return cue === '地址' || cue === '住址' || cue === '住所' || cue === '주소';
}

/**
 * US street addresses ("4821 N Oak Ridge Blvd Apt 5, Springfield, IL 62704") and
 * PO boxes. The institution's published addresses and branch locations are
 * claimed as negatives.
 */
export function detectAddresses(st: DetectionState): void {
  const { s, n } = st;
  const runs = st.scan.digitRuns;
  let consumed = 0;
  for (let r = 0; r < runs.count; r++) {
    const a = runs.start[r] ?? 0;
    const b = runs.end[r] ?? 0;
    if (a < consumed) continue;
    // "N4520 Hwy 22", "W1234 County Road K": a grid house number with its compass letter.
    const grid =
      a > 0 &&
      isCompassLetter(codeAt(s, a - 1)) &&
      (a === 1 || isStreetNumberLead(codeAt(s, a - 2)));
    // "12/34 George St, Sydney NSW 2000": a unit, a slash, then the house number.
    const lead = codeAt(s, a - 1);
    const slash = lead === 47 && !grid ? slashUnitStart(s, a) : -1;
    if (
      b - a > 6 ||
      (a > 0 && !grid && slash < 0 && !isStreetNumberLead(lead) && !cjkAddressCueBefore(s, a)) ||
      // "$3,000 under KBB": a group of an amount after its comma is no house number.
      (lead === 44 && isAsciiDigit(codeAt(s, a - 2)))
    )
      continue;
    // "50 Yonsei-ro, Seodaemun-gu, Seoul 03722": a Korean road-name address in Latin letters.
    const korean = koreanAddressEnd(s, b);
    if (korean > 0) {
      if (!st.isClaimed(a, korean)) {
        emitNamedFirst(st, koreanBuildingBefore(s, a), korean);
        consumed = korean;
      }
      continue;
    }
    // "Rua das Acácias, 215, apto 42, …", "Av. Sete de Setembro, 1830, Barra, …": Brazil's
    // street type and name, then a comma before the number; read with a unit, a postcode or
    // the places, state and CEP after it.
    if (lead === 32 && codeAt(s, a - 2) === 44 && !grid) {
      const c = codeAt(s, b);
      const named = b >= n || c === 44 || c === 46 || c === 10 ? nameFirstStartAt(s, a - 2) : -1;
      const end = named >= 0 ? nameFirstEnd(st, named, b, false) : -1;
      if (end > 0) {
        emitNamedFirst(st, named, end);
        consumed = end;
        continue;
      }
    }
    // "Calle 45 # 22-18, Apto 301, Bogotá": a Colombian street by its number, and the house.
    const co = lead === 32 && !grid && b - a <= 3 ? colombianRoadStart(s, a) : -1;
    if (co >= 0) {
      const end = colombianAddressEnd(s, b, n);
      if (end > 0 && !st.isClaimed(co, end)) {
        emitNamedFirst(st, co, end);
        consumed = end;
        continue;
      }
    }
    // "Calle 12 Bloque 45 #8", "Carr. 2 Km 47.3": Puerto Rico's numbered streets and roads.
    const pr = lead === 32 && !grid ? numberedRoadStart(s, a) : -1;
    if (pr >= 0) {
      const end = numberedRoadEnd(st, pr, b);
      if (end > 0) {
        emitNamedFirst(st, urbanizationBefore(s, pr, n), end);
        consumed = end;
        continue;
      }
    }
    // A word right before the number: a box or a military unit ("PSC 1029 Box 447"), or a
    // street's name ("Rua das Flores 214").
    if (lead === 32 && !grid && isNameChar(codeAt(s, a - 2))) {
      // At most five letters back: the box and unit words have three or four.
      let w = a - 1;
      while (w > 0 && a - 1 - w < 5 && isAsciiLetter(codeAt(s, w - 1))) w--;
      const kind =
        a - 1 - w >= 3 &&
        a - 1 - w <= 4 &&
        (w === 0 || !isNameChar(codeAt(s, w - 1))) &&
        BOX_UNIT_FIRST.has(codeAt(s, w) | 32)
          ? (BOX_UNIT_WORDS.get(s, w, a - 1) ?? 0)
          : 0;
      // "PSC 1029 Box 447, APO AE 09012": a military mail address.
      if (kind === MILITARY) {
        const end = militaryEnd(s, w, b, n);
        if (end > 0 && !st.isClaimed(w, end)) {
          st.emit(ADDRESS, w, end, 'address.pobox', 0.9);
          consumed = end;
        }
        continue;
      }
      // "Box 1183, Ketchikan AK 99901", "POB 1183 …": a box with no "PO" before it, and its ZIP.
      if (kind === BOX && boxWordStands(st, w, a)) {
        const t = extendTail(s, b, n);
        if (t.zip && !st.isClaimed(w, t.end)) {
          if (nearBranch(st, w, t.end)) st.claim(w, t.end);
          else st.emit(ADDRESS, w, t.end, 'address.pobox', 0.9);
          consumed = t.end;
        }
        continue;
      }
      // "Building 1087, Unit 4, Iqaluit, NU X0A 0H0": where streets go unnamed (Nunavut), the
      // building's number is the house number; read with its postcode.
      const building = buildingWordStart(s, a);
      if (building >= 0) {
        const t = extendTail(s, b, n);
        if (t.zip && !st.isClaimed(building, t.end)) {
          emitNamedFirst(st, building, t.end);
          consumed = t.end;
          continue;
        }
      }
      // "Rua das Flores 214, apto 32, …", "… Rue du Bac 21.": the street type and name before
      // the house number, which a comma, a full stop, a line end or the text end follows.
      // "Vinohradská 1123/45": a Czech house number and its number along the street.
      const hb = orientationNumberEnd(s, b);
      const c = codeAt(s, hb);
      // round 21: "Av. Rivadavia 5120 piso 3 dto B, …": or a Latin American unit.
      const closes =
        hb >= n ||
        c === 44 ||
        c === 46 ||
        c === 10 ||
        c === 13 ||
        (c === 32 && latinUnitEnd(s, hb + 1) > 0);
      const named = closes ? nameFirstStart(s, a) : -1;
      if (named >= 0) {
        const end = nameFirstEnd(st, named, hb);
        if (end > 0) {
          emitNamedFirst(st, named, end);
          consumed = end;
          continue;
        }
      }
      // "Prinsengracht 263, 1016 GV Amsterdam", "Hauptstraße 5, 10115 Berlin": a street
      // with no type word before its number, read only with a postcode and city after it.
      const bare = closes && named < 0 ? capitalisedNameStart(s, a) : -1;
      if (bare >= 0) {
        const end = postcodeCityEnd(s, hb, n, addressCueTied(st, bare), true);
        if (end > 0 && (!st.isClaimed(bare, end) || balticTypeReadAsAmount(st, a, bare, end))) {
          emitNamedFirst(st, bare, end);
          consumed = end;
          continue;
        }
      }
    }
    // "12B Elm St", "221B Baker Street", "1234-B Oak St", "12 1/2 Elm St": a house number
    // with a letter or a half.
    const after = codeAt(s, b + 1);
    const numberEnd =
      codeAt(s, b) === 32 && after !== 49 && after !== 51 ? b : houseNumberEnd(s, a, b);
    // "4521, rue Saint-Denis": Quebec puts a comma after the house number.
    const gap =
      codeAt(s, numberEnd) === 44 &&
      codeAt(s, numberEnd + 1) === 32 &&
      frenchStreetEnd(s, numberEnd + 2, n) > 0
        ? 2
        : 1;
    if ((gap === 1 && codeAt(s, numberEnd) !== 32) || st.isClaimed(a, b)) continue;
    // "a lot off Route 9 every December": a road's number, then ordinary words, is no house.
    if (roadWordBefore(s, a) && !isUpperAt(s, numberEnd + 1)) continue;
    let p = numberEnd + gap;
    let names = 0;
    let streetEnd = -1;
    // Where the name words ended, for a street written without a suffix.
    let namesEnd = -1;
    let capitalised = isUpperAt(s, p);
    let measure = false;
    // The street is numbered ("8821 128 St"): read only with a postcode or an address cue.
    let numberedName = false;
    // "2285 rue Beaubien Est, app. 4, Montréal, QC …", "17 Calle Luna Apt 3": the street
    // type before the name.
    const french = frenchStreetEnd(s, p, n);
    let frenchEnd = -1;
    if (french > 0) {
      const t = extendTail(s, french, n);
      // "77 Rue Sainte-Catherine, 33000 Bordeaux", "…, 64000 Monterrey": the city by its postcode.
      const city = t.zip
        ? stateAfterCity(s, cityWordsEnd(s, t.end, n))
        : postcodeCityEnd(s, t.end, n);
      if (!t.zip && !t.unit && city < 0 && !addressCueTied(st, a)) continue;
      streetEnd = french;
      // "12 rue des Jardins, Cocody Riviera 3, Abidjan": no postcode, the district and city.
      frenchEnd = t.zip || city > 0 ? Math.max(t.end, city) : localitiesEnd(st, a, t.end);
    }
    for (let w = 0; french < 0 && w <= MAX_NAME_WORDS + 1; w++) {
      const we = readToken(s, p, n);
      if (we === p) break;
      const kind = STREET_WORDS.get(s, p, we) ?? 0;
      if (
        w <= 2 &&
        (kind & ROAD) !== 0 &&
        // "1170 US-49", "400 SR-7": the number hyphened to its road word.
        (codeAt(s, we) === 32 || (codeAt(s, we) === 45 && isAsciiDigit(codeAt(s, we + 1)))) &&
        (w === 0 || roadOwnersOnly(s, numberEnd + 1, p))
      ) {
        const ne = readToken(s, we + 1, n);
        if (ne > we + 1 && ne - we - 1 <= 4 && /^\d+$/.test(s.slice(we + 1, ne))) {
          streetEnd = directionAfter(s, roadSuffixEnd(s, ne, n), n);
          break;
        }
      }
      // round 26: "3455 S 700 W", "7721 W 3500 South": a street of a grid (Utah's, Idaho's),
      // a compass point, the grid line's number and another point; read as a numbered street.
      const grid = w === 0 && (kind & DIRECTION) !== 0 ? gridStreetEnd(s, we, n) : -1;
      if (grid > 0) {
        streetEnd = grid;
        numberedName = true;
        break;
      }
      // A street name word starts with a letter, or is an ordinal ("5th"), or is the number
      // of a numbered street right after the house number ("8821 128 St", "2305 5 Ave NW").
      const numbered = w === 0 && numberedStreetNameAt(s, p, we, n);
      if (isAsciiDigit(s.charCodeAt(p)) && !isOrdinal(s, p, we) && !numbered) break;
      // "Blk 128 Toa Payoh Lor 1, #12-305, …": Singapore's lorong, capitalised and numbered.
      const lorong = names >= 1 ? lorongEnd(s, p, we) : -1;
      if (lorong > 0) {
        streetEnd = lorong;
        break;
      }
      if (names >= 1 && (kind & SUFFIX) !== 0 && !isAsciiAlnum(codeAt(s, we))) {
        // "118 Main St.": the dot of an abbreviated suffix; not "14 Elm Street." ending a sentence.
        // "1701 Cedar Lane Rd Lot 44": a suffix word that is part of the name, then the suffix.
        streetEnd =
          codeAt(s, we) === 46 && we - p <= 4 && !FULL_SHORT_SUFFIXES.has(s, p, we)
            ? we + 1
            : roadSuffixEnd(s, we, n);
        streetEnd = numberedStreetEnd(s, directionAfter(s, streetEnd, n));
        break;
      }
      if ((kind & STOP) !== 0 || (names >= 1 && (kind & UNIT) !== 0 && unitValueAfter(s, we)))
        break;
      if (!allLetters(s, p, we) && !isOrdinal(s, p, we) && !numbered) break;
      if (numbered) numberedName = true;
      if (!isUpperAt(s, p) && MEASURE_WORDS.has(s, p, we)) measure = true;
      if (!(w === 0 && (kind & DIRECTION) !== 0)) names++;
      if (names > MAX_NAME_WORDS) break;
      if (!isUpperAt(s, p)) capitalised = false;
      namesEnd = we;
      // "St. Clair Ave": a dot only after an abbreviation; "Route 9 every December. Square …"
      // ends a sentence.
      if (codeAt(s, we) === 46 && we - p > ABBREVIATION_LETTERS) break;
      p = we;
      if (codeAt(s, p) === 46) p++;
      if (codeAt(s, p) !== 32) break;
      p++;
    }
    let end: number;
    if (frenchEnd >= 0) {
      end = frenchEnd;
    } else if (streetEnd >= 0) {
      const t = extendTail(s, streetEnd, n);
      if (measure && !t.zip && !t.unit) continue;
      if (numberedName && !t.zip && !addressCueTied(st, a)) continue;
      end = t.zip ? t.end : localitiesEnd(st, a, t.end, t.end > streetEnd && !t.unit);
    } else {
      // "209 Broadway #3R, New York, NY 10007", "58 Pearl, Apt 2, Worcester MA 01608":
      // capitalised name words without a suffix count when a unit and/or a
      // state and ZIP follow.
      if (names < 1 || namesEnd < 0 || !(capitalised || unitNext(s, namesEnd, n))) continue;
      const t = extendTail(s, namesEnd, n);
      // Capitalised and a unit, or any case and a state and ZIP.
      if (!t.zip && !(t.unit && capitalised && names <= 2)) continue;
      streetEnd = namesEnd;
      end = t.end;
    }
    if (st.isClaimed(a, end)) continue;
    // The unit before a slash only with the postcode after the street: "3/14 Main St" may be a date.
    // "12/3 Lake Road, Ballygunge, Kolkata 700019": India's house numbers, read with the
    // places and the PIN after them.
    if (
      slash >= 0 &&
      (st.isClaimed(slash, a) ||
        !(extendTail(s, streetEnd, n).zip || (end > streetEnd && hasDigit(s, streetEnd, end))))
    )
      continue;
    // "Lot 42, 118 Pine Ridge Rd …", "Flat 2, 41 Victoria Road …": the unit written first.
    // "1 1 2 0 Maple Street": a house number said digit by digit.
    const houseStart =
      slash >= 0 ? slash : grid ? a - 1 : b - a === 1 ? spacedHouseStart(s, a) : blockBefore(s, a);
    // "Room 214, Budget Inn, 1170 US-49 …": a room rented in a lodging is where one lives.
    const lodged = slash < 0 ? lodgingRoomBefore(s, houseStart) : -1;
    const unitStart =
      slash >= 0
        ? unitWordBefore(s, slash)
        : lodged >= 0
          ? lodged
          : coopBefore(s, floorOrUnitBefore(s, houseStart));
    if (
      (st.policy.brandHouseNumbers.has(s.slice(a, b)) &&
        st.policy.brandAddresses.has(canonicalStreet(s.slice(a, streetEnd)))) ||
      nearBranch(st, a, end) ||
      (lodged < 0 && venueAround(s, houseStart, end)) ||
      addressOfAnotherPlaceBefore(s, from0(unitStart, houseStart)) ||
      // round 24: "Car title loans … Visit us at 4410 Alameda Ave": an advertiser's.
      advertisedContact(st, from0(unitStart, houseStart)) ||
      // "mailed to 1188 Industrial Way in Reno. That is NOT my address", "mail from …".
      notTheCustomers(s, a) ||
      correctedAfter(s, end) ||
      publishedAfter(s, end) ||
      (disownedAfter(s, end) &&
        !setOnAccountBefore(s, from0(unitStart, houseStart)) &&
        !sendRequestBefore(s, from0(unitStart, houseStart)))
    ) {
      st.claim(a, end);
    } else {
      let from = unitStart >= 0 && !st.isClaimed(unitStart, houseStart) ? unitStart : houseStart;
      // "PO Box 412, 118 Mill Rd, Roseburg, OR 97470": the box and the street, one address.
      const box = poBoxBefore(s, from);
      if (box >= 0 && !st.isClaimed(box, from)) from = box;
      // "c/o Rev. Ann Lee, 55 Elm Ave …", "Maple Grove Senior Living, 40 Oak Dr …": the
      // person or the residence the mail goes through, written first.
      const line = careOfBefore(s, from);
      if (line >= 0 && !st.isClaimed(line, from)) from = line;
      else {
        const building = buildingLineBefore(s, from);
        if (building >= 0 && !st.isClaimed(building, from)) from = building;
        else if (from === houseStart) from = lotWordBefore(s, from);
      }
      const ctx = st.contextBefore(from, st.policy.contextBefore);
      const confidence = ctx >= 0 && st.ctxCategory[ctx] === 'address' ? 0.95 : 0.85;
      st.emit(ADDRESS, from, beforePhoneCue(st, from, end), 'address.street', confidence);
    }
    consumed = end;
  }
  st.foreignNear = null;
  detectPoBoxes(st);
  detectForeignAddresses(st);
  detectSpokenHouseNumbers(st);
  joinUnitLines(st);
}

/** A unit's line written before its street's: "Lot 47, Desert Sun RV Park", "Space 12". */
const UNIT_LINE = /^(?:lot|space|spc|site|unit|trailer|apt|suite|ste)\b/i;

/**
 * round 26: "Lot 47, Desert Sun RV Park\n1120 E Main St, Mesa AZ 85203": a lot or unit and the
 * park it is in, read as an address of its own, then on the next line the street with its
 * city: one address.
 */
function joinUnitLines(st: DetectionState): void {
  const { s } = st;
  const f = st.findings;
  // The addresses by where they start, looked up once per unit line: linear in the findings
  // (a post of thousands of addresses, each opening with its unit, is read in one pass).
  let byStart: Map<number, RawFinding> | null = null;
  let joined: Set<RawFinding> | null = null;
  for (const unit of f) {
    if (unit.type !== ADDRESS || !UNIT_LINE.test(s.slice(unit.start, unit.start + 8))) continue;
    if (byStart === null) {
      byStart = new Map();
      for (const g of f) if (g.type === ADDRESS) byStart.set(g.start, g);
    }
    const gap =
      codeAt(s, unit.end) === 10
        ? 1
        : s.startsWith(',\n', unit.end) || s.startsWith('\r\n', unit.end)
          ? 2
          : 0;
    const street = gap > 0 ? byStart.get(unit.end + gap) : undefined;
    if (street === undefined || street === unit || joined?.has(unit)) continue;
    unit.end = street.end;
    unit.confidence = Math.max(unit.confidence, street.confidence);
    st.claim(street.start - gap, street.end);
    (joined ??= new Set()).add(street);
  }
  if (joined === null) return;
  // Dropped in place: the array is the detection state's own.
  let kept = 0;
  for (const g of f) if (!joined.has(g)) f[kept++] = g;
  f.length = kept;
}

/**
 * "They changed my mailing address to …": the address the account was changed to is on
 * the account, even when the customer says it is not theirs.
 */
const SET_ON_ACCOUNT_BEFORE =
  /\b(?:changed|updated|switched|set|reset)\b[^.!?\n]{0,30}?\baddress(?: on (?:file|the account|my account))? to $/i;
const SET_ON_ACCOUNT_REACH = 80;

function setOnAccountBefore(s: string, a: number): boolean {
  return SET_ON_ACCOUNT_BEFORE.test(s.slice(Math.max(0, a - SET_ON_ACCOUNT_REACH), a));
}

/**
 * "Please send my new card to 3318 … not my home address", "Mail the checks to …, not my
 * address": where the customer asks for something to be sent is an address of theirs, even
 * when it is not their home (a past "you sent it to …" is not asked for).
 */
const SEND_REQUEST_BEFORE =
  /(?:\b(?:please|pls|plz|kindly|can you|could you|would you|can u|could u|i need you to|i want you to|i['’]d like you to)\b[^.!?\n]{0,16}?\b|(?:^|[.!?\n] *))(?:send|mail|ship|deliver|post|forward|redirect)\b[^.!?\n]{0,40}? to:? $/i;

function sendRequestBefore(s: string, a: number): boolean {
  return SEND_REQUEST_BEFORE.test(s.slice(Math.max(0, a - SET_ON_ACCOUNT_REACH), a));
}

/**
 * "c/o Rev. Ann Lee, ", "care of Tom Ruiz, ", "Attn: Billing, ", "Maple Grove Senior
 * Living, ": a care-of line, or a residence's name (capitalised words closed by a residence
 * word), and a comma right before the street at `a`; its start, or -1.
 */
const CARE_OF_BEFORE =
  /(?:(?<![\p{L}\d])(?:[Cc]\/[Oo]|C\/O|[Cc]are of|CARE OF|[Aa]ttn:?|ATTN:?)\s[^,!?\n]{1,40}|(?<![\p{L}\d])(?:[A-Z][\p{L}'’-]*\s){1,3}(?:Living|Manor|Nursing Home|Care Home|Care Center|Care Centre|Retirement Home|Retirement Village|Residences?|Apartments))[,\n]\s?$/u;
const CARE_OF_REACH = 48;

function careOfBefore(s: string, a: number): number {
  const from = Math.max(0, a - CARE_OF_REACH);
  const m = CARE_OF_BEFORE.exec(s.slice(from, a));
  return m === null ? -1 : from + m.index;
}

/**
 * "50 Yonsei-ro, Seodaemun-gu, Seoul 03722", "152 Teheran-ro 8-gil, Gangnam-gu, Seoul 06236,
 * South Korea": after the building number, a road named with -ro, -gil or -daero, one or two
 * districts (-gu, -gun, -si), a city and the five-digit postcode.
 */
const KOREAN_ROAD =
  /^ [A-Z][a-z]+(?:-[a-z\d]+)*?-(?:ro|gil|daero)(?: \d{1,4}(?:beon)?-gil)?,? (?:[A-Z][a-z]+-(?:gu|gun|si),? ){1,2}(?:[A-Z][a-z]+(?:-(?:si|do))?,? )?\d{5}(?![\d\p{L}])(?:,? (?:South |Republic of )?Korea\b)?/u;
const KOREAN_REACH = 112;

/** Where the Korean road-name address after the building number ending at `b` ends, or -1. */
function koreanAddressEnd(s: string, b: number): number {
  if (codeAt(s, b) !== 32 || !isUpperAt(s, b + 1)) return -1;
  const m = KOREAN_ROAD.exec(s.slice(b, b + KOREAN_REACH));
  return m === null ? -1 : b + m[0].length;
}

/**
 * "overnight a replacement card to Yonsei University International House, 50 Yonsei-ro, …":
 * a building's name, capitalised words and a comma, between a request to send something and
 * the building number at `a`, belongs to the address; its start, or `a`.
 */
const SENT_TO_BUILDING =
  /\b(?:send|sent|overnight|mail|ship|deliver|courier|forward|post)\b[^.!?\n]{0,40}? to ((?:[A-Z][\p{L}'’&.-]*\s){0,5}[A-Z][\p{L}'’&.-]*), $/u;
const SENT_TO_BUILDING_REACH = 112;

function koreanBuildingBefore(s: string, a: number): number {
  if (codeAt(s, a - 1) !== 32 || codeAt(s, a - 2) !== 44) return a;
  const from = Math.max(0, a - SENT_TO_BUILDING_REACH);
  const m = SENT_TO_BUILDING.exec(s.slice(from, a));
  return m === null ? a : a - 2 - (m[1] ?? '').length;
}

/** Where the address starting with a unit written first, or with its house number, begins. */
function from0(unitStart: number, houseStart: number): number {
  return unitStart >= 0 ? unitStart : houseStart;
}

const HUNDRED_WORDS = WordTable.of(['hundred', 'oh']);
const MAX_NUMBER_WORDS = 4;

/** End of one to four number words at `p` ("four twelve", "one two three"), or -1. */
function numberWordsEnd(s: string, p: number, n: number): number {
  let q = p;
  let end = -1;
  for (let w = 0; w < MAX_NUMBER_WORDS; w++) {
    const e = readToken(s, q, n);
    if (
      e === q ||
      !allLetters(s, q, e) ||
      (digitWordAt(s, q, e) < 0 &&
        twoDigitWordAt(s, q, e) < 0 &&
        (w === 0 || !HUNDRED_WORDS.has(s, q, e)))
    )
      break;
    end = e;
    if (codeAt(s, e) !== 32) break;
    q = e + 1;
  }
  return end;
}

/**
 * "my address is four twelve first avenue north, Fergus Falls, Minnesota 56537": a house
 * number said in words (voice typing) right after an address cue, then a street with its
 * suffix, and a unit or a state and ZIP after it.
 */
export function detectSpokenHouseNumbers(st: DetectionState): void {
  const { s, n } = st;
  for (let k = 0; k < st.ctxCount; k++) {
    if (st.ctxCategory[k] !== 'address') continue;
    let a = st.ctxEnd[k] ?? 0;
    if (codeAt(s, a) === 58) a++;
    if (codeAt(s, a) !== 32) continue;
    a++;
    if (s.slice(a, a + 3).toLowerCase() === 'is ') a += 3;
    const ne = numberWordsEnd(s, a, n);
    if (ne < 0 || codeAt(s, ne) !== 32) continue;
    let p = ne + 1;
    let names = 0;
    let streetEnd = -1;
    for (let w = 0; w <= MAX_NAME_WORDS; w++) {
      const we = readToken(s, p, n);
      if (we === p || !allLetters(s, p, we)) break;
      const kind = STREET_WORDS.get(s, p, we) ?? 0;
      // "Blk 128 Toa Payoh Lor 1, #12-305, …": Singapore's lorong, capitalised and numbered.
      const lorong = names >= 1 ? lorongEnd(s, p, we) : -1;
      if (lorong > 0) {
        streetEnd = lorong;
        break;
      }
      if (names >= 1 && (kind & SUFFIX) !== 0 && !isAsciiAlnum(codeAt(s, we))) {
        streetEnd = we;
        break;
      }
      if ((kind & (STOP | UNIT)) !== 0) break;
      names++;
      if (codeAt(s, we) !== 32) break;
      p = we + 1;
    }
    if (streetEnd < 0) continue;
    // "… first avenue north, …": a direction said after the suffix.
    if (codeAt(s, streetEnd) === 32) {
      const de = readToken(s, streetEnd + 1, n);
      if (DIRECTIONS.has(s, streetEnd + 1, de) && !isAsciiAlnum(codeAt(s, de))) streetEnd = de;
    }
    const t = extendTail(s, streetEnd, n, true);
    if (!t.zip && !t.unit) continue;
    if (st.isClaimed(a, t.end) || nearBranch(st, a, t.end) || disownedAfter(s, t.end)) continue;
    st.emit(ADDRESS, a, t.end, 'address.street', 0.85);
  }
}

/**
 * Start of a street type and its name right before the house number at `a` ("Rua das
 * Flores 214", "Avenida Paulista 1000", "Av. Paulista 1000"): at most four capitalised
 * name words and the particles between them; or -1.
 */
function nameFirstStart(s: string, a: number): number {
  return codeAt(s, a - 1) === 32 ? nameFirstStartAt(s, a - 1) : -1;
}

/** The same for a street type and name that end at `p` (a blank or a comma after them). */
function nameFirstStartAt(s: string, p0: number): number {
  let p = p0;
  let names = 0;
  for (let w = 0; w < 7; w++) {
    let e = p;
    if (names > 0 && codeAt(s, e - 1) === 46) e--;
    let t = e;
    while (t > 0 && e - t < 24 && isNameChar(codeAt(s, t - 1))) t--;
    // round 21: "C/ Mayor 23", "c/Alcalá 14": Spain's "calle" written "C/".
    const slashed = t === e || codeAt(s, t - 1) === 47 ? streetSlashStart(s, t) : -1;
    if (slashed >= 0 && (names > 0 || t < e) && (t === e || isUpperAt(s, t))) return slashed;
    if (t === e || (t > 0 && codeAt(s, t - 1) !== 32 && codeAt(s, t - 1) !== 10)) {
      return names > 0 && t < e && t === 0 && NAME_FIRST_TYPES.has(s, t, e) ? t : -1;
    }
    if (names > 0 && NAME_FIRST_TYPES.has(s, t, e)) return t;
    if (e !== p) return -1; // a dot after a name word
    if (isUpperAt(s, t)) {
      if (++names > MAX_NAME_WORDS) return -1;
    } else if (names === 0 || !FRENCH_PARTICLES.has(s, t, e)) return -1;
    if (t === 0) return -1;
    p = t - 1;
  }
  return -1;
}

/**
 * Start of Spain's "C/" (calle) ending right before `t` ("C/Mayor") or before the blank at
 * `t` ("C/ Mayor"), at a word start; or -1.
 */
function streetSlashStart(s: string, t: number): number {
  const slash =
    codeAt(s, t - 1) === 47
      ? t - 1
      : codeAt(s, t - 2) === 47 && codeAt(s, t - 1) === 32
        ? t - 2
        : -1;
  if (slash < 1 || (codeAt(s, slash - 1) | 32) !== 99) return -1;
  const c = slash - 1;
  return c === 0 || isBlank(codeAt(s, c - 1)) || codeAt(s, c - 1) === 58 || codeAt(s, c - 1) === 40
    ? c
    : -1;
}

/** After a house number ending at `b`: the end of "/45" (one to four digits), or `b`. */
function orientationNumberEnd(s: string, b: number): number {
  // "Hämeenkatu 18 B 22,": a Finnish stairway's letter and the flat's number after the house.
  if (
    codeAt(s, b) === 32 &&
    isUpperLetter(codeAt(s, b + 1)) &&
    codeAt(s, b + 2) === 32 &&
    isAsciiDigit(codeAt(s, b + 3))
  ) {
    let e = b + 3;
    while (isAsciiDigit(codeAt(s, e)) && e - b <= 5) e++;
    return e - b <= 5 && codeAt(s, e) === 44 ? e : b;
  }
  // "Tartu mnt 44-12,": an Estonian house and flat joined by a hyphen, then a comma.
  if (codeAt(s, b) === 45) {
    let e = b + 1;
    while (isAsciiDigit(codeAt(s, e)) && e - b <= 3) e++;
    return e > b + 1 && e - b <= 3 && codeAt(s, e) === 44 ? e : b;
  }
  if (codeAt(s, b) !== 47) return b;
  let e = b + 1;
  while (isAsciiDigit(codeAt(s, e)) && e - b <= 4) e++;
  return e > b + 1 && e - b <= 5 && !isAsciiAlnum(codeAt(s, e)) ? e : b;
}

/**
 * "Tartu mnt 44-12, 10115 Tallinn": "mnt" (maantee) is also the tögrög's code, and the house
 * number after it was set aside as an amount; with a postcode and city after it, the street
 * stands when no finding lies inside.
 */
function balticTypeReadAsAmount(st: DetectionState, a: number, from: number, end: number): boolean {
  const s = st.s;
  let t = a - 1;
  while (t > 0 && isAsciiLetter(codeAt(s, t - 1))) t--;
  if (t === a - 1 || !BALTIC_STREET_TYPES.has(s, t, a - 1)) return false;
  // The findings near the span only (the list only grows while the street readers run):
  // a post of such streets would otherwise search every finding before each one.
  return !nearFindings(st)
    .meeting(from, end)
    .some((x) => x.start < end && x.end > from);
}

/** round 17: Estonian and Latvian street types written after the name ("Tartu mnt", "Pärnu tee"). */
const BALTIC_STREET_TYPES = WordTable.of([
  'mnt',
  'maantee',
  'tn',
  'tanav',
  'tänav',
  'pst',
  'puiestee',
  'tee',
  'iela',
]);

/**
 * Start of one to three capitalised name words (particles between them) right before the
 * house number at `a` ("Prinsengracht 263", "Gran Vía 28"), or -1.
 */
function capitalisedNameStart(s: string, a: number): number {
  if (codeAt(s, a - 1) !== 32) return -1;
  let p = a - 1;
  let start = -1;
  for (let w = 0; w < 5; w++) {
    let t = p;
    while (t > 0 && p - t < 24 && isNameChar(codeAt(s, t - 1))) t--;
    if (t === p) break;
    if (isUpperAt(s, t) || (codeAt(s, t) >= 0xc0 && codeAt(s, t) <= 0xde)) {
      if (w >= 4) break;
      start = t;
    } else if (w === 0 && BALTIC_STREET_TYPES.has(s, t, p)) {
      // "Tartu mnt 44-12", "Brivibas iela 12": the street's type, lower-case, after its name.
    } else if (start < 0 || !FRENCH_PARTICLES.has(s, t, p)) break;
    if (t === 0 || codeAt(s, t - 1) !== 32) break;
    p = t - 1;
  }
  // "Lot 18, …", "Box 118, …": a unit or a box, not a street.
  if (start < 0) return -1;
  const we = readToken(s, start, a);
  return (STREET_WORDS.get(s, start, we) ?? 0) !== 0 || BOX_UNIT_WORDS.has(s, start, we)
    ? -1
    : start;
}

function isNameChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 45;
}

/**
 * End of an address whose house number ends at `b` after its street ("Rua das Flores 214"):
 * a unit, a postcode or an address cue must come with it; or -1.
 */
function nameFirstEnd(st: DetectionState, from: number, b: number, cueCounts = true): number {
  const { s, n } = st;
  const t = extendTail(s, b, n);
  const city = t.zip ? stateAfterCity(s, cityWordsEnd(s, t.end, n)) : postcodeCityEnd(s, t.end, n);
  // "Rua das Acácias 215, apto 42, Vila Mariana, São Paulo - SP, 04115-030".
  const br = t.zip || city > 0 ? -1 : brazilianTailEnd(s, t.end, n);
  // round 21: "…, X5000 Córdoba", "…, Caballito, CABA (C1424)": Argentina's postcode (CPA).
  const ar = t.zip || city > 0 || br > 0 ? -1 : argentineTailEnd(st, from, t.end);
  if (!t.zip && !t.unit && city < 0 && br < 0 && ar < 0 && !(cueCounts && addressCueTied(st, from)))
    return -1;
  let end = Math.max(t.end, city, br, ar);
  // round 21: "Av. Vicuña Mackenna 4860 depto 1203, Macul, Santiago" after an address cue: the
  // district and city, where no postcode is written.
  if (!t.zip && city < 0 && br < 0 && ar < 0 && t.unit) end = localitiesEnd(st, from, end);
  return st.isClaimed(from, end) ? -1 : end;
}

/**
 * An Argentine postcode (CPA): the province's letter and four digits, with the block's three
 * letters or not ("C1424", "X5000", "C1424ABC").
 */
const ARGENTINE_CPA = /^[A-HJ-NP-Z]\d{4}(?:[A-Z]{3})?(?![\dA-Za-z])/;

/**
 * After an Argentine street, its house and units ending at `p`: ", X5000 Córdoba" (the CPA,
 * then its city), or the places after an address cue and the CPA after them, in parentheses
 * or not (", Caballito, CABA (C1424)"); the end, or -1.
 */
function argentineTailEnd(st: DetectionState, from: number, p: number): number {
  const { s, n } = st;
  if (codeAt(s, p) !== 44 || codeAt(s, p + 1) !== 32) return -1;
  const m = ARGENTINE_CPA.exec(s.slice(p + 2, p + 12));
  if (m !== null) {
    const city = cityWordsEnd(s, p + 2 + m[0].length, n);
    return city > 0 ? city : -1;
  }
  if (!addressCueNear(st, from)) return -1;
  let q = p;
  for (let k = 0; k <= MAX_LOCALITIES; k++) {
    if (codeAt(s, q) === 44) q++;
    if (codeAt(s, q) !== 32) return -1;
    const paren = codeAt(s, q + 1) === 40;
    const cpa = ARGENTINE_CPA.exec(s.slice(q + (paren ? 2 : 1), q + 12));
    if (cpa !== null && k > 0) {
      const e = q + (paren ? 2 : 1) + cpa[0].length;
      if (!paren) return e;
      return codeAt(s, e) === 41 ? e + 1 : -1;
    }
    if (k === MAX_LOCALITIES || !isUpperAt(s, q + 1)) return -1;
    const we = cityWordsEnd(s, q, n);
    if (we < 0) return -1;
    q = we;
  }
  return -1;
}

/** Brazil's states as addresses write them after the city ("São Paulo - SP", "Salvador/BA"). */
const BRAZILIAN_STATES = new Set([
  'AC',
  'AL',
  'AP',
  'AM',
  'BA',
  'CE',
  'DF',
  'ES',
  'GO',
  'MA',
  'MT',
  'MS',
  'MG',
  'PA',
  'PB',
  'PR',
  'PE',
  'PI',
  'RJ',
  'RN',
  'RS',
  'RO',
  'RR',
  'SC',
  'SP',
  'SE',
  'TO',
]);

/** End of a Brazilian CEP at `p` (", 04115-030", " CEP 04115030"), or -1. */
function cepEnd(s: string, p: number): number {
  const m = /^,? (?:CEP:? ?\d{5}-?\d{3}|\d{5}-\d{3})(?![\dA-Za-z])/.exec(s.slice(p, p + 18));
  return m === null ? -1 : p + m[0].length;
}

/** End of the state after a city ending at `p` (" - SP", "/BA", "-RJ"), or -1. */
function brazilianStateEnd(s: string, p: number): number {
  let q = p;
  if (codeAt(s, q) === 32 && codeAt(s, q + 1) === 45 && codeAt(s, q + 2) === 32) q += 3;
  else if (codeAt(s, q) === 47 || codeAt(s, q) === 45) q++;
  else return -1;
  if (
    !isUpperLetter(codeAt(s, q)) ||
    !isUpperLetter(codeAt(s, q + 1)) ||
    isAsciiAlnum(codeAt(s, q + 2))
  )
    return -1;
  return BRAZILIAN_STATES.has(s.slice(q, q + 2)) ? q + 2 : -1;
}

/**
 * After a Brazilian street and its number (and unit) ending at `p`: the neighbourhood and
 * the city, then the state ("…, Vila Mariana, São Paulo - SP, 04115-030") or the CEP alone
 * after them ("…, Barra, Salvador, 40140-110"); the end, or -1 where neither comes.
 */
function brazilianTailEnd(s: string, p: number, n: number): number {
  let e = p;
  for (let k = 0; k <= MAX_LOCALITIES; k++) {
    if (codeAt(s, e) !== 44 || !isUpperAt(s, e + 2)) break;
    const we = cityWordsEnd(s, e + 1, n);
    if (we < 0) break;
    const uf = brazilianStateEnd(s, we);
    if (uf > 0) {
      const cep = cepEnd(s, uf);
      return countryEnd(s, cep > 0 ? cep : uf);
    }
    if (!localityCloses(s, we)) break;
    e = we;
  }
  const cep = e > p ? cepEnd(s, e) : -1;
  return cep > 0 ? countryEnd(s, cep) : -1;
}

/** Emits the address [from, end) read from its street type, unless it is not the customer's. */
function emitNamedFirst(st: DetectionState, from: number, end: number): void {
  const s = st.s;
  if (
    nearBranch(st, from, end) ||
    // round 21: "la oficina de Av. …", "el cajero de Bv. …": a branch's or an ATM's address.
    placeOfBefore(st, from) ||
    venueAround(s, from, end) ||
    addressOfAnotherPlaceBefore(s, from) ||
    notTheCustomers(s, from) ||
    correctedAfter(s, end) ||
    publishedAfter(s, end) ||
    (disownedAfter(s, end) && !setOnAccountBefore(s, from))
  ) {
    st.claim(from, end);
    return;
  }
  const ctx = st.contextBefore(from, st.policy.contextBefore);
  const confidence = ctx >= 0 && st.ctxCategory[ctx] === 'address' ? 0.95 : 0.85;
  st.emit(ADDRESS, from, beforePhoneCue(st, from, end), 'address.street', confidence);
}

/** The last word of a lodging's name: "Budget Inn", "Super 8 Motel", "Pine Lodge". */
const LODGINGS = WordTable.of(['inn', 'motel', 'hotel', 'lodge', 'suites', 'hostel']);
/** Rooms rented in a lodging: "Room 214", "Rm 12", "Suite 3", "Unit 7". */
const LODGING_ROOMS = WordTable.of(['room', 'rm', 'suite', 'ste', 'unit']);
const MAX_LODGING_WORDS = 4;

/**
 * "Room 214, Budget Inn, 1170 US-49, …", "Rm 12, Super 8 Motel, …": a room, then a lodging's
 * name (at most four words, capitalised or numbers, the last a lodging word), each closed by a
 * comma, written before the house number at `a`; the room's start, or -1.
 */
function lodgingRoomBefore(s: string, a: number): number {
  if (codeAt(s, a - 1) !== 32 || codeAt(s, a - 2) !== 44) return -1;
  const e = a - 2;
  let p = e;
  while (p > 0 && e - p < 8 && isAsciiLetter(codeAt(s, p - 1))) p--;
  if (!isUpperAt(s, p) || !LODGINGS.has(s, p, e)) return -1;
  for (let w = 1; w < MAX_LODGING_WORDS && codeAt(s, p - 1) === 32; w++) {
    if (codeAt(s, p - 2) === 44) break;
    let q = p - 1;
    while (q > 0 && p - 1 - q < 16 && isAsciiAlnum(codeAt(s, q - 1))) q--;
    if (q === p - 1 || !(isUpperAt(s, q) || isAsciiDigit(codeAt(s, q)))) return -1;
    p = q;
  }
  if (codeAt(s, p - 1) !== 32 || codeAt(s, p - 2) !== 44) return -1;
  const u = unitBefore(s, p);
  if (u < 0) return -1;
  let ue = u;
  while (isAsciiLetter(codeAt(s, ue))) ue++;
  return LODGING_ROOMS.has(s, u, ue) ? u : -1;
}

/** Start of "Unit " right before `p` ("Unit 5/120 Smith Street"), or -1. */
function unitWordBefore(s: string, p: number): number {
  if (codeAt(s, p - 1) !== 32) return -1;
  let w = p - 1;
  while (w > 0 && p - 1 - w < 9 && isAsciiLetter(codeAt(s, w - 1))) w--;
  if (w > 0 && isAsciiAlnum(codeAt(s, w - 1))) return -1;
  return UNITS.has(s, w, p - 1) ? w : -1;
}

const CANADIAN_POSTCODE = /\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b/;

/**
 * Where the house number whose digits are [a, b) ends: after "B", "-B", " 1/2", " 3/4"
 * or " ½"; or after a hyphen and its second part, as Queens numbers its houses by the
 * cross street ("31-14 Ditmars Blvd": one to three digits each side).
 */
function houseNumberEnd(s: string, a: number, b: number): number {
  const c = codeAt(s, b);
  if (isUpperLetter(c) && codeAt(s, b + 1) === 32) return b + 1;
  if (c === 45 && isUpperLetter(codeAt(s, b + 1)) && codeAt(s, b + 2) === 32) return b + 2;
  if (c === 45 && b - a <= 3) {
    // Hawaii numbers its houses by zone and lot: "87-1104 Kaumualii St" (a zone of one or two
    // digits, then up to four); round 21: Canada writes the suite before the civic number
    // ("402-1150 Bay Street, Toronto, ON M5S 2B4"), read so only with a Canadian postcode ahead
    // ("555-1234 Main St" is a phone number).
    const reach = 4;
    let e = b + 1;
    while (isAsciiDigit(codeAt(s, e)) && e - b <= reach) e++;
    const long = b - a === 3 && e - b === reach + 1;
    if (
      e - b >= 2 &&
      e - b <= reach + 1 &&
      codeAt(s, e) === 32 &&
      (!long || CANADIAN_POSTCODE.test(s.slice(e, e + 80)))
    )
      return e;
  }
  if (c !== 32) return b;
  const f = codeAt(s, b + 1);
  // "½" reaches here as "1⁄2" (a fraction slash).
  const slash = codeAt(s, b + 2);
  if (
    (f === 49 || f === 51) &&
    (slash === 47 || slash === 0x2044) &&
    (codeAt(s, b + 3) === 50 || codeAt(s, b + 3) === 52) &&
    codeAt(s, b + 4) === 32
  )
    return b + 4;
  return b;
}

/** Start of "12/" (one to four digits and a slash, at a word start) right before `a`, or -1. */
function slashUnitStart(s: string, a: number): number {
  if (codeAt(s, a - 1) !== 47) return -1;
  let u = a - 1;
  while (u > 0 && a - 1 - u < 4 && isAsciiDigit(codeAt(s, u - 1))) u--;
  if (u === a - 1 || (u > 0 && !isStreetNumberLead(codeAt(s, u - 1)))) return -1;
  return u;
}

/** The military post offices and their "states": "APO AE", "FPO AP", "DPO AA". */
const MILITARY_OFFICES = WordTable.of(['apo', 'fpo', 'dpo']);
const MILITARY_STATES = WordTable.of(['aa', 'ae', 'ap']);

/**
 * "PSC", "CMR", "Unit": what numbers a military mail address before its box; "HCR": a
 * highway contract route and its box. "Box", "POB": a box alone.
 */
const MILITARY = 1;
const BOX = 2;
const BOX_UNIT_WORDS = WordTable.ofBits([
  [['psc', 'cmr', 'unit', 'hcr'], MILITARY],
  [['box', 'pob'], BOX],
]);

/** The first letters of those words, lower-cased: b, c, h, p, u. */
const BOX_UNIT_FIRST = new Set([98, 99, 104, 112, 117]);

/**
 * Whether the "Box" or "POB" at `w`, before the number at `a`, stands alone: at a word
 * start, no box cue ("PO Box") ending there, and no number before it ("RR 2 Box 118" is
 * read from its route).
 */
function boxWordStands(st: DetectionState, w: number, a: number): boolean {
  const s = st.s;
  if (w > 0 && !isBlank(codeAt(s, w - 1)) && codeAt(s, w - 1) !== 58 && codeAt(s, w - 1) !== 44)
    return false;
  let p = w;
  while (p > 0 && isBlank(codeAt(s, p - 1))) p--;
  // "R.R. 2, Box 77": a comma between the route and its box.
  if (codeAt(s, p - 1) === 44 && isAsciiDigit(codeAt(s, p - 2))) {
    let d = p - 2;
    while (d > 0 && p - d < 6 && isAsciiDigit(codeAt(s, d - 1))) d--;
    const route = st.contextBefore(d, 2);
    if (route >= 0 && st.ctxCategory[route] === 'pobox') return false;
  }
  if (isAsciiDigit(codeAt(s, p - 1)) || codeAt(s, p - 1) === 46) return false;
  const k = st.contextBefore(a, 2);
  return !(k >= 0 && st.ctxCategory[k] === 'pobox');
}

/**
 * End of " Box 447" after the unit's number ending at `b`, then of ", APO AE 09012"
 * (a line break may stand for the comma); "Unit" needs the post office, "PSC" and "CMR"
 * with a box are military addresses on their own. -1 when it is not one.
 */
function militaryEnd(s: string, from: number, b: number, n: number): number {
  const box = /^,? box #?\d{1,5}[A-Z]?\b/i.exec(s.slice(b, b + 16));
  if (box === null) return -1;
  const end = b + box[0].length;
  let p = end;
  if (codeAt(s, p) === 44) p++;
  p = partBreak(s, p);
  const oe = p > 0 ? readToken(s, p, n) : -1;
  if (oe - p === 3 && MILITARY_OFFICES.has(s, p, oe) && codeAt(s, oe) === 32) {
    const se = readToken(s, oe + 1, n);
    if (se - oe - 1 === 2 && MILITARY_STATES.has(s, oe + 1, se)) {
      const ze = zipAfter(s, se, n);
      if (ze > 0) return ze;
    }
  }
  // "Unit …" needs its APO / FPO / DPO; "PSC 4 Box 12, Roy NM 87743" may have a city tail.
  return (codeAt(s, from) | 32) === 117 ? -1 : extendTail(s, end, n).end;
}

/**
 * Street types written before the street's name: French ("rue Laval", "boul. Saint-Joseph"),
 * Spanish and Portuguese ("Calle Luna", "Avenida Juárez", "Rua Augusta").
 */
const FRENCH_STREET_TYPE_WORDS = [
  'calle',
  'avenida',
  'avda',
  'rua',
  'camino',
  'paseo',
  'rue',
  'boul',
  'boulevard',
  'bd',
  'av',
  'avenue',
  'ch',
  'chemin',
  'rang',
  'route',
  'rte',
  'montee',
  'allee',
  'impasse',
  'place',
  'promenade',
  'cote',
];
const FRENCH_STREET_TYPES = WordTable.of(FRENCH_STREET_TYPE_WORDS);
/**
 * Street types written before the name and the house number after it: those above, and
 * Italian ("Via Roma 24"), Catalan, Portuguese and Polish ("ul. Długa 15") ones.
 */
const NAME_FIRST_TYPES = WordTable.of([
  ...FRENCH_STREET_TYPE_WORDS,
  'via',
  'viale',
  'piazza',
  'piazzale',
  'corso',
  'largo',
  'vicolo',
  'plaza',
  'carrer',
  'avinguda',
  'travessa',
  'praca',
  'alameda',
  'estrada',
  'ul',
  'ulica',
  'aleja',
  // round 21: Argentina, Chile, Peru and Mexico ("Bv. San Juan 1045", "Pasaje Los Aromos
  // 1532", "Psje. Las Lilas 22", "Calz. de Tlalpan 1420", "Priv. Los Olivos 18").
  'bv',
  'bvd',
  'bulevar',
  'pasaje',
  'psje',
  'pje',
  'calzada',
  'calz',
  'privada',
  'priv',
  'prolongacion',
  'prol',
  'diagonal',
]);
/** Words that join a French street's name: "rue de la Gauchetière", "chemin du Lac". */
const FRENCH_PARTICLES = WordTable.of([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  // "Calle del Sol", "Rua das Flores".
  'del',
  'el',
  'las',
  'los',
  'da',
  'das',
  'do',
  'dos',
]);
const ADDRESS_CUE_REACH = 24;

/** Whether an address cue ("moved to", "my address is") is tied to the house number at `a`. */
function addressCueTied(st: DetectionState, a: number): boolean {
  const k = st.contextBefore(a, ADDRESS_CUE_REACH);
  return k >= 0 && st.ctxCategory[k] === 'address' && linkerOnly(st.s, st.ctxEnd[k] ?? 0, a);
}

/**
 * Whether an address cue is tied to `a`, or one short word stands between them as a
 * copula other than English's does ("my address na 14 …", Nigerian Pidgin).
 */
function addressCueNear(st: DetectionState, a: number): boolean {
  if (addressCueTied(st, a)) return true;
  const k = st.contextBefore(a, ADDRESS_CUE_REACH);
  if (k < 0 || st.ctxCategory[k] !== 'address') return false;
  const s = st.s;
  let p = st.ctxEnd[k] ?? a;
  if (codeAt(s, p) === 58) p++;
  if (codeAt(s, p) !== 32) return false;
  let e = p + 1;
  while (e < a && isAsciiLetter(codeAt(s, e))) e++;
  return e - p - 1 >= 1 && e - p - 1 <= 3 && codeAt(s, e) === 32 && e + 1 === a;
}

const MAX_CITY_WORDS = 3;

/**
 * End of " Monterrey", " Le Mans", " Ciudad de México" (capitalised words, at most three,
 * and the particles between them) at `p`, or -1.
 */
function cityWordsEnd(s: string, p: number, n: number): number {
  let q = p;
  let end = -1;
  for (let w = 0; w < MAX_CITY_WORDS + 2; w++) {
    if (codeAt(s, q) !== 32) break;
    const e = nameTokenEnd(s, q + 1, n);
    if (e === q + 1 || isAsciiAlnum(codeAt(s, e))) break;
    if (isUpperAt(s, q + 1)) end = e;
    else if (end < 0 || !FRENCH_PARTICLES.has(s, q + 1, e)) break;
    q = e;
  }
  return end;
}

/**
 * After a street: ", 33000 Bordeaux", " 01310-100 São Paulo" (a postcode, then its city) or
 * ", Paris 75007" (a city, then five digits); the end, or -1.
 */
/**
 * `bare`: the street had no type word; then only a postcode written before its city counts
 * ("Box 118, Beulah ND 58523" is no street), and the city is no street word ("2200 Hwy 70").
 */
function postcodeCityEnd(
  s: string,
  p: number,
  n: number,
  fourDigits = false,
  bare = false,
): number {
  const end = postcodeAndCityEnd(s, p, n, fourDigits, bare);
  return end < 0 ? end : countryEnd(s, end);
}

/**
 * End of a European postcode at `q` written other than as five digits: "1016 GV" (Dutch),
 * "120 00" (Czech, Slovak, Swedish), "00-950" (Polish), and four digits alone ("1010 Wien")
 * when `fourDigits`; or -1.
 */
function europeanPostcodeEnd(s: string, q: number, fourDigits: boolean): number {
  // "1250-090": a Portuguese código postal.
  const m = /^(?:\d{4}-\d{3}|\d{4} [A-Z]{2}|\d{3} \d{2}|\d{2}-\d{3}|\d{4})(?![\dA-Za-z-])/.exec(
    s.slice(q, q + 8),
  );
  if (m === null || (m[0].length === 4 && !fourDigits)) return -1;
  return q + m[0].length;
}

function postcodeAndCityEnd(
  s: string,
  p: number,
  n: number,
  fourDigits: boolean,
  bare: boolean,
): number {
  let q = p;
  if (codeAt(s, q) === 44) q++;
  // round 19: a letter's layout puts the postcode and city on the next line
  // ("Seestraße 41\n88662 Überlingen").
  const nextLine = codeAt(s, q) === 10;
  if (codeAt(s, q) !== 32 && !nextLine) return -1;
  let e = q + 1;
  while (e < n && e - q <= 6 && isAsciiDigit(codeAt(s, e))) e++;
  if (e - q - 1 === 5) {
    // "01310-100": a Brazilian CEP.
    if (codeAt(s, e) === 45 && /^\d{3}(?!\d)/.test(s.slice(e + 1, e + 5))) e += 4;
    if (isAsciiAlnum(codeAt(s, e))) return -1;
    return stateAfterCity(s, cityWordsEnd(s, e, n));
  }
  const eu = europeanPostcodeEnd(s, q + 1, fourDigits);
  if (eu > 0) {
    const city = cityWordsEnd(s, eu, n);
    if (city < 0 || (STREET_WORDS.get(s, eu + 1, readToken(s, eu + 1, n)) ?? 0) !== 0) return -1;
    // "Praha 2", "Wien 1": a city's district by its number.
    const d = /^ \d{1,2}(?![\dA-Za-z])/.exec(s.slice(city, city + 4));
    return d === null ? city : city + d[0].length;
  }
  if (e !== q + 1 || bare || nextLine) return -1;
  const city = cityWordsEnd(s, q, n);
  if (city < 0) return -1;
  let z = city;
  if (codeAt(s, z) === 44) z++;
  if (codeAt(s, z) !== 32) return -1;
  let ze = z + 1;
  while (ze < n && ze - z <= 6 && isAsciiDigit(codeAt(s, ze))) ze++;
  return ze - z - 1 === 5 && !isAsciiAlnum(codeAt(s, ze)) ? ze : -1;
}

/**
 * The abbreviations of Mexico's states as addresses write them after the city
 * ("58000 Morelia, Mich.", "64000 Monterrey, N.L.").
 */
const MEXICAN_STATES = [
  'Ags.',
  'B.C.',
  'B.C.S.',
  'Camp.',
  'Chis.',
  'Chih.',
  'Coah.',
  'Col.',
  'CDMX',
  'Dgo.',
  'Gto.',
  'Gro.',
  'Hgo.',
  'Jal.',
  'Edomex',
  'Edo. Méx.',
  'Méx.',
  'Mich.',
  'Mor.',
  'Nay.',
  'N.L.',
  'Oax.',
  'Pue.',
  'Qro.',
  'Q. Roo',
  'S.L.P.',
  'Sin.',
  'Son.',
  'Tab.',
  'Tamps.',
  'Tlax.',
  'Ver.',
  'Yuc.',
  'Zac.',
];

/** After a city ending at `p` (-1: none): ", Mich." and the like; the end of the state, or `p`. */
function stateAfterCity(s: string, p: number): number {
  if (p < 0 || codeAt(s, p) !== 44 || codeAt(s, p + 1) !== 32) return p;
  for (const st of MEXICAN_STATES) {
    if (s.startsWith(st, p + 2) && !isAsciiLetter(codeAt(s, p + 2 + st.length))) {
      return p + 2 + st.length;
    }
  }
  return p;
}

/** A name word: letters (accented ones too), hyphens and apostrophes inside ("Saint-Joseph"). */
function nameTokenEnd(s: string, p: number, n: number): number {
  let q = p;
  while (q < n) {
    const c = codeAt(s, q);
    if (isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) q++;
    else if (c === 45 && q > p && isAsciiLetter(codeAt(s, q + 1))) q++;
    // round 19: French elision inside a place's name ("Villeneuve-d'Ascq", "L'Haÿ-les-Roses"):
    // a "d" or "l" opening the name or a hyphened part, an apostrophe, a capital.
    else if (
      (c === 39 || c === 0x2019) &&
      q > p &&
      elidedParticle(s, p, q - 1) &&
      isUpperAt(s, q + 1)
    )
      q++;
    else break;
  }
  return q;
}

function elidedParticle(s: string, p: number, at: number): boolean {
  const c = codeAt(s, at) | 32;
  return (c === 100 || c === 108) && (at === p || codeAt(s, at - 1) === 45);
}

/**
 * After a house number at `p`: a French street type, then up to four name words
 * (capitalised, or joined by "de", "du", "la" …; a direction such as "Est" is one);
 * the end of the last name word, or -1.
 */
function frenchStreetEnd(s: string, p: number, n: number): number {
  // The types are written in lower case, or "Rue", "Boul." …: most house numbers are
  // followed by a capitalised English name, not looked up here.
  const c0 = codeAt(s, p);
  if (c0 < 97 || c0 > 122) {
    if (c0 !== 82 && c0 !== 66 && c0 !== 67 && c0 !== 65 && c0 !== 80) return -1; // R B C A P
    const c1 = codeAt(s, p + 1);
    // u o h v d a
    if (c1 !== 117 && c1 !== 111 && c1 !== 104 && c1 !== 118 && c1 !== 100 && c1 !== 97) return -1;
  }
  const te = nameTokenEnd(s, p, n);
  if (te === p || !FRENCH_STREET_TYPES.has(s, p, te)) return -1;
  let q = te;
  if (codeAt(s, q) === 46) q++;
  if (codeAt(s, q) !== 32) return -1;
  q++;
  let end = -1;
  for (let w = 0; w < 6; w++) {
    const e = nameTokenEnd(s, q, n);
    if (e === q) break;
    // "17 Rue Lafayette Apt 3": a unit after the name is no name word.
    if (end > 0 && UNITS.has(s, q, e)) break;
    // "rue de la Montagne": particles are passed over, name words are capitalised.
    if (!FRENCH_PARTICLES.has(s, q, e)) {
      if (!isUpperAt(s, q)) break;
      end = e;
    }
    q = e;
    const c = codeAt(s, q);
    if (c === 39 || c === 0x2019) {
      q++;
      continue;
    }
    if (c !== 32) break;
    q++;
  }
  return end;
}

/** Whether [a, b) holds only words that may own a numbered road ("County", "State", "US"). */
function roadOwnersOnly(s: string, a: number, b: number): boolean {
  let p = a;
  while (p < b) {
    let q = p;
    while (q < b && isAsciiLetter(codeAt(s, q))) q++;
    if (q === p) return false;
    if (!ROAD_OWNERS.has(s, p, q)) return false;
    p = q;
    while (p < b && codeAt(s, p) === 32) p++;
  }
  return true;
}

/** "15 Queen St W": a compass direction after the suffix, capitalised, then not a letter or digit. */
function directionAfter(s: string, p: number, n: number): number {
  if (codeAt(s, p) !== 32 || !isUpperLetter(codeAt(s, p + 1))) return p;
  const we = readToken(s, p + 1, n);
  if (we - p - 1 > 2 || !DIRECTIONS.has(s, p + 1, we)) return p;
  return codeAt(s, we) === 46 ? we + 1 : we;
}

/**
 * After a compass point ending at `we` ("3455 S| 700 W"): a grid line's number of two to five
 * digits and a compass point of one letter or a word (not "NE"), capitalised; the end of the
 * point (past its dot), or -1.
 */
function gridStreetEnd(s: string, we: number, n: number): number {
  let p = we;
  if (codeAt(s, p) === 46) p++;
  if (codeAt(s, p) !== 32) return -1;
  const d = p + 1;
  let q = d;
  while (q < n && isAsciiDigit(codeAt(s, q))) q++;
  if (q - d < 2 || q - d > 5 || codeAt(s, q) !== 32 || !isUpperLetter(codeAt(s, q + 1))) return -1;
  const e = readToken(s, q + 1, n);
  if (e - q - 1 === 2 || !DIRECTIONS.has(s, q + 1, e)) return -1;
  return codeAt(s, e) === 46 ? e + 1 : e;
}

/**
 * Start of a unit written before the house number ("Lot 42, ", "Flat 2, ",
 * "Apt 12 "): a unit word and a short value, then a comma or a space; or -1.
 */
function unitBefore(s: string, a: number): number {
  let p = a - 1;
  if (codeAt(s, p) !== 32) return -1;
  p--;
  if (codeAt(s, p) === 44) p--;
  let v = p + 1;
  // "Flat 3/2, 41 Hyndland Road": a Glasgow flat by its floor and door.
  while (
    v > 0 &&
    v - p <= 5 &&
    (isAsciiAlnum(codeAt(s, v - 1)) || codeAt(s, v - 1) === 45 || codeAt(s, v - 1) === 47)
  )
    v--;
  if (v === p + 1 || !/\d|^[A-Z]{1,2}$/.test(s.slice(v, p + 1)) || codeAt(s, v) === 47) return -1;
  let u = v - 1;
  if (codeAt(s, u) === 35) {
    // "#4, 22 Elm St": the value after "#"; "Unit #4, …": and the unit word before it.
    if (u > 0 && isAsciiAlnum(codeAt(s, u - 1))) return -1;
    if (codeAt(s, u - 1) !== 32) return u;
    let w = u - 1;
    while (w > 0 && isAsciiLetter(codeAt(s, w - 1))) w--;
    return w < u - 1 && (w === 0 || !isAsciiAlnum(codeAt(s, w - 1))) && UNITS.has(s, w, u - 1)
      ? w
      : u;
  }
  if (codeAt(s, u) !== 32) return -1;
  if (codeAt(s, u - 1) === 46) u--;
  let w = u;
  while (w > 0 && isAsciiLetter(codeAt(s, w - 1))) w--;
  if (w === u || (w > 0 && isAsciiAlnum(codeAt(s, w - 1))) || !UNITS.has(s, w, u)) return -1;
  return w;
}

/**
 * round 26: a floor by its ordinal ("2nd Fl", "3rd floor rear"), or a basement ("Bsmt",
 * "Basement"), as New York and Philadelphia addresses name the unit.
 */
const FLOOR_UNIT =
  /^(?:\d{1,2}(?:st|nd|rd|th) (?:fl\.?|flr\.?|floor)|bsmt|basement)(?: (?:rear|front|left|right))?(?![\p{L}\d])/iu;
const FLOOR_UNIT_BEFORE =
  /(?:^|[\s:(])((?:\d{1,2}(?:st|nd|rd|th) (?:fl\.?|flr\.?|floor)|bsmt|basement)(?: (?:rear|front|left|right))?,? )$/i;

/** The unit written before the house number (unitBefore), or a floor or basement: its start, or -1. */
function floorOrUnitBefore(s: string, a: number): number {
  const u = unitBefore(s, a);
  if (u >= 0) return u;
  const m = FLOOR_UNIT_BEFORE.exec(s.slice(Math.max(0, a - 28), a));
  return m === null ? -1 : a - (m[1] ?? '').length;
}

/** "Co-op Bldg 4, 1 Fordham Hill Oval …": a co-op's building named before its unit. */
function coopBefore(s: string, u: number): number {
  if (u < 0) return u;
  const m = /(?:^|[\s:(])(co-?op )$/i.exec(s.slice(Math.max(0, u - 8), u));
  return m === null ? u : u - (m[1] ?? '').length;
}

/** Whether a unit ("apt 3", "#4B") follows the name words: the cheap test before a tail. */
/** After "(Québec) " or "(QC) " at `r` (at most 24 characters inside): a Canadian postal code's end, or -1. */
function parenthesisedProvinceEnd(s: string, r: number, n: number): number {
  let c = r + 1;
  while (c < n && c - r <= 24 && codeAt(s, c) !== 41) {
    if (!isNameChar(codeAt(s, c)) && codeAt(s, c) !== 32) return -1;
    c++;
  }
  if (codeAt(s, c) !== 41 || c === r + 1 || codeAt(s, c + 1) !== 32) return -1;
  return canadianPostcodeEnd(s, c + 2);
}

/**
 * Whether a unit's value follows the unit word ending at `we` ("Apt 4", "Bay 7", "Ste #2",
 * "Unit B"): a word such as "Bay" or "Ph" that a street name also holds ("Brickell Bay
 * Dr") is a unit only so.
 */
function unitValueAfter(s: string, we: number): boolean {
  let q = we;
  if (codeAt(s, q) === 46) q++;
  if (codeAt(s, q) !== 32) return true;
  const c = codeAt(s, q + 1);
  if (c === 35 || isAsciiDigit(c)) return true;
  return isUpperLetter(c) && !isAsciiLetter(codeAt(s, q + 2));
}

function unitNext(s: string, p: number, n: number): boolean {
  let q = p;
  if (codeAt(s, q) === 44) q++;
  if (codeAt(s, q) === 32 || codeAt(s, q) === 10) q++;
  if (codeAt(s, q) === 35) return true;
  let e = q;
  while (e < n && e - q < 9 && isAsciiLetter(codeAt(s, e))) e++;
  return UNITS.has(s, q, e);
}

function isUpperAt(s: string, p: number): boolean {
  const c = codeAt(s, p);
  return c >= 65 && c <= 90;
}

function isCompassLetter(c: number): boolean {
  return c === 78 || c === 83 || c === 69 || c === 87; // N S E W
}

function isStreetNumberLead(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 40 || c === 44 || c === 58 || c === 34 || c === 39
  );
}

const GENERAL_DELIVERY = /^general delivery$/i;

function detectPoBoxes(st: DetectionState): void {
  const { s, n } = st;
  for (let k = 0; k < st.ctxCount; k++) {
    const a = st.ctxStart[k] ?? 0;
    let p = st.ctxEnd[k] ?? 0;
    // round 25: "Rt 2 Box 118, Kotzebue, AK 99752": a rural route written "Rt", which is
    // otherwise a routing number's cue; read as a route only when its box follows (below).
    const route = st.ctxCategory[k] === 'routing' && p - a === 2 && /^rt$/i.test(s.slice(a, p));
    if (st.ctxCategory[k] !== 'pobox' && !route) continue;
    // round 26: "General Delivery\nGustavus, AK 99826": no box number, the city, state and ZIP.
    if (!route && p - a === 16 && GENERAL_DELIVERY.test(s.slice(a, p))) {
      const t = extendTail(s, p, n);
      if (t.zip && !st.isClaimed(a, t.end)) st.emit(ADDRESS, a, t.end, 'address.pobox', 0.9);
      continue;
    }
    if (codeAt(s, p) === 32) p++;
    if (codeAt(s, p) === 35) p++;
    let q = p;
    while (q < n && isAsciiDigit(codeAt(s, q))) q++;
    // "P.O. Box 45120-00100, Nairobi": Kenya's five-digit postcode hyphened to the box.
    if (q > p && codeAt(s, q) === 45 && /^\d{5}(?![\dA-Za-z-])/.test(s.slice(q + 1, q + 7))) q += 6;
    if (q === p || q - p > 12 || isAsciiLetter(codeAt(s, q)) || st.isClaimed(a, q)) continue;
    // "RR 2 Box 118", "HC 64 Box 12A": a rural route and its box.
    const box = /^,? box #?\d{1,5}[A-Z]?\b/i.exec(s.slice(q, q + 16));
    if (box !== null) q += box[0].length;
    else if (route || !/^[psc]/i.test(s.slice(a, a + 1))) continue;
    const tail = extendTail(s, q, n);
    // "C.P." is Mexico's postcode too ("…, C.P. 06600, CDMX"): a box only with its postcode after.
    if (box === null && (s.charCodeAt(a) | 32) === 99 && !tail.zip) continue;
    let end = tail.end;
    if (end === q) end = boxPlacesEnd(s, q, n);
    if (nearBranch(st, a, end)) st.claim(a, end);
    else st.emit(ADDRESS, a, end, 'address.pobox', 0.9);
  }
}

/**
 * "PO Box 1127, Pietermaritzburg, 3200", "S.L.P. 4471, Moshi, Tanzania": where no US city,
 * state and ZIP follow the box, its town, region or country (each closed by punctuation, a
 * line end or the text end) and a four-digit postcode; the end of the last, or `p`.
 */
function boxPlacesEnd(s: string, p: number, n: number): number {
  let e = p;
  for (let k = 0; k < MAX_LOCALITIES; k++) {
    if (codeAt(s, e) !== 44 || !isUpperAt(s, e + 2)) break;
    const we = cityWordsEnd(s, e + 1, n);
    if (we < 0 || !localityCloses(s, we)) break;
    e = we;
  }
  if (e === p) return p;
  const pc = fourDigitPostcodeEnd(s, e, true);
  return countryEnd(s, pc > 0 ? pc : e);
}

/*
 * Addresses written the way other countries write them, read by their street words:
 * Dutch and Swedish street names ending in their type ("Kerkstraat 118-2, 1017 GP
 * Amsterdam", "Sveavägen 44 lgh 1102, 113 59 Stockholm"), Hungarian ones with the type
 * after the name ("Budapest, Andrássy út 61. 3. em. 2., 1062"), Malaysian and Indonesian
 * ones with it before ("No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor", "Jl.
 * Kemang Raya No. 17, …, Jakarta Selatan 12730"), Mexican ("Av. Revolución 1487 int. 4,
 * Col. …, CDMX 01000"), Indian ("14, 3rd Cross Street, Besant Nagar, Chennai 600090"),
 * Thai ("99/12 ซอยสุขุมวิท 71 แขวง… 10110") and Chinese ("上海市浦东新区世纪大道88号2栋1503室").
 * A street word, a number and the country's postcode together make the shape; the span
 * runs from the house number (or the first part) to the postcode and the city after it.
 */
const NL = 1;
const SE = 2;
const HU = 3;
const MY = 4;
const MX = 5;
const IN = 6;
const TH = 7;
/** European lines closed by a postcode and city: the type before the name ("Via Garibaldi 14"). */
const EU = 8;
/** The type after the name as a word of its own ("Trubarjeva cesta 12", "Mariahilfer Straße 88"). */
const EU_AFTER = 9;
/** The type glued to the end of the name ("Seefeldstrasse 118", "Storgata 14B"). */
const EU_GLUED = 10;
/** Street types written before the name, and those written after it as a word of their own. */
const FOREIGN_TYPE_WORDS = new Map<string, number>([
  ['jalan', MY],
  ['jln', MY],
  ['jl', MY],
  ['lorong', MY],
  ['persiaran', MY],
  ['lebuh', MY],
  ['lebuhraya', MY],
  ['gang', MY],
  ['av', MX],
  ['avenida', MX],
  ['calle', MX],
  ['calzada', MX],
  ['blvd', MX],
  ['privada', MX],
  // round 21: "Priv. Los Olivos 18", "Prol. Reforma 210", "Calz. de Tlalpan 1420".
  ['priv', MX],
  ['prol', MX],
  ['prolongacion', MX],
  ['calz', MX],
  ['andador', MX],
  ['cerrada', MX],
  ['retorno', MX],
  // The text arrives with its accents folded: "út" is read as "ut".
  ['utca', HU],
  ['ut', HU],
  ['ter', HU],
  ['korut', HU],
  ['rakpart', HU],
  ['koz', HU],
  ['cross', IN],
  ['main', IN],
  ['nagar', IN],
  ['layout', IN],
  ['salai', IN],
  ['marg', IN],
  // round 16: European street types written before the name (Italian, Catalan, Galician and
  // Portuguese, Polish, French and Belgian, Welsh, Irish; accents folded).
  ['via', EU],
  ['viale', EU],
  ['piazza', EU],
  ['corso', EU],
  ['vicolo', EU],
  ['carrer', EU],
  ['avinguda', EU],
  ['passeig', EU],
  ['rua', EU],
  ['ul', EU],
  ['ulica', EU],
  ['aleja', EU],
  ['avenue', EU],
  ['rue', EU],
  ['boulevard', EU],
  ['chaussee', EU],
  ['heol', EU],
  ['ffordd', EU],
  ['stryd', EU],
  ['bothar', EU],
  ['sraid', EU],
  ['strasse', EU_AFTER],
  ['straße', EU_AFTER],
  ['gasse', EU_AFTER],
  ['cesta', EU_AFTER],
  ['gata', EU_AFTER],
]);
/** German, Swiss, Austrian and Nordic street names end in their type: "Seefeldstrasse", "Nørrebrogade". */
const EU_SUFFIXES = [
  'strasse',
  'straße',
  'gasse',
  'gata',
  'gaten',
  'gade',
  'vegur',
  'vej',
  'veien',
  'vegen',
];
/** Lower-case words inside a European line: units, floors, doors, sides, particles of a name. */
const EU_INNER_WORDS = WordTable.of([
  'bus',
  'bte',
  'boite',
  'int',
  'interno',
  'scala',
  'sc',
  'piano',
  'm',
  'lok',
  'ap',
  'apt',
  'app',
  'tv',
  'th',
  'mf',
  'st',
  'sal',
  'piso',
  'pta',
  'esc',
  'dcha',
  'izq',
  'top',
  'stiege',
  'stg',
  'nr',
  'no',
  'bis',
  'de',
  'del',
  'dels',
  'la',
  'les',
  'el',
  'do',
  'da',
  'dos',
  'das',
  'di',
  'della',
  'y',
  'na',
  'an',
  'am',
]);
/** Dutch and Swedish street names end in their type: "Kerkstraat", "Sveavägen". */
const NL_SUFFIXES = [
  'straat',
  'laan',
  'weg',
  'gracht',
  'plein',
  'kade',
  'singel',
  'dijk',
  'dreef',
  'hof',
];
const SE_SUFFIXES = ['gatan', 'vagen', 'grand', 'torget', 'stigen', 'backen', 'allen', 'plan'];
/**
 * round 21: the words of an address's parts that Latin American lines abbreviate with a dot
 * ("Fracc. Villas del Sol", "Priv. Los Olivos", "Depto. 4", "Edif. Torres"): the dot stays inside.
 */
const ABBREVIATED_PARTS = WordTable.of([
  'fracc',
  'priv',
  'prol',
  'depto',
  'dpto',
  'edif',
  'calz',
  'avda',
  'manz',
  'cond',
  'resid',
  'secc',
  'unid',
]);
/** Lower-case words inside such an address: units, floors, neighbourhood markers, particles. */
const FOREIGN_INNER_WORDS = new Set([
  'lgh',
  'tr',
  'bv',
  'em',
  'emelet',
  'ajto',
  'fsz',
  'no',
  'nr',
  'lt',
  'blok',
  'rt',
  'rw',
  'kel',
  'kec',
  'int',
  'ext',
  'depto',
  'dpto',
  'col',
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'van',
  'der',
  'den',
  'het',
  'bis',
  'hs',
  'huis',
  'lot',
  'off',
  'st',
  'th',
  'nd',
  'rd',
  'c',
  'p',
  'cp',
  'ii',
  'iii',
  'i',
]);
const MY_STATES = new Set([
  'selangor',
  'johor',
  'kedah',
  'kelantan',
  'melaka',
  'malacca',
  'negeri',
  'pahang',
  'perak',
  'perlis',
  'pulau',
  'penang',
  'sabah',
  'sarawak',
  'terengganu',
  'kuala',
  'putrajaya',
  'labuan',
]);
/** A branch's or a shop's own address, named in the post's language: "ons filiaal aan …". */
const FOREIGN_PLACE_BEFORE =
  /(?:filiaal|filiale|kantoor|winkel|kontor|butik|fiok|uzlet|cawangan|cabang|kedai|toko|sucursal|tienda|oficina|สาขา|ร้าน|支行|分行|网点|营业厅|门店)[^.!?\n]{0,24}$/iu;
const FOREIGN_PLACE_REACH = 40;
const FOREIGN_MAX_LENGTH = 140;
/** Thai address parts as the folded text spells them (its vowel and tone marks dropped). */
const THAI_PARTS =
  /^(?:ซอย|ถนน|แขวง|เขต|ตำบล|ตาบล|อำเภอ|อาเภอ|จงหวด|กรงเทพ|หม|ซ\.|ถ\.|ต\.|อ\.|จ\.)/u;

const MAX_THAI_NAMES = 4;

function isLetterCode(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isThai(c: number): boolean {
  return c >= 0x0e00 && c <= 0x0e7f;
}

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** Country of the street word [a, b), or 0. */
function foreignStreetKind(s: string, a: number, b: number): number {
  const w = s.slice(a, b).toLowerCase();
  const kind = FOREIGN_TYPE_WORDS.get(w);
  if (kind !== undefined) return kind;
  if (w.length < 5 || !isUpperLetter(codeAt(s, a))) return 0;
  for (const x of NL_SUFFIXES) if (w.length > x.length + 1 && w.endsWith(x)) return NL;
  for (const x of SE_SUFFIXES) if (w.length > x.length + 1 && w.endsWith(x)) return SE;
  for (const x of EU_SUFFIXES) if (w.length > x.length + 2 && w.endsWith(x)) return EU_GLUED;
  return 0;
}

/** A token at p: letters (Latin with accents), or digits with '/', '-' and letters glued, or Thai. */
function foreignTokenEnd(s: string, p: number, n: number): number {
  let q = p;
  const c = codeAt(s, p);
  if (isThai(c)) {
    while (q < n && isThai(codeAt(s, q))) q++;
    return q;
  }
  while (q < n) {
    const d = codeAt(s, q);
    if (isLetterCode(d) || isAsciiDigit(d)) q++;
    else if ((d === 47 || d === 45) && q > p && isAsciiAlnum(codeAt(s, q + 1))) q++;
    else break;
  }
  return q;
}

function allDigits(s: string, a: number, b: number): boolean {
  if (a >= b) return false;
  for (let i = a; i < b; i++) if (!isAsciiDigit(codeAt(s, i))) return false;
  return true;
}

/** End of the country's postcode at token [a, b), or -1. */
function foreignPostcodeEnd(s: string, kind: number, a: number, b: number, n: number): number {
  const len = b - a;
  if (!allDigits(s, a, b)) return -1;
  if (kind === NL) {
    const m = /^ ?[A-Z]{2}(?![\p{L}\d])/u.exec(s.slice(b, b + 4));
    return len === 4 && m !== null ? b + m[0].length : -1;
  }
  if (kind === SE) {
    if (len === 5) return b;
    return len === 3 && / \d{2}(?!\d)/.test(s.slice(b, b + 4)) && b + 3 <= n ? b + 3 : -1;
  }
  if (kind === HU) return len === 4 ? b : -1;
  if (kind === IN) {
    if (len === 6) return b;
    return len === 3 && / \d{3}(?!\d)/.test(s.slice(b, b + 5)) ? b + 4 : -1;
  }
  return len === 5 ? b : -1;
}

/** Capitalised words (at most three) after a postcode: its city; and a Malaysian state after a comma. */
function foreignCityEnd(s: string, kind: number, p: number, n: number): number {
  let end = p;
  let q = p;
  for (let w = 0; w < 3; w++) {
    if (codeAt(s, q) !== 32 || !isUpperLetter(codeAt(s, q + 1))) break;
    const e = foreignTokenEnd(s, q + 1, n);
    if (hasDigit(s, q + 1, e)) break;
    end = e;
    q = e;
  }
  if (kind === MY && codeAt(s, end) === 44 && codeAt(s, end + 1) === 32) {
    const e = foreignTokenEnd(s, end + 2, n);
    if (MY_STATES.has(s.slice(end + 2, e).toLowerCase())) {
      const e2 = codeAt(s, e) === 32 ? foreignTokenEnd(s, e + 1, n) : e;
      return e2 > e + 1 && isUpperLetter(codeAt(s, e + 1)) ? e2 : e;
    }
  }
  return end;
}

/** Start of what stands before the street word at `a`: a house number first ("No. 23, ", "99/12 "), a name, a city. */
function foreignStart(s: string, kind: number, a: number): number {
  let from = a;
  // The name before a type written after it: "Andrássy út", "3rd Cross", "Besant Nagar".
  if (kind === HU || kind === IN || kind === EU_AFTER) {
    for (let w = 0; w < 3; w++) {
      if (codeAt(s, from - 1) !== 32) break;
      let q = from - 1;
      while (q > 0 && (isLetterCode(codeAt(s, q - 1)) || isAsciiDigit(codeAt(s, q - 1)))) q--;
      if (q === from - 1) break;
      if (!isUpperLetter(codeAt(s, q)) && !isOrdinal(s, q, from - 1)) break;
      from = q;
    }
    if (from === a) return -1;
  }
  // "Budapest, Andrássy út …", "1062 Budapest, …": the city (and its postcode) first.
  if (kind === HU && codeAt(s, from - 1) === 32 && codeAt(s, from - 2) === 44) {
    let q = from - 2;
    while (q > 0 && isLetterCode(codeAt(s, q - 1))) q--;
    if (q < from - 2 && isUpperLetter(codeAt(s, q))) {
      from = q;
      const m = /(?:^|[^\d])(\d{4}) $/.exec(s.slice(Math.max(0, q - 6), q));
      if (m !== null) from = q - 5;
    }
  }
  // "No. 23, Jalan …", "14, 3rd Cross …", "99/12 ซอย…", "#5, …": the house number first.
  const m = /(?:^|[\s:(])((?:No\.? ?|Lot |#)?\d{1,5}(?:[/-]\d{1,4})?[A-Za-z]?,? )$/i.exec(
    s.slice(Math.max(0, from - 16), from),
  );
  if (
    m !== null &&
    kind !== NL &&
    kind !== SE &&
    kind !== HU &&
    kind !== EU_GLUED &&
    kind !== EU_AFTER
  )
    from -= m[1]?.length ?? 0;
  return from;
}

/** round 21: a branch, an office or an ATM named right before the street: "la oficina de …", "o caixa da …". */
const PLACE_OF_BEFORE =
  /(?:sucursal|oficina|cajero|agencia|tienda|filial|caixa|loja) (?:de|del|en|da|do|na|no)(?: la| el)? $/i;

function placeOfBefore(st: DetectionState, a: number): boolean {
  return PLACE_OF_BEFORE.test(st.s.slice(Math.max(0, a - 24), a)) && !addressCueTied(st, a);
}

function foreignPlaceBefore(s: string, a: number): boolean {
  return FOREIGN_PLACE_BEFORE.test(s.slice(Math.max(0, a - FOREIGN_PLACE_REACH), a));
}

/** Read forward from the street word ending at `p`; the end of the postcode (and city), or -1. */
function foreignTailEnd(st: DetectionState, kind: number, p: number, numbered: boolean): number {
  const { s, n } = st;
  const limit = Math.min(n, p + FOREIGN_MAX_LENGTH);
  let q = p;
  let house = numbered;
  let prev = 0;
  let prevStart = -1;
  // "… 24 คลองตัน คลองเตย กรุงเทพฯ 10110": Thai subdistrict, district and province named
  // without their words; the postcode must close them.
  let thaiNames = 0;
  while (q < limit) {
    const c = codeAt(s, q);
    if (c === 32 || c === 44) {
      q++;
      continue;
    }
    if (c === 46) {
      // A dot after a short token ("No.", "61.", "em.") stays inside; after a longer one it ends
      // a sentence, unless it abbreviates a part's word ("Fracc. Villas del Sol", "Depto. 4").
      if (
        prev > 3 &&
        (isBlank(codeAt(s, q + 1)) || q + 1 >= n) &&
        !ABBREVIATED_PARTS.has(s, prevStart, prevStart + prev)
      )
        return -1;
      q++;
      continue;
    }
    // "Calle 5 de Mayo #214": the house number after a '#'.
    if (c === 35 && kind === MX && isAsciiDigit(codeAt(s, q + 1))) {
      q++;
      continue;
    }
    const e = foreignTokenEnd(s, q, n);
    // round 21: "Calle Hidalgo s/n, …": a house without a number ("sin número") is the house.
    if (kind === MX && !house && e === q + 3 && /^[sS]\/[nN]$/.test(s.slice(q, e))) {
      house = true;
      prev = 3;
      prevStart = q;
      q = e;
      continue;
    }
    if (e === q) return -1;
    if (isThai(c)) {
      if (kind !== TH) return -1;
      if (!THAI_PARTS.test(s.slice(q, q + 8)) && (!house || ++thaiNames > MAX_THAI_NAMES))
        return -1;
    } else if (isAsciiDigit(c)) {
      const pc = house ? foreignPostcodeEnd(s, kind, q, e, n) : -1;
      // "lgh 1102", "int. 4": a unit's number is no postcode.
      const unitBeforeIt =
        prevStart >= 0 &&
        !isAsciiDigit(codeAt(s, prevStart)) &&
        FOREIGN_INNER_WORDS.has(s.slice(prevStart, prevStart + prev).toLowerCase());
      if (pc > 0 && !unitBeforeIt) {
        // "…, 6720 Szeged", "1017 GP Amsterdam": the city after its postcode; Thai, Indian and
        // Mexican postcodes come last.
        if (kind === MX) return mexicanCityAfterPostcode(s, pc, n);
        return kind === TH || kind === IN ? pc : foreignCityEnd(s, kind, pc, n);
      }
      house = true;
    } else if (!isUpperLetter(c) && !FOREIGN_INNER_WORDS.has(s.slice(q, e).toLowerCase())) {
      return -1;
    }
    prev = e - q;
    prevStart = q;
    q = e;
  }
  return -1;
}

/** End of a capital's word at p (Latin letters with accents, '-' inside), or p. */
function capitalWordEnd(s: string, p: number, n: number): number {
  if (caseAt(s, p) !== 1 || isAsciiDigit(codeAt(s, p))) return p;
  return nameTokenEnd(s, p, n);
}

/** End of " Milano MI", " Santiago de Compostela", " København N" at p (a city after its postcode), or -1. */
function euroCityEnd(s: string, p: number, n: number): number {
  let q = p;
  let end = -1;
  for (let w = 0; w < 4; w++) {
    if (codeAt(s, q) !== 32) break;
    const e = capitalWordEnd(s, q + 1, n);
    // "Caernarfon LL55 1AB": a word with digits glued on is a postcode.
    if (isAsciiDigit(codeAt(s, e))) break;
    if (e > q + 1) {
      end = e;
      q = e;
      continue;
    }
    const pe = nameTokenEnd(s, q + 1, n);
    if (end < 0 || !EU_INNER_WORDS.has(s, q + 1, pe) || caseAt(s, pe + 1) !== 1) break;
    q = pe;
  }
  return end;
}

/** A postcode at q (four or five digits, "00-514", "040 01", or three digits opening a part), then its city; the end, or -1. */
function euroPostcodeCityEnd(s: string, q: number, n: number, part: boolean): number {
  const m = /^(?:\d{2}-\d{3}|\d{3} \d{2}|\d{4,5}|\d{3})(?![\d\p{L}-])/u.exec(s.slice(q, q + 8));
  if (m === null || (m[0].length === 3 && !part)) return -1;
  return euroCityEnd(s, q + m[0].length, n);
}

/** End of a UK postcode or an Irish Eircode at p ("LL55 1AB", "H91 T8W2"), or -1. */
function ukOrEircodeEnd(s: string, p: number): number {
  const uk = ukPostcodeEnd(s, p);
  if (uk > 0) return uk;
  const m = /^[A-Z]\d[\dW] ?[\dA-Z]{4}(?![\dA-Za-z])/.exec(s.slice(p, p + 9));
  return m === null ? -1 : p + m[0].length;
}

const EU_MAX_UNITS = 5;

/**
 * Read a European line on from its street word ending at p: the name (for a type written
 * before it), the house number, units and floors ("int. 5", "2. tv.", "4t 2a", "m. 17",
 * "bus 2"), then the postcode and its city ("8008 Zürich", "00-514 Warszawa"), or a town and
 * a UK postcode or Eircode after a house number written first ("23 Heol y Bont, Caernarfon
 * LL55 1AB"). The end, or -1.
 */
function euroTailEnd(s: string, kind: number, p: number, numbered: boolean, n: number): number {
  let q = p;
  if (kind === EU) {
    // "sent via Zelle 250, …": a lower-case type ("avenue", "via") only after a house number
    // ("77, avenue Louise") or as an abbreviation with its dot ("ul. Długa").
    let a = p;
    while (a > 0 && isLetterCode(codeAt(s, a - 1))) a--;
    if (caseAt(s, a) === 2 && !numbered && codeAt(s, q) !== 46) return -1;
    if (codeAt(s, q) === 46) q++;
    let names = 0;
    for (let w = 0; w < 5; w++) {
      if (codeAt(s, q) !== 32) break;
      const e = capitalWordEnd(s, q + 1, n);
      if (e > q + 1) {
        names++;
        q = e;
        continue;
      }
      const pe = nameTokenEnd(s, q + 1, n);
      if (pe === q + 1 || !EU_INNER_WORDS.has(s, q + 1, pe)) break;
      q = pe;
    }
    if (names === 0) return -1;
  }
  let house = numbered;
  if (!house) {
    const m = /^ \d{1,4}(?:[/-]\d{1,4})?[A-Za-z]?(?![\d\p{L}])/u.exec(s.slice(q, q + 12));
    if (m === null) return -1;
    q += m[0].length;
    house = true;
  } else if (kind === EU) {
    // "23 Heol y Bont, Caernarfon LL55 1AB", "14 Bóthar na Trá, Gaillimh H91 T8W2".
    if (codeAt(s, q) === 44 && codeAt(s, q + 1) === 32) {
      const city = euroCityEnd(s, q + 1, n);
      if (city > 0 && codeAt(s, city) === 32) {
        const pc = ukOrEircodeEnd(s, city + 1);
        if (pc > 0) return pc;
      }
    }
  }
  for (let u = 0; u <= EU_MAX_UNITS; u++) {
    let part = false;
    if (codeAt(s, q) === 46) q++;
    if (codeAt(s, q) === 44) {
      q++;
      part = true;
    }
    if (codeAt(s, q) !== 32) return -1;
    q++;
    const c = codeAt(s, q);
    if (isAsciiDigit(c)) {
      const end = euroPostcodeCityEnd(s, q, n, part);
      if (end > 0) return end;
      // A floor or door: "2.", "4t", "2a", "12", "2º".
      let e = foreignTokenEnd(s, q, n);
      const o = codeAt(s, e);
      if (o === 0xba || o === 0xaa || o === 0xb0) e++;
      if (e - q > 4) return -1;
      q = e;
      continue;
    }
    const e = nameTokenEnd(s, q, n);
    if (e === q || !EU_INNER_WORDS.has(s, q, e)) return -1;
    q = e;
  }
  return -1;
}

/**
 * After a Mexican postcode ending at `pc`: its city and the state's abbreviation (" 68000
 * Oaxaca, Oax.", " 32330 Cd. Juárez, Chih."); the end of the state, or `pc` when none follows.
 */
function mexicanCityAfterPostcode(s: string, pc: number, n: number): number {
  let q = pc;
  // "Cd. Juárez", "Sta. Catarina": the city's first word abbreviated.
  const m = /^ [A-Z][a-z]{1,2}\.(?= [A-Z])/.exec(s.slice(q, q + 6));
  if (m !== null) q += m[0].length;
  const city = cityWordsEnd(s, q, n);
  if (city < 0) return pc;
  const state = stateAfterCity(s, city);
  if (state > city) return state;
  // round 21: "…, 06400 Ciudad de México para que …": the city alone, where punctuation, the
  // text end or the sentence going on in lower case closes it.
  return postcodeCloses(s, city, true) ? city : pc;
}

/** A Hungarian address ends at its house number and the floor and door after it when the postcode came first. */
function hungarianHouseEnd(s: string, p: number): number {
  const m = /^ \d{1,4}[/-]?[A-Za-z]?\.?(?: (?:\d{1,2}\. ?em|fsz)\.?(?: \d{1,3}\.?)?)?/.exec(
    s.slice(p, p + 24),
  );
  if (m === null) return -1;
  let e = p + m[0].length;
  while (codeAt(s, e - 1) === 46 || codeAt(s, e - 1) === 32) e--;
  return e;
}

function replaceable(type: number, overDates: boolean): boolean {
  return type === ADDRESS || (overDates && type === ENTITY_INDEX.DATE_OF_BIRTH);
}

/**
 * The findings near a span, for emitForeign (and balticTypeReadAsAmount, before the foreign
 * readers start again from a fresh index): a post of thousands of addresses, each over a
 * claimed date ("住所：東京都新宿区西新宿2-8-15" repeated), would otherwise search every
 * finding before it, address by address. Findings are filed under each block of
 * FINDING_BLOCK characters they cover; those an address replaces are set aside, and leave
 * the list together, in order, when the foreign readers settle (see detectForeignAddresses).
 * Only emitForeign adds to or takes from the list while the foreign readers run.
 */
class FindingsNear implements FindingsIndex {
  private readonly blocks = new Map<number, RawFinding[]>();
  private readonly dropped = new Set<RawFinding>();
  private filed = 0;
  private readonly out: RawFinding[] = [];

  constructor(readonly findings: RawFinding[]) {}

  /** The findings not set aside that meet [from, end], the ends included (each once). */
  meeting(from: number, end: number): readonly RawFinding[] {
    this.file();
    const out = this.out;
    out.length = 0;
    const last = Math.floor(end / FINDING_BLOCK);
    for (let b = Math.floor(from / FINDING_BLOCK); b <= last; b++) {
      const list = this.blocks.get(b);
      if (list === undefined) continue;
      for (const x of list) if (!this.dropped.has(x) && !out.includes(x)) out.push(x);
    }
    return out;
  }

  drop(x: RawFinding): void {
    this.dropped.add(x);
  }

  /** Takes the findings set aside out of the list, the others keeping their order. */
  settle(): void {
    this.file();
    if (this.dropped.size === 0) return;
    const f = this.findings;
    let w = 0;
    for (const x of f) if (!this.dropped.has(x)) f[w++] = x;
    f.length = w;
    this.filed = w;
  }

  private file(): void {
    const f = this.findings;
    for (; this.filed < f.length; this.filed++) {
      const x = f[this.filed];
      if (x === undefined) continue;
      const last = Math.floor(Math.max(x.start, x.end - 1) / FINDING_BLOCK);
      for (let b = Math.floor(x.start / FINDING_BLOCK); b <= last; b++) {
        const list = this.blocks.get(b);
        if (list === undefined) this.blocks.set(b, [x]);
        else list.push(x);
      }
    }
  }
}

const FINDING_BLOCK = 64;

/** The index of the foreign readers running now (kept on the state: see FindingsNear). */
function nearFindings(st: DetectionState): FindingsNear {
  const near = st.foreignNear;
  if (near instanceof FindingsNear && near.findings === st.findings) return near;
  const fresh = new FindingsNear(st.findings);
  st.foreignNear = fresh;
  return fresh;
}

/** The findings as the foreign readers left them (see FindingsNear). */
function settleFindings(st: DetectionState): void {
  st.foreignNear?.settle();
}

/**
 * "…, Co. Wicklow A98 F6K2 now": a reading that runs past a postcode (a token holding a
 * digit) into one lower-case word of the sentence after it ends at the postcode.
 */
function postcodeThenWordEnd(s: string, from: number, end: number): number {
  let w = end;
  while (w > from && /[.,!?]/.test(s[w - 1] ?? '')) w--;
  let a = w;
  while (a > from && isLetterCode(codeAt(s, a - 1))) a--;
  if (a === w || a - 1 <= from || codeAt(s, a - 1) !== 32) return end;
  const word = s.slice(a, w);
  if (word !== 'I' && !/^[a-z]+$/.test(word)) return end;
  return hasDigit(s, Math.max(from, a - 6), a - 1) ? a - 1 : end;
}

function emitForeign(st: DetectionState, from: number, end0: number, overDates = false): void {
  const s = st.s;
  const end = postcodeThenWordEnd(s, from, end0);
  const claimed = st.isClaimed(from, end);
  // A reading is claimed where it lies: only a claimed span meets a finding.
  if (claimed || from >= end) {
    const near = nearFindings(st);
    let found: readonly RawFinding[];
    if (from < end) found = near.meeting(from, end);
    else {
      near.settle();
      found = st.findings;
    }
    // Read already as a whole by the PO box reader ("PO Box 4417, Salem, MA 01970"): it stands.
    if (
      found.some(
        (x) =>
          x.type === ADDRESS && x.detector === 'address.pobox' && x.start <= from && x.end >= end,
      )
    )
      return;
    if (claimed) {
      // "No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor": a street read in part by the
      // rules above is read whole here; anything else claimed there stands.
      let inside = 0;
      let others = 0;
      for (const x of found) {
        if (x.end <= from || x.start >= end) continue;
        if (replaceable(x.type, overDates) && x.start >= from && x.end <= end) inside++;
        else others++;
      }
      // A block number claimed as a date's negative ("3-7-15") gives way to the address around it.
      if ((inside === 0 && !overDates) || others > 0) return;
      for (const x of found)
        if (replaceable(x.type, overDates) && x.start >= from && x.end <= end) near.drop(x);
    }
  }
  if (
    nearBranch(st, from, end) ||
    (foreignPlaceBefore(s, from) && !addressCueTied(st, from)) ||
    venueAround(s, from, end) ||
    addressOfAnotherPlaceBefore(s, from) ||
    notTheCustomers(s, from)
  ) {
    st.claim(from, end);
    return;
  }
  const ctx = st.contextBefore(from, st.policy.contextBefore);
  const confidence = ctx >= 0 && st.ctxCategory[ctx] === 'address' ? 0.95 : 0.85;
  st.emit(ADDRESS, from, beforePhoneCue(st, from, end), 'address.street', confidence);
}

const LATIN_WORD = /[A-Za-z\u00c0-\u024f]+/g;
const THAI_ROAD = /ซอย|ถนน|ซ\.|ถ\./gu;
// Traditional characters too, and a road's section before the number: "信義路四段1號5樓".
const CHINESE_HOUSE = /[路街道巷弄里](?:[一二三四五六七八九十]{1,3}段)?\d{1,5}[号號]/gu;
// "100号 2301室": a blank may stand before the unit.
const CHINESE_UNIT =
  /^ ?(?:\d{1,5}(?:号楼|號樓|栋|棟|幢|座|单元|單元|楼|樓|层|層|室|号|號)|[A-Z]室)/u;
const MAX_CHINESE_UNITS = 4;
// "住喺…": Cantonese "live at".
const CHINESE_LEAD = /.*(?:到|至|为|成|是|在|喺|址|：|:)/u;
const CHINESE_REACH = 24;

/**
 * Whether the post holds a word that could be such a street word: one native search
 * that spares most posts the word-by-word reading below (which checks case and shape).
 */
const FOREIGN_STREET_HINT = new RegExp(
  `(?:^|[^A-Za-z\u00c0-\u024f])(?:${[...FOREIGN_TYPE_WORDS.keys()].join('|')})(?![A-Za-z\u00c0-\u024f])|` +
    `[A-Za-z\u00c0-\u024f](?:${[...NL_SUFFIXES, ...SE_SUFFIXES, ...EU_SUFFIXES].join('|')})(?![A-Za-z\u00c0-\u024f])`,
  'i',
);

export function detectForeignAddresses(st: DetectionState): void {
  st.foreignNear = null;
  try {
    readForeignAddresses(st);
  } finally {
    settleFindings(st);
    st.foreignNear = null;
  }
}

function readForeignAddresses(st: DetectionState): void {
  const { s } = st;
  LATIN_WORD.lastIndex = FOREIGN_STREET_HINT.test(s) ? 0 : s.length;
  for (let m = LATIN_WORD.exec(s); m !== null; m = LATIN_WORD.exec(s)) {
    const a = m.index;
    const b = a + m[0].length;
    if (b - a < 2 || isAsciiDigit(codeAt(s, b)) || isAsciiDigit(codeAt(s, a - 1))) continue;
    const kind = foreignStreetKind(s, a, b);
    if (kind === 0) continue;
    const from = foreignStart(s, kind, a);
    if (from < 0) continue;
    const numbered = hasDigit(s, from, a);
    let end =
      kind >= EU ? euroTailEnd(s, kind, b, numbered, st.n) : foreignTailEnd(st, kind, b, numbered);
    // "1062 Budapest, Andrássy út 61. 3. em. 2.": the postcode first, the house last.
    // "Kerkstraat 45 bus 2, 9000 Gent": a Belgian line, its postcode four digits alone.
    if (end < 0 && (kind === NL || kind === SE)) end = euroTailEnd(s, EU_GLUED, b, numbered, st.n);
    if (end < 0 && kind === HU && /^\d{4} /.test(s.slice(from, from + 5)))
      end = hungarianHouseEnd(s, b);
    if (end < 0) continue;
    emitForeign(st, from, end);
    LATIN_WORD.lastIndex = Math.max(LATIN_WORD.lastIndex, end);
  }
  {
    THAI_ROAD.lastIndex = 0;
    for (let m = THAI_ROAD.exec(s); m !== null; m = THAI_ROAD.exec(s)) {
      const a = m.index;
      const from = foreignStart(s, TH, a);
      // The road's name is glued to its word: "ซอยสุขุมวิท 71".
      let p = a + m[0].length;
      while (p < s.length && isThai(codeAt(s, p))) p++;
      const end = foreignTailEnd(st, TH, p, hasDigit(s, from, a));
      if (end < 0) continue;
      emitForeign(st, from, end);
      THAI_ROAD.lastIndex = Math.max(THAI_ROAD.lastIndex, end);
    }
    CHINESE_HOUSE.lastIndex = 0;
    for (let m = CHINESE_HOUSE.exec(s); m !== null; m = CHINESE_HOUSE.exec(s)) {
      const r = m.index;
      let from = r;
      while (from > 0 && r - from < CHINESE_REACH && isHan(codeAt(s, from - 1))) from--;
      const lead = CHINESE_LEAD.exec(s.slice(from, r));
      if (lead !== null) from += lead[0].length;
      // The road's name is at least two characters: "世纪大道", "南京路".
      if (r - from < 1) continue;
      let end = r + m[0].length;
      const house = end;
      for (let u = 0; u < MAX_CHINESE_UNITS; u++) {
        const unit = CHINESE_UNIT.exec(s.slice(end, end + 8));
        if (unit === null) break;
        end += unit[0].length;
      }
      const units = end > house ? end : null;
      // A city or district before the road, or a unit after the house: the shape is an address.
      const placed = /[省市区县镇區縣鎮]/u.test(s.slice(from, r));
      if (!placed && units === null && !cjkCueBefore(s, from)) continue;
      emitForeign(st, from, end);
      CHINESE_HOUSE.lastIndex = Math.max(CHINESE_HOUSE.lastIndex, end);
    }
    if (st.scan.hasNonAscii) detectJapaneseKoreanAddresses(st);
  }
  // After an address cue: the parts of an address written without a postcode. Each reading
  // is checked against the findings so far; a post holds a few addresses, and a run of
  // thousands of cues, each with its parts, is hostile: the first MAX_CUED_READS are read.
  settleFindings(st);
  let reads = 0;
  for (let k = 0; k < st.ctxCount && reads < MAX_CUED_READS; k++) {
    if (st.ctxCategory[k] !== 'address') continue;
    const cueEnd = st.ctxEnd[k] ?? 0;
    // The longest cue at a place only ("mailing address is" over "address is").
    const next = st.ctxEnd[k + 1];
    if (next !== undefined && next > cueEnd && (st.ctxStart[k + 1] ?? 0) < cueEnd) continue;
    const read = cuedPartsAt(s, cueEnd);
    if (read === null) continue;
    reads++;
    if (widens(st, read[0], read[1])) emitForeign(st, read[0], read[1]);
  }
}

/** Addresses read part by part after their cues in one post, at most (see detectForeignAddresses). */
const MAX_CUED_READS = 16;

/**
 * Whether what was read at [from, end) after a cue only carries on an address read from the
 * same place without its postcode ("Calle Mercaderes 214, dpto 3" + ", Cercado, Arequipa"),
 * or meets nothing read. An address closed by its postcode stands as read.
 */
function widens(st: DetectionState, from: number, end: number): boolean {
  for (const x of st.findings) {
    if (x.end <= from || x.start >= end) continue;
    if (x.type !== ADDRESS || x.start !== from || x.end > end) return false;
    if (endsInPostcode(st.s, x.end)) return false;
  }
  return true;
}

/** Whether the text before `e` ends in a postcode: five digits or more, or "L4N 1A1"'s last half. */
function endsInPostcode(s: string, e: number): boolean {
  let digits = 0;
  let letters = 0;
  let i = e;
  while (i > 0 && isAsciiAlnum(codeAt(s, i - 1))) {
    if (isAsciiDigit(codeAt(s, i - 1))) digits++;
    else letters++;
    i--;
  }
  // "Bengaluru 560 102", "211 42 Malmö": a postcode written in two groups.
  if (digits > 0 && letters === 0 && codeAt(s, i - 1) === 32)
    for (let j = i - 1; j > 0 && isAsciiDigit(codeAt(s, j - 1)); j--) digits++;
  return digits >= 5 || (digits > 0 && letters > 0 && isAsciiDigit(codeAt(s, e - 1)));
}

/*
 * An address read part by part after an address cue, where no postcode closes it: "sama
 * adresse mooy Cité Keur Gorgui, Villa 112, Dakar", "Adresim değişti: Moda Cad. No:112 D:5,
 * Kadıköy, İstanbul", "хаяг: Улаанбаатар, Баянзүрх дүүрэг, 13-р хороо, 45-р байр, 67 тоот",
 * "manzilim Toshkent, Yunusobod tumani, 4-kvartal, 17-uy". Parts are separated by commas; each
 * opens with a capital, a digit or a letter of a script without case (Georgian), or is a unit
 * with its number ("dpto 3", "piso 7 B"). A house or unit number and two parts at least make
 * the address, so that a cue followed by a place's name alone stays unread.
 */
const CUED_FILLER_WORDS = 5;
const CUED_MAX_PARTS = 8;
const CUED_PART_TOKENS = 5;
const CUED_MAX_LENGTH = 140;
const LETTER = /[\p{L}\p{M}]/u;

function isWordCode(s: string, i: number): boolean {
  const c = codeAt(s, i);
  if (isAsciiDigit(c) || isAsciiLetter(c)) return true;
  return c >= 0xc0 && LETTER.test(s.charAt(i));
}

/** 1: a capital or a letter without case; 2: a lower-case letter; 3: a digit; 0: none. */
function caseAt(s: string, i: number): number {
  const c = codeAt(s, i);
  if (isAsciiDigit(c)) return 3;
  if (!isWordCode(s, i)) return 0;
  // Georgian letters have no case in use (their capitals are a display form).
  if (c >= 0x10d0 && c <= 0x10ff) return 1;
  const ch = s.charAt(i);
  return ch === ch.toLowerCase() && ch !== ch.toUpperCase() ? 2 : 1;
}

/** End of the token at p: letters and digits, with '-', '/', ':' and an apostrophe inside. */
function cuedTokenEnd(s: string, p: number, n: number): number {
  let q = p;
  while (q < n) {
    if (isWordCode(s, q)) q++;
    else {
      const d = codeAt(s, q);
      if ((d === 45 || d === 47 || d === 58 || d === 39) && q > p && isWordCode(s, q + 1)) q++;
      else break;
    }
  }
  return q;
}

/** [start, end) of the address after the cue ending at `p`, or null. */
/** Words that close a message after an address, capitalised or not. */
const CLOSING_WORDS = new Set([
  'thanks',
  'thank',
  'thx',
  'ty',
  'please',
  'pls',
  'plz',
  'cheers',
  'regards',
  'merci',
  'gracias',
  'obrigado',
  'obrigada',
  'danke',
  'grazie',
  'salamat',
  'asante',
  'rahmat',
  'спасибо',
  'рахмет',
  'баярлалаа',
  'teşekkürler',
  'sağol',
  // round 17: a contact point's label after the address ("…, 10827 Berlin, Tel. …").
  'tel',
  'phone',
  'ph',
  'mob',
  'mobile',
  'cell',
  'fax',
  'handy',
  'puh',
  'tlf',
  'email',
]);

/** Length of the run of ASCII digits ending just before `e`. */
function digitRunBefore(s: string, e: number): number {
  let i = e;
  while (i > 0 && isAsciiDigit(codeAt(s, i - 1))) i--;
  return e - i;
}

const OPENING_QUOTES = new Set([0x201e, 0x201c, 0xab, 34]);
const CLOSING_QUOTES = new Set([0x201c, 0x201d, 0xbb, 34]);

/** A comma between an address's parts, or the Arabic comma ("فيلا 12، شارع 18، دبي"). */
function isPartComma(c: number): boolean {
  return c === 44 || c === 0x060c;
}

/** Whether a letter of a script without case (Arabic, Hebrew, Thai, …) stands at `i`. */
function caselessLetterAt(s: string, i: number): boolean {
  if (caseAt(s, i) !== 1 || isAsciiLetter(codeAt(s, i))) return false;
  const ch = s.charAt(i);
  return ch.toLowerCase() === ch.toUpperCase();
}

function isHebrew(c: number): boolean {
  return c >= 0x5d0 && c <= 0x5ea;
}

function cuedPartsAt(s: string, p: number): [number, number] | null {
  const n = Math.min(s.length, p + CUED_MAX_LENGTH);
  let q = p;
  // "… mooy", "… değişti:", "… min a nû", "… for the card delivery is": words between the cue and the address.
  let abbreviated = -1;
  for (let w = 0; ; w++) {
    while (q < n && (codeAt(s, q) === 32 || codeAt(s, q) === 58)) q++;
    if (caseAt(s, q) !== 2) break;
    if (w === CUED_FILLER_WORDS) return null;
    const e = cuedTokenEnd(s, q, n);
    // "ул. Македонија бр. 12/3", "ул. „Граф …\" 15": a street's type abbreviated before its name.
    if (codeAt(s, e) === 46 && codeAt(s, e + 1) === 32 && e - q <= 3) {
      abbreviated = q;
      q = e + 2;
      if (OPENING_QUOTES.has(codeAt(s, q))) q++;
      break;
    }
    if (codeAt(s, e) !== 32 && codeAt(s, e) !== 58) return null;
    q = e;
  }
  const from = abbreviated >= 0 ? abbreviated : q;
  if (caseAt(s, q) === 0 || caseAt(s, q) === 2) return null;
  let end = -1;
  let parts = 0;
  let numbered = false;
  let named = false;
  let lastDigit = false;
  let prevEnd = -1;
  for (;;) {
    // One part: up to a few tokens separated by single spaces.
    const partStart = q;
    let tokens = 0;
    let partEnd = -1;
    let lower = 0;
    let partDigit = false;
    let stop = false;
    while (tokens < CUED_PART_TOKENS) {
      const kind = caseAt(s, q);
      if (kind === 0) break;
      const e = cuedTokenEnd(s, q, n);
      // "…, Apt 12 Thanks!": a word that closes the message is no part of the address.
      if (CLOSING_WORDS.has(s.slice(q, e).toLowerCase())) {
        stop = true;
        break;
      }
      if (kind === 2) {
        // A lower-case word ("tumani", "dpto", "қ.") is followed by a number, the part's end or a dot;
        // "Gedimino pr. 28-14": an abbreviation's dot, then the number.
        const dotted = codeAt(s, e) === 46 && codeAt(s, e + 1) === 32 && e - q <= 4;
        const after = codeAt(s, e) === 32 ? caseAt(s, e + 1) : dotted ? caseAt(s, e + 2) : 0;
        // "Av. 27 de Febrero", "Barabara ya Haile Selassie": a short particle inside a name.
        // A postcode's four digits or more end the name: "Whanganui 4500 but I'm …" goes on as a sentence.
        const particle =
          tokens > 0 &&
          after === 1 &&
          e - q <= 3 &&
          codeAt(s, e) === 32 &&
          digitRunBefore(s, q - 1) < POSTCODE_DIGITS;
        // At the end it names a unit after its number ("67 тоот"), not a word of the sentence ("Dakar merci").
        // A unit's number is short: after a postcode ("MA 01970 please") the sentence goes on.
        const closes =
          isPartComma(codeAt(s, e)) ||
          (codeAt(s, e) === 46 && codeAt(s, e + 1) === 44) ||
          ((codeAt(s, e) === 46 || e >= s.length) &&
            isAsciiDigit(codeAt(s, q - 2)) &&
            digitRunBefore(s, q - 1) <= 4);
        if (after !== 3 && !closes && !(after === 1 && tokens === 0) && !particle) {
          stop = true;
          break;
        }
        // "dpto 3", "piso 7 B": a unit's number is short ("phone 671-555-0148" is no unit).
        if (tokens === 0 && (after !== 3 || cuedTokenEnd(s, e + 1, n) - e - 1 > 4)) {
          stop = true;
          break;
        }
        lower++;
      }
      for (let i = q; i < e; i++) {
        if (isAsciiDigit(codeAt(s, i))) {
          let r = i;
          while (r < e && isAsciiDigit(codeAt(s, r))) r++;
          // "תל אביב 6688201": an Israeli postcode has seven digits, after the city's name.
          if (r - i > 6 && !(r - i === 7 && tokens > 0 && isHebrew(codeAt(s, i - 2)))) return null;
          partDigit = true;
          i = r;
        }
      }
      if (kind !== 3 && kind !== 2 && e - q >= 2) named = true;
      tokens++;
      partEnd = e;
      // "…، الرياض 13521 أرجو تحديثه": a postcode after the city's name ends the address where
      // the sentence goes on in a script without case.
      if (
        tokens > 1 &&
        e - q >= POSTCODE_DIGITS &&
        allDigits(s, q, e) &&
        codeAt(s, e) === 32 &&
        caselessLetterAt(s, e + 1)
      ) {
        stop = true;
        break;
      }
      q = e;
      // "„Граф Игнатиев\" 15": the quote closing a street's name.
      if (CLOSING_QUOTES.has(codeAt(s, q)) && codeAt(s, q + 1) === 32) {
        q++;
        partEnd = q;
      }
      // An abbreviation's dot stays inside ("Cad.", "қ.", "გამზ."); after a longer word it ends the sentence.
      if (codeAt(s, q) === 46) {
        let len = 0;
        for (let i = q - 1; i >= 0 && isWordCode(s, i); i--) len++;
        // "… Boston PE21 8LT. Gimimo data": a dot after a postcode's half ends the sentence.
        if (len > 4 || isAsciiDigit(codeAt(s, q - 1)) || hasDigit(s, q - len, q)) {
          stop = true;
          break;
        }
        q++;
        partEnd = q;
        // "TP.HCM", "B.C. 22000": capitals joined by a dot make one word.
        if (isUpperLetter(codeAt(s, q)) && isUpperLetter(codeAt(s, q - 2))) {
          q = cuedTokenEnd(s, q, n);
          partEnd = q;
          if (codeAt(s, q) === 46 && codeAt(s, q + 1) === 32 && isAsciiDigit(codeAt(s, q + 2))) {
            q++;
            partEnd = q;
          }
        }
      }
      // "São Paulo - SP": a Brazilian city and its state's two capitals, joined by a dash.
      if (
        codeAt(s, q) === 32 &&
        codeAt(s, q + 1) === 45 &&
        codeAt(s, q + 2) === 32 &&
        isUpperLetter(codeAt(s, q + 3)) &&
        isUpperLetter(codeAt(s, q + 4)) &&
        !isWordCode(s, q + 5)
      ) {
        q += 5;
        partEnd = q;
        tokens++;
      }
      if (codeAt(s, q) !== 32) break;
      if (caseAt(s, q + 1) === 0) break;
      q++;
    }
    // A number alone ("…, 310 acres") or a pronoun ("…, I'm moving") is no part of the address.
    // "…, Paarl, 7646": a four- or five-digit postcode alone after the places closes the address.
    const postcode =
      parts > 1 &&
      !lastDigit &&
      partEnd - partStart >= 4 &&
      partEnd - partStart <= 6 &&
      localityCloses(s, partEnd);
    const part =
      partEnd >= 0 &&
      lower <= 1 &&
      (lower < tokens || partDigit) &&
      !(allDigits(s, partStart, partEnd) && parts > 0 && !postcode) &&
      !(codeAt(s, partStart) === 73 && !isWordCode(s, partStart + 1));
    if (!part) {
      // "12 Elm St, Springfield, and I work nights": a name the sentence carries on after is no city.
      if (parts > 0 && !lastDigit) {
        end = prevEnd;
        parts--;
      }
      break;
    }
    parts++;
    if (partDigit) numbered = true;
    lastDigit = partDigit;
    prevEnd = end;
    end = partEnd;
    q = partEnd;
    if (stop || !isPartComma(codeAt(s, q)) || parts === CUED_MAX_PARTS) break;
    q++;
    if (codeAt(s, q) === 32) q++;
    if (partStart === q) break;
  }
  if (parts < 2 || !numbered || !named || end <= from) return null;
  return [from, end];
}

function cjkCueBefore(s: string, a: number): boolean {
  return /(?:地址|住址|住所|주소)[^。！？\n]{0,6}$/u.test(s.slice(Math.max(0, a - 12), a));
}

/*
 * Japanese addresses: the postcode after 〒, the prefecture (都道府県), the city, ward, town or
 * county (市区町村郡), the district, then the block numbers ("本町2-1-12", "嘉手納588"):
 * "〒238-0041 神奈川県横須賀市本町2-1-12". Korean ones: the province or city (도, 시), the
 * district (구, 군, 시, 읍, 면), the road (로, 길) and its building number, then the building
 * and the flat or floor ("경기도 평택시 팽성읍 안정로 112, 102동 1504호"). Read after an
 * address cue (住所, 주소), or after 〒.
 */
const JAPANESE_ADDRESS =
  /(?:〒 ?\d{3}-\d{4} ?)?[\u4e00-\u9fff\u3040-\u30ff]{1,4}[都道府県][\u4e00-\u9fff\u3040-\u30ff]{1,12}?[市区町村郡][\u4e00-\u9fff\u3040-\u30ff]{0,12}?\d{1,5}(?:[-−‐－]\d{1,5}){0,3}(?:番地?|号)?(?: [\u4e00-\u9fff\u3040-\u30ff]{1,20}\d{1,5}(?:号室|号|室)?(?![\d年月日円万件歳]))?/gu;
/** The text is read folded (NFKD): Hangul syllables arrive as their jamo. */
const JAMO = '[\\u1100-\\u11ff]';
function jamo(words: string): string {
  return `(?:${words.normalize('NFKD')})`;
}
const KOREAN_HANGUL_ADDRESS = new RegExp(
  `(?:${JAMO}{2,24}${jamo('도|시')} )?(?:${JAMO}{2,24}${jamo('시|군|구|읍|면')} ){1,3}` +
    `(?:${JAMO}|\\d){2,36}${jamo('로|길')} \\d{1,5}(?:-\\d{1,4})?` +
    `(?:,? (?:\\d{1,4}${jamo('동')} ?)?\\d{1,5}${jamo('호|층')})?`,
  'gu',
);
const KOREAN_CUE = new RegExp(`${jamo('주소')}[^\\n]{0,6}$`, 'u');
const JAPANESE_KOREAN_HINT = new RegExp(`[都道府県〒]|${jamo('로|길')} \\d`, 'u');

function detectJapaneseKoreanAddresses(st: DetectionState): void {
  const s = st.s;
  if (!JAPANESE_KOREAN_HINT.test(s)) return;
  for (const re of [JAPANESE_ADDRESS, KOREAN_HANGUL_ADDRESS]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      const from = m.index;
      const end = from + m[0].length;
      const lead = s.slice(Math.max(0, from - 12), from);
      if (codeAt(s, from) !== 0x3012 && !cjkCueBefore(s, from) && !KOREAN_CUE.test(lead)) continue;
      // The block numbers "2-1-12" are no date: the address replaces a date read there.
      emitForeign(st, from, end, true);
    }
  }
}

/**
 * round 19: an address whose last parts run into a phone's cue ("Εγνατίας 112, 546 30
 * Θεσσαλονίκη, κιν. 694 …", "15 شارع التحرير، الدقي، الجيزة، موبايل 010 …") ends before
 * the cue and the comma or blanks before it: the phone is a finding of its own.
 */
/** A CEP's five and three digits ("90570-080"): what follows Brazil's "CEP". */
const CEP_AFTER = /^\d{5}-\d{3}(?!\d)/;

function beforePhoneCue(st: DetectionState, from: number, end: number): number {
  const { s } = st;
  // The cues start in text order: from the first one after `from` (a post of thousands of
  // addresses reads each cue once per address otherwise).
  const first = st.contextAfter(from + 1, end - from);
  if (first < 0) return end;
  for (let k = first; k < st.ctxCount; k++) {
    const a = st.ctxStart[k] ?? 0;
    if (a >= end) break;
    if (a <= from || st.ctxCategory[k] !== 'phone') continue;
    // Only a cue a number follows ("… Mobile Home Park, 4100 Route 9" is a place's name).
    let q = st.ctxEnd[k] ?? 0;
    while (q < end && (isBlank(codeAt(s, q)) || codeAt(s, q) === 46 || codeAt(s, q) === 58)) q++;
    const c = codeAt(s, q);
    if (!(isAsciiDigit(c) || c === 43 || (c >= 0x660 && c <= 0x669))) continue;
    // round 21: "…, Porto Alegre/RS, CEP 90570-080": Brazil's postcode word, not Turkish "cep" (a mobile).
    if (
      q - a <= 5 &&
      /^cep$/i.test(s.slice(a, st.ctxEnd[k] ?? a)) &&
      CEP_AFTER.test(s.slice(q, q + 10))
    )
      continue;
    let e = a;
    while (
      e > from &&
      (isBlank(codeAt(s, e - 1)) || codeAt(s, e - 1) === 44 || codeAt(s, e - 1) === 0x60c)
    )
      e--;
    return e > from ? e : end;
  }
  return end;
}
