import { createClassifier } from './classifier';
import { inPrivateChat } from '../../../../test/classification/entities-found';

/**
 * Round 27: the misses of holdout-92 to 95 by kind. Values are made up; offsets are checked by
 * slicing the text as received.
 */

describe('a chat transcript pasted as one post: the answer to what the agent asked', () => {
  it.each([
    [
      "Agent: To verify, what is your mother's maiden name?\nMe: Okonkwo\nAgent: Thank you.",
      'Okonkwo',
    ],
    [
      "Agent: For security, what's your memorable word?\nMe: Tamarack lol\nAgent: Thanks!",
      'Tamarack',
    ],
    [
      "Agent: What's the name of your first car? (security question)\nCustomer: 84 Dodge Dart",
      '84 Dodge Dart',
    ],
    ['Agent: What street did you grow up on?\nMember: Linden Ave\nAgent: Thank you.', 'Linden Ave'],
    [
      'Agent: For your security, what\'s the answer to "city you were born in"?\nCustomer: Fort Collins',
      'Fort Collins',
    ],
  ])('a security question answered: %j', (text, value) => {
    expect(inPrivateChat(text)).toEqual([['CREDENTIAL', value]]);
  });

  it('a second try after "that doesn\'t match" is the same question\'s answer', () => {
    const text =
      "Agent: Please answer your security question: name of your first pet.\nMe: Pickles\nAgent: That doesn't match. Try once more?\nMe: Pickles the cat";
    expect(inPrivateChat(text)).toEqual([
      ['CREDENTIAL', 'Pickles'],
      ['CREDENTIAL', 'Pickles the cat'],
    ]);
  });

  it.each([
    [
      'Agent: Can you confirm the security code on the back of the card?\nMe: 417\nAgent: Thank you.',
      '417',
    ],
    ['Agent: What is the 3-digit code on the back?\nCustomer: 052', '052'],
  ])("a card's code answered: %j", (text, value) => {
    expect(inPrivateChat(text)).toEqual([['CREDENTIAL', value]]);
  });

  it.each([
    [
      'Agent: What is the policy number?\nClient: QRT-4410928-07\nAgent: And the claim is for?',
      'QRT-4410928-07',
    ],
    ['Agent: Thanks, and the policy number?\nCustomer: DP 51 207 664', 'DP 51 207 664'],
    ['Agent: Can you give me your loan number?\nCustomer: 0081264-03', '0081264-03'],
    ['Agent: Which account should it go into?\nMe: 5519027734 checking', '5519027734'],
    [
      "Agent: What's the policy number?\nCustomer: it should be 2025-NE-014-220931",
      '2025-NE-014-220931',
    ],
  ])('an account, loan or policy number answered: %j', (text, value) => {
    expect(inPrivateChat(text)).toEqual([['BANK_ACCOUNT', value]]);
  });

  it('an SSN and a phone number answered are read as what was asked', () => {
    expect(inPrivateChat('Agent: Can you verify your SSN?\nMember: 219 41 7736')).toEqual([
      ['SSN', '219 41 7736'],
    ]);
    expect(inPrivateChat('Agent: And your phone number?\nMember: 505-842-7713')).toEqual([
      ['PHONE', '505-842-7713'],
    ]);
  });

  it('a birth date answered in numbers is the birth date', () => {
    expect(inPrivateChat("Agent: What's your date of birth?\nMe: 3-14-58")).toEqual([
      ['DATE_OF_BIRTH', '3-14-58'],
    ]);
  });

  it.each([
    // Only the last digits were asked for.
    'Agent: Can you verify the last 4 of your account?\nMember: 0091',
    // A third party's value.
    "Agent: Can you confirm the exact number you sent it to?\nMe: that one. my landlord's is 908-441-7702.",
    // No value: the customer does not know, or asks back.
    "Agent: What's your mother's maiden name?\nMe: i don't know",
    "Agent: What's your memorable word?\nMe: which one?",
    // A sentence is no security answer.
    "Agent: What is your first pet's name?\nMe: I never had one, I think I left it blank when I signed up.",
    // A number the agent asked about that is no account of the customer's.
    'Agent: What is the claim number?\nMe: 20250114-887',
  ])("nothing when the answer is no value of the customer's: %j", (text) => {
    expect(inPrivateChat(text)).toEqual([]);
  });

  it("a security answer in a public post or without an agent's question is not read so", () => {
    const classifier = createClassifier();
    const publicPost = classifier.classify(
      "Agent: what is your mother's maiden name?\nMe: Okonkwo",
      {
        channel: 'x',
      },
    );
    expect(publicPost.entities).toEqual([]);
    expect(inPrivateChat('Me: Okonkwo\nAgent: Thank you.')).toEqual([]);
  });

  it('routes an answered security question offline, cited by its detector', () => {
    const result = createClassifier().classify(
      "Agent: For verification, what's the name of your high school?\nCustomer: Kearney\nCustomer: go bearcats",
      { channel: 'chat', visibility: 'private' },
    );
    expect(result.entities.map((e) => e.detector)).toEqual(['credential.agent-asked-answer']);
    expect(result.decision.actions).toContain('route_offline');
  });
});

