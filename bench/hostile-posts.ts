/**
 * The hostile posts of `bench/classify.bench.ts`: 256 KiB of one repeated unit.
 */
export const HOSTILE_SIZE = 256 * 1024;

/** Where a hostile post is classified: a public post unless a private chat is named. */
export interface HostileContext {
  channel: string;
  visibility: 'private';
}

/** A private web chat: the readers of transcripts and answers run there only. */
const PRIVATE_CHAT: HostileContext = { channel: 'chat', visibility: 'private' };

/** 256 KiB posts built to make a backtracking or quadratic matcher blow up. */
export const HOSTILE: readonly (readonly [string, string, HostileContext?])[] = [
  ['repeated digits', '4'],
  ['digits and spaces', '4 '],
  ['digits and dashes', '4-'],
  ['digits and dots', '1.'],
  ['digits and slashes', '1/'],
  ['digits and NBSP', '4\u00a0'],
  ['full-width digits', '４'],
  ['zero-width between digits', '4\u200b'],
  ['near-miss cards (15 digits)', '4111 1111 1111 111 '],
  ['near-miss IBAN prefixes', 'GB82 '],
  ['at signs', 'a@'],
  ['plus signs and digits', '+4'],
  ['credential keywords, no values', 'password '],
  ['account keyword, short numbers', 'account 1 '],
  ['every post an SSN (many findings)', 'ssn 123-45-6789 '],
  ['digit words between digits', 'one 1 '],
  ['digits split by NUL', '4\u0000'],
  ['digits split by line breaks', '4\n'],
  ['spaced-out at signs', 'a @ b . '],
  ['misspelt cue before digits', 'acount 12 '],
  ['credential keyword pairs', 'login pass '],
  ['letter O typed for a zero', '7o4 '],
  ['a PIN said in words, link words between', 'pin is seven two is '],
  ['a question subject told before its answer', 'first car was a '],
  ['a credential keyword before every short word', 'password x '],
  ['a credential keyword before every secret-shaped word', 'password Ab1#x '],
  ['a Chinese password keyword, a secret, a full-width comma', '密码 Lili@8899，'],
  ['Chinese cue words inside one unbroken run', '密码账号号'],
  ['a Chinese account cue after a word, a number, a full-width comma', '我的账号是１２３４５，'],
  ['a UK sort code and its account', '60-18-22 39917045 '],
  ['a Canadian transit, institution and account, one to a line', '00128\n815\n4410297\n'],
  [
    'a Japanese address after its cue, its block number read as a date',
    '住所：東京都新宿区西新宿2-8-15 ',
  ],
  ['a Hong Kong address, each ended by a full-width comma', '九龍深水埗福華街123號4樓B室，'],
  [
    'an Estonian address after its cue, "mnt" read as a currency',
    'aadress: Tartu mnt 44-12, 10115 Tallinn. ',
  ],
  // round 27: an address opening with its unit joins the unit's line to the street's.
  ['addresses opening with their unit, one to a line', 'Unit 4, 1502 Maple Ave, Minot, ND 58701\n'],
  // round 27: a transcript in a private chat, read line by line.
  [
    'a private chat transcript: policy numbers asked and answered',
    'Agent: What is the policy number?\nMe: QRT-4410928-07\n',
    PRIVATE_CHAT,
  ],
  ['a private chat transcript: birth dates one to a line', 'Me: 11/02/1978\n', PRIVATE_CHAT],
  [
    'a private chat transcript: security questions answered',
    "Agent: What is your mother's maiden name?\nMe: Okonkwo\n",
    PRIVATE_CHAT,
  ],
];

/** A hostile post: `unit` repeated to HOSTILE_SIZE characters. */
export function hostilePost(unit: string): string {
  return unit.repeat(Math.ceil(HOSTILE_SIZE / unit.length)).slice(0, HOSTILE_SIZE);
}
