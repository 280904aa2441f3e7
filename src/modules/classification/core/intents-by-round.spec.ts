import { createClassifier } from './classifier';
import { intentsOf, publicIntentsOf } from '../../../../test/classification/intents-read';

/**
 * Intents: complaints, crises, legal threats, regulators and the customer's own matters, by round.
 * Each block below is one round's specs, kept as it was written.
 */

const classifier = createClassifier();

describe('intents-languages', () => {
  /**
   * Legal threats, complaints and fraud reports in the languages other than
   * English and Spanish that customers of US institutions write in: the intent
   * model learned from Latin-script posts, mostly English and Spanish, so these
   * are read by the lexicons of intents.yaml. Each sentence is made up.
   */

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
});

describe('intents-round13', () => {
  /**
   * Legal threats, regulator mentions and complaints in the phrasings the working sets of
   * round 13 showed the lexicons lacked: a suit, a subpoena or charges as the next step,
   * courts named in other languages, regulators abroad and misspelt, "the worst bank" in
   * more languages. Each sentence is made up.
   */

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
      [
        'If the report is not corrected I will pursue my rights under the Fair Credit Reporting Act.',
      ],
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
});

describe('intents-round14', () => {
  /**
   * Legal threats and regulator mentions in the phrasings the working sets of round 14
   * showed the lexicons lacked: a regulator's Latin acronym glued into Chinese or Korean
   * text, labour, insurance and workers' compensation regulators, inspectors general, a
   * regulator told by what it oversees; courts and lawyers in Arabic, Hebrew, Gujarati,
   * Punjabi, Greek and Samoan, and a lawyer or a judge told indirectly. Each sentence is
   * made up.
   */

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
});

