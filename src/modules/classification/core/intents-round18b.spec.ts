import { createClassifier } from './classifier';

const classifier = createClassifier();

describe('intents-round18b', () => {
  /**
   * Round 18b: complaints the lexicons did not read (the pouting face alone, "thanks for nothing"
   * and closing the account in other languages, verdicts in more languages, a retort at the bank,
   * a price rise beside a clean record), a judge imagined hearing the case; a power of attorney
   * is no legal threat. Each sentence is made up.
   */

  function intentsOf(text: string): string[] {
    return classifier.classify(text, { channel: 'dm' }).intents.map((i) => i.intent);
  }

  describe('complaints', () => {
    it.each([
      ['😡😡'],
      ['Transfer still not there after a week 😡'],
      ['Zwei Wochen auf die Karte gewartet. Danke für nichts.'],
      ['Trois appels, aucune réponse. Merci pour rien.'],
      ['Nie odpisujecie od miesiąca. Zamykam konto.'],
      ['Vocês cobraram taxa de novo. Vou encerrar minha conta.'],
      ['Jestem bardzo niezadowolony z obsługi.'],
      ['Kötü hizmet, kimse telefonu açmıyor.'],
      ['Drei Monate für eine Erstattung. Lächerlich.'],
      ['Комиссия за перевод 5%. Это грабёж.'],
      ['Son unos abusadores, me cobraron por consultar el saldo.'],
      ['I sent the form three times, what do you want from me'],
      ['Branch sends me to the hotline, hotline sends me to the branch. Round and round.'],
      ['Fee on a fee on a fee. Shows how much they care.'],
      ['me subieron el seguro de la casa y ni un choque, ni un reclamo en diez años'],
      ['my premium went up 30%, claims free for 9 years 🤡'],
      ['bande de voleurs, encore des frais sur mon compte'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('complaint');
    });

    it.each([
      ['bande de voleurs'],
      ['how do I close my account online?'],
      ['what does claims free discount mean on my quote?'],
    ])('not a complaint alone: %j', (text) => {
      expect(intentsOf(text)).not.toContain('complaint');
    });
  });

  describe('legal threats', () => {
    it.each([
      ['A judge is going to love hearing how you froze my account for a month.'],
      ['can’t wait to hear a judge ask you why my deposit was held'],
      ['better hope the judge likes your paperwork'],
      ['Holding my money past the agreed date is a breach of contract.'],
      ['Please note that Whitmore & Gale LLP now acts for my family in this matter.'],
      ['My adjuster is preparing a bad-faith notice.'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('legal_threat');
    });

    it.each([
      ['My son has power of attorney, can he call about my savings?'],
      ['Attached is the durable power of attorney for my mother, please add me to her account.'],
    ])('a power of attorney is not one: %j', (text) => {
      expect(intentsOf(text)).not.toContain('legal_threat');
    });

    it('a lawyer beside a power of attorney still is', () => {
      expect(
        intentsOf('You refused my power of attorney again. My attorney is sending a letter.'),
      ).toContain('legal_threat');
    });
  });

  describe('the new lexicons stay linear', () => {
    it('reads a long post of the new phrases quickly', () => {
      const text =
        'a judge is going to love this 😡 danke für nichts, zamykam konto, ni un choque, power of attorney '.repeat(
          2500,
        );
      const t0 = performance.now();
      classifier.classify(text, { channel: 'dm' });
      expect(performance.now() - t0).toBeLessThan(1000);
    });
  });
});
