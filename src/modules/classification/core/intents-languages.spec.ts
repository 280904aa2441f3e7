import { createClassifier } from './classifier';

/**
 * Legal threats, complaints and fraud reports in the languages other than
 * English and Spanish that customers of US institutions write in: the intent
 * model learned from Latin-script posts, mostly English and Spanish, so these
 * are read by the lexicons of intents.yaml. Each sentence is made up.
 */
const classifier = createClassifier();

function intentsOf(text: string): string[] {
  return classifier.classify(text, { channel: 'dm' }).intents.map((i) => i.intent);
}

describe('legal threats in other languages', () => {
  it.each([
    ['Mój adwokat złoży pozew w przyszłym tygodniu.'],
    ['Avukatımla görüştüm, paramı iade etmezseniz dava açacağım.'],
    ['עורכת הדין שלי תגיש תביעה נגדכם'],
    ['Il mio avvocato vi scriverà domani.'],
    ['Meu advogado vai entrar com ação judicial.'],
    ['Mon avocat vous enverra une mise en demeure.'],
    ['Ich werde meinen Anwalt einschalten und Sie verklagen.'],
    ['Мой адвокат подаст в суд.'],
    ['Tôi sẽ nhờ luật sư khởi kiện ngân hàng.'],
    ['변호사 통해서 소송 걸겠습니다'],
    ['Qareenkayga ayaa idinla soo xiriiri doona.'],
    ['Saya akan menggugat bank ini ke pengadilan.'],
    ['We hired counsel after the second denial.'],
    // Chinese and Japanese words inside running text, with no space before them.
    ['我的律师会起诉你们'],
    ['弁護士に相談して訴訟を起こします'],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('legal_threat');
  });

  it.each([
    // Polish "sąd" folds to the English word "sad"; only its phrases count.
    ['so sad to hear the branch is closing'],
    // Portuguese and Italian "dava" is "gave"; only the Turkish phrases count.
    ['ele me dava o cartão toda semana'],
  ])('a word shared with another language is no threat: %j', (text) => {
    expect(intentsOf(text)).not.toContain('legal_threat');
  });
});

describe('complaints in other languages', () => {
  it.each([
    ['Trzeci raz to samo. Ręce opadają.'],
    ['30 χρόνια πελάτης και αυτό είναι απαράδεκτο'],
    ['Che vergogna, nessuno risponde al telefono'],
    ['Rezalet, kimse cevap vermiyor'],
    ['Grabe naman, walang sumasagot sa hotline ninyo'],
    ['Dịch vụ quá tệ, vẫn chưa nhận được tiền'],
    ['Это безобразие, никто не отвечает уже неделю'],
    ['c’est une honte, toujours rien sur mon compte'],
    ['Sent the form a month ago, what is the hold up'],
    ['no es la primera vez que pasa esto'],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('complaint');
  });
});

describe('fraud in other languages', () => {
  it.each([
    ['To było oszustwo? Ktoś dzwonił z banku.'],
    ['Dolandırıcılar kartımı kullandı'],
    ['Niloko ako ng tumawag, sabi taga-bangko daw'],
    ['Je crois que c’est une arnaque, ils ont mon code'],
    ['Мошенники позвонили маме от имени банка'],
    ['我被诈骗了，骗子拿走了我的钱'],
  ])('%j', (text) => {
    expect(intentsOf(text)).toContain('crisis');
  });
});
