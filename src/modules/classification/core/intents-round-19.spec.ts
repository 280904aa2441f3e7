import { intentsOf } from '../../../../test/classification/intents-read';

/**
 * Round 19: crises, legal threats, regulators, complaints, insults, praise and loan
 * adverts in the languages of continental Europe and the Middle East (German, French,
 * Italian, Spanish, Portuguese, Dutch, Polish, Czech, Turkish, Arabic, Hebrew), read by
 * the lexicons of intents.yaml. Each sentence is made up.
 */

describe('intents round 19', () => {
  describe('crises: a lost or stolen card, a code not asked for, a phishing link, a scam call, abuse', () => {
    it.each([
      ['Meine Karte wurde heute im Bus gestohlen, bitte sofort sperren.'],
      ['Mon portefeuille a été volé au marché, carte perdue, faites opposition svp.'],
      ['Mi hanno rubato lo zaino con la carta dentro, da bloccare subito.'],
      ['Me han robado la cartera en el tren, necesito bloquear la tarjeta.'],
      ['Roubaram-me a mala com o cartão, bloqueiem tudo por favor.'],
      ['Mijn bankpas kwijt op het station, graag blokkeren.'],
      ['Zgubiłem kartę w sklepie, proszę zastrzec.'],
      ['Ukradli mi batoh i s kartou, prosím zablokovat.'],
      ['Otobüste cüzdanım çalındı, kartı kapatın.'],
      ['انسرقت شنطتي وفيها البطاقة، أرجو إيقاف البطاقة'],
      ['הארנק נגנב לי באוטובוס, נא לחסום את הכרטיס'],
      ['Eine TAN kam per SMS, nicht angefordert. Was ist da los?'],
      ["J'ai reçu un code que je n'ai pas demandé ce matin."],
      ['Mi è arrivato un OTP ma non ho fatto nessun acquisto oggi.'],
      ['Ik kreeg een sms-code die ik niet heb aangevraagd.'],
      ['Dostałem powiadomienie o płatności, której nie robiłem.'],
      ['Přišla mi platba kartou, ale nic jsem neplatil.'],
      ['İstemediğim bir şifre geldi telefonuma.'],
      ['وصلني كود ما طلبته أبداً'],
      ['קיבלתי הודעה עם קוד שלא ביקשתי'],
      ['Ich habe auf den Link geklickt und alles eingegeben.'],
      ["J'ai cliqué sur le lien du faux colis."],
      ['Ho cliccato sul link della mail finta.'],
      ['Cliquei no link de uma mensagem estranha.'],
      ['Op de link geklikt in een nepmail van de bank.'],
      ['Klikla jsem na odkaz v e-mailu.'],
      ['Kargo mesajındaki linke tıkladım.'],
      ['ضغطت على الرابط اللي وصلني بالرسالة'],
      ['לחצתי על הקישור בהודעה'],
      ['Ein falscher Bankmitarbeiter rief an, die Nummer war gespooft.'],
      ["Un faux conseiller m'a demandé de virer mon épargne sur un compte sécurisé."],
      ['Uno si è spacciato per la banca e mi ha fatto fare un bonifico di sicurezza.'],
      ['Iemand belde namens de bank over een veilige rekening.'],
      ['Zadzwonił ktoś i kazał zainstalować AnyDesk.'],
      ['Przelałam oszczędności na bezpieczne konto, bo tak kazał konsultant.'],
      ['Mon ex a les codes de la carte et il vide tout.'],
      ['Mój mąż kontroluje moje konto i nie mam dostępu do pieniędzy.'],
      ['الكفيل أخذ بطاقتي ولا يرجعها'],
      ['My employer holds my bank card and I never see my wages.'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('crisis');
    });
  });

  describe('legal threats', () => {
    it.each([
      ['Mein Anwalt ist eingeschaltet, die Klage folgt nächste Woche.'],
      ['Ich beantrage einen Mahnbescheid, wenn das Geld nicht kommt.'],
      ["Nous rejoignons l'action de groupe contre l'assureur."],
      ['Ho dato mandato al mio legale, riceverete una diffida.'],
      ['Citazione in giudizio già pronta se non rimborsate.'],
      ['Si no me devolvéis el dinero os denunciaré.'],
      ['Vou apresentar o caso no Julgado de Paz.'],
      ['Mijn rechtsbijstand stuurt jullie een brief.'],
      ['Kancelaria prawna wyśle wezwanie przedsądowe.'],
      ['Pošlu vám předžalobní výzvu a podám žalobu.'],
      ['Avukatım noterden ihtarname gönderecek.'],
      ['Tüketici Hakem Heyeti başvurumu yaptım.'],
      ['رح نرفع دعوى على البنك'],
      ['נתראה בבית משפט, אני מגיש תביעה קטנה'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('legal_threat');
    });

    it.each([
      // Polish "sąd" folds to the English "sad": only its phrases count.
      ['so sad the app is gone'],
      // Dutch legal-expenses cover named in a question is no threat.
      ['Wat kost een rechtsbijstandverzekering per maand?'],
    ])('no threat: %j', (text) => {
      expect(intentsOf(text)).not.toContain('legal_threat');
    });
  });

  describe('regulators and complaint bodies', () => {
    it.each([
      ['Beschwerde bei der Ombudsstelle ist raus.'],
      ['Ich gehe zum Versicherungsombudsmann.'],
      ["J'ai saisi le médiateur de l'assurance."],
      ['Ho fatto ricorso all’ABF.'],
      ['Esposto all’AGCM per pratiche scorrette.'],
      ['Klacht ingediend bij de SKGZ.'],
      ['SEDDK’ya şikayet ettim.'],
      ['قدمت شكوى في منصة ساما'],
      ['رفعت شكوى لبنك الكويت المركزي'],
      ['פניתי לפיקוח על הבנקים'],
      ['שלחתי מכתב לבנק ישראל'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('regulator_mention');
    });

    it.each([['ABF Freight delivered the parcel.'], ['Livret A ou LDDS, que choisir ?']])(
      'not a regulator: %j',
      (text) => {
        expect(intentsOf(text)).not.toContain('regulator_mention');
      },
    );
  });

  describe('complaints', () => {
    it.each([
      ['Abzocker! Schon wieder neue Gebühren.'],
      ['50 Minuten in der Warteschleife und niemand geht ran.'],
      ['Die App stürzt ab, seit dem Update.'],
      ['Bande d’incompétents, rien ne marche.'],
      ["L'appli ne marche pas depuis hier."],
      ['Che figuraccia, la carta rifiutata alla cassa.'],
      ['Sinvergüenzas, me cobrasteis dos veces.'],
      ['App do banco sempre em baixo ao fim de semana.'],
      ['Dubbel afgeschreven en geen reactie.'],
      ['Aplikacja nie działa od wczoraj.'],
      ['Rata wzrosła bez żadnej informacji.'],
      ['Aplikace padá každý den.'],
      ['Uygulama çalışmıyor, rezalet.'],
      ['التطبيق معطل من أمس'],
      ['הריבית עלתה בלי הודעה'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('complaint');
    });
  });

  describe('insults, praise and loan adverts', () => {
    it.each([
      ['Halsabschneider seid ihr.'],
      ['Banca di ladri e incompetenti.'],
      ['Cambada de ladrões.'],
      ['Banda złodziei z tego banku.'],
      ['חבורת גנבים'],
    ])('abuse: %j', (text) => {
      expect(intentsOf(text)).toContain('abuse');
    });

    it.each([
      ['Großes Lob an die Beraterin in der Filiale!'],
      ['Gentilissimi in filiale, pratica chiusa in un giorno.'],
      ['Parabéns à equipa pela rapidez.'],
      ['Bardzo miła pani w oddziale, polecam.'],
      ['خدمة ممتازة من الفرع'],
    ])('praise: %j', (text) => {
      expect(intentsOf(text)).toContain('praise');
    });

    it.each([
      ['Kredit ohne Schufa, Auszahlung sofort, schreib mir.'],
      ['Prestiti senza busta paga, anche cattivi pagatori.'],
      ['Snel geld lenen zonder BKR toetsing!'],
      ['Chwilówki bez BIK, dzwoń teraz.'],
      ['Půjčka bez registru ihned.'],
      ['قروض سريعة بدون تحويل راتب'],
    ])('spam: %j', (text) => {
      expect(intentsOf(text)).toContain('spam');
    });
  });

  describe('look-alikes', () => {
    it.each([
      // A plain question about a card's blocking is asked, not reported.
      ['Wie lange dauert eine neue Karte?'],
      ['¿Cuánto tarda la transferencia a Portugal?'],
    ])('no crisis: %j', (text) => {
      expect(intentsOf(text)).not.toContain('crisis');
    });

    it.each([
      // Indonesian "pada" and English "storing" are not Czech or Dutch app failures.
      ['Transfer pada hari Senin sudah masuk.'],
      ['Is storing my card in the wallet safe?'],
    ])('no complaint: %j', (text) => {
      expect(intentsOf(text)).not.toContain('complaint');
    });
  });
});
