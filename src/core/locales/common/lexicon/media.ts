// News agencies and broadcasters that are spoken *to* in every language: "a déclaré à l'AFP",
// "powiedział PAP", "disse à Lusa", "ha detto all'ANSA", "sagte dem NDR". Right after a verb of
// saying they are the hearer, never the speaker. Lower case.
export const AGENCIES = [
  'afp', 'ap', 'dpa', 'reuters', 'pap', 'efe', 'ansa', 'lusa', 'apa', 'kna', 'epd', 'ard', 'zdf', 'ndr', 'wdr', 'swr',
  'br', 'mdr', 'rbb', 'orf', 'srf', 'tvn24', 'tvp', 'tvp info', 'rmf', 'rmf fm', 'polsat', 'interia', 'onet', 'wp',
  'bfmtv', 'rfi', 'tf1', 'lci', 'rtl', 'france info', 'franceinfo', 'rai', 'sky', 'tg1', 'rtve', 'tve', 'cadena ser',
  'rtp', 'sic', 'tvi', 'globo', 'bbc', 'cnn', 'agência brasil', 'europa press', 'adnkronos', 'agi', 'belga', 'bloomberg',
  // (broadcasters and portals whose names are two capitals, which would read as a person's name)
  'polsat news', 'tvn', 'tvp1', 'tvp2', 'radio zet', 'radiu zet', 'tok fm', 'rmf24', 'wirtualna polska', 'wirtualnej polsce',
  'polskie radio', 'polskiego radia', 'polskiemu radiu', 'radio maryja', 'business insider', 'tv republika', 'telewizja republika',
  'n-tv', 'ntv', 'phoenix', 'deutschlandfunk', 'rnd', 'keystone-sda', 'sda', 'sky news', 'sky sport', 'sky italia',
];

/** Given names by gender, as a table (lower case). */
export function givenNames(male: readonly string[], female: readonly string[]): Record<string, 'm' | 'f'> {
  const out: Record<string, 'm' | 'f'> = {};
  for (const n of male) out[n] = 'm';
  for (const n of female) out[n] = 'f';
  return out;
}