describe('intents-round15', () => {
  /**
   * Complaints in the phrasings the working sets of round 15 showed the lexicons lacked:
   * short verdicts (worst bank, shame, useless, a joke, nobody picks up) in the languages
   * customers write in, native script and Latin spellings; "N days and still nothing" said
   * without relying on the number; an app or a card terminal failing again; and sarcastic
   * closers, which are weak and count only beside another sign of a complaint. Each
   * sentence is made up.
   */

  function complaintRules(text: string): string[] {
    const found = classifier
      .classify(text, { channel: 'x' })
      .intents.find((i) => i.intent === 'complaint');
    return found ? [...found.ruleIds] : [];
  }

  describe('short complaints in the languages customers write in', () => {
    it.each([
      ['el peor banco, nadie contesta el telefono'],
      ['Que piada esse banco, o app caiu de novo'],
      ["C'est une blague, personne ne décroche depuis des jours"],
      ['Pesonn pa reponn, sa se yon blag'],
      ['Peggior banca, nessuna risposta da giorni'],
      ['Niemand geht ran, seit Tagen warte ich. Eine Schande.'],
      ['Slechtste bank ooit, al dagen geen reactie'],
      ['Nikt nie odbiera od tygodnia, kpina'],
      ['Худший банк, никто не берет трубку'],
      ['eto prosto pozor, prilozhenie opyat ne rabotaet'],
      ['Це ганьба, ніхто не відповідає'],
      ['Cea mai proasta banca, tot nimic'],
      ['Χάλια τράπεζα, κανείς δεν σηκώνει'],
      ['2 haftadır bekliyorum, en kötü banka'],
      ['أسوأ بنك، محدش بيرد'],
      ['mafi 7ada yrod, 5adma sayi2a'],
      ['بانک افتضاح، کسی جواب نمیده'],
      ['koi phone nahi uthata, sabse ghatiya bank'],
      ['सबसे बेकार बैंक, कोई फोन नहीं उठाता'],
      ['কেউ ফোন ধরে না, খুব খারাপ'],
      ['ਕੋਈ ਫੋਨ ਨਹੀਂ ਚੁੱਕਦਾ, ਬਹੁਤ ਮਾੜਾ'],
      ['ખરાબ સેવા, કોઈ જવાબ નથી'],
      ['வங்கி மோசமான சேவை'],
      ['చెత్త బ్యాంక్'],
      ['walang kwenta, walang sumasagot sa phone'],
      ['ngân hàng tệ nhất, không ai nghe máy'],
      ['ธนาคารห่วยแตก ไม่มีใครรับสาย'],
      ['ធនាគារ អាក្រក់ណាស់'],
      ['ທະນາຄານ ບໍ່ດີ ລໍຖ້າດົນ'],
      ['ဘဏ် အဆိုးဆုံး ဖုန်းမကိုင်ဘူး'],
      ['bank terburuk, gak ada yang angkat'],
      ['最差的银行，没人接电话'],
      ['打電話又冇人聽，好差'],
      ['誰も電話に出ない。がっかり'],
      ['전화도 안 받고 진짜 너무하네'],
      ['በጣም መጥፎ ባንክ ማንም አይመልስም'],
      ['adeeg xun, qofna ima jawaabin'],
      ['benki mbaya sana, bado nasubiri'],
      ['nobody dey pick call, na wa for una'],
      ['unu wicked, nobody nah answer'],
      ['leaga tele, leai se tali'],
      ['phem heev, tos ntev heev'],
      ['Շատ վատ ծառայություն'],
      ['Hoy fue el colmo con este banco'],
    ])('%j', (text) => {
      expect(publicIntentsOf(text)).toContain('complaint');
    });
  });

  describe('N days, weeks or hours and still nothing, without the number', () => {
    it.each([
      ['Three days and still nothing on my dispute.'],
      ['two weeks and still waiting for the adjuster'],
      ['Five business days without a single update.'],
      ['seit Wochen keine Karte'],
      ['llevo semanas esperando la tarjeta'],
      ['dias sem resposta do seguro'],
    ])('%j', (text) => {
      expect(publicIntentsOf(text)).toContain('complaint');
    });
  });

  describe('app and terminal failures said as complaints', () => {
    it.each([
      ['the app crashed again right at checkout'],
      ['card terminal dead again, third time this month'],
      ['Locked out again. Every week the same thing.'],
      ['o app travou de novo'],
      ['刷卡机又坏了'],
      ['app phir se crash ho gaya yaar'],
    ])('%j', (text) => {
      expect(complaintRules(text)).toEqual(
        expect.arrayContaining(['intent.complaint.app-failure']),
      );
    });

    it('a plain "does not work" is weak: it needs another sign', () => {
      expect(
        publicIntentsOf("My password does not work, the app won't open. Can you reset it?"),
      ).not.toContain('complaint');
      expect(publicIntentsOf('Nenosiri yangu haifanyi kazi')).not.toContain('complaint');
    });
  });

  describe('sarcastic closers need another sign', () => {
    it.each([
      ['Another $12 fee for paper statements. Classy.'],
      ['Declined again at the pharmacy. Come on.'],
      ['a fee to close the account? its 2026'],
    ])('%j', (text) => {
      expect(complaintRules(text)).toEqual(
        expect.arrayContaining(['intent.complaint.ironic-praise']),
      );
      expect(publicIntentsOf(text)).toContain('complaint');
    });

    it.each([
      ['Classy new card design.'],
      ['Come on in, the Elm Street branch serves free coffee on Saturday.'],
      ["It's 2026 already, when do the new tax forms post?"],
    ])('not alone: %j', (text) => {
      expect(publicIntentsOf(text)).not.toContain('complaint');
    });
  });

  describe('look-alikes that are not complaints', () => {
    it.each([
      ['Thank you so much, the new app works great and opens fast.'],
      ['¿Tienen meses sin intereses con la tarjeta?'],
      ['¿Y nada más necesito para abrir la cuenta?'],
      ['Wann kommt meine neue Karte?'],
      ['请问网上银行的转账限额是多少'],
      ['마이너스 통장 금리가 어떻게 되나요?'],
      ['Quero abrir uma conta poupança, como faço?'],
      ['We have banked here for 20 years and counting, thank you all.'],
      ['Pozor: branch closed on Monday for the holiday.'],
    ])('%j', (text) => {
      expect(publicIntentsOf(text)).not.toContain('complaint');
    });
  });

  describe('legal threats and regulator mentions are unchanged by these words', () => {
    it('a threat in Spanish beside a new verdict still reads as a legal threat', () => {
      expect(publicIntentsOf('El peor banco. Voy a demandar.')).toEqual(
        expect.arrayContaining(['complaint', 'legal_threat']),
      );
    });

    it('a verdict alone is no legal threat and no regulator mention', () => {
      const found = publicIntentsOf('sabse bekaar bank, koi phone nahi uthata');
      expect(found).toContain('complaint');
      expect(found).not.toContain('legal_threat');
      expect(found).not.toContain('regulator_mention');
    });
  });

  describe('going to the press is a complaint, not a regulator mention', () => {
    it.each([
      ['if this is not fixed by Friday I am going to the press'],
      ['my neighbour is a reporter at the Gazette and she wants this story'],
      ['voy a llamar a Univision, ya verán'],
      ['je vais contacter la presse si rien ne bouge'],
    ])('%j', (text) => {
      expect(complaintRules(text)).toContain('intent.complaint.press');
      expect(publicIntentsOf(text)).not.toContain('regulator_mention');
    });

    it.each([
      ['saw on the news that rates are going up, should I refinance?'],
      ['is the branch on Main St still next to the newspaper office?'],
    ])('not read in %j', (text) => {
      expect(complaintRules(text)).not.toContain('intent.complaint.press');
    });
  });
});

