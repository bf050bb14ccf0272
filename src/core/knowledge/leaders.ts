// Heads of state and government, foreign ministers and heads of the main international
// organizations, with terms of office. General world knowledge, written by hand (no corpus).
// One line a term:  name | other spellings ; ... | country or organization | office | start | end
// An empty end means still in office when this was written. A name listed in SOLO may be
// recognized alone ("Putin said"); other surnames are too common to stand alone without the
// article naming the person first.

const TERMS = `
George W. Bush|George Bush;George W Bush|United States|President|2001-01-20|2009-01-20
Barack Obama|Barack Hussein Obama|United States|President|2009-01-20|2017-01-20
Donald Trump|Donald J. Trump;Donald John Trump|United States|President|2017-01-20|2021-01-20
Joe Biden|Joseph Biden;Joseph R. Biden;Joseph R. Biden Jr.|United States|President|2021-01-20|2025-01-20
Donald Trump|Donald J. Trump;Donald John Trump|United States|President|2025-01-20|
Dick Cheney|Richard Cheney|United States|Vice President|2001-01-20|2009-01-20
Joe Biden|Joseph Biden;Joseph R. Biden|United States|Vice President|2009-01-20|2017-01-20
Mike Pence|Michael Pence|United States|Vice President|2017-01-20|2021-01-20
Kamala Harris||United States|Vice President|2021-01-20|2025-01-20
JD Vance|J.D. Vance;James David Vance|United States|Vice President|2025-01-20|
Condoleezza Rice||United States|Secretary of State|2005-01-26|2009-01-20
Hillary Clinton|Hillary Rodham Clinton|United States|Secretary of State|2009-01-21|2013-02-01
John Kerry||United States|Secretary of State|2013-02-01|2017-01-20
Rex Tillerson||United States|Secretary of State|2017-02-01|2018-03-31
Mike Pompeo|Michael Pompeo|United States|Secretary of State|2018-04-26|2021-01-20
Antony Blinken|Tony Blinken|United States|Secretary of State|2021-01-26|2025-01-20
Marco Rubio||United States|Secretary of State|2025-01-21|
Vladimir Putin|Vladimir Vladimirovich Putin|Russia|President|2000-05-07|2008-05-07
Dmitry Medvedev|Dmitri Medvedev|Russia|President|2008-05-07|2012-05-07
Vladimir Putin|Vladimir Vladimirovich Putin|Russia|Prime Minister|2008-05-08|2012-05-07
Vladimir Putin|Vladimir Vladimirovich Putin|Russia|President|2012-05-07|
Dmitry Medvedev|Dmitri Medvedev|Russia|Prime Minister|2012-05-08|2020-01-16
Mikhail Mishustin||Russia|Prime Minister|2020-01-16|
Sergei Lavrov|Sergey Lavrov|Russia|Foreign Minister|2004-03-09|
Hu Jintao||China|President|2003-03-15|2013-03-14
Xi Jinping||China|President|2013-03-14|
Wen Jiabao||China|Premier|2003-03-16|2013-03-15
Li Keqiang||China|Premier|2013-03-15|2023-03-11
Li Qiang||China|Premier|2023-03-11|
Yang Jiechi||China|Foreign Minister|2007-04-27|2013-03-16
Wang Yi||China|Foreign Minister|2013-03-16|2022-12-30
Qin Gang||China|Foreign Minister|2022-12-30|2023-07-25
Wang Yi||China|Foreign Minister|2023-07-25|
Viktor Yushchenko||Ukraine|President|2005-01-23|2010-02-25
Viktor Yanukovych|Viktor Yanukovich|Ukraine|President|2010-02-25|2014-02-22
Petro Poroshenko||Ukraine|President|2014-06-07|2019-05-20
Volodymyr Zelensky|Volodymyr Zelenskyy;Volodymyr Zelenskiy;Volodymyr Zelenskyi;Vladimir Zelensky|Ukraine|President|2019-05-20|
Arseniy Yatsenyuk|Arseniy Yatseniuk|Ukraine|Prime Minister|2014-02-27|2016-04-14
Volodymyr Groysman||Ukraine|Prime Minister|2016-04-14|2019-08-29
Denys Shmyhal||Ukraine|Prime Minister|2020-03-04|2025-07-17
Yulia Svyrydenko||Ukraine|Prime Minister|2025-07-17|
Pavlo Klimkin||Ukraine|Foreign Minister|2014-06-19|2019-08-29
Vadym Prystaiko||Ukraine|Foreign Minister|2019-08-29|2020-03-04
Dmytro Kuleba|Dmitry Kuleba|Ukraine|Foreign Minister|2020-03-04|2024-09-05
Andrii Sybiha|Andriy Sybiha|Ukraine|Foreign Minister|2024-09-05|
Tony Blair||United Kingdom|Prime Minister|1997-05-02|2007-06-27
Gordon Brown||United Kingdom|Prime Minister|2007-06-27|2010-05-11
David Cameron||United Kingdom|Prime Minister|2010-05-11|2016-07-13
Theresa May||United Kingdom|Prime Minister|2016-07-13|2019-07-24
Boris Johnson||United Kingdom|Foreign Secretary|2016-07-13|2018-07-09
Boris Johnson||United Kingdom|Prime Minister|2019-07-24|2022-09-06
Liz Truss|Elizabeth Truss|United Kingdom|Foreign Secretary|2021-09-15|2022-09-06
Liz Truss|Elizabeth Truss|United Kingdom|Prime Minister|2022-09-06|2022-10-25
Rishi Sunak||United Kingdom|Prime Minister|2022-10-25|2024-07-05
Keir Starmer||United Kingdom|Prime Minister|2024-07-05|
Elizabeth II|Queen Elizabeth;Queen Elizabeth II|United Kingdom|Queen|1952-02-06|2022-09-08
Charles III|King Charles;King Charles III|United Kingdom|King|2022-09-08|
William Hague||United Kingdom|Foreign Secretary|2010-05-12|2014-07-14
Philip Hammond||United Kingdom|Foreign Secretary|2014-07-15|2016-07-13
Jeremy Hunt||United Kingdom|Foreign Secretary|2018-07-09|2019-07-24
Dominic Raab||United Kingdom|Foreign Secretary|2019-07-24|2021-09-15
James Cleverly||United Kingdom|Foreign Secretary|2022-09-06|2023-11-13
David Cameron||United Kingdom|Foreign Secretary|2023-11-13|2024-07-05
David Lammy||United Kingdom|Foreign Secretary|2024-07-05|2025-09-05
Yvette Cooper||United Kingdom|Foreign Secretary|2025-09-05|
Nicolas Sarkozy||France|President|2007-05-16|2012-05-15
François Hollande|Francois Hollande|France|President|2012-05-15|2017-05-14
Emmanuel Macron||France|President|2017-05-14|
Édouard Philippe|Edouard Philippe|France|Prime Minister|2017-05-15|2020-07-03
Jean Castex||France|Prime Minister|2020-07-03|2022-05-16
Élisabeth Borne|Elisabeth Borne|France|Prime Minister|2022-05-16|2024-01-09
Gabriel Attal||France|Prime Minister|2024-01-09|2024-09-05
Michel Barnier||France|Prime Minister|2024-09-05|2024-12-13
François Bayrou|Francois Bayrou|France|Prime Minister|2024-12-13|2025-09-09
Sébastien Lecornu|Sebastien Lecornu|France|Prime Minister|2025-09-09|
Laurent Fabius||France|Foreign Minister|2012-05-16|2016-02-11
Jean-Marc Ayrault||France|Foreign Minister|2016-02-11|2017-05-17
Jean-Yves Le Drian||France|Foreign Minister|2017-05-17|2022-05-20
Catherine Colonna||France|Foreign Minister|2022-05-20|2024-01-11
Stéphane Séjourné|Stephane Sejourne|France|Foreign Minister|2024-01-11|2024-09-21
Jean-Noël Barrot|Jean-Noel Barrot|France|Foreign Minister|2024-09-21|
Angela Merkel||Germany|Chancellor|2005-11-22|2021-12-08
Olaf Scholz||Germany|Chancellor|2021-12-08|2025-05-06
Friedrich Merz||Germany|Chancellor|2025-05-06|
Joachim Gauck||Germany|President|2012-03-18|2017-03-18
Frank-Walter Steinmeier|Frank Walter Steinmeier|Germany|Foreign Minister|2013-12-17|2017-01-27
Frank-Walter Steinmeier|Frank Walter Steinmeier|Germany|President|2017-03-19|
Sigmar Gabriel||Germany|Foreign Minister|2017-01-27|2018-03-14
Heiko Maas||Germany|Foreign Minister|2018-03-14|2021-12-08
Annalena Baerbock||Germany|Foreign Minister|2021-12-08|2025-05-06
Johann Wadephul||Germany|Foreign Minister|2025-05-06|
Matteo Renzi||Italy|Prime Minister|2014-02-22|2016-12-12
Paolo Gentiloni||Italy|Prime Minister|2016-12-12|2018-06-01
Giuseppe Conte||Italy|Prime Minister|2018-06-01|2021-02-13
Mario Draghi||Italy|Prime Minister|2021-02-13|2022-10-22
Giorgia Meloni||Italy|Prime Minister|2022-10-22|
Sergio Mattarella||Italy|President|2015-02-03|
Luigi Di Maio||Italy|Foreign Minister|2019-09-05|2022-10-22
Antonio Tajani||Italy|Foreign Minister|2022-10-22|
Mariano Rajoy||Spain|Prime Minister|2011-12-21|2018-06-02
Pedro Sánchez|Pedro Sanchez|Spain|Prime Minister|2018-06-02|
Mark Rutte||Netherlands|Prime Minister|2010-10-14|2024-07-02
Dick Schoof||Netherlands|Prime Minister|2024-07-02|
Andrzej Duda||Poland|President|2015-08-06|2025-08-06
Karol Nawrocki||Poland|President|2025-08-06|
Donald Tusk||Poland|Prime Minister|2007-11-16|2014-09-22
Mateusz Morawiecki||Poland|Prime Minister|2017-12-11|2023-12-13
Donald Tusk||Poland|Prime Minister|2023-12-13|
Zbigniew Rau||Poland|Foreign Minister|2020-08-26|2023-12-13
Radosław Sikorski|Radoslaw Sikorski;Radek Sikorski|Poland|Foreign Minister|2023-12-13|
Viktor Orbán|Viktor Orban|Hungary|Prime Minister|2010-05-29|
Péter Szijjártó|Peter Szijjarto|Hungary|Foreign Minister|2014-09-23|
Alexander Lukashenko|Aleksandr Lukashenko;Alyaksandr Lukashenka|Belarus|President|1994-07-20|
Sauli Niinistö|Sauli Niinisto|Finland|President|2012-03-01|2024-03-01
Alexander Stubb||Finland|President|2024-03-01|
Ulf Kristersson||Sweden|Prime Minister|2022-10-18|
Kyriakos Mitsotakis||Greece|Prime Minister|2019-07-08|
Alexis Tsipras||Greece|Prime Minister|2015-01-26|2019-07-08
Aleksandar Vučić|Aleksandar Vucic|Serbia|President|2017-05-31|
Maia Sandu||Moldova|President|2020-12-24|
Recep Tayyip Erdoğan|Recep Tayyip Erdogan;Tayyip Erdogan;Tayyip Erdoğan|Turkey|Prime Minister|2003-03-14|2014-08-28
Recep Tayyip Erdoğan|Recep Tayyip Erdogan;Tayyip Erdogan;Tayyip Erdoğan|Turkey|President|2014-08-28|
Mevlüt Çavuşoğlu|Mevlut Cavusoglu|Turkey|Foreign Minister|2015-11-24|2023-06-04
Hakan Fidan||Turkey|Foreign Minister|2023-06-04|
Kassym-Jomart Tokayev||Kazakhstan|President|2019-03-20|
Nursultan Nazarbayev||Kazakhstan|President|1990-04-24|2019-03-20
Benjamin Netanyahu|Bibi Netanyahu|Israel|Prime Minister|2009-03-31|2021-06-13
Naftali Bennett||Israel|Prime Minister|2021-06-13|2022-06-30
Yair Lapid||Israel|Prime Minister|2022-07-01|2022-12-29
Benjamin Netanyahu|Bibi Netanyahu|Israel|Prime Minister|2022-12-29|
Isaac Herzog||Israel|President|2021-07-07|
Eli Cohen||Israel|Foreign Minister|2023-01-02|2024-01-01
Israel Katz||Israel|Foreign Minister|2024-01-01|2024-11-05
Gideon Sa'ar|Gideon Saar|Israel|Foreign Minister|2024-11-05|
Mahmoud Abbas||Palestine|President|2005-01-15|
Ali Khamenei|Ayatollah Ali Khamenei|Iran|Supreme Leader|1989-06-04|
Mahmoud Ahmadinejad||Iran|President|2005-08-03|2013-08-03
Hassan Rouhani||Iran|President|2013-08-03|2021-08-03
Ebrahim Raisi||Iran|President|2021-08-03|2024-05-19
Masoud Pezeshkian||Iran|President|2024-07-28|
Mohammad Javad Zarif|Javad Zarif|Iran|Foreign Minister|2013-08-15|2021-08-25
Hossein Amir-Abdollahian|Hossein Amirabdollahian|Iran|Foreign Minister|2021-08-25|2024-05-19
Abbas Araghchi||Iran|Foreign Minister|2024-08-21|
Bashar al-Assad|Bashar Assad;Bashar al Assad|Syria|President|2000-07-17|2024-12-08
Ahmed al-Sharaa|Ahmad al-Sharaa|Syria|President|2025-01-29|
Abdel Fattah el-Sisi|Abdel Fattah al-Sisi;Abdel-Fattah el-Sissi|Egypt|President|2014-06-08|
Mohammed bin Salman|Mohammad bin Salman|Saudi Arabia|Crown Prince|2017-06-21|
Mohammed bin Salman|Mohammad bin Salman|Saudi Arabia|Prime Minister|2022-09-27|
Salman bin Abdulaziz|King Salman|Saudi Arabia|King|2015-01-23|
Faisal bin Farhan|Prince Faisal bin Farhan|Saudi Arabia|Foreign Minister|2019-10-23|
Tamim bin Hamad Al Thani|Tamim bin Hamad al-Thani;Sheikh Tamim|Qatar|Emir|2013-06-25|
Mohamed bin Zayed|Mohammed bin Zayed;Mohamed bin Zayed Al Nahyan|United Arab Emirates|President|2022-05-14|
Mohammed Shia al-Sudani||Iraq|Prime Minister|2022-10-27|
Manmohan Singh||India|Prime Minister|2004-05-22|2014-05-26
Narendra Modi||India|Prime Minister|2014-05-26|
Droupadi Murmu||India|President|2022-07-25|
Sushma Swaraj||India|External Affairs Minister|2014-05-26|2019-05-30
Subrahmanyam Jaishankar|S. Jaishankar|India|External Affairs Minister|2019-05-30|
Imran Khan||Pakistan|Prime Minister|2018-08-18|2022-04-10
Shehbaz Sharif||Pakistan|Prime Minister|2022-04-11|2023-08-14
Shehbaz Sharif||Pakistan|Prime Minister|2024-03-04|
Sheikh Hasina||Bangladesh|Prime Minister|2009-01-06|2024-08-05
Muhammad Yunus||Bangladesh|Chief Adviser|2024-08-08|
Shinzo Abe||Japan|Prime Minister|2012-12-26|2020-09-16
Yoshihide Suga||Japan|Prime Minister|2020-09-16|2021-10-04
Fumio Kishida||Japan|Foreign Minister|2012-12-26|2017-08-03
Fumio Kishida||Japan|Prime Minister|2021-10-04|2024-10-01
Shigeru Ishiba||Japan|Prime Minister|2024-10-01|2025-10-21
Sanae Takaichi||Japan|Prime Minister|2025-10-21|
Taro Kono||Japan|Foreign Minister|2017-08-03|2019-09-11
Toshimitsu Motegi||Japan|Foreign Minister|2019-09-11|2021-11-10
Yoshimasa Hayashi||Japan|Foreign Minister|2021-11-10|2023-09-13
Yoko Kamikawa||Japan|Foreign Minister|2023-09-13|2024-10-01
Takeshi Iwaya||Japan|Foreign Minister|2024-10-01|2025-10-21
Toshimitsu Motegi||Japan|Foreign Minister|2025-10-21|
Park Geun-hye|Park Geun Hye|South Korea|President|2013-02-25|2017-03-10
Moon Jae-in|Moon Jae In|South Korea|President|2017-05-10|2022-05-09
Yoon Suk Yeol|Yoon Suk-yeol|South Korea|President|2022-05-10|2025-04-04
Lee Jae-myung|Lee Jae Myung|South Korea|President|2025-06-04|
Park Jin||South Korea|Foreign Minister|2022-05-12|2024-01-10
Cho Tae-yul|Cho Tae Yul|South Korea|Foreign Minister|2024-01-10|2025-07-21
Kim Jong Il|Kim Jong-il|North Korea|Supreme Leader|1994-07-08|2011-12-17
Kim Jong Un|Kim Jong-un|North Korea|Supreme Leader|2011-12-17|
Tsai Ing-wen|Tsai Ing Wen|Taiwan|President|2016-05-20|2024-05-20
Lai Ching-te|William Lai|Taiwan|President|2024-05-20|
Joko Widodo|Jokowi|Indonesia|President|2014-10-20|2024-10-20
Prabowo Subianto||Indonesia|President|2024-10-20|
Retno Marsudi||Indonesia|Foreign Minister|2014-10-27|2024-10-20
Rodrigo Duterte||Philippines|President|2016-06-30|2022-06-30
Ferdinand Marcos Jr.|Bongbong Marcos;Ferdinand Marcos Jr|Philippines|President|2022-06-30|
Malcolm Turnbull||Australia|Prime Minister|2015-09-15|2018-08-24
Scott Morrison||Australia|Prime Minister|2018-08-24|2022-05-23
Anthony Albanese||Australia|Prime Minister|2022-05-23|
Penny Wong||Australia|Foreign Minister|2022-05-23|
Jacinda Ardern||New Zealand|Prime Minister|2017-10-26|2023-01-25
Christopher Luxon||New Zealand|Prime Minister|2023-11-27|
Stephen Harper||Canada|Prime Minister|2006-02-06|2015-11-04
Justin Trudeau||Canada|Prime Minister|2015-11-04|2025-03-14
Mark Carney||Canada|Prime Minister|2025-03-14|
Chrystia Freeland||Canada|Foreign Minister|2017-01-10|2019-11-20
Mélanie Joly|Melanie Joly|Canada|Foreign Minister|2021-10-26|2025-05-13
Anita Anand||Canada|Foreign Minister|2025-05-13|
Enrique Peña Nieto|Enrique Pena Nieto|Mexico|President|2012-12-01|2018-11-30
Andrés Manuel López Obrador|Andres Manuel Lopez Obrador;López Obrador;Lopez Obrador|Mexico|President|2018-12-01|2024-09-30
Claudia Sheinbaum||Mexico|President|2024-10-01|
Marcelo Ebrard||Mexico|Foreign Minister|2018-12-01|2023-06-12
Luiz Inácio Lula da Silva|Luiz Inacio Lula da Silva;Lula da Silva|Brazil|President|2003-01-01|2010-12-31
Dilma Rousseff||Brazil|President|2011-01-01|2016-08-31
Michel Temer||Brazil|President|2016-08-31|2018-12-31
Jair Bolsonaro||Brazil|President|2019-01-01|2022-12-31
Luiz Inácio Lula da Silva|Luiz Inacio Lula da Silva;Lula da Silva|Brazil|President|2023-01-01|
Mauro Vieira||Brazil|Foreign Minister|2023-01-01|
Cristina Fernández de Kirchner|Cristina Fernandez de Kirchner;Cristina Kirchner|Argentina|President|2007-12-10|2015-12-10
Mauricio Macri||Argentina|President|2015-12-10|2019-12-10
Alberto Fernández|Alberto Fernandez|Argentina|President|2019-12-10|2023-12-10
Javier Milei||Argentina|President|2023-12-10|
Hugo Chávez|Hugo Chavez|Venezuela|President|1999-02-02|2013-03-05
Nicolás Maduro|Nicolas Maduro|Venezuela|President|2013-04-19|
Raúl Castro|Raul Castro|Cuba|President|2008-02-24|2018-04-19
Miguel Díaz-Canel|Miguel Diaz-Canel|Cuba|President|2018-04-19|
Gustavo Petro||Colombia|President|2022-08-07|
Jacob Zuma||South Africa|President|2009-05-09|2018-02-14
Cyril Ramaphosa||South Africa|President|2018-02-15|
Naledi Pandor||South Africa|Foreign Minister|2019-05-30|2024-07-03
Ronald Lamola||South Africa|Foreign Minister|2024-07-03|
Muhammadu Buhari||Nigeria|President|2015-05-29|2023-05-29
Bola Tinubu|Bola Ahmed Tinubu|Nigeria|President|2023-05-29|
Abiy Ahmed||Ethiopia|Prime Minister|2018-04-02|
William Ruto||Kenya|President|2022-09-13|
Pope Benedict XVI|Benedict XVI|Vatican City|Pope|2005-04-19|2013-02-28
Pope Francis||Vatican City|Pope|2013-03-13|2025-04-21
Pope Leo XIV|Leo XIV|Vatican City|Pope|2025-05-08|
Ban Ki-moon|Ban Ki Moon|United Nations|Secretary-General|2007-01-01|2016-12-31
António Guterres|Antonio Guterres|United Nations|Secretary-General|2017-01-01|
Anders Fogh Rasmussen||NATO|Secretary General|2009-08-01|2014-10-01
Jens Stoltenberg||NATO|Secretary General|2014-10-01|2024-10-01
Mark Rutte||NATO|Secretary General|2024-10-01|
Jean-Claude Juncker||European Commission|President|2014-11-01|2019-11-30
Ursula von der Leyen||European Commission|President|2019-12-01|
Donald Tusk||European Council|President|2014-12-01|2019-11-30
Charles Michel||European Council|President|2019-12-01|2024-11-30
António Costa|Antonio Costa|European Council|President|2024-12-01|
Federica Mogherini||European Union|High Representative for Foreign Affairs|2014-11-01|2019-11-30
Josep Borrell||European Union|High Representative for Foreign Affairs|2019-12-01|2024-11-30
Kaja Kallas||European Union|High Representative for Foreign Affairs|2024-12-01|
Tedros Adhanom Ghebreyesus|Tedros Adhanom|World Health Organization|Director-General|2017-07-01|
Christine Lagarde||International Monetary Fund|Managing Director|2011-07-05|2019-09-12
Kristalina Georgieva||International Monetary Fund|Managing Director|2019-10-01|
Christine Lagarde||European Central Bank|President|2019-11-01|
`;

