// Organizations known by name, and the words that make a capitalized phrase an organization
// ("Ministry", "Council", "Party"). General knowledge, by hand.

export interface KnownOrganization {
  name: string;
  aliases?: string[];
  /** Country it belongs to, when it is national. */
  country?: string;
}

export const KNOWN_ORGANIZATIONS: KnownOrganization[] = [
  { name: 'United Nations', aliases: ['UN', 'U.N.'] },
  { name: 'UN Security Council', aliases: ['Security Council', 'U.N. Security Council', 'United Nations Security Council'] },
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'Nato'] },
  { name: 'European Commission', aliases: ['EU Commission'] },
  { name: 'European Council' },
  { name: 'European Parliament' },
  { name: 'European Central Bank', aliases: ['ECB'] },
  { name: 'World Health Organization', aliases: ['WHO'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Bank' },
  { name: 'World Trade Organization', aliases: ['WTO'] },
  { name: 'OPEC' },
  { name: 'G7', aliases: ['Group of Seven'] },
  { name: 'G20', aliases: ['Group of 20'] },
  { name: 'ASEAN' },
  { name: 'African Union' },
  { name: 'OSCE' },
  { name: 'International Criminal Court', aliases: ['ICC'] },
  { name: 'International Court of Justice', aliases: ['ICJ'] },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { name: 'Red Cross', aliases: ['International Committee of the Red Cross', 'ICRC'] },
  { name: 'Amnesty International' },
  { name: 'Human Rights Watch' },
  { name: 'Kremlin', country: 'Russia' },
  { name: 'White House', country: 'United States' },
  { name: 'Pentagon', country: 'United States' },
  { name: 'State Department', aliases: ['U.S. State Department', 'US State Department', 'Department of State'], country: 'United States' },
  { name: 'Justice Department', aliases: ['Department of Justice', 'DOJ'], country: 'United States' },
  { name: 'FBI', aliases: ['Federal Bureau of Investigation'], country: 'United States' },
  { name: 'CIA', aliases: ['Central Intelligence Agency'], country: 'United States' },
  { name: 'NSA', aliases: ['National Security Agency'], country: 'United States' },
  { name: 'Congress', country: 'United States' },
  { name: 'Senate', country: 'United States' },
  { name: 'House of Representatives', aliases: ['House', 'U.S. House', 'US House'], country: 'United States' },
  { name: 'Supreme Court' },
  { name: 'Federal Reserve', aliases: ['Fed'], country: 'United States' },
  { name: 'Downing Street', country: 'United Kingdom' },
  { name: 'Foreign Office', aliases: ['Foreign, Commonwealth and Development Office', 'FCDO'], country: 'United Kingdom' },
  { name: 'Bundestag', country: 'Germany' },
  { name: 'State Duma', aliases: ['Duma'], country: 'Russia' },
  { name: 'Verkhovna Rada', aliases: ['Rada'], country: 'Ukraine' },
  { name: 'Knesset', country: 'Israel' },
  { name: 'Hamas' },
  { name: 'Al Qaeda', aliases: ['al-Qaeda', 'al Qaeda', 'Al-Qaeda'] },
  { name: 'Hezbollah' },
  { name: 'Taliban' },
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'Daesh'] },
  { name: 'Wagner Group', aliases: ['Wagner'] },
  { name: 'Democratic National Committee', aliases: ['DNC'], country: 'United States' },
  { name: 'Republican National Committee', aliases: ['RNC'], country: 'United States' },
  { name: 'Republican Party', aliases: ['GOP'], country: 'United States' },
  { name: 'Democratic Party', country: 'United States' },
  { name: 'Twitter', aliases: ['X Corp'] },
  { name: 'Facebook' },
  { name: 'Meta' },
  { name: 'Google' },
  { name: 'YouTube' },
  { name: 'Instagram' },
  { name: 'TikTok' },
  { name: 'Apple' },
  { name: 'Amazon' },
  { name: 'Microsoft' },
  { name: 'OpenAI' },
  { name: 'Tesla' },
  { name: 'Communist Party of China', aliases: ['Chinese Communist Party', 'CCP', 'CPC'], country: 'China' },
];

/** Head words that end an organization's name ("Ministry", "Commission", "Party"). */
export const ORGANIZATION_HEADS = new Set([
  'ministry', 'department', 'agency', 'council', 'committee', 'commission', 'party', 'court', 'bank', 'university',
  'institute', 'institution', 'foundation', 'association', 'union', 'organization', 'organisation', 'corporation',
  'company', 'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'group', 'office', 'service', 'services', 'army', 'navy',
  'force', 'forces', 'police', 'parliament', 'congress', 'senate', 'assembly', 'government', 'administration',
  'authority', 'bureau', 'board', 'fund', 'church', 'school', 'college', 'academy', 'hospital', 'center', 'centre',
  'campaign', 'network', 'federation', 'alliance', 'coalition', 'movement', 'front', 'guard', 'cabinet', 'secretariat',
  'embassy', 'consulate', 'tribunal', 'reserve', 'exchange', 'society', 'league', 'caucus', 'directorate', 'command',
  'industries', 'holdings', 'systems', 'technologies', 'airlines', 'motors', 'labs', 'laboratories', 'club', 'team',
  'chamber', 'affairs', 'club', 'trust', 'project', 'program', 'programme', 'initiative', 'watch', 'international',
  'brigade', 'brigades', 'corps', 'battalion', 'regiment', 'division', 'fleet', 'squad', 'unit',
]);

/** Organizations with another name written for the same body ("Foreign Ministry" = "Ministry of Foreign Affairs"). */
export const ORGANIZATION_SYNONYMS: Record<string, string> = {
  'foreign ministry': 'ministry of foreign affairs',
  'foreign affairs ministry': 'ministry of foreign affairs',
  'mfa': 'ministry of foreign affairs',
  'defense ministry': 'ministry of defense',
  'defence ministry': 'ministry of defense',
  'ministry of defence': 'ministry of defense',
  'interior ministry': 'ministry of internal affairs',
  'ministry of interior': 'ministry of internal affairs',
  'ministry of the interior': 'ministry of internal affairs',
  'finance ministry': 'ministry of finance',
  'justice ministry': 'ministry of justice',
  'health ministry': 'ministry of health',
};

/** The office that leads an international body ("the UN chief" is its Secretary-General). */
export const ORGANIZATION_LEADS: Record<string, string> = {
  'United Nations': 'Secretary-General',
  NATO: 'Secretary General',
  'World Health Organization': 'Director-General',
  'European Commission': 'President',
  'European Council': 'President',
  'European Central Bank': 'President',
  'International Monetary Fund': 'Managing Director',
};