describe('legal-regulators-round15', () => {
  /**
   * Legal threats and regulator mentions in the classes round 15's working sets showed the
   * lexicons lacked: courts, suing and lawyers in more languages (some written without
   * spaces, some with the English word "court"); the financial regulators, banking
   * ombudsmen and consumer-protection bodies of the countries customers come from, by
   * native name, inflected form and acronym; US state agencies named in full; elected
   * officials and their offices; an acronym glued to an Amharic prefix. Each sentence is
   * made up.
   */

  describe('courts, suing and lawyers in more languages', () => {
    it.each([
      ['Als de kosten niet terugkomen stap ik naar de rechter.'],
      ['Onze advocaat heeft de stukken al klaar.'],
      ['Nästa steg är tingsrätten om ni inte svarar.'],
      ['Jeg har snakket med en advokat om saken.'],
      ['Haastan teidät oikeuteen, jos rahoja ei palauteta.'],
      ['Pokud to neopravíte, podám žalobu u soudu.'],
      ['Už jsem to předal advokátovi.'],
      ['Ha nem kapom vissza a pénzt, bírósághoz fordulok.'],
      ['Az ügyvédemmel már egyeztettem.'],
      ['Dacă nu returnați banii, vă dau în judecată.'],
      ['Ako ne vratite novac, vidimo se na sudu.'],
      ['Saya akan failkan kes ini ke mahkamah minggu depan.'],
      ['Peguam saya akan hubungi pihak bank.'],
      ['पैसा फिर्ता नभए अदालतमा जान्छु'],
      ['यो कुरा अब court मा पुग्छ'],
      ['पैसे परत न केल्यास कोर्टात जाऊ'],
      ['वकिलाकडे सगळी कागदपत्रे दिली आहेत'],
      ['ถ้าไม่คืนเงินภายในสัปดาห์นี้จะฟ้องธนาคาร'],
      ['ทนายของผมจะติดต่อไป'],
      ['ပိုက်ဆံမပြန်ရင် တရားစွဲမှာ'],
      ['ရှေ့နေကို ပြောထားပြီ'],
      ['Si rien ne bouge, je vous amène aux petites créances.'],
      ['Mon avocate prépare une poursuite contre la banque.'],
      ['Next stop is the courthouse if the fee stays.'],
      ['If this is not fixed by Friday I will retain counsel.'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('legal_threat');
    });

    it.each([
      ['Een korte vraag: hoe zet ik een spaarrekening open?'],
      ['I am so sad about these fees.'],
      ['足球比赛的裁判很公正，我想问一下转账限额'],
      ['เราไปนั่งที่ศาลาริมน้ำแล้วเปิดแอปไม่ได้'],
      ['Can I pursue a career at your bank?'],
    ])('not a legal threat: %j', (text) => {
      expect(intentsOf(text)).not.toContain('legal_threat');
    });
  });

  describe('regulators, ombudsmen and consumer bodies of other countries', () => {
    it.each([
      ['Mijn klacht ligt nu bij het Kifid.'],
      ['Jag har anmält er till Finansinspektionen.'],
      ['Ärendet ligger hos Allmänna reklamationsnämnden.'],
      ['Klagen er sendt til Finanstilsynet.'],
      ['Stížnost jsem poslal finančnímu arbitrovi.'],
      ['Obrátil jsem se na Českou národní banku.'],
      ['A Magyar Nemzeti Bankhoz fordultam.'],
      ['Panaszt tettem az MNB-nél.'],
      ['Beadtam a kérelmet a békéltető testülethez.'],
      ['Zgłosiłem sprawę do UOKiK.'],
      ['Am depus plângere la Protecția Consumatorului.'],
      ['Şikayetimi BDDK ve Merkez Bankası ile paylaştım.'],
      ['Написал жалобу в Банк России.'],
      ['ร้องเรียนไปที่ธนาคารแห่งประเทศไทยแล้ว'],
      ['已经向人民银行反映了这个问题'],
      ['我去消委會投訴咗'],
      ['日本銀行に相談しました'],
      ['한국소비자원에 신고했어요'],
      ['Complaint is with the RBI ombudsman now.'],
      ['नेपाल राष्ट्र बैंक मा उजुरी दिएँ'],
      ['Escalated to the Central Bank of Kenya.'],
      ['Filed with ASIC and the ACCC.'],
      ['Reclamé ante la CNBV y Banxico.'],
      ['ለFDIC ደብዳቤ ጽፌያለሁ'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('regulator_mention');
    });

    it.each([
      ['Bank: DNB, beneficiary Ola Nordmann, please send the wire today.'],
      ['Please email the COI for my business insurance.'],
      ['My Central Bank app keeps logging me out.'],
      ['I live at 12315 Oak St, can you update it?'],
      ['Going to the local news and a reporter about this.'],
    ])('not a regulator: %j', (text) => {
      expect(intentsOf(text)).not.toContain('regulator_mention');
    });
  });

  describe('US state agencies named in full and elected officials', () => {
    it.each([
      ['Complaint filed with the Iowa Division of Financial Institutions.'],
      ['Wrote the Wisconsin Department of Commerce about the lien.'],
      ['The Department of Savings and Mortgage Lending has my escrow complaint.'],
      ['Sent it to the Office of Consumer Credit Commissioner.'],
      ['The Pennsylvania Department of Banking and Securities will hear about this.'],
      ['Filed with the Department of Financial and Professional Regulation.'],
      ['Reached out to Sen. Ortiz about the frozen account.'],
      ['My congresswoman has a caseworker on this now.'],
      ['Talked to my state rep at the town hall about your fees.'],
      ['Emailed my assemblymember about the closed account.'],
      ['Mandé una carta a la oficina del senador.'],
      ["Forwarded the whole thread to my rep's office."],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('regulator_mention');
    });

    it.each([
      ['The rep was rude to me on the phone.'],
      ['Can a customer service rep call me back?'],
      ['I spoke to a Rep. She said the fee stays.'],
      ['ABF Freight delivered my new checks.'],
    ])('not a regulator: %j', (text) => {
      expect(intentsOf(text)).not.toContain('regulator_mention');
    });
  });
});

describe('legal-regulators-round15b', () => {
  /**
   * Legal threats and regulator mentions in the languages round 15's first wave left out:
   * lawyers, courts and suing with the case endings, possessives and prefixes people
   * write (Tagalog, Arabic, Persian, Tigrinya and Amharic, Yoruba, Igbo, Hausa, Georgian,
   * Armenian, Kazakh, Uzbek, Azerbaijani, Mongolian, Russian, Hindi and Urdu in Latin
   * letters, Tamil, Sinhala, Chinese); central banks, regulators, consumer-protection
   * bodies and ombudsmen in the same languages, the West African central bank and its
   * observatory; a member of parliament written to. Each sentence is made up.
   */

  describe('lawyers, courts and suing in the languages the first wave left out', () => {
    it.each([
      ['Kapag hindi ninyo ibinalik ang pera, magdedemanda ako.'],
      ['سأرفع قضية على البنك إذا لم تعيدوا المبلغ'],
      ['محامينا سيتواصل معكم غدا'],
      ['اگر پولم را پس ندهید به دادگاه می‌روم'],
      ['ጠበቓይ ነዚ ጉዳይ ይከታተሎ ኣሎ'],
      ['ገንዘቤን ካልመለሳችሁ እከሳችኋለሁ'],
      ['Agbẹjọ́rò mi ti kọ lẹ́tà sí yín'],
      ['A ga m kpọga unu n’ụlọikpe ma unu eweghachighị ego m'],
      ['Lauyanmu zai tuntube ku gobe'],
      ['თუ თანხას არ დამიბრუნებთ, სასამართლოს მივმართავ'],
      ['ადვოკატთან უკვე ვისაუბრე'],
      ['Եթե գումարը չվերադարձնեք, դատարան կդիմեմ'],
      ['Ақшамды қайтармасаңыз сотқа беремін'],
      ['Pulimni qaytarmasangiz sudga beraman'],
      ['Pulumu qaytarmasanız məhkəməyə verəcəm'],
      ['Мөнгийг минь буцаахгүй бол шүүхэд өгнө'],
      ['Если не вернёте деньги, разберёмся через суд'],
      ['paise wapas nahi kiye to case kar dunga'],
      ['பணம் திருப்பி தரவில்லை என்றால் கோர்ட்டுக்கு போவேன்'],
      ['මුදල් ආපසු නොදුන්නොත් උසාවියට යනවා'],
      ['再不退钱我就找律师'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('legal_threat');
    });

    it.each([
      ['Jag ska sudda ut den gamla adressen i appen.'],
      ['Ma kohtusin eile sõbraga ja ta soovitas teie panka.'],
      ['Tiesa, aš dar neturiu kortelės.'],
      ['Bu kötü bir gün, kartım çalışmıyor.'],
      ['看到广告你们说开户免费，是真的吗？'],
      ['Paano ko mapapalitan ang PIN ko?'],
      // Vowel signs are folded away, so a Tamil "court" must not be read in "card".
      ['என் டெபிட் கார்டு வேலை செய்யவில்லை'],
      ['मैं नया कार्ड कैसे करूंगा एक्टिवेट?'],
    ])('not a legal threat: %j', (text) => {
      expect(intentsOf(text)).not.toContain('legal_threat');
    });
  });

  describe('central banks, regulators, consumer bodies and members of parliament', () => {
    it.each([
      ['J’ai saisi la BCEAO au sujet de ce prélèvement.'],
      ['Une plainte est partie à l’Observatoire de la qualité des services financiers.'],
      ['قدمت شكوى للمصرف المركزي بخصوص الرسوم'],
      ['به نماینده مجلس نامه نوشتم'],
      ['ეროვნულ ბანკს მივწერე ამის შესახებ'],
      ['Ұлттық банкке шағым жаздым'],
      ['Markaziy bankka xat yozdim'],
      ['Mərkəzi Banka şikayət etdim'],
      ['Монголбанкинд гомдол гаргасан'],
      ['Пожаловался центральному банку и в защиту прав потребителей'],
      ['Saya sudah lapor ke bank sentral soal potongan ini.'],
      ['Next I am taking this to the central bank.'],
      ['I have written to my MP about the frozen account.'],
      ['Copied my local member on this email.'],
      ['Ich habe meinem Abgeordneten geschrieben.'],
      ['Reclamei na defesa do consumidor.'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('regulator_mention');
    });

    it.each([
      ['How do I change my mobile number in the app?'],
      ['My MPG dropped since I started driving to the branch.'],
      ['Welche Bankleitzahl hat die Filiale?'],
      ['Is Central Bank open on Saturdays?'],
    ])('not a regulator: %j', (text) => {
      expect(intentsOf(text)).not.toContain('regulator_mention');
    });
  });
});

describe('intents-round16', () => {
  /**
   * Legal threats, regulator mentions and complaints in the phrasings round 16's working
   * sets showed the lexicons lacked: lawyers and courts in Sinhala (with the indefinite
   * ending), Latvian, Tongan, Cape Verdean Creole, Jamaican Creole, Greek (an out-of-court
   * notice), Hebrew and Japanese or Cantonese small claims; insurance and banking
   * supervisors of Portugal, Estonia, Finland, Latvia, Lithuania, Hong Kong, Croatia,
   * Serbia, Kenya and South Africa, Puerto Rico's consumer affairs department; short
   * verdicts (fed up, shame, terrible, disappointed) in the languages customers write in. Each sentence is made up.
   */

  describe('lawyers, courts and suing in more languages', () => {
    it.each([
      ['ණය ගැටලුව ගැන නීතිඥයෙක් එක්ක කතා කළා'],
      ['ගාස්තු ආපසු නොදුන්නොත් අපි නඩු දමනවා'],
      ['Ja nenovērsīsiet kļūdu, vēršos tiesā.'],
      ['Mans jurists jau raksta vēstuli.'],
      ["Te u 'ave 'a e me'a ni ki he fakamaau'anga."],
      ["'Oku 'i ai 'eku loea 'i Nuku'alofa."],
      ['Si nhos ka paga, N ta bai tribunal.'],
      ['N ten advogadu dja.'],
      ['Mi a go court next week if di fee nuh come off.'],
      ['Ο δικηγόρος στέλνει εξώδικο αύριο.'],
      ['אני מגיש תביעה קטנה נגד הבנק'],
      ['少額訴訟を起こすつもりです。'],
      ['我會去小額錢債審裁處追討。'],
      ['Jos ette korjaa tätä, haastan oikeuteen.'],
    ])('%j', (text) => {
      expect(publicIntentsOf(text)).toContain('legal_threat');
    });

    it.each([
      // Swedish "jag" is "I"; Estonian "kohtus" is "met"; Lithuanian "tiesa" is "true".
      ['Jag vill byta min adress i appen.'],
      ['Ta kohtus eile mu õega kontoris.'],
      ['Tiesa, aš jau gavau kortelę.'],
      ['How do I get legal assistance forms for a POA?'],
      // A JAG office named as the next stop is not labelled a legal threat.
      ['Next stop is the CFPB and the JAG office on base.'],
    ])('not a legal threat: %j', (text) => {
      expect(publicIntentsOf(text)).not.toContain('legal_threat');
    });
  });

  describe('supervisors, central banks and ombuds in more countries', () => {
    it.each([
      ['Fiz queixa à Autoridade de Supervisão de Seguros sobre a apólice.'],
      ['Reclamação enviada à ASF hoje.'],
      ['Saatsin kaebuse Finantsinspektsioonile.'],
      ['Tein ilmoituksen Finanssivalvonnalle.'],
      ['Parašiau skundą Lietuvos bankui.'],
      ['Sūdzība nosūtīta Latvijas Bankai.'],
      ['我已經投訴到保險業監管局。'],
      ['Prijava je otišla HANFA-i prošli tjedan.'],
      ['Pisao sam Narodnoj banci Srbije.'],
      ['Nimeandika barua kwa Benki Kuu ya Kenya.'],
      ['Ek het die Ombud gekontak oor die eis.'],
      ['Voy a llevar la querella al DACO.'],
      ['Wrote to the Sri Lanka Central Bank about the remittance.'],
    ])('%j', (text) => {
      expect(publicIntentsOf(text)).toContain('regulator_mention');
    });

    it.each([
      ['Is the bank open on Saturday in Tallinn?'],
      ['asf I need to change my PIN'],
      ['Kuidas ma saan kaardi limiiti muuta?'],
    ])('not a regulator: %j', (text) => {
      expect(publicIntentsOf(text)).not.toContain('regulator_mention');
    });
  });

  describe('short verdicts in more languages', () => {
    it.each([
      ['Ua fiu ma le auaunaga.'],
      ['Ngidiniwe yile nkonzo.'],
      ['Ek is gatvol met julle.'],
      ['Ei jaksa enam, kolmas kord.'],
      ['Olen tosi pettynyt palveluun.'],
      ['Nusivyliau jūsų aptarnavimu.'],
      ['Briesmīgi, nekad vairs!'],
      ['Jalnic serviciu.'],
      ['Срамота од банке.'],
      ['Layanane ora nggenah blas.'],
      ['Mi vex bad wid unnu.'],
      ['ಸೇವೆ ತುಂಬಾ ಕೆಟ್ಟದಾಗಿದೆ'],
      ['സേവനം വളരെ മോശം'],
      ['goin to the news if this aint fixed'],
    ])('%j', (text) => {
      expect(publicIntentsOf(text)).toContain('complaint');
    });

    it.each([
      ['Kiitos, kaikki toimi hyvin.'],
      ['Ngiyabonga kakhulu ngosizo.'],
      ['Dankie, julle was baie vriendelik.'],
    ])('not a complaint: %j', (text) => {
      expect(publicIntentsOf(text)).not.toContain('complaint');
    });
  });

  describe('words inside Lao, Khmer and Burmese running text', () => {
    // These scripts put no space between words: a lawyer or a court inside a run is still read.
    it.each([['ຂ້ອຍຈະຟ້ອງສານ ຖ້າບໍ່ຄືນເງິນ'], ['ខ្ញុំនឹងប្តឹងទៅតុលាការ'], ['ကျွန်တော့်ရှေ့နေနဲ့တိုင်မယ်']])('%j', (text) => {
      expect(publicIntentsOf(text)).toContain('legal_threat');
    });

    it('an account cue inside Khmer running text', () => {
      const text = 'សួស្តីលេខគណនីរបស់ខ្ញុំគឺ 0023478819';
      const found = classifier.classify(text, { channel: 'dm' }).entities;
      expect(found.map((e) => [e.type, text.slice(e.start, e.end)])).toEqual([
        ['BANK_ACCOUNT', '0023478819'],
      ]);
    });
  });
});

describe('intents-round16b', () => {
  /**
   * Legal threats, regulator mentions and complaints in the forms the lexicons still lacked:
   * lawyers with the mutations and endings a possessive puts on them (Irish, Welsh, Turkish,
   * Yoruba, Arabic in Latin letters with digits), "see you in court" and suing in Spanish, the
   * Scandinavian languages, Icelandic, Irish, Welsh, Yoruba and Somali; European and Asian
   * insurance and banking supervisors, ombudsmen and complaint boards in their own languages
   * and cases; short verdicts (fed up, bad service, I'm cancelling) in a few more languages.
   * Each sentence is made up.
   */

  describe('lawyers, courts and suing: mutated and inflected forms', () => {
    it.each([
      ['Llevaré esto a la corte si no me devuelven el dinero.'],
      ['Vi ses i retten hvis I ikke betaler.'],
      ['Jeg vil sagsøge banken for gebyret.'],
      ['Jeg kommer til å saksøke dere.'],
      ['Ég mun fara í mál við bankann.'],
      ['Beidh mé ag dul chun cúirte faoi seo.'],
      ['Tá mo dhlíodóir ag scríobh chugaibh.'],
      ['Mae fy nghyfreithiwr wedi ysgrifennu atoch.'],
      ["Awn ni â chi i'r llys."],
      ['Bu konuyu avukatıma ilettim.'],
      ['Lọ́yà mi yóò kàn sí yín.'],
      ['Ẹ máa rí wa ní kóòtù.'],
      ['Waxaan idin dacweyn doonaa haddii aadan lacagta soo celin.'],
      ['wallah la nrfa3 3alaykom bel ma7kama'],
      ['3ndi mo7ami w ghadi ntb3kom'],
    ])('%j', (text) => {
      expect(publicIntentsOf(text)).toContain('legal_threat');
    });

    it.each([
      // "el corte" is a cut and "que la corte" a subjunctive; Danish "retten" is also a dish;
      // Tamil "kootu" is a dish; Llys is in Welsh place names; "da3wa" is also an invitation.
      ['Hubo un corte de luz y la app no cargó.'],
      ['Quiero que la corte ya, la tarjeta está clonada.'],
      ['Retten var god på restauranten.'],
      ['We had kootu and rice for lunch near the branch.'],
      ['Llys Dafydd is on the corner by the branch.'],
      ['ana 3azamtak 3ala da3wa el 3asha'],
    ])('not a legal threat: %j', (text) => {
      expect(publicIntentsOf(text)).not.toContain('legal_threat');
    });
  });

  describe('supervisors, ombudsmen and complaint boards in Europe and Asia', () => {
    it.each([
      ['Kvartaði til Seðlabanka Íslands í gær.'],
      ['Mál mitt er hjá Fjármálaeftirlitinu.'],
      ['Sagen ligger nu hos Ankenævnet for Forsikring.'],
      ['Reclamación enviada a la Dirección General de Seguros.'],
      ["Reclamació presentada a la Direcció General d'Assegurances."],
      ['Queixa na Dirección Xeral de Seguros.'],
      ["He escrit al Banc d'Espanya."],
      ['Espainiako Bankuari kexa bidali diot.'],
      ['Reclamo ante la Comisión para el Mercado Financiero.'],
      ['Ya fui a la CMF con el reclamo.'],
      ['Prijava na Agencijo za zavarovalni nadzor je oddana.'],
      ['Сигнал до Комисията за финансов надзор е подаден.'],
      ['Сигнал до КФН за отказа.'],
      ['Жалба до Агенцијата за супервизија на осигурување.'],
      ['Ilment mal-Arbitru għas-Servizzi Finanzjarji.'],
      ['Sent it to the MFSA too.'],
      ['Complaint lodged with the Arbiter for Financial Services.'],
      ["Rwy wedi cysylltu â'r Ombwdsmon."],
      ['פניתי לרשות שוק ההון בנושא התביעה'],
      ['ร้องเรียน คปภ.ไปแล้ว'],
      ['Stížnost u České národní banky.'],
      ['Podal jsem to i na ČNB.'],
      ['Sťažnosť som poslal Národnej banke Slovenska.'],
      ['Raised it on Bima Bharosa.'],
      ['Complaint to IRDAI done.'],
      ['Complained to the OIC about the claim.'],
      ['Sent to OLHI last week.'],
      ['Escalated to the OmbudService for Life and Health Insurance.'],
    ])('%j', (text) => {
      expect(publicIntentsOf(text)).toContain('regulator_mention');
    });

    it.each([
      // AZN is the manat's currency code; Romanian "arbitru" is a referee.
      ['Tengo que pagar 300 AZN de comisión.'],
      ['Arbitrul a fost corect, dar arbitru nu a văzut.'],
      ['Kan jeg ændre min adresse i appen?'],
    ])('not a regulator: %j', (text) => {
      expect(publicIntentsOf(text)).not.toContain('regulator_mention');
    });
  });

  describe('short verdicts in a few more languages', () => {
    it.each([
      ['Je suis tannée de vos frais.'],
      ['Ich kündige mein Konto.'],
      ['Dit is echt niet normaal meer.'],
      ['Ma che servizio è questo?'],
      ['Aplikasinya lemot banget.'],
      ['Tôi bực quá rồi.'],
      ['Ужас какой-то с этим банком.'],
      ['شو هالخدمة يا جماعة'],
      ['השירות שלכם גרוע מאוד'],
      ['Zerbitzu txarra ematen duzue.'],
      ['Ég er búin að fá nóg.'],
    ])('%j', (text) => {
      expect(publicIntentsOf(text)).toContain('complaint');
    });

    it.each([
      ['Merci, tout est réglé.'],
      ['Het is weer normaal, dank je.'],
      ['Zerbitzu ona, eskerrik asko.'],
      ['Danke für die schnelle Hilfe!'],
      ['השירות שלכם מצוין'],
    ])('not a complaint: %j', (text) => {
      expect(publicIntentsOf(text)).not.toContain('complaint');
    });
  });
});

describe('intents-round17', () => {
  /**
   * Round 17: short legal threats as a noun phrase ("legal action") in more languages and
   * German "klagen" with a future; a state banking department in Spanish; the customer's own
   * claim, refund or remittance still waited for (a case word and a wait together), own money
   * and cards with the possessive of Indonesian, Greek, Turkish, Portuguese, Arabic, Bengali and
   * Chinese, fraud victims telling their own loss, and unauthorised debits. Each sentence is
   * made up.
   */

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
      expect(publicIntentsOf(text)).toContain('legal_threat');
    });

    it.each([
      // "klagen" alone is also "to complain": "I can't complain" is praise.
      ['Ich kann nicht klagen, der Service war gut.'],
      ['Was sind eigentlich die Öffnungszeiten am Samstag?'],
    ])('not a legal threat: %j', (text) => {
      expect(publicIntentsOf(text)).not.toContain('legal_threat');
    });
  });

  describe('a state banking department in Spanish', () => {
    it.each([['Presenté una queja en el Departamento Bancario de Texas.']])('%j', (text) => {
      expect(publicIntentsOf(text)).toContain('regulator_mention');
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
      expect(publicIntentsOf(text)).toContain('account_specific');
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
      expect(publicIntentsOf(text)).not.toContain('account_specific');
    });
  });
});

