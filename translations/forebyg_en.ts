<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArchivedChildrenDialog</name>
    <message>
        <source>Archived children</source>
        <translation>Archived children</translation>
    </message>
    <message>
        <source>Children who have left. They are not in the overview or the follow-ups; what was recorded about them stays readable until the retention rules delete it.</source>
        <translation>Children who have left. They are not in the overview or the follow-ups; what was recorded about them stays readable until the retention rules delete it.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>No child is archived.</source>
        <translation>No child is archived.</translation>
    </message>
    <message>
        <source>&amp;Open the child&apos;s page</source>
        <translation>&amp;Open the child&apos;s page</translation>
    </message>
    <message>
        <source>&amp;Bring back to the overview</source>
        <translation>&amp;Bring back to the overview</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Joint assessment</source>
        <translation>Joint assessment</translation>
    </message>
    <message>
        <source>Individual assessment</source>
        <translation>Individual assessment</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Correction: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n years)</source>
        <translation>
            <numerusform>(%n year)</numerusform>
            <numerusform>(%n years)</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Signpost and report</source>
        <translation>Signpost and report</translation>
    </message>
    <message>
        <source>&amp;Save the correction</source>
        <translation>&amp;Save the correction</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>&amp;Finalise</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close (the draft is kept)</source>
        <translation>Close (the draft is kept)</translation>
    </message>
    <message>
        <source>Individual assessments</source>
        <translation>Individual assessments</translation>
    </message>
    <message>
        <source>Why this agreed position</source>
        <translation>Why this agreed position</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Assessors</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Names, separated by commas</translation>
    </message>
    <message>
        <source>&amp;Assessors:</source>
        <translation>&amp;Assessors:</translation>
    </message>
    <message>
        <source>Position on the scale</source>
        <translation>Position on the scale</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Signs</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Protective factors</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>The child&apos;s own view</source>
        <translation>The child&apos;s own view</translation>
    </message>
    <message>
        <source>The parents&apos; view</source>
        <translation>The parents&apos; view</translation>
    </message>
    <message>
        <source>The family&apos;s resources</source>
        <translation>The family&apos;s resources</translation>
    </message>
    <message>
        <source>Report decision</source>
        <translation>Report decision</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Why no report was made</source>
        <translation>Why no report was made</translation>
    </message>
    <message>
        <source>Parents informed</source>
        <translation>Parents informed</translation>
    </message>
    <message>
        <source>How the parents were informed</source>
        <translation>How the parents were informed</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Your records are encrypted again under the new passphrase. The old one no longer opens them, and the new one cannot be recovered: keep it safe.</source>
        <translation>Your records are encrypted again under the new passphrase. The old one no longer opens them, and the new one cannot be recovered: keep it safe.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat the new passphrase:</source>
        <translation>&amp;Repeat the new passphrase:</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>C&amp;hange passphrase</translation>
    </message>
    <message>
        <source>Write your current passphrase.</source>
        <translation>Write your current passphrase.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>The two new passphrases differ.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Encrypting your records under the new passphrase…</source>
        <translation>Encrypting your records under the new passphrase…</translation>
    </message>
</context>
<context>
    <name>ChildDetailsButton</name>
    <message>
        <source>Child &amp;details</source>
        <translation>Child &amp;details</translation>
    </message>
    <message>
        <source>Child details: correct, move to another group, archive</source>
        <translation>Child details: correct, move to another group, archive</translation>
    </message>
    <message>
        <source>&amp;Correct name, birth date or group…</source>
        <translation>&amp;Correct name, birth date or group…</translation>
    </message>
    <message>
        <source>&amp;Move to another group…</source>
        <translation>&amp;Move to another group…</translation>
    </message>
    <message>
        <source>&amp;Archive: the child has left…</source>
        <translation>&amp;Archive: the child has left…</translation>
    </message>
    <message>
        <source>&amp;Bring back from the archive…</source>
        <translation>&amp;Bring back from the archive…</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Add a child</source>
        <translation>Add a child</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>Correct the child&apos;s details</source>
        <translation>Correct the child&apos;s details</translation>
    </message>
    <message>
        <source>Birth date (day.month.year)</source>
        <translation>Birth date (day.month.year)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy, e.g. 31.01.2021</source>
        <translation>dd.mm.yyyy, e.g. 31.01.2021</translation>
    </message>
    <message>
        <source>Group or class</source>
        <translation>Group or class</translation>
    </message>
    <message>
        <source>e.g. Sommerfuglene or 2.B</source>
        <translation>e.g. Sommerfuglene or 2.B</translation>
    </message>
    <message>
        <source>&amp;Group or class:</source>
        <translation>&amp;Group or class:</translation>
    </message>
    <message>
        <source>&amp;Add child</source>
        <translation>&amp;Add child</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>ChildEdit</name>
    <message>
        <source>{name} was archived already on {day}.</source>
        <translation>{name} was archived already on {day}.</translation>
    </message>
    <message>
        <source>{name} is not archived.</source>
        <translation>{name} is not archived.</translation>
    </message>
</context>
<context>
    <name>ChildImport</name>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>cannot be read: {reason}</translation>
    </message>
    <message>
        <source>is too large for a class list (at most {megabytes} MB)</source>
        <translation>is too large for a class list (at most {megabytes} MB)</translation>
    </message>
    <message>
        <source>is an Excel workbook; in Excel choose Save as and the type &quot;CSV (semicolon separated)&quot;, then import that file</source>
        <translation>is an Excel workbook; in Excel choose Save as and the type &quot;CSV (semicolon separated)&quot;, then import that file</translation>
    </message>
    <message>
        <source>is not a text file; import a class list saved as CSV from Excel or another spreadsheet</source>
        <translation>is not a text file; import a class list saved as CSV from Excel or another spreadsheet</translation>
    </message>
    <message>
        <source>is empty; the first line must name the columns {columns}</source>
        <translation>is empty; the first line must name the columns {columns}</translation>
    </message>
    <message>
        <source>the first line is &quot;{found}&quot;; it must name the columns {columns} (also Klasse or Stue for the group, or the English names)</source>
        <translation>the first line is &quot;{found}&quot;; it must name the columns {columns} (also Klasse or Stue for the group, or the English names)</translation>
    </message>
    <message>
        <source>has more than {count} lines</source>
        <translation>has more than {count} lines</translation>
    </message>
    <message>
        <source>has {count} columns; the first line has {expected} (is a separator missing?)</source>
        <translation>has {count} columns; the first line has {expected} (is a separator missing?)</translation>
    </message>
    <message>
        <source>{child} born {born} is listed already on line {line}</source>
        <translation>{child} born {born} is listed already on line {line}</translation>
    </message>
    <message>
        <source>holds no children</source>
        <translation>holds no children</translation>
    </message>
</context>
<context>
    <name>ChildLauncher</name>
    <message>
        <source>&amp;Move to another group…</source>
        <translation>&amp;Move to another group…</translation>
    </message>
    <message>
        <source>A&amp;rchived children…</source>
        <translation>A&amp;rchived children…</translation>
    </message>
    <message>
        <source>Select the children to move in the overview first.</source>
        <translation>Select the children to move in the overview first.</translation>
    </message>
    <message>
        <source>Archive {name}?</source>
        <translation>Archive {name}?</translation>
    </message>
    <message>
        <source>Archive {name} because the child has left?</source>
        <translation>Archive {name} because the child has left?</translation>
    </message>
    <message>
        <source>An archived child is no longer in the overview or the follow-ups, and open action plans are no longer followed up. Everything recorded stays readable under Children → Archived children, where the child can be brought back. The retention rules delete the record later, counted from today. Colleagues in the team see the change after their next sync.</source>
        <translation>An archived child is no longer in the overview or the follow-ups, and open action plans are no longer followed up. Everything recorded stays readable under Children → Archived children, where the child can be brought back. The retention rules delete the record later, counted from today. Colleagues in the team see the change after their next sync.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>{name} is archived.</source>
        <translation>{name} is archived.</translation>
    </message>
    <message>
        <source>{name} is back in the overview.</source>
        <translation>{name} is back in the overview.</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Import a class list</translation>
    </message>
    <message numerus="yes">
        <source>%n children imported from {file}.</source>
        <translation>
            <numerusform>%n child imported from {file}.</numerusform>
            <numerusform>%n children imported from {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildService</name>
    <message>
        <source>&quot;{value}&quot; is not a date; write it as dd.mm.yyyy (e.g. 31.01.2021)</source>
        <translation>&quot;{value}&quot; is not a date; write it as dd.mm.yyyy (e.g. 31.01.2021)</translation>
    </message>
    <message>
        <source>Write the group or class the child is in.</source>
        <translation>Write the group or class the child is in.</translation>
    </message>
</context>
<context>
    <name>ChildView</name>
    <message>
        <source>← &amp;Overview</source>
        <translation>← &amp;Overview</translation>
    </message>
    <message>
        <source>Back to the overview</source>
        <translation>Back to the overview</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>New &amp;individual assessment…</source>
        <translation>New &amp;individual assessment…</translation>
    </message>
    <message>
        <source>New individual assessment</source>
        <translation>New individual assessment</translation>
    </message>
    <message>
        <source>New &amp;joint assessment…</source>
        <translation>New &amp;joint assessment…</translation>
    </message>
    <message>
        <source>New joint assessment</source>
        <translation>New joint assessment</translation>
    </message>
    <message>
        <source>New action &amp;plan…</source>
        <translation>New action &amp;plan…</translation>
    </message>
    <message>
        <source>New action plan</source>
        <translation>New action plan</translation>
    </message>
    <message>
        <source>&amp;Evaluate the plan…</source>
        <translation>&amp;Evaluate the plan…</translation>
    </message>
    <message>
        <source>Evaluate the open action plan</source>
        <translation>Evaluate the open action plan</translation>
    </message>
    <message>
        <source>Consent and &amp;handover…</source>
        <translation>Consent and &amp;handover…</translation>
    </message>
    <message>
        <source>Consents and handover to another institution</source>
        <translation>Consents and handover to another institution</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronology</translation>
    </message>
    <message>
        <source>Save for parents as &amp;PDF…</source>
        <translation>Save for parents as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the selected assessment or plan as PDF</source>
        <translation>Save the selected assessment or plan as PDF</translation>
    </message>
    <message>
        <source>P&amp;rint for parents…</source>
        <translation>P&amp;rint for parents…</translation>
    </message>
    <message>
        <source>Print the selected assessment or plan</source>
        <translation>Print the selected assessment or plan</translation>
    </message>
    <message>
        <source>&amp;Correct the assessment…</source>
        <translation>&amp;Correct the assessment…</translation>
    </message>
    <message>
        <source>Correct the selected assessment (a new version; the original stays)</source>
        <translation>Correct the selected assessment (a new version; the original stays)</translation>
    </message>
    <message>
        <source>{name} — born {born}, {group}</source>
        <translation>{name} — born {born}, {group}</translation>
    </message>
    <message>
        <source>(archived {day})</source>
        <translation>(archived {day})</translation>
    </message>
</context>
<context>
    <name>ChronologyTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Joint assessment: {position}</source>
        <translation>Joint assessment: {position}</translation>
    </message>
    <message>
        <source>Individual assessment: {position}</source>
        <translation>Individual assessment: {position}</translation>
    </message>
    <message>
        <source>(correction)</source>
        <translation>(correction)</translation>
    </message>
    <message>
        <source>(superseded by a correction)</source>
        <translation>(superseded by a correction)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Action plan: {name} ({status})</source>
        <translation>Action plan: {name} ({status})</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>continue</translation>
    </message>
    <message>
        <source>step up</source>
        <translation>step up</translation>
    </message>
    <message>
        <source>step down</source>
        <translation>step down</translation>
    </message>
    <message>
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <source>Plan evaluation: {decision}</source>
        <translation>Plan evaluation: {decision}</translation>
    </message>
    <message>
        <source>Consent to share with {recipient}</source>
        <translation>Consent to share with {recipient}</translation>
    </message>
    <message>
        <source>No signs ticked</source>
        <translation>No signs ticked</translation>
    </message>
    <message>
        <source>Goals: {goals}. Follow-up {date}</source>
        <translation>Goals: {goals}. Follow-up {date}</translation>
    </message>
</context>
<context>
    <name>ClassListDialog</name>
    <message>
        <source>Class list saved from Excel as CSV, semicolon or comma separated (*.csv *.txt)</source>
        <translation>Class list saved from Excel as CSV, semicolon or comma separated (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Import a class list: {file}</source>
        <translation>Import a class list: {file}</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>What the import will do</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Children to add</source>
        <translation>Children to add</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Children registered already</source>
        <translation>Children registered already</translation>
    </message>
    <message>
        <source>Group now</source>
        <translation>Group now</translation>
    </message>
    <message>
        <source>Group in the list</source>
        <translation>Group in the list</translation>
    </message>
    <message>
        <source>Lines to correct</source>
        <translation>Lines to correct</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>{file} cannot be imported. Nothing was imported.</source>
        <translation>{file} cannot be imported. Nothing was imported.</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <source>To add ({count})</source>
        <translation>To add ({count})</translation>
    </message>
    <message>
        <source>Registered already ({count})</source>
        <translation>Registered already ({count})</translation>
    </message>
    <message>
        <source>Lines to correct ({count})</source>
        <translation>Lines to correct ({count})</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move %n registered child(ren) to the group in the list</source>
        <translation>
            <numerusform>&amp;Move %n registered child to the group in the list</numerusform>
            <numerusform>&amp;Move %n registered children to the group in the list</numerusform>
        </translation>
    </message>
    <message>
        <source>These columns are not imported: {columns}</source>
        <translation>These columns are not imported: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in the file must be corrected before anything can be imported. Correct them in the spreadsheet, save it again and import it again; nothing has been imported.</source>
        <translation>
            <numerusform>%n line in the file must be corrected before anything can be imported. Correct it in the spreadsheet, save it again and import it again; nothing has been imported.</numerusform>
            <numerusform>%n lines in the file must be corrected before anything can be imported. Correct them in the spreadsheet, save it again and import it again; nothing has been imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) will be added.</source>
        <translation>
            <numerusform>%n child will be added.</numerusform>
            <numerusform>%n children will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) are registered already and are skipped.</source>
        <translation>
            <numerusform>%n child is registered already and is skipped.</numerusform>
            <numerusform>%n children are registered already and are skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>There is nothing new to import.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>{key} is not a conflict key.</source>
        <translation>{key} is not a conflict key.</translation>
    </message>
    <message>
        <source>That conflict is no longer open (resolved here or on another device).</source>
        <translation>That conflict is no longer open (resolved here or on another device).</translation>
    </message>
    <message>
        <source>Choose an option from 0 to {last}.</source>
        <translation>Choose an option from 0 to {last}.</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Competing values</source>
        <translation>Competing values</translation>
    </message>
    <message>
        <source>{entity} of {name}</source>
        <translation>{entity} of {name}</translation>
    </message>
    <message>
        <source>edited after it was deleted</source>
        <translation>edited after it was deleted</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Plan evaluation</source>
        <translation>Plan evaluation</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Consent {consent} was already withdrawn on {date}.</source>
        <translation>Consent {consent} was already withdrawn on {date}.</translation>
    </message>
    <message>
        <source>No consent is recorded for child {child}; record the parents&apos; written consent first (`forebyg consent add`).</source>
        <translation>No consent is recorded for child {child}; record the parents&apos; written consent first (`forebyg consent add`).</translation>
    </message>
    <message>
        <source>No consent for child {child} names &quot;{recipient}&quot; as recipient (the consents name {others}).</source>
        <translation>No consent for child {child} names &quot;{recipient}&quot; as recipient (the consents name {others}).</translation>
    </message>
    <message>
        <source>was withdrawn on {date}</source>
        <translation>was withdrawn on {date}</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>expired on {date}</translation>
    </message>
    <message>
        <source>only applies from {date}</source>
        <translation>only applies from {date}</translation>
    </message>
    <message>
        <source>covers nothing</source>
        <translation>covers nothing</translation>
    </message>
    <message>
        <source>The consent for child {child} to share with &quot;{recipient}&quot; {why}; nothing was exported.</source>
        <translation>The consent for child {child} to share with &quot;{recipient}&quot; {why}; nothing was exported.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent to share</source>
        <translation>Consent to share</translation>
    </message>
    <message>
        <source>Record the parents&apos; written consent for {name}: what may be shared, with whom, why and until when.</source>
        <translation>Record the parents&apos; written consent for {name}: what may be shared, with whom, why and until when.</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Given by:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>The receiving institution&apos;s name</source>
        <translation>The receiving institution&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>The consent covers</source>
        <translation>The consent covers</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>&amp;Assessments</translation>
    </message>
    <message>
        <source>Action p&amp;lans</source>
        <translation>Action p&amp;lans</translation>
    </message>
    <message>
        <source>Plan &amp;evaluations</source>
        <translation>Plan &amp;evaluations</translation>
    </message>
    <message>
        <source>Date given</source>
        <translation>Date given</translation>
    </message>
    <message>
        <source>Date gi&amp;ven:</source>
        <translation>Date gi&amp;ven:</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Valid &amp;until:</translation>
    </message>
    <message>
        <source>&amp;Save consent</source>
        <translation>&amp;Save consent</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
