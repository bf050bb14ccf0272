// Well-known news outlets and agencies, as written in running text. General knowledge, by hand.
// A leading "The" is optional when matching ("the Wall Street Journal", "The Wall Street Journal").
// Names that are also common words ("Time", "Guardian", "Economist") are listed only with "The".

export const MEDIA_OUTLETS: string[] = [
  // agencies
  'Reuters', 'Associated Press', 'AP', 'Agence France-Presse', 'AFP', 'Bloomberg', 'Bloomberg News', 'Dow Jones',
  'Xinhua', 'Xinhua News Agency', 'TASS', 'RIA Novosti', 'Interfax', 'Ukrinform', 'Kyodo', 'Kyodo News', 'Yonhap',
  'ANSA', 'EFE', 'DPA', 'PAP', 'Anadolu', 'Anadolu Agency', 'IRNA', 'KCNA', 'Press Trust of India', 'UNIAN',
  // US
  'Wall Street Journal', 'New York Times', 'Washington Post', 'Los Angeles Times', 'USA Today', 'Chicago Tribune',
  'Boston Globe', 'New York Post', 'Daily News', 'Politico', 'Axios', 'The Hill', 'Roll Call', 'CNN', 'CNBC', 'MSNBC',
  'Fox News', 'Fox Business', 'NBC', 'NBC News', 'CBS', 'CBS News', 'ABC', 'ABC News', 'NPR', 'PBS', 'C-SPAN',
  'Breitbart', 'Breitbart News', 'BuzzFeed', 'BuzzFeed News', 'HuffPost', 'Huffington Post', 'Vox', 'Slate magazine', 'Salon.com', 'Time magazine', 'Fortune magazine', 'Business Insider', 
  'The Atlantic', 'The Guardian', 'The Economist', 'The Telegraph', 'New Yorker', 'Newsweek', 'Vanity Fair', 'Rolling Stone', 'Mother Jones', 'The Intercept',
  'ProPublica', 'PolitiFact', 'Politifact', 'FactCheck.org', 'Snopes', 'Daily Beast', 'National Review', 'Washington Examiner', 'Washington Times', 'The Daily Caller',
  'Daily Caller', 'Talking Points Memo', 'Forbes', 'Business Insider', 'Newsmax', 'One America News',
  // UK, Europe
  'BBC', 'BBC News', 'Sky News', 'ITV', 'Channel 4 News', 'The Guardian', 'The Times', 'Sunday Times',
  'Financial Times', 'FT', 'The Economist', 'Daily Telegraph', 'The Telegraph', 'The Independent',
  'Daily Mail', 'Mail on Sunday', 'The Sun', 'Daily Mirror', 'The Observer', 'Evening Standard',
  'Le Monde', 'Le Figaro', 'Libération', 'Liberation', 'France 24', 'Der Spiegel', 'Spiegel', 'Die Zeit', 'Bild',
  'Frankfurter Allgemeine Zeitung', 'FAZ', 'Süddeutsche Zeitung', 'Deutsche Welle', 'DW', 'Corriere della Sera',
  'La Repubblica', 'El País', 'El Pais', 'El Mundo', 'Politico Europe', 'Euronews', 'Gazeta Wyborcza', 'Rzeczpospolita',
  'Kyiv Independent', 'Kyiv Post', 'Ukrainska Pravda', 'Meduza', 'Novaya Gazeta', 'Kommersant', 'Vedomosti', 'RT',
  'Russia Today', 'Sputnik', 'Izvestia', 'Rossiyskaya Gazeta', 'Radio Free Europe', 'Radio Liberty', 'Voice of America',
  // elsewhere
  "People's Daily", 'Global Times', 'China Daily', 'CCTV', 'CGTN', 'South China Morning Post', 'Caixin', 'Nikkei',
  'Asahi Shimbun', 'Yomiuri Shimbun', 'Japan Times', 'Korea Herald', 'Times of India', 'Hindustan Times', 'The Hindu',
  'NDTV', 'Al Jazeera', 'Al Arabiya', 'Haaretz', 'Times of Israel', 'Jerusalem Post', 'Ynet', 'Tehran Times',
  'Press TV', 'ABC Australia', 'Sydney Morning Herald', 'The Australian', 'CBC', 'CBC News', 'Globe and Mail',
  'Toronto Star', 'Folha de S.Paulo', 'O Globo', 'Clarín', 'Clarin', 'El Universal',
];

/**
 * Head words that make a capitalized name a news outlet ("Kyiv Post", "Daily Herald"). Only the
 * unambiguous ones: "Star", "Sun" or "Guardian" end too many other names ("Gold Star").
 */
export const MEDIA_HEADS = new Set([
  'times', 'post', 'journal', 'news', 'herald', 'tribune', 'gazette', 'telegraph', 'chronicle', 'courier',
  'inquirer', 'enquirer', 'examiner', 'newspaper', 'magazine', 'media', 'radio', 'television', 'tv', 'broadcasting', 'zeitung', 'gazeta',
  'pravda', 'shimbun',
]);