describe('intents-round17b', () => {
  /**
   * Round 17 (second wave): regulators and complaint bodies of Canada, Australia, the UK and
   * Ireland; court claims of those countries and lawyers engaged in German and Lithuanian;
   * complaints in Welsh, Irish, Latvian, Estonian, Somali and Acadian French, put-downs, price
   * rises beside a retort; the customer's own loan, account and identity number in English,
   * Welsh and Finnish. Each sentence is made up.
   */

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
      expect(publicIntentsOf(text)).toContain('regulator_mention');
    });

    it.each([
      // Rule-makers and consumer bodies are named, not complained to: no complaint from the name.
      ['Does the PSR cap apply to card payments as well?'],
      ['Citizens Advice said to ask you about a payment plan.'],
    ])('a regulator mention without a complaint: %j', (text) => {
      const intents = publicIntentsOf(text);
      expect(intents).toContain('regulator_mention');
      expect(intents).not.toContain('complaint');
    });

    it.each([
      // The press takes no complaints; an ICO of a crypto token is not the Information Commissioner.
      ['Marketplace on CBC is doing a story, I am going to the CBC with this.'],
      ['Early access to our ICO presale, tokens 50% off'],
    ])('not a regulator mention: %j', (text) => {
      expect(publicIntentsOf(text)).not.toContain('regulator_mention');
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
      expect(publicIntentsOf(text)).toContain('legal_threat');
    });

    it.each([
      ['Does my home policy include legal expenses cover?'],
      ['What does legal protection cover pay for?'],
    ])('not a legal threat: %j', (text) => {
      expect(publicIntentsOf(text)).not.toContain('legal_threat');
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
      expect(publicIntentsOf(text)).toContain('complaint');
    });

    it.each([
      ['Why did my premium go up this year?'],
      ['Sorry what time does the branch open on Saturday'],
      ['No claims yet, can I add my partner to the policy?'],
      ['What are the opening hours at the branch, and is there a fee for coins?'],
    ])('not a complaint: %j', (text) => {
      expect(publicIntentsOf(text)).not.toContain('complaint');
    });
  });

  describe("the customer's own loan, account, card and identity number", () => {
    it.each([
      ['Somebody took out a loan in my name last week, I never signed anything'],
      ['Rhif cyfrif: dw i angen help gyda fy nghyfrif'],
      ['Rwy wedi colli fy ngherdyn ddoe'],
      ['Korttini on kadonnut, sulkekaa se'],
    ])('%j', (text) => {
      expect(publicIntentsOf(text)).toContain('account_specific');
    });

    it.each([['Can I open an account for my daughter in her name?']])(
      'not account-specific: %j',
      (text) => {
        expect(publicIntentsOf(text)).not.toContain('account_specific');
      },
    );
  });
});