</context>
<context>
    <name>CreateTeamForm</name>
    <message>
        <source>Create a team</source>
        <translation>Create a team</translation>
    </message>
    <message>
        <source>As leader you create the team once. The hub folder is a folder every colleague&apos;s laptop can reach, for example a shared network folder.</source>
        <translation>As leader you create the team once. The hub folder is a folder every colleague&apos;s laptop can reach, for example a shared network folder.</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>Team &amp;name:</translation>
    </message>
    <message>
        <source>Hub folder</source>
        <translation>Hub folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Hub folder:</source>
        <translation>&amp;Hub folder:</translation>
    </message>
    <message>
        <source>&amp;Create team</source>
        <translation>&amp;Create team</translation>
    </message>
    <message>
        <source>Create team</source>
        <translation>Create team</translation>
    </message>
    <message>
        <source>Give the team a name.</source>
        <translation>Give the team a name.</translation>
    </message>
    <message>
        <source>Choose the hub folder.</source>
        <translation>Choose the hub folder.</translation>
    </message>
</context>
<context>
    <name>DescriptionsBox</name>
    <message>
        <source>Descriptions</source>
        <translation>Descriptions</translation>
    </message>
    <message>
        <source>&amp;Observations:</source>
        <translation>&amp;Observations:</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>The child&apos;s own &amp;view:</source>
        <translation>The child&apos;s own &amp;view:</translation>
    </message>
    <message>
        <source>The child&apos;s own view</source>
        <translation>The child&apos;s own view</translation>
    </message>
    <message>
        <source>The &amp;parents&apos; view:</source>
        <translation>The &amp;parents&apos; view:</translation>
    </message>
    <message>
        <source>The parents&apos; view</source>
        <translation>The parents&apos; view</translation>
    </message>
    <message>
        <source>The family&apos;s r&amp;esources:</source>
        <translation>The family&apos;s r&amp;esources:</translation>
    </message>
    <message>
        <source>The family&apos;s resources</source>
        <translation>The family&apos;s resources</translation>
    </message>
</context>
<context>
    <name>DialogLauncher</name>
    <message>
        <source>No open plan</source>
        <translation>No open plan</translation>
    </message>
    <message>
        <source>The child has no open action plan.</source>
        <translation>The child has no open action plan.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>The PDF was not saved</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} could not be written: {reason}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Saved {file}</translation>
    </message>
    <message>
        <source>The document could not be made</source>
        <translation>The document could not be made</translation>
    </message>
</context>
<context>
    <name>DraftAutosaver</name>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <source>The draft could not be saved: {reason}</source>
        <translation>The draft could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>D&amp;iscard draft</source>
        <translation>D&amp;iscard draft</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close (the draft is kept)</source>
        <translation>Close (the draft is kept)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Draft restored</translation>
    </message>
    <message>
        <source>The draft was not found: it was finalised or discarded. A new draft is started.</source>
        <translation>The draft was not found: it was finalised or discarded. A new draft is started.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The draft could not be saved: {reason}</source>
        <translation>The draft could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Discard the draft?</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>Discard this draft?</translation>
    </message>
    <message>
        <source>What you have written is deleted.</source>
        <translation>What you have written is deleted.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation>Discarding…</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluation of the action plan</source>
        <translation>Evaluation of the action plan</translation>
    </message>
    <message>
        <source>{template} – follow-up due {date}</source>
        <translation>{template} – follow-up due {date}</translation>
    </message>
    <message>
        <source>Progress on the indicators</source>
        <translation>Progress on the indicators</translation>
    </message>
    <message>
        <source>Goal and indicator</source>
        <translation>Goal and indicator</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Met?</source>
        <translation>Met?</translation>
    </message>
    <message>
        <source>{n}. {goal}
Indicator: {indicator}</source>
        <translation>{n}. {goal}
Indicator: {indicator}</translation>
    </message>
    <message>
        <source>Progress on indicator {n}</source>
        <translation>Progress on indicator {n}</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Not judged</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Indicator {n} met?</source>
        <translation>Indicator {n} met?</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>New position</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>New &amp;position:</source>
        <translation>New &amp;position:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>C&amp;ontinue the plan</source>
        <translation>C&amp;ontinue the plan</translation>
    </message>
    <message>
        <source>Step &amp;up</source>
        <translation>Step &amp;up</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
    <message>
        <source>&amp;Close the plan</source>
        <translation>&amp;Close the plan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Next follow-up date</source>
        <translation>Next follow-up date</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>No follow-up</translation>
    </message>
    <message>
        <source>Ne&amp;xt follow-up:</source>
        <translation>Ne&amp;xt follow-up:</translation>
    </message>
    <message>
        <source>&amp;Save evaluation</source>
        <translation>&amp;Save evaluation</translation>
    </message>
    <message>
        <source>Save evaluation</source>
        <translation>Save evaluation</translation>
    </message>
    <message>
        <source>Indicator {n}</source>
        <translation>Indicator {n}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date archived</source>
        <translation>Date archived</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>The child&apos;s view</source>
        <translation>The child&apos;s view</translation>
    </message>
    <message>
        <source>The parents&apos; view</source>
        <translation>The parents&apos; view</translation>
    </message>
    <message>
        <source>The family&apos;s resources</source>
        <translation>The family&apos;s resources</translation>
    </message>
    <message>
        <source>Reason for the agreed position</source>
        <translation>Reason for the agreed position</translation>
    </message>
    <message>
        <source>How the parents were informed</source>
        <translation>How the parents were informed</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Report decision reason</source>
        <translation>Report decision reason</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation>Evaluated by</translation>
    </message>
    <message>
        <source>Next follow-up date</source>
        <translation>Next follow-up date</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Consent given by</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Date given</source>
        <translation>Date given</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>Date withdrawn</source>
        <translation>Date withdrawn</translation>
    </message>
    <message>
        <source>Answer to question {key}</source>
        <translation>Answer to question {key}</translation>
    </message>
    <message>
        <source>Goal {n}</source>
        <translation>Goal {n}</translation>
    </message>
    <message>
        <source>Indicator of goal {n}</source>
        <translation>Indicator of goal {n}</translation>
    </message>
    <message>
        <source>Measure {n}</source>
        <translation>Measure {n}</translation>
    </message>
    <message>
        <source>Responsible for measure {n}</source>
        <translation>Responsible for measure {n}</translation>
    </message>
    <message>
        <source>Indicator {n}</source>
        <translation>Indicator {n}</translation>
    </message>
    <message>
        <source>Progress on indicator {n}</source>
        <translation>Progress on indicator {n}</translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation>Institution name</translation>
    </message>
    <message>
        <source>The team name</source>
        <translation>The team name</translation>
    </message>
    <message>
        <source>The person&apos;s name</source>
        <translation>The person&apos;s name</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Forebyg</source>
        <translation>Welcome to Forebyg</translation>
    </message>
    <message>
        <source>Your records are kept encrypted on this computer. Choose your municipality&apos;s strategy, your name as it appears in records, and a passphrase of at least {n} characters. The passphrase cannot be recovered: keep it safe.</source>
        <translation>Your records are kept encrypted on this computer. Choose your municipality&apos;s strategy, your name as it appears in records, and a passphrase of at least {n} characters. The passphrase cannot be recovered: keep it safe.</translation>
    </message>
    <message>
        <source>Municipality profile</source>
        <translation>Municipality profile</translation>
    </message>
    <message>
        <source>&amp;Municipality profile:</source>
        <translation>&amp;Municipality profile:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>R&amp;epeat passphrase:</source>
        <translation>R&amp;epeat passphrase:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Write your name.</source>
        <translation>Write your name.</translation>
    </message>
    <message>
        <source>Creating your encrypted store…</source>
        <translation>Creating your encrypted store…</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>Draft {draft} is a {kind} draft, not an assessment.</source>
        <translation>Draft {draft} is a {kind} draft, not an assessment.</translation>
    </message>
    <message>
        <source>Draft {draft} does not name the child.</source>
        <translation>Draft {draft} does not name the child.</translation>
    </message>
    <message>
        <source>Draft {draft} is for a {wanted} assessment, not a {kind} one.</source>
        <translation>Draft {draft} is for a {wanted} assessment, not a {kind} one.</translation>
    </message>
    <message>
        <source>A correction is made with correct_assessment, not from a draft.</source>
        <translation>A correction is made with correct_assessment, not from a draft.</translation>
    </message>
    <message>
        <source>Assessment &quot;{key}&quot; is not one of the individual assessments since the last joint one.</source>
        <translation>Assessment &quot;{key}&quot; is not one of the individual assessments since the last joint one.</translation>
    </message>
    <message>
        <source>The individual assessments must be made by at least {n} different staff members (profile practice).</source>
        <translation>The individual assessments must be made by at least {n} different staff members (profile practice).</translation>
    </message>
    <message>
        <source>Unknown draft kind &quot;{kind}&quot;; known: {known}.</source>
        <translation>Unknown draft kind &quot;{kind}&quot;; known: {known}.</translation>
    </message>
    <message>
        <source>A draft needs an id.</source>
        <translation>A draft needs an id.</translation>
    </message>
    <message>
        <source>The draft cannot be saved: {reason}.</source>
        <translation>The draft cannot be saved: {reason}.</translation>
    </message>
    <message>
        <source>No draft with id {id}; it was finalised or discarded.</source>
        <translation>No draft with id {id}; it was finalised or discarded.</translation>
    </message>
    <message>
        <source>The value is not valid: {detail}</source>
        <translation>The value is not valid: {detail}</translation>
    </message>
    <message>
        <source>{record} cannot be built: {reason}.</source>
        <translation>{record} cannot be built: {reason}.</translation>
    </message>
    <message>
        <source>No action plan with id {id}.</source>
        <translation>No action plan with id {id}.</translation>
    </message>
    <message>
        <source>The plan is closed; start a new plan if more is needed.</source>
        <translation>The plan is closed; start a new plan if more is needed.</translation>
    </message>
    <message>
        <source>This assessment is finalised and read-only; record a correction instead.</source>
        <translation>This assessment is finalised and read-only; record a correction instead.</translation>
    </message>
    <message>
        <source>Only a finalised assessment is corrected; edit the draft instead.</source>
        <translation>Only a finalised assessment is corrected; edit the draft instead.</translation>
    </message>
    <message>
        <source>This assessment has already been corrected; correct the newest version.</source>
        <translation>This assessment has already been corrected; correct the newest version.</translation>
    </message>
    <message>
        <source>Draft {draft} is not a correction of an assessment.</source>
        <translation>Draft {draft} is not a correction of an assessment.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n days</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n days</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Which follow-ups to show</source>
        <translation>Which follow-ups to show</translation>
    </message>
    <message>
        <source>Overdue and due within a week</source>
        <translation>Overdue and due within a week</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>Due within a week</translation>
    </message>
    <message>
        <source>All planned follow-ups</source>
        <translation>All planned follow-ups</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Overdue: {overdue}. Due within a week: {due}.</source>
        <translation>Overdue: {overdue}. Due within a week: {due}.</translation>
    </message>