describe("others' numbers and the institution's", () => {
  it.each([
    'Is anyone else getting calls from "Oak Ridge CU fraud department" from 615-282-4471? THAT IS NOT THEM',
    'Is 318-772-0102 the real fraud line or is that fake too??',
    'stop calling me about a card I paid off. the number calling is 903-441-0117',
    'This text just came: "Bluestem Alert: Card locked. Call 712-339-0104." is this legit??',
    'PSA: they called my aunt from 928-714-0147 pretending to be you, dont answer',
    'I got a text saying my card was locked and to call 808-962-0192. I called and gave them everything',
    'please fax the letter to the FSA office in Yankton at (605) 665-2710',
  ])('a caller, a message or an office named before or after the number: %j', (text) => {
    expect(inPrivateChat(text).filter(([type]) => type === 'PHONE')).toEqual([]);
  });

  it.each([
    ['call me back at 303-882-1174 please', '303-882-1174'],
    ['i got a text from you guys, call me back at 303-882-1174', '303-882-1174'],
    ['they keep calling my cell from 212-730-0187', '212-730-0187'],
  ])("the customer's own number stays: %j", (text, value) => {
    expect(inPrivateChat(text)).toEqual([['PHONE', value]]);
  });

  it.each(['phishing@bluestemcu.org', 'poa@gulfcoastcu.org', 'estates@firstprairie.com'])(
    'a role mailbox for phishing reports, powers of attorney or estates: %j',
    (address) => {
      expect(inPrivateChat(`please forward it to ${address} and we will take a look`)).toEqual([]);
    },
  );
});

it('"S.S.#" is an SSN cue', () => {
  expect(inPrivateChat('S.S.# 389575150, need to enroll in the credit monitoring')).toEqual([
    ['SSN', '389575150'],
  ]);
});

describe('a birth date on a line of its own in a private post of several lines', () => {
  it.each([
    ['Me: hi\nMe: 4471190382\nMe: 11/02/1978\nMe: need balance', '11/02/1978'],
    ['Customer: 2/11/1949\nCustomer: my grandson said to put this in first', '2/11/1949'],
  ])('%j', (text, value) => {
    expect(inPrivateChat(text)).toContainEqual(['DATE_OF_BIRTH', value]);
  });

  it.each([
    // A date of an event, after the agent asked when.
    'Agent: When did the charge post?\nMe: 11/02/2009\nAgent: Thanks.',
    // A recent date is no birth date.
    'Me: the accident\nMe: 01/14/2024',
  ])('not: %j', (text) => {
    expect(inPrivateChat(text).filter(([type]) => type === 'DATE_OF_BIRTH')).toEqual([]);
  });
});

describe('smaller readings', () => {
  it("the security question the agent asks holds no answer; the customer's line does", () => {
    expect(
      inPrivateChat(
        'Agent: What is the answer to your security question: make of your first car?\nMe: Buick Skylark\nAgent: Thank you.',
      ),
    ).toEqual([['CREDENTIAL', 'Buick Skylark']]);
  });

  it('"latest one 193764": "one" after "latest" is a pronoun, not a digit', () => {
    const values = inPrivateChat('they keep texting me login codes. latest one 193764. not me').map(
      ([, value]) => value,
    );
    expect(values).not.toContain('one 193764');
  });

  it('"la usuaria es …" names the username of a password in the same post', () => {
    expect(
      inPrivateChat('Mi contraseña es Mango#2031 y no me deja entrar, la usuaria es rosaperez_'),
    ).toEqual([
      ['CREDENTIAL', 'Mango#2031'],
      ['CREDENTIAL', 'rosaperez_'],
    ]);
  });
});

describe("another country's identity number named before it", () => {
  it.each([
    'i dont have ssn yet, i have polish PESEL 90071502318 and passport, can i open account?',
    '我只有中国身份证号 110105198804123317, 可以开户吗?',
    'my Philippine SSS number 34-1927731-5, no US social yet',
    'my マイナンバー: 123456789012',
  ])('%j', (text) => {
    expect(inPrivateChat(text)).toEqual([]);
  });

  it('a UK sort code and account written as one: the account part', () => {
    expect(inPrivateChat('sort code and account 40-12-76 55213009 for the pension')).toEqual([
      ['BANK_ACCOUNT', '55213009'],
    ]);
  });
});