/** Surnames (or short names) distinctive enough to be recognized alone. */
const SOLO: Record<string, string> = {
  Obama: 'Barack Obama', Biden: 'Joe Biden', Trump: 'Donald Trump', Pence: 'Mike Pence', Pompeo: 'Mike Pompeo',
  Tillerson: 'Rex Tillerson', Blinken: 'Antony Blinken', Rubio: 'Marco Rubio', Putin: 'Vladimir Putin',
  Medvedev: 'Dmitry Medvedev', Mishustin: 'Mikhail Mishustin', Lavrov: 'Sergei Lavrov', Xi: 'Xi Jinping',
  Zelensky: 'Volodymyr Zelensky', Zelenskyy: 'Volodymyr Zelensky', Zelenskiy: 'Volodymyr Zelensky',
  Poroshenko: 'Petro Poroshenko', Yanukovych: 'Viktor Yanukovych', Kuleba: 'Dmytro Kuleba', Sybiha: 'Andrii Sybiha',
  Shmyhal: 'Denys Shmyhal', Starmer: 'Keir Starmer', Sunak: 'Rishi Sunak', Macron: 'Emmanuel Macron',
  Sarkozy: 'Nicolas Sarkozy', Hollande: 'François Hollande', Merkel: 'Angela Merkel', Scholz: 'Olaf Scholz',
  Merz: 'Friedrich Merz', Steinmeier: 'Frank-Walter Steinmeier', Baerbock: 'Annalena Baerbock', Meloni: 'Giorgia Meloni',
  Draghi: 'Mario Draghi', Mattarella: 'Sergio Mattarella', Morawiecki: 'Mateusz Morawiecki', Sikorski: 'Radosław Sikorski',
  Orban: 'Viktor Orbán', 'Orbán': 'Viktor Orbán', Szijjarto: 'Péter Szijjártó', 'Szijjártó': 'Péter Szijjártó',
  Lukashenko: 'Alexander Lukashenko', Lukashenka: 'Alexander Lukashenko', Erdogan: 'Recep Tayyip Erdoğan',
  'Erdoğan': 'Recep Tayyip Erdoğan', Netanyahu: 'Benjamin Netanyahu', Khamenei: 'Ali Khamenei', Rouhani: 'Hassan Rouhani',
  Raisi: 'Ebrahim Raisi', Pezeshkian: 'Masoud Pezeshkian', Zarif: 'Mohammad Javad Zarif', Araghchi: 'Abbas Araghchi',
  Ahmadinejad: 'Mahmoud Ahmadinejad', Assad: 'Bashar al-Assad', Sisi: 'Abdel Fattah el-Sisi', Modi: 'Narendra Modi',
  Jaishankar: 'Subrahmanyam Jaishankar', Kishida: 'Fumio Kishida', Ishiba: 'Shigeru Ishiba', Takaichi: 'Sanae Takaichi',
  Trudeau: 'Justin Trudeau', Albanese: 'Anthony Albanese', Bolsonaro: 'Jair Bolsonaro', Lula: 'Luiz Inácio Lula da Silva',
  Milei: 'Javier Milei', Sheinbaum: 'Claudia Sheinbaum', Maduro: 'Nicolás Maduro', Jokowi: 'Joko Widodo', Widodo: 'Joko Widodo',
  Prabowo: 'Prabowo Subianto', Duterte: 'Rodrigo Duterte', Ramaphosa: 'Cyril Ramaphosa', Tinubu: 'Bola Tinubu',
  Tokayev: 'Kassym-Jomart Tokayev', Mitsotakis: 'Kyriakos Mitsotakis', Guterres: 'António Guterres',
  Stoltenberg: 'Jens Stoltenberg', Ebrard: 'Marcelo Ebrard', Pandor: 'Naledi Pandor', Hasina: 'Sheikh Hasina', Rutte: 'Mark Rutte', Tedros: 'Tedros Adhanom Ghebreyesus', Juncker: 'Jean-Claude Juncker',
  Borrell: 'Josep Borrell', Kallas: 'Kaja Kallas', Lagarde: 'Christine Lagarde', Georgieva: 'Kristalina Georgieva',
};

