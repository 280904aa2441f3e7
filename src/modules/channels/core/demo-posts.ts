/**
 * Realistic sample posts for the demo feed and the intake benchmark: every
 * intent of the shipped policy, a share with synthetic sensitive values (test
 * card numbers, made-up SSNs and accounts), several customers and threads.
 * Deterministic for a seed, so a run can be repeated.
 */

export interface DemoCustomer {
  key: string;
  name: string;
  handle: string;
}

export interface DemoPost {
  /** The intent the text was written to show. */
  intent: string;
  text: string;
  /** Whether it carries a sensitive value (card, SSN, account, credential…). */
  sensitive: boolean;
}

export const DEMO_CUSTOMERS: readonly DemoCustomer[] = [
  { key: '7001', name: 'Dana Whitfield', handle: 'dana_w' },
  { key: '7002', name: 'Priya Nair', handle: 'priya_n' },
  { key: '7003', name: 'Marcus Lee', handle: 'mlee_boston' },
  { key: '7004', name: 'Rosa Alvarez', handle: 'rosa.alv' },
  { key: '7005', name: 'Tom Becker', handle: 'tbecker' },
  { key: '7006', name: 'Aisha Karim', handle: 'aisha.k' },
  { key: '7007', name: 'Luis Ortega', handle: 'lortega' },
  { key: '7008', name: 'Jen Park', handle: 'jenpark' },
];

const PLAIN: Record<string, string[]> = {
  account_specific: [
    'I was charged twice for the same purchase at the pharmacy, can you check my account?',
    'Why was my card declined this morning? Please call me back.',
    'My direct deposit has not shown up in my checking account yet, what is going on with my account?',
    'There is a charge on my statement I do not recognise, can someone look at my account?',
  ],
  general_question: [
    'How do I order new checks from the app?',
    'What are your branch hours on Saturday?',
    'How long does a wire transfer usually take?',
    'What is the routing number format for international transfers? Just asking in general.',
  ],
  complaint: [
    'Two hours on hold and nobody picked up. Zero stars, I am done with this service.',
    'Hold times are unreal today. This is the third time I am calling.',
    'Closing everything with you next week, the fees are ridiculous.',
  ],
  legal_threat: [
    'If this fee is not reversed I am talking to my lawyer.',
    'My attorney will be in touch about the way my loan was handled.',
  ],
  regulator_mention: [
    'I am filing a complaint with the CFPB about these overdraft fees.',
    'Reported you to the BBB and the consumer financial protection bureau.',
  ],
  crisis: [
    'Your app is down again and I think my account was hacked, there is fraud on my card!',
    'Is there a data breach? I got a scam text pretending to be you.',
  ],
  praise: [
    'Thank you to the team at the Beacon St branch, amazing service today!',
    'Thanks for sorting my card so fast, really appreciate it.',
  ],
  spam: [
    'Recovered all my money with these recovery experts, link in bio, use my code for bitcoin bonus!',
    'Work from home and make $500/day trading forex, limited spots!',
  ],
  abuse: ['You people are idiots, fix your stupid app.', 'What a bunch of clowns, seriously.'],
};

const SENSITIVE: Array<{ intent: string; text: string }> = [
  {
    intent: 'account_specific',
    text: 'My card 4539 1488 0343 6467 was charged twice, CVV 123 if you need it. Please fix it.',
  },
  {
    intent: 'account_specific',
    text: 'Can you check my account 000123456789? The last deposit is missing.',
  },
  {
    intent: 'account_specific',
    text: 'I moved last month, my SSN is 123-45-6789 if you need it to update my address.',
  },
  {
    intent: 'crisis',
    text: 'Someone used my card 5425-2334-3010-9903 for fraud, my password is Blue42sky! can you lock it?',
  },
  {
    intent: 'account_specific',
    text: 'My date of birth is 02/14/1985 and my member number is 88231907, why was my transfer held?',
  },
  {
    intent: 'complaint',
    text: 'Third time asking: card 4716108999716531 keeps getting declined. Email me at rosa.alvarez@mail.example',
  },
];

/** A small deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` posts: every intent appears (the first posts cycle through them),
 * and `sensitiveShare` of the posts carry a sensitive value.
 */
export function demoPosts(count: number, seed = 1, sensitiveShare = 0.25): DemoPost[] {
  const rnd = seededRandom(seed);
  const intents = Object.keys(PLAIN);
  const out: DemoPost[] = [];
  for (let i = 0; i < count; i++) {
    if (i < intents.length) {
      const list = PLAIN[intents[i]];
      out.push({
        intent: intents[i],
        text: list[Math.floor(rnd() * list.length)],
        sensitive: false,
      });
    } else if (rnd() < sensitiveShare || (i === intents.length && count > intents.length)) {
      const s = SENSITIVE[Math.floor(rnd() * SENSITIVE.length)];
      out.push({ ...s, sensitive: true });
    } else {
      const intent = intents[Math.floor(rnd() * intents.length)];
      const list = PLAIN[intent];
      out.push({ intent, text: list[Math.floor(rnd() * list.length)], sensitive: false });
    }
  }
  return out;
}

/** Every intent the sample texts are written for. */
export const DEMO_INTENTS: readonly string[] = Object.keys(PLAIN);
