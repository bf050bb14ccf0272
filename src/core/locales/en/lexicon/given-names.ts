// Common given names with the gender they usually carry, so that "she" skips a man and "he" a
// woman when a pronoun is resolved. Only a hint: an unknown or unisex name says nothing.
// General knowledge, by hand (English-language news, plus frequent European and other names).

const WOMEN = `
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly
emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela
shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria
heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl
hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace
denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori
hillary kamala nancy elena sonia ruth condoleezza theresa angela ursula giorgia annalena kaja christine kristalina
yulia maia liz jacinda penny chrystia melanie claudia dilma cristina federica marine ségolène segolene nicola
sanna mette magdalena ursula roberta alexandria ilhan rashida elise kirsten tammy lisa marsha susan dianne heidi
melania ivanka chelsea michelle huma donna kellyanne sarah hope karine jen nikki tulsi amy kristi gretchen kathy
olena oksana iryna natalia svetlana tatiana irina olga anastasia ekaterina maria yevgenia viktoria daria
fatima aisha leila mariam zainab yasmin nadia layla priya sunita indira benazir aung malala
`;

const MEN = `
james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah
gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan
alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny barack bill hunter mike rex
mitch mitt ted marco rand chris jeb bernie tim newt rudy reince sean steve jared jim lindsey chuck harry
vladimir dmitry dmitri sergei sergey mikhail alexei alexey yevgeny evgeny volodymyr dmytro petro viktor andrii
andriy oleksiy oleksandr vitali vitaly yuri igor boris nikolai ivan pavel denys arseniy
xi li wang hu wen qin yang zhao emmanuel francois françois nicolas jean olaf friedrich heiko frank-walter
sigmar matteo mario giuseppe sergio luigi antonio pedro mariano narendra manmohan rahul imran shehbaz nawaz
recep tayyip hakan mevlut benjamin naftali yair isaac mahmoud ali hassan ebrahim masoud mohammad mohammed javad
abbas bashar ahmed abdel fattah salman faisal tamim mohamed jair luiz lula javier mauricio alberto andres andrés
enrique nicolas nicolás hugo raul raúl miguel gustavo jacob cyril muhammadu bola abiy william kassym-jomart nursultan
shinzo fumio yoshihide shigeru taro toshimitsu yoshimasa takeshi moon yoon lee kim park justin stephen malcolm
scott anthony rishi keir boris gordon tony david dominic jeremy philip jens anders josep jean-claude charles
`;

let women: Set<string> | null = null;
let men: Set<string> | null = null;

export function genderOfGivenName(key: string): 'm' | 'f' | undefined {
  women ??= new Set(WOMEN.split(/\s+/).filter(Boolean));
  men ??= new Set(MEN.split(/\s+/).filter(Boolean));
  const f = women.has(key);
  const m = men.has(key);
  if (f === m) return undefined; // unknown, or both
  return f ? 'f' : 'm';
}
