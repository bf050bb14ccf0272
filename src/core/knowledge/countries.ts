// Countries (and the EU) as the parser needs them: the name a role is written with ("President of
// China"), other names, demonyms, capitals that stand for a government ("Beijing expressed
// opposition"), seats of government ("the Kremlin") and which office leads the country (so "the
// British leader" means the Prime Minister, "the Russian leader" the President).
// General world knowledge, written by hand.

export interface Country {
  /** Display name, as used in roles: "President of China". */
  name: string;
  /** How "of ..." is written: "the United States". Defaults to name. */
  of?: string;
  /** Other names written in news ("U.S.", "America", "People's Republic of China"). */
  aliases?: string[];
  /** Adjectives and nouns of nationality; the first is used in group names ("Chinese authorities"). */
  demonyms: string[];
  capitals?: string[];
  /** Seats or bodies of government that stand for it ("Kremlin", "White House"). */
  seats?: string[];
  /** The office that leads: "President", "Prime Minister", "Chancellor", "Supreme Leader". */
  leads: string;
}

// Compact on purpose: one line per country.
export const COUNTRIES: Country[] = [
  { name: 'United States', of: 'the United States', aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'], demonyms: ['US', 'U.S.', 'American'], capitals: ['Washington'], seats: ['White House'], leads: 'President' },
  { name: 'Russia', aliases: ['Russian Federation'], demonyms: ['Russian'], capitals: ['Moscow'], seats: ['Kremlin'], leads: 'President' },
  { name: 'China', aliases: ["People's Republic of China", 'PRC', 'Mainland China'], demonyms: ['Chinese'], capitals: ['Beijing', 'Peking'], seats: ['Zhongnanhai'], leads: 'President' },
  { name: 'Ukraine', demonyms: ['Ukrainian'], capitals: ['Kyiv', 'Kiev'], seats: ['Bankova'], leads: 'President' },
  { name: 'United Kingdom', of: 'the United Kingdom', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'], demonyms: ['British', 'UK', 'U.K.'], capitals: ['London'], seats: ['Downing Street', 'Number 10', 'Whitehall'], leads: 'Prime Minister' },
  { name: 'France', demonyms: ['French'], capitals: ['Paris'], seats: ['Élysée', 'Elysee', 'Elysée', 'Élysée Palace', 'Elysee Palace', 'Quai d’Orsay'], leads: 'President' },
  { name: 'Germany', demonyms: ['German'], capitals: ['Berlin'], seats: ['Chancellery'], leads: 'Chancellor' },
  { name: 'Italy', demonyms: ['Italian'], capitals: ['Rome'], seats: ['Palazzo Chigi'], leads: 'Prime Minister' },
  { name: 'Spain', demonyms: ['Spanish'], capitals: ['Madrid'], seats: ['Moncloa'], leads: 'Prime Minister' },
  { name: 'Portugal', demonyms: ['Portuguese'], capitals: ['Lisbon'], leads: 'Prime Minister' },
  { name: 'Netherlands', of: 'the Netherlands', aliases: ['Holland'], demonyms: ['Dutch'], capitals: ['Amsterdam', 'The Hague'], leads: 'Prime Minister' },
  { name: 'Belgium', demonyms: ['Belgian'], capitals: ['Brussels'], leads: 'Prime Minister' },
  { name: 'Switzerland', demonyms: ['Swiss'], capitals: ['Bern'], leads: 'President' },
  { name: 'Austria', demonyms: ['Austrian'], capitals: ['Vienna'], leads: 'Chancellor' },
  { name: 'Ireland', demonyms: ['Irish'], capitals: ['Dublin'], leads: 'Taoiseach' },
  { name: 'Poland', demonyms: ['Polish'], capitals: ['Warsaw'], leads: 'Prime Minister' },
  { name: 'Czech Republic', of: 'the Czech Republic', aliases: ['Czechia'], demonyms: ['Czech'], capitals: ['Prague'], leads: 'Prime Minister' },
  { name: 'Slovakia', demonyms: ['Slovak'], capitals: ['Bratislava'], leads: 'Prime Minister' },
  { name: 'Hungary', demonyms: ['Hungarian'], capitals: ['Budapest'], leads: 'Prime Minister' },
  { name: 'Romania', demonyms: ['Romanian'], capitals: ['Bucharest'], leads: 'President' },
  { name: 'Bulgaria', demonyms: ['Bulgarian'], capitals: ['Sofia'], leads: 'Prime Minister' },
  { name: 'Greece', demonyms: ['Greek'], capitals: ['Athens'], leads: 'Prime Minister' },
  { name: 'Serbia', demonyms: ['Serbian'], capitals: ['Belgrade'], leads: 'President' },
  { name: 'Croatia', demonyms: ['Croatian'], capitals: ['Zagreb'], leads: 'Prime Minister' },
  { name: 'Moldova', demonyms: ['Moldovan'], capitals: ['Chisinau', 'Chișinău'], leads: 'President' },
  { name: 'Belarus', demonyms: ['Belarusian'], capitals: ['Minsk'], leads: 'President' },
  { name: 'Lithuania', demonyms: ['Lithuanian'], capitals: ['Vilnius'], leads: 'President' },
  { name: 'Latvia', demonyms: ['Latvian'], capitals: ['Riga'], leads: 'Prime Minister' },
  { name: 'Estonia', demonyms: ['Estonian'], capitals: ['Tallinn'], leads: 'Prime Minister' },
  { name: 'Finland', demonyms: ['Finnish'], capitals: ['Helsinki'], leads: 'President' },
  { name: 'Sweden', demonyms: ['Swedish'], capitals: ['Stockholm'], leads: 'Prime Minister' },
  { name: 'Norway', demonyms: ['Norwegian'], capitals: ['Oslo'], leads: 'Prime Minister' },
  { name: 'Denmark', demonyms: ['Danish'], capitals: ['Copenhagen'], leads: 'Prime Minister' },
  { name: 'Iceland', demonyms: ['Icelandic'], capitals: ['Reykjavik'], leads: 'Prime Minister' },
  { name: 'Georgia', demonyms: ['Georgian'], capitals: ['Tbilisi'], leads: 'Prime Minister' },
  { name: 'Armenia', demonyms: ['Armenian'], capitals: ['Yerevan'], leads: 'Prime Minister' },
  { name: 'Azerbaijan', demonyms: ['Azerbaijani', 'Azeri'], capitals: ['Baku'], leads: 'President' },
  { name: 'Turkey', aliases: ['Türkiye', 'Turkiye'], demonyms: ['Turkish'], capitals: ['Ankara'], leads: 'President' },
  { name: 'Kazakhstan', demonyms: ['Kazakh'], capitals: ['Astana'], leads: 'President' },
  { name: 'Uzbekistan', demonyms: ['Uzbek'], capitals: ['Tashkent'], leads: 'President' },
  { name: 'Israel', demonyms: ['Israeli'], capitals: ['Jerusalem'], leads: 'Prime Minister' },
  { name: 'Palestine', aliases: ['Palestinian Authority', 'Palestinian territories'], demonyms: ['Palestinian'], capitals: ['Ramallah'], leads: 'President' },
  { name: 'Iran', demonyms: ['Iranian'], capitals: ['Tehran'], leads: 'Supreme Leader' },
  { name: 'Iraq', demonyms: ['Iraqi'], capitals: ['Baghdad'], leads: 'Prime Minister' },
  { name: 'Syria', demonyms: ['Syrian'], capitals: ['Damascus'], leads: 'President' },
  { name: 'Lebanon', demonyms: ['Lebanese'], capitals: ['Beirut'], leads: 'Prime Minister' },
  { name: 'Jordan', demonyms: ['Jordanian'], capitals: ['Amman'], leads: 'King' },
  { name: 'Saudi Arabia', aliases: ['Saudi', 'Kingdom of Saudi Arabia'], demonyms: ['Saudi'], capitals: ['Riyadh'], leads: 'Crown Prince' },
  { name: 'United Arab Emirates', of: 'the United Arab Emirates', aliases: ['UAE', 'U.A.E.', 'Emirates'], demonyms: ['Emirati'], capitals: ['Abu Dhabi'], leads: 'President' },
  { name: 'Qatar', demonyms: ['Qatari'], capitals: ['Doha'], leads: 'Emir' },
  { name: 'Yemen', demonyms: ['Yemeni'], capitals: ['Sanaa'], leads: 'President' },
  { name: 'Egypt', demonyms: ['Egyptian'], capitals: ['Cairo'], leads: 'President' },
  { name: 'Libya', demonyms: ['Libyan'], capitals: ['Tripoli'], leads: 'Prime Minister' },
  { name: 'Tunisia', demonyms: ['Tunisian'], capitals: ['Tunis'], leads: 'President' },
  { name: 'Algeria', demonyms: ['Algerian'], capitals: ['Algiers'], leads: 'President' },
  { name: 'Morocco', demonyms: ['Moroccan'], capitals: ['Rabat'], leads: 'King' },
  { name: 'Nigeria', demonyms: ['Nigerian'], capitals: ['Abuja'], leads: 'President' },
  { name: 'Ethiopia', demonyms: ['Ethiopian'], capitals: ['Addis Ababa'], leads: 'Prime Minister' },
  { name: 'Kenya', demonyms: ['Kenyan'], capitals: ['Nairobi'], leads: 'President' },
  { name: 'South Africa', demonyms: ['South African'], capitals: ['Pretoria'], leads: 'President' },
  { name: 'Sudan', demonyms: ['Sudanese'], capitals: ['Khartoum'], leads: 'President' },
  { name: 'Afghanistan', demonyms: ['Afghan'], capitals: ['Kabul'], leads: 'Supreme Leader' },
  { name: 'Pakistan', demonyms: ['Pakistani'], capitals: ['Islamabad'], leads: 'Prime Minister' },
  { name: 'India', demonyms: ['Indian'], capitals: ['New Delhi', 'Delhi'], leads: 'Prime Minister' },
  { name: 'Bangladesh', demonyms: ['Bangladeshi'], capitals: ['Dhaka'], leads: 'Prime Minister' },
  { name: 'Sri Lanka', demonyms: ['Sri Lankan'], capitals: ['Colombo'], leads: 'President' },
  { name: 'Japan', demonyms: ['Japanese'], capitals: ['Tokyo'], leads: 'Prime Minister' },
  { name: 'South Korea', aliases: ['Republic of Korea', 'ROK'], demonyms: ['South Korean'], capitals: ['Seoul'], leads: 'President' },
  { name: 'North Korea', aliases: ['DPRK'], demonyms: ['North Korean'], capitals: ['Pyongyang'], leads: 'Supreme Leader' },
  { name: 'Taiwan', demonyms: ['Taiwanese'], capitals: ['Taipei'], leads: 'President' },
  { name: 'Mongolia', demonyms: ['Mongolian'], capitals: ['Ulaanbaatar'], leads: 'President' },
  { name: 'Vietnam', demonyms: ['Vietnamese'], capitals: ['Hanoi'], leads: 'General Secretary' },
  { name: 'Thailand', demonyms: ['Thai'], capitals: ['Bangkok'], leads: 'Prime Minister' },
  { name: 'Myanmar', aliases: ['Burma'], demonyms: ['Myanmar', 'Burmese'], capitals: ['Naypyidaw'], leads: 'Prime Minister' },
  { name: 'Malaysia', demonyms: ['Malaysian'], capitals: ['Kuala Lumpur'], leads: 'Prime Minister' },
  { name: 'Singapore', demonyms: ['Singaporean'], leads: 'Prime Minister' },
  { name: 'Indonesia', demonyms: ['Indonesian'], capitals: ['Jakarta'], leads: 'President' },
  { name: 'Philippines', of: 'the Philippines', demonyms: ['Philippine', 'Filipino'], capitals: ['Manila'], seats: ['Malacañang', 'Malacanang'], leads: 'President' },
  { name: 'Australia', demonyms: ['Australian'], capitals: ['Canberra'], leads: 'Prime Minister' },
  { name: 'New Zealand', demonyms: ['New Zealand'], capitals: ['Wellington'], leads: 'Prime Minister' },
  { name: 'Canada', demonyms: ['Canadian'], capitals: ['Ottawa'], leads: 'Prime Minister' },
  { name: 'Mexico', demonyms: ['Mexican'], capitals: ['Mexico City'], leads: 'President' },
  { name: 'Cuba', demonyms: ['Cuban'], capitals: ['Havana'], leads: 'President' },
  { name: 'Venezuela', demonyms: ['Venezuelan'], capitals: ['Caracas'], seats: ['Miraflores'], leads: 'President' },
  { name: 'Colombia', demonyms: ['Colombian'], capitals: ['Bogota', 'Bogotá'], leads: 'President' },
  { name: 'Brazil', demonyms: ['Brazilian'], capitals: ['Brasilia', 'Brasília'], seats: ['Planalto'], leads: 'President' },
  { name: 'Argentina', demonyms: ['Argentine', 'Argentinian'], capitals: ['Buenos Aires'], seats: ['Casa Rosada'], leads: 'President' },
  { name: 'Chile', demonyms: ['Chilean'], capitals: ['Santiago'], leads: 'President' },
  { name: 'Peru', demonyms: ['Peruvian'], capitals: ['Lima'], leads: 'President' },
  { name: 'Vatican City', aliases: ['Vatican', 'Holy See'], demonyms: ['Vatican'], seats: ['Vatican'], leads: 'Pope' },
  { name: 'European Union', of: 'the European Union', aliases: ['EU', 'E.U.'], demonyms: ['EU', 'E.U.', 'European'], leads: 'President of the European Commission' },
];
