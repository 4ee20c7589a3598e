/**
 * Word pools for the synthetic news corpus. People and organizations are invented (the
 * benchmark never puts words in real people's mouths); countries and cities are real places
 * so that the text reads like wire copy. Topics carry their own nouns, so that articles on
 * energy, elections or floods use different vocabularies, as a real archive does.
 */

export const FIRST_NAMES_HE = [
  'Adrian', 'Aleksander', 'Andrei', 'Anton', 'Arvid', 'Bogdan', 'Carlos', 'Cyril', 'Daniel', 'Dmytro',
  'Emil', 'Erik', 'Farid', 'Felix', 'Florin', 'Georg', 'Hamid', 'Henrik', 'Ivo', 'Jakub',
  'Janos', 'Jonas', 'Karim', 'Kenji', 'Laurent', 'Lukas', 'Marek', 'Mateo', 'Mikael', 'Nikolai',
  'Oleksiy', 'Omar', 'Pavel', 'Pieter', 'Rafael', 'Ruben', 'Samir', 'Stefan', 'Tomas', 'Viktor',
];
export const FIRST_NAMES_SHE = [
  'Agnieszka', 'Alina', 'Amara', 'Anja', 'Beatriz', 'Camille', 'Dana', 'Elena', 'Elif', 'Freya',
  'Greta', 'Hana', 'Ilona', 'Ines', 'Irina', 'Johanna', 'Katarzyna', 'Kristina', 'Laila', 'Lena',
  'Maren', 'Marta', 'Mila', 'Nadia', 'Noor', 'Olena', 'Petra', 'Rania', 'Sabine', 'Sofia',
  'Svetlana', 'Tamar', 'Ulla', 'Vera', 'Yasmin', 'Zofia', 'Lucia', 'Helga', 'Ana', 'Miriam',
];
export const SURNAMES = [
  'Abramov', 'Adeyemi', 'Albescu', 'Andersen', 'Arslan', 'Baranov', 'Bauer', 'Bellucci', 'Bergstrom', 'Boyko',
  'Brandt', 'Castellano', 'Cerny', 'Dalca', 'Demir', 'Dobrev', 'Dubois', 'Eklund', 'Fabre', 'Ferreira',
  'Galkin', 'Grabowski', 'Halvorsen', 'Hartmann', 'Horvath', 'Ilic', 'Ivanenko', 'Jansen', 'Jovanovic', 'Kaminski',
  'Karlsson', 'Kask', 'Kovac', 'Kowalczyk', 'Kravets', 'Lambert', 'Larsen', 'Lindqvist', 'Lukin', 'Maier',
  'Marchetti', 'Melnyk', 'Moreau', 'Nagy', 'Novak', 'Nowicki', 'Okafor', 'Olsen', 'Orlov', 'Ozturk',
  'Pavlenko', 'Petrov', 'Popescu', 'Quintana', 'Rahimi', 'Rossi', 'Rusu', 'Saar', 'Schneider', 'Sokolova',
  'Stoica', 'Svoboda', 'Tamm', 'Tkachenko', 'Toth', 'Urbanek', 'Varga', 'Vasquez', 'Voss', 'Wagner',
  'Weber', 'Wiśniewski', 'Yilmaz', 'Zaitsev', 'Zielinski', 'Marchuk', 'Hrytsenko', 'Lindgren', 'Costa', 'Duarte',
];

export const COUNTRIES = [
  'Poland', 'Romania', 'Hungary', 'Finland', 'Estonia', 'Latvia', 'Lithuania', 'Moldova', 'Georgia', 'Turkey',
  'Norway', 'Sweden', 'Denmark', 'Austria', 'Slovakia', 'Bulgaria', 'Croatia', 'Portugal', 'Ireland', 'Greece',
];

export const CITIES = [
  'Geneva', 'Vienna', 'Warsaw', 'Bucharest', 'Helsinki', 'Tallinn', 'Riga', 'Vilnius', 'Chisinau', 'Tbilisi',
  'Istanbul', 'Ankara', 'Oslo', 'Stockholm', 'Copenhagen', 'Bratislava', 'Sofia', 'Zagreb', 'Lisbon', 'Dublin',
  'Athens', 'Budapest', 'Gdansk', 'Cluj', 'Tartu', 'Kaunas', 'Bergen', 'Malmo', 'Aarhus', 'Graz',
  'Kosice', 'Varna', 'Split', 'Porto', 'Cork', 'Thessaloniki', 'Debrecen', 'Krakow', 'Constanta', 'Turku',
];