</context>
<context>
    <name>GoalsBox</name>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>G&amp;oals and how you will see they are reached:</source>
        <translation>G&amp;oals and how you will see they are reached:</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Measurable indicator</source>
        <translation>Measurable indicator</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>&amp;Add goal</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Remo&amp;ve goal</source>
        <translation>Remo&amp;ve goal</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Remove goal</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>The position &quot;{position}&quot; means there is reason to assume the child needs special support.</source>
        <translation>The position &quot;{position}&quot; means there is reason to assume the child needs special support.</translation>
    </message>
    <message>
        <source>The sign &quot;{sign}&quot; may indicate violence or abuse. Report it, and do not inform the parents first.</source>
        <translation>The sign &quot;{sign}&quot; may indicate violence or abuse. Report it, and do not inform the parents first.</translation>
    </message>
    <message>
        <source>The sign &quot;{sign}&quot; on its own gives reason to assume the child needs special support.</source>
        <translation>The sign &quot;{sign}&quot; on its own gives reason to assume the child needs special support.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover of {name}</source>
        <translation>Handover of {name}</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Record consent…</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Withdraw consent</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>This institution has no handover key yet. Make one first.</source>
        <translation>This institution has no handover key yet. Make one first.</translation>
    </message>
    <message>
        <source>&amp;Make institution key…</source>
        <translation>&amp;Make institution key…</translation>
    </message>
    <message>
        <source>The receiving institution&apos;s key file</source>
        <translation>The receiving institution&apos;s key file</translation>
    </message>
    <message>
        <source>Receiver&apos;s &amp;key file:</source>
        <translation>Receiver&apos;s &amp;key file:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Handover file to write</source>
        <translation>Handover file to write</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Save &amp;as:</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>Result of the handover</source>
        <translation>Result of the handover</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Handovers</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>assessments</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>plans</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>evaluations</translation>
    </message>
    <message>
        <source>Withdrawn {date}</source>
        <translation>Withdrawn {date}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Sent, waiting for the receipt</source>
        <translation>Sent, waiting for the receipt</translation>
    </message>
    <message>
        <source>Receipt received {date}</source>
        <translation>Receipt received {date}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>Choose the consent to withdraw.</source>
        <translation>Choose the consent to withdraw.</translation>
    </message>
    <message>
        <source>Record that the consent to share with {recipient} was withdrawn today?</source>
        <translation>Record that the consent to share with {recipient} was withdrawn today?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>From then on nothing can be handed over under this consent.</source>
        <translation>From then on nothing can be handed over under this consent.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>&amp;Keep the consent</source>
        <translation>&amp;Keep the consent</translation>
    </message>
    <message>
        <source>Receiver: {name}. Fingerprint {fingerprint}, the key used with {name} before.</source>
        <translation>Receiver: {name}. Fingerprint {fingerprint}, the key used with {name} before.</translation>
    </message>
    <message>
        <source>Receiver: {name}. Fingerprint {fingerprint}. Warning: {name} is known here by another key, {known}. Call them and compare before you hand over.</source>
        <translation>Receiver: {name}. Fingerprint {fingerprint}. Warning: {name} is known here by another key, {known}. Call them and compare before you hand over.</translation>
    </message>
    <message>
        <source>Receiver: {name}. Fingerprint {fingerprint}: a key not used here before. Call the receiving institution and compare it before you hand over.</source>
        <translation>Receiver: {name}. Fingerprint {fingerprint}: a key not used here before. Call the receiving institution and compare it before you hand over.</translation>
    </message>
    <message>
        <source>First handover to {name}: call them and compare the fingerprint {fingerprint} before you send the file.</source>
        <translation>First handover to {name}: call them and compare the fingerprint {fingerprint} before you send the file.</translation>
    </message>
    <message>
        <source>The new key of {name} is now known here instead of {known}.</source>
        <translation>The new key of {name} is now known here instead of {known}.</translation>
    </message>
    <message>
        <source>Choose the receiver&apos;s key file and where to save the handover.</source>
        <translation>Choose the receiver&apos;s key file and where to save the handover.</translation>
    </message>
    <message>
        <source>Handing over…</source>
        <translation>Handing over…</translation>
    </message>
    <message>
        <source>Handed over to {name}: the name and birth date; assessments: {assessments}, plans: {plans}, evaluations: {evaluations}. Send the file to the receiver.</source>
        <translation>Handed over to {name}: the name and birth date; assessments: {assessments}, plans: {plans}, evaluations: {evaluations}. Send the file to the receiver.</translation>
    </message>
</context>
<context>
    <name>HandoverImportDialog</name>
    <message>
        <source>Import a handover or a receipt</source>
        <translation>Import a handover or a receipt</translation>
    </message>
    <message>
        <source>Handover or receipt file</source>
        <translation>Handover or receipt file</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>The sender&apos;s key file</source>
        <translation>The sender&apos;s key file</translation>
    </message>
    <message>
        <source>Optional: refuse a handover from anyone else than this sender</source>
        <translation>Optional: refuse a handover from anyone else than this sender</translation>
    </message>
    <message>
        <source>&amp;Sender&apos;s key file:</source>
        <translation>&amp;Sender&apos;s key file:</translation>
    </message>
    <message>
        <source>The child&apos;s group here</source>
        <translation>The child&apos;s group here</translation>
    </message>
    <message>
        <source>For a handover: the child&apos;s class or group</source>
        <translation>For a handover: the child&apos;s class or group</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>Result of the import</source>
        <translation>Result of the import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choose the file to import.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>{name} confirmed receiving the handover on {date}.</source>
        <translation>{name} confirmed receiving the handover on {date}.</translation>
    </message>
    <message>
        <source>This handover was already imported; nothing changed. The receipt was written again: {file}</source>
        <translation>This handover was already imported; nothing changed. The receipt was written again: {file}</translation>
    </message>
    <message>
        <source>Received from {name} (fingerprint {fingerprint}) for: {purpose}. Send the receipt back to the sender: {file}</source>
        <translation>Received from {name} (fingerprint {fingerprint}) for: {purpose}. Send the receipt back to the sender: {file}</translation>
    </message>
    <message>
        <source>This is the first handover from {name}: call them and compare the fingerprint {fingerprint} with the one they read to you.</source>
        <translation>This is the first handover from {name}: call them and compare the fingerprint {fingerprint} with the one they read to you.</translation>
    </message>
    <message>
        <source>The new key of {name} is now known here instead of {known}.</source>
        <translation>The new key of {name} is now known here instead of {known}.</translation>
    </message>
    <message>
        <source>A child with the same name and birth date was already registered here; the received record is kept separate.</source>
        <translation>A child with the same name and birth date was already registered here; the received record is kept separate.</translation>
    </message>
</context>
<context>
    <name>HandoverService</name>
    <message>
        <source>Held back because they concern suspected violence or abuse (Barnets Lov § 133), which parental consent cannot cover: assessments {assessments}, plans {plans}, evaluations {evaluations}.</source>
        <translation>Held back because they concern suspected violence or abuse (Barnets Lov § 133), which parental consent cannot cover: assessments {assessments}, plans {plans}, evaluations {evaluations}.</translation>
    </message>
    <message>
        <source>Not covered by the consent, so not included: assessments {assessments}, plans {plans}, evaluations {evaluations}.</source>
        <translation>Not covered by the consent, so not included: assessments {assessments}, plans {plans}, evaluations {evaluations}.</translation>
    </message>
    <message>
        <source>Draft assessments are never handed over: {n}.</source>
        <translation>Draft assessments are never handed over: {n}.</translation>
    </message>
    <message>
        <source>{file} is a receipt, not a handover.</source>
        <translation>{file} is a receipt, not a handover.</translation>
    </message>
    <message>
        <source>{file} is a handover, not a receipt.</source>
        <translation>{file} is a handover, not a receipt.</translation>
    </message>
    <message>
        <source>{file} is too large to be a handover or receipt; nothing was imported.</source>
        <translation>{file} is too large to be a handover or receipt; nothing was imported.</translation>
    </message>
    <message>
        <source>{file}: cannot read the file ({reason}).</source>
        <translation>{file}: cannot read the file ({reason}).</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>it is sealed to another institution (key {recipient}), not to this one ({own})</source>
        <translation>it is sealed to another institution (key {recipient}), not to this one ({own})</translation>
    </message>
    <message>
        <source>{file}: {reason}; nothing was imported.</source>
        <translation>{file}: {reason}; nothing was imported.</translation>
    </message>
    <message>
        <source>{file} reuses the id of another handover imported here before; nothing was imported.</source>
        <translation>{file} reuses the id of another handover imported here before; nothing was imported.</translation>
    </message>
    <message>
        <source>{file}: the consent is malformed; nothing was imported.</source>
        <translation>{file}: the consent is malformed; nothing was imported.</translation>
    </message>
    <message>
        <source>{file}: {kind} it carries is already held here, received from another institution; a handover never overwrites a record held from another sender. Nothing was imported.</source>
        <translation>{file}: {kind} it carries is already held here, received from another institution; a handover never overwrites a record held from another sender. Nothing was imported.</translation>
    </message>
    <message>
        <source>{file}: {kind} it carries is already held here and was made here; a handover never overwrites a record made here. Nothing was imported.</source>
        <translation>{file}: {kind} it carries is already held here and was made here; a handover never overwrites a record made here. Nothing was imported.</translation>
    </message>
    <message>
        <source>{file} would change a finalised assessment received before; a finalised assessment never changes. Nothing was imported.</source>
        <translation>{file} would change a finalised assessment received before; a finalised assessment never changes. Nothing was imported.</translation>
    </message>
    <message>
        <source>{file}: {kind} it carries breaks a rule every device checks ({problem}). Nothing was imported.</source>
        <translation>{file}: {kind} it carries breaks a rule every device checks ({problem}). Nothing was imported.</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>the child</translation>
    </message>
    <message>
        <source>an assessment</source>
        <translation>an assessment</translation>
    </message>
    <message>
        <source>a plan</source>
        <translation>a plan</translation>
    </message>
    <message>
        <source>a plan evaluation</source>
        <translation>a plan evaluation</translation>
    </message>
    <message>
        <source>the consent</source>
        <translation>the consent</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>the sender</translation>
    </message>
    <message>
        <source>the handover</source>
        <translation>the handover</translation>
    </message>
    <message>
        <source>{kind} has a missing or malformed field {field}</source>
        <translation>{kind} has a missing or malformed field {field}</translation>
    </message>
    <message>
        <source>{kind} holds control characters or bidi overrides in the field {field}</source>
        <translation>{kind} holds control characters or bidi overrides in the field {field}</translation>
    </message>
    <message>
        <source>{kind}, field {field}: {problem}</source>
        <translation>{kind}, field {field}: {problem}</translation>
    </message>
    <message>
        <source>{kind} has a field {field} that is not valid here</source>
        <translation>{kind} has a field {field} that is not valid here</translation>
    </message>
    <message>
        <source>{kind} was made with the profile &quot;{profile}&quot;, which this program does not have</source>
        <translation>{kind} was made with the profile &quot;{profile}&quot;, which this program does not have</translation>
    </message>
    <message>
        <source>it carries {entity} records the consent does not cover</source>
        <translation>it carries {entity} records the consent does not cover</translation>
    </message>
    <message>
        <source>{kind} is about another child</source>
        <translation>{kind} is about another child</translation>
    </message>
    <message>
        <source>an assessment is not finalised</source>
        <translation>an assessment is not finalised</translation>
    </message>
    <message>
        <source>{file}: the sender&apos;s keys do not match the signature; nothing was imported.</source>
        <translation>{file}: the sender&apos;s keys do not match the signature; nothing was imported.</translation>
    </message>
    <message>
        <source>{file} was not sent by {institution} (it is signed by key {fingerprint}, not {expected}); nothing was imported.</source>
        <translation>{file} was not sent by {institution} (it is signed by key {fingerprint}, not {expected}); nothing was imported.</translation>
    </message>
    <message>
        <source>{file} says it comes from {institution}, known here by the key {known}, but it is signed with another key, {fingerprint}. Nothing was imported. Call {institution} and compare fingerprints; accept the new key only if they read you exactly this one.</source>
        <translation>{file} says it comes from {institution}, known here by the key {known}, but it is signed with another key, {fingerprint}. Nothing was imported. Call {institution} and compare fingerprints; accept the new key only if they read you exactly this one.</translation>
    </message>
    <message>
        <source>{file} was sent from this store; it cannot be imported here.</source>
        <translation>{file} was sent from this store; it cannot be imported here.</translation>
    </message>
    <message>
        <source>{file}: the consent this handover was made under expired on {date}; ask the sender for a new handover. Nothing was imported.</source>
        <translation>{file}: the consent this handover was made under expired on {date}; ask the sender for a new handover. Nothing was imported.</translation>
    </message>
    <message>
        <source>{file}: cannot write the receipt ({reason}); nothing was imported.</source>
        <translation>{file}: cannot write the receipt ({reason}); nothing was imported.</translation>
    </message>
    <message>
        <source>{file} is a receipt for a handover this store did not send.</source>
        <translation>{file} is a receipt for a handover this store did not send.</translation>
    </message>
    <message>
        <source>{file} is not signed by {institution}, the institution the handover was sent to; nothing was imported.</source>
        <translation>{file} is not signed by {institution}, the institution the handover was sent to; nothing was imported.</translation>
    </message>
    <message>
        <source>{file}: the handover was sent to the key {fingerprint}, but {institution} is known here by the key {known}; the receipt was not recorded. Call {institution} and compare fingerprints.</source>
        <translation>{file}: the handover was sent to the key {fingerprint}, but {institution} is known here by the key {known}; the receipt was not recorded. Call {institution} and compare fingerprints.</translation>
    </message>
    <message>
        <source>{file} confirms a different handover file than the one sent; nothing was imported.</source>
        <translation>{file} confirms a different handover file than the one sent; nothing was imported.</translation>
    </message>
    <message>
        <source>{file}: the receipt has no valid date; nothing was imported.</source>
        <translation>{file}: the receipt has no valid date; nothing was imported.</translation>
    </message>
    <message>
        <source>{file} is this institution&apos;s own key; nothing was exported.</source>
        <translation>{file} is this institution&apos;s own key; nothing was exported.</translation>
    </message>
    <message>
        <source>Child {child} has no consent with id {consent}.</source>
        <translation>Child {child} has no consent with id {consent}.</translation>
    </message>
    <message>
        <source>{file}: cannot write the handover file ({reason}); nothing was exported.</source>
        <translation>{file}: cannot write the handover file ({reason}); nothing was exported.</translation>
    </message>
    <message>
        <source>The consent for {institution} was used to hand over to the key {known}, but {file} holds another key, {fingerprint}. Nothing was exported. Call {institution} and compare fingerprints; accept the new key only if they read you exactly this one.</source>
        <translation>The consent for {institution} was used to hand over to the key {known}, but {file} holds another key, {fingerprint}. Nothing was exported. Call {institution} and compare fingerprints; accept the new key only if they read you exactly this one.</translation>
    </message>
    <message>
        <source>{institution} is known here by the key {known}, but {file} holds another key, {fingerprint}. Nothing was exported. Call {institution} and compare fingerprints; accept the new key only if they read you exactly this one.</source>
        <translation>{institution} is known here by the key {known}, but {file} holds another key, {fingerprint}. Nothing was exported. Call {institution} and compare fingerprints; accept the new key only if they read you exactly this one.</translation>
    </message>
    <message>
        <source>The known keys of other institutions in this store are damaged.</source>
        <translation>The known keys of other institutions in this store are damaged.</translation>
    </message>
    <message>
        <source>{file}: the fingerprint you confirmed ({confirmed}) is not the key of this file ({fingerprint}); nothing was done.</source>
        <translation>{file}: the fingerprint you confirmed ({confirmed}) is not the key of this file ({fingerprint}); nothing was done.</translation>
    </message>
