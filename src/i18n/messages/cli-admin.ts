import type { Translation } from '../dictionary.ts';

// Texts of the administration commands in the terminal (cliText): the overview of `sluitstuk --help`, serve,
// migrate, user, setup-code, backup, jobs and retention. Dutch is the source, with "u".
export const nl = {
  'cli.overview.usage': 'Gebruik: sluitstuk <opdracht> [opties]',
  'cli.overview.commands': 'Opdrachten:',
  'cli.overview.footer': 'Elke opdracht heeft --help. Taal: SLUITSTUK_LANG=en voor Engels.',
  'cli.unknownCommand': 'Onbekende opdracht "{name}". Zie: sluitstuk --help',
  'cli.unknownOption': 'Onbekende optie: {option}',
  'cli.db.migrationFailed': 'De database kon niet worden bijgewerkt: {reason}',
  'cli.db.unreachable': 'De database is niet bereikbaar: {reason}',

  'cli.serve.summary': 'Start de server (webapp en API)',
  'cli.serve.help': `Gebruik: sluitstuk serve

Start de server met de webapp en de API. De database wordt eerst bijgewerkt (migraties).
Op een lege database toont de server een eenmalige setupcode (of gebruikt SETUP_CODE).
Omgevingsvariabelen: PORT (3000), HOST (localhost), DATABASE_URL, SESSION_TTL, TRUST_PROXY,
PUBLIC_URL, LOG_LEVEL, LOG_FORMAT, RATE_LIMIT, SETUP_CODE, ANALYSIS_TIMEOUT, SMTP_URL, MAIL_FROM, LINK_TTL,
JOB_LEASE, CHROME_PATH, LOCAL_PASSWORDS, OIDC_*. Zie README.md.
`,
  'cli.serve.cannotListen': 'Kan niet luisteren: {reason}',
  'cli.serve.noChromium':
    "Let op: geen Chromium op {path}. PDF's maken lukt niet tot Chromium er is (apt-get install chromium, of zet CHROME_PATH). De rest werkt.",

  'cli.migrate.summary': 'Werk de database bij',
  'cli.migrate.help': `Gebruik: sluitstuk migrate

Werkt de database bij naar de nieuwste versie. DATABASE_URL kiest de database.
`,
  'cli.migrate.upToDate': '{where} is al bijgewerkt.',
  'cli.migrate.applied': '{where}: toegepast: {migrations}',

  'cli.user.summary': 'Beheer gebruikers (toevoegen, tonen, wachtwoord)',
  'cli.user.help': `Gebruik:
  sluitstuk user add --email ADRES --name NAAM --role leader|coach|admin [--team TEAMNAAM]
  sluitstuk user list
  sluitstuk user set-password --email ADRES

Het wachtwoord komt uit SLUITSTUK_PASSWORD, of wordt gevraagd (zonder dat het op het scherm komt).
Een wachtwoord als argument wordt geweigerd.
`,
  'cli.user.passwordArgument':
    'Geef het wachtwoord niet als argument: gebruik SLUITSTUK_PASSWORD of laat het vragen.',
  'cli.user.seeHelp': 'Zie: sluitstuk user --help',
  'cli.user.unknownSub': 'Onbekende opdracht "user {name}". Zie: sluitstuk user --help',
  'cli.user.emailRequired': '--email is verplicht.',
  'cli.user.nameRoleRequired': '--name en --role zijn verplicht.',
  'cli.user.badRole': '--role moet een van {roles} zijn.',
  'cli.user.deactivated': '(uitgeschakeld)',
  'cli.user.passwordPrompt': 'Wachtwoord: ',
  'cli.user.passwordChanged': 'Wachtwoord van {email} is gewijzigd.',
  'cli.user.invalidInput': 'Ongeldige invoer: {fields}',
  'cli.user.added': 'Gebruiker {email} ({role}) toegevoegd.',
  'cli.user.setupHint': 'Start de server (sluitstuk serve) en richt Sluitstuk in via de webapp.',

  'cli.setupCode.summary': 'Toon een nieuwe setupcode voor de eerste inrichting',
  'cli.setupCode.help': `Gebruik: sluitstuk setup-code

Maakt een nieuwe eenmalige setupcode voor de eerste inrichting van Sluitstuk en toont die.
De vorige code werkt daarna niet meer. Met SETUP_CODE in de omgeving geldt alleen die waarde.
`,
  'cli.setupCode.done':
    'Sluitstuk is al ingericht; een setupcode is niet meer nodig. Meld u aan met uw account.',
  'cli.setupCode.fromEnv': 'De setupcode is de waarde van SETUP_CODE in de omgeving van de server.',

  'cli.backup.summary': 'Maak of controleer een reservekopie van de database',
  'cli.backup.help': `Gebruik: sluitstuk backup BESTAND
       sluitstuk backup --verify BESTAND

Maakt een consistente kopie van de database naar BESTAND, ook terwijl de server draait en schrijft:
SQLite met VACUUM INTO, PostgreSQL met pg_dump (--format=custom). De kopie krijgt pas haar naam als
ze af en gecontroleerd is. Daarna staan grootte en duur op het scherm.

--verify controleert een reservekopie: leesbaar, heel, van Sluitstuk, met welke migraties.
Terugzetten: zie README.md (Reservekopieën).
`,
  'cli.backup.written': 'Reservekopie geschreven naar {file}: {size} in {seconds} s, gecontroleerd.',
  'cli.backup.exists': '{file} bestaat al; kies een nieuw bestand.',
  'cli.backup.sourceMissing': 'Database niet gevonden: {detail}',
  'cli.backup.failed': 'Reservekopie mislukt: {detail}',
  'cli.backup.verified':
    '{file} is een goede reservekopie ({kind}, {size}): migraties {migrations}; {users} gebruikers, {conversations} gesprekken.',
  'cli.backup.problem.missing': '{file} bestaat niet.',
  'cli.backup.problem.unknown_format':
    '{file} is geen reservekopie van Sluitstuk (geen SQLite-database en geen pg_dump-archief).',
  'cli.backup.problem.corrupt': '{file} is beschadigd of onvolledig: {detail}',
  'cli.backup.problem.not_sluitstuk': '{file} is een database, maar niet van Sluitstuk.',
  'cli.backup.problem.tool_missing': '{detail}',

  'cli.jobs.summary': 'Taken in de wachtrij tonen of uitvoeren',
  'cli.jobs.help': `Gebruik:
  sluitstuk jobs                                 wachtende en mislukte taken
  sluitstuk jobs run [--now ISO-TIJD] [--dry-run] voer uit wat nu (of op --now) aan de beurt is

Taken: e-mail (verslag delen, meldingen), herinneringen bij afspraken en het maandagoverzicht.
--now doet alsof het dat moment is, bijvoorbeeld --now 2026-12-07T08:00:00+01:00.
--dry-run laat zien wat er zou gebeuren, zonder iets te versturen of op te slaan.
`,
  'cli.jobs.badNow': '--now "{value}" is geen tijdstip. Gebruik bijvoorbeeld 2026-12-07T08:00:00+01:00.',
  'cli.jobs.none': 'Geen wachtende of mislukte taken.',
  'cli.jobs.due': 'Op {at} aan de beurt: {count, plural, one {# taak} other {# taken}}.',
  'cli.jobs.reminders': 'Herinneringen die de dagelijkse ronde van {day} zou sturen: {count}.',
  'cli.jobs.ran': 'Uitgevoerd: {count, plural, one {# taak} other {# taken}}.',
  'cli.jobs.reminder': '{agreement}  {recipient}  termijn {deadline}  {offset}',

  'cli.retention.summary': 'Bewaartermijnen: overzicht en uitvoeren',
  'cli.retention.help': `Gebruik:
  sluitstuk retention report [--days 30]   wat de bewaartermijn binnen zoveel dagen verwijdert of anonimiseert
  sluitstuk retention run [--dry-run]      voert de bewaartermijnen nu uit (de server doet dit elke dag zelf)
`,
  'cli.retention.badDays': '--days: een aantal dagen van 1 tot 366.',

  // sluitstuk agreement
  'cli.agreement.summary': 'Leest één afspraak en zegt per SMART-letter wat er goed is en wat beter kan',
  'cli.agreement.help': `Gebruik: sluitstuk agreement "tekst" [opties]

Leest één afspraak: wie doet wat, wanneer, en is het SMART?

Opties:
  --date JJJJ-MM-DD        dag waarop de afspraak gemaakt is (standaard: vandaag)
  --speaker NAAM           wie het zei ("ik/wij" is deze persoon); standaard u, die dit typt
  --participants A,B,...   alle deelnemers, de spreker meegerekend
  --lang nl|en             taal van de afspraak (anders herkend)
  --json                   de lezing als JSON
  -h, --help               deze hulp
`,
  'cli.agreement.noText': 'Geef de tekst van de afspraak mee. Zie: sluitstuk agreement --help',
  'cli.agreement.badDate': 'Ongeldige --date "{value}": gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-27.',
  'cli.agreement.badLang': 'Ongeldige --lang "{value}": kies nl of en.',
  'cli.agreement.owner': 'Eigenaar',
  'cli.agreement.action': 'Handeling',
  'cli.agreement.deadline': 'Termijn',
  'cli.agreement.vague': 'Vage tijdwoorden',
  'cli.agreement.none': '(geen)',
  'cli.agreement.letter.owner': 'Eigenaar',
  'cli.agreement.letter.specific': 'Specifiek',
  'cli.agreement.letter.measurable': 'Meetbaar',
  'cli.agreement.letter.timeBound': 'Tijdgebonden',
  'cli.agreement.notReadable':
    'Acceptabel en Realistisch zijn niet uit tekst af te lezen: vraag het de deelnemers.',
  // sluitstuk agreements
  'cli.agreements.summary':
    'Leest afspraken (JSON-regels op stdin) en geeft per afspraak eigenaar, termijn en SMART-oordeel',
  'cli.agreements.help': `Gebruik: sluitstuk agreements --jsonl < in.jsonl > uit.jsonl

Leest per regel een JSON-object {"id", "text", "date", "speaker"?, "participants"?, "lang"?}
en schrijft per regel, in dezelfde volgorde, de lezing: eigenaar, handeling, termijn,
vage tijdwoorden en het SMART-oordeel. Een regel die niet te lezen is krijgt {"id", "error"};
de andere regels gaan gewoon door.

Opties:
  --jsonl   invoer en uitvoer als JSON-regels (verplicht)
  -h, --help  deze hulp
`,
  'cli.agreements.needJsonl':
    'Geef --jsonl mee: deze opdracht leest JSON-regels op stdin. Zie: sluitstuk agreements --help',
  'cli.agreements.badJson': 'Regel {n} is geen geldige JSON.',
  'cli.agreements.notObject': 'Regel {n} is geen JSON-object.',
  'cli.agreements.noText': 'Regel {n} mist "text" (een tekst).',
  'cli.agreements.badDate': 'Regel {n}: "date" moet JJJJ-MM-DD zijn, niet {value}.',
  // sluitstuk analyse
  'cli.analyse.summary':
    'Analyseert de afsluiting van een gesprek in een transcript (.txt, .vtt, .srt) of een map',
  'cli.analyse.help': `Gebruik: sluitstuk analyse BESTAND|MAP [opties]

Zoekt in een transcript (.txt, .vtt van Teams of Zoom, .srt) welke van de zeven stappen van een
goede afsluiting er gebeurden, met de uitspraken als bewijs, de afspraken (SMART) en tips.
Met een map: elk transcript in de map, met een overzicht per stap aan het eind.

Opties:
  --json               uitvoer als JSON (per map: één object per bestand)
  --date JJJJ-MM-DD    dag van het gesprek (voor termijnen als "vrijdag"); standaard vandaag
  --leader NAAM        wie het gesprek leidt; anders afgeleid uit het transcript
  --format text|md|html  rapport als tekst (standaard), Markdown of HTML
  --out BESTAND        schrijf het rapport naar een bestand in plaats van stdout
  --lang nl|en         taal van rapport en tips (standaard: SLUITSTUK_LANG of LANG)
  -h, --help           deze hulp

Afsluitcodes: 0 gelukt, 1 een of meer bestanden niet te lezen, 2 verkeerde opties, 3 niet gevonden.
`,
  'cli.analyse.noFile': 'Geef een transcript of een map op. Zie: sluitstuk analyse --help',
  'cli.analyse.badDate': '--date moet JJJJ-MM-DD zijn, niet "{value}".',
  'cli.analyse.badFormat': '--format moet text, md of html zijn, niet "{value}".',
  'cli.analyse.badLang': '--lang moet nl of en zijn, niet "{value}".',
  'cli.analyse.notFound': 'Niet gevonden: {path}',
  'cli.analyse.emptyDir': 'Geen transcripten (.txt, .vtt, .srt) in {path}.',
  'cli.analyse.failed': 'Fout',
  'cli.analyse.title': 'Afsluiting van het gesprek',
  'cli.analyse.file': 'Bestand',
  'cli.analyse.language': 'Taal',
  'cli.analyse.leader': 'Gespreksleider',
  'cli.analyse.speakersInferred':
    'Het bestand noemt geen sprekers; ze zijn afgeleid uit de beurten en hoe mensen zich voorstellen: {names}',
  'cli.analyse.inferred': 'afgeleid',
  'cli.analyse.byMoves': 'wie de afsluitende zetten doet',
  'cli.analyse.byCount': 'wie het meest spreekt',
  'cli.analyse.given': 'opgegeven',
  'cli.analyse.unknown': 'onbekend (geen sprekers in het transcript)',
  'cli.analyse.noClosing': 'Geen afsluiting gevonden: het gesprek houdt op zonder afronding.',
  'cli.analyse.closingFrom': 'Afsluiting vanaf regel {line}',
  'cli.analyse.score': 'Score afsluiting',
  'cli.analyse.steps': 'De zeven stappen',
  'cli.analyse.agreements': 'Afspraken',
  'cli.analyse.noAgreements': 'Geen afspraken gevonden.',
  'cli.analyse.owner': 'wie',
  'cli.analyse.deadline': 'wanneer',
  'cli.analyse.none': '—',
  'cli.analyse.vague': 'vaag',
  'cli.analyse.tips': 'Tips',
  'cli.analyse.line': 'regel',
  'cli.analyse.batch': 'Overzicht: {ok} van {total} gesprekken geanalyseerd',
  'cli.analyse.stepCol': 'Stap',
  'cli.analyse.countCol': 'Gesprekken',
  'cli.analyse.failedFiles': 'Niet gelukt: {n}',
  'cli.analyse.written': 'Rapport geschreven naar {path}',
  'cli.analyse.writeFailed': 'Kan niet schrijven naar {path}: {reason}',
} as const;