export const ORG_PREFIXES = ['National', 'European', 'Eastern', 'Northern', 'Federal', 'Central', 'Baltic', 'Danube'];
export const ORG_KINDS = [
  'Statistics Office', 'Energy Agency', 'Grain Council', 'Rail Workers Union', 'Medical Association',
  'Election Commission', 'Development Bank', 'Chamber of Commerce', 'Farmers Federation', 'Audit Court',
  'Refugee Council', 'Climate Institute', 'Port Authority', 'Teachers Union', 'Data Protection Board',
];

export const PUBLISHERS = ['The Northern Ledger', 'Daily Meridian', 'Harbour Post', 'Continental Wire', 'The Evening Courier', 'Baltic Monitor'];

export const OFFICES = [
  'Prime Minister', 'President', 'Foreign Minister', 'Defence Minister', 'Finance Minister', 'Energy Minister',
  'Health Minister', 'Interior Minister', 'Economy Minister', 'Agriculture Minister', 'Transport Minister', 'Deputy Prime Minister',
];
export const ORG_ROLES = ['director', 'chief economist', 'spokesperson', 'chair', 'secretary general', 'head of research', 'president'];

export interface Topic {
  name: string;
  /** What the story is about, as a noun phrase ("the gas contract"). */
  issues: string[];
  /** Things speakers want, refuse or promise. */
  objects: string[];
  /** Kinds of meeting or incident that make an event on the timeline. */
  events: string[];
  /** Headline verbs and nouns. */
  headlines: string[];
  /** Units a figure is counted in. */
  units: string[];
  /** Findings a survey reports. */
  findings: string[];
}