</context>
<context>
    <name>Institution</name>
    <message>
        <source>The institution keys in this store are damaged.</source>
        <translation>The institution keys in this store are damaged.</translation>
    </message>
    <message>
        <source>This store has no institution key yet; make one first with `forebyg institution key --name NAME --out FILE`.</source>
        <translation>This store has no institution key yet; make one first with `forebyg institution key --name NAME --out FILE`.</translation>
    </message>
    <message>
        <source>The institution name holds control characters or bidi overrides.</source>
        <translation>The institution name holds control characters or bidi overrides.</translation>
    </message>
    <message>
        <source>The institution name is longer than {max} characters.</source>
        <translation>The institution name is longer than {max} characters.</translation>
    </message>
    <message>
        <source>Give the institution&apos;s name the first time its key is made.</source>
        <translation>Give the institution&apos;s name the first time its key is made.</translation>
    </message>
    <message>
        <source>{file}: cannot write the key file ({reason}).</source>
        <translation>{file}: cannot write the key file ({reason}).</translation>
    </message>
    <message>
        <source>{file} is too large to be an institution key file.</source>
        <translation>{file} is too large to be an institution key file.</translation>
    </message>
    <message>
        <source>{file}: cannot read the key file ({reason}).</source>
        <translation>{file}: cannot read the key file ({reason}).</translation>
    </message>
    <message>
        <source>{file}: {reason}.</source>
        <translation>{file}: {reason}.</translation>
    </message>
</context>
<context>
    <name>InstitutionKeyDialog</name>
    <message>
        <source>Institution key for handovers</source>
        <translation>Institution key for handovers</translation>
    </message>
    <message>
        <source>Other institutions need this key file to hand a child&apos;s record over to you. Only the public key is written; the private key stays in your encrypted store.</source>
        <translation>Other institutions need this key file to hand a child&apos;s record over to you. Only the public key is written; the private key stays in your encrypted store.</translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation>Institution name</translation>
    </message>
    <message>
        <source>Institution &amp;name:</source>
        <translation>Institution &amp;name:</translation>
    </message>
    <message>
        <source>Key file to write</source>
        <translation>Key file to write</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Save &amp;as:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>&amp;Write key file</source>
        <translation>&amp;Write key file</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Choose where to save the key file.</source>
        <translation>Choose where to save the key file.</translation>
    </message>
    <message>
        <source>Writing the key file…</source>
        <translation>Writing the key file…</translation>
    </message>
    <message>
        <source>Written. Fingerprint of {name}: {fingerprint}. Read it aloud when a sender calls to compare it.</source>
        <translation>Written. Fingerprint of {name}: {fingerprint}. Read it aloud when a sender calls to compare it.</translation>
    </message>
</context>
<context>
    <name>InvitationShown</name>
    <message>
        <source>Invitation written</source>
        <translation>Invitation written</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>Give your colleague the file {file} (for example on a USB stick or by e-mail) and tell them this code in person. Never send the code together with the file. The code works once.</source>
        <translation>Give your colleague the file {file} (for example on a USB stick or by e-mail) and tell them this code in person. Never send the code together with the file. The code works once.</translation>
    </message>
</context>
<context>
    <name>InviteForm</name>
    <message>
        <source>Invite a colleague</source>
        <translation>Invite a colleague</translation>
    </message>
    <message>
        <source>An invitation is for one person and works once, within {days} days. The team sees the name and role you give here.</source>
        <translation>An invitation is for one person and works once, within {days} days. The team sees the name and role you give here.</translation>
    </message>
    <message>
        <source>Colleague&apos;s name</source>
        <translation>Colleague&apos;s name</translation>
    </message>
    <message>
        <source>Colleague&apos;s na&amp;me:</source>
        <translation>Colleague&apos;s na&amp;me:</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Rol&amp;e:</source>
        <translation>Rol&amp;e:</translation>
    </message>
    <message>
        <source>Write in&amp;vitation…</source>
        <translation>Write in&amp;vitation…</translation>
    </message>
    <message>
        <source>Write the invitation</source>
        <translation>Write the invitation</translation>
    </message>
    <message>
        <source>Write the name of the colleague you invite.</source>
        <translation>Write the name of the colleague you invite.</translation>
    </message>
