import { createClassifier } from './classifier';

/**
 * Legal threats and regulator mentions in the phrasings the working sets of round 14
 * showed the lexicons lacked: a regulator's Latin acronym glued into Chinese or Korean
 * text, labour, insurance and workers' compensation regulators, inspectors general, a
 * regulator told by what it oversees; courts and lawyers in Arabic, Hebrew, Gujarati,
 * Punjabi, Greek and Samoan, and a lawyer or a judge told indirectly. Each sentence is
 * made up.
 */
const classifier = createClassifier();

function intentsOf(text: string): string[] {
  return classifier.classify(text, { channel: 'dm' }).intents.map((i) => i.intent);
}

describe('a Latin acronym glued to Chinese or Korean text', () => {
  it.each([
    ['我已经向FDIC投诉了，押金三个月还没退'],
    ['上個月已經投訴咗去NCUA，到而家都冇回覆'],
    ['FINRA에 신고했습니다. 계좌 문제 해결해 주세요'],
    ['어제 CFPB로 민원을 보냈어요'],
    ['已向纽约金融保护局投诉'],
    ['我去咗加州金融保護與創新部度投訴'],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('regulator_mention');
  });

  it.each([['我用OCCASIONAL这个词'], ['这个app叫FDICX吗'], ['CFPBX에서 샀어요']])(
    'not a regulator: %j',
    (text) => {
      expect(intentsOf(text)).not.toContain('regulator_mention');
    },
  );
});

describe('labour, insurance and other regulators', () => {
  it.each([
    ['Payroll card fees on my tips? I am asking the state labor department about it.'],
    ['The Department of Labor will hear about these wage card charges.'],
    ['Filed with the labor commissioner over the fees on our paychecks.'],
    ['Wrote to the Office of Inspector General about the disaster loan.'],
    ['The NAIC complaint index for this insurer is twice the median.'],
    ['@FLOIR this carrier has not paid my roof claim in nine months.'],
    ['My comp claim is now with the Industrial Commission.'],
    ['Une plainte au Commissaire aux assurances est partie hier.'],
    ['Tôi sẽ gửi khiếu nại lên Sở Bảo hiểm Texas.'],
    ['Maybe the agency that oversees credit unions can explain this hold.'],
    ['I wonder what the people who regulate banks would say about these fees.'],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('regulator_mention');
  });

  it.each([
    ['I work in the labor and delivery unit, can I get paid early?'],
    ['Our general manager approved the transfer.'],
  ])('not a regulator: %j', (text) => {
    expect(intentsOf(text)).not.toContain('regulator_mention');
  });
});

describe('legal threats in more languages and told indirectly', () => {
  it.each([
    ['إذا ما رجعتوا المبلغ رح روح للمحكمة'],
    ['אם לא תחזירו את הכסף אני פונה לעורך דין מחר.'],
    ['પૈસા પાછા નહીં મળે તો હું કોર્ટમાં જઈશ'],
    ['ਪੈਸੇ ਵਾਪਸ ਨਾ ਮਿਲੇ ਤਾਂ ਮੈਂ ਵਕੀਲ ਨੂੰ ਮਿਲਾਂਗਾ'],
    ['Αν δεν επιστρέψετε τα χρήματα, θα τα πούμε στο δικαστήριο.'],
    ['Afai e le totogi, o le a matou o i le loia.'],
    ['Keep ignoring me and a man who bills by the hour will write to you.'],
    ['Please send me your registered agent, I am preparing papers.'],
    ['Fine, we will let a judge decide who owes the fee.'],
    ['My daughter just passed the bar exam and she read your letter.'],
    ['I called Legal Services about the denied claim today.'],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('legal_threat');
  });

  it.each([
    ['Meet me at the bar after the branch closes.'],
    ['The judge at the bake-off loved the pie.'],
    ['Our bar opens at five, do you take contactless?'],
  ])('not a legal threat: %j', (text) => {
    expect(intentsOf(text)).not.toContain('legal_threat');
  });
});

describe('elected officials, attorneys general abroad and courts in more languages', () => {
  it.each([
    ['wrote my rep about the frozen HELOC, waiting to hear'],
    ['this chat is going to the office of Rep. Alvarez'],
    ['mandé copia a la oficina del congresista ayer'],
    ['我已经向州总检察长投诉了'],
    ['मैंने अटॉर्नी जनरल को लिखा है'],
    ['اشتكيت إلى المدعي العام'],
    ['M ekri pwokirè jeneral la'],
  ])('a regulator: %j', (text) => {
    expect(intentsOf(text)).toContain('regulator_mention');
  });

  it.each([
    ["On va voir ce qu'en pense le juge, monsieur."],
    ['Chúng tôi sẽ gặp nhau ở tòa tháng sau.'],
    ['Побачимося в суді, якщо не повернете гроші.'],
  ])('a legal threat: %j', (text) => {
    expect(intentsOf(text)).toContain('legal_threat');
  });

  it.each([['my rep at the branch was helpful'], ['I will ask the judge at the county fair']])(
    'not a regulator: %j',
    (text) => {
      expect(intentsOf(text)).not.toContain('regulator_mention');
    },
  );
});