export const TOPICS: Topic[] = [
  {
    name: 'peace talks',
    issues: ['the ceasefire proposal', 'the prisoner exchange', 'the security guarantees', 'the peace framework', 'the demarcation line', 'the humanitarian corridor'],
    objects: ['a lasting ceasefire', 'a full exchange of prisoners', 'binding security guarantees', 'a monitoring mission', 'direct negotiations', 'the return of deported children', 'a new round of talks'],
    events: ['talks', 'a round of negotiations', 'a phone call', 'a prisoner exchange', 'a summit'],
    headlines: ['Talks Resume', 'Ceasefire Hopes Fade', 'Negotiators Meet Again', 'Prisoner Swap Agreed', 'Envoys Trade Blame'],
    units: ['prisoners', 'civilians', 'soldiers', 'drones', 'displaced people'],
    findings: ['support a negotiated settlement', 'oppose territorial concessions', 'expect the war to last another year'],
  },
  {
    name: 'energy',
    issues: ['the gas contract', 'the electricity price cap', 'the new pipeline', 'the nuclear extension', 'the winter reserve', 'the grid connection'],
    objects: ['a cap on household bills', 'a new supply contract', 'the reopening of the pipeline', 'more storage capacity', 'a windfall tax', 'cheaper electricity for industry'],
    events: ['an emergency meeting of energy ministers', 'the opening of the interconnector', 'a supply cut', 'an auction'],
    headlines: ['Gas Prices Climb', 'Pipeline Deal Stalls', 'Power Grid Strained', 'Energy Bills to Rise', 'Storage Targets Met'],
    units: ['households', 'megawatts', 'cubic metres', 'homes', 'plants'],
    findings: ['struggle to pay their energy bills', 'support building new nuclear plants', 'have cut their heating this winter'],
  },
  {
    name: 'elections',
    issues: ['the electoral reform', 'the vote count', 'the campaign finance rules', 'the runoff', 'the coalition talks', 'the recount'],
    objects: ['a recount in three districts', 'international observers', 'a fair campaign', 'a new coalition', 'early elections', 'a televised debate'],
    events: ['the first round of voting', 'the runoff', 'a televised debate', 'the coalition signing', 'a party congress'],
    headlines: ['Polls Tighten', 'Coalition Talks Collapse', 'Turnout Hits Record', 'Recount Ordered', 'Opposition Claims Victory'],
    units: ['votes', 'voters', 'polling stations', 'seats', 'ballots'],
    findings: ['intend to vote in the runoff', 'distrust the election commission', 'want early elections'],
  },
  {
    name: 'trade',
    issues: ['the tariff dispute', 'the steel quota', 'the free trade agreement', 'the export ban', 'the customs checks', 'the grain corridor'],
    objects: ['the removal of tariffs', 'a quota on steel imports', 'a new trade agreement', 'faster customs checks', 'compensation for exporters', 'an end to the export ban'],
    events: ['a round of trade talks', 'the tariff deadline', 'a ministerial meeting', 'the signing of the trade agreement'],
    headlines: ['Tariffs Bite', 'Exporters Brace for Losses', 'Trade Deal Signed', 'Border Queues Grow', 'Steel Quota Extended'],
    units: ['tonnes', 'containers', 'lorries', 'jobs', 'companies'],
    findings: ['expect prices to rise because of tariffs', 'have lost orders this year', 'favour closer trade ties'],
  },
  {
    name: 'floods',
    issues: ['the flood defences', 'the reconstruction fund', 'the evacuation plan', 'the dam inspection', 'the insurance claims', 'the early warning system'],
    objects: ['emergency funding for the region', 'stronger flood defences', 'a full inquiry', 'faster insurance payouts', 'new warning sirens', 'help for farmers'],
    events: ['the flooding', 'the evacuation', 'a storm', 'the dam breach', 'a donor conference'],
    headlines: ['Floodwaters Recede', 'Towns Evacuated', 'Reconstruction Begins', 'Rivers Burst Their Banks', 'Inquiry Opens'],
    units: ['homes', 'hectares', 'residents', 'bridges', 'villages'],
    findings: ['feel unprepared for another flood', 'have received no compensation', 'support a ban on building near rivers'],
  },
  {
    name: 'health',
    issues: ['the hospital reform', 'the vaccination campaign', 'the nurses strike', 'the drug shortage', 'the waiting lists', 'the emergency wards'],
    objects: ['higher pay for nurses', 'shorter waiting lists', 'more intensive care beds', 'a national vaccination drive', 'an end to the drug shortage', 'new rural clinics'],
    events: ['a strike by nurses', 'the launch of the vaccination campaign', 'a hospital closure', 'a health summit'],
    headlines: ['Waiting Lists Grow', 'Nurses Walk Out', 'Drug Shortage Worsens', 'Clinics Close', 'Vaccine Drive Starts'],
    units: ['patients', 'beds', 'doctors', 'nurses', 'doses'],
    findings: ['waited more than six months for surgery', 'trust their family doctor', 'would pay more tax for better hospitals'],
  },
  {
    name: 'technology',
    issues: ['the data protection law', 'the platform rules', 'the chip factory', 'the broadband plan', 'the cyber attack', 'the age verification rules'],
    objects: ['stricter rules for platforms', 'a national chip factory', 'fast broadband in every village', 'an independent audit', 'a fine for the operator', 'better protection for children online'],
    events: ['a cyber attack', 'the vote on the platform law', 'the opening of the chip factory', 'a hearing in parliament'],
    headlines: ['Platform Law Passes', 'Cyber Attack Hits Ministries', 'Chip Plant Delayed', 'Regulator Fines Operator', 'Broadband Plan Unveiled'],
    units: ['users', 'accounts', 'servers', 'complaints', 'engineers'],
    findings: ['worry about their personal data', 'support age checks on social media', 'have been targeted by online scams'],
  },
  {
    name: 'defence',
    issues: ['the air defence package', 'the conscription bill', 'the ammunition plant', 'the border fortifications', 'the joint exercises', 'the defence budget'],
    objects: ['more air defence systems', 'a bigger defence budget', 'a new ammunition plant', 'joint patrols on the border', 'longer military service', 'faster deliveries'],
    events: ['a military exercise', 'the delivery of air defence systems', 'a defence ministers meeting', 'an airspace violation'],
    headlines: ['Defence Spending Rises', 'Air Defence Arrives', 'Drills Begin', 'Border Fortified', 'Conscription Debate Heats Up'],
    units: ['troops', 'shells', 'missiles', 'vehicles', 'reservists'],
    findings: ['back higher defence spending', 'would support conscription', 'feel safe near the border'],
  },
  {
    name: 'migration',
    issues: ['the asylum reform', 'the border controls', 'the reception centres', 'the relocation scheme', 'the work permits', 'the integration courses'],
    objects: ['faster asylum decisions', 'more reception places', 'fair sharing of arrivals', 'an end to pushbacks', 'more work permits', 'language courses for newcomers'],
    events: ['a migration summit', 'the closure of the border crossing', 'a boat accident', 'the vote on the asylum reform'],
    headlines: ['Border Checks Extended', 'Asylum Reform Agreed', 'Arrivals Fall', 'Reception Centres Full', 'Work Permits Eased'],
    units: ['asylum seekers', 'arrivals', 'applications', 'refugees', 'work permits'],
    findings: ['support a common asylum system', 'think border controls should stay', 'know a refugee personally'],
  },
  {
    name: 'economy',
    issues: ['the interest rate decision', 'the budget deficit', 'the pension reform', 'the minimum wage', 'the inflation figures', 'the housing market'],
    objects: ['lower interest rates', 'a higher minimum wage', 'a balanced budget', 'relief for mortgage holders', 'a freeze on rents', 'tax cuts for small firms'],
    events: ['a rate decision', 'the budget vote', 'a general strike', 'the publication of the inflation figures'],
    headlines: ['Inflation Eases', 'Rates on Hold', 'Budget Gap Widens', 'Wages Outpace Prices', 'Housing Market Cools'],
    units: ['jobs', 'euros', 'mortgages', 'pensioners', 'workers'],
    findings: ['say their wages no longer cover rising prices', 'expect interest rates to fall', 'cannot afford to buy a home'],
  },
  {
    name: 'transport',
    issues: ['the rail strike', 'the high-speed line', 'the airport expansion', 'the bridge repairs', 'the ticket prices', 'the motorway tolls'],
    objects: ['a deal with the rail unions', 'cheaper season tickets', 'the completion of the high-speed line', 'safer bridges', 'more night trains', 'lower motorway tolls'],
    events: ['a rail strike', 'the opening of the bridge', 'a derailment', 'the launch of the night train'],
    headlines: ['Trains Cancelled', 'Strike Talks Fail', 'New Line Opens', 'Bridge Closed for Repairs', 'Fares Frozen'],
    units: ['passengers', 'trains', 'kilometres', 'flights', 'commuters'],
    findings: ['would take the train more if it were cheaper', 'were affected by the strike', 'support the airport expansion'],
  },
  {
    name: 'agriculture',
    issues: ['the grain exports', 'the farm subsidies', 'the drought aid', 'the fertiliser prices', 'the import ban', 'the harvest forecast'],
    objects: ['compensation for the drought', 'a ban on cheap imports', 'fairer subsidies', 'lower fertiliser prices', 'a guaranteed minimum price', 'help for young farmers'],
    events: ['a farmers protest', 'the harvest', 'a tractor blockade', 'the grain agreement'],
    headlines: ['Farmers Block Roads', 'Harvest Falls Short', 'Grain Exports Resume', 'Subsidy Row Deepens', 'Drought Aid Approved'],
    units: ['tonnes', 'farms', 'hectares', 'tractors', 'farmers'],
    findings: ['expect a smaller harvest', 'say subsidies favour large farms', 'have considered giving up farming'],
  },
];