/** Women among the people above (the others are men): lets "she" skip a man and "he" a woman. */
export const WOMEN = new Set([
  'Condoleezza Rice', 'Hillary Clinton', 'Kamala Harris', 'Theresa May', 'Liz Truss', 'Elizabeth II', 'Yvette Cooper',
  'Élisabeth Borne', 'Catherine Colonna', 'Angela Merkel', 'Annalena Baerbock', 'Giorgia Meloni', 'Yulia Svyrydenko',
  'Maia Sandu', 'Droupadi Murmu', 'Sushma Swaraj', 'Park Geun-hye', 'Tsai Ing-wen', 'Jacinda Ardern', 'Penny Wong',
  'Chrystia Freeland', 'Mélanie Joly', 'Anita Anand', 'Claudia Sheinbaum', 'Dilma Rousseff', 'Cristina Fernández de Kirchner',
  'Ursula von der Leyen', 'Federica Mogherini', 'Kaja Kallas', 'Christine Lagarde', 'Kristalina Georgieva', 'Sanae Takaichi',
  'Yoko Kamikawa', 'Retno Marsudi', 'Naledi Pandor', 'Sheikh Hasina',
]);

export interface LeaderTerm {
  name: string;
  aliases: string[];
  /** Country, or an international body ("United Nations"). */
  country: string;
  office: string;
  start: string;
  end: string | null;
}

let terms: LeaderTerm[] | null = null;

/** Every term of office, parsed once on first use. */
export function leaderTerms(): LeaderTerm[] {
  if (terms) return terms;
  terms = [];
  for (const line of TERMS.split('\n')) {
    const f = line.split('|');
    if (f.length < 6) continue;
    terms.push({
      name: f[0]!,
      aliases: f[1] ? f[1].split(';') : [],
      country: f[2]!,
      office: f[3]!,
      start: f[4]!,
      end: f[5] ? f[5] : null,
    });
  }
  return terms;
}

/** Short names recognized alone, to the full name of the person. */
export function soloNames(): Map<string, string> {
  const m = new Map<string, string>();
  for (const [k, v] of Object.entries(SOLO)) if (v) m.set(k.toLowerCase(), v);
  return m;
}
