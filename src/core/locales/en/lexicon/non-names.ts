// Capitalized words that are not names: function words that open sentences, days and months,
// page furniture ("Advertisement", "Read more"), and common nouns that turn up capitalized in
// headings. A name candidate made only of these is dropped.

const WORDS = `
a an the and but or nor so yet if then than as at by for from in into of off on onto out over to up upon with within without
about above across after against along amid among around before behind below beneath beside besides between beyond
despite down during except inside like near past since through throughout till toward towards under underneath unlike until
via per plus although though because while whereas whether unless once when whenever where wherever why how what which who
whom whose whatever whichever whoever this that these those there here it its he him his she her hers they them their theirs
we us our ours i me my mine you your yours one ones someone somebody something anyone anybody anything everyone everybody
everything noone nobody nothing none some any many much more most few fewer less least all both each every either neither
other others another such same own only just even also still already again ever never always often sometimes usually
now today tonight yesterday tomorrow then soon later earlier recently currently meanwhile however moreover furthermore
therefore thus hence instead otherwise nevertheless nonetheless indeed perhaps maybe certainly clearly obviously
according regarding including following given is are was were be been being am do does did done doing have has had having
will would shall should can could may might must ought let lets not no yes ok okay please thanks thank hello hi dear
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october
november december mon tue tues wed thu thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
advertisement advertising sponsored ad ads promoted read more watch see click share subscribe sign log login follow
related source sources link links photo photos video videos image images picture pictures credit credits caption gallery
updated published posted comments comment menu home search close open next previous prev back top bottom skip
latest breaking live exclusive analysis opinion editorial feature features story stories article articles news newsletter
world politics business sport sports tech technology science health culture travel style entertainment lifestyle weather
copyright rights reserved terms privacy policy cookies contact about help faq more less all view show hide print email
page pages section chapter part vol volume edition issue update note notes editor editors correction
breaking mr mrs ms dr
first second third fourth fifth last next new old big great good best top major key main
north south east west northern southern eastern western central
god lord internet web online government state city county party
officials official experts expert sources critics critic analysts analyst observers observer diplomats diplomat witnesses
residents protesters protestors authorities investigators prosecutors lawmakers legislators democrats republicans
conservatives liberals voters supporters opponents americans europeans people police scientists researchers doctors
economists historians activists leaders leader members member soldiers troops forces rebels militants
republican republicans democrat democratic gop conservative labour liberal independent socialist communist libertarian
presidential congressional sixth seventh eighth ninth tenth
crooked miss universe rival
`;

/**
 * Words that end a capitalized phrase naming a thing, an event or a place, never a person
 * ("Election Day", "Free Trade Agreement", "Fort Wayne" by its first word).
 */
export const NON_PERSON_LAST = new Set(`
day days week weekend month year agreement accord treaty pact deal act law bill amendment doctrine plan program
programme policy forum symposium summit conference convention congress debate debates hearing trial award awards prize
cup games olympics championship series tournament war wars crisis revolution relations affairs report index survey poll
show festival hotel airport station bridge island islands beach valley county city town village district province
state states territory region coast bay mountain mountains canyon falls river lake sea ocean street avenue road square
park hall tower building plaza center centre church cathedral mosque temple palace castle stadium arena tank
partnership protection justice reform security emmy emmys oscar oscars grammy grammys morning evening night tonight
circuit research markets constitution
`.split(/\s+/).filter(Boolean));

/** Words that open a place name: "Fort Wayne", "Mount Everest", "Lake Tahoe". */
export const PLACE_FIRST = new Set(['fort', 'port', 'mount', 'mt', 'lake', 'camp', 'cape', 'gulf', 'san', 'santa', 'los', 'las', 'saint', 'st', 'new', 'north', 'south', 'east', 'west', 'upper', 'lower', 'greater',
  // and words that open the names of shows, programmes and bodies rather than people
  'morning', 'evening', 'daytime', 'tax', 'consumer', 'national', 'federal', 'supreme', 'united', 'royal', 'global', 'international', 'radio']);

export const NON_NAMES: Set<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
