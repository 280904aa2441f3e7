import { createClassifier } from './classifier';

/**
 * Round 17 (second wave): regulators and complaint bodies of Canada, Australia, the UK and
 * Ireland; court claims of those countries and lawyers engaged in German and Lithuanian;
 * complaints in Welsh, Irish, Latvian, Estonian, Somali and Acadian French, put-downs, price
 * rises beside a retort; the customer's own loan, account and identity number in English,
 * Welsh and Finnish. Each sentence is made up.
 */
const classifier = createClassifier();

function intentsOf(text: string): string[] {
  return classifier.classify(text, { channel: 'x' }).intents.map((i) => i.intent);
}

describe('regulators and complaint bodies of Canada, Australia, the UK and Ireland', () => {
  it.each([
    ['The superintendent of insurance in Manitoba will be getting a copy of this.'],
    ['Sent everything to the Financial Services Regulatory Authority last week.'],
    ['@FCACan is this allowed? third overdraft fee this month'],
    ['The OmbudService ruled in my favour on the travel claim.'],
    ['Raised it with the Information Commissioner, still no reply to my access request.'],
    ['ICO complaint lodged about my data.'],
    ['Does the RBA set the rules on card surcharges?'],
    ['The Payment Systems Regulator says scam losses must be paid back.'],
    ['Trading Standards are looking into the garage, can you help with the refund?'],
    ['میں اومبڈسمین کے پاس جا رہا ہوں'],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('regulator_mention');
  });

  it.each([
    // Rule-makers and consumer bodies are named, not complained to: no complaint from the name.
    ['Does the PSR cap apply to card payments as well?'],
    ['Citizens Advice said to ask you about a payment plan.'],
  ])('a regulator mention without a complaint: %j', (text) => {
    const intents = intentsOf(text);
    expect(intents).toContain('regulator_mention');
    expect(intents).not.toContain('complaint');
  });

  it.each([
    // The press takes no complaints; an ICO of a crypto token is not the Information Commissioner.
    ['Marketplace on CBC is doing a story, I am going to the CBC with this.'],
    ['Early access to our ICO presale, tokens 50% off'],
  ])('not a regulator mention: %j', (text) => {
    expect(intentsOf(text)).not.toContain('regulator_mention');
  });
});

describe('court claims of these countries and lawyers engaged', () => {
  it.each([
    ['Unless the refund arrives by the 9th we will file a statement of claim.'],
    ['Treat this as a letter before action regarding the unpaid repair.'],
    ['I will issue proceedings if the payout is not made this month.'],
    ['Starting a claim on Money Claim Online tomorrow morning.'],
    ['I am going to use my legal expenses cover against you, all of it.'],
    ['Ich werde meinen Anwalt einschalten, wenn nichts passiert.'],
    ['Jei negrąžinsite pinigų, kreipsiuosi į advokatą.'],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('legal_threat');
  });

  it.each([
    ['Does my home policy include legal expenses cover?'],
    ['What does legal protection cover pay for?'],
  ])('not a legal threat: %j', (text) => {
    expect(intentsOf(text)).not.toContain('legal_threat');
  });
});

describe('complaints in these countries’ words and languages', () => {
  it.each([
    ['Mae’r ap wedi torri eto. Siomedig iawn.'],
    ['Tri mis heb ateb. Cywilydd.'],
    ['Tá an tseirbhís seo náireach.'],
    ['Maksājumi atkal nestrādā jau otro dienu.'],
    ['Internetipank jälle ei tööta.'],
    ['Waan ka cabanayaa sida laygula dhaqmay.'],
    ['Trois heures au téléphone pour rien. Ça fait dur.'],
    ['A $12 fee to print a statement. Get real.'],
    ['You want three bills and a passport for a kids account? Give me a break'],
    ['My car premium is going up 30% and nobody calls. Members are an afterthought.'],
    ['Prima a crescut cu 25% fără nicio daună.'],
    ['@SomeInsurer price walking is banned, why is my renewal dearer than the new quote'],
    ['The bank says it’s my fault because I pressed the button.'],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('complaint');
  });

  it.each([
    ['Why did my premium go up this year?'],
    ['Sorry what time does the branch open on Saturday'],
    ['No claims yet, can I add my partner to the policy?'],
    ['What are the opening hours at the branch, and is there a fee for coins?'],
  ])('not a complaint: %j', (text) => {
    expect(intentsOf(text)).not.toContain('complaint');
  });
});

describe("the customer's own loan, account, card and identity number", () => {
  it.each([
    ['Somebody took out a loan in my name last week, I never signed anything'],
    ['Rhif cyfrif: dw i angen help gyda fy nghyfrif'],
    ['Rwy wedi colli fy ngherdyn ddoe'],
    ['Korttini on kadonnut, sulkekaa se'],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('account_specific');
  });

  it.each([['Can I open an account for my daughter in her name?']])(
    'not account-specific: %j',
    (text) => {
      expect(intentsOf(text)).not.toContain('account_specific');
    },
  );
});