export const en: Translation<typeof nl> = {
  'cli.overview.usage': 'Usage: sluitstuk <command> [options]',
  'cli.overview.commands': 'Commands:',
  'cli.overview.footer': 'Every command has --help. Language: SLUITSTUK_LANG=nl for Dutch.',
  'cli.unknownCommand': 'Unknown command "{name}". See: sluitstuk --help',
  'cli.unknownOption': 'Unknown option: {option}',
  'cli.db.migrationFailed': 'The database could not be migrated: {reason}',
  'cli.db.unreachable': 'The database cannot be reached: {reason}',

  'cli.serve.summary': 'Start the server (web app and API)',
  'cli.serve.help': `Usage: sluitstuk serve

Starts the server with the web app and the API. The database is migrated first.
On an empty database the server shows a one-time setup code (or uses SETUP_CODE).
Environment: PORT (3000), HOST (localhost), DATABASE_URL, SESSION_TTL, TRUST_PROXY,
PUBLIC_URL, LOG_LEVEL, LOG_FORMAT, RATE_LIMIT, SETUP_CODE, ANALYSIS_TIMEOUT, SMTP_URL, MAIL_FROM, LINK_TTL,
JOB_LEASE, CHROME_PATH, LOCAL_PASSWORDS, OIDC_*. See README.md.
`,
  'cli.serve.cannotListen': 'Cannot listen: {reason}',
  'cli.serve.noChromium':
    'Note: no Chromium at {path}. PDFs cannot be made until it is there (apt-get install chromium, or set CHROME_PATH). Everything else works.',

  'cli.migrate.summary': 'Migrate the database',
  'cli.migrate.help': `Usage: sluitstuk migrate

Brings the database up to the latest version. DATABASE_URL chooses the database.
`,
  'cli.migrate.upToDate': '{where} is up to date.',
  'cli.migrate.applied': '{where}: applied: {migrations}',

  'cli.user.summary': 'Manage users (add, list, password)',
  'cli.user.help': `Usage:
  sluitstuk user add --email ADDRESS --name NAME --role leader|coach|admin [--team TEAMNAME]
  sluitstuk user list
  sluitstuk user set-password --email ADDRESS

The password comes from SLUITSTUK_PASSWORD, or is asked for (without showing it on screen).
A password as an argument is refused.
`,
  'cli.user.passwordArgument':
    'Do not pass the password as an argument: use SLUITSTUK_PASSWORD or let it be asked.',
  'cli.user.seeHelp': 'See: sluitstuk user --help',
  'cli.user.unknownSub': 'Unknown command "user {name}". See: sluitstuk user --help',
  'cli.user.emailRequired': '--email is required.',
  'cli.user.nameRoleRequired': '--name and --role are required.',
  'cli.user.badRole': '--role must be one of {roles}.',
  'cli.user.deactivated': '(deactivated)',
  'cli.user.passwordPrompt': 'Password: ',
  'cli.user.passwordChanged': 'Password of {email} changed.',
  'cli.user.invalidInput': 'Invalid input: {fields}',
  'cli.user.added': 'User {email} ({role}) added.',
  'cli.user.setupHint': 'Start the server (sluitstuk serve) and set Sluitstuk up in the web app.',

  'cli.setupCode.summary': 'Show a new setup code for the first set-up',
  'cli.setupCode.help': `Usage: sluitstuk setup-code

Makes a new one-time setup code for the first set-up of Sluitstuk and shows it.
The previous code stops working. With SETUP_CODE in the environment only that value counts.
`,
  'cli.setupCode.done':
    'Sluitstuk has already been set up; no setup code is needed any more. Sign in with your account.',
  'cli.setupCode.fromEnv': 'The setup code is the value of SETUP_CODE in the server’s environment.',

  'cli.backup.summary': 'Back up the database, or check a backup',
  'cli.backup.help': `Usage: sluitstuk backup FILE
       sluitstuk backup --verify FILE

Makes a consistent copy of the database to FILE, also while the server runs and writes: SQLite with
VACUUM INTO, PostgreSQL with pg_dump (--format=custom). The copy gets its name only once it is complete
and checked. Then its size and the time it took are shown.

--verify checks a backup: readable, sound, of Sluitstuk, and with which migrations.
Restoring: see README.md (Backups).
`,
  'cli.backup.written': 'Backup written to {file}: {size} in {seconds} s, checked.',
  'cli.backup.exists': '{file} already exists; choose a new file.',
  'cli.backup.sourceMissing': 'Database not found: {detail}',
  'cli.backup.failed': 'Backup failed: {detail}',
  'cli.backup.verified':
    '{file} is a good backup ({kind}, {size}): migrations {migrations}; {users} users, {conversations} conversations.',
  'cli.backup.problem.missing': '{file} does not exist.',
  'cli.backup.problem.unknown_format':
    '{file} is not a Sluitstuk backup (neither a SQLite database nor a pg_dump archive).',
  'cli.backup.problem.corrupt': '{file} is damaged or incomplete: {detail}',
  'cli.backup.problem.not_sluitstuk': '{file} is a database, but not one of Sluitstuk.',
  'cli.backup.problem.tool_missing': '{detail}',

  'cli.jobs.summary': 'List or run queued jobs',
  'cli.jobs.help': `Usage:
  sluitstuk jobs                                 pending and failed jobs
  sluitstuk jobs run [--now ISO-DATETIME] [--dry-run]  run what is due now (or at --now)

Jobs: mail (shared records, notices), reminders of agreements and the Monday digest.
--now acts as if it were that moment, e.g. --now 2026-12-07T08:00:00+01:00.
--dry-run shows what would happen, without sending or storing anything.
`,
  'cli.jobs.badNow': '--now "{value}" is not an instant. Use for example 2026-12-07T08:00:00+01:00.',
  'cli.jobs.none': 'No pending or failed jobs.',
  'cli.jobs.due': 'Due at {at}: {count, plural, one {# job} other {# jobs}}.',
  'cli.jobs.reminders': 'Reminders the daily pass of {day} would send: {count}.',
  'cli.jobs.ran': 'Ran {count, plural, one {# job} other {# jobs}}.',
  'cli.jobs.reminder': '{agreement}  {recipient}  deadline {deadline}  {offset}',

  'cli.retention.summary': 'Retention: report and run',
  'cli.retention.help': `Usage:
  sluitstuk retention report [--days 30]   what retention deletes or anonymises within that many days
  sluitstuk retention run [--dry-run]      applies retention now (the server does this daily by itself)
`,
  'cli.retention.badDays': '--days: 1 to 366 days.',

  // sluitstuk agreement
  'cli.agreement.summary':
    'Reads one agreement and says per SMART letter what is right and what could be better',
  'cli.agreement.help': `Usage: sluitstuk agreement "text" [options]

Reads one agreement: who does what, by when, and is it SMART?

Options:
  --date YYYY-MM-DD        day the agreement was made (default: today)
  --speaker NAME           who said it ("I/we" is this person); by default you, who type it
  --participants A,B,...   everyone in the conversation, the speaker included
  --lang nl|en             language of the agreement (detected otherwise)
  --json                   the reading as JSON
  -h, --help               this help
`,
  'cli.agreement.noText': 'Give the text of the agreement. See: sluitstuk agreement --help',
  'cli.agreement.badDate': 'Invalid --date "{value}": use YYYY-MM-DD, for example 2026-11-27.',
  'cli.agreement.badLang': 'Invalid --lang "{value}": choose nl or en.',
  'cli.agreement.owner': 'Owner',
  'cli.agreement.action': 'Action',
  'cli.agreement.deadline': 'Deadline',
  'cli.agreement.vague': 'Vague time words',
  'cli.agreement.none': '(none)',
  'cli.agreement.letter.owner': 'Owner',
  'cli.agreement.letter.specific': 'Specific',
  'cli.agreement.letter.measurable': 'Measurable',
  'cli.agreement.letter.timeBound': 'Time-bound',
  'cli.agreement.notReadable': 'Acceptable and Realistic cannot be read from text: ask the participants.',
  // sluitstuk agreements
  'cli.agreements.summary':
    'Reads agreements (JSON lines on stdin) and gives owner, deadline and SMART verdict for each',
  'cli.agreements.help': `Usage: sluitstuk agreements --jsonl < in.jsonl > out.jsonl

Reads one JSON object per line {"id", "text", "date", "speaker"?, "participants"?, "lang"?}
and writes one reading per line, in the same order: owner, action, deadline, vague time words
and the SMART verdict. A line that cannot be read gets {"id", "error"}; the other lines go on.

Options:
  --jsonl   JSON lines in and out (required)
  -h, --help  this help
`,
  'cli.agreements.needJsonl':
    'Pass --jsonl: this command reads JSON lines on stdin. See: sluitstuk agreements --help',
  'cli.agreements.badJson': 'Line {n} is not valid JSON.',
  'cli.agreements.notObject': 'Line {n} is not a JSON object.',
  'cli.agreements.noText': 'Line {n} lacks "text" (a string).',
  'cli.agreements.badDate': 'Line {n}: "date" must be YYYY-MM-DD, not {value}.',
  // sluitstuk analyse
  'cli.analyse.summary':
    'Analyses the closing of a conversation in a transcript (.txt, .vtt, .srt) or a folder',
  'cli.analyse.help': `Usage: sluitstuk analyse FILE|DIR [options]

Finds which of the seven steps of a good closing happened in a transcript (.txt, .vtt from Teams
or Zoom, .srt), with the utterances as evidence, the agreements (SMART) and tips.
With a folder: every transcript in it, with an overview per step at the end.

Options:
  --json               JSON output (for a folder: one object per file)
  --date YYYY-MM-DD    day of the conversation (for deadlines such as "Friday"); default today
  --leader NAME        who leads the conversation; otherwise inferred from the transcript
  --format text|md|html  report as text (default), Markdown or HTML
  --out FILE           write the report to a file instead of stdout
  --lang nl|en         language of report and tips (default: SLUITSTUK_LANG or LANG)
  -h, --help           this help

Exit codes: 0 done, 1 one or more files could not be read, 2 wrong options, 3 not found.
`,
  'cli.analyse.noFile': 'Give a transcript or a folder. See: sluitstuk analyse --help',
  'cli.analyse.badDate': '--date must be YYYY-MM-DD, not "{value}".',
  'cli.analyse.badFormat': '--format must be text, md or html, not "{value}".',
  'cli.analyse.badLang': '--lang must be nl or en, not "{value}".',
  'cli.analyse.notFound': 'Not found: {path}',
  'cli.analyse.emptyDir': 'No transcripts (.txt, .vtt, .srt) in {path}.',
  'cli.analyse.failed': 'Error',
  'cli.analyse.title': 'Closing of the conversation',
  'cli.analyse.file': 'File',
  'cli.analyse.language': 'Language',
  'cli.analyse.leader': 'Leader',
  'cli.analyse.speakersInferred':
    'The file names no speakers; they were read from the turns and how people introduce themselves: {names}',
  'cli.analyse.inferred': 'inferred',
  'cli.analyse.byMoves': 'who makes the closing moves',
  'cli.analyse.byCount': 'who speaks most',
  'cli.analyse.given': 'given',
  'cli.analyse.unknown': 'unknown (no speakers in the transcript)',
  'cli.analyse.noClosing': 'No closing found: the conversation stops without one.',
  'cli.analyse.closingFrom': 'Closing from line {line}',
  'cli.analyse.score': 'Closing score',
  'cli.analyse.steps': 'The seven steps',
  'cli.analyse.agreements': 'Agreements',
  'cli.analyse.noAgreements': 'No agreements found.',
  'cli.analyse.owner': 'who',
  'cli.analyse.deadline': 'when',
  'cli.analyse.none': '—',
  'cli.analyse.vague': 'vague',
  'cli.analyse.tips': 'Tips',
  'cli.analyse.line': 'line',
  'cli.analyse.batch': 'Overview: {ok} of {total} conversations analysed',
  'cli.analyse.stepCol': 'Step',
  'cli.analyse.countCol': 'Conversations',
  'cli.analyse.failedFiles': 'Failed: {n}',
  'cli.analyse.written': 'Report written to {path}',
  'cli.analyse.writeFailed': 'Cannot write to {path}: {reason}',
};