</context>
<context>
    <name>JoinTeamForm</name>
    <message>
        <source>Join a team</source>
        <translation>Join a team</translation>
    </message>
    <message>
        <source>Your leader gives you an invitation file and a one-time code. The code is always given in person, never by e-mail or in the same message as the file.</source>
        <translation>Your leader gives you an invitation file and a one-time code. The code is always given in person, never by e-mail or in the same message as the file.</translation>
    </message>
    <message>
        <source>Invitation file</source>
        <translation>Invitation file</translation>
    </message>
    <message>
        <source>&amp;Invitation file:</source>
        <translation>&amp;Invitation file:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>One-time c&amp;ode:</source>
        <translation>One-time c&amp;ode:</translation>
    </message>
    <message>
        <source>Hub folder</source>
        <translation>Hub folder</translation>
    </message>
    <message>
        <source>H&amp;ub folder:</source>
        <translation>H&amp;ub folder:</translation>
    </message>
    <message>
        <source>&amp;Join team</source>
        <translation>&amp;Join team</translation>
    </message>
    <message>
        <source>Join team</source>
        <translation>Join team</translation>
    </message>
    <message>
        <source>Forebyg invitations (*{suffix});;All files (*)</source>
        <translation>Forebyg invitations (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>Choose the invitation file.</source>
        <translation>Choose the invitation file.</translation>
    </message>
    <message>
        <source>Type the code your leader gave you.</source>
        <translation>Type the code your leader gave you.</translation>
    </message>
    <message>
        <source>Choose the hub folder.</source>
        <translation>Choose the hub folder.</translation>
    </message>
</context>
<context>
    <name>JointPanel</name>
    <message>
        <source>Individual assessments</source>
        <translation>Individual assessments</translation>
    </message>
    <message>
        <source>Part of this joint assessment</source>
        <translation>Part of this joint assessment</translation>
    </message>
    <message>
        <source>Part of this joint assessment: %1</source>
        <translation>Part of this joint assessment: %1</translation>
    </message>
    <message>
        <source>No individual assessments since the last joint one.</source>
        <translation>No individual assessments since the last joint one.</translation>
    </message>
    <message numerus="yes">
        <source>The profile asks for at least %n individual assessments by different staff.</source>
        <translation>
            <numerusform>The profile asks for at least %n individual assessment by different staff.</numerusform>
            <numerusform>The profile asks for at least %n individual assessments by different staff.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why this agreed position</source>
        <translation>Why this agreed position</translation>
    </message>
    <message>
        <source>&amp;Why this agreed position (required):</source>
        <translation>&amp;Why this agreed position (required):</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Forebyg is locked</source>
        <translation>Forebyg is locked</translation>
    </message>
    <message>
        <source>Enter your passphrase to continue.</source>
        <translation>Enter your passphrase to continue.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Try again.</source>
        <translation>The passphrase is not correct. Try again.</translation>
    </message>
</context>
<context>
    <name>LockedField</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Set by your IT department</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Forebyg Desktop</source>
        <translation>Forebyg Desktop</translation>
    </message>
    <message>
        <source>Welcome to Forebyg</source>
        <translation>Welcome to Forebyg</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your records.</source>
        <translation>Enter your passphrase to open your records.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Follow-ups</translation>
    </message>
    <message>
        <source>Forebyg is locked</source>
        <translation>Forebyg is locked</translation>
    </message>
    <message>
        <source>Enter your passphrase to continue.</source>
        <translation>Enter your passphrase to continue.</translation>
    </message>
    <message>
        <source>{user} — {profile}</source>
        <translation>{user} — {profile}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock and blank the screen</source>
        <translation>&amp;Lock and blank the screen</translation>
    </message>
    <message>
        <source>Sync &amp;team…</source>
        <translation>Sync &amp;team…</translation>
    </message>
    <message>
        <source>Re&amp;ceive a handover or receipt…</source>
        <translation>Re&amp;ceive a handover or receipt…</translation>
    </message>
    <message>
        <source>&amp;Institution key for handovers…</source>
        <translation>&amp;Institution key for handovers…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>&amp;Children</translation>
    </message>
    <message>
        <source>&amp;Add a child…</source>
        <translation>&amp;Add a child…</translation>
    </message>
    <message>
        <source>&amp;Import a class list…</source>
        <translation>&amp;Import a class list…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>MeasuresBox</name>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>&amp;Measures, who is responsible and by when:</source>
        <translation>&amp;Measures, who is responsible and by when:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Add mea&amp;sure</source>
        <translation>Add mea&amp;sure</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <source>Remove measu&amp;re</source>
        <translation>Remove measu&amp;re</translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation>Remove measure</translation>
    </message>
</context>
<context>
    <name>MoveChildrenDialog</name>
    <message>
        <source>Move to another group</source>
        <translation>Move to another group</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>and {count} more</translation>
    </message>
    <message numerus="yes">
        <source>Move %n child(ren): {names}</source>
        <translation>
            <numerusform>Move %n child: {names}</numerusform>
            <numerusform>Move %n children: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>New group or class</source>
        <translation>New group or class</translation>
    </message>
    <message>
        <source>e.g. Store Bjørne or 1.B</source>
        <translation>e.g. Store Bjørne or 1.B</translation>
    </message>
    <message>
        <source>&amp;New group or class:</source>
        <translation>&amp;New group or class:</translation>
    </message>
    <message>
        <source>Everything recorded about the children moves with them; colleagues see the new group after their next sync.</source>
        <translation>Everything recorded about the children moves with them; colleagues see the new group after their next sync.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Moving…</translation>
    </message>
</context>
<context>
    <name>NewKeyQuestion</name>
    <message>
        <source>Another key</source>
        <translation>Another key</translation>
    </message>
    <message>
        <source>{name} is known here by another key. Call {name} on a number you already know, and ask them to read their fingerprint aloud.</source>
        <translation>{name} is known here by another key. Call {name} on a number you already know, and ask them to read their fingerprint aloud.</translation>
    </message>
    <message>
        <source>Known key: {known}
New key: {fingerprint}

Accept the new key only if they read exactly the new fingerprint. Otherwise the file may be forged.</source>
        <translation>Known key: {known}
New key: {fingerprint}

Accept the new key only if they read exactly the new fingerprint. Otherwise the file may be forged.</translation>
    </message>
    <message>
        <source>&amp;Accept the new key</source>
        <translation>&amp;Accept the new key</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuse</translation>
    </message>
</context>
<context>
    <name>OverviewSelection</name>
    <message>
        <source>&amp;Move to another group…</source>
        <translation>&amp;Move to another group…</translation>
    </message>
</context>
<context>
    <name>OverviewTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Position since</source>
        <translation>Position since</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation>Last assessment</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Search by name ({shortcut})</source>
        <translation>Search by name ({shortcut})</translation>
    </message>
    <message>
        <source>Search children by name</source>
        <translation>Search children by name</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Filter by group</translation>
    </message>
    <message>
        <source>Filter by position</source>
        <translation>Filter by position</translation>
    </message>
    <message>
        <source>Filter by age</source>
        <translation>Filter by age</translation>
    </message>
    <message>
        <source>Filter by time since the last assessment</source>
        <translation>Filter by time since the last assessment</translation>
    </message>
    <message>
        <source>Any assessment date</source>
        <translation>Any assessment date</translation>
    </message>
    <message numerus="yes">
        <source>Not assessed for %n months</source>
        <translation>
            <numerusform>Not assessed for %n month</numerusform>
            <numerusform>Not assessed for %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Number of children shown</source>
        <translation>Number of children shown</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln children</source>
        <translation>
            <numerusform>Showing {shown} of %Ln child</numerusform>
            <numerusform>Showing {shown} of %Ln children</numerusform>
        </translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>All positions</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>All ages</translation>
    </message>
</context>
<context>
    <name>ParentsBox</name>
    <message>
        <source>The parents</source>
        <translation>The parents</translation>
    </message>
    <message>
        <source>Parents informed</source>
        <translation>Parents informed</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Withheld (abuse path: not before the report)</source>
        <translation>Withheld (abuse path: not before the report)</translation>
    </message>
    <message>
        <source>Parents &amp;informed:</source>
        <translation>Parents &amp;informed:</translation>
    </message>
    <message>
        <source>How the parents were informed</source>
        <translation>How the parents were informed</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>The passphrase must be at least {n} characters long.</source>
        <translation>The passphrase must be at least {n} characters long.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess: {why} {advice}</source>
        <translation>The passphrase is too easy to guess: {why} {advice}</translation>
    </message>
    <message>
        <source>Use four or more words that do not belong together, or a short sentence only you would think of.</source>
        <translation>Use four or more words that do not belong together, or a short sentence only you would think of.</translation>
    </message>
    <message>
        <source>it is one of the most common passwords.</source>
        <translation>it is one of the most common passwords.</translation>
    </message>
    <message>
        <source>it is built on your own name, the program&apos;s name or your municipality&apos;s name.</source>
        <translation>it is built on your own name, the program&apos;s name or your municipality&apos;s name.</translation>
    </message>
    <message>
        <source>it is made of a few common words or names.</source>
        <translation>it is made of a few common words or names.</translation>
    </message>
    <message>
        <source>rows of neighbouring keys are easy to guess.</source>
        <translation>rows of neighbouring keys are easy to guess.</translation>
    </message>
    <message>
        <source>repeated letters or words are easy to guess.</source>
        <translation>repeated letters or words are easy to guess.</translation>
    </message>
    <message>
        <source>sequences like abc or 6543 are easy to guess.</source>
        <translation>sequences like abc or 6543 are easy to guess.</translation>
    </message>
    <message>
        <source>years and dates are easy to guess.</source>
        <translation>years and dates are easy to guess.</translation>
    </message>
    <message>
        <source>it is too short and simple.</source>
        <translation>it is too short and simple.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Almost strong enough</source>
        <translation>Almost strong enough</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation>The current passphrase is not correct.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>The new passphrase is the same as the current one.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Action plan for {name}</source>
        <translation>Action plan for {name}</translation>
    </message>
    <message>
        <source>Plan template</source>
        <translation>Plan template</translation>
    </message>
    <message>
        <source>Sho&amp;w all templates</source>
        <translation>Sho&amp;w all templates</translation>
    </message>
    <message>
        <source>Show all templates</source>
        <translation>Show all templates</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Choose a template…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>The child&apos;s view</source>
        <translation>The child&apos;s view</translation>
    </message>
    <message>
        <source>&amp;Child&apos;s view:</source>
        <translation>&amp;Child&apos;s view:</translation>
    </message>
    <message>
        <source>The parents&apos; view</source>
        <translation>The parents&apos; view</translation>
    </message>
    <message>
        <source>&amp;Parents&apos; view:</source>
        <translation>&amp;Parents&apos; view:</translation>
    </message>
    <message>
        <source>The family&apos;s resources</source>
        <translation>The family&apos;s resources</translation>
    </message>
    <message>
        <source>&amp;Family resources:</source>
        <translation>&amp;Family resources:</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Coor&amp;dinator:</source>
        <translation>Coor&amp;dinator:</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Fo&amp;llow-up date:</source>
        <translation>Fo&amp;llow-up date:</translation>
    </message>
    <message>
        <source>Create pla&amp;n</source>
        <translation>Create pla&amp;n</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Create plan</translation>
    </message>
    <message>
        <source>All templates are offered; the child&apos;s latest position is {position}.</source>
        <translation>All templates are offered; the child&apos;s latest position is {position}.</translation>
    </message>
    <message>
        <source>Only templates for the child&apos;s latest position ({position}) are offered.</source>
        <translation>Only templates for the child&apos;s latest position ({position}) are offered.</translation>
    </message>
    <message>
        <source>Choose a template to prefill the plan.</source>
        <translation>Choose a template to prefill the plan.</translation>
    </message>
    <message>
        <source>Replace with the template?</source>
        <translation>Replace with the template?</translation>
    </message>
    <message>
        <source>Replace what you have written with the template?</source>
        <translation>Replace what you have written with the template?</translation>
    </message>
    <message>
        <source>The goals, measures and follow-up date are replaced by the template&apos;s. The views you have written are kept.</source>
        <translation>The goals, measures and follow-up date are replaced by the template&apos;s. The views you have written are kept.</translation>
    </message>
    <message>
        <source>&amp;Yes, replace</source>
        <translation>&amp;Yes, replace</translation>
    </message>
    <message>
        <source>&amp;No, keep what I wrote</source>
        <translation>&amp;No, keep what I wrote</translation>
    </message>
    <message>
        <source>Goal {n}</source>
        <translation>Goal {n}</translation>
    </message>
    <message>
        <source>Measure {n}</source>
        <translation>Measure {n}</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Child&apos;s view</source>
        <translation>Child&apos;s view</translation>
    </message>
    <message>
        <source>Parents&apos; view</source>
        <translation>Parents&apos; view</translation>
    </message>
    <message>
        <source>Family resources</source>
        <translation>Family resources</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>PositionChip</name>
    <message>
        <source>No position yet</source>
        <translation>No position yet</translation>
    </message>
</context>
<context>
    <name>PositionsBox</name>
    <message>
        <source>Position on the scale</source>
        <translation>Position on the scale</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problems to fix</source>
        <translation>Problems to fix</translation>
    </message>
</context>
<context>
    <name>ProgressionChart</name>
    <message>
        <source>Progression of positions over time</source>
        <translation>Progression of positions over time</translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation>No assessments yet.</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>joint</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individual</translation>
    </message>
</context>
<context>
    <name>QuarantineTableModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Why it was refused</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>For a meeting with the parents</source>
        <translation>For a meeting with the parents</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Printed {date}</translation>
    </message>
    <message>
        <source>Confidential: this document holds personal information about a child. Keep it safe and share it only as the rules on confidentiality allow.</source>
        <translation>Confidential: this document holds personal information about a child. Keep it safe and share it only as the rules on confidentiality allow.</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The child&apos;s view</source>
        <translation>The child&apos;s view</translation>
    </message>
    <message>
        <source>The parents&apos; view</source>
        <translation>The parents&apos; view</translation>
    </message>
    <message>
        <source>The family&apos;s resources</source>
        <translation>The family&apos;s resources</translation>
    </message>
    <message>
        <source>Wellbeing assessment</source>
        <translation>Wellbeing assessment</translation>
    </message>
    <message>
        <source>Date of assessment</source>
        <translation>Date of assessment</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Joint assessment</source>
        <translation>Joint assessment</translation>
    </message>
    <message>
        <source>Individual assessment</source>
        <translation>Individual assessment</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <source>Draft – not finalised</source>
        <translation>Draft – not finalised</translation>
    </message>
    <message>
        <source>Position on the worry scale</source>
        <translation>Position on the worry scale</translation>
    </message>
    <message>
        <source>Signs we have seen</source>
        <translation>Signs we have seen</translation>
    </message>
    <message>
        <source>No signs are ticked.</source>
        <translation>No signs are ticked.</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Protective factors</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Our questions</source>
        <translation>Our questions</translation>
    </message>
    <message>
        <source>What happens now</source>
        <translation>What happens now</translation>
    </message>
    <message>
        <source>Who is involved</source>
        <translation>Who is involved</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>We follow up no later than {date}.</source>
        <translation>We follow up no later than {date}.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>How we will see that the goal is reached</source>
        <translation>How we will see that the goal is reached</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Follow-ups so far</source>
        <translation>Follow-ups so far</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Reached?</source>
        <translation>Reached?</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>Not reached yet</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Not judged</translation>
    </message>
    <message>
        <source>Next follow-up: {date}</source>
        <translation>Next follow-up: {date}</translation>
    </message>
    <message>
        <source>Continue the plan</source>
        <translation>Continue the plan</translation>
    </message>
    <message>
        <source>Step up the effort</source>
        <translation>Step up the effort</translation>
    </message>
    <message>
        <source>Step down the effort</source>
        <translation>Step down the effort</translation>
    </message>
    <message>
        <source>Close the plan</source>
        <translation>Close the plan</translation>
    </message>
    <message>
        <source>This assessment is on the abuse path: it is not printed for a meeting with parents, because the parents must not be informed before the municipality.</source>
        <translation>This assessment is on the abuse path: it is not printed for a meeting with parents, because the parents must not be informed before the municipality.</translation>
    </message>
    <message>
        <source>The assessment has no position on the scale yet.</source>
        <translation>The assessment has no position on the scale yet.</translation>
    </message>
    <message>
        <source>This assessment has been corrected; print the newest version.</source>
        <translation>This assessment has been corrected; print the newest version.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>ReportBox</name>
    <message>
        <source>Report decision</source>
        <translation>Report decision</translation>
    </message>
    <message>
        <source>&amp;Reported to the municipality</source>
        <translation>&amp;Reported to the municipality</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>&amp;Not reported</source>
        <translation>&amp;Not reported</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Report &amp;date:</source>
        <translation>Report &amp;date:</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Reported &amp;by:</source>
        <translation>Reported &amp;by:</translation>
    </message>
    <message>
        <source>Why no report was made</source>
        <translation>Why no report was made</translation>
    </message>
    <message>
        <source>Wh&amp;y not:</source>
        <translation>Wh&amp;y not:</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Unknown profile &quot;{profile}&quot;. Known profiles: {known}.</source>
        <translation>Unknown profile &quot;{profile}&quot;. Known profiles: {known}.</translation>
    </message>
    <message>
        <source>The user name must not be empty.</source>
        <translation>The user name must not be empty.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Lock after minutes without use</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Lock &amp;after:</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Settings with a lock are set by your IT department in {file}.</source>
        <translation>Settings with a lock are set by your IT department in {file}.</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>A new language is used from the next start.</translation>
    </message>
    <message>
        <source>Municipality profile:</source>
        <translation>Municipality profile:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institution:</translation>
    </message>
    <message>
        <source>Shared folder for sync:</source>
        <translation>Shared folder for sync:</translation>
    </message>
    <message>
        <source>Records kept for:</source>
        <translation>Records kept for:</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignpostPanel</name>
    <message>
        <source>Signpost</source>
        <translation>Signpost</translation>
    </message>
    <message>
        <source>Choose a position to see what the signpost says to do.</source>
        <translation>Choose a position to see what the signpost says to do.</translation>
    </message>
    <message>
        <source>Reporting duty</source>
        <translation>Reporting duty</translation>
    </message>
    <message>
        <source>Reporting duty (Barnets Lov § 133)</source>
        <translation>Reporting duty (Barnets Lov § 133)</translation>
    </message>
    <message>
        <source>Violence or abuse: do NOT inform the parents first</source>
        <translation>Violence or abuse: do NOT inform the parents first</translation>
    </message>
    <message>
        <source>Consider a report</source>
        <translation>Consider a report</translation>
    </message>
    <message>
        <source>Consider a report (Barnets Lov § 133)</source>
        <translation>Consider a report (Barnets Lov § 133)</translation>
    </message>
    <message>
        <source>The signpost asks you to consider now whether there is reason to assume the child needs special support. If so, you must report it.</source>
        <translation>The signpost asks you to consider now whether there is reason to assume the child needs special support. If so, you must report it.</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Position: %1</translation>
    </message>
    <message>
        <source>Do now: %1</source>
        <translation>Do now: %1</translation>
    </message>
    <message>
        <source>Involve: %1</source>
        <translation>Involve: %1</translation>
    </message>
    <message numerus="yes">
        <source>Follow up by %1 (in %n weeks)</source>
        <translation>
            <numerusform>Follow up by %1 (in %n week)</numerusform>
            <numerusform>Follow up by %1 (in %n weeks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteConfig</name>
    <message>
        <source>Configuration file problems</source>
        <translation>Configuration file problems</translation>
    </message>
    <message>
        <source>The configuration file from your IT department has problems. Forebyg works without the values concerned. Please tell your IT department:</source>
        <translation>The configuration file from your IT department has problems. Forebyg works without the values concerned. Please tell your IT department:</translation>
    </message>
    <message>
        <source>cannot read the file ({error})</source>
        <translation>cannot read the file ({error})</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>not UTF-8 text</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>not valid TOML: {error}</translation>
    </message>
    <message>
        <source>{place}: {detail}; the whole file is ignored.</source>
        <translation>{place}: {detail}; the whole file is ignored.</translation>
    </message>
    <message>
        <source>{place}: {key} must be {expected}; this value is ignored.</source>
        <translation>{place}: {key} must be {expected}; this value is ignored.</translation>
    </message>
    <message>
        <source>{place}: give retention_months or retention_years, not both; both are ignored.</source>
        <translation>{place}: give retention_months or retention_years, not both; both are ignored.</translation>
    </message>
    <message>
        <source>{place}: unknown key &quot;{key}&quot; is ignored (did you mean &quot;{suggestion}&quot;?).</source>
        <translation>{place}: unknown key &quot;{key}&quot; is ignored (did you mean &quot;{suggestion}&quot;?).</translation>
    </message>
    <message>
        <source>{place}: unknown key &quot;{key}&quot; is ignored; known keys: {known}.</source>
        <translation>{place}: unknown key &quot;{key}&quot; is ignored; known keys: {known}.</translation>
    </message>
    <message>
        <source>a text of 1 to {n} characters in quotes</source>
        <translation>a text of 1 to {n} characters in quotes</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>a whole number from {low} to {high}</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>one of {choices}</translation>
    </message>
    <message>
        <source>the id of a bundled profile ({choices})</source>
        <translation>the id of a bundled profile ({choices})</translation>
    </message>
    <message>
        <source>an absolute folder path in single quotes (environment variables allowed)</source>
        <translation>an absolute folder path in single quotes (environment variables allowed)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>A store already exists at {path}; it was not changed.</source>
        <translation>A store already exists at {path}; it was not changed.</translation>
    </message>
    <message>
        <source>No store at {path}. Create one with `forebyg init`.</source>
        <translation>No store at {path}. Create one with `forebyg init`.</translation>
    </message>
    <message>
        <source>The store file {path} is empty.</source>
        <translation>The store file {path} is empty.</translation>
    </message>
    <message>
        <source>The passphrase of {path} could not be changed: another program is using the store. Close it and try again. The old passphrase still applies.</source>
        <translation>The passphrase of {path} could not be changed: another program is using the store. Close it and try again. The old passphrase still applies.</translation>
    </message>
    <message>
        <source>The passphrase does not unlock {path} (or the file is not a Forebyg store). Nothing was changed.</source>
        <translation>The passphrase does not unlock {path} (or the file is not a Forebyg store). Nothing was changed.</translation>
    </message>
    <message>
        <source>No child with id {id}.</source>
        <translation>No child with id {id}.</translation>
    </message>
    <message>
        <source>No assessment with id {id}.</source>
        <translation>No assessment with id {id}.</translation>
    </message>
    <message>
        <source>No plan with id {id}.</source>
        <translation>No plan with id {id}.</translation>
    </message>
    <message>
        <source>No evaluation with id {id}.</source>
        <translation>No evaluation with id {id}.</translation>
    </message>
    <message>
        <source>No consent with id {id}.</source>
        <translation>No consent with id {id}.</translation>
    </message>
    <message>
        <source>No handover with id {id}.</source>
        <translation>No handover with id {id}.</translation>
    </message>
    <message>
        <source>{path} is not a Forebyg store (no device id).</source>
        <translation>{path} is not a Forebyg store (no device id).</translation>
    </message>
    <message>
        <source>The store {path} is damaged: {reason}</source>
        <translation>The store {path} is damaged: {reason}</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} differs from the one already held under that number.</source>
        <translation>Operation {seq} of device {device} differs from the one already held under that number.</translation>
    </message>
    <message>
        <source>Operations of device {device} reuse operation ids it already used.</source>
        <translation>Operations of device {device} reuse operation ids it already used.</translation>
    </message>
    <message>
        <source>This store was written by a newer version of Forebyg (schema {found}; this program knows up to {known}). Update the program.</source>
        <translation>This store was written by a newer version of Forebyg (schema {found}; this program knows up to {known}). Update the program.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {entity} {record} has no field &quot;{field}&quot;.</source>
        <translation>Operation {seq} of device {device} was refused: {entity} {record} has no field &quot;{field}&quot;.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} holds a value of the wrong type.</source>
        <translation>Operation {seq} of device {device} was refused: {field} of {entity} {record} holds a value of the wrong type.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} holds a value that is not allowed.</source>
        <translation>Operation {seq} of device {device} was refused: {field} of {entity} {record} holds a value that is not allowed.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} is not a valid record id.</source>
        <translation>Operation {seq} of device {device} was refused: {field} of {entity} {record} is not a valid record id.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} is not a valid key.</source>
        <translation>Operation {seq} of device {device} was refused: {field} of {entity} {record} is not a valid key.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} names a key that profile &quot;{profile}&quot; does not have.</source>
        <translation>Operation {seq} of device {device} was refused: {field} of {entity} {record} names a key that profile &quot;{profile}&quot; does not have.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} lists the same entry twice.</source>
        <translation>Operation {seq} of device {device} was refused: {field} of {entity} {record} lists the same entry twice.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} is empty but required.</source>
        <translation>Operation {seq} of device {device} was refused: {field} of {entity} {record} is empty but required.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} is too long: {length} characters, at most {max}.</source>
        <translation>Operation {seq} of device {device} was refused: {field} of {entity} {record} is too long: {length} characters, at most {max}.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} must be on one line.</source>
        <translation>Operation {seq} of device {device} was refused: {field} of {entity} {record} must be on one line.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} contains a control character ({char}).</source>
        <translation>Operation {seq} of device {device} was refused: {field} of {entity} {record} contains a control character ({char}).</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} contains an invisible character that changes the text direction ({char}).</source>
        <translation>Operation {seq} of device {device} was refused: {field} of {entity} {record} contains an invisible character that changes the text direction ({char}).</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} seems to contain a CPR number.</source>
        <translation>Operation {seq} of device {device} was refused: {field} of {entity} {record} seems to contain a CPR number.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} is a date after the day the change was made.</source>
        <translation>Operation {seq} of device {device} was refused: {field} of {entity} {record} is a date after the day the change was made.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} is more than {years} years before the day the change was made.</source>
        <translation>Operation {seq} of device {device} was refused: {field} of {entity} {record} is more than {years} years before the day the change was made.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} does not fit with {other}.</source>
        <translation>Operation {seq} of device {device} was refused: {field} of {entity} {record} does not fit with {other}.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: it is not a change this program makes (unknown record type or kind, or malformed fields).</source>
        <translation>Operation {seq} of device {device} was refused: it is not a change this program makes (unknown record type or kind, or malformed fields).</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: it deletes assessment {record}, which is finalised.</source>
        <translation>Operation {seq} of device {device} was refused: it deletes assessment {record}, which is finalised.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: it changes {field} of assessment {record}, which is finalised (a correction is recorded as a new assessment).</source>
        <translation>Operation {seq} of device {device} was refused: it changes {field} of assessment {record}, which is finalised (a correction is recorded as a new assessment).</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: its clock stamp is not valid.</source>
        <translation>Operation {seq} of device {device} was refused: its clock stamp is not valid.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} is stamped {days} days ahead of this computer&apos;s clock (at most {max} allowed); it is taken once the clocks agree. Check the date and time on both computers.</source>
        <translation>Operation {seq} of device {device} is stamped {days} days ahead of this computer&apos;s clock (at most {max} allowed); it is taken once the clocks agree. Check the date and time on both computers.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Strength: {level}</source>
        <translation>Strength: {level}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>A change is stamped {hours:.1f} hours ahead of this computer&apos;s clock. Check the date and time on both computers.</source>
        <translation>A change is stamped {hours:.1f} hours ahead of this computer&apos;s clock. Check the date and time on both computers.</translation>
    </message>
    <message>
        <source>This device is not in a sync team yet: use `forebyg team create` or `forebyg team join`.</source>
        <translation>This device is not in a sync team yet: use `forebyg team create` or `forebyg team join`.</translation>
    </message>
    <message>
        <source>The hub folder {hub} cannot be reached; nothing was synced.</source>
        <translation>The hub folder {hub} cannot be reached; nothing was synced.</translation>
    </message>
    <message>
        <source>This device was removed from the team; it can no longer sync.</source>
        <translation>This device was removed from the team; it can no longer sync.</translation>
    </message>
    <message>
        <source>The hub folder {hub} cannot be reached.</source>
        <translation>The hub folder {hub} cannot be reached.</translation>
    </message>
    <message>
        <source>This device waits for the team leader to admit it (at the leader&apos;s next sync).</source>
        <translation>This device waits for the team leader to admit it (at the leader&apos;s next sync).</translation>
    </message>
    <message>
        <source>This device was removed from the team.</source>
        <translation>This device was removed from the team.</translation>
    </message>
    <message>
        <source>This device holds {count} changes that removed device {device} made after its removal; other devices refused them.</source>
        <translation>This device holds {count} changes that removed device {device} made after its removal; other devices refused them.</translation>
    </message>
    <message>
        <source>Device {device} still writes under a team key that was replaced: its changes from number {first} on reach this device when it has synced once with the new roster.</source>
        <translation>Device {device} still writes under a team key that was replaced: its changes from number {first} on reach this device when it has synced once with the new roster.</translation>
    </message>
    <message>
        <source>The hub folder lacks team roster version(s) {versions}; the team leader&apos;s next sync puts them back. Until then new colleagues and keys may not reach every device.</source>
        <translation>The hub folder lacks team roster version(s) {versions}; the team leader&apos;s next sync puts them back. Until then new colleagues and keys may not reach every device.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file is not a Forebyg bundle</source>
        <translation>the file is not a Forebyg bundle</translation>
    </message>
    <message>
        <source>the bundle was made by a newer version of Forebyg (format {format}); update the program to read it</source>
        <translation>the bundle was made by a newer version of Forebyg (format {format}); update the program to read it</translation>
    </message>
    <message>
        <source>the bundle&apos;s header is damaged ({part})</source>
        <translation>the bundle&apos;s header is damaged ({part})</translation>
    </message>
    <message>
        <source>the bundle belongs to another team</source>
        <translation>the bundle belongs to another team</translation>
    </message>
    <message>
        <source>the bundle uses a team key this device has not received yet</source>
        <translation>the bundle uses a team key this device has not received yet</translation>
    </message>
    <message>
        <source>the bundle uses an unknown team key</source>
        <translation>the bundle uses an unknown team key</translation>
    </message>
    <message>
        <source>the bundle was altered or damaged, or not encrypted for this team</source>
        <translation>the bundle was altered or damaged, or not encrypted for this team</translation>
    </message>
    <message>
        <source>device {device} is not (yet) in the team roster</source>
        <translation>device {device} is not (yet) in the team roster</translation>
    </message>
    <message>
        <source>the bundle is not signed by device {device}&apos;s key (forged?)</source>
        <translation>the bundle is not signed by device {device}&apos;s key (forged?)</translation>
    </message>
    <message>
        <source>the bundle&apos;s content does not match its manifest</source>
        <translation>the bundle&apos;s content does not match its manifest</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest is damaged ({part})</source>
        <translation>the bundle&apos;s manifest is damaged ({part})</translation>
    </message>
    <message>
        <source>the bundle holds a malformed operation ({part})</source>
        <translation>the bundle holds a malformed operation ({part})</translation>
    </message>
    <message>
        <source>the bundle was made by a newer version of Forebyg ({app}); update the program to read it</source>
        <translation>the bundle was made by a newer version of Forebyg ({app}); update the program to read it</translation>
    </message>
    <message>
        <source>the bundle&apos;s operations do not match its manifest&apos;s range</source>
        <translation>the bundle&apos;s operations do not match its manifest&apos;s range</translation>
    </message>
    <message>
        <source>device {device} wrote operations {first} to {last} under a team key that was replaced after its operation {cap}; they are accepted only under the new key</source>
        <translation>device {device} wrote operations {first} to {last} under a team key that was replaced after its operation {cap}; they are accepted only under the new key</translation>
    </message>
    <message>
        <source>waiting for operations of device {device} from number {next} on</source>
        <translation>waiting for operations of device {device} from number {next} on</translation>
    </message>
    <message>
        <source>the bundle&apos;s name does not match its content</source>
        <translation>the bundle&apos;s name does not match its content</translation>
    </message>
    <message>
        <source>the bundle was made by device {device} after it was removed from the team</source>
        <translation>the bundle was made by device {device} after it was removed from the team</translation>
    </message>
    <message>
        <source>the bundle&apos;s operations clash with operations already held</source>
        <translation>the bundle&apos;s operations clash with operations already held</translation>
    </message>
    <message>
        <source>the roster&apos;s version does not match its name</source>
        <translation>the roster&apos;s version does not match its name</translation>
    </message>
    <message>
        <source>Withdrew {count} changes that removed device {device} made after its removal; the rest of the team refused them too.</source>
        <translation>Withdrew {count} changes that removed device {device} made after its removal; the rest of the team refused them too.</translation>
    </message>
    <message>
        <source>the profile pack is not signed by the team leader for this team</source>
        <translation>the profile pack is not signed by the team leader for this team</translation>
    </message>
    <message>
        <source>the profile pack needs a newer version of Forebyg; update the program</source>
        <translation>the profile pack needs a newer version of Forebyg; update the program</translation>
    </message>
    <message>
        <source>the profile in the pack is not valid</source>
        <translation>the profile in the pack is not valid</translation>
    </message>
    <message>
        <source>the profile pack&apos;s name does not match its profile</source>
        <translation>the profile pack&apos;s name does not match its profile</translation>
    </message>
    <message>
        <source>the roster&apos;s key envelope for this device is damaged</source>
        <translation>the roster&apos;s key envelope for this device is damaged</translation>
    </message>
    <message>
        <source>the roster is not signed by the team leader</source>
        <translation>the roster is not signed by the team leader</translation>
    </message>
    <message>
        <source>the roster is damaged ({part})</source>
        <translation>the roster is damaged ({part})</translation>
    </message>
    <message>
        <source>the roster was made by a newer version of Forebyg; update the program</source>
        <translation>the roster was made by a newer version of Forebyg; update the program</translation>
    </message>
    <message>
        <source>the roster belongs to another team</source>
        <translation>the roster belongs to another team</translation>
    </message>
    <message>
        <source>the roster file is damaged ({part})</source>
        <translation>the roster file is damaged ({part})</translation>
    </message>
    <message>
        <source>the invitation was made by a newer version of Forebyg; update the program</source>
        <translation>the invitation was made by a newer version of Forebyg; update the program</translation>
    </message>
    <message>
        <source>the file is not a Forebyg invitation</source>
        <translation>the file is not a Forebyg invitation</translation>
    </message>
    <message>
        <source>the code does not match this invitation</source>
        <translation>the code does not match this invitation</translation>
    </message>
    <message>
        <source>the invitation expired on {date}; ask the leader for a new one</source>
        <translation>the invitation expired on {date}; ask the leader for a new one</translation>
    </message>
    <message>
        <source>the join request is damaged ({part})</source>
        <translation>the join request is damaged ({part})</translation>
    </message>
    <message>
        <source>the join request uses an unknown or already used invitation</source>
        <translation>the join request uses an unknown or already used invitation</translation>
    </message>
    <message>
        <source>the join request uses an invitation that has expired</source>
        <translation>the join request uses an invitation that has expired</translation>
    </message>
    <message>
        <source>the join request was not made with the invitation&apos;s code</source>
        <translation>the join request was not made with the invitation&apos;s code</translation>
    </message>
    <message>
        <source>internal error ({name})</source>
        <translation>internal error ({name})</translation>
    </message>
    <message>
        <source>not a Forebyg handover or receipt file</source>
        <translation>not a Forebyg handover or receipt file</translation>
    </message>
    <message>
        <source>the file is damaged (no header); it may be truncated</source>
        <translation>the file is damaged (no header); it may be truncated</translation>
    </message>
    <message>
        <source>the file is damaged (unreadable header)</source>
        <translation>the file is damaged (unreadable header)</translation>
    </message>
    <message>
        <source>the file is damaged (no format version)</source>
        <translation>the file is damaged (no format version)</translation>
    </message>
    <message>
        <source>the file was made by a newer version of Forebyg (format {format}); update the program</source>
        <translation>the file was made by a newer version of Forebyg (format {format}); update the program</translation>
    </message>
    <message>
        <source>the file is damaged (unknown kind or recipient)</source>
        <translation>the file is damaged (unknown kind or recipient)</translation>
    </message>
    <message>
        <source>the file is damaged or was altered (it does not decrypt); ask for it again</source>
        <translation>the file is damaged or was altered (it does not decrypt); ask for it again</translation>
    </message>
    <message>
        <source>the file&apos;s content is malformed ({reason})</source>
        <translation>the file&apos;s content is malformed ({reason})</translation>
    </message>
    <message>
        <source>the signature</source>
        <translation>the signature</translation>
    </message>
    <message>
        <source>the signer&apos;s key</source>
        <translation>the signer&apos;s key</translation>
    </message>
    <message>
        <source>the file&apos;s content is malformed</source>
        <translation>the file&apos;s content is malformed</translation>
    </message>
    <message>
        <source>the signature does not match the content</source>
        <translation>the signature does not match the content</translation>
    </message>
    <message>
        <source>the signed content names another recipient than the file</source>
        <translation>the signed content names another recipient than the file</translation>
    </message>
    <message>
        <source>{what} is missing</source>
        <translation>{what} is missing</translation>
    </message>
    <message>
        <source>{what} is not valid base64</source>
        <translation>{what} is not valid base64</translation>
    </message>
    <message>
        <source>not a Forebyg institution key file (not JSON)</source>
        <translation>not a Forebyg institution key file (not JSON)</translation>
    </message>
    <message>
        <source>not a Forebyg institution key file</source>
        <translation>not a Forebyg institution key file</translation>
    </message>
    <message>
        <source>the key file has no format version</source>
        <translation>the key file has no format version</translation>
    </message>
    <message>
        <source>the key file was made by a newer version of Forebyg (format {format}); update the program</source>
        <translation>the key file was made by a newer version of Forebyg (format {format}); update the program</translation>
    </message>
    <message>
        <source>the key file names no institution</source>
        <translation>the key file names no institution</translation>
    </message>
    <message>
        <source>the institution name in the key file holds control characters or is too long</source>
        <translation>the institution name in the key file holds control characters or is too long</translation>
    </message>
    <message>
        <source>the receiving key</source>
        <translation>the receiving key</translation>
    </message>
    <message>
        <source>the signing key</source>
        <translation>the signing key</translation>
    </message>
    <message>
        <source>a key in the key file has the wrong length</source>
        <translation>a key in the key file has the wrong length</translation>
    </message>
    <message>
        <source>the fingerprint does not match the keys (the file was altered)</source>
        <translation>the fingerprint does not match the keys (the file was altered)</translation>
    </message>
    <message>
        <source>it holds a number that is not a number (NaN or Infinity)</source>
        <translation>it holds a number that is not a number (NaN or Infinity)</translation>
    </message>
    <message>
        <source>it holds a number that is far too large</source>
        <translation>it holds a number that is far too large</translation>
    </message>
    <message>
        <source>it gives a field twice in one object</source>
        <translation>it gives a field twice in one object</translation>
    </message>
    <message>
        <source>it is nested far too deeply</source>
        <translation>it is nested far too deeply</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>it is not valid JSON</translation>
    </message>
    <message>
        <source>the hub file {file} had been taken by a file this device did not write; its changes went out under another name</source>
        <translation>the hub file {file} had been taken by a file this device did not write; its changes went out under another name</translation>
    </message>
    <message>
        <source>internal error in file {file}: {name}</source>
        <translation>internal error in file {file}: {name}</translation>
    </message>
    <message>
        <source>the file is too large ({size} bytes; at most {limit} are read)</source>
        <translation>the file is too large ({size} bytes; at most {limit} are read)</translation>
    </message>
    <message>
        <source>{file} could not be written to the hub folder (its name is taken by other content and no alternative name could be written either)</source>
        <translation>{file} could not be written to the hub folder (its name is taken by other content and no alternative name could be written either)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>&amp;Sync problems</source>
        <translation>&amp;Sync problems</translation>
    </message>
    <message>
        <source>A new version of the strategy profile arrived; restart to use it.</source>
        <translation>A new version of the strategy profile arrived; restart to use it.</translation>
    </message>
