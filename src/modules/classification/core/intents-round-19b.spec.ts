import { intentsOf } from '../../../../test/classification/intents-read';

/**
 * Round 19b: crises, legal threats, regulators, complaints, insults, praise and adverts
 * in the languages of the Nordic and Baltic countries, central and south-eastern Europe,
 * Ukraine, Luxembourg, Switzerland and Austria, and the Maghreb, Egypt and the Gulf, read
 * by the lexicons of intents.yaml. Each sentence is made up.
 */

describe('intents round 19b', () => {
  describe('crises: a stolen card, a charge not made, a fake SMS, a fake caller, a disaster', () => {
    it.each([
      ['Kortet stulet på tåget i morse, spärra det snälla.'],
      ['Lommeboka ble tatt på bussen, sperr kortet med en gang.'],
      ['Min pung er stjålet på banegården, spær kortet.'],
      ['Kortti varastettu kuntosalilla, sulkekaa kortti heti.'],
      ['Mu kaart varastati bussis, palun sulgege.'],
      ['Vakar pazaudēju maku tirgū, lūdzu bloķējiet.'],
      ['Pavogė kortelę prekybos centre, užblokuokite kortelę.'],
      ['Μου έκλεψαν το πορτοφόλι στο λεωφορείο, μπλοκάρετε την κάρτα.'],
      ['Mi-a fost furat cardul în tramvai, vă rog blocați.'],
      ['Ellopták a kártyámat a piacon, tiltsák le kérem.'],
      ['Ukradena kartica u tramvaju, blokirajte karticu.'],
      ['Вчора вкрали гаманець у метро, заблокуйте картку.'],
      ['اتسرقت البطاقة فالطوبيس، اقفلوا الكارت عافاكم'],
      ['Det ligger två dragningar som jag inte gjort på kontot.'],
      ['Der er hævninger jeg ikke kender på min konto.'],
      ['Tililtä on lähtenyt rahaa ostoksiin, joita en tehnyt.'],
      ['Βλέπω δύο χρεώσεις που δεν έκανα.'],
      ['Am trei plăți pe care nu le-am făcut.'],
      ['Két ismeretlen terhelés van a számlámon.'],
      ['Imam tri transakcije koje nisam napravio.'],
      ['Тепер списали 5 000 грн, я нічого не купувала.'],
      ['Syötin korttini tiedot paketti-viestin linkkiin.'],
      ['Ievadīju kartes datus pēc īsziņas par sūtījumu.'],
      ['Am introdus cardul pe un site de curierat fals.'],
      ['Beírtam az egyszeri kódot egy adó-visszatérítéses üzenetbe.'],
      ['Ввела картку на сайті нібито Нової пошти.'],
      ['Blev uppringd av bankens säkerhetsavdelning och legitimerade mig med BankID.'],
      ['Noen ringte fra banken og ba meg lese opp koden.'],
      ['Huijari soitti pankin turvallisuusosastolta.'],
      ['Μου τηλεφώνησε κάποιος δήθεν από την τράπεζα.'],
      ['Мамі дзвонили з банку і вона назвала код.'],
      ['Jeg er blevet snydt af en falsk investeringsside.'],
      ['Blev lurad av en bedragare på nätet.'],
      ['Dobio sam poziv, ovo je prevara, ne znam što da radim.'],
      ['Kuća nam je napukla u potresu, ne možemo platiti ratu.'],
      ['الدار ديالنا طاحت فالزلزال'],
      ['Hab ihn auf einer Dating-Seite kennengelernt und ihm 8.000 € überwiesen.'],
      ['7ad fata7 account b esmi w sa7ab el flous.'],
      ['Bankens app har varit nere sen i går kväll.'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('crisis');
    });
  });

  describe('legal threats', () => {
    it.each([
      ['Betalar ni inte inom en vecka stämmer er jag.'],
      ['Jeg går i retten hvis dere ikke betaler.'],
      ['Nähdään käräjillä, asianajaja on jo palkattu.'],
      ['Kui raha ei tule, lähen kohtusse.'],
      ['Seuraava askel on εξώδικο και μετά η αγωγή.'],
      ['Tužim banku zbog skrivenih troškova.'],
      ['Готую позов до суду проти страхової.'],
      ['ghadi ndir da3wa f lmahkama'],
      ['هرفع قضية على شركة التأمين'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('legal_threat');
    });
  });

  describe('regulators and complaint bodies', () => {
    it.each([
      ['Jag har gjort en anmälan till Finansinspektionen.'],
      ['Klagen er sendt til Finansklagenemnda.'],
      ['Esitasin kaebuse Finantsinspektsioonile.'],
      ['Iesniedzu sūdzību Latvijas Bankā.'],
      ['Kreipiausi į Lietuvos banką.'],
      ['Ich habe mich beim Konsumentenschutz beschwert.'],
      ['Έκανα καταγγελία στην Τράπεζα της Ελλάδος.'],
      ['Panaszt tettem a Pénzügyi Békéltető Testületnél.'],
      ['Am depus reclamație la CSALB.'],
      ['Ech hunn eng Reklamatioun bei der CSSF gemaach.'],
      ['درت شكاية عند بنك المغرب'],
      ['قدمت شكوى للبنك المركزي المصري'],
      ['قدمت شكوى للهيئة العامة للرقابة المالية'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('regulator_mention');
    });
  });

  describe('complaints', () => {
    it.each([
      ['Tre veckor för en enkel flytt. Skäms på er.'],
      ['Dette er ikke greit, dere burde skamme dere.'],
      ['Gebyr på alt. Latterligt.'],
      ['Konttori suljettu ja puhelimeen ei vastata. Hävetkää.'],
      ['Kolm korda helistasin, keegi ei vasta. Häbi!'],
      ['Trīs dienas karte bloķēta. Kauns!'],
      ['Vėl komisiniai. Gėda!'],
      ['Нові комісії щомісяця. Соромно!'],
      ['Χρέωση 5€ για ανάληψη. Ντροπή.'],
      ['Comision nou în fiecare lună. Rușine!'],
      ['Aplikacija opet pala usred dana.'],
      ['Az app megint nem működik.'],
      ['التطبيق واقع من الصبح'],
      ['Zvao sam pet puta, niko se ne javlja.'],
      ['Ihr seid die letzten Gauner mit euren Gebühren.'],
    ])('%j', (text) => {
      expect(intentsOf(text)).toContain('complaint');
    });
  });

  describe('insults, praise and adverts', () => {
    it.each([
      ['Era jävla idioter på banken.'],
      ['Drit og dra med gebyrene deres.'],
      ['Olette täysiä pellejä.'],
      ['Ihr seids die letzten Gauner.'],
      ['Είστε κλέφτες, 4€ για μεταφορά!'],
      ['Sunteți niște hoți ordinari.'],
      ['Ti tolvajok vagytok!'],
      ['Ви клоуни, а не банк.'],
      ['wlad l7ram, 20 dh kol chher'],
    ])('abuse: %j', (text) => {
      expect(intentsOf(text)).toContain('abuse');
    });

    it.each([
      ['Stort tack, bästa banken i stan!'],
      ['Imponert over hvor raskt dere svarte, tusen takk.'],
      ['Kiitos, tosi kärsivällinen neuvoja.'],
      ['Väga abivalmis teenindaja, aitäh!'],
      ['Labai maloni konsultantė, ačiū!'],
      ['Ευγενέστατη υπάλληλος, ευχαριστώ!'],
      ['Doamna m-a ajutat enorm, mulțumesc!'],
      ['Nagyon segítőkész ügyintéző, köszönöm!'],
      ['Odlična usluga u poslovnici, hvala!'],
    ])('praise: %j', (text) => {
      expect(intentsOf(text)).toContain('praise');
    });

    it.each([
      ['Lån uten kredittsjekk, svar på en time!'],
      ['Garanteret afkast hver måned, skriv til os.'],
      ['Aizdevumi bez pārbaudes, raksti mums!'],
      ['Krypto-Gewinn garantiert, jetzt einsteigen.'],
      ['Κερδίστε 2.000€ την εβδομάδα από το σπίτι.'],
      ['Crédit sans dossier, contactez-nous.'],
      ["Congratulations, you've been selected for a cash grant."],
    ])('spam: %j', (text) => {
      expect(intentsOf(text)).toContain('spam');
    });
  });

  describe('look-alikes', () => {
    it.each([
      // A question about blocking or a claim after a storm is asked, not reported.
      ['Hur lång tid tar det att få ett nytt kort?'],
      ['Mein Vermieter hat die Kaution nicht freigegeben.'],
      ['Lånet er ikke godkjent ennå, hvorfor?'],
      ['Täcker hemförsäkringen stormskador?'],
      // A fee taken, or fraudsters as an insult, is a complaint, not a crisis.
      ['Чому списали комісію 40 грн за переказ?'],
      ['Dere er noen svindlere alle sammen.'],
    ])('no crisis: %j', (text) => {
      expect(intentsOf(text)).not.toContain('crisis');
    });

    it.each([
      // Thanks that close a request, and a Hungarian edge, are not praise or a lawsuit.
      ['Hvala, moja nova adresa je Ilica 5.'],
    ])('no praise: %j', (text) => {
      expect(intentsOf(text)).not.toContain('praise');
    });

    it.each([['A pohár peremén cukor van.'], ['Jag vill tjäna ränta på mitt sparkonto.']])(
      'no legal threat or spam: %j',
      (text) => {
        const got = intentsOf(text);
        expect(got).not.toContain('legal_threat');
        expect(got).not.toContain('spam');
      },
    );
  });
});
