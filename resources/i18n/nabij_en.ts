<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>[name]</source>
        <translation>[name]</translation>
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
        <translation>[number]</translation>
    </message>
</context>
<context>
    <name>AgreementRow</name>
    <message>
        <source>What is agreed?</source>
        <translation>What is agreed?</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>Agreement text</translation>
    </message>
    <message>
        <source>Remove this agreement</source>
        <translation>Remove this agreement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Has a due date</translation>
    </message>
    <message>
        <source>Untick for no date</source>
        <translation>Untick for no date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Date passed</source>
        <translation>Date passed</translation>
    </message>
    <message>
        <source>Agree a new date, or as soon as possible (no date): the slip never shows a date that has passed.</source>
        <translation>Agree a new date, or as soon as possible (no date): the slip never shows a date that has passed.</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>New due date</translation>
    </message>
    <message>
        <source>Set this date</source>
        <translation>Set this date</translation>
    </message>
    <message>
        <source>Set the new due date</source>
        <translation>Set the new due date</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>As soon as possible</translation>
    </message>
    <message>
        <source>As soon as possible, without a date</source>
        <translation>As soon as possible, without a date</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Together</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>{path} is a folder, not the database file. Nabij does not change it: rename or move it, or restore your backup.</source>
        <translation>{path} is a folder, not the database file. Nabij does not change it: rename or move it, or restore your backup.</translation>
    </message>
    <message>
        <source>{path} is not a Nabij database. It was not changed.</source>
        <translation>{path} is not a Nabij database. It was not changed.</translation>
    </message>
    <message>
        <source>The key file {path} is missing. Put it back from your backup; the database was not changed.</source>
        <translation>The key file {path} is missing. Put it back from your backup; the database was not changed.</translation>
    </message>
    <message>
        <source>The database {path} is missing, but its key file is there. Restore the database from your backup; nothing was created or changed.</source>
        <translation>The database {path} is missing, but its key file is there. Restore the database from your backup; nothing was created or changed.</translation>
    </message>
    <message>
        <source>Nabij cannot open your data</source>
        <translation>Nabij cannot open your data</translation>
    </message>
    <message>
        <source>Nothing was deleted or overwritten.</source>
        <translation>Nothing was deleted or overwritten.</translation>
    </message>
    <message>
        <source>You can restore your most recent backup. It goes into a fresh folder and is checked first; the current files are kept aside.</source>
        <translation>You can restore your most recent backup. It goes into a fresh folder and is checked first; the current files are kept aside.</translation>
    </message>
    <message>
        <source>Text typed before the lock is saved now.</source>
        <translation>Text typed before the lock is saved now.</translation>
    </message>
    <message>
        <source>Text typed before the lock still cannot be saved: is the disk full? It is kept until it can be saved.</source>
        <translation>Text typed before the lock still cannot be saved: is the disk full? It is kept until it can be saved.</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Your passphrase was changed.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>What happened to data in Nabij: prints, saved PDFs, exports, erasures, backups and restores. For your privacy officer (FG). It holds no names or notes: only fixed codes, dates and numbers.</source>
        <translation>What happened to data in Nabij: prints, saved PDFs, exports, erasures, backups and restores. For your privacy officer (FG). It holds no names or notes: only fixed codes, dates and numbers.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Up to and including</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit events</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF saved</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>erased</translation>
    </message>
    <message>
        <source>removed after the retention period</source>
        <translation>removed after the retention period</translation>
    </message>
    <message>
        <source>backup made</source>
        <translation>backup made</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>backup restored</translation>
    </message>
    <message>
        <source>handover: consent recorded</source>
        <translation>handover: consent recorded</translation>
    </message>
    <message>
        <source>handover package made</source>
        <translation>handover package made</translation>
    </message>
    <message>
        <source>handover package read in</source>
        <translation>handover package read in</translation>
    </message>
    <message>
        <source>a resident</source>
        <translation>a resident</translation>
    </message>
    <message>
        <source>a meeting</source>
        <translation>a meeting</translation>
    </message>
    <message>
        <source>all data</source>
        <translation>all data</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exported to {path}.</translation>
    </message>
</context>
<context>
    <name>BackgroundDialog</name>
    <message>
        <source>Background from the research</source>
        <translation>Background from the research</translation>
    </message>
    <message>
        <source>Background topics</source>
        <translation>Background topics</translation>
    </message>
    <message>
        <source>Text of the topic</source>
        <translation>Text of the topic</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Source: {file}, section “{section}”</source>
        <translation>Source: {file}, section “{section}”</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Make a backup</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>The backup is one encrypted file. Put it on a USB stick or a network share. Nobody can read it without the passphrase.</source>
        <translation>The backup is one encrypted file. Put it on a USB stick or a network share. Nobody can read it without the passphrase.</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Folder for the backup</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <source>Open it with my own passphrase</source>
        <translation>Open it with my own passphrase</translation>
    </message>
    <message>
        <source>Give this backup a passphrase of its own</source>
        <translation>Give this backup a passphrase of its own</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <source>Backup passphrase (at least 10 characters)</source>
        <translation>Backup passphrase (at least 10 characters)</translation>
    </message>
    <message>
        <source>A backup keeps everything as it is today. A resident you erase later is still in older backups: replace or destroy them too.</source>
        <translation>A backup keeps everything as it is today. A resident you erase later is still in older backups: replace or destroy them too.</translation>
    </message>
    <message>
        <source>Make backup</source>
        <translation>Make backup</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose a folder that exists, for example on your USB stick.</source>
        <translation>Choose a folder that exists, for example on your USB stick.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
