// Place names that are not countries or capitals but look like names when capitalized
// (US states, large cities, regions). Used only to keep them from being read as people.

export const PLACES: string[] = [
  // US states
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'West Virginia', 'Washington State', 'Wisconsin', 'Wyoming', 'Puerto Rico', 'Guam',
  // cities
  'New York City', 'Los Angeles', 'Chicago', 'Houston', 'Philadelphia', 'Phoenix', 'San Antonio', 'San Diego',
  'Dallas', 'San Francisco', 'Seattle', 'Boston', 'Detroit', 'Atlanta', 'Miami', 'Denver', 'Las Vegas', 'Cleveland',
  'Pittsburgh', 'Baltimore', 'Milwaukee', 'Minneapolis', 'Orlando', 'Tampa', 'Charlotte', 'Nashville', 'Austin',
  'New Orleans', 'Brooklyn', 'Manhattan', 'Queens', 'Bronx', 'Silicon Valley', 'Hollywood', 'Wall Street',
  'Capitol Hill', 'Manchester', 'Birmingham', 'Liverpool', 'Glasgow', 'Edinburgh', 'Munich', 'Hamburg', 'Frankfurt',
  'Milan', 'Naples', 'Barcelona', 'Marseille', 'Lyon', 'Geneva', 'Zurich', 'Davos', 'Istanbul', 'St. Petersburg',
  'Saint Petersburg', 'Kharkiv', 'Odesa', 'Odessa', 'Lviv', 'Mariupol', 'Donetsk', 'Luhansk', 'Crimea', 'Donbas',
  'Donbass', 'Bakhmut', 'Kherson', 'Zaporizhzhia', 'Dnipro', 'Gaza', 'Gaza Strip', 'West Bank', 'Tel Aviv',
  'Shanghai', 'Hong Kong', 'Shenzhen', 'Guangzhou', 'Wuhan', 'Xinjiang', 'Tibet', 'Macau', 'Mumbai', 'Kashmir',
  'Osaka', 'Dubai', 'Mecca', 'Aleppo', 'Idlib', 'Mosul', 'Kandahar', 'Sydney', 'Melbourne', 'Toronto', 'Montreal',
  'Vancouver', 'Sao Paulo', 'São Paulo', 'Rio de Janeiro', 'Johannesburg', 'Lagos',
  // regions and continents
  'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Central America', 'Middle East',
  'Near East', 'Far East', 'Eastern Europe', 'Western Europe', 'Central Europe', 'Southeast Asia', 'Central Asia',
  'East Asia', 'South Asia', 'Scandinavia', 'Balkans', 'Baltics', 'Caucasus', 'Arctic', 'Antarctica', 'Pacific',
  'Atlantic', 'Mediterranean', 'Black Sea', 'Baltic Sea', 'South China Sea', 'Taiwan Strait', 'Persian Gulf', 'Gulf',
  'Sahel', 'Midwest', 'Rust Belt', 'Sun Belt', 'Bible Belt', 'New England', 'Appalachia', 'Siberia', 'Kurdistan',
  'Korean Peninsula', 'Korea', 'Indo-Pacific', 'Eurasia', 'West', 'East', 'North', 'South',
];
