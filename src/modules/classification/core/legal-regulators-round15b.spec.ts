import { createClassifier } from './classifier';

/**
 * Legal threats and regulator mentions in the languages round 15's first wave left out:
 * lawyers, courts and suing with the case endings, possessives and prefixes people
 * write (Tagalog, Arabic, Persian, Tigrinya and Amharic, Yoruba, Igbo, Hausa, Georgian,
 * Armenian, Kazakh, Uzbek, Azerbaijani, Mongolian, Russian, Hindi and Urdu in Latin
 * letters, Tamil, Sinhala, Chinese); central banks, regulators, consumer-protection
 * bodies and ombudsmen in the same languages, the West African central bank and its
 * observatory; a member of parliament written to. Each sentence is made up.
 */
const classifier = createClassifier();

function intentsOf(text: string): string[] {
  return classifier.classify(text, { channel: 'dm' }).intents.map((i) => i.intent);
}

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