</context>
<context>
    <name>BaggageRow</name>
    <message>
        <source>How to acknowledge this</source>
        <translation>How to acknowledge this</translation>
    </message>
    <message>
        <source>Short note (optional)</source>
        <translation>Short note (optional)</translation>
    </message>
    <message>
        <source>Short note for “%1”</source>
        <translation>Short note for “%1”</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Don&apos;t ask again</translation>
    </message>
    <message>
        <source>Don&apos;t ask again about “%1”</source>
        <translation>Don&apos;t ask again about “%1”</translation>
    </message>
    <message>
        <source>The resident told this already. It shows in the background from now on, so nobody needs to ask again.</source>
        <translation>The resident told this already. It shows in the background from now on, so nobody needs to ask again.</translation>
    </message>
    <message>
        <source>Already told, don&apos;t ask again: %1</source>
        <translation>Already told, don&apos;t ask again: %1</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Replace what is on file with this note</source>
        <translation>Replace what is on file with this note</translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message>
        <source>Search names, agendas, agreements, notes (Ctrl+F)</source>
        <translation>Search names, agendas, agreements, notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Search the caseload</translation>
    </message>
    <message>
        <source>Sort residents</source>
        <translation>Sort residents</translation>
    </message>
    <message>
        <source>Next appointment first</source>
        <translation>Next appointment first</translation>
    </message>
    <message>
        <source>Most recent contact first</source>
        <translation>Most recent contact first</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>By name</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>New resident…</source>
        <translation>New resident…</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>New resident</translation>
    </message>
    <message>
        <source>New resident (Ctrl+N)</source>
        <translation>New resident (Ctrl+N)</translation>
    </message>
    <message>
        <source>Read in a handover…</source>
        <translation>Read in a handover…</translation>
    </message>
    <message>
        <source>Read in a handover</source>
        <translation>Read in a handover</translation>
    </message>
    <message>
        <source>Read in a handover package from the previous consultant (Ctrl+Shift+R)</source>
        <translation>Read in a handover package from the previous consultant (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>in progress since {when}</source>
        <translation>in progress since {when}</translation>
    </message>
    <message>
        <source>next: {when}</source>
        <translation>next: {when}</translation>
    </message>
    <message>
        <source>last contact: {when}</source>
        <translation>last contact: {when}</translation>
    </message>
    <message>
        <source>no meetings yet</source>
        <translation>no meetings yet</translation>
    </message>
    <message>
        <source>handed over {when}</source>
        <translation>handed over {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation>
            <numerusform>%n resident</numerusform>
            <numerusform>%n residents</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “{query}”. Search looks in names and in everything you wrote: agendas, agreements, notes, summaries, facts, sphere lines, file reading, handover, baggage notes, check-out and cancel reasons.</source>
        <translation>Nothing found for “{query}”. Search looks in names and in everything you wrote: agendas, agreements, notes, summaries, facts, sphere lines, file reading, handover, baggage notes, check-out and cancel reasons.</translation>
    </message>
    <message>
        <source>No residents yet. Add one with “New resident…”.</source>
        <translation>No residents yet. Add one with “New resident…”.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Your data stays encrypted with the same key; only the way the key is locked changes. Older backups still open with the passphrase they were made with.</source>
        <translation>Your data stays encrypted with the same key; only the way the key is locked changes. Older backups still open with the passphrase they were made with.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>I forgot my current passphrase (Nabij is open now, so it can set a new one)</source>
        <translation>I forgot my current passphrase (Nabij is open now, so it can set a new one)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Changing…</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>The current passphrase is not right. Nothing was changed.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed.</source>
        <translation>Something unexpected went wrong; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ClosedMeetingBanner</name>
    <message>
        <source>This meeting is closed. You can read it, but not change it.</source>
        <translation>This meeting is closed. You can read it, but not change it.</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Reopen this meeting</source>
        <translation>Reopen this meeting</translation>
    </message>
    <message>
        <source>Reopen the meeting to change it again</source>
        <translation>Reopen the meeting to change it again</translation>
    </message>
    <message>
        <source>Handed over: this came from the previous consultant. You can read it, but not change it.</source>
        <translation>Handed over: this came from the previous consultant. You can read it, but not change it.</translation>
    </message>
    <message>
        <source>Reopen meeting</source>
        <translation>Reopen meeting</translation>
    </message>
    <message>
        <source>Reopen this meeting to change it? It was closed on purpose; the slip the resident took home stays as it was.</source>
        <translation>Reopen this meeting to change it? It was closed on purpose; the slip the resident took home stays as it was.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
</context>
<context>
    <name>ConversationTab</name>
    <message>
        <source>%1: make this an agreement</source>
        <translation>%1: make this an agreement</translation>
    </message>
    <message>
        <source>Choose a resident on the left to start the conversation.</source>
        <translation>Choose a resident on the left to start the conversation.</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Last action</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda: tick what was discussed</source>
        <translation>Agenda: tick what was discussed</translation>
    </message>
    <message>
        <source>Tick a topic once it was discussed.</source>
        <translation>Tick a topic once it was discussed.</translation>
    </message>
    <message>
        <source>Add a topic…</source>
        <translation>Add a topic…</translation>
    </message>
    <message>
        <source>New agenda topic</source>
        <translation>New agenda topic</translation>
    </message>
    <message>
        <source>Type a topic and press Enter to add it to the agenda</source>
        <translation>Type a topic and press Enter to add it to the agenda</translation>
    </message>
    <message>
        <source>resident&apos;s</source>
        <translation>resident&apos;s</translation>
    </message>
    <message>
        <source>The resident proposed this topic</source>
        <translation>The resident proposed this topic</translation>
    </message>
    <message>
        <source>Ticked: the resident brought this topic in</source>
        <translation>Ticked: the resident brought this topic in</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>During</source>
        <translation>During</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Prompts: %1</source>
        <translation>Prompts: %1</translation>
    </message>
    <message>
        <source>Show the %1 prompts</source>
        <translation>Show the %1 prompts</translation>
    </message>
    <message>
        <source>Example sentence</source>
        <translation>Example sentence</translation>
    </message>
    <message>
        <source>Baggage</source>
        <translation>Baggage</translation>
    </message>
    <message>
        <source>Life story</source>
        <translation>Life story</translation>
    </message>
    <message>
        <source>System critique</source>
        <translation>System critique</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <source>Damage in the resident&apos;s life story</source>
        <translation>Damage in the resident&apos;s life story</translation>
    </message>
    <message>
        <source>Critique of the system the resident voices</source>
        <translation>Critique of the system the resident voices</translation>
    </message>
    <message>
        <source>Areas of life to ask about</source>
        <translation>Areas of life to ask about</translation>
    </message>
    <message>
        <source>Quick notes</source>
        <translation>Quick notes</translation>
    </message>
    <message>
        <source>Notes for yourself. Saved as you type.</source>
        <translation>Notes for yourself. Saved as you type.</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Saved as you type.</translation>
    </message>
    <message>
        <source>%1: make the current line an agreement</source>
        <translation>%1: make the current line an agreement</translation>
    </message>
    <message>
        <source>Sphere of influence</source>
        <translation>Sphere of influence</translation>
    </message>
    <message>
        <source>I will do this</source>
        <translation>I will do this</translation>
    </message>
    <message>
        <source>I won&apos;t do this</source>
        <translation>I won&apos;t do this</translation>
    </message>
    <message>
        <source>I can&apos;t do this</source>
        <translation>I can&apos;t do this</translation>
    </message>
    <message>
        <source>resident&apos;s topic</source>
        <translation>resident&apos;s topic</translation>
    </message>
    <message>
        <source>from last time</source>
        <translation>from last time</translation>
    </message>
    <message>
        <source>The resident asked for this topic.</source>
        <translation>The resident asked for this topic.</translation>
    </message>
    <message>
        <source>Carried over: still open from an earlier meeting.</source>
        <translation>Carried over: still open from an earlier meeting.</translation>
    </message>
    <message>
        <source>No agenda yet. Add a topic below.</source>
        <translation>No agenda yet. Add a topic below.</translation>
    </message>
    <message>
        <source>Fits what came up: %1</source>
        <translation>Fits what came up: %1</translation>
    </message>
    <message>
        <source>Tick it when you used it.</source>
        <translation>Tick it when you used it.</translation>
    </message>
    <message>
        <source>No meeting is open.</source>
        <translation>No meeting is open.</translation>
    </message>
    <message>
        <source>Ticked: {what}</source>
        <translation>Ticked: {what}</translation>
    </message>
    <message>
        <source>Unticked: {what}</source>
        <translation>Unticked: {what}</translation>
    </message>
    <message>
        <source>Noted: “%1” will not be asked again.</source>
        <translation>Noted: “%1” will not be asked again.</translation>
    </message>
    <message>
        <source>Pick a line first, then press %1.</source>
        <translation>Pick a line first, then press %1.</translation>
    </message>
    <message>
        <source>the consultant</source>
        <translation>the consultant</translation>
    </message>
    <message>
        <source>the resident</source>
        <translation>the resident</translation>
    </message>
    <message>
        <source>Agreement added for %1: “%2”. Adjust it in Wrap-up.</source>
        <translation>Agreement added for %1: “%2”. Adjust it in Wrap-up.</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>Pages of the document</source>
        <translation>Pages of the document</translation>
    </message>
    <message>
        <source>Notes on the wording</source>
        <translation>Notes on the wording</translation>
    </message>
    <message>
        <source>Fits on one sheet: front and back</source>
        <translation>Fits on one sheet: front and back</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>A5 (half an A4 sheet)</source>
        <translation>A5 (half an A4 sheet)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>The document is laid out for this paper; the preview shows it</source>
        <translation>The document is laid out for this paper; the preview shows it</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>Translation status</translation>
    </message>
    <message>
        <source>Dutch only</source>
        <translation>Dutch only</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Second language</translation>
    </message>
    <message>
        <source>Dutch always; this language beside it. Chosen from the resident&apos;s language</source>
        <translation>Dutch always; this language beside it. Chosen from the resident&apos;s language</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Large print</translation>
    </message>
    <message>
        <source>All text at 16 points or more</source>
        <translation>All text at 16 points or more</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Choose a printer and print this document</source>
        <translation>Choose a printer and print this document</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Choose where to save this document as a PDF file</source>
        <translation>Choose where to save this document as a PDF file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Translation ({name}, {native}): checked by a native speaker on {date}</source>
        <translation>Translation ({name}, {native}): checked by a native speaker on {date}</translation>
    </message>
    <message>
        <source>Translation ({name}, {native}): draft, not checked by a native speaker. What you typed stays in Dutch.</source>
        <translation>Translation ({name}, {native}): draft, not checked by a native speaker. What you typed stays in Dutch.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DossierSummary</name>
    <message>
        <source>Meeting of %1 (%2)</source>
        <translation>Meeting of %1 (%2)</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>Topics discussed:</source>
        <translation>Topics discussed:</translation>
    </message>
    <message>
        <source>(none ticked)</source>
        <translation>(none ticked)</translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation>(by %1)</translation>
    </message>
    <message>
        <source>Agreements:</source>
        <translation>Agreements:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Agreements from earlier meetings:</source>
        <translation>Agreements from earlier meetings:</translation>
    </message>
    <message>
        <source>Next appointment: %1, %2</source>
        <translation>Next appointment: %1, %2</translation>
    </message>
    <message>
        <source>Next appointment: not planned yet</source>
        <translation>Next appointment: not planned yet</translation>
    </message>
    <message>
        <source>Baggage that came up:</source>
        <translation>Baggage that came up:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a resident</source>
        <translation>Erase a resident</translation>
    </message>
    <message>
        <source>This removes {name} and everything about them from Nabij for good: meetings, agendas, agreements, notes. Older backups still hold them.</source>
        <translation>This removes {name} and everything about them from Nabij for good: meetings, agendas, agreements, notes. Older backups still hold them.</translation>
    </message>
    <message>
        <source>Type the name to confirm</source>
        <translation>Type the name to confirm</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The name is not the same. Nothing was erased.</source>
        <translation>The name is not the same. Nothing was erased.</translation>
    </message>
</context>
<context>
    <name>FeelingScale</name>
    <message>
        <source>heavy</source>
        <translation>heavy</translation>
    </message>
    <message>
        <source>not so good</source>
        <translation>not so good</translation>
    </message>
    <message>
        <source>okay</source>
        <translation>okay</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>very good</translation>
    </message>
    <message>
        <source>Feeling %1 of 5</source>
        <translation>Feeling %1 of 5</translation>
    </message>
    <message>
        <source>1 is heavy, 5 is good. Click again to clear.</source>
        <translation>1 is heavy, 5 is good. Click again to clear.</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
</context>
<context>
    <name>FileReadingCheck</name>
    <message>
        <source>Is this right?</source>
        <translation>Is this right?</translation>
    </message>
    <message>
        <source>Yes, this is right</source>
        <translation>Yes, this is right</translation>
    </message>
    <message>
        <source>No, let me correct it</source>
        <translation>No, let me correct it</translation>
    </message>
    <message>
        <source>What is not right</source>
        <translation>What is not right</translation>
    </message>
</context>
<context>
    <name>FileReadingEditor</name>
    <message>
        <source>What I read in your file</source>
        <translation>What I read in your file</translation>
    </message>
    <message>
        <source>In plain words, as you would say it to the resident. You can show this in the resident view and ask: is this right?</source>
        <translation>In plain words, as you would say it to the resident. You can show this in the resident view and ask: is this right?</translation>
    </message>
    <message>
        <source>What I read</source>
        <translation>What I read</translation>
    </message>
    <message>
        <source>Why I read it</source>
        <translation>Why I read it</translation>
    </message>
    <message>
        <source>The resident said: this is right.</source>
        <translation>The resident said: this is right.</translation>
    </message>
    <message>
        <source>The resident corrected: {text}</source>
        <translation>The resident corrected: {text}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Nabij</source>
        <translation>Welcome to Nabij</translation>
    </message>
    <message>
        <source>Nabij keeps your notes in an encrypted file on this computer. Choose a passphrase of at least {n} characters. You need it when your computer&apos;s keyring cannot open the file, for example on a new laptop. Nobody can recover it for you, so keep it somewhere safe.</source>
        <translation>Nabij keeps your notes in an encrypted file on this computer. Choose a passphrase of at least {n} characters. You need it when your computer&apos;s keyring cannot open the file, for example on a new laptop. Nobody can recover it for you, so keep it somewhere safe.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>About you (printed on letters and agreement slips)</source>
        <translation>About you (printed on letters and agreement slips)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Fill in your name: it goes on the agreement slip.</source>
        <translation>Fill in your name: it goes on the agreement slip.</translation>
    </message>
    <message>
        <source>Creating your encrypted file…</source>
        <translation>Creating your encrypted file…</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover, written together</source>
        <translation>Handover, written together</translation>
    </message>
    <message>
        <source>What we are working on</source>
        <translation>What we are working on</translation>
    </message>
    <message>
        <source>Write this together, so the next consultant does not make you start over.</source>
        <comment>u</comment>
        <translation>Write this together, so the next consultant does not make you start over.</translation>
    </message>
    <message>
        <source>Write this together, so the next consultant does not make you start over.</source>
        <comment>je</comment>
        <translation>Write this together, so the next consultant does not make you start over.</translation>
    </message>
    <message>
        <source>What matters to you</source>
        <comment>u</comment>
        <translation>What matters to you</translation>
    </message>
    <message>
        <source>What matters to you</source>
        <comment>je</comment>
        <translation>What matters to you</translation>
    </message>
    <message>
        <source>Language of the printed handover</source>
        <translation>Language of the printed handover</translation>
    </message>
    <message>
        <source>Printed in:</source>
        <translation>Printed in:</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>Preview and print</source>
        <translation>Preview and print</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Make a handover package…</source>
        <translation>Make a handover package…</translation>
    </message>
    <message>
        <source>Make an encrypted handover package for the next consultant</source>
        <translation>Make an encrypted handover package for the next consultant</translation>
    </message>
</context>
<context>
    <name>HandoverExportDialog</name>
    <message>
        <source>Make a handover package</source>
        <translation>Make a handover package</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Make the package</source>
        <translation>Make the package</translation>
    </message>
    <message>
        <source>A handover package takes what {name} has already told to the next consultant, encrypted, so they do not have to start over.</source>
        <translation>A handover package takes what {name} has already told to the next consultant, encrypted, so they do not have to start over.</translation>
    </message>
    <message>
        <source>Ask first: “Do you agree that I give this to your next consultant?”</source>
        <comment>u</comment>
        <translation>Ask first: “Do you agree that I give this to your next consultant?”</translation>
    </message>
    <message>
        <source>Ask first: “Do you agree that I give this to your next consultant?”</source>
        <comment>je</comment>
        <translation>Ask first: “Do you agree that I give this to your next consultant?”</translation>
    </message>
    <message>
        <source>The resident agrees: asked just now, and said yes</source>
        <translation>The resident agrees: asked just now, and said yes</translation>
    </message>
    <message>
        <source>The resident agrees to the handover package</source>
        <translation>The resident agrees to the handover package</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>What goes in</translation>
    </message>
    <message>
        <source>Name, how to address them, and their preferences (channel, language, place, companion)</source>
        <translation>Name, how to address them, and their preferences (channel, language, place, companion)</translation>
    </message>
    <message numerus="yes">
        <source>Already told, don&apos;t ask again: %n fact(s)</source>
        <translation>
            <numerusform>Already told, don&apos;t ask again: %n fact</numerusform>
            <numerusform>Already told, don&apos;t ask again: %n facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open agreements: %n</source>
        <translation>
            <numerusform>Open agreements: %n</numerusform>
            <numerusform>Open agreements: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The handover note written together</source>
        <translation>The handover note written together</translation>
    </message>
    <message>
        <source>No handover note written together yet (Resident › Handover, written together)</source>
        <translation>No handover note written together yet (Resident › Handover, written together)</translation>
    </message>
    <message numerus="yes">
        <source>How they left each meeting (check-out): %n meeting(s)</source>
        <translation>
            <numerusform>How they left each meeting (check-out): %n meeting</numerusform>
            <numerusform>How they left each meeting (check-out): %n meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>What I read in the file, and their answer</source>
        <translation>What I read in the file, and their answer</translation>
    </message>
    <message>
        <source>No file reading yet</source>
        <translation>No file reading yet</translation>
    </message>
    <message>
        <source>Notes and baggage never go in, unless the resident agrees to an item, one by one. Nothing is ticked to start with.</source>
        <translation>Notes and baggage never go in, unless the resident agrees to an item, one by one. Nothing is ticked to start with.</translation>
    </message>
    <message>
        <source>Choose notes or baggage with the resident…</source>
        <translation>Choose notes or baggage with the resident…</translation>
    </message>
    <message>
        <source>Choose notes or baggage with the resident</source>
        <translation>Choose notes or baggage with the resident</translation>
    </message>
    <message>
        <source>There are no notes or baggage to choose from.</source>
        <translation>There are no notes or baggage to choose from.</translation>
    </message>
    <message>
        <source>Notes and baggage, each only with the resident&apos;s agreement</source>
        <translation>Notes and baggage, each only with the resident&apos;s agreement</translation>
    </message>
    <message>
        <source>Notes of {day}: {text}</source>
        <translation>Notes of {day}: {text}</translation>
    </message>
    <message>
        <source>Baggage of {day}: {label}</source>
        <translation>Baggage of {day}: {label}</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>Save the package as</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose where to save the package</source>
        <translation>Choose where to save the package</translation>
    </message>
    <message>
        <source>The file name does not name the resident. The passphrase is shown after the package is made.</source>
        <translation>The file name does not name the resident. The passphrase is shown after the package is made.</translation>
    </message>
    <message>
        <source>Nabij handover package (*{suffix})</source>
        <translation>Nabij handover package (*{suffix})</translation>
    </message>
    <message>
        <source>Choose where to save the package: a folder that exists, and a file name.</source>
        <translation>Choose where to save the package: a folder that exists, and a file name.</translation>
    </message>
    <message>
        <source>Making the package…</source>
        <translation>Making the package…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>The package is made. This is its passphrase:</source>
        <translation>The package is made. This is its passphrase:</translation>
    </message>
    <message>
        <source>One-time passphrase of the package</source>
        <translation>One-time passphrase of the package</translation>
    </message>
    <message>
        <source>Give it to the next consultant by phone, or show it on screen. Never send it with the file, and never by e-mail. Nabij does not keep it: it is shown only now. Upper or lower case and the spaces do not matter.</source>
        <translation>Give it to the next consultant by phone, or show it on screen. Never send it with the file, and never by e-mail. Nabij does not keep it: it is shown only now. Upper or lower case and the spaces do not matter.</translation>
    </message>
    <message>
        <source>Copy the passphrase</source>
        <translation>Copy the passphrase</translation>
    </message>
    <message>
        <source>Copy the passphrase (cleared from the clipboard after a while)</source>
        <translation>Copy the passphrase (cleared from the clipboard after a while)</translation>
    </message>
    <message>
        <source>The clipboard is cleared again after a while, and when Nabij locks.</source>
        <translation>The clipboard is cleared again after a while, and when Nabij locks.</translation>
    </message>
    <message>
        <source>And in your Nabij?</source>
        <translation>And in your Nabij?</translation>
    </message>
    <message>
        <source>When the next consultant has read the package in, {name} no longer needs to be in your Nabij. Do you want to erase them here? You decide: nothing is erased unless you confirm it.</source>
        <translation>When the next consultant has read the package in, {name} no longer needs to be in your Nabij. Do you want to erase them here? You decide: nothing is erased unless you confirm it.</translation>
    </message>
    <message>
        <source>Erase from my Nabij…</source>
        <translation>Erase from my Nabij…</translation>
    </message>
    <message>
        <source>Erase this resident from my Nabij</source>
        <translation>Erase this resident from my Nabij</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared again after a while.</source>
        <translation>Copied. The clipboard is cleared again after a while.</translation>
    </message>
</context>
<context>
    <name>HandoverImportDialog</name>
    <message>
        <source>Read in a handover</source>
        <translation>Read in a handover</translation>
    </message>
    <message>
        <source>Read in the handover package from the previous consultant. The resident is added as a new resident; what came with them is marked “handed over”.</source>
        <translation>Read in the handover package from the previous consultant. The resident is added as a new resident; what came with them is marked “handed over”.</translation>
    </message>
    <message>
        <source>The package file</source>
        <translation>The package file</translation>
    </message>
    <message>
        <source>The file ends in {suffix}</source>
        <translation>The file ends in {suffix}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the package file</source>
        <translation>Choose the package file</translation>
    </message>
    <message>
        <source>The passphrase you were given</source>
        <translation>The passphrase you were given</translation>
    </message>
    <message>
        <source>The passphrase of the package</source>
        <translation>The passphrase of the package</translation>
    </message>
    <message>
        <source>For example: k7mq 2xwe …</source>
        <translation>For example: k7mq 2xwe …</translation>
    </message>
    <message>
        <source>Upper or lower case and spaces do not matter.</source>
        <translation>Upper or lower case and spaces do not matter.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Read in</source>
        <translation>Read in</translation>
    </message>
    <message>
        <source>Nabij handover package (*{suffix})</source>
        <translation>Nabij handover package (*{suffix})</translation>
    </message>
    <message>
        <source>Choose the package file first.</source>
        <translation>Choose the package file first.</translation>
    </message>
    <message>
        <source>Type the passphrase the previous consultant gave you.</source>
        <translation>Type the passphrase the previous consultant gave you.</translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation>Reading the package…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {file}</source>
        <translation>Import {file}</translation>
    </message>
    <message>
        <source>{added} new, {changed} changed, {same} already the same. Nothing changes until you choose Import.</source>
        <translation>{added} new, {changed} changed, {same} already the same. Nothing changes until you choose Import.</translation>
    </message>
    <message>
        <source>What the import would change</source>
        <translation>What the import would change</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What they help with</source>
        <translation>What they help with</translation>
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
        <translation>Last checked</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation>Discreet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n entry/entries</source>
        <translation>
            <numerusform>Changed: %n entry</numerusform>
            <numerusform>Changed: %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · was retired, comes back into use</source>
        <translation>{name} · was retired, comes back into use</translation>
    </message>
    <message>
        <source>{name} · {field}: {old} → {new}</source>
        <translation>{name} · {field}: {old} → {new}</translation>
    </message>
    <message numerus="yes">
        <source>New: %n entry/entries</source>
        <translation>
            <numerusform>New: %n entry</numerusform>
            <numerusform>New: %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>discreet</source>
        <translation>discreet</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import these changes</source>
        <translation>Import these changes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IntervisionDialog</name>
    <message>
        <source>Intervision guide</source>
        <translation>Intervision guide</translation>
    </message>
    <message>
        <source>Questions to talk about as a team: how we deal with the baggage residents carry, and where their critique of the system goes. Pick a few; this is not a checklist.</source>
        <translation>Questions to talk about as a team: how we deal with the baggage residents carry, and where their critique of the system goes. Pick a few; this is not a checklist.</translation>
    </message>
    <message>
        <source>Team questions</source>
        <translation>Team questions</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
        <translation>demo with fictional residents</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Meetings over time</source>
        <translation>Meetings over time</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Start meeting</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Move, cancel or did not come</source>
        <translation>Move, cancel or did not come</translation>
    </message>
    <message>
        <source>Move this meeting, cancel it, or note that the resident did not come</source>
        <translation>Move this meeting, cancel it, or note that the resident did not come</translation>
    </message>
    <message>
        <source>Resident details…</source>
        <translation>Resident details…</translation>
    </message>
    <message>
        <source>Resident details</source>
        <translation>Resident details</translation>
    </message>
    <message>
        <source>Your last backup is more than a week old (Ctrl+B)</source>
        <translation>Your last backup is more than a week old (Ctrl+B)</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>Backup reminder</translation>
    </message>
    <message>
        <source>Look back on the meeting you closed (Ctrl+Shift+B)</source>
        <translation>Look back on the meeting you closed (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Look back on the meeting you closed</source>
        <translation>Look back on the meeting you closed</translation>
    </message>
    <message>
        <source>Removed — Undo</source>
        <translation>Removed — Undo</translation>
    </message>
    <message>
        <source>Removed. Undo</source>
        <translation>Removed. Undo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>New resident…</source>
        <translation>New resident…</translation>
    </message>
    <message>
        <source>Plan a meeting…</source>
        <translation>Plan a meeting…</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Make a backup…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Read in a handover…</source>
        <translation>Read in a handover…</translation>
    </message>
    <message>
        <source>Audit log (for the privacy officer)…</source>
        <translation>Audit log (for the privacy officer)…</translation>
    </message>
    <message>
        <source>Retention…</source>
        <translation>Retention…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Resident</source>
        <translation>&amp;Resident</translation>
    </message>
    <message>
        <source>Working relationship…</source>
        <translation>Working relationship…</translation>
    </message>
    <message>
        <source>Signal for the team…</source>
        <translation>Signal for the team…</translation>
    </message>
    <message>
        <source>Look back on this meeting…</source>
        <translation>Look back on this meeting…</translation>
    </message>
    <message>
        <source>Handover, written together…</source>
        <translation>Handover, written together…</translation>
    </message>
    <message>
        <source>Make a handover package…</source>
        <translation>Make a handover package…</translation>
    </message>
    <message>
        <source>Access export (everything about this resident)…</source>
        <translation>Access export (everything about this resident)…</translation>
    </message>
    <message>
        <source>Erase this resident…</source>
        <translation>Erase this resident…</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>Invitation letter…</source>
        <translation>Invitation letter…</translation>
    </message>
    <message>
        <source>Preview slip…</source>
        <translation>Preview slip…</translation>
    </message>
    <message>
        <source>Copy summary for the dossier</source>
        <translation>Copy summary for the dossier</translation>
    </message>
    <message>
        <source>Close meeting…</source>
        <translation>Close meeting…</translation>
    </message>
    <message>
        <source>Move this meeting…</source>
        <translation>Move this meeting…</translation>
    </message>
    <message>
        <source>Cancel this meeting…</source>
        <translation>Cancel this meeting…</translation>
    </message>
    <message>
        <source>The resident did not come…</source>
        <translation>The resident did not come…</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Signals…</source>
        <translation>Signals…</translation>
    </message>
    <message>
        <source>Team signals: merge files…</source>
        <translation>Team signals: merge files…</translation>
    </message>
    <message>
        <source>Intervision guide…</source>
        <translation>Intervision guide…</translation>
    </message>
    <message>
        <source>Export my look-backs, anonymous (CSV)…</source>
        <translation>Export my look-backs, anonymous (CSV)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Resident view</source>
        <translation>Resident view</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>My promises…</source>
        <translation>My promises…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Background from the research</source>
        <translation>Background from the research</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>handed over</translation>
    </message>
    <message>
        <source>Referral directory…</source>
        <translation>Referral directory…</translation>
    </message>
    <message>
        <source>About Nabij</source>
        <translation>About Nabij</translation>
    </message>
    <message>
        <source>Back to the consultant view</source>
        <translation>Back to the consultant view</translation>
    </message>
    <message>
        <source>No resident chosen</source>
        <translation>No resident chosen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>did not come</translation>
    </message>
    <message>
        <source>no meeting yet</source>
        <translation>no meeting yet</translation>
    </message>
    <message>
        <source>Export my look-backs</source>
        <translation>Export my look-backs</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>The handover is read in, as a new resident.</source>
        <translation>The handover is read in, as a new resident.</translation>
    </message>
    <message>
        <source>Invitation letter</source>
        <translation>Invitation letter</translation>
    </message>
    <message>
        <source>Folder for the access export</source>
        <translation>Folder for the access export</translation>
    </message>
    <message>
        <source>Access export saved in {folder}</source>
        <translation>Access export saved in {folder}</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Nabij.</source>
        <translation>The new language is used the next time you start Nabij.</translation>
    </message>
    <message>
        <source>Nabij {v}

An offline companion for conversations in Werk &amp; Inkomen, based on the research &apos;In De Dichter Bij Stand&apos;.

Your data is stored encrypted in:
{path}

The key is kept in: {store}</source>
        <translation>Nabij {v}

An offline companion for conversations in Werk &amp; Inkomen, based on the research &apos;In De Dichter Bij Stand&apos;.

Your data is stored encrypted in:
{path}

The key is kept in: {store}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Some of your text could not be saved (is the disk full?). Quit anyway and lose it?</source>
        <translation>Some of your text could not be saved (is the disk full?). Quit anyway and lose it?</translation>
    </message>
</context>
<context>
    <name>MeetingChangeDialog</name>
    <message>
        <source>Move this meeting</source>
        <translation>Move this meeting</translation>
    </message>
    <message>
        <source>Cancel this meeting</source>
        <translation>Cancel this meeting</translation>
    </message>
    <message>
        <source>The resident did not come</source>
        <translation>The resident did not come</translation>
    </message>
    <message>
        <source>Choose the new date. The old date stays in the history as “moved”.</source>
        <translation>Choose the new date. The old date stays in the history as “moved”.</translation>
    </message>
    <message>
        <source>The meeting stays in the history as cancelled, with your reason. Its agenda goes to the next meeting you plan.</source>
        <translation>The meeting stays in the history as cancelled, with your reason. Its agenda goes to the next meeting you plan.</translation>
    </message>
    <message>
        <source>The meeting stays in the history as “did not come”. Its agenda goes to the next meeting. No blame: write to the resident in a friendly way.</source>
        <translation>The meeting stays in the history as “did not come”. Its agenda goes to the next meeting. No blame: write to the resident in a friendly way.</translation>
    </message>
    <message>
        <source>New date and time</source>
        <translation>New date and time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Plan the next meeting now</source>
        <translation>Plan the next meeting now</translation>
    </message>
    <message>
        <source>For example: ill, will call for a new date</source>
        <translation>For example: ill, will call for a new date</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Cancel the meeting</translation>
    </message>
    <message>
        <source>Mark as did not come</source>
        <translation>Mark as did not come</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Keep as it is</translation>
    </message>
</context>
<context>
    <name>MeetingTab</name>
    <message>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>fact</translation>
    </message>
    <message>
        <source>sphere line</source>
        <translation>sphere line</translation>
    </message>
    <message>
        <source>Removed: {what}</source>
        <translation>Removed: {what}</translation>
    </message>
    <message>
        <source>Changed: {what}</source>
        <translation>Changed: {what}</translation>
    </message>
    <message>
        <source>Text edited</source>
        <translation>Text edited</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something unexpected went wrong ({detail}). Nothing was lost.</source>
        <translation>Something unexpected went wrong ({detail}). Nothing was lost.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>That passphrase is not right. Check Caps Lock and try again.</translation>
    </message>
    <message>
        <source>The key file {path} is missing. The database was not changed.</source>
        <translation>The key file {path} is missing. The database was not changed.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read. The database was not changed; restore a backup.</source>
        <translation>The key file {path} cannot be read. The database was not changed; restore a backup.</translation>
    </message>
    <message>
        <source>The key file {path} asks for more time or memory than Nabij allows, so it was not used. The database was not changed; restore a backup.</source>
        <translation>The key file {path} asks for more time or memory than Nabij allows, so it was not used. The database was not changed; restore a backup.</translation>
    </message>
    <message>
        <source>The key file does not belong to this database. Nothing was changed.</source>
        <translation>The key file does not belong to this database. Nothing was changed.</translation>
    </message>
    <message>
        <source>A passphrase has at least {minimum} characters.</source>
        <translation>A passphrase has at least {minimum} characters.</translation>
    </message>
    <message>
        <source>This passphrase is too simple: it uses the same few characters again and again. Choose a short sentence of a few words, for example three words that belong together.</source>
        <translation>This passphrase is too simple: it uses the same few characters again and again. Choose a short sentence of a few words, for example three words that belong together.</translation>
    </message>
    <message>
        <source>This computer has no secure keyring that Nabij can use, so Nabij asks for your passphrase.</source>
        <translation>This computer has no secure keyring that Nabij can use, so Nabij asks for your passphrase.</translation>
    </message>
    <message>
        <source>The computer&apos;s keyring is locked, so Nabij asks for your passphrase.</source>
        <translation>The computer&apos;s keyring is locked, so Nabij asks for your passphrase.</translation>
    </message>
    <message>
        <source>The computer&apos;s keyring did not answer ({detail}), so Nabij asks for your passphrase.</source>
        <translation>The computer&apos;s keyring did not answer ({detail}), so Nabij asks for your passphrase.</translation>
    </message>
    <message>
        <source>The computer&apos;s keyring has no key for this database yet, so Nabij asks for your passphrase.</source>
        <translation>The computer&apos;s keyring has no key for this database yet, so Nabij asks for your passphrase.</translation>
    </message>
    <message>
        <source>The key in the computer&apos;s keyring belongs to another database, so Nabij asks for your passphrase.</source>
        <translation>The key in the computer&apos;s keyring belongs to another database, so Nabij asks for your passphrase.</translation>
    </message>
    <message>
        <source>{path} is not a Nabij database. It was not changed.</source>
        <translation>{path} is not a Nabij database. It was not changed.</translation>
    </message>
    <message>
        <source>{path} is damaged: {why}. It was not changed; restore it from a backup.</source>
        <translation>{path} is damaged: {why}. It was not changed; restore it from a backup.</translation>
    </message>
    <message>
        <source>{path} already exists. Nabij does not create a new database over it.</source>
        <translation>{path} already exists. Nabij does not create a new database over it.</translation>
    </message>
    <message>
        <source>Nabij is locked. Unlock it first.</source>
        <translation>Nabij is locked. Unlock it first.</translation>
    </message>
    <message>
        <source>The database was closed meanwhile. Nothing was changed; try again.</source>
        <translation>The database was closed meanwhile. Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>This installation cannot encrypt its database, so Nabij will not start. Reinstall Nabij.</source>
        <translation>This installation cannot encrypt its database, so Nabij will not start. Reinstall Nabij.</translation>
    </message>
    <message>
        <source>The database was busy. Nothing was lost; it is saved again in a moment.</source>
        <translation>The database was busy. Nothing was lost; it is saved again in a moment.</translation>
    </message>
    <message>
        <source>{path} holds fewer saves than Nabij made: {missing} change(s) are missing. This happens when the file nabij.db-wal was removed or an older copy of nabij.db was put back. Nothing was changed. If you have the missing file, put it back and start Nabij again. Otherwise open the older state, or restore a backup.</source>
        <translation>{path} holds fewer saves than Nabij made: {missing} change(s) are missing. This happens when the file nabij.db-wal was removed or an older copy of nabij.db was put back. Nothing was changed. If you have the missing file, put it back and start Nabij again. Otherwise open the older state, or restore a backup.</translation>
    </message>
    <message>
        <source>The latest changes to {path} (in the file nabij.db-wal) are damaged: opening it as it is would lose saves without a word. A copy was kept: {kept}. Nothing was changed. Open what can still be read, or restore a backup.</source>
        <translation>The latest changes to {path} (in the file nabij.db-wal) are damaged: opening it as it is would lose saves without a word. A copy was kept: {kept}. Nothing was changed. Open what can still be read, or restore a backup.</translation>
    </message>
    <message>
        <source>There is not enough disk space in {folder}. Nothing was changed; free some space.</source>
        <translation>There is not enough disk space in {folder}. Nothing was changed; free some space.</translation>
    </message>
    <message>
        <source>The disk refused to write in {folder} (full, over its quota, removed or failing). Nothing was changed.</source>
        <translation>The disk refused to write in {folder} (full, over its quota, removed or failing). Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} could not be written ({detail}). Nothing was changed.</source>
        <translation>{path} could not be written ({detail}). Nothing was changed.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>The folder {path} does not exist.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be created ({detail}).</source>
        <translation>The folder {path} cannot be created ({detail}).</translation>
    </message>
    <message>
        <source>The folder {path} is not empty. A backup is only restored into an empty folder.</source>
        <translation>The folder {path} is not empty. A backup is only restored into an empty folder.</translation>
    </message>
    <message>
        <source>{path} is not a Nabij backup.</source>
        <translation>{path} is not a Nabij backup.</translation>
    </message>
    <message>
        <source>The backup {path} cannot be used: {why}. Nothing was restored.</source>
        <translation>The backup {path} cannot be used: {why}. Nothing was restored.</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>The backup {path} does not exist.</translation>
    </message>
    <message>
        <source>The backup {path} cannot be read ({detail}).</source>
        <translation>The backup {path} cannot be read ({detail}).</translation>
    </message>
    <message>
        <source>The copy of the database failed its check, so no backup was written. The database was not changed; run the self-check.</source>
        <translation>The copy of the database failed its check, so no backup was written. The database was not changed; run the self-check.</translation>
    </message>
    <message>
        <source>The backup in {folder} did not read back correctly, so it was removed. Try another stick or folder. The database was not changed.</source>
        <translation>The backup in {folder} did not read back correctly, so it was removed. Try another stick or folder. The database was not changed.</translation>
    </message>
    <message>
        <source>The backup could not be made ({detail}). The database was not changed.</source>
        <translation>The backup could not be made ({detail}). The database was not changed.</translation>
    </message>
    <message>
        <source>The database has no version number, so no backup was made.</source>
        <translation>The database has no version number, so no backup was made.</translation>
    </message>
    <message>
        <source>{path} does not hold a restored database.</source>
        <translation>{path} does not hold a restored database.</translation>
    </message>
    <message>
        <source>The restored data could not be put in place in {folder} ({detail}); perhaps another program has a file open there. Your current data is in place again and nothing was lost. Close that program and restore again.</source>
        <translation>The restored data could not be put in place in {folder} ({detail}); perhaps another program has a file open there. Your current data is in place again and nothing was lost. Close that program and restore again.</translation>
    </message>
    <message>
        <source>This meeting is closed. Reopen it first to change it.</source>
        <translation>This meeting is closed. Reopen it first to change it.</translation>
    </message>
    <message>
        <source>This resident already has a current meeting. Close it before planning another.</source>
        <translation>This resident already has a current meeting. Close it before planning another.</translation>
    </message>
    <message>
        <source>This came from the previous consultant in a handover package. It stays as it was: plan a meeting of your own to go on.</source>
        <translation>This came from the previous consultant in a handover package. It stays as it was: plan a meeting of your own to go on.</translation>
    </message>
    <message>
        <source>This meeting has started already. Only a meeting still to come can be moved or cancelled.</source>
        <translation>This meeting has started already. Only a meeting still to come can be moved or cancelled.</translation>
    </message>
    <message>
        <source>Write in a few words why the meeting is cancelled. It stays in the history.</source>
        <translation>Write in a few words why the meeting is cancelled. It stays in the history.</translation>
    </message>
    <message>
        <source>Another meeting of this resident is in progress. Close it before reopening this one.</source>
        <translation>Another meeting of this resident is in progress. Close it before reopening this one.</translation>
    </message>
    <message>
        <source>A resident needs a name or initials.</source>
        <translation>A resident needs a name or initials.</translation>
    </message>
    <message>
        <source>The typed name does not match the resident&apos;s name exactly. Nothing was erased.</source>
        <translation>The typed name does not match the resident&apos;s name exactly. Nothing was erased.</translation>
    </message>
    <message>
        <source>A referral needs a name.</source>
        <translation>A referral needs a name.</translation>
    </message>
    <message>
        <source>This file is not a Nabij handover package. Nothing was imported.</source>
        <translation>This file is not a Nabij handover package. Nothing was imported.</translation>
    </message>
    <message>
        <source>This file is far too large for a handover package. Nothing was imported.</source>
        <translation>This file is far too large for a handover package. Nothing was imported.</translation>
    </message>
    <message>
        <source>This package was made by a newer Nabij. Update Nabij and try again. Nothing was imported.</source>
        <translation>This package was made by a newer Nabij. Update Nabij and try again. Nothing was imported.</translation>
    </message>
    <message>
        <source>This handover package is damaged. Ask for a new one. Nothing was imported.</source>
        <translation>This handover package is damaged. Ask for a new one. Nothing was imported.</translation>
    </message>
    <message>
        <source>The passphrase does not fit this package, or the file was changed. Check the passphrase with the previous consultant. Nothing was imported.</source>
        <translation>The passphrase does not fit this package, or the file was changed. Check the passphrase with the previous consultant. Nothing was imported.</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing was imported.</source>
        <translation>The file could not be read. Nothing was imported.</translation>
    </message>
    <message>
        <source>Record the resident&apos;s consent first. Nothing was exported.</source>
        <translation>Record the resident&apos;s consent first. Nothing was exported.</translation>
    </message>
    <message>
        <source>Choose a category for the signal.</source>
        <translation>Choose a category for the signal.</translation>
    </message>
    <message>
        <source>Keep a signal short: at most {maximum} characters.</source>
        <translation>Keep a signal short: at most {maximum} characters.</translation>
    </message>
    <message>
        <source>Give a topic, what was done (one short line) and who did it, as a role (not a name).</source>
        <translation>Give a topic, what was done (one short line) and who did it, as a role (not a name).</translation>
    </message>
    <message>
        <source>Set the team secret first (Settings): the same words for everyone in the team, at least 8 characters.</source>
        <translation>Set the team secret first (Settings): the same words for everyone in the team, at least 8 characters.</translation>
    </message>
    <message>
        <source>The text still holds something that could point to a person.</source>
        <translation>The text still holds something that could point to a person.</translation>
    </message>
    <message>
        <source>The content file {where} cannot be used ({key}): {reason}. Nabij uses its own content.</source>
        <translation>The content file {where} cannot be used ({key}): {reason}. Nabij uses its own content.</translation>
    </message>
    <message>
        <source>This item no longer exists; it may have been removed meanwhile.</source>
        <translation>This item no longer exists; it may have been removed meanwhile.</translation>
    </message>
    <message>
        <source>This value cannot be saved. Nothing was changed.</source>
        <translation>This value cannot be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>the database file is missing</source>
        <translation>the database file is missing</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file is too short to be a database</source>
        <translation>the file is too short to be a database</translation>
    </message>
    <message>
        <source>parts of it do not decrypt</source>
        <translation>parts of it do not decrypt</translation>
    </message>
    <message>
        <source>parts of it fail their integrity check</source>
        <translation>parts of it fail their integrity check</translation>
    </message>
    <message>
        <source>its structure is inconsistent</source>
        <translation>its structure is inconsistent</translation>
    </message>
    <message>
        <source>its search index is damaged and could not be rebuilt (your data itself was readable)</source>
        <translation>its search index is damaged and could not be rebuilt (your data itself was readable)</translation>
    </message>
    <message>
        <source>it has broken references</source>
        <translation>it has broken references</translation>
    </message>
    <message>
        <source>it was made by a newer version of Nabij; update Nabij first</source>
        <translation>it was made by a newer version of Nabij; update Nabij first</translation>
    </message>
    <message>
        <source>it was made by a different version of Nabij</source>
        <translation>it was made by a different version of Nabij</translation>
    </message>
    <message>
        <source>the file is incomplete (cut off)</source>
        <translation>the file is incomplete (cut off)</translation>
    </message>
    <message>
        <source>the file has unexpected extra bytes</source>
        <translation>the file has unexpected extra bytes</translation>
    </message>
    <message>
        <source>its header cannot be read</source>
        <translation>its header cannot be read</translation>
    </message>
    <message>
        <source>its header does not match the database in it</source>
        <translation>its header does not match the database in it</translation>
    </message>
    <message>
        <source>it has been changed or damaged</source>
        <translation>it has been changed or damaged</translation>
    </message>
    <message>
        <source>its key file cannot be read</source>
        <translation>its key file cannot be read</translation>
    </message>
    <message>
        <source>its key settings ask for more time or memory than Nabij allows</source>
        <translation>its key settings ask for more time or memory than Nabij allows</translation>
    </message>
    <message>
        <source>the computer&apos;s keyring ({keyring}) and the passphrase key file ({file})</source>
        <translation>the computer&apos;s keyring ({keyring}) and the passphrase key file ({file})</translation>
    </message>
    <message>
        <source>the passphrase key file only ({file})</source>
        <translation>the passphrase key file only ({file})</translation>
    </message>
</context>
<context>
    <name>NewSignalDialog</name>
    <message>
        <source>New signal for the team</source>
        <translation>New signal for the team</translation>
    </message>
    <message>
        <source>Write down the critique in general words. No names, numbers, addresses or dates: the team sees only the topic, the month and these words.</source>
        <translation>Write down the critique in general words. No names, numbers, addresses or dates: the team sees only the topic, the month and these words.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>The signal in general words</source>
        <translation>The signal in general words</translation>
    </message>
    <message>
        <source>For example: letters feel threatening and are hard to understand.</source>
        <translation>For example: letters feel threatening and are hard to understand.</translation>
    </message>
    <message>
        <source>The resident agrees that this is shared with the team</source>
        <translation>The resident agrees that this is shared with the team</translation>
    </message>
    <message>
        <source>Replace them with placeholders</source>
        <translation>Replace them with placeholders</translation>
    </message>
    <message>
        <source>Save signal</source>
        <translation>Save signal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>a name</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>an e-mail address</translation>
    </message>
    <message>
        <source>a postcode</source>
        <translation>a postcode</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>This could point to a person: {items}</source>
        <translation>This could point to a person: {items}</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Walk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>Plan a meeting</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>office</source>
        <translation>office</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>home visit</translation>
    </message>
    <message>
        <source>a walk</source>
        <translation>a walk</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>Address or room (optional)</source>
        <translation>Address or room (optional)</translation>
    </message>
    <message>
        <source>Your goals for this meeting</source>
        <translation>Your goals for this meeting</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PreparationTab</name>
    <message>
        <source>What is known already</source>
        <translation>What is known already</translation>
    </message>
    <message>
        <source>Plan a meeting…</source>
        <translation>Plan a meeting…</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Plan a meeting</translation>
    </message>
    <message>
        <source>Plan a meeting (Ctrl+Shift+N)</source>
        <translation>Plan a meeting (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Your goals</source>
        <translation>Your goals</translation>
    </message>
    <message>
        <source>Your goals for this meeting</source>
        <translation>Your goals for this meeting</translation>
    </message>
    <message>
        <source>What do you hope to reach together?</source>
        <translation>What do you hope to reach together?</translation>
    </message>
    <message>
        <source>Proposed agenda</source>
        <translation>Proposed agenda</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <source>New agenda item, then Enter</source>
        <translation>New agenda item, then Enter</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>proposed by me</source>
        <translation>proposed by me</translation>
    </message>
    <message>
        <source>proposed by the resident</source>
        <translation>proposed by the resident</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Remove agenda item</translation>
    </message>
    <message>
        <source>Before you meet</source>
        <translation>Before you meet</translation>
    </message>
    <message>
        <source>Prompts for preparation</source>
        <translation>Prompts for preparation</translation>
    </message>
    <message>
        <source>Invitation letter…</source>
        <translation>Invitation letter…</translation>
    </message>
    <message>
        <source>Invitation letter</source>
        <translation>Invitation letter</translation>
    </message>
    <message>
        <source>Invitation letter with this agenda (Ctrl+I)</source>
        <translation>Invitation letter with this agenda (Ctrl+I)</translation>
    </message>
    <message>
        <source>Background…</source>
        <translation>Background…</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Background from the research (F1)</source>
        <translation>Background from the research (F1)</translation>
    </message>
    <message>
        <source>Source: {file}, section “{section}”</source>
        <translation>Source: {file}, section “{section}”</translation>
    </message>
    <message>
        <source>No meeting planned yet</source>
        <translation>No meeting planned yet</translation>
    </message>
    <message>
        <source>Handed over from the previous consultant ({when}). Plan a meeting to go on.</source>
        <translation>Handed over from the previous consultant ({when}). Plan a meeting to go on.</translation>
    </message>
    <message>
        <source>Meeting on {when}</source>
        <translation>Meeting on {when}</translation>
    </message>
    <message>
        <source>resident&apos;s topic</source>
        <translation>resident&apos;s topic</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>carried over</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>office</source>
        <translation>office</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>home visit</translation>
    </message>
    <message>
        <source>a walk</source>
        <translation>a walk</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>Consultants so far: {n}</source>
        <translation>Consultants so far: {n}</translation>
    </message>
    <message>
        <source>Preferred channel: {v}</source>
        <translation>Preferred channel: {v}</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Language: {v}</source>
        <translation>Language: {v}</translation>
    </message>
    <message>
        <source>Brings someone: {v}</source>
        <translation>Brings someone: {v}</translation>
    </message>
    <message>
        <source>yes, usually</source>
        <translation>yes, usually</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Preferred place: {v}</source>
        <translation>Preferred place: {v}</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <source>Already told: don&apos;t ask again</source>
        <translation>Already told: don&apos;t ask again</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <source>The resident does</source>
        <translation>The resident does</translation>
    </message>
    <message>
        <source>Make it together: ask what the resident wants to talk about. Alt+Up / Alt+Down moves an item, F2 changes its text.</source>
        <translation>Make it together: ask what the resident wants to talk about. Alt+Up / Alt+Down moves an item, F2 changes its text.</translation>
    </message>
    <message>
        <source>I do</source>
        <translation>I do</translation>
    </message>
    <message>
        <source>We do together</source>
        <translation>We do together</translation>
    </message>
    <message>
        <source>(before {d})</source>
        <translation>(before {d})</translation>
    </message>
    <message>
        <source>Open agreements</source>
        <translation>Open agreements</translation>
    </message>
    <message>
        <source>No open agreements.</source>
        <translation>No open agreements.</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>cancelled: {reason}</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>did not come</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(no summary)</translation>
    </message>
    <message>
        <source>moved from {date}</source>
        <translation>moved from {date}</translation>
    </message>
    <message>
        <source>{day} · handed over</source>
        <translation>{day} · handed over</translation>
    </message>
    <message>
        <source>Earlier meetings</source>
        <translation>Earlier meetings</translation>
    </message>
    <message>
        <source>This is the first meeting.</source>
        <translation>This is the first meeting.</translation>
    </message>
    <message>
        <source>Remove this fact</source>
        <translation>Remove this fact</translation>
    </message>
    <message>
        <source>Remove this fact: it was noted wrongly or is no longer true</source>
        <translation>Remove this fact: it was noted wrongly or is no longer true</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change this fact</source>
        <translation>Change this fact</translation>
    </message>
    <message>
        <source>Change the words of this fact, then press Enter</source>
        <translation>Change the words of this fact, then press Enter</translation>
    </message>
    <message>
        <source>Words of the fact</source>
        <translation>Words of the fact</translation>
    </message>
    <message>
        <source>Remove fact</source>
        <translation>Remove fact</translation>
    </message>
    <message>
        <source>Remove this fact? Nabij no longer shows it as already told.</source>
        <translation>Remove this fact? Nabij no longer shows it as already told.</translation>
    </message>
    <message>
        <source>Last time, as the resident said it</source>
        <translation>Last time, as the resident said it</translation>
    </message>
    <message>
        <source>heavy</source>
        <translation>heavy</translation>
    </message>
    <message>
        <source>not so good</source>
        <translation>not so good</translation>
    </message>
    <message>
        <source>okay</source>
        <translation>okay</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>very good</translation>
    </message>
    <message>
        <source>Left feeling: {feeling} ({when})</source>
        <translation>Left feeling: {feeling} ({when})</translation>
    </message>
    <message>
        <source>Keeps coming back</source>
        <translation>Keeps coming back</translation>
    </message>
    <message>
        <source>Came up in most of the last meetings: {topics}</source>
        <translation>Came up in most of the last meetings: {topics}</translation>
    </message>
    <message>
        <source>Choose a resident on the left</source>
        <translation>Choose a resident on the left</translation>
    </message>
</context>
<context>
    <name>PromisesDialog</name>
    <message>
        <source>My promises</source>
        <translation>My promises</translation>
    </message>
    <message>
        <source>What I promised</source>
        <translation>What I promised</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Mark the chosen promise as done</source>
        <translation>Mark the chosen promise as done</translation>
    </message>
    <message>
        <source>Referrals to ask after</source>
        <translation>Referrals to ask after</translation>
    </message>
    <message>
        <source>Residents&apos; agreements due before their next meeting</source>
        <translation>Residents&apos; agreements due before their next meeting</translation>
    </message>
    <message>
        <source>A reminder in plain words, if the resident wants one. Change it as you like, then copy it for their own channel (WhatsApp, mail, text message).</source>
        <translation>A reminder in plain words, if the resident wants one. Change it as you like, then copy it for their own channel (WhatsApp, mail, text message).</translation>
    </message>
    <message>
        <source>Reminder for the resident</source>
        <translation>Reminder for the resident</translation>
    </message>
    <message>
        <source>Copy reminder</source>
        <translation>Copy reminder</translation>
    </message>
    <message>
        <source>Copy the reminder</source>
        <translation>Copy the reminder</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>by {date}</translation>
    </message>
    <message>
        <source>agreed on {date}</source>
        <translation>agreed on {date}</translation>
    </message>
    <message>
        <source>date passed</source>
        <translation>date passed</translation>
    </message>
    <message>
        <source>No open promises. Well kept!</source>
        <translation>No open promises. Well kept!</translation>
    </message>
    <message>
        <source>referred to {name}</source>
        <translation>referred to {name}</translation>
    </message>
    <message>
        <source>meeting of {date}</source>
        <translation>meeting of {date}</translation>
    </message>
    <message>
        <source>No referrals from the last meetings.</source>
        <translation>No referrals from the last meetings.</translation>
    </message>
    <message>
        <source>next meeting {when}</source>
        <translation>next meeting {when}</translation>
    </message>
    <message>
        <source>next meeting not planned</source>
        <translation>next meeting not planned</translation>
    </message>
    <message>
        <source>Nothing due before a next meeting.</source>
        <translation>Nothing due before a next meeting.</translation>
    </message>
    <message>
        <source>Dear {name}, a short reminder of what we agreed: {what}. We said before {date}. Is it not working out, or would you like help? Please let me know.</source>
        <translation>Dear {name}, a short reminder of what we agreed: {what}. We said before {date}. Is it not working out, or would you like help? Please let me know.</translation>
    </message>
    <message>
        <source>Kind regards, {me}</source>
        <translation>Kind regards, {me}</translation>
    </message>
    <message>
        <source>Hi {name}, a short reminder of what we agreed: {what}. We said before {date}. Is it not working out, or do you want help? Just let me know.</source>
        <translation>Hi {name}, a short reminder of what we agreed: {what}. We said before {date}. Is it not working out, or do you want help? Just let me know.</translation>
    </message>
    <message>
        <source>Best wishes, {me}</source>
        <translation>Best wishes, {me}</translation>
    </message>
    <message>
        <source>Marked as done: {text}</source>
        <translation>Marked as done: {text}</translation>
    </message>
    <message>
        <source>Reminder copied. The clipboard is cleared again after a while.</source>
        <translation>Reminder copied. The clipboard is cleared again after a while.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReferralDirectoryDialog</name>
    <message>
        <source>Referral directory</source>
        <translation>Referral directory</translation>
    </message>
    <message>
        <source>Where residents can go for what you cannot do yourself. Check the details now and then: each entry shows when it was last checked.</source>
        <translation>Where residents can go for what you cannot do yourself. Check the details now and then: each entry shows when it was last checked.</translation>
    </message>
    <message>
        <source>Show retired entries</source>
        <translation>Show retired entries</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What they help with</source>
        <translation>What they help with</translation>
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
        <translation>Last checked</translation>
    </message>
    <message>
        <source>Discreet: only on a slip when ticked for it</source>
        <translation>Discreet: only on a slip when ticked for it</translation>
    </message>
    <message>
        <source>For a crisis, violence or mental-health line: it goes on the resident&apos;s slip only when you tick it for that slip in Afronding.</source>
        <translation>For a crisis, violence or mental-health line: it goes on the resident&apos;s slip only when you tick it for that slip in Afronding.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation>Save referral</translation>
    </message>
    <message>
        <source>Retire or restore referral</source>
        <translation>Retire or restore referral</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Import a directory file</source>
        <translation>Import a directory file</translation>
    </message>
    <message>
        <source>Export the directory to a file</source>
        <translation>Export the directory to a file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(retired)</translation>
    </message>
    <message>
        <source>no contact details: not on the slip</source>
        <translation>no contact details: not on the slip</translation>
    </message>
    <message>
        <source>discreet: on a slip only when ticked</source>
        <translation>discreet: on a slip only when ticked</translation>
    </message>
    <message>
        <source>Add a phone number or website: without one the slip leaves this referral off.</source>
        <translation>Add a phone number or website: without one the slip leaves this referral off.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Import a referral directory</source>
        <translation>Import a referral directory</translation>
    </message>
    <message>
        <source>Referral directory (*.toml)</source>
        <translation>Referral directory (*.toml)</translation>
    </message>
    <message>
        <source>Export the referral directory</source>
        <translation>Export the referral directory</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Nothing to import: every entry in {file} is already in the directory.</source>
        <translation>Nothing to import: every entry in {file} is already in the directory.</translation>
    </message>
    <message>
        <source>Check what the import would change.</source>
        <translation>Check what the import would change.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) imported.</source>
        <translation>
            <numerusform>%n referral imported.</numerusform>
            <numerusform>%n referrals imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>Could not write {path}: {why}</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exported to {path}.</translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <source>Working relationship</source>
        <translation>Working relationship</translation>
    </message>
    <message>
        <source>{meetings} meetings so far · {consultants} consultants in total, including you</source>
        <translation>{meetings} meetings so far · {consultants} consultants in total, including you</translation>
    </message>
    <message>
        <source>With what feeling did they leave? (1 heavy – 5 good)</source>
        <translation>With what feeling did they leave? (1 heavy – 5 good)</translation>
    </message>
    <message>
        <source>Agreements kept, on both sides</source>
        <translation>Agreements kept, on both sides</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>still open</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>The resident</source>
        <translation>The resident</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Together</translation>
    </message>
    <message>
        <source>A working relationship goes both ways: what you promised counts as much as what the resident promised.</source>
        <translation>A working relationship goes both ways: what you promised counts as much as what the resident promised.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ResidentEditor</name>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>New resident</translation>
    </message>
    <message>
        <source>Keep only what you need. Initials are fine. Nabij has no field for a BSN on purpose.</source>
        <translation>Keep only what you need. Initials are fine. Nabij has no field for a BSN on purpose.</translation>
    </message>
    <message>
        <source>Name as they like to be addressed</source>
        <translation>Name as they like to be addressed</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <source>je (informal)</source>
        <translation>je (informal)</translation>
    </message>
    <message>
        <source>u (formal)</source>
        <translation>u (formal)</translation>
    </message>
    <message>
        <source>Client number (optional)</source>
        <translation>Client number (optional)</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Brings someone</source>
        <translation>Brings someone</translation>
    </message>
    <message>
        <source>yes, usually</source>
        <translation>yes, usually</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Preferred place</source>
        <translation>Preferred place</translation>
    </message>
    <message>
        <source>office</source>
        <translation>office</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>home visit</translation>
    </message>
    <message>
        <source>a walk</source>
        <translation>a walk</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>Number of consultants they have had</source>
        <translation>Number of consultants they have had</translation>
    </message>
    <message>
        <source>Consultants so far (including you)</source>
        <translation>Consultants so far (including you)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ResidentSafeView</name>
    <message>
        <source>Resident view</source>
        <translation>Resident view</translation>
    </message>
    <message>
        <source>Agenda and agreements</source>
        <translation>Agenda and agreements</translation>
    </message>
    <message>
        <source>Consultant: press {keys} to return.</source>
        <translation>Consultant: press {keys} to return.</translation>
    </message>
    <message>
        <source>Language to read in</source>
        <translation>Language to read in</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>Stop reading ({keys})</source>
        <translation>Stop reading ({keys})</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Read this page aloud ({keys})</source>
        <translation>Read this page aloud ({keys})</translation>
    </message>
    <message>
        <source>Read-aloud is not available on this computer: it has no speech engine.</source>
        <translation>Read-aloud is not available on this computer: it has no speech engine.</translation>
    </message>
    <message>
        <source>Read-aloud is not available on this computer: it has no voice for {language}.</source>
        <translation>Read-aloud is not available on this computer: it has no voice for {language}.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>What I read in your file</source>
        <comment>je</comment>
        <translation>What I read in your file</translation>
    </message>
    <message>
        <source>What I read in your file</source>
        <comment>u</comment>
        <translation>What I read in your file</translation>
    </message>
    <message>
        <source>What we talk about</source>
        <translation>What we talk about</translation>
    </message>
    <message>
        <source>We make the agenda together.</source>
        <translation>We make the agenda together.</translation>
    </message>
    <message>
        <source>You do</source>
        <comment>je</comment>
        <translation>You do</translation>
    </message>
    <message>
        <source>You do</source>
        <comment>u</comment>
        <translation>You do</translation>
    </message>
    <message>
        <source>I do</source>
        <translation>I do</translation>
    </message>
    <message>
        <source>We do together</source>
        <translation>We do together</translation>
    </message>
    <message>
        <source>What we agree</source>
        <translation>What we agree</translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation>No agreements yet.</translation>
    </message>
    <message>
        <source>before {d}</source>
        <translation>before {d}</translation>
    </message>
    <message>
        <source>Your turn</source>
        <comment>je</comment>
        <translation>Your turn</translation>
    </message>
    <message>
        <source>Your turn</source>
        <comment>u</comment>
        <translation>Your turn</translation>
    </message>
    <message>
        <source>How do you leave today?</source>
        <comment>je</comment>
        <translation>How do you leave today?</translation>
    </message>
    <message>
        <source>How do you leave today?</source>
        <comment>u</comment>
        <translation>How do you leave today?</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>In your own words</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>What I will do</translation>
    </message>
    <message>
        <source>Write what you will do</source>
        <translation>Write what you will do</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add what I will do</source>
        <translation>Add what I will do</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>The backup is restored into a fresh folder and checked before Nabij switches to it. Your current data is kept aside, never deleted.</source>
        <translation>The backup is restored into a fresh folder and checked before Nabij switches to it. Your current data is kept aside, never deleted.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Open the older state</source>
        <translation>Open the older state</translation>
    </message>
    <message>
        <source>Open the older state; the missing changes are lost</source>
        <translation>Open the older state; the missing changes are lost</translation>
    </message>
    <message>
        <source>The missing changes are lost. A copy of the damaged file is kept.</source>
        <translation>The missing changes are lost. A copy of the damaged file is kept.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nabij backup (*.nabijbackup)</source>
        <translation>Nabij backup (*.nabijbackup)</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>Choose the backup file first.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup.</source>
        <translation>Type the passphrase of the backup.</translation>
    </message>
    <message>
        <source>Restoring and checking…</source>
        <translation>Restoring and checking…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Nabij is your working companion, not the official dossier: the municipality keeps that file under its own rules. Your notes here lose their purpose some time after contact ends. Nabij keeps them {months} months after the last contact, long enough for a new application to pick up where you left off. You can change this period in the settings.</source>
        <translation>Nabij is your working companion, not the official dossier: the municipality keeps that file under its own rules. Your notes here lose their purpose some time after contact ends. Nabij keeps them {months} months after the last contact, long enough for a new application to pick up where you left off. You can change this period in the settings.</translation>
    </message>
    <message>
        <source>Residents past their retention date</source>
        <translation>Residents past their retention date</translation>
    </message>
    <message>
        <source>Save an access export (PDF) of each one first</source>
        <translation>Save an access export (PDF) of each one first</translation>
    </message>
    <message>
        <source>Remove the ticked residents</source>
        <translation>Remove the ticked residents</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{name} — last contact {last}, kept until {until}, {n} meeting(s)</source>
        <translation>{name} — last contact {last}, kept until {until}, {n} meeting(s)</translation>
    </message>
    <message>
        <source>Nobody is past their retention date.</source>
        <translation>Nobody is past their retention date.</translation>
    </message>
    <message>
        <source>Folder for the exports</source>
        <translation>Folder for the exports</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Nothing was removed.</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) removed.</source>
        <translation>
            <numerusform>%n resident removed.</numerusform>
            <numerusform>%n residents removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfCheckDialog</name>
    <message>
        <source>Looking back, for yourself</source>
        <translation>Looking back, for yourself</translation>
    </message>
    <message>
        <source>Only you see this. It is never part of an export with names; the team can only get anonymous counts, and only when you export them.</source>
        <translation>Only you see this. It is never part of an export with names; the team can only get anonymous counts, and only when you export them.</translation>
    </message>
    <message>
        <source>Was it a real conversation?</source>
        <translation>Was it a real conversation?</translation>
    </message>
    <message>
        <source>Did we have a shared goal?</source>
        <translation>Did we have a shared goal?</translation>
    </message>
    <message>
        <source>Did my approach fit how the resident sees their situation?</source>
        <translation>Did my approach fit how the resident sees their situation?</translation>
    </message>
    <message>
        <source>not really</source>
        <translation>not really</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>partly</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Keep a resident&apos;s notes for (months after last contact)</source>
        <translation>Keep a resident&apos;s notes for (months after last contact)</translation>
    </message>
    <message>
        <source>Nabij is not the official dossier: the municipality keeps that under its own retention rules (the Participatiewet dossier). The notes here are working notes for the conversation, and they lose their purpose some time after contact ends. We chose 24 months after the last contact as the default because it covers a typical period in which a resident applies again, so the consultant does not have to ask their story again. After that, Nabij offers to export and then delete them. This is our reasoning for a default, not a legal term; your municipality may choose another.</source>
        <translation>Nabij is not the official dossier: the municipality keeps that under its own retention rules (the Participatiewet dossier). The notes here are working notes for the conversation, and they lose their purpose some time after contact ends. We chose 24 months after the last contact as the default because it covers a typical period in which a resident applies again, so the consultant does not have to ask their story again. After that, Nabij offers to export and then delete them. This is our reasoning for a default, not a legal term; your municipality may choose another.</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Lock after this many minutes without use</translation>
    </message>
    <message>
        <source>The resident may see the screen and the consultant may step away: Nabij locks itself.</source>
        <translation>The resident may see the screen and the consultant may step away: Nabij locks itself.</translation>
    </message>
    <message>
        <source>Clear copied text from the clipboard after (seconds)</source>
        <translation>Clear copied text from the clipboard after (seconds)</translation>
    </message>
    <message>
        <source>A meeting summary copied for the official dossier does not stay on the clipboard.</source>
        <translation>A meeting summary copied for the official dossier does not stay on the clipboard.</translation>
    </message>
    <message>
        <source>Default form of address for new residents</source>
        <translation>Default form of address for new residents</translation>
    </message>
    <message>
        <source>&quot;je&quot; or &quot;u&quot;; each resident can have their own.</source>
        <translation>&quot;je&quot; or &quot;u&quot;; each resident can have their own.</translation>
    </message>
    <message>
        <source>Print the client number on the agreements slip</source>
        <translation>Print the client number on the agreements slip</translation>
    </message>
    <message>
        <source>Off by default: the slip goes home with the resident and may be seen by others.</source>
        <translation>Off by default: the slip goes home with the resident and may be seen by others.</translation>
    </message>
    <message>
        <source>Second language on the agreements slip</source>
        <translation>Second language on the agreements slip</translation>
    </message>
    <message>
        <source>For residents whose own language is not known. A resident&apos;s own language (Voorbereiding, &apos;Language&apos;) comes first; you can change it per document in the preview. Empty for Dutch only.</source>
        <translation>For residents whose own language is not known. A resident&apos;s own language (Voorbereiding, &apos;Language&apos;) comes first; you can change it per document in the preview. Empty for Dutch only.</translation>
    </message>
    <message>
        <source>Paper for the agreements slip</source>
        <translation>Paper for the agreements slip</translation>
    </message>
    <message>
        <source>A5 is half an A4 sheet. Choose A4 when the office printer has no A5 tray: the slip is then laid out for A4, never printed as a small page on a large sheet.</source>
        <translation>A5 is half an A4 sheet. Choose A4 when the office printer has no A5 tray: the slip is then laid out for A4, never printed as a small page on a large sheet.</translation>
    </message>
    <message>
        <source>Logo on slips and letters (PNG or JPEG file)</source>
        <translation>Logo on slips and letters (PNG or JPEG file)</translation>
    </message>
    <message>
        <source>Empty for no logo. The municipality&apos;s name is always printed.</source>
        <translation>Empty for no logo. The municipality&apos;s name is always printed.</translation>
    </message>
    <message>
        <source>Offer read-aloud in the resident view (F9)</source>
        <translation>Offer read-aloud in the resident view (F9)</translation>
    </message>
    <message>
        <source>Reads the resident view aloud with the computer&apos;s own voices; nothing goes over the internet. Off: the button is not shown.</source>
        <translation>Reads the resident view aloud with the computer&apos;s own voices; nothing goes over the internet. Off: the button is not shown.</translation>
    </message>
    <message>
        <source>Folder offered for backups</source>
        <translation>Folder offered for backups</translation>
    </message>
    <message>
        <source>Empty to choose a folder each time. Your organisation may set a network folder here.</source>
        <translation>Empty to choose a folder each time. Your organisation may set a network folder here.</translation>
    </message>
    <message>
        <source>Remind me to make a backup after (days)</source>
        <translation>Remind me to make a backup after (days)</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Language of the app</translation>
    </message>
    <message>
        <source>Text size (percent)</source>
        <translation>Text size (percent)</translation>
    </message>
    <message>
        <source>Team secret for signal files</source>
        <translation>Team secret for signal files</translation>
    </message>
    <message>
        <source>The same words for everyone in the team, at least 8 characters. Signal files are signed with it, so the team lead can see that a file was not changed.</source>
        <translation>The same words for everyone in the team, at least 8 characters. Signal files are signed with it, so the team lead can see that a file was not changed.</translation>
    </message>
    <message>
        <source>Hide team counts below</source>
        <translation>Hide team counts below</translation>
    </message>
    <message>
        <source>A small count could point to one resident: it is shown as &quot;fewer than&quot; instead.</source>
        <translation>A small count could point to one resident: it is shown as &quot;fewer than&quot; instead.</translation>
    </message>
    <message>
        <source>What was done with signals</source>
        <translation>What was done with signals</translation>
    </message>
    <message>
        <source>The team&apos;s register, imported from the team lead&apos;s file (JSON).</source>
        <translation>The team&apos;s register, imported from the team lead&apos;s file (JSON).</translation>
    </message>
    <message>
        <source>Signal source</source>
        <translation>Signal source</translation>
    </message>
    <message>
        <source>A random tag, so a signal exported twice is counted once.</source>
        <translation>A random tag, so a signal exported twice is counted once.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>When the last backup was written and checked (ISO 8601, UTC); empty when never.</source>
        <translation>When the last backup was written and checked (ISO 8601, UTC); empty when never.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Set by your organisation&apos;s IT (policy); you can&apos;t change it here.</source>
        <translation>Set by your organisation&apos;s IT (policy); you can&apos;t change it here.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>je (informal)</source>
        <translation>je (informal)</translation>
    </message>
    <message>
        <source>u (formal)</source>
        <translation>u (formal)</translation>
    </message>
    <message>
        <source>A5 (half an A4 sheet)</source>
        <translation>A5 (half an A4 sheet)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Locked by IT</source>
        <translation>Locked by IT</translation>
    </message>
    <message>
        <source>The key to your data is kept in: {store}</source>
        <translation>The key to your data is kept in: {store}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Content pack</translation>
    </message>
    <message>
        <source>prompts</source>
        <translation>prompts</translation>
    </message>
    <message>
        <source>baggage categories</source>
        <translation>baggage categories</translation>
    </message>
    <message>
        <source>life domains</source>
        <translation>life domains</translation>
    </message>
    <message>
        <source>background cards</source>
        <translation>background cards</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>referrals</translation>
    </message>
    <message>
        <source>will / won&apos;t / can&apos;t lines</source>
        <translation>will / won&apos;t / can&apos;t lines</translation>
    </message>
    <message>
        <source>No content pack: Nabij uses its own content.</source>
        <translation>No content pack: Nabij uses its own content.</translation>
    </message>
    <message>
        <source>no version given</source>
        <translation>no version given</translation>
    </message>
    <message>
        <source>no date given</source>
        <translation>no date given</translation>
    </message>
    <message>
        <source>{kind}: {changed} changed, {added} added</source>
        <translation>{kind}: {changed} changed, {added} added</translation>
    </message>
    <message>
        <source>{name}, version {version}, of {date}</source>
        <translation>{name}, version {version}, of {date}</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>File: {file}</translation>
    </message>
    <message>
        <source>It changes: {changes}</source>
        <translation>It changes: {changes}</translation>
    </message>
    <message>
        <source>The pack is chosen by your organisation&apos;s IT (policy); you can&apos;t change it here.</source>
        <translation>The pack is chosen by your organisation&apos;s IT (policy); you can&apos;t change it here.</translation>
    </message>
</context>
<context>
    <name>SignalsDialog</name>
    <message>
        <source>Signals for the team</source>
        <translation>Signals for the team</translation>
    </message>
    <message>
        <source>System critique that residents voice often disappears somewhere. Here it stays, anonymous, so the team can talk about it and take it further.</source>
        <translation>System critique that residents voice often disappears somewhere. Here it stays, anonymous, so the team can talk about it and take it further.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Up to and including</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>New signal…</source>
        <translation>New signal…</translation>
    </message>
    <message>
        <source>New signal</source>
        <translation>New signal</translation>
    </message>
    <message>
        <source>Signals per topic and month</source>
        <translation>Signals per topic and month</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Import &quot;what was done&quot;…</source>
        <translation>Import &quot;what was done&quot;…</translation>
    </message>
    <message>
        <source>Import the team&apos;s register of what was done</source>
        <translation>Import the team&apos;s register of what was done</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Export for the team…</source>
        <translation>Export for the team…</translation>
    </message>
    <message>
        <source>Export a signed file for the team lead</source>
        <translation>Export a signed file for the team lead</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{topic}: {what} ({role}, {date})</source>
        <translation>{topic}: {what} ({role}, {date})</translation>
    </message>
    <message>
        <source>What was done with it:</source>
        <translation>What was done with it:</translation>
    </message>
    <message>
        <source>What was done with it: nothing imported yet.</source>
        <translation>What was done with it: nothing imported yet.</translation>
    </message>
    <message>
        <source>Import what was done</source>
        <translation>Import what was done</translation>
    </message>
    <message>
        <source>Register files (*.json)</source>
        <translation>Register files (*.json)</translation>
    </message>
    <message>
        <source>too large for a register file</source>
        <translation>too large for a register file</translation>
    </message>
    <message>
        <source>not a register file of Nabij</source>
        <translation>not a register file of Nabij</translation>
    </message>
    <message>
        <source>made by a newer version of Nabij</source>
        <translation>made by a newer version of Nabij</translation>
    </message>
    <message>
        <source>changed after it was made, or made with another team secret</source>
        <translation>changed after it was made, or made with another team secret</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>Could not be read: {file}.</source>
        <translation>Could not be read: {file}.</translation>
    </message>
    <message>
        <source>Refused: {file}: {reason}.</source>
        <translation>Refused: {file}: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) imported.</source>
        <translation>
            <numerusform>%n line imported.</numerusform>
            <numerusform>%n lines imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export signals</source>
        <translation>Export signals</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Signal files (*.json)</source>
        <translation>Signal files (*.json)</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) exported to {path}.</source>
        <translation>
            <numerusform>%n signal exported to {path}.</numerusform>
            <numerusform>%n signals exported to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SphereColumn</name>
    <message>
        <source>New line for “%1”</source>
        <translation>New line for “%1”</translation>
    </message>
    <message>
        <source>Type a line, or pick an example from the list. Enter adds it.</source>
        <translation>Type a line, or pick an example from the list. Enter adds it.</translation>
    </message>
    <message>
        <source>Type or pick…</source>
        <translation>Type or pick…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add to “%1”</source>
        <translation>Add to “%1”</translation>
    </message>
    <message>
        <source>Add this line (Enter)</source>
        <translation>Add this line (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected line from “%1”</source>
        <translation>Remove the selected line from “%1”</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete). F2 changes its text.</source>
        <translation>Remove the selected line (Delete). F2 changes its text.</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>Refer to</translation>
    </message>
    <message>
        <source>Who can help instead (from the referral directory)</source>
        <translation>Who can help instead (from the referral directory)</translation>
    </message>
    <message>
        <source>Refer to… (none)</source>
        <translation>Refer to… (none)</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>Nabij cannot use the data folder {folder}: {reason}</source>
        <translation>Nabij cannot use the data folder {folder}: {reason}</translation>
    </message>
    <message>
        <source>Nabij is already open on {folder}; that window was brought to the front.</source>
        <translation>Nabij is already open on {folder}; that window was brought to the front.</translation>
    </message>
    <message>
        <source>Another Nabij holds the data folder {folder} but does not answer: it may still be starting, or be stuck. Wait a moment and start Nabij again. If that does not help, close Nabij in the Task Manager or restart the computer. Nothing was changed.</source>
        <translation>Another Nabij holds the data folder {folder} but does not answer: it may still be starting, or be stuck. Wait a moment and start Nabij again. If that does not help, close Nabij in the Task Manager or restart the computer. Nothing was changed.</translation>
    </message>
    <message>
        <source>Nabij cannot write in the data folder {folder} (is it read-only?). Nothing was changed.</source>
        <translation>Nabij cannot write in the data folder {folder} (is it read-only?). Nothing was changed.</translation>
    </message>
    <message>
        <source>Nabij could not start. {reason} Nothing was changed. Start Nabij again; if this happens again, give IT the log in {folder}.</source>
        <translation>Nabij could not start. {reason} Nothing was changed. Start Nabij again; if this happens again, give IT the log in {folder}.</translation>
    </message>
    <message>
        <source>Nabij cannot write in the data folder {folder}: {reason}. Nothing was changed.</source>
        <translation>Nabij cannot write in the data folder {folder}: {reason}. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SummaryDraft</name>
    <message>
        <source>We talked about: %1.</source>
        <translation>We talked about: %1.</translation>
    </message>
    <message>
        <source>The resident will: %1.</source>
        <translation>The resident will: %1.</translation>
    </message>
    <message>
        <source>I will: %1.</source>
        <translation>I will: %1.</translation>
    </message>
    <message>
        <source>Together we will: %1.</source>
        <translation>Together we will: %1.</translation>
    </message>
