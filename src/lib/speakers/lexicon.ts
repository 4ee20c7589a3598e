/** Word lists for reading attribution clauses in news English. */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const SUBJECT_PRONOUNS = set('he she they we i it');

/** The subject pronoun each possessive one stands with: "his remark" is his, whoever "he" is. */
export const POSSESSIVE_PRONOUNS: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they' };

/** Words that may stand between a subject and its verb: "Trump has also said". */
export const VERB_LEADERS = set(`has have had was were is are be been being will would could can may might must shall should
did does do also later then previously earlier recently reportedly repeatedly again further once still already even just often
never not publicly privately separately quickly flatly bluntly firmly initially first last finally subsequently reportedly
apparently allegedly angrily confidently defiantly immediately simply openly sharply swiftly today yesterday tonight
himself herself themselves itself instead too nonetheless nevertheless meanwhile however soon afterward afterwards`);

/** Lowercase words that belong in a noun phrase naming a speaker: "Kremlin spokesman Dmitry Peskov". */
export const ROLE_WORDS = set(`the a an former ex then late acting interim current incoming outgoing top senior chief deputy vice
president presidents prime minister ministers secretary secretaries general spokesman spokeswoman spokesperson spokespeople
press aide aides adviser advisers advisor advisors envoy envoys special official officials chancellor senator senators
representative representatives congressman congresswoman lawmaker lawmakers governor mayor ambassador diplomat diplomats
commander commanders leader leaders head chairman chairwoman chair director analyst analysts expert experts source sources
spokesmen negotiator negotiators counterpart foreign defense defence state security national military intelligence
economic finance energy interior justice trade affairs council member members party candidate nominee campaign manager
chief-of-staff staff administration government ministry office department agency committee officer officers
correspondent reporter reporters editor editors host anchor columnist writer author analyst professor researcher
economist strategist consultant pollster attorney lawyer prosecutor judge justice general colonel admiral lieutenant
sergeant major captain commissioner ombudsman ceo founder cofounder co-founder executive owner councilman councilwoman
councilmember councilor councillor alderman alderwoman supervisor treasurer auditor clerk sheriff whip recorder
advocate assistant associate speaker pastor bishop archbishop rabbi superintendent comptroller marshal detective delegate
historian incumbent challenger moderator mp mps mep meps msp mla premier taoiseach td assemblyman assemblywoman assemblymember
of for and`);

/**
 * Nouns for someone who speaks or acts on another's behalf, in lower case ("Representative Ruiz" is a
 * title): "a spokesman for Lowe", "an aide to Lowe", "a representative of the union".
 */
export const AGENT_NOUN = /^(?:spokes(?:man|woman|person|men|women|people)|aides?|lawyers?|attorneys?|representatives?|advis[eo]rs?|counsel|surrogates?|staffers?)$/;

/** Plural nouns for people, capitalised only by opening a sentence: "Aides say …", "Officials said …". */
export const GROUP_NOUNS = set(`officials critics protesters residents voters analysts experts supporters opponents lawmakers
leaders observers organisers organizers activists witnesses neighbors neighbours parents teachers students workers doctors
economists investors diplomats sources prosecutors investigators authorities police crowds fans members families citizens
demonstrators marchers soldiers troops farmers nurses firefighters paramedics councillors councilors ministers senators mps meps
officers agents scientists researchers campaigners volunteers survivors victims relatives locals villagers shoppers commuters
passengers drivers employees staffers colleagues friends neighbours`);

/** Role nouns that can head a phrase standing for a person: "the Russian president". */
export const ROLE_HEADS = set(`president minister secretary spokesman spokeswoman spokesperson aide adviser advisor envoy official
chancellor senator representative governor mayor ambassador diplomat commander leader head chairman chairwoman chair director
negotiator counterpart premier king queen pope general admiral councilman councilwoman councilmember councilor councillor
alderman alderwoman commissioner supervisor`);

