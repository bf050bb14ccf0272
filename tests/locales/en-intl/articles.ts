// Invented articles in the house styles of English-language news outside the US, each with the
// speaker a careful reader gives every quotation: a name, a /pattern/ the speaker must match, or
// null where a reader cannot tell (then no speaker may be given). `loose` marks a quotation whose
// speaker a careful reader knows but the reader may still leave without one: it must not be wrong.
export interface Expect {
  needle: string;
  speaker: string | RegExp | null;
  loose?: boolean;
}
export interface Article {
  name: string;
  published: string;
  paragraphs: string[];
  quotes: Expect[];
}

export const firstBatch: Article[] = [
  {
    name: 'a BBC-style inquest: a statement read to the court, British single marks, a coroner whose words run over two paragraphs',
    published: '2024-03-12',
    paragraphs: [
      'An inquest has heard that a teenager who died after collapsing at a music festival in Hampshire had taken a pill he believed to be ecstasy.',
      'Oliver Brennan, 17, from Basingstoke, was taken to hospital from the festival site in August last year but died the following morning.',
      "Winchester Coroner's Court was told he had bought two pills from a stranger on the campsite.",
      "His mother, Claire Brennan, said in a statement read to the court: 'Ollie was the kindest boy. He would have given anyone his last pound.'",
      "'We will never understand why he did it, and we will never stop missing him.'",
      "Dr Priya Nair, a consultant in emergency medicine at the Royal Hampshire County Hospital, told the inquest the teenager's temperature was 41.5C when he arrived.",
      "'In twenty years I have rarely seen a body temperature that high. By then there was very little we could do,' she said.",
      "Festival director Chris Howell said the event had reviewed its welfare provision. 'Safety is, and always has been, our first priority,' Mr Howell said.",
      "Recording a conclusion of drug-related death, senior coroner Jason Pegg said: 'Oliver was a young man with his whole life ahead of him.",
      "'I would urge anyone thinking of taking pills at a festival to think of his family today.'",
      "A spokeswoman for Hampshire Constabulary said its investigation into the supply of the drugs remained open. 'We continue to appeal for information,' she said.",
    ],
    quotes: [
      { needle: 'kindest boy', speaker: 'Claire Brennan' },
      { needle: 'never stop missing him', speaker: 'Claire Brennan', loose: true },
      { needle: 'rarely seen a body temperature', speaker: 'Priya Nair' },
      { needle: 'first priority', speaker: 'Chris Howell' },
      { needle: 'whole life ahead', speaker: 'Jason Pegg' },
      { needle: 'appeal for information', speaker: /Hampshire Constabulary|spokeswoman/, loose: true },
    ],
  },
  {
    name: 'an Irish Times-style Dáil story: the Taoiseach and the Tánaiste, a Labour leader whose quotation names the Taoiseach, a Government source',
    published: '2024-09-18',
    paragraphs: [
      "The Taoiseach has rejected claims that the Government is asleep at the wheel on the cost of childcare, ahead of next month's budget.",
      'Speaking in the Dáil on Wednesday, Simon Harris said the Coalition had already cut fees by more than half. "No government in the history of the State has done more for working parents," he said.',
      'Labour leader Ivana Bacik said families were "being squeezed from every side". "The Taoiseach can quote all the figures he likes, but parents know what they are paying each month," she said.',
      'The Tánaiste, Micheál Martin, told reporters at Government Buildings that the budget would include "a significant package for families".',
      '"I am not going to pre-empt the Minister for Finance, but people will not be disappointed," Mr Martin said.',
      'A Government source said the figure being discussed was close to €500 million. "It is the biggest single item on the table," the source said.',
      '"Providers are closing at a rate of two a week," said Frances Byrne, chief executive of Early Childhood Ireland.',
      '"Unless core funding is increased, there will be no places left to subsidise."',
    ],
    quotes: [
      { needle: 'No government in the history', speaker: 'Simon Harris' },
      { needle: 'squeezed from every side', speaker: 'Ivana Bacik' },
      { needle: 'quote all the figures', speaker: 'Ivana Bacik' },
      { needle: 'significant package', speaker: 'Micheál Martin' },
      { needle: 'pre-empt the Minister', speaker: 'Micheál Martin' },
      { needle: 'biggest single item', speaker: /source/i },
      { needle: 'closing at a rate', speaker: 'Frances Byrne' },
      { needle: 'no places left', speaker: 'Frances Byrne', loose: true },
    ],
  },
  {
    name: 'a PTI-style Indian story: the CM, a Union minister who told PTI, said Modi, a bench headed by a judge',
    published: '2024-04-08',
    paragraphs: [
      'Karnataka Chief Minister Siddaramaiah on Monday said the state would move the Supreme Court if the Centre did not release drought relief funds.',
      '"We have waited for five months. The Centre has not given even one rupee," the CM told reporters in Bengaluru.',
      'Union minister Pralhad Joshi hit back, calling the allegation "a pack of lies".',
      '"The state government did not even submit the required memorandum on time," Joshi told PTI.',
      "Sources in the home ministry said the inter-ministerial team's report was under examination.",
      'Earlier, a bench headed by Justice B R Gavai had asked the Centre to respond within two weeks. "Why should states have to approach this court for such matters?" the bench observed.',
      'Prime Minister Narendra Modi, addressing a rally in Belagavi, said the people of Karnataka had "seen through the false guarantees of the Congress".',
      '"Development is our only mantra," said Modi.',
      'Deputy Chief Minister D K Shivakumar said the BJP was "playing politics with the lives of farmers".',
    ],
    quotes: [
      { needle: 'waited for five months', speaker: 'Siddaramaiah' },
      { needle: 'required memorandum', speaker: 'Pralhad Joshi' },
      { needle: 'approach this court', speaker: /bench|Gavai/, loose: true },
      { needle: 'false guarantees', speaker: 'Narendra Modi' },
      { needle: 'only mantra', speaker: 'Narendra Modi' },
      { needle: 'playing politics', speaker: /Shivakumar/ },
    ],
  },
  {
    name: 'an ABC-style sentencing: "Sentencing X, Judge Y said", the 34-year-old, a victim statement over two paragraphs, the Premier',
    published: '2024-06-21',
    paragraphs: [
      'A Sydney man who ran down a cyclist while more than twice the legal alcohol limit has been jailed for at least four years.',
      'Daniel Kovac, 34, pleaded guilty in the NSW District Court to dangerous driving occasioning death over the crash in Marrickville in March last year.',
      'The court heard Kovac had drunk eight schooners at a hotel before getting behind the wheel.',
      'Sentencing Kovac on Friday, Judge Sarah Huggett said the 34-year-old had made "a selfish and catastrophic decision".',
      '"The offender knew he was drunk. He chose to drive anyway, and a young woman is dead because of that choice," Judge Huggett said.',
      'The cyclist, 26-year-old nurse Emily Tran, died at the scene.',
      'In a victim impact statement, her father, Minh Tran, told the court: "Emily was the light of our family.',
      '"Every morning I wake up and for one second I forget."',
      "Kovac's barrister, Paul Mendes SC, had argued his client was genuinely remorseful. \"He will live with this for the rest of his life,\" Mr Mendes said.",
      'Outside court, Emily\'s brother, Kevin Tran, said the family was relieved. "Nothing brings her back, but at least he is going to jail," he said.',
      'The Premier, Chris Minns, said the government would review the penalties for drink driving. "Every death on our roads is a tragedy," Mr Minns told 2GB.',
    ],
    quotes: [
      { needle: 'selfish and catastrophic', speaker: 'Sarah Huggett' },
      { needle: 'knew he was drunk', speaker: 'Sarah Huggett' },
      { needle: 'light of our family', speaker: 'Minh Tran' },
      { needle: 'rest of his life', speaker: 'Paul Mendes' },
      { needle: 'Nothing brings her back', speaker: 'Kevin Tran' },
      { needle: 'death on our roads', speaker: 'Chris Minns' },
    ],
  },
  {
    name: "a News24-style party story: the ANC's secretary-general, the DA's chairperson, said Ramaphosa, a woman academic",
    published: '2024-11-12',
    paragraphs: [
      "The ANC's national executive committee will meet this weekend to discuss the party's poor showing in last week's by-elections, secretary-general Fikile Mbalula said on Tuesday.",
      '"We are not going to bury our heads in the sand. The people have spoken and we must listen," Mbalula told journalists at Luthuli House.',
      'The DA\'s federal council chairperson, Helen Zille, said the results showed that "the decline of the ANC is now irreversible".',
      '"Voters in these wards have sent a very clear message," said Zille.',
      'EFF leader Julius Malema dismissed both parties. "The DA and the ANC are two sides of the same coin," he said at a rally in Polokwane.',
      'Answering questions in Parliament, President Cyril Ramaphosa said the government of national unity was stable. "We hear the concerns of our people and we will act on them," said Ramaphosa.',
      'Thandeka Mokoena, a political analyst at the University of Johannesburg, said coalition partners would be watching closely.',
      '"Every by-election is now a referendum on the government of national unity," she said.',
    ],
    quotes: [
      { needle: 'bury our heads', speaker: 'Fikile Mbalula' },
      { needle: 'now irreversible', speaker: 'Helen Zille' },
      { needle: 'very clear message', speaker: 'Helen Zille' },
      { needle: 'two sides of the same coin', speaker: 'Julius Malema' },
      { needle: 'hear the concerns', speaker: 'Cyril Ramaphosa' },
      { needle: 'referendum on the government', speaker: 'Thandeka Mokoena' },
    ],
  },
  {
    name: 'a Manchester Evening News-style murder trial: prosecuting and defending counsel, the defendant giving evidence, text messages, single marks with apostrophes',
    published: '2024-02-07',
    paragraphs: [
      "A man accused of stabbing his neighbour to death after a row over a parking space has told a jury he was acting in self-defence.",
      "Liam Doherty, 41, denies the murder of Graham Pike, 58, outside their homes in Stockport on August 3 last year.",
      "Prosecuting, Rebecca Lowe KC told Manchester Crown Court that Doherty had 'lost his temper and lost control'.",
      "'This was not a man defending himself. This was a man who went into his kitchen, picked up a knife and went back outside,' she said.",
      "The jury was shown messages Doherty sent to his brother an hour before the attack. In one he wrote: 'If he parks there again I'll sort him out.'",
      "Giving evidence on Tuesday, Doherty said he had only picked up the knife because Mr Pike had threatened him with a hammer.",
      "'I didn't go out there to hurt anyone. I was terrified, I thought he was going to kill me,' he told the jury.",
      "Under cross-examination, he admitted he had not told police about the hammer when he was first arrested.",
      "Mr Pike's widow, Susan, who was in the public gallery, left the courtroom in tears.",
      "Defending, Martin Keogh KC said the case 'turns on what happened in a few seconds in the dark'.",
      "The trial, which is expected to last two weeks, continues.",
    ],
    quotes: [
      { needle: 'lost his temper and lost control', speaker: 'Rebecca Lowe' },
      { needle: 'not a man defending himself', speaker: 'Rebecca Lowe' },
      { needle: "I'll sort him out", speaker: 'Liam Doherty', loose: true },
      { needle: "didn't go out there", speaker: 'Liam Doherty' },
      { needle: 'few seconds in the dark', speaker: 'Martin Keogh' },
    ],
  },
  {
    name: 'a Guardian-style Westminster story: the Home Secretary set off by commas, the MP for a seat, a spokeswoman for the Met, a place in a "who" clause',
    published: '2024-10-02',
    paragraphs: [
      "The Home Secretary, Yvette Cooper, has announced a review of police powers to tackle shoplifting, after figures showed offences in England and Wales had risen to a 20-year high.",
      "'Shop workers should not have to go to work afraid,' Cooper said on a visit to a supermarket in Pontefract. 'It's not a victimless crime and it's time we stopped treating it as one.'",
      "The shadow home secretary, Chris Philp, said Labour's plans were 'too little, too late'.",
      "The MP for Bolton North East, Kirith Entwistle, whose constituency has seen some of the sharpest rises, welcomed the review. 'Small businesses in Bolton have been crying out for this,' she said.",
      "A spokeswoman for the Metropolitan police said the force had made more than 3,000 arrests for shop theft in the past year. 'We know the impact this has on staff and on communities,' she said.",
      "A shop manager in Hackney, who did not want to be named, said he had been threatened with a syringe. 'The police don't come. They've stopped coming,' he said.",
      "Paul Gerrard, of the Co-op, said: 'Our colleagues are being punched, spat at and threatened every day.",
      "'We welcome anything that makes that stop.'",
    ],
    quotes: [
      { needle: 'go to work afraid', speaker: 'Yvette Cooper' },
      { needle: 'victimless crime', speaker: 'Yvette Cooper' },
      { needle: 'too little, too late', speaker: 'Chris Philp' },
      { needle: 'crying out for this', speaker: 'Kirith Entwistle' },
      { needle: 'impact this has on staff', speaker: /Metropolitan police|spokeswoman/i, loose: true },
      { needle: "police don't come", speaker: /shop manager/, loose: true },
      { needle: 'being punched', speaker: 'Paul Gerrard' },
    ],
  },
  {
    name: 'a Sydney Morning Herald-style state politics story: the Premier and Mr Albanese, told the ABC, a quotation after a new person with no tag',
    published: '2024-08-15',
    paragraphs: [
      'Victorian Premier Jacinta Allan has rejected calls to delay the Suburban Rail Loop, saying the project would be "the backbone of Melbourne\'s growth for the next fifty years".',
      '"We are getting on with it, and we are not going to apologise for building the infrastructure this state needs," Ms Allan told reporters in Box Hill on Thursday.',
      'Opposition Leader John Pesutto said the government was "mortgaging the future of every Victorian child".',
      'The Prime Minister, Anthony Albanese, refused to say whether federal funding would be increased. "We have made our commitment and we stand by it," Mr Albanese told the ABC\'s 7.30.',
      'Infrastructure Australia chair Gabrielle Trainor said the project had not yet been assessed. Economist Chris Richardson, who has been critical of the cost, was blunter.',
      '"Nobody can tell you what this will cost, and that should worry everyone."',
      'Ms Allan later said she was confident the first trains would run by 2035.',
    ],
    quotes: [
      { needle: 'backbone of Melbourne', speaker: 'Jacinta Allan' },
      { needle: 'getting on with it', speaker: 'Jacinta Allan' },
      { needle: 'mortgaging the future', speaker: 'John Pesutto' },
      { needle: 'made our commitment', speaker: 'Anthony Albanese' },
      { needle: 'Nobody can tell you', speaker: 'Chris Richardson', loose: true },
    ],
  },
  {
    name: 'an Irish Independent-style District Court report: the judge told the accused, a garda giving evidence, the solicitor\'s client',
    published: '2024-05-29',
    paragraphs: [
      'A Limerick man who threatened a taxi driver with a broken bottle has been given a suspended sentence.',
      'Sean Madigan, 27, of Moyross, pleaded guilty at Limerick District Court to producing an article capable of inflicting serious injury.',
      "Garda Aoife Walsh told the court that the taxi driver had been 'shaking and in shock' when gardaí arrived.",
      "Solicitor Ted McCarthy, for Madigan, said his client had been drinking heavily after the death of his father. \"He is mortified by what he did and he wants to apologise to the driver,\" Mr McCarthy said.",
      'Judge Patricia Harney said the driver must have been terrified. "Taxi drivers are entitled to do their job without being threatened," she said.',
      '"You are a young man and I am going to give you one chance," the judge told Madigan.',
      'She imposed a six-month sentence, suspended for two years.',
    ],
    quotes: [
      { needle: 'shaking and in shock', speaker: 'Aoife Walsh' },
      { needle: 'mortified by what he did', speaker: 'Ted McCarthy' },
      { needle: 'entitled to do their job', speaker: 'Patricia Harney' },
      { needle: 'one chance', speaker: 'Patricia Harney' },
    ],
  },
];

// Written after the first batch's rule changes and measured before any fix (the held-out check).
export const secondBatch: Article[] = [];
