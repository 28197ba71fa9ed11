<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>[name]</source>
        <translation>[naam]</translation>
    </message>
    <message>
        <source>[e-mail]</source>
        <translation>[e-mail]</translation>
    </message>
    <message>
        <source>[postcode]</source>
        <translation>[postcode]</translation>
    </message>
    <message>
        <source>[number]</source>
        <translation>[nummer]</translation>
    </message>
</context>
<context>
    <name>AgreementRow</name>
    <message>
        <source>What is agreed?</source>
        <translation>Wat spreken jullie af?</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>Tekst van de afspraak</translation>
    </message>
    <message>
        <source>Remove this agreement</source>
        <translation>Deze afspraak verwijderen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <source>by</source>
        <translation>vóór</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Heeft een datum</translation>
    </message>
    <message>
        <source>Untick for no date</source>
        <translation>Vinkje weg: geen datum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>vóór %1</translation>
    </message>
    <message>
        <source>Date passed</source>
        <translation>Datum voorbij</translation>
    </message>
    <message>
        <source>Agree a new date, or as soon as possible (no date): the slip never shows a date that has passed.</source>
        <translation>Spreek een nieuwe datum af, of zo snel mogelijk (geen datum): op het briefje staat nooit een datum die al voorbij is.</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nieuwe datum</translation>
    </message>
    <message>
        <source>Set this date</source>
        <translation>Deze datum zetten</translation>
    </message>
    <message>
        <source>Set the new due date</source>
        <translation>De nieuwe datum zetten</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>Zo snel mogelijk</translation>
    </message>
    <message>
        <source>As soon as possible, without a date</source>
        <translation>Zo snel mogelijk, zonder datum</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>Resident</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Samen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>{path} is a folder, not the database file. Nabij does not change it: rename or move it, or restore your backup.</source>
        <translation>{path} is een map, niet het databasebestand. Nabij verandert er niets aan: geef de map een andere naam of verplaats hem, of zet je back-up terug.</translation>
    </message>
    <message>
        <source>{path} is not a Nabij database. It was not changed.</source>
        <translation>{path} is geen database van Nabij. Er is niets aan veranderd.</translation>
    </message>
    <message>
        <source>The key file {path} is missing. Put it back from your backup; the database was not changed.</source>
        <translation>Het sleutelbestand {path} ontbreekt. Zet het terug uit je back-up. Aan de database is niets veranderd.</translation>
    </message>
    <message>
        <source>The database {path} is missing, but its key file is there. Restore the database from your backup; nothing was created or changed.</source>
        <translation>De database {path} ontbreekt, maar het sleutelbestand is er wel. Zet de database terug uit je back-up. Er is niets gemaakt of veranderd.</translation>
    </message>
    <message>
        <source>Nabij cannot open your data</source>
        <translation>Nabij kan je gegevens niet openen</translation>
    </message>
    <message>
        <source>Nothing was deleted or overwritten.</source>
        <translation>Er is niets gewist of overschreven.</translation>
    </message>
    <message>
        <source>You can restore your most recent backup. It goes into a fresh folder and is checked first; the current files are kept aside.</source>
        <translation>Je kunt je laatste back-up terugzetten. Die komt in een nieuwe map en wordt eerst gecontroleerd. De huidige bestanden blijven apart bewaard.</translation>
    </message>
    <message>
        <source>Text typed before the lock is saved now.</source>
        <translation>Tekst die je voor het vergrendelen typte, is nu opgeslagen.</translation>
    </message>
    <message>
        <source>Text typed before the lock still cannot be saved: is the disk full? It is kept until it can be saved.</source>
        <translation>Tekst die je voor het vergrendelen typte, kan nog steeds niet worden opgeslagen: is de schijf vol? Nabij bewaart hem tot het wel lukt.</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Je wachtzin is veranderd.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>What happened to data in Nabij: prints, saved PDFs, exports, erasures, backups and restores. For your privacy officer (FG). It holds no names or notes: only fixed codes, dates and numbers.</source>
        <translation>Wat er met gegevens in Nabij gebeurde: afdrukken, opgeslagen pdf&apos;s, exports, wissen, back-ups en herstel. Voor je functionaris gegevensbescherming (FG). Er staan geen namen of notities in: alleen vaste codes, datums en nummers.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Up to and including</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>alle soorten</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Gebeurtenissen in het logboek</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Pdf exporteren…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Pdf exporteren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>afgedrukt</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>pdf opgeslagen</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>geëxporteerd</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>gewist</translation>
    </message>
    <message>
        <source>removed after the retention period</source>
        <translation>gewist na de bewaartermijn</translation>
    </message>
    <message>
        <source>backup made</source>
        <translation>back-up gemaakt</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>back-up teruggezet</translation>
    </message>
    <message>
        <source>handover: consent recorded</source>
        <translation>overdracht: toestemming vastgelegd</translation>
    </message>
    <message>
        <source>handover package made</source>
        <translation>overdrachtspakket gemaakt</translation>
    </message>
    <message>
        <source>handover package read in</source>
        <translation>overdrachtspakket ingelezen</translation>
    </message>
    <message>
        <source>a resident</source>
        <translation>een inwoner</translation>
    </message>
    <message>
        <source>a meeting</source>
        <translation>een gesprek</translation>
    </message>
    <message>
        <source>all data</source>
        <translation>alle gegevens</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gelukt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>afgebroken</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Logboek exporteren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Geëxporteerd naar {path}.</translation>
    </message>
