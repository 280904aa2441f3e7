import { createClassifier } from './classifier';

/**
 * Round 17: short legal threats as a noun phrase ("legal action") in more languages and
 * German "klagen" with a future; a state banking department in Spanish; the customer's own
 * claim, refund or remittance still waited for (a case word and a wait together), own money
 * and cards with the possessive of Indonesian, Greek, Turkish, Portuguese, Arabic, Bengali and
 * Chinese, fraud victims telling their own loss, and unauthorised debits. Each sentence is
 * made up.
 */
const classifier = createClassifier();

function intentsOf(text: string): string[] {
  return classifier.classify(text, { channel: 'x' }).intents.map((i) => i.intent);
}

describe('legal action as a noun phrase, and klagen with a future', () => {
  it.each([
    ['Wir werden klagen, wenn das Geld nicht kommt.'],
    ['سنتخذ إجراءات قانونية إذا لم يصل المبلغ.'],
    ['আইনি ব্যবস্থা নিতে বাধ্য হব।'],
    ['আমার উকিলের চিঠি আপনারা পাবেন।'],
    ['हम कानूनी कार्रवाई करेंगे।'],
    ['Kami akan menempuh tindakan hukum.'],
    ['Tutachukua hatua za kisheria wiki ijayo.'],
    ['法的措置を検討しています。'],
    ['我们将采取法律行动。'],
    ['Θα πάρουμε νομικά μέτρα.'],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('legal_threat');
  });

  it.each([
    // "klagen" alone is also "to complain": "I can't complain" is praise.
    ['Ich kann nicht klagen, der Service war gut.'],
    ['Was sind eigentlich die Öffnungszeiten am Samstag?'],
  ])('not a legal threat: %j', (text) => {
    expect(intentsOf(text)).not.toContain('legal_threat');
  });
});

describe('a state banking department in Spanish', () => {
  it.each([['Presenté una queja en el Departamento Bancario de Texas.']])('%j', (text) => {
    expect(intentsOf(text)).toContain('regulator_mention');
  });
});

describe("the customer's own claim, refund, remittance or money", () => {
  it.each([
    ['Kasko tazminat için 2 aydır bekliyorum.'],
    ['Sudah dua minggu klaim saya belum ada kabar.'],
    ['Hace un mes que espero el reembolso de la clínica.'],
    ['Η αποζημίωση αργεί ήδη δύο μήνες.'],
    ['退款等了两个星期。'],
    ['Mi-au dispărut banii trimiși din Spania.'],
    ['Sudah lapor ke bank, uang saya hilang 3 juta.'],
    ['Κάποιος μπήκε στον λογαριασμό μου χθες.'],
    ['Kartımdan iki kez para çekildi.'],
    ['اختراق حسابي اليوم وسحب 900 دينار'],
    ['কেউ আমার অ্যাকাউন্ট থেকে টাকা তুলে নিয়েছে।'],
    ['Roubaram e levaram tudo da conta.'],
    ['Faux livreur, j’ai perdu 700 € hier.'],
    ['O plano recusou a minha consulta de urgência.'],
    ['The insurer refused to pay for my MRI after approving it.'],
    ['Saw 3 unauthorised debits on Tuesday, nobody answers.'],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('account_specific');
  });

  it.each([
    // A case word or a wait alone is a general question or a complaint.
    ['How long does a travel insurance claim usually take?'],
    ['¿Cuánto tarda un reembolso?'],
    ['Klaim asuransi bisa diajukan online?'],
    ['Sevis la pran twòp tan, 3 semèn.'],
    // A relative's, or a complaint sent on: the sets label these public.
    ['Sent my complaint to the BBB today.'],
    ['The teller remembered my daughter’s name, lovely touch.'],
  ])('not account-specific: %j', (text) => {
    expect(intentsOf(text)).not.toContain('account_specific');
  });
});