/** Capitalised words that are not names when they open a sentence. */
export const SENTENCE_OPENERS = set(`the a an but and or so yet still then later earlier meanwhile however moreover instead also
now today to yesterday tonight separately elsewhere indeed in on at for with by from after before during despite while when
as since if though although once there here this that these those it its his her their our my your we they he she i you
speaking asked responding addressing writing according following amid under over about into through without what why how
where who which even just only both between among amongst against around across behind beyond within toward towards upon unlike
like near outside inside until via besides throughout along beneath`);

/**
 * Words that mark a name as a company's ("Halvorsen Semiconductors", "Crestline Homes", "Lowe
 * Holdings"). The last word of a company's name is one of these when "the company" may stand for
 * it (`companyBefore`); anywhere in a name, one makes it a body's rather than a person's.
 */
export const COMPANY_WORDS = set(`inc corp corporation ltd llc plc company holdings airlines airways motors industries
semiconductors pharmaceuticals pharma systems technologies labs laboratories foods mining logistics shipping telecom insurance
software electronics resources petroleum oil chemicals construction homes properties bancorp bank`);

/** Nouns that stand for a company named before: "the company said", "the carrier said". */
export const COMPANY_HEADS = set(`company firm business carrier airline operator maker chipmaker carmaker automaker retailer lender
insurer developer manufacturer producer conglomerate startup`);

/** Words that mark a capitalised sequence as a body rather than a person. */
export const ORG_WORDS = set(`house kremlin ministry department office council union party committee commission agency bank fund
university institute army forces force navy guard police court parliament congress senate assembly government administration
news times post journal press agency network channel radio television tv group association federation organization
organisation foundation center centre company corporation inc corp ltd reuters bloomberg nato un eu cnn bbc fox msnbc nbc abc cbs
ap afp tass ria interfax pentagon state states republic embassy mission campaign coalition alliance staff service services
command headquarters media newspaper magazine club society institution council caucus board bureau consult consulting
partners fund network hill capital ventures solutions nations labor labour tories greens ${[...COMPANY_WORDS].join(' ')}`);

/** Capitalised words that are never person names. */
export const NOT_NAMES = set(`monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december ukraine russia america europe china moscow kyiv kiev washington london paris berlin
beijing brussels istanbul geneva alaska crimea donbas donetsk luhansk zaporizhzhia kharkiv odesa oval american russian ukrainian
european british french german chinese western eastern soviet nato eu un us u.s. uk god truth social x twitter facebook
instagram telegram youtube tiktok christmas easter thanksgiving i
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa
kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada
hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia
wisconsin wyoming israel iran iraq syria gaza turkey france germany britain england poland hungary italy spain japan india
canada brazil belarus georgia moldova finland sweden norway estonia latvia lithuania romania slovakia qatar saudi arabia
riyadh jeddah doha ankara warsaw budapest rome minsk tehran tokyo delhi ottawa anchorage miami florida chicago
crimea kursk kherson zaporizhzhia odesa kharkiv dnipro sumy mariupol bakhmut pokrovsk
republican republicans democrat democrats democratic conservative conservatives liberal liberals independent gop`);

/** Verbs other than reporting verbs that often follow a subject; enough to find a clause's subject. */
export const COMMON_VERBS = set(`is was are were has had have will would could can may might must should did does do found made
took gave met held spoke sought went came got kept left sent became began appeared seemed remained wanted wants needs needed
hopes hoped plans planned believes believed thinks thought knows knew sees saw expects expected agreed rejected accepted
refused insisted offered issued signed visited called met told tried tries faces faced continues continued intends intended
sees viewed views regards regarded considers considered appears seems remains wants urged launched pushed pressed struck
reached raised dropped shifted suggested noted argued reiterated signaled signalled backed opposed supported threatened
received returned attended hosted joined led leads lost won gets got cast casts spent brought ran runs chose chooses
stood sat felt knew saw heard began begins wants tried tries seems became becomes declined declines`);