</context>
<context>
    <name>TeamSignalsDialog</name>
    <message>
        <source>Team signals: merge files</source>
        <translation>Team signals: merge files</translation>
    </message>
    <message>
        <source>Add the signal files your team members exported (Team &gt; Signals &gt; Export for the team). A file that was changed is refused; a signal in two files counts once. Counts below {k} are hidden, so they cannot point to one resident.</source>
        <translation>Add the signal files your team members exported (Team &gt; Signals &gt; Export for the team). A file that was changed is refused; a signal in two files counts once. Counts below {k} are hidden, so they cannot point to one resident.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Add signal files</source>
        <translation>Add signal files</translation>
    </message>
    <message>
        <source>Team signals per topic and month</source>
        <translation>Team signals per topic and month</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>What was done with it</source>
        <translation>What was done with it</translation>
    </message>
    <message>
        <source>What was done, in one line a resident understands</source>
        <translation>What was done, in one line a resident understands</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>By whom (a role, not a name)</source>
        <translation>By whom (a role, not a name)</translation>
    </message>
    <message>
        <source>By whom (a role)</source>
        <translation>By whom (a role)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>Add line to the register</source>
        <translation>Add line to the register</translation>
    </message>
    <message>
        <source>Export for the team…</source>
        <translation>Export for the team…</translation>
    </message>
    <message>
        <source>Export the register for the team</source>
        <translation>Export the register for the team</translation>
    </message>
    <message>
        <source>{topic}: {what} ({role}, {date})</source>
        <translation>{topic}: {what} ({role}, {date})</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <source>fewer than {k}</source>
        <translation>fewer than {k}</translation>
    </message>
    <message>
        <source>too large for a signal file</source>
        <translation>too large for a signal file</translation>
    </message>
    <message>
        <source>not a Nabij signal file</source>
        <translation>not a Nabij signal file</translation>
    </message>
    <message>
        <source>made by a newer version of Nabij</source>
        <translation>made by a newer version of Nabij</translation>
    </message>
    <message>
        <source>changed after it was made, or made with another team secret</source>
        <translation>changed after it was made, or made with another team secret</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>Signal files (*.json)</source>
        <translation>Signal files (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n file read</numerusform>
            <numerusform>%n files read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate signal(s) counted once</source>
        <translation>
            <numerusform>%n duplicate signal counted once</numerusform>
            <numerusform>%n duplicate signals counted once</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: {file}: {reason}.</source>
        <translation>Refused: {file}: {reason}.</translation>
    </message>
    <message>
        <source>Could not be read: {file}.</source>
        <translation>Could not be read: {file}.</translation>
    </message>
    <message>
        <source>Export team signals</source>
        <translation>Export team signals</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Register files (*.json)</source>
        <translation>Register files (*.json)</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exported to {path}.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Feeling after each meeting</source>
        <translation>Feeling after each meeting</translation>
    </message>
    <message>
        <source>No check-out scores yet.</source>
        <translation>No check-out scores yet.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Nabij</source>
        <translation>Unlock Nabij</translation>
    </message>
    <message>
        <source>Nabij is locked</source>
        <translation>Nabij is locked</translation>
    </message>
    <message>
        <source>Your work was saved and closed. Nothing about residents is on screen.</source>
        <translation>Your work was saved and closed. Nothing about residents is on screen.</translation>
    </message>
    <message>
        <source>Type your passphrase to open your data.</source>
        <translation>Type your passphrase to open your data.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>This is the demo, with fictional residents only. Its passphrase is:</source>
        <translation>This is the demo, with fictional residents only. Its passphrase is:</translation>
    </message>
    <message>
        <source>Demo passphrase</source>
        <translation>Demo passphrase</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Quit Nabij…</source>
        <translation>Quit Nabij…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Quit Nabij</source>
        <translation>Quit Nabij</translation>
    </message>
    <message>
        <source>Quit Nabij?</source>
        <translation>Quit Nabij?</translation>
    </message>
    <message>
        <source>Some text could not be saved when Nabij locked (is the disk full?). Quitting now loses it; unlock to save it.</source>
        <translation>Some text could not be saved when Nabij locked (is the disk full?). Quitting now loses it; unlock to save it.</translation>
    </message>
    <message>
        <source>Quit Nabij? Your work was saved when Nabij locked. To go on, type your passphrase instead.</source>
        <translation>Quit Nabij? Your work was saved when Nabij locked. To go on, type your passphrase instead.</translation>
    </message>
    <message>
        <source>Stay locked</source>
        <translation>Stay locked</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Type your passphrase first.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>That passphrase is not right. Check Caps Lock and try again.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; your data was not changed.</source>
        <translation>Something unexpected went wrong; your data was not changed.</translation>
    </message>
</context>
<context>
    <name>WrapUpTab</name>
    <message>
        <source>“%1”: plainer is %2</source>
        <translation>“%1”: plainer is %2</translation>
    </message>
    <message>
        <source>Words the resident may not know. %1</source>
        <translation>Words the resident may not know. %1</translation>
    </message>
    <message>
        <source>Choose a resident on the left to wrap up the meeting.</source>
        <translation>Choose a resident on the left to wrap up the meeting.</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Last action</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>New agreement…</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>Type what is agreed and press Enter</source>
        <translation>Type what is agreed and press Enter</translation>
    </message>
    <message>
        <source>Who does the new agreement</source>
        <translation>Who does the new agreement</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>Add this agreement (Enter)</source>
        <translation>Add this agreement (Enter)</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Make a next appointment</source>
        <translation>Make a next appointment</translation>
    </message>
    <message>
        <source>Date of the next appointment</source>
        <translation>Date of the next appointment</translation>
    </message>
    <message>
        <source>Time of the next appointment</source>
        <translation>Time of the next appointment</translation>
    </message>
    <message>
        <source>Place of the next appointment</source>
        <translation>Place of the next appointment</translation>
    </message>
    <message>
        <source>Where exactly (optional)</source>
        <translation>Where exactly (optional)</translation>
    </message>
    <message>
        <source>Place detail of the next appointment</source>
        <translation>Place detail of the next appointment</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>With what feeling do you leave?</source>
        <translation>With what feeling do you leave?</translation>
    </message>
    <message>
        <source>In the resident&apos;s words</source>
        <translation>In the resident&apos;s words</translation>
    </message>
    <message>
        <source>The feeling in words</source>
        <translation>The feeling in words</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>What worked</translation>
    </message>
    <message>
        <source>What worked in this meeting?</source>
        <translation>What worked in this meeting?</translation>
    </message>
    <message>
        <source>What could be better</source>
        <translation>What could be better</translation>
    </message>
    <message>
        <source>What could be better next time?</source>
        <translation>What could be better next time?</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>In words</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Summary of this meeting</source>
        <translation>Summary of this meeting</translation>
    </message>
    <message>
        <source>In a few sentences, as you would tell it to the resident. Shown before the next meeting.</source>
        <translation>In a few sentences, as you would tell it to the resident. Shown before the next meeting.</translation>
    </message>
    <message>
        <source>Fill in from agenda and agreements</source>
        <translation>Fill in from agenda and agreements</translation>
    </message>
    <message>
        <source>Fill in the summary from the agenda and agreements</source>
        <translation>Fill in the summary from the agenda and agreements</translation>
    </message>
    <message>
        <source>Write the topics ticked and the agreements into the summary, to edit further</source>
        <translation>Write the topics ticked and the agreements into the summary, to edit further</translation>
    </message>
    <message>
        <source>On the slip, only if ticked:</source>
        <translation>On the slip, only if ticked:</translation>
    </message>
    <message>
        <source>The slip goes home with the resident and others may see it: discreet referrals stay off unless you tick them</source>
        <translation>The slip goes home with the resident and others may see it: discreet referrals stay off unless you tick them</translation>
    </message>
    <message>
        <source>Referrals left off the slip</source>
        <translation>Referrals left off the slip</translation>
    </message>
    <message>
        <source>Print %1 on the slip</source>
        <translation>Print %1 on the slip</translation>
    </message>
    <message>
        <source>Not on the slip, no contact details: %1</source>
        <translation>Not on the slip, no contact details: %1</translation>
    </message>
    <message>
        <source>Preview slip…</source>
        <translation>Preview slip…</translation>
    </message>
    <message>
        <source>Preview the agreements slip</source>
        <translation>Preview the agreements slip</translation>
    </message>
    <message>
        <source>Preview the agreements slip, then print or save it (%1)</source>
        <translation>Preview the agreements slip, then print or save it (%1)</translation>
    </message>
    <message>
        <source>Copy summary for the dossier</source>
        <translation>Copy summary for the dossier</translation>
    </message>
    <message>
        <source>Copy date, topics, agreements and next appointment as text, to paste into the official dossier</source>
        <translation>Copy date, topics, agreements and next appointment as text, to paste into the official dossier</translation>
    </message>
    <message>
        <source>include baggage</source>
        <translation>include baggage</translation>
    </message>
    <message>
        <source>Include baggage in the summary</source>
        <translation>Include baggage in the summary</translation>
    </message>
    <message>
        <source>Off by default: what the resident shared stays out of the dossier</source>
        <translation>Off by default: what the resident shared stays out of the dossier</translation>
    </message>
    <message>
        <source>include notes</source>
        <translation>include notes</translation>
    </message>
    <message>
        <source>Include quick notes in the summary</source>
        <translation>Include quick notes in the summary</translation>
    </message>
    <message>
        <source>Off by default: your quick notes stay out of the dossier</source>
        <translation>Off by default: your quick notes stay out of the dossier</translation>
    </message>
    <message>
        <source>Close meeting…</source>
        <translation>Close meeting…</translation>
    </message>
    <message>
        <source>Close this meeting</source>
        <translation>Close this meeting</translation>
    </message>
    <message>
        <source>Close the meeting; a next appointment, if set, is planned</source>
        <translation>Close the meeting; a next appointment, if set, is planned</translation>
    </message>
    <message>
        <source>Calendar file (.ics)…</source>
        <translation>Calendar file (.ics)…</translation>
    </message>
    <message>
        <source>Save the next appointment as a calendar file</source>
        <translation>Save the next appointment as a calendar file</translation>
    </message>
    <message>
        <source>Save the next appointment as an .ics file, to send by mail; a phone adds it to its calendar</source>
        <translation>Save the next appointment as an .ics file, to send by mail; a phone adds it to its calendar</translation>
    </message>
    <message>
        <source>Copy message for WhatsApp or mail</source>
        <translation>Copy message for WhatsApp or mail</translation>
    </message>
    <message>
        <source>Copy a short message for WhatsApp or mail</source>
        <translation>Copy a short message for WhatsApp or mail</translation>
    </message>
    <message>
        <source>The next appointment and how to reach you, in Dutch and the resident&apos;s language</source>
        <translation>The next appointment and how to reach you, in Dutch and the resident&apos;s language</translation>
    </message>
    <message>
        <source>To the phone:</source>
        <translation>To the phone:</translation>
    </message>
    <message>
        <source>agreed earlier</source>
        <translation>agreed earlier</translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation>agreed %1</translation>
    </message>
    <message>
        <source>Made in this meeting</source>
        <translation>Made in this meeting</translation>
    </message>
    <message>
        <source>No agreements yet. Add one below, or press Ctrl+Return on a line in the conversation.</source>
        <translation>No agreements yet. Add one below, or press Ctrl+Return on a line in the conversation.</translation>
    </message>
    <message>
        <source>Still open from earlier meetings</source>
        <translation>Still open from earlier meetings</translation>
    </message>
    <message>
        <source>No meeting is open.</source>
        <translation>No meeting is open.</translation>
    </message>
    <message>
        <source>Making the slip…</source>
        <translation>Making the slip…</translation>
    </message>
    <message>
        <source>Agreements slip</source>
        <translation>Agreements slip</translation>
    </message>
    <message>
        <source>agreements-slip</source>
        <translation>agreements-slip</translation>
    </message>
    <message>
        <source>The slip could not be made: %1</source>
        <translation>The slip could not be made: %1</translation>
    </message>
    <message>
        <source>Message copied. Paste it into WhatsApp or a mail.</source>
        <translation>Message copied. Paste it into WhatsApp or a mail.</translation>
    </message>
    <message>
        <source>There is no next appointment yet: plan one first.</source>
        <translation>There is no next appointment yet: plan one first.</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>appointment</translation>
    </message>
    <message>
        <source>Summary copied. Paste it into the dossier.</source>
        <translation>Summary copied. Paste it into the dossier.</translation>
    </message>
    <message>
        <source>Close this meeting? The next appointment (%1) is planned right away.</source>
        <translation>Close this meeting? The next appointment (%1) is planned right away.</translation>
    </message>
    <message>
        <source>Close this meeting? There is no next appointment yet.</source>
        <translation>Close this meeting? There is no next appointment yet.</translation>
    </message>
    <message>
        <source>Close meeting</source>
        <translation>Close meeting</translation>
    </message>
    <message>
        <source>Meeting closed. The next meeting is planned for %1.</source>
        <translation>Meeting closed. The next meeting is planned for %1.</translation>
    </message>
    <message>
        <source>Meeting closed.</source>
        <translation>Meeting closed.</translation>
    </message>
    <message>
        <source>Meeting reopened.</source>
        <translation>Meeting reopened.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>There is nothing to print: the document is empty.</source>
        <translation>There is nothing to print: the document is empty.</translation>
    </message>
    <message>
        <source>No printer was chosen.</source>
        <translation>No printer was chosen.</translation>
    </message>
    <message>
        <source>The print command &apos;lp&apos; was not found.</source>
        <translation>The print command &apos;lp&apos; was not found.</translation>
    </message>
    <message>
        <source>Printing needs the application to be running.</source>
        <translation>Printing needs the application to be running.</translation>
    </message>
    <message>
        <source>There is nothing to save: the document is empty.</source>
        <translation>There is nothing to save: the document is empty.</translation>
    </message>
    <message>
        <source>There is no next appointment to save.</source>
        <translation>There is no next appointment to save.</translation>
    </message>
    <message>
        <source>No file was chosen to print to.</source>
        <translation>No file was chosen to print to.</translation>
    </message>
    <message>
        <source>Sent to printer &apos;{name}&apos;.</source>
        <translation>Sent to printer &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The document could not be read for printing ({error}).</source>
        <translation>The document could not be read for printing ({error}).</translation>
    </message>
    <message>
        <source>The printer did not finish the job.</source>
        <translation>The printer did not finish the job.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Saved as {path}.</translation>
    </message>
    <message>
        <source>Unknown paper size: {media}.</source>
        <translation>Unknown paper size: {media}.</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>exit code {code}</translation>
    </message>
    <message>
        <source>Printing on &apos;{name}&apos; failed: {detail}</source>
        <translation>Printing on &apos;{name}&apos; failed: {detail}</translation>
    </message>
    <message>
        <source>Printed {pages} page(s).</source>
        <translation>Printed {pages} page(s).</translation>
    </message>
    <message>
        <source>The printer &apos;{name}&apos; did not answer in time.</source>
        <translation>The printer &apos;{name}&apos; did not answer in time.</translation>
    </message>
    <message>
        <source>Could not start the print command: {error}</source>
        <translation>Could not start the print command: {error}</translation>
    </message>
    <message>
        <source>Could not start printing on &apos;{name}&apos;.</source>
        <translation>Could not start printing on &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Could not save the PDF to {path}: {reason}.</source>
        <translation>Could not save the PDF to {path}: {reason}.</translation>
    </message>
    <message>
        <source>Could not save the calendar file to {path}: {reason}.</source>
        <translation>Could not save the calendar file to {path}: {reason}.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>The printer refused a new page.</translation>
    </message>
    <message>
        <source>Page {n} could not be drawn.</source>
        <translation>Page {n} could not be drawn.</translation>
    </message>
</context>
</TS>