describe('PINs and security answers told in more ways', () => {
  it.each([
    ['My PIN got reset to something weird, the letter says 9027?? not what I picked', '9027'],
    ['my PIN for the card is our anniversary 0614 can you tell me why it fails', '0614'],
    ["my PIN got reset and now the ATM says wrong PIN. I'm using 6081 which is what I set", '6081'],
  ])('%j', (text, value) => {
    expect(inPrivateChat(text)).toEqual([['CREDENTIAL', value]]);
  });

  it.each([
    ['security question: city where you were born - Mayagüez', 'Mayagüez'],
    ['Security Q: city where you were born → Hamtramck', 'Hamtramck'],
    [
      "Agent: For security, what's the answer to your security question?\nMember: my first car was a Studebaker",
      'Studebaker',
    ],
  ])('%j', (text, value) => {
    expect(inPrivateChat(text)).toEqual([['CREDENTIAL', value]]);
  });

  it('a question of the customer\'s own after "security question:" is none', () => {
    expect(inPrivateChat('security question: can I change it - it is too hard')).toEqual([]);
  });

  it('a Canadian SIN after its cue is no SSN, nor read by another reader', () => {
    expect(inPrivateChat('my SIN is 046 454 286 but you probably want the American one')).toEqual(
      [],
    );
  });
});

describe("more of others' numbers", () => {
  it.each([
    'heads up Philly: people calling from 215-601-3344 saying they are the credit union. hang up',
    "this number keeps calling me saying they're you: +1 (202) 718-0148. I didn't give them anything",
    'phishing alert: got a text "CobaltCard: unusual charge reply YES to cancel" from 213-448-9021. fake',
    'Here is my info for the dispute:\n- merchant: QuickFix Auto\n- their phone: (602) 441-9902',
    'I need a letter for the Medicaid application. Fax it to the DSS office 919-733-0441 please',
    'Someone called me from 404-771-2290 saying they were your fraud team. Is 404-771-2290 really you??',
  ])('%j', (text) => {
    expect(inPrivateChat(text).filter(([type]) => type === 'PHONE')).toEqual([]);
  });

  it('a number corrected away: the one after "not" is no longer the customer\'s', () => {
    expect(inPrivateChat('My actual phone is (910) 633-0115 not 910-633-0151')).toEqual([
      ['PHONE', '(910) 633-0115'],
    ]);
  });

  it("a treasurer's church office stays the customer's", () => {
    expect(
      inPrivateChat('need the last statement for our audit. call the church office 606-412-0142'),
    ).toEqual([['PHONE', '606-412-0142']]);
  });

  it("an advert's number is the advertiser's", () => {
    const text =
      'Need a car but bad credit?? We approve EVERYONE. Call Big Mike 832-914-0199, Houston area only';
    expect(inPrivateChat(text)).toEqual([]);
  });
});

describe("others' mailboxes and an asker's contact", () => {
  it.each([
    'i need a letter for my landlord. my landlords email is rentals@oakparkliving.com, send it direct',
    'Please email the 1099-INT to my accountant, Harold Finch CPA, hfinch@finchtaxservice.com, thanks',
    'Homeowners qualify for a FEMA bonus. Send your name, bank acct and routing to claimsdesk.relief@gmail.com',
    'Hello i am Agent Rebecca from Support, kindly send your card number and pin to our whatsapp +1 646 718 0192',
    'PSA: someone\'s texting "Finch CU: your card is locked, verify at finchcu.co" from 213-718-0148 - do NOT click',
  ])('%j', (text) => {
    expect(inPrivateChat(text)).toEqual([]);
  });

  it("the customer's own address after a request about their account stays", () => {
    expect(
      inPrivateChat('can you send your answer about my account to my email ana.ruiz@gmail.com'),
    ).toEqual([['EMAIL', 'ana.ruiz@gmail.com']]);
  });
});

describe('a card number is found whatever the question or the cue before it', () => {
  it.each([
    'Agent: Can you verify the last 4 of your card?\nMe: 4111 1111 1111 1111',
    'Agent: Can you confirm the number you sent it to?\nMe: 4111-1111-1111-1111',
    'my SSS number 4111 1111 1111 1111',
  ])('%j', (text) => {
    expect(inPrivateChat(text).map(([type]) => type)).toContain('CARD_NUMBER');
  });
});
