import { createClassifier } from './classifier';

/**
 * Round 18: regulators, ombudsmen, consumer- and data-protection bodies of more countries by
 * name, acronym and handle (short acronyms that are also words only in capitals or beside a
 * word that makes them the body); a disaster or a theft named as the kind of cover or claim is
 * no crisis; thanks in other languages are praise beside a compliment, not alone at the end of
 * a request. Each sentence is made up.
 */
const classifier = createClassifier();

function intentsOf(text: string): string[] {
  return classifier.classify(text, { channel: 'dm' }).intents.map((i) => i.intent);
}

describe('regulators and complaint bodies of many countries', () => {
  it.each([
    ['@cenbank my transfer has been pending for a week, please intervene'],
    ['@CBKKenya is this charge even legal?'],
    ['@BangkoSentral paki-check po ang e-wallet na ito'],
    ['@MAS_sg the bank still has not refunded me'],
    ['@hkmagovhk please look at these fees'],
    ['@SAMA_GOV أرجو التدخل'],
    ['رفعت شكوى في ساماكير قبل أسبوع'],
    ['Escalating this to SAMA tomorrow.'],
    ['Submitted a complaint to QCB about the double debit.'],
    ['Complained to CBUAE last week, still waiting.'],
    ['Case opened with Sanadak about the card fee.'],
    ['@CAInsuranceDept these non-renewals need a look'],
    ['我已经向州保险局投诉了'],
    ['주 보험국에 민원을 넣었습니다'],
    ['소비자 보호 기관에 신고했어요'],
    ['Отправила жалобу в департамент страхования штата.'],
    ['قدمت شكوى لدى إدارة التأمين في الولاية'],
    ['Tôi đã gửi khiếu nại lên Sở Bảo hiểm tiểu bang.'],
    ['Registrei reclamação na SUSEP ontem.'],
    ['Ya radiqué la queja en la Superfinanciera.'],
    ['Voy a poner la denuncia ante la SIC por el reporte negativo.'],
    ['Abri reclamação na ANS contra o plano de saúde.'],
    ['NAICOM should look at how this insurer treats claims.'],
    ['I escalated to the Insurance Regulatory Authority last month.'],
    ['Lodged a complaint with the Insurance Authority today.'],
    ['Will be filing with the FDRC about the mis-sold product.'],
    ['Ek gaan die Bankombudsman skakel oor die fooie.'],
    ['I wrote to the state insurance consumer advocate.'],
    ['Sent a letter to the Office of Personnel Management about my FEHB claim.'],
    ['My next stop is the JAG office on base.'],
    ['Reported the loan app to the Data Protection Commissioner.'],
    ['Complained to the privacy commissioner about the data leak.'],
    ['I wrote to MAS about the phishing refund.'],
    ['MAS should fine them for this.'],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('regulator_mention');
  });

  it.each([
    ['NUNCA MAS vuelvo a pedir un préstamo aquí'],
    ['quiero MAS información sobre la tarjeta'],
    ['Can I roll my 401k into the IRA with you?'],
    ['Sama from the branch helped me open the account'],
    ['sama xaalis ci biir la'],
    ['"sic" is what the letter said'],
    ['Cảm ơn chị đã giúp tôi làm hồ sơ bảo hiểm xe.'],
    ['does the data protection setting in the app hide my balance?'],
  ])('not a regulator: %j', (text) => {
    expect(intentsOf(text)).not.toContain('regulator_mention');
  });
});

describe('a disaster or a theft named as the kind of cover or claim', () => {
  it.each([
    ['does my renters policy cover my scooter if it gets stolen from the garage?'],
    ['is flood insurance required in a flood zone?'],
    ['what is the hurricane deductible on a condo policy?'],
    ['How long is the wildfire claim process usually?'],
    ['Should I keep an emergency fund in savings or a CD?'],
  ])('not a crisis: %j', (text) => {
    expect(intentsOf(text)).not.toContain('crisis');
  });

  it.each([
    ['the hurricane took our roof last night and we are at a shelter'],
    ['our house flooded, flood policy FP-2231, we need somewhere to stay'],
    ['my car got stolen from the driveway this morning'],
  ])('still a crisis: %j', (text) => {
    expect(intentsOf(text)).toContain('crisis');
  });
});

describe('thanks in other languages beside a compliment', () => {
  it.each([
    ['La cajera fue muy amable y me explicó todo. ¡Gracias!'],
    ['客服很好，处理得很快，谢谢！'],
    ['Ang bait ng teller sa branch. Salamat!'],
    ['Transfer was smoothest ever, highly recommend'],
    ["credit where it's due, the branch sorted it in a day"],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('praise');
  });

  it.each([
    ['Necesito cambiar mi dirección de correo. Gracias'],
    ['请把对账单寄到我的新地址，谢谢'],
    ['Paki-update po ang phone number ko. Salamat po'],
  ])('a request signed off with thanks is not praise: %j', (text) => {
    expect(intentsOf(text)).not.toContain('praise');
  });
});

describe('the new lexicons stay linear', () => {
  it('reads a long post of regulator and cover phrases quickly', () => {
    const text =
      'complained to MAS and ساماكير, flood insurance if it gets stolen, gracias muy amable '.repeat(
        3000,
      );
    const t0 = performance.now();
    classifier.classify(text, { channel: 'dm' });
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('speed words alone are no praise', () => {
  it.each([['他们很快就把钱扣走了'], ['好快就冇晒啲錢']])('%j', (text) => {
    expect(intentsOf(text)).not.toContain('praise');
  });
});