/** Speech-verb frames around a quote; {Q} is the quote, {S} the speaker as named in the text. */
export const QUOTE_SUBJECTS = [
  'We', 'Our partners', 'Our negotiators', 'My colleagues and I', 'Ordinary families', 'The people of {C}',
  'Both sides', 'Our workers', 'Many of our allies', 'Young people', 'Our experts', 'Local communities',
];
export const QUOTE_PREDICATES = [
  'are ready to discuss {O}', 'will not accept {O} on those terms', 'have always supported {O}', 'need {O} before the winter',
  'cannot afford to wait for {O}', 'expect {O} within weeks', 'were promised {O} a year ago', 'are still waiting for {O}',
  'will keep pushing for {O}', 'see no alternative to {O}', 'should have agreed to {O} long ago', 'are close to {O}',
];
export const QUOTE_OPENERS = ['', '', '', 'Frankly, ', 'Let me be clear: ', 'Today ', 'At this stage ', 'For now ', 'In the end ', 'Once again ', 'As I said before, '];
export const QUOTE_TAILS = [
  '', '', ' and we will say so publicly', ' whatever the pressure', ' if the terms are fair', ' and that has not changed',
  ' by the end of the year', ' and I think everyone understands that', ' but the details matter', ' and the numbers prove it',
];
export const QUOTE_SECOND = [
  'That is the reality.', 'Nothing has been signed yet.', 'We owe it to the people who elected us.', 'The door remains open.',
  'I have said this many times.', 'Time is running out.', 'Anyone who says otherwise is misleading the public.',
  'We are not going to be rushed.', 'This is not about politics.', 'The next few weeks will decide it.',
];
export const CONTEXT_OPENERS = ['Meanwhile', 'Separately', 'In recent months', 'At the same time', 'Behind the scenes', 'Across the region'];
export const ADJECTIVES = ['difficult', 'tense', 'cautious', 'lengthy', 'unusually frank', 'closed-door', 'last-minute', 'long-awaited'];
export const MOODS = ['tense', 'subdued', 'hopeful', 'angry', 'calm', 'anxious', 'defiant', 'weary'];
export const OBSERVERS = ['analysts', 'diplomats', 'opposition lawmakers', 'business groups', 'local officials', 'aid workers', 'economists', 'residents'];
export const LOCALS = ['a teacher', 'a shop owner', 'a retired engineer', 'a nurse', 'a farmer', 'a bus driver', 'a student', 'a local councillor'];