</context>
<context>
    <name>BackgroundDialog</name>
    <message>
        <source>Background from the research</source>
        <translation>Achtergrond uit het onderzoek</translation>
    </message>
    <message>
        <source>Background topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Text of the topic</source>
        <translation>Tekst van het onderwerp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Source: {file}, section “{section}”</source>
        <translation>Bron: {file}, deel ‘{section}’</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Make a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>The backup is one encrypted file. Put it on a USB stick or a network share. Nobody can read it without the passphrase.</source>
        <translation>De back-up is één versleuteld bestand. Zet het op een usb-stick of een netwerkmap. Zonder de wachtzin kan niemand het lezen.</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Map voor de back-up</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Een map kiezen</translation>
    </message>
    <message>
        <source>Open it with my own passphrase</source>
        <translation>Openen met mijn eigen wachtzin</translation>
    </message>
    <message>
        <source>Give this backup a passphrase of its own</source>
        <translation>Deze back-up een eigen wachtzin geven</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Wachtzin van de back-up</translation>
    </message>
    <message>
        <source>Backup passphrase (at least 10 characters)</source>
        <translation>Wachtzin van de back-up (minstens 10 tekens)</translation>
    </message>
    <message>
        <source>A backup keeps everything as it is today. A resident you erase later is still in older backups: replace or destroy them too.</source>
        <translation>Een back-up bewaart alles zoals het vandaag is. Een inwoner die je later wist, staat nog in oudere back-ups. Vervang of vernietig die dus ook.</translation>
    </message>
    <message>
        <source>Make backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Choose a folder that exists, for example on your USB stick.</source>
        <translation>Kies een map die bestaat, bijvoorbeeld op je usb-stick.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>De back-up wordt gemaakt…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Back-up opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>BaggageRow</name>
    <message>
        <source>How to acknowledge this</source>
        <translation>Zo erken je dit</translation>
    </message>
    <message>
        <source>Short note (optional)</source>
        <translation>Korte notitie (mag leeg)</translation>
    </message>
    <message>
        <source>Short note for “%1”</source>
        <translation>Korte notitie bij ‘%1’</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Niet opnieuw vragen</translation>
    </message>
    <message>
        <source>Don&apos;t ask again about “%1”</source>
        <translation>Niet opnieuw vragen naar ‘%1’</translation>
    </message>
    <message>
        <source>The resident told this already. It shows in the background from now on, so nobody needs to ask again.</source>
        <translation>De inwoner heeft dit al verteld. Het staat vanaf nu bij de voorkennis, zodat niemand het opnieuw hoeft te vragen.</translation>
    </message>
    <message>
        <source>Already told, don&apos;t ask again: %1</source>
        <translation>Al verteld, niet opnieuw vragen: %1</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Replace what is on file with this note</source>
        <translation>Vervang wat er bekend is door deze notitie</translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message>
        <source>Search names, agendas, agreements, notes (Ctrl+F)</source>
        <translation>Zoek in namen, agenda&apos;s, afspraken, notities (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Zoeken in je caseload</translation>
    </message>
    <message>
        <source>Sort residents</source>
        <translation>Inwoners sorteren</translation>
    </message>
    <message>
        <source>Next appointment first</source>
        <translation>Eerstvolgende afspraak eerst</translation>
    </message>
    <message>
        <source>Most recent contact first</source>
        <translation>Laatste contact eerst</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Op naam</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>New resident…</source>
        <translation>Nieuwe inwoner…</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>Nieuwe inwoner</translation>
    </message>
    <message>
        <source>New resident (Ctrl+N)</source>
        <translation>Nieuwe inwoner (Ctrl+N)</translation>
    </message>
    <message>
        <source>Read in a handover…</source>
        <translation>Overdracht inlezen…</translation>
    </message>
    <message>
        <source>Read in a handover</source>
        <translation>Overdracht inlezen</translation>
    </message>
    <message>
        <source>Read in a handover package from the previous consultant (Ctrl+Shift+R)</source>
        <translation>Een overdrachtspakket van de vorige consulent inlezen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>in progress since {when}</source>
        <translation>bezig sinds {when}</translation>
    </message>
    <message>
        <source>next: {when}</source>
        <translation>volgende: {when}</translation>
    </message>
    <message>
        <source>last contact: {when}</source>
        <translation>laatste contact: {when}</translation>
    </message>
    <message>
        <source>no meetings yet</source>
        <translation>nog geen gesprekken</translation>
    </message>
    <message>
        <source>handed over {when}</source>
        <translation>overgedragen op {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation>
            <numerusform>%n inwoner</numerusform>
            <numerusform>%n inwoners</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “{query}”. Search looks in names and in everything you wrote: agendas, agreements, notes, summaries, facts, sphere lines, file reading, handover, baggage notes, check-out and cancel reasons.</source>
        <translation>Niets gevonden voor ‘{query}’. Zoeken kijkt in namen en in alles wat je schreef: agenda&apos;s, afspraken, notities, samenvattingen, feiten, invloedssfeer, wat je in het dossier las, de overdracht, notities bij bagage, de check-out en redenen van afzeggen.</translation>
    </message>
    <message>
        <source>No residents yet. Add one with “New resident…”.</source>
        <translation>Nog geen inwoners. Voeg er een toe met ‘Nieuwe inwoner…’.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtzin veranderen</translation>
    </message>
    <message>
        <source>Your data stays encrypted with the same key; only the way the key is locked changes. Older backups still open with the passphrase they were made with.</source>
        <translation>Je gegevens blijven versleuteld met dezelfde sleutel. Alleen de manier waarop de sleutel op slot zit, verandert. Oudere back-ups open je nog steeds met de wachtzin waarmee ze zijn gemaakt.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtzin</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nieuwe wachtzin nog een keer</translation>
    </message>
    <message>
        <source>I forgot my current passphrase (Nabij is open now, so it can set a new one)</source>
        <translation>Ik ben mijn huidige wachtzin vergeten (Nabij is nu open en kan dus een nieuwe instellen)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veranderen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet hetzelfde.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Bezig met veranderen…</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>De huidige wachtzin klopt niet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed.</source>
        <translation>Er ging iets onverwachts mis. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>ClosedMeetingBanner</name>
    <message>
        <source>This meeting is closed. You can read it, but not change it.</source>
        <translation>Dit gesprek is afgesloten. Je kunt het lezen, maar niet veranderen.</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Heropenen…</translation>
    </message>
    <message>
        <source>Reopen this meeting</source>
        <translation>Dit gesprek heropenen</translation>
    </message>
    <message>
        <source>Reopen the meeting to change it again</source>
        <translation>Heropen het gesprek om het weer te veranderen</translation>
    </message>
    <message>
        <source>Handed over: this came from the previous consultant. You can read it, but not change it.</source>
        <translation>Overgedragen: dit kwam van de vorige consulent. Je kunt het lezen, maar niet veranderen.</translation>
    </message>
    <message>
        <source>Reopen meeting</source>
        <translation>Gesprek heropenen</translation>
    </message>
    <message>
        <source>Reopen this meeting to change it? It was closed on purpose; the slip the resident took home stays as it was.</source>
        <translation>Dit gesprek heropenen om het te veranderen? Het is bewust afgesloten. Het briefje dat de inwoner mee naar huis nam, blijft zoals het was.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
</context>
<context>
    <name>ConversationTab</name>
    <message>
        <source>%1: make this an agreement</source>
        <translation>%1: maak hier een afspraak van</translation>
    </message>
    <message>
        <source>Choose a resident on the left to start the conversation.</source>
        <translation>Kies links een inwoner om het gesprek te beginnen.</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Laatste actie</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda: tick what was discussed</source>
        <translation>Agenda: vink aan wat besproken is</translation>
    </message>
    <message>
        <source>Tick a topic once it was discussed.</source>
        <translation>Vink een onderwerp aan als het besproken is.</translation>
    </message>
    <message>
        <source>Add a topic…</source>
        <translation>Onderwerp toevoegen…</translation>
    </message>
    <message>
        <source>New agenda topic</source>
        <translation>Nieuw onderwerp voor de agenda</translation>
    </message>
    <message>
        <source>Type a topic and press Enter to add it to the agenda</source>
        <translation>Typ een onderwerp en druk op Enter om het op de agenda te zetten</translation>
    </message>
    <message>
        <source>resident&apos;s</source>
        <translation>van inwoner</translation>
    </message>
    <message>
        <source>The resident proposed this topic</source>
        <translation>De inwoner stelde dit onderwerp voor</translation>
    </message>
    <message>
        <source>Ticked: the resident brought this topic in</source>
        <translation>Aangevinkt: de inwoner bracht dit onderwerp in</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Handvatten</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Tijdens</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Prompts: %1</source>
        <translation>Handvatten: %1</translation>
    </message>
    <message>
        <source>Show the %1 prompts</source>
        <translation>Toon de handvatten voor %1</translation>
    </message>
    <message>
        <source>Example sentence</source>
        <translation>Voorbeeldzin</translation>
    </message>
    <message>
        <source>Baggage</source>
        <translation>Bagage</translation>
    </message>
    <message>
        <source>Life story</source>
        <translation>Levensverhaal</translation>
    </message>
    <message>
        <source>System critique</source>
        <translation>Systeemkritiek</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Levensgebieden</translation>
    </message>
    <message>
        <source>Damage in the resident&apos;s life story</source>
        <translation>Wat het levensverhaal van de inwoner heeft geschonden</translation>
    </message>
    <message>
        <source>Critique of the system the resident voices</source>
        <translation>Kritiek van de inwoner op het systeem</translation>
    </message>
    <message>
        <source>Areas of life to ask about</source>
        <translation>Levensgebieden om naar te vragen</translation>
    </message>
    <message>
        <source>Quick notes</source>
        <translation>Snelle notities</translation>
    </message>
    <message>
        <source>Notes for yourself. Saved as you type.</source>
        <translation>Notities voor jezelf. Worden bewaard terwijl je typt.</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Wordt bewaard terwijl je typt.</translation>
    </message>
    <message>
        <source>%1: make the current line an agreement</source>
        <translation>%1: maak van deze regel een afspraak</translation>
    </message>
    <message>
        <source>Sphere of influence</source>
        <translation>Invloedssfeer</translation>
    </message>
    <message>
        <source>I will do this</source>
        <translation>Dit wil ik doen</translation>
    </message>
    <message>
        <source>I won&apos;t do this</source>
        <translation>Dit wil ik niet doen</translation>
    </message>
    <message>
        <source>I can&apos;t do this</source>
        <translation>Dit kan ik niet doen</translation>
    </message>
    <message>
        <source>resident&apos;s topic</source>
        <translation>onderwerp van inwoner</translation>
    </message>
    <message>
        <source>from last time</source>
        <translation>van de vorige keer</translation>
    </message>
    <message>
        <source>The resident asked for this topic.</source>
        <translation>De inwoner vroeg om dit onderwerp.</translation>
    </message>
    <message>
        <source>Carried over: still open from an earlier meeting.</source>
        <translation>Meegenomen: nog open uit een eerder gesprek.</translation>
    </message>
    <message>
        <source>No agenda yet. Add a topic below.</source>
        <translation>Nog geen agenda. Voeg hieronder een onderwerp toe.</translation>
    </message>
    <message>
        <source>Fits what came up: %1</source>
        <translation>Past bij wat ter sprake kwam: %1</translation>
    </message>
    <message>
        <source>Tick it when you used it.</source>
        <translation>Vink het aan als je het gebruikt hebt.</translation>
    </message>
    <message>
        <source>No meeting is open.</source>
        <translation>Er is geen gesprek open.</translation>
    </message>
    <message>
        <source>Ticked: {what}</source>
        <translation>Aangevinkt: {what}</translation>
    </message>
    <message>
        <source>Unticked: {what}</source>
        <translation>Uitgevinkt: {what}</translation>
    </message>
    <message>
        <source>Noted: “%1” will not be asked again.</source>
        <translation>Genoteerd: ‘%1’ wordt niet opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>Pick a line first, then press %1.</source>
        <translation>Kies eerst een regel en druk dan op %1.</translation>
    </message>
    <message>
        <source>the consultant</source>
        <translation>de consulent</translation>
    </message>
    <message>
        <source>the resident</source>
        <translation>de inwoner</translation>
    </message>
    <message>
        <source>Agreement added for %1: “%2”. Adjust it in Wrap-up.</source>
        <translation>Afspraak toegevoegd voor %1: ‘%2’. Pas hem aan bij Afronding.</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Voorbeeld van het document</translation>
    </message>
    <message>
        <source>Pages of the document</source>
        <translation>Pagina&apos;s van het document</translation>
    </message>
    <message>
        <source>Notes on the wording</source>
        <translation>Opmerkingen over de woorden</translation>
    </message>
    <message>
        <source>Fits on one sheet: front and back</source>
        <translation>Past op één vel: voor- en achterkant</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Vellen</translation>
    </message>
    <message>
        <source>A5 (half an A4 sheet)</source>
        <translation>A5 (half A4-vel)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <source>The document is laid out for this paper; the preview shows it</source>
        <translation>Het document wordt voor dit papier opgemaakt; het voorbeeld laat dat zien</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>Status van de vertaling</translation>
    </message>
    <message>
        <source>Dutch only</source>
        <translation>Alleen Nederlands</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Tweede taal</translation>
    </message>
    <message>
        <source>Dutch always; this language beside it. Chosen from the resident&apos;s language</source>
        <translation>Altijd Nederlands, met deze taal ernaast. Gekozen uit de taal van de inwoner</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Grote letters</translation>
    </message>
    <message>
        <source>All text at 16 points or more</source>
        <translation>Alle tekst in 16 punten of groter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Choose a printer and print this document</source>
        <translation>Kies een printer en druk dit document af</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>Choose where to save this document as a PDF file</source>
        <translation>Kies waar je dit document als pdf-bestand opslaat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Translation ({name}, {native}): checked by a native speaker on {date}</source>
        <translation>Vertaling ({name}, {native}): nagekeken door een moedertaalspreker op {date}</translation>
    </message>
    <message>
        <source>Translation ({name}, {native}): draft, not checked by a native speaker. What you typed stays in Dutch.</source>
        <translation>Vertaling ({name}, {native}): concept, niet nagekeken door een moedertaalspreker. Wat je zelf typte, blijft Nederlands.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DossierSummary</name>
    <message>
        <source>Meeting of %1 (%2)</source>
        <translation>Gesprek van %1 (%2)</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Samenvatting:</translation>
    </message>
    <message>
        <source>Topics discussed:</source>
        <translation>Besproken onderwerpen:</translation>
    </message>
    <message>
        <source>(none ticked)</source>
        <translation>(niets aangevinkt)</translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation>(vóór %1)</translation>
    </message>
    <message>
        <source>Agreements:</source>
        <translation>Afspraken:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Agreements from earlier meetings:</source>
        <translation>Afspraken uit eerdere gesprekken:</translation>
    </message>
    <message>
        <source>Next appointment: %1, %2</source>
        <translation>Volgende afspraak: %1, %2</translation>
    </message>
    <message>
        <source>Next appointment: not planned yet</source>
        <translation>Volgende afspraak: nog niet gepland</translation>
    </message>
    <message>
        <source>Baggage that came up:</source>
        <translation>Bagage die ter sprake kwam:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a resident</source>
        <translation>Een inwoner wissen</translation>
    </message>
    <message>
        <source>This removes {name} and everything about them from Nabij for good: meetings, agendas, agreements, notes. Older backups still hold them.</source>
        <translation>Hiermee verdwijnt {name} voorgoed uit Nabij, met alles wat erbij hoort: gesprekken, agenda&apos;s, afspraken, notities. Oudere back-ups bevatten de gegevens nog wel.</translation>
    </message>
    <message>
        <source>Type the name to confirm</source>
        <translation>Typ de naam om te bevestigen</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Voorgoed wissen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The name is not the same. Nothing was erased.</source>
        <translation>De naam is niet hetzelfde. Er is niets gewist.</translation>
    </message>
</context>
<context>
    <name>FeelingScale</name>
    <message>
        <source>heavy</source>
        <translation>zwaar</translation>
    </message>
    <message>
        <source>not so good</source>
        <translation>niet zo goed</translation>
    </message>
    <message>
        <source>okay</source>
        <translation>gaat wel</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>heel goed</translation>
    </message>
    <message>
        <source>Feeling %1 of 5</source>
        <translation>Gevoel %1 van 5</translation>
    </message>
    <message>
        <source>1 is heavy, 5 is good. Click again to clear.</source>
        <translation>1 is zwaar, 5 is goed. Klik nog een keer om het weg te halen.</translation>
    </message>
    <message>
        <source>good</source>
        <translation>goed</translation>
    </message>
</context>
<context>
    <name>FileReadingCheck</name>
    <message>
        <source>Is this right?</source>
        <translation>Klopt dit?</translation>
    </message>
    <message>
        <source>Yes, this is right</source>
        <translation>Ja, dit klopt</translation>
    </message>
    <message>
        <source>No, let me correct it</source>
        <translation>Nee, ik verbeter het</translation>
    </message>
    <message>
        <source>What is not right</source>
        <translation>Wat niet klopt</translation>
    </message>
</context>
<context>
    <name>FileReadingEditor</name>
    <message>
        <source>What I read in your file</source>
        <translation>Wat ik in je dossier las</translation>
    </message>
    <message>
        <source>In plain words, as you would say it to the resident. You can show this in the resident view and ask: is this right?</source>
        <translation>In gewone woorden, zoals je het tegen de inwoner zou zeggen. Je kunt dit laten zien in het scherm voor de inwoner en vragen: klopt dit?</translation>
    </message>
    <message>
        <source>What I read</source>
        <translation>Wat ik las</translation>
    </message>
    <message>
        <source>Why I read it</source>
        <translation>Waarom ik het las</translation>
    </message>
    <message>
        <source>The resident said: this is right.</source>
        <translation>De inwoner zei: dit klopt.</translation>
    </message>
    <message>
        <source>The resident corrected: {text}</source>
        <translation>De inwoner verbeterde: {text}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Nabij</source>
        <translation>Welkom bij Nabij</translation>
    </message>
    <message>
        <source>Nabij keeps your notes in an encrypted file on this computer. Choose a passphrase of at least {n} characters. You need it when your computer&apos;s keyring cannot open the file, for example on a new laptop. Nobody can recover it for you, so keep it somewhere safe.</source>
        <translation>Nabij bewaart je notities in een versleuteld bestand op deze computer. Kies een wachtzin van minstens {n} tekens. Je hebt die nodig als de sleutelbos van je computer het bestand niet kan openen, bijvoorbeeld op een nieuwe laptop. Niemand kan hem voor je terughalen. Bewaar hem dus op een veilige plek.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Wachtzin nog een keer</translation>
    </message>
    <message>
        <source>About you (printed on letters and agreement slips)</source>
        <translation>Over jou (komt op brieven en afsprakenbriefjes)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Maken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet hetzelfde.</translation>
    </message>
    <message>
        <source>Fill in your name: it goes on the agreement slip.</source>
        <translation>Vul je naam in: die komt op het afsprakenbriefje.</translation>
    </message>
    <message>
        <source>Creating your encrypted file…</source>
        <translation>Je versleutelde bestand wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover, written together</source>
        <translation>Overdracht, samen geschreven</translation>
    </message>
    <message>
        <source>What we are working on</source>
        <translation>Waar we aan werken</translation>
    </message>
    <message>
        <source>Write this together, so the next consultant does not make you start over.</source>
        <comment>u</comment>
        <translation>Schrijf dit samen, zodat u bij de volgende consulent niet opnieuw hoeft te beginnen.</translation>
    </message>
    <message>
        <source>Write this together, so the next consultant does not make you start over.</source>
        <comment>je</comment>
        <translation>Schrijf dit samen, zodat je bij de volgende consulent niet opnieuw hoeft te beginnen.</translation>
    </message>
    <message>
        <source>What matters to you</source>
        <comment>u</comment>
        <translation>Wat voor u belangrijk is</translation>
    </message>
    <message>
        <source>What matters to you</source>
        <comment>je</comment>
        <translation>Wat voor jou belangrijk is</translation>
    </message>
    <message>
        <source>Language of the printed handover</source>
        <translation>Taal van de geprinte overdracht</translation>
    </message>
    <message>
        <source>Printed in:</source>
        <translation>Geprint in:</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Voorbeeld en afdrukken…</translation>
    </message>
    <message>
        <source>Preview and print</source>
        <translation>Voorbeeld en afdrukken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Make a handover package…</source>
        <translation>Overdrachtspakket maken…</translation>
    </message>
    <message>
        <source>Make an encrypted handover package for the next consultant</source>
        <translation>Een versleuteld overdrachtspakket maken voor de volgende consulent</translation>
    </message>
</context>
<context>
    <name>HandoverExportDialog</name>
    <message>
        <source>Make a handover package</source>
        <translation>Overdrachtspakket maken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Make the package</source>
        <translation>Pakket maken</translation>
    </message>
    <message>
        <source>A handover package takes what {name} has already told to the next consultant, encrypted, so they do not have to start over.</source>
        <translation>Een overdrachtspakket brengt wat {name} al verteld heeft naar de volgende consulent, versleuteld. Zo hoeft niemand opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>Ask first: “Do you agree that I give this to your next consultant?”</source>
        <comment>u</comment>
        <translation>Vraag eerst: ‘Vindt u het goed dat ik dit aan uw volgende consulent geef?’</translation>
    </message>
    <message>
        <source>Ask first: “Do you agree that I give this to your next consultant?”</source>
        <comment>je</comment>
        <translation>Vraag eerst: ‘Vind je het goed dat ik dit aan je volgende consulent geef?’</translation>
    </message>
    <message>
        <source>The resident agrees: asked just now, and said yes</source>
        <translation>De inwoner vindt het goed: net gevraagd, en ja gezegd</translation>
    </message>
    <message>
        <source>The resident agrees to the handover package</source>
        <translation>De inwoner geeft toestemming voor het overdrachtspakket</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Wat erin gaat</translation>
    </message>
    <message>
        <source>Name, how to address them, and their preferences (channel, language, place, companion)</source>
        <translation>Naam, je of u, en voorkeuren (kanaal, taal, plek, iemand mee)</translation>
    </message>
    <message numerus="yes">
        <source>Already told, don&apos;t ask again: %n fact(s)</source>
        <translation>
            <numerusform>Al verteld, niet opnieuw vragen: %n feit</numerusform>
            <numerusform>Al verteld, niet opnieuw vragen: %n feiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open agreements: %n</source>
        <translation>
            <numerusform>Open afspraken: %n</numerusform>
            <numerusform>Open afspraken: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The handover note written together</source>
        <translation>De overdracht die jullie samen schreven</translation>
    </message>
    <message>
        <source>No handover note written together yet (Resident › Handover, written together)</source>
        <translation>Nog geen overdracht samen geschreven (Inwoner › Overdracht, samen geschreven)</translation>
    </message>
    <message numerus="yes">
        <source>How they left each meeting (check-out): %n meeting(s)</source>
        <translation>
            <numerusform>Hoe de inwoner wegging (check-out): %n gesprek</numerusform>
            <numerusform>Hoe de inwoner wegging (check-out): %n gesprekken</numerusform>
        </translation>
    </message>
    <message>
        <source>What I read in the file, and their answer</source>
        <translation>Wat ik in het dossier las, en het antwoord van de inwoner</translation>
    </message>
    <message>
        <source>No file reading yet</source>
        <translation>Nog niets uit het dossier</translation>
    </message>
    <message>
        <source>Notes and baggage never go in, unless the resident agrees to an item, one by one. Nothing is ticked to start with.</source>
        <translation>Notities en bagage gaan er nooit in, tenzij de inwoner het per stuk goedvindt. Er staat eerst niets aangevinkt.</translation>
    </message>
    <message>
        <source>Choose notes or baggage with the resident…</source>
        <translation>Samen met de inwoner notities of bagage kiezen…</translation>
    </message>
    <message>
        <source>Choose notes or baggage with the resident</source>
        <translation>Samen met de inwoner notities of bagage kiezen</translation>
    </message>
    <message>
        <source>There are no notes or baggage to choose from.</source>
        <translation>Er zijn geen notities of bagage om uit te kiezen.</translation>
    </message>
    <message>
        <source>Notes and baggage, each only with the resident&apos;s agreement</source>
        <translation>Notities en bagage, elk alleen als de inwoner het goedvindt</translation>
    </message>
    <message>
        <source>Notes of {day}: {text}</source>
        <translation>Notities van {day}: {text}</translation>
    </message>
    <message>
        <source>Baggage of {day}: {label}</source>
        <translation>Bagage van {day}: {label}</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>Pakket opslaan als</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose where to save the package</source>
        <translation>Kiezen waar het pakket komt</translation>
    </message>
    <message>
        <source>The file name does not name the resident. The passphrase is shown after the package is made.</source>
        <translation>In de bestandsnaam staat geen naam van de inwoner. De wachtzin zie je als het pakket klaar is.</translation>
    </message>
    <message>
        <source>Nabij handover package (*{suffix})</source>
        <translation>Nabij-overdrachtspakket (*{suffix})</translation>
    </message>
    <message>
        <source>Choose where to save the package: a folder that exists, and a file name.</source>
        <translation>Kies waar het pakket komt: een map die bestaat, en een bestandsnaam.</translation>
    </message>
    <message>
        <source>Making the package…</source>
        <translation>Het pakket wordt gemaakt…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>The package is made. This is its passphrase:</source>
        <translation>Het pakket is klaar. Dit is de wachtzin:</translation>
    </message>
    <message>
        <source>One-time passphrase of the package</source>
        <translation>Eenmalige wachtzin van het pakket</translation>
    </message>
    <message>
        <source>Give it to the next consultant by phone, or show it on screen. Never send it with the file, and never by e-mail. Nabij does not keep it: it is shown only now. Upper or lower case and the spaces do not matter.</source>
        <translation>Geef hem door aan de volgende consulent: door de telefoon, of laat hem op het scherm zien. Stuur hem nooit mee met het bestand, en nooit per e-mail. Nabij bewaart hem niet: je ziet hem alleen nu. Hoofdletters, kleine letters en spaties maken niet uit.</translation>
    </message>
    <message>
        <source>Copy the passphrase</source>
        <translation>Wachtzin kopiëren</translation>
    </message>
    <message>
        <source>Copy the passphrase (cleared from the clipboard after a while)</source>
        <translation>Wachtzin kopiëren (na een tijdje weer van het klembord gehaald)</translation>
    </message>
    <message>
        <source>The clipboard is cleared again after a while, and when Nabij locks.</source>
        <translation>Het klembord wordt na een tijdje weer leeggemaakt, en als Nabij vergrendelt.</translation>
    </message>
    <message>
        <source>And in your Nabij?</source>
        <translation>En in jouw Nabij?</translation>
    </message>
    <message>
        <source>When the next consultant has read the package in, {name} no longer needs to be in your Nabij. Do you want to erase them here? You decide: nothing is erased unless you confirm it.</source>
        <translation>Als de volgende consulent het pakket heeft ingelezen, hoeft {name} niet meer in jouw Nabij te staan. Wil je deze inwoner hier wissen? Jij beslist: er wordt niets gewist zonder dat je het bevestigt.</translation>
    </message>
    <message>
        <source>Erase from my Nabij…</source>
        <translation>Wissen uit mijn Nabij…</translation>
    </message>
    <message>
        <source>Erase this resident from my Nabij</source>
        <translation>Deze inwoner wissen uit mijn Nabij</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared again after a while.</source>
        <translation>Gekopieerd. Het klembord wordt na een tijdje weer leeggemaakt.</translation>
    </message>
</context>
<context>
    <name>HandoverImportDialog</name>
    <message>
        <source>Read in a handover</source>
        <translation>Overdracht inlezen</translation>
    </message>
    <message>
        <source>Read in the handover package from the previous consultant. The resident is added as a new resident; what came with them is marked “handed over”.</source>
        <translation>Lees het overdrachtspakket van de vorige consulent in. De inwoner komt erbij als nieuwe inwoner; wat meekwam staat er als ‘overgedragen’.</translation>
    </message>
    <message>
        <source>The package file</source>
        <translation>Het pakketbestand</translation>
    </message>
    <message>
        <source>The file ends in {suffix}</source>
        <translation>Het bestand eindigt op {suffix}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose the package file</source>
        <translation>Het pakketbestand kiezen</translation>
    </message>
    <message>
        <source>The passphrase you were given</source>
        <translation>De wachtzin die je kreeg</translation>
    </message>
    <message>
        <source>The passphrase of the package</source>
        <translation>De wachtzin van het pakket</translation>
    </message>
    <message>
        <source>For example: k7mq 2xwe …</source>
        <translation>Bijvoorbeeld: k7mq 2xwe …</translation>
    </message>
    <message>
        <source>Upper or lower case and spaces do not matter.</source>
        <translation>Hoofdletters, kleine letters en spaties maken niet uit.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Read in</source>
        <translation>Inlezen</translation>
    </message>
    <message>
        <source>Nabij handover package (*{suffix})</source>
        <translation>Nabij-overdrachtspakket (*{suffix})</translation>
    </message>
    <message>
        <source>Choose the package file first.</source>
        <translation>Kies eerst het pakketbestand.</translation>
    </message>
    <message>
        <source>Type the passphrase the previous consultant gave you.</source>
        <translation>Typ de wachtzin die je van de vorige consulent kreeg.</translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation>Het pakket wordt ingelezen…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {file}</source>
        <translation>{file} importeren</translation>
    </message>
    <message>
        <source>{added} new, {changed} changed, {same} already the same. Nothing changes until you choose Import.</source>
        <translation>{added} nieuw, {changed} gewijzigd, {same} al hetzelfde. Er verandert niets tot je op Importeren klikt.</translation>
    </message>
    <message>
        <source>What the import would change</source>
        <translation>Wat het importeren zou veranderen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>What they help with</source>
        <translation>Waar ze mee helpen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation>Discreet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n entry/entries</source>
        <translation>
            <numerusform>Gewijzigd: %n vermelding</numerusform>
            <numerusform>Gewijzigd: %n vermeldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · was retired, comes back into use</source>
        <translation>{name} · werd niet meer gebruikt, komt weer in gebruik</translation>
    </message>
    <message>
        <source>{name} · {field}: {old} → {new}</source>
        <translation>{name} · {field}: {old} → {new}</translation>
    </message>
    <message numerus="yes">
        <source>New: %n entry/entries</source>
        <translation>
            <numerusform>Nieuw: %n vermelding</numerusform>
            <numerusform>Nieuw: %n vermeldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>discreet</source>
        <translation>discreet</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import these changes</source>
        <translation>Deze wijzigingen importeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>IntervisionDialog</name>
    <message>
        <source>Intervision guide</source>
        <translation>Leidraad voor intervisie</translation>
    </message>
    <message>
        <source>Questions to talk about as a team: how we deal with the baggage residents carry, and where their critique of the system goes. Pick a few; this is not a checklist.</source>
        <translation>Vragen om als team over te praten: hoe we omgaan met de bagage van inwoners, en waar hun kritiek op het systeem blijft. Kies er een paar uit; dit is geen checklist.</translation>
    </message>
    <message>
        <source>Team questions</source>
        <translation>Vragen voor het team</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nabij</source>
        <translation>Nabij</translation>
    </message>
    <message>
        <source>demo with fictional residents</source>
        <translation>demo met verzonnen inwoners</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Afronding</translation>
    </message>
    <message>
        <source>Meetings over time</source>
        <translation>Gesprekken door de tijd</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Gesprek beginnen</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Move, cancel or did not come</source>
        <translation>Verzetten, afzeggen of niet gekomen</translation>
    </message>
    <message>
        <source>Move this meeting, cancel it, or note that the resident did not come</source>
        <translation>Dit gesprek verzetten of afzeggen, of noteren dat de inwoner niet kwam</translation>
    </message>
    <message>
        <source>Resident details…</source>
        <translation>Gegevens inwoner…</translation>
    </message>
    <message>
        <source>Resident details</source>
        <translation>Gegevens inwoner</translation>
    </message>
    <message>
        <source>Your last backup is more than a week old (Ctrl+B)</source>
        <translation>Je laatste back-up is meer dan een week oud (Ctrl+B)</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>Herinnering aan de back-up</translation>
    </message>
    <message>
        <source>Look back on the meeting you closed (Ctrl+Shift+B)</source>
        <translation>Terugkijken op het gesprek dat je afsloot (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Look back on the meeting you closed</source>
        <translation>Terugkijken op het gesprek dat je afsloot</translation>
    </message>
    <message>
        <source>Removed — Undo</source>
        <translation>Verwijderd — Ongedaan maken</translation>
    </message>
    <message>
        <source>Removed. Undo</source>
        <translation>Verwijderd. Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Status opslaan</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>New resident…</source>
        <translation>Nieuwe inwoner…</translation>
    </message>
    <message>
        <source>Plan a meeting…</source>
        <translation>Gesprek plannen…</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <source>Read in a handover…</source>
        <translation>Overdracht inlezen…</translation>
    </message>
    <message>
        <source>Audit log (for the privacy officer)…</source>
        <translation>Logboek (voor de FG)…</translation>
    </message>
    <message>
        <source>Retention…</source>
        <translation>Bewaartermijn…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Wachtzin veranderen…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw doen</translation>
    </message>
    <message>
        <source>&amp;Resident</source>
        <translation>&amp;Inwoner</translation>
    </message>
    <message>
        <source>Working relationship…</source>
        <translation>Werkrelatie…</translation>
    </message>
    <message>
        <source>Signal for the team…</source>
        <translation>Signaal voor het team…</translation>
    </message>
    <message>
        <source>Look back on this meeting…</source>
        <translation>Terugkijken op dit gesprek…</translation>
    </message>
    <message>
        <source>Handover, written together…</source>
        <translation>Overdracht, samen geschreven…</translation>
    </message>
    <message>
        <source>Make a handover package…</source>
        <translation>Overdrachtspakket maken…</translation>
    </message>
    <message>
        <source>Access export (everything about this resident)…</source>
        <translation>Inzage-export (alles over deze inwoner)…</translation>
    </message>
    <message>
        <source>Erase this resident…</source>
        <translation>Deze inwoner wissen…</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Gesprek</translation>
    </message>
    <message>
        <source>Invitation letter…</source>
        <translation>Uitnodigingsbrief…</translation>
    </message>
    <message>
        <source>Preview slip…</source>
        <translation>Voorbeeld briefje…</translation>
    </message>
    <message>
        <source>Copy summary for the dossier</source>
        <translation>Samenvatting voor het dossier kopiëren</translation>
    </message>
    <message>
        <source>Close meeting…</source>
        <translation>Gesprek afsluiten…</translation>
    </message>
    <message>
        <source>Move this meeting…</source>
        <translation>Gesprek verzetten…</translation>
    </message>
    <message>
        <source>Cancel this meeting…</source>
        <translation>Gesprek afzeggen…</translation>
    </message>
    <message>
        <source>The resident did not come…</source>
        <translation>Inwoner niet gekomen…</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Signals…</source>
        <translation>Signalen…</translation>
    </message>
    <message>
        <source>Team signals: merge files…</source>
        <translation>Teamsignalen: bestanden samenvoegen…</translation>
    </message>
    <message>
        <source>Intervision guide…</source>
        <translation>Leidraad voor intervisie…</translation>
    </message>
    <message>
        <source>Export my look-backs, anonymous (CSV)…</source>
        <translation>Mijn terugblikken exporteren, anoniem (CSV)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Resident view</source>
        <translation>Scherm voor de inwoner</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>My promises…</source>
        <translation>Mijn toezeggingen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Background from the research</source>
        <translation>Achtergrond uit het onderzoek</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>overgedragen</translation>
    </message>
    <message>
        <source>Referral directory…</source>
        <translation>Sociale kaart…</translation>
    </message>
    <message>
        <source>About Nabij</source>
        <translation>Over Nabij</translation>
    </message>
    <message>
        <source>Back to the consultant view</source>
        <translation>Terug naar het scherm van de consulent</translation>
    </message>
    <message>
        <source>No resident chosen</source>
        <translation>Geen inwoner gekozen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>afgezegd</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>niet gekomen</translation>
    </message>
    <message>
        <source>no meeting yet</source>
        <translation>nog geen gesprek</translation>
    </message>
    <message>
        <source>Export my look-backs</source>
        <translation>Mijn terugblikken exporteren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>The handover is read in, as a new resident.</source>
        <translation>De overdracht is ingelezen, als nieuwe inwoner.</translation>
    </message>
    <message>
        <source>Invitation letter</source>
        <translation>Uitnodigingsbrief</translation>
    </message>
    <message>
        <source>Folder for the access export</source>
        <translation>Map voor de inzage-export</translation>
    </message>
    <message>
        <source>Access export saved in {folder}</source>
        <translation>Inzage-export opgeslagen in {folder}</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Nabij.</source>
        <translation>De nieuwe taal geldt vanaf de volgende keer dat je Nabij start.</translation>
    </message>
    <message>
        <source>Nabij {v}

An offline companion for conversations in Werk &amp; Inkomen, based on the research &apos;In De Dichter Bij Stand&apos;.

Your data is stored encrypted in:
{path}

The key is kept in: {store}</source>
        <translation>Nabij {v}

Een hulpmiddel zonder internet voor gesprekken bij Werk &amp; Inkomen, gebaseerd op het onderzoek ‘In De Dichter Bij Stand’.

Je gegevens staan versleuteld in:
{path}

De sleutel staat in: {store}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Opgeslagen om {time}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Some of your text could not be saved (is the disk full?). Quit anyway and lose it?</source>
        <translation>Een deel van je tekst kon niet worden opgeslagen (is de schijf vol?). Toch afsluiten en die tekst kwijtraken?</translation>
    </message>
</context>
<context>
    <name>MeetingChangeDialog</name>
    <message>
        <source>Move this meeting</source>
        <translation>Gesprek verzetten</translation>
    </message>
    <message>
        <source>Cancel this meeting</source>
        <translation>Gesprek afzeggen</translation>
    </message>
    <message>
        <source>The resident did not come</source>
        <translation>De inwoner kwam niet</translation>
    </message>
    <message>
        <source>Choose the new date. The old date stays in the history as “moved”.</source>
        <translation>Kies de nieuwe datum. De oude datum blijft in de geschiedenis staan als ‘verzet’.</translation>
    </message>
    <message>
        <source>The meeting stays in the history as cancelled, with your reason. Its agenda goes to the next meeting you plan.</source>
        <translation>Het gesprek blijft in de geschiedenis staan als afgezegd, met je reden. De agenda gaat mee naar het volgende gesprek dat je plant.</translation>
    </message>
    <message>
        <source>The meeting stays in the history as “did not come”. Its agenda goes to the next meeting. No blame: write to the resident in a friendly way.</source>
        <translation>Het gesprek blijft in de geschiedenis staan als ‘niet gekomen’. De agenda gaat mee naar het volgende gesprek. Geen verwijt: schrijf de inwoner een vriendelijk bericht.</translation>
    </message>
    <message>
        <source>New date and time</source>
        <translation>Nieuwe datum en tijd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plek</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Plan the next meeting now</source>
        <translation>Plan nu het volgende gesprek</translation>
    </message>
    <message>
        <source>For example: ill, will call for a new date</source>
        <translation>Bijvoorbeeld: ziek, belt zelf voor een nieuwe afspraak</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verzetten</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Gesprek afzeggen</translation>
    </message>
    <message>
        <source>Mark as did not come</source>
        <translation>Noteer: niet gekomen</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Laat zo</translation>
    </message>
</context>
<context>
    <name>MeetingTab</name>
    <message>
        <source>agreement</source>
        <translation>afspraak</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>agendapunt</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>feit</translation>
    </message>
    <message>
        <source>sphere line</source>
        <translation>regel uit de invloedssfeer</translation>
    </message>
    <message>
        <source>Removed: {what}</source>
        <translation>Verwijderd: {what}</translation>
    </message>
    <message>
        <source>Changed: {what}</source>
        <translation>Gewijzigd: {what}</translation>
    </message>
    <message>
        <source>Text edited</source>
        <translation>Tekst gewijzigd</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something unexpected went wrong ({detail}). Nothing was lost.</source>
        <translation>Er ging iets onverwachts mis ({detail}). Er is niets verloren gegaan.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>Die wachtzin klopt niet. Kijk of Caps Lock aan staat en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The key file {path} is missing. The database was not changed.</source>
        <translation>Het sleutelbestand {path} ontbreekt. Aan de database is niets veranderd.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read. The database was not changed; restore a backup.</source>
        <translation>Het sleutelbestand {path} is niet te lezen. Aan de database is niets veranderd; zet een back-up terug.</translation>
    </message>
    <message>
        <source>The key file {path} asks for more time or memory than Nabij allows, so it was not used. The database was not changed; restore a backup.</source>
        <translation>Het sleutelbestand {path} vraagt meer tijd of geheugen dan Nabij toestaat en is daarom niet gebruikt. Aan de database is niets veranderd; zet een back-up terug.</translation>
    </message>
    <message>
        <source>The key file does not belong to this database. Nothing was changed.</source>
        <translation>Het sleutelbestand hoort niet bij deze database. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>A passphrase has at least {minimum} characters.</source>
        <translation>Een wachtzin heeft minstens {minimum} tekens.</translation>
    </message>
    <message>
        <source>This passphrase is too simple: it uses the same few characters again and again. Choose a short sentence of a few words, for example three words that belong together.</source>
        <translation>Deze wachtzin is te eenvoudig: er komen steeds dezelfde paar tekens in voor. Kies een korte zin van een paar woorden, bijvoorbeeld drie woorden die bij elkaar horen.</translation>
    </message>
    <message>
        <source>This computer has no secure keyring that Nabij can use, so Nabij asks for your passphrase.</source>
        <translation>Deze computer heeft geen veilige sleutelbos die Nabij kan gebruiken. Daarom vraagt Nabij je wachtzin.</translation>
    </message>
    <message>
        <source>The computer&apos;s keyring is locked, so Nabij asks for your passphrase.</source>
        <translation>De sleutelbos van de computer is vergrendeld. Daarom vraagt Nabij je wachtzin.</translation>
    </message>
    <message>
        <source>The computer&apos;s keyring did not answer ({detail}), so Nabij asks for your passphrase.</source>
        <translation>De sleutelbos van de computer gaf geen antwoord ({detail}). Daarom vraagt Nabij je wachtzin.</translation>
    </message>
    <message>
        <source>The computer&apos;s keyring has no key for this database yet, so Nabij asks for your passphrase.</source>
        <translation>De sleutelbos van de computer heeft nog geen sleutel voor deze database. Daarom vraagt Nabij je wachtzin.</translation>
    </message>
    <message>
        <source>The key in the computer&apos;s keyring belongs to another database, so Nabij asks for your passphrase.</source>
        <translation>De sleutel in de sleutelbos van de computer hoort bij een andere database. Daarom vraagt Nabij je wachtzin.</translation>
    </message>
    <message>
        <source>{path} is not a Nabij database. It was not changed.</source>
        <translation>{path} is geen database van Nabij. Er is niets aan veranderd.</translation>
    </message>
    <message>
        <source>{path} is damaged: {why}. It was not changed; restore it from a backup.</source>
        <translation>{path} is beschadigd: {why}. Er is niets aan veranderd; zet het terug uit een back-up.</translation>
    </message>
    <message>
        <source>{path} already exists. Nabij does not create a new database over it.</source>
        <translation>{path} bestaat al. Nabij maakt er geen nieuwe database overheen.</translation>
    </message>
    <message>
        <source>Nabij is locked. Unlock it first.</source>
        <translation>Nabij is vergrendeld. Ontgrendel het eerst.</translation>
    </message>
    <message>
        <source>The database was closed meanwhile. Nothing was changed; try again.</source>
        <translation>De database is intussen gesloten. Er is niets veranderd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This installation cannot encrypt its database, so Nabij will not start. Reinstall Nabij.</source>
        <translation>Deze installatie kan de database niet versleutelen, dus Nabij start niet. Installeer Nabij opnieuw.</translation>
    </message>
    <message>
        <source>The database was busy. Nothing was lost; it is saved again in a moment.</source>
        <translation>De database was bezet. Er is niets verloren; Nabij slaat het zo opnieuw op.</translation>
    </message>
    <message>
        <source>{path} holds fewer saves than Nabij made: {missing} change(s) are missing. This happens when the file nabij.db-wal was removed or an older copy of nabij.db was put back. Nothing was changed. If you have the missing file, put it back and start Nabij again. Otherwise open the older state, or restore a backup.</source>
        <translation>In {path} staan minder wijzigingen dan Nabij heeft opgeslagen: er ontbreken er {missing}. Dat gebeurt als het bestand nabij.db-wal is weggehaald of als een oudere kopie van nabij.db is teruggezet. Er is niets veranderd. Heb je het ontbrekende bestand nog? Zet het terug en start Nabij opnieuw. Anders kun je de oudere stand openen of een back-up terugzetten.</translation>
    </message>
    <message>
        <source>The latest changes to {path} (in the file nabij.db-wal) are damaged: opening it as it is would lose saves without a word. A copy was kept: {kept}. Nothing was changed. Open what can still be read, or restore a backup.</source>
        <translation>De laatste wijzigingen in {path} (in het bestand nabij.db-wal) zijn beschadigd: als Nabij het zo opent, gaan wijzigingen ongemerkt verloren. Er is een kopie bewaard: {kept}. Er is niets veranderd. Open wat nog te lezen is, of zet een back-up terug.</translation>
    </message>
    <message>
        <source>There is not enough disk space in {folder}. Nothing was changed; free some space.</source>
        <translation>Er is niet genoeg schijfruimte in {folder}. Er is niets veranderd; maak wat ruimte vrij.</translation>
    </message>
    <message>
        <source>The disk refused to write in {folder} (full, over its quota, removed or failing). Nothing was changed.</source>
        <translation>De schijf weigerde te schrijven in {folder} (vol, over het quotum, losgekoppeld of defect). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>{path} could not be written ({detail}). Nothing was changed.</source>
        <translation>{path} kon niet worden geschreven ({detail}). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>De map {path} bestaat niet.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be created ({detail}).</source>
        <translation>De map {path} kan niet worden gemaakt ({detail}).</translation>
    </message>
    <message>
        <source>The folder {path} is not empty. A backup is only restored into an empty folder.</source>
        <translation>De map {path} is niet leeg. Een back-up wordt alleen in een lege map teruggezet.</translation>
    </message>
    <message>
        <source>{path} is not a Nabij backup.</source>
        <translation>{path} is geen back-up van Nabij.</translation>
    </message>
    <message>
        <source>The backup {path} cannot be used: {why}. Nothing was restored.</source>
        <translation>De back-up {path} is niet te gebruiken: {why}. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>De back-up {path} bestaat niet.</translation>
    </message>
    <message>
        <source>The backup {path} cannot be read ({detail}).</source>
        <translation>De back-up {path} is niet te lezen ({detail}).</translation>
    </message>
    <message>
        <source>The copy of the database failed its check, so no backup was written. The database was not changed; run the self-check.</source>
        <translation>De kopie van de database kwam niet door de controle, dus er is geen back-up geschreven. Aan de database is niets veranderd; doe de zelfcontrole.</translation>
    </message>
    <message>
        <source>The backup in {folder} did not read back correctly, so it was removed. Try another stick or folder. The database was not changed.</source>
        <translation>De back-up in {folder} was bij teruglezen niet in orde en is weggehaald. Probeer een andere stick of map. Aan de database is niets veranderd.</translation>
    </message>
    <message>
        <source>The backup could not be made ({detail}). The database was not changed.</source>
        <translation>De back-up kon niet worden gemaakt ({detail}). Aan de database is niets veranderd.</translation>
    </message>
    <message>
        <source>The database has no version number, so no backup was made.</source>
        <translation>De database heeft geen versienummer, dus er is geen back-up gemaakt.</translation>
    </message>
    <message>
        <source>{path} does not hold a restored database.</source>
        <translation>In {path} staat geen teruggezette database.</translation>
    </message>
    <message>
        <source>The restored data could not be put in place in {folder} ({detail}); perhaps another program has a file open there. Your current data is in place again and nothing was lost. Close that program and restore again.</source>
        <translation>De teruggezette gegevens konden niet in {folder} worden gezet ({detail}); misschien heeft een ander programma daar een bestand open. Je huidige gegevens staan weer op hun plek en er is niets verloren. Sluit dat programma en zet de back-up opnieuw terug.</translation>
    </message>
    <message>
        <source>This meeting is closed. Reopen it first to change it.</source>
        <translation>Dit gesprek is afgesloten. Heropen het eerst om het te veranderen.</translation>
    </message>
    <message>
        <source>This resident already has a current meeting. Close it before planning another.</source>
        <translation>Deze inwoner heeft al een lopend gesprek. Sluit dat af voordat je een nieuw gesprek plant.</translation>
    </message>
    <message>
        <source>This came from the previous consultant in a handover package. It stays as it was: plan a meeting of your own to go on.</source>
        <translation>Dit kwam in een overdrachtspakket van de vorige consulent. Het blijft zoals het was: plan een eigen gesprek om verder te gaan.</translation>
    </message>
    <message>
        <source>This meeting has started already. Only a meeting still to come can be moved or cancelled.</source>
        <translation>Dit gesprek is al begonnen. Je kunt alleen een gesprek verzetten of afzeggen dat nog moet komen.</translation>
    </message>
    <message>
        <source>Write in a few words why the meeting is cancelled. It stays in the history.</source>
        <translation>Schrijf in een paar woorden waarom het gesprek niet doorgaat. Dat blijft in de geschiedenis staan.</translation>
    </message>
    <message>
        <source>Another meeting of this resident is in progress. Close it before reopening this one.</source>
        <translation>Er is al een ander gesprek met deze inwoner bezig. Sluit dat af voordat je dit gesprek heropent.</translation>
    </message>
    <message>
        <source>A resident needs a name or initials.</source>
        <translation>Een inwoner heeft een naam of voorletters nodig.</translation>
    </message>
    <message>
        <source>The typed name does not match the resident&apos;s name exactly. Nothing was erased.</source>
        <translation>De getypte naam is niet precies de naam van de inwoner. Er is niets gewist.</translation>
    </message>
    <message>
        <source>A referral needs a name.</source>
        <translation>Een verwijzing heeft een naam nodig.</translation>
    </message>
    <message>
        <source>This file is not a Nabij handover package. Nothing was imported.</source>
        <translation>Dit bestand is geen overdrachtspakket van Nabij. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>This file is far too large for a handover package. Nothing was imported.</source>
        <translation>Dit bestand is veel te groot voor een overdrachtspakket. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>This package was made by a newer Nabij. Update Nabij and try again. Nothing was imported.</source>
        <translation>Dit pakket is gemaakt met een nieuwere Nabij. Werk Nabij bij en probeer het opnieuw. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>This handover package is damaged. Ask for a new one. Nothing was imported.</source>
        <translation>Dit overdrachtspakket is beschadigd. Vraag om een nieuw pakket. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The passphrase does not fit this package, or the file was changed. Check the passphrase with the previous consultant. Nothing was imported.</source>
        <translation>De wachtzin past niet bij dit pakket, of het bestand is veranderd. Controleer de wachtzin bij de vorige consulent. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing was imported.</source>
        <translation>Het bestand kon niet worden gelezen. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>Record the resident&apos;s consent first. Nothing was exported.</source>
        <translation>Leg eerst de toestemming van de inwoner vast. Er is niets geëxporteerd.</translation>
    </message>
    <message>
        <source>Choose a category for the signal.</source>
        <translation>Kies een soort voor het signaal.</translation>
    </message>
    <message>
        <source>Keep a signal short: at most {maximum} characters.</source>
        <translation>Houd een signaal kort: hoogstens {maximum} tekens.</translation>
    </message>
    <message>
        <source>Give a topic, what was done (one short line) and who did it, as a role (not a name).</source>
        <translation>Geef een onderwerp, wat er is gedaan (één korte regel) en wie het deed, als functie (geen naam).</translation>
    </message>
    <message>
        <source>Set the team secret first (Settings): the same words for everyone in the team, at least 8 characters.</source>
        <translation>Stel eerst het teamgeheim in (Instellingen): dezelfde woorden voor iedereen in het team, minstens 8 tekens.</translation>
    </message>
    <message>
        <source>The text still holds something that could point to a person.</source>
        <translation>In de tekst staat nog iets dat naar een persoon kan leiden.</translation>
    </message>
    <message>
        <source>The content file {where} cannot be used ({key}): {reason}. Nabij uses its own content.</source>
        <translation>Het inhoudsbestand {where} is niet te gebruiken ({key}): {reason}. Nabij gebruikt zijn eigen inhoud.</translation>
    </message>
    <message>
        <source>This item no longer exists; it may have been removed meanwhile.</source>
        <translation>Dit bestaat niet meer; misschien is het intussen weggehaald.</translation>
    </message>
    <message>
        <source>This value cannot be saved. Nothing was changed.</source>
        <translation>Deze waarde kan niet worden opgeslagen. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>the database file is missing</source>
        <translation>het databasebestand ontbreekt</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>the file is too short to be a database</source>
        <translation>het bestand is te kort voor een database</translation>
    </message>
    <message>
        <source>parts of it do not decrypt</source>
        <translation>delen ervan zijn niet te ontsleutelen</translation>
    </message>
    <message>
        <source>parts of it fail their integrity check</source>
        <translation>delen ervan komen niet door de controle</translation>
    </message>
    <message>
        <source>its structure is inconsistent</source>
        <translation>de opbouw klopt niet</translation>
    </message>
    <message>
        <source>its search index is damaged and could not be rebuilt (your data itself was readable)</source>
        <translation>de zoekindex is beschadigd en kon niet opnieuw worden opgebouwd (je gegevens zelf waren leesbaar)</translation>
    </message>
    <message>
        <source>it has broken references</source>
        <translation>er zitten gebroken verwijzingen in</translation>
    </message>
    <message>
        <source>it was made by a newer version of Nabij; update Nabij first</source>
        <translation>het is gemaakt met een nieuwere versie van Nabij; werk Nabij eerst bij</translation>
    </message>
    <message>
        <source>it was made by a different version of Nabij</source>
        <translation>het is gemaakt met een andere versie van Nabij</translation>
    </message>
    <message>
        <source>the file is incomplete (cut off)</source>
        <translation>het bestand is niet compleet (afgebroken)</translation>
    </message>
    <message>
        <source>the file has unexpected extra bytes</source>
        <translation>het bestand heeft onverwachte extra gegevens</translation>
    </message>
    <message>
        <source>its header cannot be read</source>
        <translation>de kop is niet te lezen</translation>
    </message>
    <message>
        <source>its header does not match the database in it</source>
        <translation>de kop past niet bij de database erin</translation>
    </message>
    <message>
        <source>it has been changed or damaged</source>
        <translation>het is veranderd of beschadigd</translation>
    </message>
    <message>
        <source>its key file cannot be read</source>
        <translation>het sleutelbestand erin is niet te lezen</translation>
    </message>
    <message>
        <source>its key settings ask for more time or memory than Nabij allows</source>
        <translation>de sleutelinstellingen vragen meer tijd of geheugen dan Nabij toestaat</translation>
    </message>
    <message>
        <source>the computer&apos;s keyring ({keyring}) and the passphrase key file ({file})</source>
        <translation>de sleutelbos van de computer ({keyring}) en het sleutelbestand met wachtzin ({file})</translation>
    </message>
    <message>
        <source>the passphrase key file only ({file})</source>
        <translation>alleen het sleutelbestand met wachtzin ({file})</translation>
    </message>
</context>
<context>
    <name>NewSignalDialog</name>
    <message>
        <source>New signal for the team</source>
        <translation>Nieuw signaal voor het team</translation>
    </message>
    <message>
        <source>Write down the critique in general words. No names, numbers, addresses or dates: the team sees only the topic, the month and these words.</source>
        <translation>Schrijf de kritiek op in algemene woorden. Geen namen, nummers, adressen of datums: het team ziet alleen het onderwerp, de maand en deze woorden.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>The signal in general words</source>
        <translation>Het signaal in algemene woorden</translation>
    </message>
    <message>
        <source>For example: letters feel threatening and are hard to understand.</source>
        <translation>Bijvoorbeeld: brieven voelen dreigend en zijn moeilijk te begrijpen.</translation>
    </message>
    <message>
        <source>The resident agrees that this is shared with the team</source>
        <translation>De inwoner vindt het goed dat dit met het team wordt gedeeld</translation>
    </message>
    <message>
        <source>Replace them with placeholders</source>
        <translation>Vervang ze door een aanduiding</translation>
    </message>
    <message>
        <source>Save signal</source>
        <translation>Signaal opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>een naam</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>een e-mailadres</translation>
    </message>
    <message>
        <source>a postcode</source>
        <translation>een postcode</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een nummer</translation>
    </message>
    <message>
        <source>This could point to a person: {items}</source>
        <translation>Dit kan naar een persoon wijzen: {items}</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>Office</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Wandeling</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>PlanMeetingDialog</name>
    <message>
        <source>Plan a meeting</source>
        <translation>Gesprek plannen</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plek</translation>
    </message>
    <message>
        <source>office</source>
        <translation>kantoor</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>huisbezoek</translation>
    </message>
    <message>
        <source>a walk</source>
        <translation>wandeling</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>Address or room (optional)</source>
        <translation>Adres of kamer (mag leeg)</translation>
    </message>
    <message>
        <source>Your goals for this meeting</source>
        <translation>Jouw doelen voor dit gesprek</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PreparationTab</name>
    <message>
        <source>What is known already</source>
        <translation>Wat al bekend is</translation>
    </message>
    <message>
        <source>Plan a meeting…</source>
        <translation>Gesprek plannen…</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Gesprek plannen</translation>
    </message>
    <message>
        <source>Plan a meeting (Ctrl+Shift+N)</source>
        <translation>Gesprek plannen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Your goals</source>
        <translation>Jouw doelen</translation>
    </message>
    <message>
        <source>Your goals for this meeting</source>
        <translation>Jouw doelen voor dit gesprek</translation>
    </message>
    <message>
        <source>What do you hope to reach together?</source>
        <translation>Wat hoop je samen te bereiken?</translation>
    </message>
    <message>
        <source>Proposed agenda</source>
        <translation>Voorstel voor de agenda</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nieuw onderwerp voor de agenda</translation>
    </message>
    <message>
        <source>New agenda item, then Enter</source>
        <translation>Nieuw onderwerp, dan Enter</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Voorgesteld door</translation>
    </message>
    <message>
        <source>proposed by me</source>
        <translation>voorgesteld door mij</translation>
    </message>
    <message>
        <source>proposed by the resident</source>
        <translation>voorgesteld door de inwoner</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Onderwerp toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Onderwerp verwijderen</translation>
    </message>
    <message>
        <source>Before you meet</source>
        <translation>Voor het gesprek</translation>
    </message>
    <message>
        <source>Prompts for preparation</source>
        <translation>Handvatten voor de voorbereiding</translation>
    </message>
    <message>
        <source>Invitation letter…</source>
        <translation>Uitnodigingsbrief…</translation>
    </message>
    <message>
        <source>Invitation letter</source>
        <translation>Uitnodigingsbrief</translation>
    </message>
    <message>
        <source>Invitation letter with this agenda (Ctrl+I)</source>
        <translation>Uitnodigingsbrief met deze agenda (Ctrl+I)</translation>
    </message>
    <message>
        <source>Background…</source>
        <translation>Achtergrond…</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <source>Background from the research (F1)</source>
        <translation>Achtergrond uit het onderzoek (F1)</translation>
    </message>
    <message>
        <source>Source: {file}, section “{section}”</source>
        <translation>Bron: {file}, deel ‘{section}’</translation>
    </message>
    <message>
        <source>No meeting planned yet</source>
        <translation>Nog geen gesprek gepland</translation>
    </message>
    <message>
        <source>Handed over from the previous consultant ({when}). Plan a meeting to go on.</source>
        <translation>Overgedragen door de vorige consulent ({when}). Plan een gesprek om verder te gaan.</translation>
    </message>
    <message>
        <source>Meeting on {when}</source>
        <translation>Gesprek op {when}</translation>
    </message>
    <message>
        <source>resident&apos;s topic</source>
        <translation>onderwerp van inwoner</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>meegenomen</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <source>office</source>
        <translation>kantoor</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>huisbezoek</translation>
    </message>
    <message>
        <source>a walk</source>
        <translation>wandeling</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>Consultants so far: {n}</source>
        <translation>Consulenten tot nu toe: {n}</translation>
    </message>
    <message>
        <source>Preferred channel: {v}</source>
        <translation>Liefst contact via: {v}</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Language: {v}</source>
        <translation>Taal: {v}</translation>
    </message>
    <message>
        <source>Brings someone: {v}</source>
        <translation>Neemt iemand mee: {v}</translation>
    </message>
    <message>
        <source>yes, usually</source>
        <translation>ja, meestal</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Preferred place: {v}</source>
        <translation>Liefst op deze plek: {v}</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Goed om te weten</translation>
    </message>
    <message>
        <source>Already told: don&apos;t ask again</source>
        <translation>Al verteld: niet opnieuw vragen</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>The resident does</source>
        <translation>De inwoner doet</translation>
    </message>
    <message>
        <source>Make it together: ask what the resident wants to talk about. Alt+Up / Alt+Down moves an item, F2 changes its text.</source>
        <translation>Maak hem samen: vraag waar de inwoner over wil praten. Met Alt+Omhoog / Alt+Omlaag verplaats je een onderwerp, met F2 verander je de tekst.</translation>
    </message>
    <message>
        <source>I do</source>
        <translation>Ik doe</translation>
    </message>
    <message>
        <source>We do together</source>
        <translation>We doen samen</translation>
    </message>
    <message>
        <source>(before {d})</source>
        <translation>(vóór {d})</translation>
    </message>
    <message>
        <source>Open agreements</source>
        <translation>Open afspraken</translation>
    </message>
    <message>
        <source>No open agreements.</source>
        <translation>Geen open afspraken.</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>afgezegd: {reason}</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>niet gekomen</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(geen samenvatting)</translation>
    </message>
    <message>
        <source>moved from {date}</source>
        <translation>verzet van {date}</translation>
    </message>
    <message>
        <source>{day} · handed over</source>
        <translation>{day} · overgedragen</translation>
    </message>
    <message>
        <source>Earlier meetings</source>
        <translation>Eerdere gesprekken</translation>
    </message>
    <message>
        <source>This is the first meeting.</source>
        <translation>Dit is het eerste gesprek.</translation>
    </message>
    <message>
        <source>Remove this fact</source>
        <translation>Dit feit verwijderen</translation>
    </message>
    <message>
        <source>Remove this fact: it was noted wrongly or is no longer true</source>
        <translation>Verwijder dit feit: het is verkeerd genoteerd of klopt niet meer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Aanpassen</translation>
    </message>
    <message>
        <source>Change this fact</source>
        <translation>Dit feit aanpassen</translation>
    </message>
    <message>
        <source>Change the words of this fact, then press Enter</source>
        <translation>Pas de woorden van dit feit aan en druk op Enter</translation>
    </message>
    <message>
        <source>Words of the fact</source>
        <translation>Woorden van het feit</translation>
    </message>
    <message>
        <source>Remove fact</source>
        <translation>Feit verwijderen</translation>
    </message>
    <message>
        <source>Remove this fact? Nabij no longer shows it as already told.</source>
        <translation>Dit feit verwijderen? Nabij laat het dan niet meer zien als al verteld.</translation>
    </message>
    <message>
        <source>Last time, as the resident said it</source>
        <translation>Vorige keer, in de woorden van de inwoner</translation>
    </message>
    <message>
        <source>heavy</source>
        <translation>zwaar</translation>
    </message>
    <message>
        <source>not so good</source>
        <translation>niet zo goed</translation>
    </message>
    <message>
        <source>okay</source>
        <translation>gaat wel</translation>
    </message>
    <message>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>heel goed</translation>
    </message>
    <message>
        <source>Left feeling: {feeling} ({when})</source>
        <translation>Ging weg met gevoel: {feeling} ({when})</translation>
    </message>
    <message>
        <source>Keeps coming back</source>
        <translation>Komt steeds terug</translation>
    </message>
    <message>
        <source>Came up in most of the last meetings: {topics}</source>
        <translation>Kwam in de meeste van de laatste gesprekken ter sprake: {topics}</translation>
    </message>
    <message>
        <source>Choose a resident on the left</source>
        <translation>Kies links een inwoner</translation>
    </message>
</context>
<context>
    <name>PromisesDialog</name>
    <message>
        <source>My promises</source>
        <translation>Mijn toezeggingen</translation>
    </message>
    <message>
        <source>What I promised</source>
        <translation>Wat ik heb toegezegd</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Mark the chosen promise as done</source>
        <translation>De gekozen toezegging op gedaan zetten</translation>
    </message>
    <message>
        <source>Referrals to ask after</source>
        <translation>Doorverwijzingen om na te vragen</translation>
    </message>
    <message>
        <source>Residents&apos; agreements due before their next meeting</source>
        <translation>Afspraken van inwoners vóór hun volgende gesprek</translation>
    </message>
    <message>
        <source>A reminder in plain words, if the resident wants one. Change it as you like, then copy it for their own channel (WhatsApp, mail, text message).</source>
        <translation>Een herinnering in gewone woorden, als de inwoner dat wil. Pas hem aan zoals je wilt en kopieer hem voor hun eigen kanaal (WhatsApp, mail, sms).</translation>
    </message>
    <message>
        <source>Reminder for the resident</source>
        <translation>Herinnering voor de inwoner</translation>
    </message>
    <message>
        <source>Copy reminder</source>
        <translation>Herinnering kopiëren</translation>
    </message>
    <message>
        <source>Copy the reminder</source>
        <translation>De herinnering kopiëren</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>vóór {date}</translation>
    </message>
    <message>
        <source>agreed on {date}</source>
        <translation>afgesproken op {date}</translation>
    </message>
    <message>
        <source>date passed</source>
        <translation>datum voorbij</translation>
    </message>
    <message>
        <source>No open promises. Well kept!</source>
        <translation>Geen open toezeggingen. Goed bijgehouden!</translation>
    </message>
    <message>
        <source>referred to {name}</source>
        <translation>doorverwezen naar {name}</translation>
    </message>
    <message>
        <source>meeting of {date}</source>
        <translation>gesprek van {date}</translation>
    </message>
    <message>
        <source>No referrals from the last meetings.</source>
        <translation>Geen doorverwijzingen uit de laatste gesprekken.</translation>
    </message>
    <message>
        <source>next meeting {when}</source>
        <translation>volgend gesprek {when}</translation>
    </message>
    <message>
        <source>next meeting not planned</source>
        <translation>volgend gesprek nog niet gepland</translation>
    </message>
    <message>
        <source>Nothing due before a next meeting.</source>
        <translation>Niets dat vóór een volgend gesprek moet.</translation>
    </message>
    <message>
        <source>Dear {name}, a short reminder of what we agreed: {what}. We said before {date}. Is it not working out, or would you like help? Please let me know.</source>
        <translation>Beste {name}, een korte herinnering aan wat we hebben afgesproken: {what}. We zeiden: vóór {date}. Lukt het niet, of wilt u hulp? Laat het mij gerust weten.</translation>
    </message>
    <message>
        <source>Kind regards, {me}</source>
        <translation>Met vriendelijke groet, {me}</translation>
    </message>
    <message>
        <source>Hi {name}, a short reminder of what we agreed: {what}. We said before {date}. Is it not working out, or do you want help? Just let me know.</source>
        <translation>Hoi {name}, een korte herinnering aan wat we hebben afgesproken: {what}. We zeiden: vóór {date}. Lukt het niet, of wil je hulp? Laat het me gerust weten.</translation>
    </message>
    <message>
        <source>Best wishes, {me}</source>
        <translation>Groetjes, {me}</translation>
    </message>
    <message>
        <source>Marked as done: {text}</source>
        <translation>Op gedaan gezet: {text}</translation>
    </message>
    <message>
        <source>Reminder copied. The clipboard is cleared again after a while.</source>
        <translation>Herinnering gekopieerd. Het klembord wordt na een tijdje weer leeggemaakt.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>ReferralDirectoryDialog</name>
    <message>
        <source>Referral directory</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <source>Where residents can go for what you cannot do yourself. Check the details now and then: each entry shows when it was last checked.</source>
        <translation>Waar inwoners terechtkunnen voor wat je zelf niet kunt doen. Controleer de gegevens af en toe: bij elke organisatie staat wanneer dat voor het laatst is gebeurd.</translation>
    </message>
    <message>
        <source>Show retired entries</source>
        <translation>Toon ook wat niet meer gebruikt wordt</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>What they help with</source>
        <translation>Waar ze mee helpen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <source>Discreet: only on a slip when ticked for it</source>
        <translation>Discreet: alleen op een briefje als je het daarvoor aanvinkt</translation>
    </message>
    <message>
        <source>For a crisis, violence or mental-health line: it goes on the resident&apos;s slip only when you tick it for that slip in Afronding.</source>
        <translation>Voor een hulplijn bij crisis, geweld of psychische nood: die komt alleen op het briefje van de inwoner als je hem in Afronding voor dat briefje aanvinkt.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Niet meer gebruiken</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nieuwe doorverwijzing</translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation>Doorverwijzing opslaan</translation>
    </message>
    <message>
        <source>Retire or restore referral</source>
        <translation>Doorverwijzing niet meer gebruiken of terugzetten</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Import a directory file</source>
        <translation>Een bestand met een sociale kaart importeren</translation>
    </message>
    <message>
        <source>Export the directory to a file</source>
        <translation>De sociale kaart naar een bestand exporteren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(niet meer gebruikt)</translation>
    </message>
    <message>
        <source>no contact details: not on the slip</source>
        <translation>geen contactgegevens: niet op het briefje</translation>
    </message>
    <message>
        <source>discreet: on a slip only when ticked</source>
        <translation>discreet: alleen op het briefje als je het aanvinkt</translation>
    </message>
    <message>
        <source>Add a phone number or website: without one the slip leaves this referral off.</source>
        <translation>Vul een telefoonnummer of website in: zonder laat het briefje deze verwijzing weg.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Import a referral directory</source>
        <translation>Een sociale kaart importeren</translation>
    </message>
    <message>
        <source>Referral directory (*.toml)</source>
        <translation>Sociale kaart (*.toml)</translation>
    </message>
    <message>
        <source>Export the referral directory</source>
        <translation>De sociale kaart exporteren</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wordt gelezen…</translation>
    </message>
    <message>
        <source>Nothing to import: every entry in {file} is already in the directory.</source>
        <translation>Niets te importeren: alles uit {file} staat al in de sociale kaart.</translation>
    </message>
    <message>
        <source>Check what the import would change.</source>
        <translation>Bekijk wat het importeren zou veranderen.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) imported.</source>
        <translation>
            <numerusform>%n doorverwijzing geïmporteerd.</numerusform>
            <numerusform>%n doorverwijzingen geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>Kon {path} niet schrijven: {why}</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Geëxporteerd naar {path}.</translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <source>Working relationship</source>
        <translation>Werkrelatie</translation>
    </message>
    <message>
        <source>{meetings} meetings so far · {consultants} consultants in total, including you</source>
        <translation>{meetings} gesprekken tot nu toe · {consultants} consulenten in totaal, jij meegeteld</translation>
    </message>
    <message>
        <source>With what feeling did they leave? (1 heavy – 5 good)</source>
        <translation>Met welk gevoel ging de inwoner weg? (1 zwaar – 5 goed)</translation>
    </message>
    <message>
        <source>Agreements kept, on both sides</source>
        <translation>Nagekomen afspraken, aan beide kanten</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>nog open</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>The resident</source>
        <translation>De inwoner</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ik</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Samen</translation>
    </message>
    <message>
        <source>A working relationship goes both ways: what you promised counts as much as what the resident promised.</source>
        <translation>Een werkrelatie werkt twee kanten op: wat jij beloofde, telt net zo zwaar als wat de inwoner beloofde.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ResidentEditor</name>
    <message>
        <source>Resident</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>Nieuwe inwoner</translation>
    </message>
    <message>
        <source>Keep only what you need. Initials are fine. Nabij has no field for a BSN on purpose.</source>
        <translation>Bewaar alleen wat je nodig hebt. Voorletters zijn genoeg. Nabij heeft bewust geen veld voor een BSN.</translation>
    </message>
    <message>
        <source>Name as they like to be addressed</source>
        <translation>Naam waarmee de inwoner aangesproken wil worden</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Voorletters</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Aanspreekvorm</translation>
    </message>
    <message>
        <source>je (informal)</source>
        <translation>je (informeel)</translation>
    </message>
    <message>
        <source>u (formal)</source>
        <translation>u (formeel)</translation>
    </message>
    <message>
        <source>Client number (optional)</source>
        <translation>Klantnummer (mag leeg)</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Liefst contact via</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Brings someone</source>
        <translation>Neemt iemand mee</translation>
    </message>
    <message>
        <source>yes, usually</source>
        <translation>ja, meestal</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Preferred place</source>
        <translation>Liefst op deze plek</translation>
    </message>
    <message>
        <source>office</source>
        <translation>kantoor</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>huisbezoek</translation>
    </message>
    <message>
        <source>a walk</source>
        <translation>wandeling</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>Number of consultants they have had</source>
        <translation>Aantal consulenten dat de inwoner heeft gehad</translation>
    </message>
    <message>
        <source>Consultants so far (including you)</source>
        <translation>Consulenten tot nu toe (jij meegeteld)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ResidentSafeView</name>
    <message>
        <source>Resident view</source>
        <translation>Scherm voor de inwoner</translation>
    </message>
    <message>
        <source>Agenda and agreements</source>
        <translation>Agenda en afspraken</translation>
    </message>
    <message>
        <source>Consultant: press {keys} to return.</source>
        <translation>Consulent: druk op {keys} om terug te gaan.</translation>
    </message>
    <message>
        <source>Language to read in</source>
        <translation>Taal om in voor te lezen</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop voorlezen</translation>
    </message>
    <message>
        <source>Stop reading ({keys})</source>
        <translation>Stop het voorlezen ({keys})</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <source>Read this page aloud ({keys})</source>
        <translation>Lees deze pagina voor ({keys})</translation>
    </message>
    <message>
        <source>Read-aloud is not available on this computer: it has no speech engine.</source>
        <translation>Voorlezen kan niet op deze computer: er is geen spraakprogramma.</translation>
    </message>
    <message>
        <source>Read-aloud is not available on this computer: it has no voice for {language}.</source>
        <translation>Voorlezen kan niet op deze computer: er is geen stem voor het {language}.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>What I read in your file</source>
        <comment>je</comment>
        <translation>Wat ik in je dossier las</translation>
    </message>
    <message>
        <source>What I read in your file</source>
        <comment>u</comment>
        <translation>Wat ik in uw dossier las</translation>
    </message>
    <message>
        <source>What we talk about</source>
        <translation>Waar we over praten</translation>
    </message>
    <message>
        <source>We make the agenda together.</source>
        <translation>We maken de agenda samen.</translation>
    </message>
    <message>
        <source>You do</source>
        <comment>je</comment>
        <translation>Dit doe jij</translation>
    </message>
    <message>
        <source>You do</source>
        <comment>u</comment>
        <translation>Dit doet u</translation>
    </message>
    <message>
        <source>I do</source>
        <translation>Dit doe ik</translation>
    </message>
    <message>
        <source>We do together</source>
        <translation>Dit doen we samen</translation>
    </message>
    <message>
        <source>What we agree</source>
        <translation>Wat we afspreken</translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation>Nog geen afspraken.</translation>
    </message>
    <message>
        <source>before {d}</source>
        <translation>vóór {d}</translation>
    </message>
    <message>
        <source>Your turn</source>
        <comment>je</comment>
        <translation>Uw beurt</translation>
    </message>
    <message>
        <source>Your turn</source>
        <comment>u</comment>
        <translation>Uw beurt</translation>
    </message>
    <message>
        <source>How do you leave today?</source>
        <comment>je</comment>
        <translation>Met welk gevoel gaat u naar huis?</translation>
    </message>
    <message>
        <source>How do you leave today?</source>
        <comment>u</comment>
        <translation>Met welk gevoel gaat u naar huis?</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>In eigen woorden</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>Wat ik ga doen</translation>
    </message>
    <message>
        <source>Write what you will do</source>
        <translation>Bijvoorbeeld: ik bel de woningcorporatie</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add what I will do</source>
        <translation>Toevoegen aan wat ik ga doen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>The backup is restored into a fresh folder and checked before Nabij switches to it. Your current data is kept aside, never deleted.</source>
        <translation>De back-up wordt in een nieuwe map teruggezet en gecontroleerd voordat Nabij ermee verdergaat. Je huidige gegevens blijven apart bewaard en worden nooit gewist.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Back-upbestand</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Een back-upbestand kiezen</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Wachtzin van de back-up</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Open the older state</source>
        <translation>Oudere stand openen</translation>
    </message>
    <message>
        <source>Open the older state; the missing changes are lost</source>
        <translation>Oudere stand openen; de ontbrekende wijzigingen gaan verloren</translation>
    </message>
    <message>
        <source>The missing changes are lost. A copy of the damaged file is kept.</source>
        <translation>De ontbrekende wijzigingen gaan verloren. Een kopie van het beschadigde bestand blijft bewaard.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Nabij backup (*.nabijbackup)</source>
        <translation>Back-up van Nabij (*.nabijbackup)</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>Kies eerst het back-upbestand.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup.</source>
        <translation>Typ de wachtzin van de back-up.</translation>
    </message>
    <message>
        <source>Restoring and checking…</source>
        <translation>Bezig met terugzetten en controleren…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Nabij is your working companion, not the official dossier: the municipality keeps that file under its own rules. Your notes here lose their purpose some time after contact ends. Nabij keeps them {months} months after the last contact, long enough for a new application to pick up where you left off. You can change this period in the settings.</source>
        <translation>Nabij is je hulpmiddel bij het werk, niet het officiële dossier: dat bewaart de gemeente volgens haar eigen regels. Je notities hier verliezen hun doel een tijd nadat het contact is gestopt. Nabij bewaart ze {months} maanden na het laatste contact. Dat is lang genoeg om bij een nieuwe aanvraag verder te gaan waar je was gebleven. Je kunt deze termijn veranderen bij de instellingen.</translation>
    </message>
    <message>
        <source>Residents past their retention date</source>
        <translation>Inwoners van wie de bewaartermijn voorbij is</translation>
    </message>
    <message>
        <source>Save an access export (PDF) of each one first</source>
        <translation>Eerst van elk een inzage-export (pdf) opslaan</translation>
    </message>
    <message>
        <source>Remove the ticked residents</source>
        <translation>De aangevinkte inwoners verwijderen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>{name} — last contact {last}, kept until {until}, {n} meeting(s)</source>
        <translation>{name} — laatste contact {last}, bewaard tot {until}, {n} gesprek(ken)</translation>
    </message>
    <message>
        <source>Nobody is past their retention date.</source>
        <translation>Bij niemand is de bewaartermijn voorbij.</translation>
    </message>
    <message>
        <source>Folder for the exports</source>
        <translation>Map voor de exports</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Er is niets verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) removed.</source>
        <translation>
            <numerusform>%n inwoner verwijderd.</numerusform>
            <numerusform>%n inwoners verwijderd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfCheckDialog</name>
    <message>
        <source>Looking back, for yourself</source>
        <translation>Terugkijken, voor jezelf</translation>
    </message>
    <message>
        <source>Only you see this. It is never part of an export with names; the team can only get anonymous counts, and only when you export them.</source>
        <translation>Alleen jij ziet dit. Het komt nooit in een export met namen. Het team krijgt alleen anonieme aantallen, en alleen als jij die exporteert.</translation>
    </message>
    <message>
        <source>Was it a real conversation?</source>
        <translation>Was het een echt gesprek?</translation>
    </message>
    <message>
        <source>Did we have a shared goal?</source>
        <translation>Hadden we een gezamenlijk doel?</translation>
    </message>
    <message>
        <source>Did my approach fit how the resident sees their situation?</source>
        <translation>Paste mijn aanpak bij hoe de inwoner de eigen situatie ziet?</translation>
    </message>
    <message>
        <source>not really</source>
        <translation>niet echt</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>een beetje</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Keep a resident&apos;s notes for (months after last contact)</source>
        <translation>Notities over een inwoner bewaren (maanden na het laatste contact)</translation>
    </message>
    <message>
        <source>Nabij is not the official dossier: the municipality keeps that under its own retention rules (the Participatiewet dossier). The notes here are working notes for the conversation, and they lose their purpose some time after contact ends. We chose 24 months after the last contact as the default because it covers a typical period in which a resident applies again, so the consultant does not have to ask their story again. After that, Nabij offers to export and then delete them. This is our reasoning for a default, not a legal term; your municipality may choose another.</source>
        <translation>Nabij is niet het officiële dossier: dat bewaart de gemeente volgens haar eigen bewaarregels (het dossier voor de Participatiewet). De notities hier zijn werkaantekeningen voor het gesprek. Ze verliezen hun doel een tijd nadat het contact is gestopt. We kozen standaard 24 maanden na het laatste contact. Dat is ongeveer de tijd waarin een inwoner vaak opnieuw een aanvraag doet. Dan hoeft de consulent het verhaal niet opnieuw te vragen. Daarna stelt Nabij voor om de notities te exporteren en te wissen. Dit is onze reden voor een standaard, geen wettelijke termijn. Je gemeente kan een andere termijn kiezen.</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Vergrendelen na zoveel minuten zonder gebruik</translation>
    </message>
    <message>
        <source>The resident may see the screen and the consultant may step away: Nabij locks itself.</source>
        <translation>De inwoner kan het scherm zien en de consulent loopt misschien even weg: Nabij vergrendelt zichzelf.</translation>
    </message>
    <message>
        <source>Clear copied text from the clipboard after (seconds)</source>
        <translation>Gekopieerde tekst van het klembord halen na (seconden)</translation>
    </message>
    <message>
        <source>A meeting summary copied for the official dossier does not stay on the clipboard.</source>
        <translation>Een samenvatting die je voor het officiële dossier kopieert, blijft niet op het klembord staan.</translation>
    </message>
    <message>
        <source>Default form of address for new residents</source>
        <translation>Standaard aanspreekvorm voor nieuwe inwoners</translation>
    </message>
    <message>
        <source>&quot;je&quot; or &quot;u&quot;; each resident can have their own.</source>
        <translation>‘je’ of ‘u’. Elke inwoner kan een eigen vorm hebben.</translation>
    </message>
    <message>
        <source>Print the client number on the agreements slip</source>
        <translation>Het klantnummer op het afsprakenbriefje zetten</translation>
    </message>
    <message>
        <source>Off by default: the slip goes home with the resident and may be seen by others.</source>
        <translation>Staat standaard uit: het briefje gaat mee naar huis en anderen kunnen het zien.</translation>
    </message>
    <message>
        <source>Second language on the agreements slip</source>
        <translation>Tweede taal op het afsprakenbriefje</translation>
    </message>
    <message>
        <source>For residents whose own language is not known. A resident&apos;s own language (Voorbereiding, &apos;Language&apos;) comes first; you can change it per document in the preview. Empty for Dutch only.</source>
        <translation>Voor inwoners van wie de eigen taal niet bekend is. De eigen taal van de inwoner (Voorbereiding, &apos;Taal&apos;) gaat voor; je kunt het per document aanpassen in het voorbeeld. Leeg voor alleen Nederlands.</translation>
    </message>
    <message>
        <source>Paper for the agreements slip</source>
        <translation>Papier voor het afsprakenbriefje</translation>
    </message>
    <message>
        <source>A5 is half an A4 sheet. Choose A4 when the office printer has no A5 tray: the slip is then laid out for A4, never printed as a small page on a large sheet.</source>
        <translation>A5 is een half A4-vel. Kies A4 als de printer op kantoor geen A5-lade heeft: het briefje wordt dan voor A4 opgemaakt, en nooit als klein blaadje op een groot vel gedrukt.</translation>
    </message>
    <message>
        <source>Logo on slips and letters (PNG or JPEG file)</source>
        <translation>Logo op briefjes en brieven (PNG- of JPEG-bestand)</translation>
    </message>
    <message>
        <source>Empty for no logo. The municipality&apos;s name is always printed.</source>
        <translation>Leeg voor geen logo. De naam van de gemeente staat er altijd op.</translation>
    </message>
    <message>
        <source>Offer read-aloud in the resident view (F9)</source>
        <translation>Voorlezen aanbieden op het scherm voor de inwoner (F9)</translation>
    </message>
    <message>
        <source>Reads the resident view aloud with the computer&apos;s own voices; nothing goes over the internet. Off: the button is not shown.</source>
        <translation>Leest het scherm voor de inwoner voor met de stemmen van de computer zelf; er gaat niets over internet. Uit: de knop staat er niet.</translation>
    </message>
    <message>
        <source>Folder offered for backups</source>
        <translation>Map die wordt voorgesteld voor back-ups</translation>
    </message>
    <message>
        <source>Empty to choose a folder each time. Your organisation may set a network folder here.</source>
        <translation>Leeg om elke keer een map te kiezen. Je organisatie kan hier een netwerkmap instellen.</translation>
    </message>
    <message>
        <source>Remind me to make a backup after (days)</source>
        <translation>Herinner me aan een back-up na (dagen)</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Taal van de app</translation>
    </message>
    <message>
        <source>Text size (percent)</source>
        <translation>Tekstgrootte (procent)</translation>
    </message>
    <message>
        <source>Team secret for signal files</source>
        <translation>Teamgeheim voor signaalbestanden</translation>
    </message>
    <message>
        <source>The same words for everyone in the team, at least 8 characters. Signal files are signed with it, so the team lead can see that a file was not changed.</source>
        <translation>Dezelfde woorden voor iedereen in het team, minstens 8 tekens. Signaalbestanden worden ermee ondertekend, zodat de teamleider ziet dat een bestand niet is veranderd.</translation>
    </message>
    <message>
        <source>Hide team counts below</source>
        <translation>Teamaantallen verbergen onder</translation>
    </message>
    <message>
        <source>A small count could point to one resident: it is shown as &quot;fewer than&quot; instead.</source>
        <translation>Een klein aantal kan naar één inwoner wijzen: dan staat er &quot;minder dan&quot;.</translation>
    </message>
    <message>
        <source>What was done with signals</source>
        <translation>Wat is er met signalen gedaan</translation>
    </message>
    <message>
        <source>The team&apos;s register, imported from the team lead&apos;s file (JSON).</source>
        <translation>Het register van het team, geïmporteerd uit het bestand van de teamleider (JSON).</translation>
    </message>
    <message>
        <source>Signal source</source>
        <translation>Bron van signalen</translation>
    </message>
    <message>
        <source>A random tag, so a signal exported twice is counted once.</source>
        <translation>Een willekeurig kenmerk, zodat een signaal dat twee keer is geëxporteerd één keer telt.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Laatste back-up</translation>
    </message>
    <message>
        <source>When the last backup was written and checked (ISO 8601, UTC); empty when never.</source>
        <translation>Wanneer de laatste back-up is gemaakt en gecontroleerd (ISO 8601, UTC). Leeg als dat nog nooit is gebeurd.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Set by your organisation&apos;s IT (policy); you can&apos;t change it here.</source>
        <translation>Ingesteld door de IT-afdeling van je organisatie (beleid); je kunt dit hier niet wijzigen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>je (informal)</source>
        <translation>je (informeel)</translation>
    </message>
    <message>
        <source>u (formal)</source>
        <translation>u (formeel)</translation>
    </message>
    <message>
        <source>A5 (half an A4 sheet)</source>
        <translation>A5 (half A4-vel)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Locked by IT</source>
        <translation>Vastgezet door IT</translation>
    </message>
    <message>
        <source>The key to your data is kept in: {store}</source>
        <translation>De sleutel van je gegevens staat in: {store}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Inhoudspakket</translation>
    </message>
    <message>
        <source>prompts</source>
        <translation>handvatten</translation>
    </message>
    <message>
        <source>baggage categories</source>
        <translation>bagage-onderwerpen</translation>
    </message>
    <message>
        <source>life domains</source>
        <translation>leefgebieden</translation>
    </message>
    <message>
        <source>background cards</source>
        <translation>achtergrondkaarten</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>doorverwijzingen</translation>
    </message>
    <message>
        <source>will / won&apos;t / can&apos;t lines</source>
        <translation>regels &apos;wil / wil niet / kan niet&apos;</translation>
    </message>
    <message>
        <source>No content pack: Nabij uses its own content.</source>
        <translation>Geen inhoudspakket: Nabij gebruikt de eigen inhoud.</translation>
    </message>
    <message>
        <source>no version given</source>
        <translation>geen versie opgegeven</translation>
    </message>
    <message>
        <source>no date given</source>
        <translation>geen datum opgegeven</translation>
    </message>
    <message>
        <source>{kind}: {changed} changed, {added} added</source>
        <translation>{kind}: {changed} gewijzigd, {added} toegevoegd</translation>
    </message>
    <message>
        <source>{name}, version {version}, of {date}</source>
        <translation>{name}, versie {version}, van {date}</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Bestand: {file}</translation>
    </message>
    <message>
        <source>It changes: {changes}</source>
        <translation>Wat het verandert: {changes}</translation>
    </message>
    <message>
        <source>The pack is chosen by your organisation&apos;s IT (policy); you can&apos;t change it here.</source>
        <translation>Het pakket is gekozen door de IT-afdeling van je organisatie (beleid); je kunt het hier niet wijzigen.</translation>
    </message>
</context>
<context>
    <name>SignalsDialog</name>
    <message>
        <source>Signals for the team</source>
        <translation>Signalen voor het team</translation>
    </message>
    <message>
        <source>System critique that residents voice often disappears somewhere. Here it stays, anonymous, so the team can talk about it and take it further.</source>
        <translation>Kritiek van inwoners op het systeem raakt vaak ergens kwijt. Hier blijft die bewaard, anoniem, zodat het team erover kan praten en er iets mee kan doen.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Up to and including</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>New signal…</source>
        <translation>Nieuw signaal…</translation>
    </message>
    <message>
        <source>New signal</source>
        <translation>Nieuw signaal</translation>
    </message>
    <message>
        <source>Signals per topic and month</source>
        <translation>Signalen per onderwerp en maand</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Import &quot;what was done&quot;…</source>
        <translation>&quot;Wat is ermee gedaan&quot; importeren…</translation>
    </message>
    <message>
        <source>Import the team&apos;s register of what was done</source>
        <translation>Het register van het team importeren: wat is ermee gedaan</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Pdf exporteren…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Pdf exporteren</translation>
    </message>
    <message>
        <source>Export for the team…</source>
        <translation>Exporteren voor het team…</translation>
    </message>
    <message>
        <source>Export a signed file for the team lead</source>
        <translation>Een ondertekend bestand exporteren voor de teamleider</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>{topic}: {what} ({role}, {date})</source>
        <translation>{topic}: {what} ({role}, {date})</translation>
    </message>
    <message>
        <source>What was done with it:</source>
        <translation>Wat is ermee gedaan:</translation>
    </message>
    <message>
        <source>What was done with it: nothing imported yet.</source>
        <translation>Wat is ermee gedaan: nog niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Import what was done</source>
        <translation>Wat is ermee gedaan importeren</translation>
    </message>
    <message>
        <source>Register files (*.json)</source>
        <translation>Registerbestanden (*.json)</translation>
    </message>
    <message>
        <source>too large for a register file</source>
        <translation>te groot voor een registerbestand</translation>
    </message>
    <message>
        <source>not a register file of Nabij</source>
        <translation>geen registerbestand van Nabij</translation>
    </message>
    <message>
        <source>made by a newer version of Nabij</source>
        <translation>gemaakt met een nieuwere versie van Nabij</translation>
    </message>
    <message>
        <source>changed after it was made, or made with another team secret</source>
        <translation>veranderd nadat het is gemaakt, of gemaakt met een ander teamgeheim</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
    <message>
        <source>Could not be read: {file}.</source>
        <translation>Kon niet worden gelezen: {file}.</translation>
    </message>
    <message>
        <source>Refused: {file}: {reason}.</source>
        <translation>Geweigerd: {file}: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) imported.</source>
        <translation>
            <numerusform>%n regel geïmporteerd.</numerusform>
            <numerusform>%n regels geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export signals</source>
        <translation>Signalen exporteren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Signal files (*.json)</source>
        <translation>Signaalbestanden (*.json)</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) exported to {path}.</source>
        <translation>
            <numerusform>%n signaal geëxporteerd naar {path}.</numerusform>
            <numerusform>%n signalen geëxporteerd naar {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SphereColumn</name>
    <message>
        <source>New line for “%1”</source>
        <translation>Nieuwe regel voor ‘%1’</translation>
    </message>
    <message>
        <source>Type a line, or pick an example from the list. Enter adds it.</source>
        <translation>Typ een regel of kies een voorbeeld uit de lijst. Met Enter voeg je hem toe.</translation>
    </message>
    <message>
        <source>Type or pick…</source>
        <translation>Typ of kies…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add to “%1”</source>
        <translation>Toevoegen aan ‘%1’</translation>
    </message>
    <message>
        <source>Add this line (Enter)</source>
        <translation>Deze regel toevoegen (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected line from “%1”</source>
        <translation>De gekozen regel verwijderen uit ‘%1’</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete). F2 changes its text.</source>
        <translation>De gekozen regel verwijderen (Delete). Met F2 verander je de tekst.</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>Doorverwijzen naar</translation>
    </message>
    <message>
        <source>Who can help instead (from the referral directory)</source>
        <translation>Wie in plaats van jou kan helpen (uit de sociale kaart)</translation>
    </message>
    <message>
        <source>Refer to… (none)</source>
        <translation>Doorverwijzen naar… (niemand)</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>Nabij cannot use the data folder {folder}: {reason}</source>
        <translation>Nabij kan de map met gegevens {folder} niet gebruiken: {reason}</translation>
    </message>
    <message>
        <source>Nabij is already open on {folder}; that window was brought to the front.</source>
        <translation>Nabij is al open met {folder}; dat venster staat nu vooraan.</translation>
    </message>
    <message>
        <source>Another Nabij holds the data folder {folder} but does not answer: it may still be starting, or be stuck. Wait a moment and start Nabij again. If that does not help, close Nabij in the Task Manager or restart the computer. Nothing was changed.</source>
        <translation>Een andere Nabij houdt de map met gegevens {folder} vast, maar reageert niet: misschien start die nog, of hij is vastgelopen. Wacht even en start Nabij opnieuw. Helpt dat niet, sluit Nabij dan in Taakbeheer of start de computer opnieuw. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Nabij cannot write in the data folder {folder} (is it read-only?). Nothing was changed.</source>
        <translation>Nabij kan niet schrijven in de map met gegevens {folder} (is die alleen-lezen?). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Nabij could not start. {reason} Nothing was changed. Start Nabij again; if this happens again, give IT the log in {folder}.</source>
        <translation>Nabij kon niet starten. {reason} Er is niets veranderd. Start Nabij opnieuw; gebeurt dit weer, geef dan het logboek in {folder} aan de IT-afdeling.</translation>
    </message>
    <message>
        <source>Nabij cannot write in the data folder {folder}: {reason}. Nothing was changed.</source>
        <translation>Nabij kan niet schrijven in de map met gegevens {folder}: {reason}. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>SummaryDraft</name>
    <message>
        <source>We talked about: %1.</source>
        <translation>We spraken over: %1.</translation>
    </message>
    <message>
        <source>The resident will: %1.</source>
        <translation>De inwoner gaat: %1.</translation>
    </message>
    <message>
        <source>I will: %1.</source>
        <translation>Ik ga: %1.</translation>
    </message>
    <message>
        <source>Together we will: %1.</source>
        <translation>Samen gaan we: %1.</translation>
    </message>
</context>
<context>
    <name>TeamSignalsDialog</name>
    <message>
        <source>Team signals: merge files</source>
        <translation>Teamsignalen: bestanden samenvoegen</translation>
    </message>
    <message>
        <source>Add the signal files your team members exported (Team &gt; Signals &gt; Export for the team). A file that was changed is refused; a signal in two files counts once. Counts below {k} are hidden, so they cannot point to one resident.</source>
        <translation>Voeg de signaalbestanden toe die je teamleden exporteerden (Team &gt; Signalen &gt; Exporteren voor het team). Een bestand dat is veranderd, wordt geweigerd; een signaal dat in twee bestanden staat, telt één keer. Aantallen onder {k} zijn verborgen, zodat ze niet naar één inwoner kunnen wijzen.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Bestanden toevoegen…</translation>
    </message>
    <message>
        <source>Add signal files</source>
        <translation>Signaalbestanden toevoegen</translation>
    </message>
    <message>
        <source>Team signals per topic and month</source>
        <translation>Teamsignalen per onderwerp en maand</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Pdf exporteren…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Pdf exporteren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>What was done with it</source>
        <translation>Wat is ermee gedaan</translation>
    </message>
    <message>
        <source>What was done, in one line a resident understands</source>
        <translation>Wat er is gedaan, in één regel die een inwoner begrijpt</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Wat er is gedaan</translation>
    </message>
    <message>
        <source>By whom (a role, not a name)</source>
        <translation>Door wie (functie, geen naam)</translation>
    </message>
    <message>
        <source>By whom (a role)</source>
        <translation>Door wie (functie)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Add line to the register</source>
        <translation>Regel toevoegen aan het register</translation>
    </message>
    <message>
        <source>Export for the team…</source>
        <translation>Exporteren voor het team…</translation>
    </message>
    <message>
        <source>Export the register for the team</source>
        <translation>Het register exporteren voor het team</translation>
    </message>
    <message>
        <source>{topic}: {what} ({role}, {date})</source>
        <translation>{topic}: {what} ({role}, {date})</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>fewer than {k}</source>
        <translation>minder dan {k}</translation>
    </message>
    <message>
        <source>too large for a signal file</source>
        <translation>te groot voor een signaalbestand</translation>
    </message>
    <message>
        <source>not a Nabij signal file</source>
        <translation>geen signaalbestand van Nabij</translation>
    </message>
    <message>
        <source>made by a newer version of Nabij</source>
        <translation>gemaakt met een nieuwere versie van Nabij</translation>
    </message>
    <message>
        <source>changed after it was made, or made with another team secret</source>
        <translation>veranderd nadat het is gemaakt, of gemaakt met een ander teamgeheim</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
    <message>
        <source>Signal files (*.json)</source>
        <translation>Signaalbestanden (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n bestand gelezen</numerusform>
            <numerusform>%n bestanden gelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate signal(s) counted once</source>
        <translation>
            <numerusform>%n dubbel signaal één keer geteld</numerusform>
            <numerusform>%n dubbele signalen één keer geteld</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: {file}: {reason}.</source>
        <translation>Geweigerd: {file}: {reason}.</translation>
    </message>
    <message>
        <source>Could not be read: {file}.</source>
        <translation>Kon niet worden gelezen: {file}.</translation>
    </message>
    <message>
        <source>Export team signals</source>
        <translation>Teamsignalen exporteren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Register files (*.json)</source>
        <translation>Registerbestanden (*.json)</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>number</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Geëxporteerd naar {path}.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Feeling after each meeting</source>
        <translation>Gevoel na elk gesprek</translation>
    </message>
    <message>
        <source>No check-out scores yet.</source>
        <translation>Nog geen check-outscores.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Nabij</source>
        <translation>Nabij ontgrendelen</translation>
    </message>
    <message>
        <source>Nabij is locked</source>
        <translation>Nabij is vergrendeld</translation>
    </message>
    <message>
        <source>Your work was saved and closed. Nothing about residents is on screen.</source>
        <translation>Je werk is opgeslagen en gesloten. Er staat niets over inwoners op het scherm.</translation>
    </message>
    <message>
        <source>Type your passphrase to open your data.</source>
        <translation>Typ je wachtzin om je gegevens te openen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>This is the demo, with fictional residents only. Its passphrase is:</source>
        <translation>Dit is de demo, met alleen verzonnen inwoners. De wachtzin is:</translation>
    </message>
    <message>
        <source>Demo passphrase</source>
        <translation>Wachtzin van de demo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Map met gegevens: {path}</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Quit Nabij…</source>
        <translation>Nabij afsluiten…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Quit Nabij</source>
        <translation>Nabij afsluiten</translation>
    </message>
    <message>
        <source>Quit Nabij?</source>
        <translation>Nabij afsluiten?</translation>
    </message>
    <message>
        <source>Some text could not be saved when Nabij locked (is the disk full?). Quitting now loses it; unlock to save it.</source>
        <translation>Bij het vergrendelen kon Nabij een deel van je tekst niet opslaan (is de schijf vol?). Sluit je nu af, dan ben je die kwijt; ontgrendel om hem op te slaan.</translation>
    </message>
    <message>
        <source>Quit Nabij? Your work was saved when Nabij locked. To go on, type your passphrase instead.</source>
        <translation>Nabij afsluiten? Je werk is bewaard toen Nabij op slot ging. Wil je verder, typ dan je wachtzin.</translation>
    </message>
    <message>
        <source>Stay locked</source>
        <translation>Op slot laten</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Typ eerst je wachtzin.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Bezig met openen…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>Die wachtzin klopt niet. Kijk of Caps Lock aan staat en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; your data was not changed.</source>
        <translation>Er ging iets onverwachts mis. Je gegevens zijn niet veranderd.</translation>
    </message>
</context>
<context>
    <name>WrapUpTab</name>
    <message>
        <source>“%1”: plainer is %2</source>
        <translation>“%1”: gewoner is %2</translation>
    </message>
    <message>
        <source>Words the resident may not know. %1</source>
        <translation>Woorden die de inwoner misschien niet kent. %1</translation>
    </message>
    <message>
        <source>Choose a resident on the left to wrap up the meeting.</source>
        <translation>Kies links een inwoner om het gesprek af te ronden.</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Laatste actie</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Nieuwe afspraak…</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <source>Type what is agreed and press Enter</source>
        <translation>Typ wat jullie afspreken en druk op Enter</translation>
    </message>
    <message>
        <source>Who does the new agreement</source>
        <translation>Wie doet de nieuwe afspraak</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <source>Add this agreement (Enter)</source>
        <translation>Deze afspraak toevoegen (Enter)</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Volgende afspraak</translation>
    </message>
    <message>
        <source>Make a next appointment</source>
        <translation>Een volgende afspraak maken</translation>
    </message>
    <message>
        <source>Date of the next appointment</source>
        <translation>Datum van de volgende afspraak</translation>
    </message>
    <message>
        <source>Time of the next appointment</source>
        <translation>Tijd van de volgende afspraak</translation>
    </message>
    <message>
        <source>Place of the next appointment</source>
        <translation>Plek van de volgende afspraak</translation>
    </message>
    <message>
        <source>Where exactly (optional)</source>
        <translation>Waar precies (mag leeg)</translation>
    </message>
    <message>
        <source>Place detail of the next appointment</source>
        <translation>Adres of kamer van de volgende afspraak</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>With what feeling do you leave?</source>
        <translation>Met welk gevoel ga je weg?</translation>
    </message>
    <message>
        <source>In the resident&apos;s words</source>
        <translation>In de woorden van de inwoner</translation>
    </message>
    <message>
        <source>The feeling in words</source>
        <translation>Het gevoel in woorden</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Wat werkte</translation>
    </message>
    <message>
        <source>What worked in this meeting?</source>
        <translation>Wat werkte in dit gesprek?</translation>
    </message>
    <message>
        <source>What could be better</source>
        <translation>Wat kan beter</translation>
    </message>
    <message>
        <source>What could be better next time?</source>
        <translation>Wat kan de volgende keer beter?</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>In woorden</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Summary of this meeting</source>
        <translation>Samenvatting van dit gesprek</translation>
    </message>
    <message>
        <source>In a few sentences, as you would tell it to the resident. Shown before the next meeting.</source>
        <translation>In een paar zinnen, zoals je het de inwoner zou vertellen. Je ziet het terug voor het volgende gesprek.</translation>
    </message>
    <message>
        <source>Fill in from agenda and agreements</source>
        <translation>Invullen uit agenda en afspraken</translation>
    </message>
    <message>
        <source>Fill in the summary from the agenda and agreements</source>
        <translation>Vul de samenvatting in uit de agenda en de afspraken</translation>
    </message>
    <message>
        <source>Write the topics ticked and the agreements into the summary, to edit further</source>
        <translation>Zet de afgevinkte onderwerpen en de afspraken in de samenvatting, om verder te bewerken</translation>
    </message>
    <message>
        <source>On the slip, only if ticked:</source>
        <translation>Alleen op het briefje als aangevinkt:</translation>
    </message>
    <message>
        <source>The slip goes home with the resident and others may see it: discreet referrals stay off unless you tick them</source>
        <translation>Het briefje gaat mee naar huis en anderen kunnen het zien: discrete verwijzingen staan er alleen op als je ze aanvinkt</translation>
    </message>
    <message>
        <source>Referrals left off the slip</source>
        <translation>Verwijzingen die niet op het briefje staan</translation>
    </message>
    <message>
        <source>Print %1 on the slip</source>
        <translation>%1 op het briefje zetten</translation>
    </message>
    <message>
        <source>Not on the slip, no contact details: %1</source>
        <translation>Niet op het briefje, want zonder contactgegevens: %1</translation>
    </message>
    <message>
        <source>Preview slip…</source>
        <translation>Voorbeeld briefje…</translation>
    </message>
    <message>
        <source>Preview the agreements slip</source>
        <translation>Voorbeeld van het afsprakenbriefje</translation>
    </message>
    <message>
        <source>Preview the agreements slip, then print or save it (%1)</source>
        <translation>Bekijk het afsprakenbriefje en druk het af of sla het op (%1)</translation>
    </message>
    <message>
        <source>Copy summary for the dossier</source>
        <translation>Samenvatting voor het dossier kopiëren</translation>
    </message>
    <message>
        <source>Copy date, topics, agreements and next appointment as text, to paste into the official dossier</source>
        <translation>Kopieer datum, onderwerpen, afspraken en volgende afspraak als tekst, om in het officiële dossier te plakken</translation>
    </message>
    <message>
        <source>include baggage</source>
        <translation>met bagage</translation>
    </message>
    <message>
        <source>Include baggage in the summary</source>
        <translation>Bagage opnemen in de samenvatting</translation>
    </message>
    <message>
        <source>Off by default: what the resident shared stays out of the dossier</source>
        <translation>Staat standaard uit: wat de inwoner vertelde, blijft buiten het dossier</translation>
    </message>
    <message>
        <source>include notes</source>
        <translation>met notities</translation>
    </message>
    <message>
        <source>Include quick notes in the summary</source>
        <translation>Snelle notities opnemen in de samenvatting</translation>
    </message>
    <message>
        <source>Off by default: your quick notes stay out of the dossier</source>
        <translation>Staat standaard uit: je snelle notities blijven buiten het dossier</translation>
    </message>
    <message>
        <source>Close meeting…</source>
        <translation>Gesprek afsluiten…</translation>
    </message>
    <message>
        <source>Close this meeting</source>
        <translation>Dit gesprek afsluiten</translation>
    </message>
    <message>
        <source>Close the meeting; a next appointment, if set, is planned</source>
        <translation>Sluit het gesprek af. Een volgende afspraak, als die er is, wordt gepland</translation>
    </message>
    <message>
        <source>Calendar file (.ics)…</source>
        <translation>Agendabestand (.ics)…</translation>
    </message>
    <message>
        <source>Save the next appointment as a calendar file</source>
        <translation>De volgende afspraak opslaan als agendabestand</translation>
    </message>
    <message>
        <source>Save the next appointment as an .ics file, to send by mail; a phone adds it to its calendar</source>
        <translation>Sla de volgende afspraak op als .ics-bestand, om te mailen; een telefoon zet hem dan in de agenda</translation>
    </message>
    <message>
        <source>Copy message for WhatsApp or mail</source>
        <translation>Bericht kopiëren voor WhatsApp of mail</translation>
    </message>
    <message>
        <source>Copy a short message for WhatsApp or mail</source>
        <translation>Een kort bericht kopiëren voor WhatsApp of mail</translation>
    </message>
    <message>
        <source>The next appointment and how to reach you, in Dutch and the resident&apos;s language</source>
        <translation>De volgende afspraak en hoe de inwoner je bereikt, in het Nederlands en in de taal van de inwoner</translation>
    </message>
    <message>
        <source>To the phone:</source>
        <translation>Naar de telefoon:</translation>
    </message>
    <message>
        <source>agreed earlier</source>
        <translation>eerder afgesproken</translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation>afgesproken op %1</translation>
    </message>
    <message>
        <source>Made in this meeting</source>
        <translation>Gemaakt in dit gesprek</translation>
    </message>
    <message>
        <source>No agreements yet. Add one below, or press Ctrl+Return on a line in the conversation.</source>
        <translation>Nog geen afspraken. Voeg er hieronder een toe, of druk op Ctrl+Return op een regel in het gesprek.</translation>
    </message>
    <message>
        <source>Still open from earlier meetings</source>
        <translation>Nog open uit eerdere gesprekken</translation>
    </message>
    <message>
        <source>No meeting is open.</source>
        <translation>Er is geen gesprek open.</translation>
    </message>
    <message>
        <source>Making the slip…</source>
        <translation>Het briefje wordt gemaakt…</translation>
    </message>
    <message>
        <source>Agreements slip</source>
        <translation>Afsprakenbriefje</translation>
    </message>
    <message>
        <source>agreements-slip</source>
        <translation>afsprakenbriefje</translation>
    </message>
    <message>
        <source>The slip could not be made: %1</source>
        <translation>Het briefje kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>Message copied. Paste it into WhatsApp or a mail.</source>
        <translation>Bericht gekopieerd. Plak het in WhatsApp of in een mail.</translation>
    </message>
    <message>
        <source>There is no next appointment yet: plan one first.</source>
        <translation>Er is nog geen volgende afspraak: plan die eerst.</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>Agendabestand opslaan</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>afspraak</translation>
    </message>
    <message>
        <source>Summary copied. Paste it into the dossier.</source>
        <translation>Samenvatting gekopieerd. Plak hem in het dossier.</translation>
    </message>
    <message>
        <source>Close this meeting? The next appointment (%1) is planned right away.</source>
        <translation>Dit gesprek afsluiten? De volgende afspraak (%1) wordt meteen gepland.</translation>
    </message>
    <message>
        <source>Close this meeting? There is no next appointment yet.</source>
        <translation>Dit gesprek afsluiten? Er is nog geen volgende afspraak.</translation>
    </message>
    <message>
        <source>Close meeting</source>
        <translation>Gesprek afsluiten</translation>
    </message>
    <message>
        <source>Meeting closed. The next meeting is planned for %1.</source>
        <translation>Gesprek afgesloten. Het volgende gesprek is gepland op %1.</translation>
    </message>
    <message>
        <source>Meeting closed.</source>
        <translation>Gesprek afgesloten.</translation>
    </message>
    <message>
        <source>Meeting reopened.</source>
        <translation>Gesprek heropend.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>There is nothing to print: the document is empty.</source>
        <translation>Er is niets om af te drukken: het document is leeg.</translation>
    </message>
    <message>
        <source>No printer was chosen.</source>
        <translation>Er is geen printer gekozen.</translation>
    </message>
    <message>
        <source>The print command &apos;lp&apos; was not found.</source>
        <translation>De printopdracht ‘lp’ is niet gevonden.</translation>
    </message>
    <message>
        <source>Printing needs the application to be running.</source>
        <translation>Afdrukken kan alleen als de app draait.</translation>
    </message>
    <message>
        <source>There is nothing to save: the document is empty.</source>
        <translation>Er is niets om op te slaan: het document is leeg.</translation>
    </message>
    <message>
        <source>There is no next appointment to save.</source>
        <translation>Er is geen volgende afspraak om op te slaan.</translation>
    </message>
    <message>
        <source>No file was chosen to print to.</source>
        <translation>Er is geen bestand gekozen om naar af te drukken.</translation>
    </message>
    <message>
        <source>Sent to printer &apos;{name}&apos;.</source>
        <translation>Naar printer ‘{name}’ gestuurd.</translation>
    </message>
    <message>
        <source>The document could not be read for printing ({error}).</source>
        <translation>Het document kon niet worden gelezen om af te drukken ({error}).</translation>
    </message>
    <message>
        <source>The printer did not finish the job.</source>
        <translation>De printer heeft de opdracht niet afgemaakt.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Opgeslagen als {path}.</translation>
    </message>
    <message>
        <source>Unknown paper size: {media}.</source>
        <translation>Onbekend papierformaat: {media}.</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>foutcode {code}</translation>
    </message>
    <message>
        <source>Printing on &apos;{name}&apos; failed: {detail}</source>
        <translation>Afdrukken op ‘{name}’ is mislukt: {detail}</translation>
    </message>
    <message>
        <source>Printed {pages} page(s).</source>
        <translation>{pages} pagina(&apos;s) afgedrukt.</translation>
    </message>
    <message>
        <source>The printer &apos;{name}&apos; did not answer in time.</source>
        <translation>De printer ‘{name}’ reageerde niet op tijd.</translation>
    </message>
    <message>
        <source>Could not start the print command: {error}</source>
        <translation>Kon de printopdracht niet starten: {error}</translation>
    </message>
    <message>
        <source>Could not start printing on &apos;{name}&apos;.</source>
        <translation>Kon het afdrukken op ‘{name}’ niet starten.</translation>
    </message>
    <message>
        <source>Could not save the PDF to {path}: {reason}.</source>
        <translation>Kon de pdf niet opslaan in {path}: {reason}.</translation>
    </message>
    <message>
        <source>Could not save the calendar file to {path}: {reason}.</source>
        <translation>Het agendabestand kon niet worden opgeslagen in {path}: {reason}.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>De printer weigerde een nieuwe pagina.</translation>
    </message>
    <message>
        <source>Page {n} could not be drawn.</source>
        <translation>Pagina {n} kon niet worden getekend.</translation>
    </message>
</context>
</TS>
