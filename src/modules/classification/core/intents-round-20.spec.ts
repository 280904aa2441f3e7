import { intentsOf } from '../../../../test/classification/intents-read';

/**
 * Round 20: praise, adverts aimed at followers and insults in US English and Spanish, read
 * by the lexicons of intents.yaml, and the posts that must stay unread. Each sentence is
 * made up.
 */

describe('intents round 20', () => {
  describe('praise', () => {
    it.each([
      ['The difference since we joined is night and day, real people pick up.'],
      ['The hardship deferral in March was a lifesaver for our family.'],
      ['The budgeting coach basically saved my credit, no exaggeration.'],
      ['Got a call about a strange charge before it even posted. @MaplewoodCU i see you'],
      ['Teller waited while my dad found his glasses and never rushed him. Respect.'],
      [
        'Twelve years in and they still greet me at the counter. That is why I stay, and thats why i stay.',
      ],
      ['Small branch, everybody knows me by name.'],
      ['Tiny credit union with a big heart.'],
      ['The lady at the drive-up was so patient with my grandmother.'],
      ['Quick, no hassle, no upsell. Just a car loan.'],
      ['She walked me through escrow without making me feel dumb.'],
      ['Only bank I have had that never made me feel stupid for asking.'],
      ['Their fraud team caught a sketchy gas station charge right away.'],
      ['The loan officer actually listened to what we needed.'],
      ['The teller helped my parents set up their first online account.'],
      ['Kinda obsessed with the new debit card colors ngl'],
      ['Love that my CU sent me a birthday card with a coupon inside.'],
      ['Joined after the merger, should have switched sooner. You guys rock.'],
      ['The rep at the call center deserves a raise.'],
      ['Car loan went through without a hitch. No complaints at all.'],
      ['thank u for approving my first credit card, I am so happy'],
      ['La cajera de la sucursal es un amor, me encanta este banco.'],
      ['Me salvaron el negocio con ese préstamo, muy agradecida.'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('praise');
    });
  });

  describe('adverts aimed at followers', () => {
    it.each([
      ['Buying bank accounts older than a year, paying top dollar, inbox.'],
      ['Looking for people with active bank accounts, quick payout tonight.'],
      ['Account flip tonight only, drop your bank info below.'],
      ['Cash app flip: send 50 and we double it same day.'],
      ['Credit repair pros: collections removed in 2 weeks, score guaranteed.'],
      ['We fix your credit score fast #creditrepair'],
      ['Personal loans up to 20k, bad credit ok, no SSN needed.'],
      ['Get verified today, real followers included.'],
      ['Work with us: receive funds in your account and pass them along for a cut.'],
      ['Send 0.01 BTC, get 0.05 back guaranteed.'],
      ['DM me for the link, passive income while you sleep.'],
      ['Compro cuentas de banco, pago bien.'],
      ['Reparación de crédito en 30 días, llámame.'],
      ['Gana dinero desde tu casa, solo necesitas tu cuenta de banco.'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('spam');
    });
  });

  describe('insults', () => {
    it.each([
      ['You are thieves, every branch of you.'],
      ['This place is run by crooks in suits.'],
      ['Your manager lied, your rep lied. Liars, all of you.'],
      ['Forty dollars for a paper statement. Greedy pigs.'],
      ['Absolute vultures, charging a widow late fees.'],
      ['The front desk crew are a bunch of stuck up snobs.'],
      ['The loan officer was a condescending jerk the entire meeting.'],
      ['Incompetent from top to bottom, every single office.'],
      ['Son unos rateros, devuélvanme mis cuarenta dólares.'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('abuse');
    });

    it.each([
      ['Incompetent from top to bottom, every single office.'],
      ['Disgusting company, three overdraft fees in one afternoon.'],
    ])('%j stays a complaint', (text) => {
      expect(intentsOf(text)).toContain('complaint');
    });
  });

  describe('look-alikes', () => {
    it.each([
      ['I gave the code to the caller and feel so stupid now, please lock my card.'],
      ['My mom sent her savings to a man online, my brother says it is a pig butchering scam.'],
      ['They treat retirees like idiots on the phone.'],
    ])('%j is no insult', (text) => {
      expect(intentsOf(text)).not.toContain('abuse');
    });

    it.each([
      ['Please review my account with respect to the returned check fees, loan 4410.'],
      ['Love that you charge me a fee to see my own statement, again.'],
      ['My birthday is 10/10/1971 and I need to update my address.'],
      ['Zero respect for the seniors who wait in line at the Elm St branch.'],
      ['With all due respect, nobody has answered my dispute in six weeks.'],
    ])('%j is no praise', (text) => {
      expect(intentsOf(text)).not.toContain('praise');
    });

    it.each([
      ['You have no respect for your members, none.'],
      ['Zero respect for the seniors who wait in line at the Elm St branch.'],
      ['The teller was so disrespectful to my father today.'],
    ])('%j is a complaint: respect denied', (text) => {
      expect(intentsOf(text)).toContain('complaint');
    });

    it.each([
      ['Can someone DM me about my auto loan payment?'],
      ['Hello dear, I am checking if my pension deposit came in. My member number is 4471.'],
      ['Stuck 900 miles from home and my card got declined at the motel.'],
      ['Does your bank offer any credit repair classes for members?'],
    ])('%j is no advert', (text) => {
      expect(intentsOf(text)).not.toContain('spam');
    });

    it.each([
      ['Can someone DM me about my auto loan payment?'],
      ['Hello dear, I am checking if my pension deposit came in. My member number is 4471.'],
    ])('%j stays about the account', (text) => {
      expect(intentsOf(text)).toContain('account_specific');
    });
  });
});

describe('intents round 20, second half: the UK, Ireland, Canada, Australia and New Zealand', () => {
  describe('complaints', () => {
    it.each([
      ['Absolute shambles, the branch was shut again with no notice.'],
      ['Cowboys the lot of you, my transfer is still missing.'],
      ['You are taking the piss with these overdraft charges.'],
      ['Gutted, the mortgage offer lapsed while underwriting sat on it.'],
      ['Fuming, three weeks and still no replacement card.'],
      ['A disgrace how long the complaints team takes to reply.'],
      ['The packaged account was mis-sold to my parents years ago.'],
      ['You stuffed up my direct debit again.'],
      ['Cheers for nothing, the helpline hung up on me twice.'],
      ['Thanks a bunch for the surprise fee on my savings.'],
      ['Tabarnak, deux heures pour parler à un agent.'],
      ['Service au client inexistant depuis la fusion.'],
      ['Na wa for this bank, my transfer don hang since Monday.'],
      ['The assessor never turned up and I took the day off for it.'],
      ['Tried for a week to get through about the renewal.'],
      ['Fuck your fees.'],
      ['Absolute crooks, the lot of them.'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('complaint');
    });
  });

  describe('praise', () => {
    it.each([
      ['Legends at the Galway branch, sorted in ten minutes.'],
      ['Sweet as, the new card arrived in two days.'],
      ['Top bloke at the counter in Dunedin today.'],
      ['Grand job on the claim, paid within the week.'],
      ['Fair play to the girls on the phones today.'],
      ['Ngā mihi nui to the Hamilton team.'],
      ['Thank you so much for sorting the standing order.'],
      ['The new debit card is gorgeous.'],
      ['Cheers lads, the adviser was spot on.'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('praise');
    });
  });

  describe('adverts aimed at followers', () => {
    it.each([
      ['I buy bank accounts, cash paid same day.'],
      ['Get paid to hold funds in your account, uni students welcome.'],
      ['Flip your cash, DM for the plan.'],
      ['Legit loan company, approval in an hour, no credit checks.'],
      ['We are hiring, receive payments on behalf of clients.'],
      ['Staff needed for account verification jobs, send your details.'],
      ['I am investment manager, DM for my secret plan.'],
      ['New government grant program, apply through this link.'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('spam');
    });
  });

  describe('insults', () => {
    it.each([
      ['Absolute cowboys running that branch.'],
      ['The call centre is full of muppets.'],
      ['Brain dead staff at the counter again.'],
      ['Absolute crooks, the lot of them.'],
      ['Hope the lot of you lose your jobs.'],
      ['Bunch of wankers at head office.'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('abuse');
    });
  });

  describe('crises', () => {
    it.each([
      ['We are evacuating now and the fire is on the ridge, is the motel covered?'],
      ['The river is rising and there is water at the back door, what do we do?'],
      ['Stranded abroad, cards all declined, please help.'],
      ['I think I gave it to them, the code from the text.'],
      ['They got my telephone banking passcode on a call this morning.'],
      ['Somebody rang me about my card, that wasn’t you was it'],
      ['My wages haven’t gone in and it is payday.'],
      ['Card terminals down all over town this morning.'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('crisis');
    });
  });

  describe('look-alikes', () => {
    it.each([
      ['They waived the charge without me even asking.'],
      ['Is there a bushfire exclusion on the home policy?'],
      ['My transfer to the landlord hasn’t landed yet.'],
    ])('%j is no crisis', (text) => {
      expect(intentsOf(text)).not.toContain('crisis');
    });

    it.each([
      ['Is the deposit guarantee per account or per person?'],
      ['Pretty sure my uncle is being scammed by a so-called investment manager.'],
      ['Is there a savings account that helps me grow my savings for a house?'],
    ])('%j is no advert', (text) => {
      expect(intentsOf(text)).not.toContain('spam');
    });

    it.each([
      ['If you ever lose your job they will not help you.'],
      ['Is there a bushfire exclusion on the home policy?'],
    ])('%j is no insult', (text) => {
      expect(intentsOf(text)).not.toContain('abuse');
    });

    it.each([
      ['My grandad is a legend with his paper ledger.'],
      ['Only if the rate is decent will I roll it over.'],
    ])('%j is no praise', (text) => {
      expect(intentsOf(text)).not.toContain('praise');
    });

    it.each([
      ['I can’t get through on the phone and my card was stolen, please block it.'],
      ['Is the deposit guarantee per account or per person?'],
    ])('%j is no complaint', (text) => {
      expect(intentsOf(text)).not.toContain('complaint');
    });

    it.each([
      ['The transfer to my ISA did not go out this month.'],
      ['What rate will my term deposit roll over at?'],
      ['My super balance dropped four grand in a month.'],
      ['I’m with you for home and contents and the loss adjuster has not called.'],
    ])('%j is about the account', (text) => {
      expect(intentsOf(text)).toContain('account_specific');
    });
  });
});
