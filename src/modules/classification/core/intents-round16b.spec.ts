import { createClassifier } from './classifier';

/**
 * Legal threats, regulator mentions and complaints in the forms the lexicons still lacked:
 * lawyers with the mutations and endings a possessive puts on them (Irish, Welsh, Turkish,
 * Yoruba, Arabic in Latin letters with digits), "see you in court" and suing in Spanish, the
 * Scandinavian languages, Icelandic, Irish, Welsh, Yoruba and Somali; European and Asian
 * insurance and banking supervisors, ombudsmen and complaint boards in their own languages
 * and cases; short verdicts (fed up, bad service, I'm cancelling) in a few more languages.
 * Each sentence is made up.
 */
const classifier = createClassifier();

function intentsOf(text: string): string[] {
  return classifier.classify(text, { channel: 'x' }).intents.map((i) => i.intent);
}

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
    expect(intentsOf(text)).toContain('legal_threat');
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
    expect(intentsOf(text)).not.toContain('legal_threat');
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
    expect(intentsOf(text)).toContain('regulator_mention');
  });

  it.each([
    // AZN is the manat's currency code; Romanian "arbitru" is a referee.
    ['Tengo que pagar 300 AZN de comisión.'],
    ['Arbitrul a fost corect, dar arbitru nu a văzut.'],
    ['Kan jeg ændre min adresse i appen?'],
  ])('not a regulator: %j', (text) => {
    expect(intentsOf(text)).not.toContain('regulator_mention');
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
    expect(intentsOf(text)).toContain('complaint');
  });

  it.each([
    ['Merci, tout est réglé.'],
    ['Het is weer normaal, dank je.'],
    ['Zerbitzu ona, eskerrik asko.'],
    ['Danke für die schnelle Hilfe!'],
    ['השירות שלכם מצוין'],
  ])('not a complaint: %j', (text) => {
    expect(intentsOf(text)).not.toContain('complaint');
  });
});