export const CONJUNCTIONS = set('while whereas but and although though yet');

/**
 * Common given names by the pronoun news uses for their bearers, for people the registry does not
 * know yet: enough to keep "she said" from going to the man named just before.
 */
export const FEMALE_NAMES = set(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha
jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn
beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary nikki kamala nancy elise
kellyanne sarah huma ivanka melania michelle maxine ilhan alexandria tulsi kirsten elizabeth claire dianne susan lisa condoleezza
madeleine theresa angela ursula marine giorgia kaja annalena liz jacinda christine janet gina tammy amy jill stacey kristi
ana anne annie eva eve sofia sophie elena olga irina natalia natasha svetlana tatiana yulia ingrid astrid greta fatima aisha leila
layla priya sunita indira camille chloe zoe lucia lucy isabel carmen rosa marta ewa agnieszka katarzyna helga sabine alina beatriz
ines paula monica veronica silvia claudia nora mia ella ava lily kate katie jane sue beth jenny becky carla erin kristen kristin tara
marjorie suella jess gladys sybrina`);

export const MALE_NAMES = set(`james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean
austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene
vincent russell elijah louis bobby philip johnny barack bernie mitch chuck ted marco rand mike tim jeb chris newt reince rudy
vladimir volodymyr sergei dmitry emmanuel olaf boris keir benjamin recep xi narendra justin pete jd marco kevin hakeem lindsey
rex jim tom bill al dick harry ben dan ron rick nick jon bob steve
omar ahmed mohammed muhammad ali hassan ivan igor andrei oleksandr pavel lars anders hans klaus pierre carlos luis miguel diego pedro
tomas marek piotr bogdan cyril arvid adrian anton dmytro viktor sergey alexei mikhail yuri fernando javier antonio giuseppe luca
matteo francesco stefan wolfgang jürgen jurgen heinz rishi glenn ed eddie doug`);

/**
 * Things written or said: a place after them ("a post on Facebook") locates no one, "of" after them
 * ("an account of the talks") describes no one, and "from" after them names their author ("a
 * statement from the Harbor League").
 */
export const WRITINGS =
  /^(?:statement|answer|response|reply|remarks|comments|letter|message|post|tweet|report|poll|survey|study|editorial|e-?mail|memo|website|slogan|ad|video|sign|banner|page|account|site|release|filing|notice|transcript|analysis|estimate|figures|data|piece|article|column|essay|op-ed|memoir)s?$/;

/**
 * Occupations written as a title before a name ("Comedian Ann Ortiz", "Activist Tom Lowe"): no
 * part of the name. Only words that are hardly ever surnames ("Singer", "Farmer", "Baker" are).
 */
export const OCCUPATION_TITLES = set(`actress actor comedian comedienne activist rapper filmmaker novelist playwright songwriter
musician entrepreneur billionaire philanthropist astronaut physicist biologist epidemiologist virologist scientist
resident residents neighbor neighbour witness bystander supporter homeowner volunteer voter motorist commuter veteran survivor protester
protestor spectator attendee paramedic firefighter retiree parishioner shopkeeper`);

/**
 * Head nouns of bodies' names: news refers back to a body by one ("the bank", "the council"), and
 * a name that ends in one goes on past "of" or "for" ("Ministry of Health", "Bank of England").
 */
export const BODY_HEADS = set(`bank council institute federation association agency union court office authority board ministry
department company corporation firm commission committee foundation fund organization organisation chamber coalition alliance
league network group party university bureau centre center society caucus campaign tribunal parliament assembly academy
college school church embassy museum house service institution`);

/** Letters written after a name, no part of it: a seat (MP, MEP), a rank at the bar (KC, QC), an honour (OBE). */
export const POSTNOMINAL = /^(?:MP|MEP|MSP|MLA|TD|KC|QC|OBE|MBE|CBE|KBE|DBE|PhD)$/;
