import { createClassifier } from './classifier';

/**
 * Legal threats, regulator mentions and complaints in the phrasings the working sets of
 * round 13 showed the lexicons lacked: a suit, a subpoena or charges as the next step,
 * courts named in other languages, regulators abroad and misspelt, "the worst bank" in
 * more languages. Each sentence is made up.
 */
const classifier = createClassifier();

function intentsOf(text: string): string[] {
  return classifier.classify(text, { channel: 'dm' }).intents.map((i) => i.intent);
}

describe('legal threats', () => {
  it.each([
    ['A suit is being drafted this week over the denied roof claim.'],
    ['Keep every call recording from May. A subpoena is on its way.'],
    ['I am pressing charges and the bank will hear from the court.'],
    ['Pay back the fees or we take this to court.'],
    ['You will be served next Monday.'],
    ['Dual tracking while my modification was pending. Expect to be served.'],
    ['Refusing a sign-language interpreter is an ADA violation.'],
    ['Filed in justice court this morning over the returned payment.'],
    ['Demando a la aseguradora si no pagan el techo.'],
    ['Si no me devuelven el cargo los llevo a la corte de reclamos menores.'],
    ['Ми подамо позов до суду, якщо гроші не повернуть.'],
    ['אם הכסף לא יחזור עד מחר, אני תובע את הבנק.'],
    ['Nếu không trả lại tiền tôi sẽ kiện ngân hàng.'],
    ['पैसा नहीं लौटाया तो मैं कंज्यूमर कोर्ट जाऊंगा।'],
    ['Thinking of going after the insurer for bad faith after four months.'],
    ['Keep calling our guarantors and you will be answering to the bankruptcy judge.'],
    ['Every call is recorded, and the recordings will go in front of a jury.'],
    ['The legal clinic is helping me file a discrimination claim over the closed account.'],
    ['Complaint with the commissioner is done; next stop is court.'],
    ['If the report is not corrected I will pursue my rights under the Fair Credit Reporting Act.'],
    ['We are filing a civil claim against the bank and the co-owner.'],
    ['You ignored the power of attorney for two months; we will hold the bank liable.'],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('legal_threat');
  });

  it.each([
    ['¿Cómo pago una multa de la corte con un cheque de caja?'],
    ['The merchant fees went up again. Bad faith, if you ask me.'],
    ['Love the new suit I bought for the branch opening.'],
    ['I was on a jury all week, sorry I missed your call.'],
    ['Customers deserve to be served quickly at the drive-through.'],
  ])('not a legal threat: %j', (text) => {
    expect(intentsOf(text)).not.toContain('legal_threat');
  });
});

describe('regulator mentions', () => {
  it.each([
    ['Já registrei reclamação no Procon e no Banco Central.'],
    ['Złożyłam skargę do Rzecznika Finansowego.'],
    ['Puse una querella en OCIF por el cargo.'],
    ['Wrote to the consumer finance protection beuro today.'],
    ['The insurance commisioner will get a copy of this letter.'],
    ["Sent it to the Nat'l Credit Union Admin last week."],
    ['I will write the FDCI about this state bank.'],
    ['Reported you to the Better Busness Bureu.'],
    ['Lodging a complaint with AFCA about the fees.'],
    ['Fiz queixa ao Banco de Moçambique.'],
    ["J'ai écrit à l'Autorité des marchés financiers."],
    ['How do I complain to the NCAU about my credit union?'],
    ['Consumer Finacial Protection Buruea complaint sent.'],
    ['Copying the Financial Consumer Agency of Canada on this.'],
    ['Ya hablé con la Procuraduría del Consumidor.'],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('regulator_mention');
  });
});

describe('complaints', () => {
  it.each([
    ['La pire banque du quartier. Plus jamais.'],
    ['Sämsta banken, avgifter på allt.'],
    ['Najgora banka, tri tjedna čekam karticu. Sramota.'],
    ['بدترین بانک، سه هفته منتظرم.'],
    ['ธนาคารนี้แย่ที่สุด รอสายสองชั่วโมง'],
    ['卡被冻结了一个月，非常失望。'],
    ['Sleg, regtig sleg. Een ster.'],
    ['Aplikasinya error terus, kecewa.'],
    ['Жахливий сервіс, одна зірка.'],
    ['Najgorszy bank w mieście, zmieniam bank.'],
    ['Hidden fees on every transfer abroad.'],
    ['Pior banco que já usei, vou fechar minha conta.'],
    ['Ужасно обслужване, никога повече.'],
    ['They charged me for nuthin, not right.'],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('complaint');
  });
});