</context>
<context>
    <name>SyncProblemsView</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Refused files</source>
        <translation>Refused files</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Value to keep</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>&amp;Keep this value</translation>
    </message>
    <message>
        <source>Edits made on two devices at once:</source>
        <translation>Edits made on two devices at once:</translation>
    </message>
    <message>
        <source>Files in the hub that were refused:</source>
        <translation>Files in the hub that were refused:</translation>
    </message>
    <message>
        <source>Problems with the team&apos;s sync</source>
        <translation>Problems with the team&apos;s sync</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Problems…</source>
        <translation>Problems…</translation>
    </message>
    <message>
        <source>Show sync problems</source>
        <translation>Show sync problems</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Not syncing: this device is not in a team</source>
        <translation>Not syncing: this device is not in a team</translation>
    </message>
    <message>
        <source>Hub not reachable</source>
        <translation>Hub not reachable</translation>
    </message>
    <message>
        <source>Synced {time}</source>
        <translation>Synced {time}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go out</source>
        <translation>
            <numerusform>%n change waiting to go out</numerusform>
            <numerusform>%n changes waiting to go out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>%n file refused</numerusform>
            <numerusform>%n files refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing changes: {done} of {total}</source>
        <translation>Importing changes: {done} of {total}</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>The hub folder {hub} does not exist or cannot be written; nothing was changed.</source>
        <translation>The hub folder {hub} does not exist or cannot be written; nothing was changed.</translation>
    </message>
    <message>
        <source>This device already belongs to the team &quot;{name}&quot;.</source>
        <translation>This device already belongs to the team &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>Only a leader&apos;s store can create a team (see `forebyg init --role`).</source>
        <translation>Only a leader&apos;s store can create a team (see `forebyg init --role`).</translation>
    </message>
    <message>
        <source>The team name must not be empty.</source>
        <translation>The team name must not be empty.</translation>
    </message>
    <message>
        <source>The hub folder {hub} already holds a team; choose an empty folder.</source>
        <translation>The hub folder {hub} already holds a team; choose an empty folder.</translation>
    </message>
    <message>
        <source>Only the team leader&apos;s device can invite a device.</source>
        <translation>Only the team leader&apos;s device can invite a device.</translation>
    </message>
    <message>
        <source>The name must be at most {n} characters.</source>
        <translation>The name must be at most {n} characters.</translation>
    </message>
    <message>
        <source>The role must be staff or leader.</source>
        <translation>The role must be staff or leader.</translation>
    </message>
    <message>
        <source>{file} already exists; it was not changed.</source>
        <translation>{file} already exists; it was not changed.</translation>
    </message>
    <message>
        <source>{file}: the file is not a Forebyg invitation.</source>
        <translation>{file}: the file is not a Forebyg invitation.</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{file}: {reason}.</source>
        <translation>{file}: {reason}.</translation>
    </message>
    <message>
        <source>The join request could not be written to the hub folder {hub}; nothing was changed.</source>
        <translation>The join request could not be written to the hub folder {hub}; nothing was changed.</translation>
    </message>
    <message>
        <source>Only the team leader&apos;s device can remove a device.</source>
        <translation>Only the team leader&apos;s device can remove a device.</translation>
    </message>
    <message>
        <source>The profile was not published: {reason}.</source>
        <translation>The profile was not published: {reason}.</translation>
    </message>
    <message>
        <source>The hub folder {hub} cannot be reached; nothing was changed.</source>
        <translation>The hub folder {hub} cannot be reached; nothing was changed.</translation>
    </message>
    <message>
        <source>The leader&apos;s own device cannot be removed.</source>
        <translation>The leader&apos;s own device cannot be removed.</translation>
    </message>
    <message>
        <source>Device {device} is not in the team.</source>
        <translation>Device {device} is not in the team.</translation>
    </message>
    <message>
        <source>Device {device} was already removed.</source>
        <translation>Device {device} was already removed.</translation>
    </message>
    <message>
        <source>The new roster could not be written to the hub folder {hub}, so device {device} is not removed yet: {reason}. Check that the folder can be written to, then try again.</source>
        <translation>The new roster could not be written to the hub folder {hub}, so device {device} is not removed yet: {reason}. Check that the folder can be written to, then try again.</translation>
    </message>
    <message>
        <source>Only the team leader&apos;s device can publish a profile.</source>
        <translation>Only the team leader&apos;s device can publish a profile.</translation>
    </message>
    <message>
        <source>{file}: profile {profile} version {version} is not newer than version {in_use} in use; raise its version.</source>
        <translation>{file}: profile {profile} version {version} is not newer than version {in_use} in use; raise its version.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Sync team</source>
        <translation>Sync team</translation>
    </message>
    <message>
        <source>Reading the team…</source>
        <translation>Reading the team…</translation>
    </message>
    <message>
        <source>Team state</source>
        <translation>Team state</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>Hub folder:</source>
        <translation>Hub folder:</translation>
    </message>
    <message>
        <source>Hub folder</source>
        <translation>Hub folder</translation>
    </message>
    <message>
        <source>Leader&apos;s key:</source>
        <translation>Leader&apos;s key:</translation>
    </message>
    <message>
        <source>Fingerprint of the leader&apos;s key</source>
        <translation>Fingerprint of the leader&apos;s key</translation>
    </message>
    <message>
        <source>Sync runs by itself whenever this laptop can reach the hub folder. Changes made without it go out at the next sync.</source>
        <translation>Sync runs by itself whenever this laptop can reach the hub folder. Changes made without it go out at the next sync.</translation>
    </message>
    <message>
        <source>&amp;Laptops in the team:</source>
        <translation>&amp;Laptops in the team:</translation>
    </message>
    <message>
        <source>Laptops in the team</source>
        <translation>Laptops in the team</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Device key</source>
        <translation>Device key</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Remove a lost laptop…</source>
        <translation>&amp;Remove a lost laptop…</translation>
    </message>
    <message>
        <source>Remove the selected laptop</source>
        <translation>Remove the selected laptop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>The team could not be read.</source>
        <translation>The team could not be read.</translation>
    </message>
    <message>
        <source>This laptop is not in a team. Its records stay on this laptop only until it joins one.</source>
        <translation>This laptop is not in a team. Its records stay on this laptop only until it joins one.</translation>
    </message>
    <message>
        <source>This laptop was removed from the team; it can no longer sync.</source>
        <translation>This laptop was removed from the team; it can no longer sync.</translation>
    </message>
    <message>
        <source>This laptop has joined the team and waits for the leader to admit it (at the leader&apos;s next sync).</source>
        <translation>This laptop has joined the team and waits for the leader to admit it (at the leader&apos;s next sync).</translation>
    </message>
    <message>
        <source>This laptop is in the team; you are its leader.</source>
        <translation>This laptop is in the team; you are its leader.</translation>
    </message>
    <message>
        <source>This laptop is in the team.</source>
        <translation>This laptop is in the team.</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(not known yet)</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Device {device}</source>
        <translation>Device {device}</translation>
    </message>
    <message>
        <source>Save the invitation as</source>
        <translation>Save the invitation as</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>invitation</translation>
    </message>
    <message>
        <source>Forebyg invitations (*{suffix})</source>
        <translation>Forebyg invitations (*{suffix})</translation>
    </message>
    <message>
        <source>Remove a lost laptop</source>
        <translation>Remove a lost laptop</translation>
    </message>
    <message>
        <source>Remove the laptop of {person} (key {key}) from the team?</source>
        <translation>Remove the laptop of {person} (key {key}) from the team?</translation>
    </message>
    <message>
        <source>The team gets a new key: the removed laptop can read nothing new from the team, and what it writes from now on is refused. What it synced before stays. This cannot be undone.</source>
        <translation>The team gets a new key: the removed laptop can read nothing new from the team, and what it writes from now on is refused. What it synced before stays. This cannot be undone.</translation>
    </message>
    <message>
        <source>Remove the laptop</source>
        <translation>Remove the laptop</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} is required.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <source>The record has no field &quot;{field}&quot;.</source>
        <translation>The record has no field &quot;{field}&quot;.</translation>
    </message>
    <message>
        <source>{field} holds a value of the wrong type.</source>
        <translation>{field} holds a value of the wrong type.</translation>
    </message>
    <message>
        <source>{field} holds a value that is not allowed.</source>
        <translation>{field} holds a value that is not allowed.</translation>
    </message>
    <message>
        <source>{field} is not a valid record id.</source>
        <translation>{field} is not a valid record id.</translation>
    </message>
    <message>
        <source>{field} is not a valid key.</source>
        <translation>{field} is not a valid key.</translation>
    </message>
    <message>
        <source>{field} names a key that profile &quot;{profile}&quot; does not have.</source>
        <translation>{field} names a key that profile &quot;{profile}&quot; does not have.</translation>
    </message>
    <message>
        <source>{field} lists the same entry twice.</source>
        <translation>{field} lists the same entry twice.</translation>
    </message>
    <message>
        <source>{field} is empty but required.</source>
        <translation>{field} is empty but required.</translation>
    </message>
    <message>
        <source>{field} is too long: {length} characters, at most {max}.</source>
        <translation>{field} is too long: {length} characters, at most {max}.</translation>
    </message>
    <message>
        <source>{field} must be on one line.</source>
        <translation>{field} must be on one line.</translation>
    </message>
    <message>
        <source>{field} contains a control character ({char}).</source>
        <translation>{field} contains a control character ({char}).</translation>
    </message>
    <message>
        <source>{field} contains an invisible character that changes the text direction ({char}).</source>
        <translation>{field} contains an invisible character that changes the text direction ({char}).</translation>
    </message>
    <message>
        <source>{field} seems to contain a CPR number.</source>
        <translation>{field} seems to contain a CPR number.</translation>
    </message>
    <message>
        <source>{field} is a date after the day the change was made.</source>
        <translation>{field} is a date after the day the change was made.</translation>
    </message>
    <message>
        <source>{field} is more than {years} years before the day the change was made.</source>
        <translation>{field} is more than {years} years before the day the change was made.</translation>
    </message>
    <message>
        <source>{field} does not fit with {other}.</source>
        <translation>{field} does not fit with {other}.</translation>
    </message>
    <message>
        <source>{field} seems to contain a CPR number. Do not enter CPR numbers.</source>
        <translation>{field} seems to contain a CPR number. Do not enter CPR numbers.</translation>
    </message>
    <message>
        <source>{field} contains an invisible character that changes the text direction ({char}); remove it.</source>
        <translation>{field} contains an invisible character that changes the text direction ({char}); remove it.</translation>
    </message>
    <message>
        <source>{field} contains a control character ({char}); remove it.</source>
        <translation>{field} contains a control character ({char}); remove it.</translation>
    </message>
    <message>
        <source>{field} {value} is in the future.</source>
        <translation>{field} {value} is in the future.</translation>
    </message>
    <message>
        <source>{field} {value} must be after {start}.</source>
        <translation>{field} {value} must be after {start}.</translation>
    </message>
    <message>
        <source>Unknown position &quot;{key}&quot; — the {scale} scale has: {keys}.</source>
        <translation>Unknown position &quot;{key}&quot; — the {scale} scale has: {keys}.</translation>
    </message>
    <message>
        <source>The record was made with profile &quot;{made}&quot;, not &quot;{profile}&quot;.</source>
        <translation>The record was made with profile &quot;{made}&quot;, not &quot;{profile}&quot;.</translation>
    </message>
    <message>
        <source>Birth date {value} is more than {years} years ago.</source>
        <translation>Birth date {value} is more than {years} years ago.</translation>
    </message>
    <message>
        <source>The record is for another child.</source>
        <translation>The record is for another child.</translation>
    </message>
    <message>
        <source>Date {value} is before the child&apos;s birth date {birth}.</source>
        <translation>Date {value} is before the child&apos;s birth date {birth}.</translation>
    </message>
    <message>
        <source>Assessor &quot;{key}&quot; is listed twice.</source>
        <translation>Assessor &quot;{key}&quot; is listed twice.</translation>
    </message>
    <message>
        <source>Unknown protective factor &quot;{key}&quot;.</source>
        <translation>Unknown protective factor &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>Protective factor &quot;{key}&quot; is ticked twice.</source>
        <translation>Protective factor &quot;{key}&quot; is ticked twice.</translation>
    </message>
    <message>
        <source>Unknown question &quot;{key}&quot;.</source>
        <translation>Unknown question &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>Parents may only be kept uninformed when a sign of violence or abuse is ticked.</source>
        <translation>Parents may only be kept uninformed when a sign of violence or abuse is ticked.</translation>
    </message>
    <message>
        <source>Unknown sign &quot;{key}&quot;.</source>
        <translation>Unknown sign &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>Sign &quot;{sign}&quot; does not apply to the child&apos;s age band ({months} months).</source>
        <translation>Sign &quot;{sign}&quot; does not apply to the child&apos;s age band ({months} months).</translation>
    </message>
    <message>
        <source>Sign &quot;{key}&quot; is ticked twice.</source>
        <translation>Sign &quot;{key}&quot; is ticked twice.</translation>
    </message>
    <message>
        <source>Only a joint assessment is based on individual assessments.</source>
        <translation>Only a joint assessment is based on individual assessments.</translation>
    </message>
    <message>
        <source>Individual assessment &quot;{key}&quot; is listed twice.</source>
        <translation>Individual assessment &quot;{key}&quot; is listed twice.</translation>
    </message>
    <message>
        <source>An assessment cannot correct itself.</source>
        <translation>An assessment cannot correct itself.</translation>
    </message>
    <message>
        <source>Assessment &quot;{key}&quot; was not found.</source>
        <translation>Assessment &quot;{key}&quot; was not found.</translation>
    </message>
    <message>
        <source>Assessment &quot;{key}&quot; is for another child.</source>
        <translation>Assessment &quot;{key}&quot; is for another child.</translation>
    </message>
    <message>
        <source>Assessment &quot;{key}&quot; is not an individual one.</source>
        <translation>Assessment &quot;{key}&quot; is not an individual one.</translation>
    </message>
    <message>
        <source>Assessment &quot;{key}&quot; is still a draft.</source>
        <translation>Assessment &quot;{key}&quot; is still a draft.</translation>
    </message>
    <message>
        <source>Choose a position on the scale.</source>
        <translation>Choose a position on the scale.</translation>
    </message>
    <message>
        <source>Name at least one assessor.</source>
        <translation>Name at least one assessor.</translation>
    </message>
    <message>
        <source>A joint assessment needs at least {n} individual assessments (profile practice).</source>
        <translation>A joint assessment needs at least {n} individual assessments (profile practice).</translation>
    </message>
    <message>
        <source>Decide on the report before finalising: &quot;pending&quot; is only for drafts.</source>
        <translation>Decide on the report before finalising: &quot;pending&quot; is only for drafts.</translation>
    </message>
    <message>
        <source>The reporting duty applies: record whether a report was made, or why not.</source>
        <translation>The reporting duty applies: record whether a report was made, or why not.</translation>
    </message>
    <message>
        <source>The signpost asks you to consider a report: record whether a report was made, or why not.</source>
        <translation>The signpost asks you to consider a report: record whether a report was made, or why not.</translation>
    </message>
    <message>
        <source>Explain why no report was made.</source>
        <translation>Explain why no report was made.</translation>
    </message>
    <message>
        <source>Unknown plan template &quot;{key}&quot;.</source>
        <translation>Unknown plan template &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>Add at least one goal with a measurable indicator.</source>
        <translation>Add at least one goal with a measurable indicator.</translation>
    </message>
    <message>
        <source>The deadline {value} of measure {n} is before {start}.</source>
        <translation>The deadline {value} of measure {n} is before {start}.</translation>
    </message>
    <message>
        <source>The evaluation is for another plan.</source>
        <translation>The evaluation is for another plan.</translation>
    </message>
    <message>
        <source>The plan template does not offer the decision &quot;{key}&quot;. Choose one of: {keys}.</source>
        <translation>The plan template does not offer the decision &quot;{key}&quot;. Choose one of: {keys}.</translation>
    </message>
    <message>
        <source>Set the next follow-up date (only closing the plan needs none).</source>
        <translation>Set the next follow-up date (only closing the plan needs none).</translation>
    </message>
    <message>
        <source>A plan that is closed has no next follow-up.</source>
        <translation>A plan that is closed has no next follow-up.</translation>
    </message>
    <message>
        <source>Record progress on at least one indicator.</source>
        <translation>Record progress on at least one indicator.</translation>
    </message>
    <message>
        <source>Choose what the consent covers.</source>
        <translation>Choose what the consent covers.</translation>
    </message>
    <message>
        <source>A consent cannot cover &quot;{key}&quot;; it can cover: {keys}.</source>
        <translation>A consent cannot cover &quot;{key}&quot;; it can cover: {keys}.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is listed twice.</source>
        <translation>&quot;{key}&quot; is listed twice.</translation>
    </message>
    <message>
        <source>Date withdrawn {value} is before the consent was given ({start}).</source>
        <translation>Date withdrawn {value} is before the consent was given ({start}).</translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Edited: {fields}</source>
        <translation>Edited: {fields}</translation>
    </message>
    <message>
        <source>{value} (by {actor})</source>
        <translation>{value} (by {actor})</translation>
    </message>
</context>
</TS>