describe('intents-round18', () => {
  /**
   * Round 18: regulators, ombudsmen, consumer- and data-protection bodies of more countries by
   * name, acronym and handle (short acronyms that are also words only in capitals or beside a
   * word that makes them the body); a disaster or a theft named as the kind of cover or claim is
   * no crisis; thanks in other languages are praise beside a compliment, not alone at the end of
   * a request. Each sentence is made up.
   */

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
    // Timings are in `npm run bench:classify`; a matcher that backtracked over this post
    // would not finish within the test's timeout.
    it('reads a long post of regulator and cover phrases', () => {
      const text =
        'complained to MAS and ساماكير, flood insurance if it gets stolen, gracias muy amable '.repeat(
          3000,
        );
      expect(intentsOf(text)).toContain('regulator_mention');
    });
  });

  describe('speed words alone are no praise', () => {
    it.each([['他们很快就把钱扣走了'], ['好快就冇晒啲錢']])('%j', (text) => {
      expect(intentsOf(text)).not.toContain('praise');
    });
  });
});

describe('intents-round18b', () => {
  describe('intents-round18b', () => {
    /**
     * Round 18b: complaints the lexicons did not read (the pouting face alone, "thanks for nothing"
     * and closing the account in other languages, verdicts in more languages, a retort at the bank,
     * a price rise beside a clean record), a judge imagined hearing the case; a power of attorney
     * is no legal threat. Each sentence is made up.
     */

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

      // round 22: "bande de voleurs" alone, an insult at the institution, is a complaint under
      // the current labelling brief (intents-round-22.spec.ts); no longer listed here.
      it.each([
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
      // Timings are in `npm run bench:classify`; a matcher that backtracked over this post
      // would not finish within the test's timeout.
      it('reads a long post of the new phrases', () => {
        const text =
          'a judge is going to love this 😡 danke für nichts, zamykam konto, ni un choque, power of attorney '.repeat(
            2500,
          );
        expect(intentsOf(text)).toEqual(expect.arrayContaining(['legal_threat', 'complaint']));
      });
    });
  });
});
