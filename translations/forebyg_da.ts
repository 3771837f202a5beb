<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ArchivedChildrenDialog</name>
    <message>
        <source>Archived children</source>
        <translation>Arkiverede børn</translation>
    </message>
    <message>
        <source>Children who have left. They are not in the overview or the follow-ups; what was recorded about them stays readable until the retention rules delete it.</source>
        <translation>Børn, der er stoppet. De vises ikke i overblikket eller i opfølgningerne; det, der er skrevet om dem, kan stadig læses, indtil reglerne for sletning fjerner det.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkiveret</translation>
    </message>
    <message>
        <source>No child is archived.</source>
        <translation>Ingen børn er arkiveret.</translation>
    </message>
    <message>
        <source>&amp;Open the child&apos;s page</source>
        <translation>&amp;Åbn barnets side</translation>
    </message>
    <message>
        <source>&amp;Bring back to the overview</source>
        <translation>&amp;Hent tilbage til overblikket</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Joint assessment</source>
        <translation>Fælles vurdering</translation>
    </message>
    <message>
        <source>Individual assessment</source>
        <translation>Individuel vurdering</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Rettelse: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n years)</source>
        <translation>
            <numerusform>(%n år)</numerusform>
            <numerusform>(%n år)</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Signpost and report</source>
        <translation>Vejviser og underretning</translation>
    </message>
    <message>
        <source>&amp;Save the correction</source>
        <translation>&amp;Gem rettelsen</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Gem rettelsen</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>&amp;Afslut vurderingen</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Afslut vurderingen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Close (the draft is kept)</source>
        <translation>Luk (kladden gemmes)</translation>
    </message>
    <message>
        <source>Individual assessments</source>
        <translation>Individuelle vurderinger</translation>
    </message>
    <message>
        <source>Why this agreed position</source>
        <translation>Begrundelse for den fælles placering</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Vurderet af</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Navne, adskilt med komma</translation>
    </message>
    <message>
        <source>&amp;Assessors:</source>
        <translation>&amp;Vurderet af:</translation>
    </message>
    <message>
        <source>Position on the scale</source>
        <translation>Placering på skalaen</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Tegn</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Beskyttende faktorer</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <source>The child&apos;s own view</source>
        <translation>Barnets eget perspektiv</translation>
    </message>
    <message>
        <source>The parents&apos; view</source>
        <translation>Forældrenes perspektiv</translation>
    </message>
    <message>
        <source>The family&apos;s resources</source>
        <translation>Familiens ressourcer</translation>
    </message>
    <message>
        <source>Report decision</source>
        <translation>Beslutning om underretning</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Dato for underretning</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Underrettet af</translation>
    </message>
    <message>
        <source>Why no report was made</source>
        <translation>Begrundelse for ikke at underrette</translation>
    </message>
    <message>
        <source>Parents informed</source>
        <translation>Forældrene informeret</translation>
    </message>
    <message>
        <source>How the parents were informed</source>
        <translation>Hvordan forældrene blev informeret</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Kladden er gemt</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Skift adgangskode</translation>
    </message>
    <message>
        <source>Your records are encrypted again under the new passphrase. The old one no longer opens them, and the new one cannot be recovered: keep it safe.</source>
        <translation>Dine registreringer bliver krypteret igen med den nye adgangskode. Den gamle kan derefter ikke længere åbne dem, og den nye kan ikke gendannes, så pas godt på den.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nuværende adgangskode</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nuværende adgangskode:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny adgangskode</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>N&amp;y adgangskode:</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Gentag den nye adgangskode</translation>
    </message>
    <message>
        <source>&amp;Repeat the new passphrase:</source>
        <translation>&amp;Gentag den nye adgangskode:</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Skift adgangskode</translation>
    </message>
    <message>
        <source>Write your current passphrase.</source>
        <translation>Skriv din nuværende adgangskode.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>De to nye adgangskoder er ikke ens.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerer …</translation>
    </message>
    <message>
        <source>Encrypting your records under the new passphrase…</source>
        <translation>Krypterer dine registreringer med den nye adgangskode …</translation>
    </message>
</context>
<context>
    <name>ChildDetailsButton</name>
    <message>
        <source>Child &amp;details</source>
        <translation>Barnets &amp;stamdata</translation>
    </message>
    <message>
        <source>Child details: correct, move to another group, archive</source>
        <translation>Barnets stamdata: ret, flyt til en anden gruppe, arkivér</translation>
    </message>
    <message>
        <source>&amp;Correct name, birth date or group…</source>
        <translation>&amp;Ret navn, fødselsdato eller gruppe …</translation>
    </message>
    <message>
        <source>&amp;Move to another group…</source>
        <translation>&amp;Flyt til en anden gruppe …</translation>
    </message>
    <message>
        <source>&amp;Archive: the child has left…</source>
        <translation>&amp;Arkivér: barnet er stoppet …</translation>
    </message>
    <message>
        <source>&amp;Bring back from the archive…</source>
        <translation>&amp;Hent tilbage fra arkivet …</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Add a child</source>
        <translation>Tilføj et barn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Fødselsdato:</translation>
    </message>
    <message>
        <source>Correct the child&apos;s details</source>
        <translation>Ret barnets oplysninger</translation>
    </message>
    <message>
        <source>Birth date (day.month.year)</source>
        <translation>Fødselsdato (dag.måned.år)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy, e.g. 31.01.2021</source>
        <translation>dd.mm.åååå, fx 31.01.2021</translation>
    </message>
    <message>
        <source>Group or class</source>
        <translation>Gruppe eller klasse</translation>
    </message>
    <message>
        <source>e.g. Sommerfuglene or 2.B</source>
        <translation>fx Sommerfuglene eller 2.B</translation>
    </message>
    <message>
        <source>&amp;Group or class:</source>
        <translation>&amp;Gruppe eller klasse:</translation>
    </message>
    <message>
        <source>&amp;Add child</source>
        <translation>&amp;Tilføj barn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer …</translation>
    </message>
</context>
<context>
    <name>ChildEdit</name>
    <message>
        <source>{name} was archived already on {day}.</source>
        <translation>{name} blev allerede arkiveret den {day}.</translation>
    </message>
    <message>
        <source>{name} is not archived.</source>
        <translation>{name} er ikke arkiveret.</translation>
    </message>
</context>
<context>
    <name>ChildImport</name>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>kan ikke læses: {reason}</translation>
    </message>
    <message>
        <source>is too large for a class list (at most {megabytes} MB)</source>
        <translation>er for stor til at være en klasseliste (højst {megabytes} MB)</translation>
    </message>
    <message>
        <source>is an Excel workbook; in Excel choose Save as and the type &quot;CSV (semicolon separated)&quot;, then import that file</source>
        <translation>er en Excel-projektmappe; vælg Gem som i Excel og filtypen &quot;CSV (semikolonsepareret)&quot;, og importér så den fil</translation>
    </message>
    <message>
        <source>is not a text file; import a class list saved as CSV from Excel or another spreadsheet</source>
        <translation>er ikke en tekstfil; importér en klasseliste, der er gemt som CSV fra Excel eller et andet regneark</translation>
    </message>
    <message>
        <source>is empty; the first line must name the columns {columns}</source>
        <translation>er tom; første linje skal navngive kolonnerne {columns}</translation>
    </message>
    <message>
        <source>the first line is &quot;{found}&quot;; it must name the columns {columns} (also Klasse or Stue for the group, or the English names)</source>
        <translation>første linje er &quot;{found}&quot;; den skal navngive kolonnerne {columns} (Klasse eller Stue kan også bruges for gruppen, ligesom de engelske navne)</translation>
    </message>
    <message>
        <source>has more than {count} lines</source>
        <translation>har mere end {count} linjer</translation>
    </message>
    <message>
        <source>has {count} columns; the first line has {expected} (is a separator missing?)</source>
        <translation>har {count} kolonner; første linje har {expected} (mangler der et skilletegn?)</translation>
    </message>
    <message>
        <source>{child} born {born} is listed already on line {line}</source>
        <translation>{child}, født {born}, står allerede på linje {line}</translation>
    </message>
    <message>
        <source>holds no children</source>
        <translation>indeholder ingen børn</translation>
    </message>
</context>
<context>
    <name>ChildLauncher</name>
    <message>
        <source>&amp;Move to another group…</source>
        <translation>&amp;Flyt til en anden gruppe …</translation>
    </message>
    <message>
        <source>A&amp;rchived children…</source>
        <translation>A&amp;rkiverede børn …</translation>
    </message>
    <message>
        <source>Select the children to move in the overview first.</source>
        <translation>Markér først de børn, der skal flyttes, i overblikket.</translation>
    </message>
    <message>
        <source>Archive {name}?</source>
        <translation>Arkivér {name}?</translation>
    </message>
    <message>
        <source>Archive {name} because the child has left?</source>
        <translation>Vil du arkivere {name}, fordi barnet er stoppet?</translation>
    </message>
    <message>
        <source>An archived child is no longer in the overview or the follow-ups, and open action plans are no longer followed up. Everything recorded stays readable under Children → Archived children, where the child can be brought back. The retention rules delete the record later, counted from today. Colleagues in the team see the change after their next sync.</source>
        <translation>Et arkiveret barn vises ikke længere i overblikket eller i opfølgningerne, og åbne handleplaner følges ikke længere op. Alt, hvad der er skrevet, kan stadig læses under Børn → Arkiverede børn, hvor barnet også kan hentes tilbage. Reglerne for sletning fjerner oplysningerne senere, regnet fra i dag. Kollegerne i teamet ser ændringen efter deres næste synkronisering.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arkivér</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuller</translation>
    </message>
    <message>
        <source>{name} is archived.</source>
        <translation>{name} er arkiveret.</translation>
    </message>
    <message>
        <source>{name} is back in the overview.</source>
        <translation>{name} er tilbage i overblikket.</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Importér en klasseliste</translation>
    </message>
    <message numerus="yes">
        <source>%n children imported from {file}.</source>
        <translation>
            <numerusform>%n barn importeret fra {file}.</numerusform>
            <numerusform>%n børn importeret fra {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildService</name>
    <message>
        <source>&quot;{value}&quot; is not a date; write it as dd.mm.yyyy (e.g. 31.01.2021)</source>
        <translation>&quot;{value}&quot; er ikke en dato; skriv den som dd.mm.åååå (fx 31.01.2021)</translation>
    </message>
    <message>
        <source>Write the group or class the child is in.</source>
        <translation>Skriv den gruppe eller klasse, barnet går i.</translation>
    </message>
</context>
<context>
    <name>ChildView</name>
    <message>
        <source>← &amp;Overview</source>
        <translation>← &amp;Oversigt</translation>
    </message>
    <message>
        <source>Back to the overview</source>
        <translation>Tilbage til oversigten</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>New &amp;individual assessment…</source>
        <translation>Ny &amp;individuel vurdering…</translation>
    </message>
    <message>
        <source>New individual assessment</source>
        <translation>Ny individuel vurdering</translation>
    </message>
    <message>
        <source>New &amp;joint assessment…</source>
        <translation>Ny &amp;fælles vurdering…</translation>
    </message>
    <message>
        <source>New joint assessment</source>
        <translation>Ny fælles vurdering</translation>
    </message>
    <message>
        <source>New action &amp;plan…</source>
        <translation>Ny &amp;handleplan…</translation>
    </message>
    <message>
        <source>New action plan</source>
        <translation>Ny handleplan</translation>
    </message>
    <message>
        <source>&amp;Evaluate the plan…</source>
        <translation>&amp;Evaluer handleplanen…</translation>
    </message>
    <message>
        <source>Evaluate the open action plan</source>
        <translation>Evaluer den åbne handleplan</translation>
    </message>
    <message>
        <source>Consent and &amp;handover…</source>
        <translation>Samtykke og o&amp;verlevering …</translation>
    </message>
    <message>
        <source>Consents and handover to another institution</source>
        <translation>Samtykker og overlevering til en anden institution</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Kronologi</translation>
    </message>
    <message>
        <source>Save for parents as &amp;PDF…</source>
        <translation>Gem til forældrene som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the selected assessment or plan as PDF</source>
        <translation>Gem den valgte vurdering eller handleplan som PDF</translation>
    </message>
    <message>
        <source>P&amp;rint for parents…</source>
        <translation>&amp;Udskriv til forældrene…</translation>
    </message>
    <message>
        <source>Print the selected assessment or plan</source>
        <translation>Udskriv den valgte vurdering eller handleplan</translation>
    </message>
    <message>
        <source>&amp;Correct the assessment…</source>
        <translation>&amp;Ret vurderingen …</translation>
    </message>
    <message>
        <source>Correct the selected assessment (a new version; the original stays)</source>
        <translation>Ret den valgte vurdering (en ny version; den oprindelige bevares)</translation>
    </message>
    <message>
        <source>{name} — born {born}, {group}</source>
        <translation>{name} — født {born}, {group}</translation>
    </message>
    <message>
        <source>(archived {day})</source>
        <translation>(arkiveret {day})</translation>
    </message>
</context>
<context>
    <name>ChronologyTableModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Joint assessment: {position}</source>
        <translation>Fælles vurdering: {position}</translation>
    </message>
    <message>
        <source>Individual assessment: {position}</source>
        <translation>Individuel vurdering: {position}</translation>
    </message>
    <message>
        <source>(correction)</source>
        <translation>(rettelse)</translation>
    </message>
    <message>
        <source>(superseded by a correction)</source>
        <translation>(erstattet af en rettelse)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åben</translation>
    </message>
    <message>
        <source>Action plan: {name} ({status})</source>
        <translation>Handleplan: {name} ({status})</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>fortsættelse</translation>
    </message>
    <message>
        <source>step up</source>
        <translation>optrapning</translation>
    </message>
    <message>
        <source>step down</source>
        <translation>nedtrapning</translation>
    </message>
    <message>
        <source>close</source>
        <translation>afslutning</translation>
    </message>
    <message>
        <source>Plan evaluation: {decision}</source>
        <translation>Evaluering af handleplan: {decision}</translation>
    </message>
    <message>
        <source>Consent to share with {recipient}</source>
        <translation>Samtykke til at dele oplysninger med {recipient}</translation>
    </message>
    <message>
        <source>No signs ticked</source>
        <translation>Ingen tegn markeret</translation>
    </message>
    <message>
        <source>Goals: {goals}. Follow-up {date}</source>
        <translation>Mål: {goals}. Opfølgning {date}</translation>
    </message>
</context>
<context>
    <name>ClassListDialog</name>
    <message>
        <source>Class list saved from Excel as CSV, semicolon or comma separated (*.csv *.txt)</source>
        <translation>Klasseliste gemt fra Excel som CSV, semikolon- eller kommasepareret (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Import a class list: {file}</source>
        <translation>Importér en klasseliste: {file}</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Det, importen vil gøre</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>Children to add</source>
        <translation>Børn, der tilføjes</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Children registered already</source>
        <translation>Børn, der allerede er oprettet</translation>
    </message>
    <message>
        <source>Group now</source>
        <translation>Gruppe nu</translation>
    </message>
    <message>
        <source>Group in the list</source>
        <translation>Gruppe i listen</translation>
    </message>
    <message>
        <source>Lines to correct</source>
        <translation>Linjer, der skal rettes</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Hvad er galt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Læser {file} …</translation>
    </message>
    <message>
        <source>{file} cannot be imported. Nothing was imported.</source>
        <translation>{file} kan ikke importeres. Intet er importeret.</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(arkiveret)</translation>
    </message>
    <message>
        <source>To add ({count})</source>
        <translation>Tilføjes ({count})</translation>
    </message>
    <message>
        <source>Registered already ({count})</source>
        <translation>Allerede oprettet ({count})</translation>
    </message>
    <message>
        <source>Lines to correct ({count})</source>
        <translation>Skal rettes ({count})</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move %n registered child(ren) to the group in the list</source>
        <translation>
            <numerusform>&amp;Flyt %n oprettet barn til gruppen i listen</numerusform>
            <numerusform>&amp;Flyt %n oprettede børn til gruppen i listen</numerusform>
        </translation>
    </message>
    <message>
        <source>These columns are not imported: {columns}</source>
        <translation>Disse kolonner importeres ikke: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in the file must be corrected before anything can be imported. Correct them in the spreadsheet, save it again and import it again; nothing has been imported.</source>
        <translation>
            <numerusform>%n linje i filen skal rettes, før noget kan importeres. Ret den i regnearket, gem det igen, og importér det igen; intet er importeret.</numerusform>
            <numerusform>%n linjer i filen skal rettes, før noget kan importeres. Ret dem i regnearket, gem det igen, og importér det igen; intet er importeret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) will be added.</source>
        <translation>
            <numerusform>%n barn bliver tilføjet.</numerusform>
            <numerusform>%n børn bliver tilføjet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) are registered already and are skipped.</source>
        <translation>
            <numerusform>%n barn er allerede oprettet og springes over.</numerusform>
            <numerusform>%n børn er allerede oprettet og springes over.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>Der er intet nyt at importere.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>{key} is not a conflict key.</source>
        <translation>{key} er ikke en konfliktnøgle.</translation>
    </message>
    <message>
        <source>That conflict is no longer open (resolved here or on another device).</source>
        <translation>Den konflikt er ikke længere åben (den er løst her eller på en anden enhed).</translation>
    </message>
    <message>
        <source>Choose an option from 0 to {last}.</source>
        <translation>Vælg en mulighed fra 0 til {last}.</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Record</source>
        <translation>Registrering</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Competing values</source>
        <translation>Konkurrerende værdier</translation>
    </message>
    <message>
        <source>{entity} of {name}</source>
        <translation>{entity} for {name}</translation>
    </message>
    <message>
        <source>edited after it was deleted</source>
        <translation>ændret, efter at den blev slettet</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>Plan evaluation</source>
        <translation>Evaluering af handleplan</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Opfølgningsdato</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Consent {consent} was already withdrawn on {date}.</source>
        <translation>Samtykke {consent} blev allerede tilbagekaldt den {date}.</translation>
    </message>
    <message>
        <source>No consent is recorded for child {child}; record the parents&apos; written consent first (`forebyg consent add`).</source>
        <translation>Der er ikke registreret noget samtykke for barn {child}; registrér først forældrenes skriftlige samtykke (`forebyg consent add`).</translation>
    </message>
    <message>
        <source>No consent for child {child} names &quot;{recipient}&quot; as recipient (the consents name {others}).</source>
        <translation>Intet samtykke for barn {child} nævner &quot;{recipient}&quot; som modtager (samtykkerne nævner {others}).</translation>
    </message>
    <message>
        <source>was withdrawn on {date}</source>
        <translation>blev tilbagekaldt den {date}</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>udløb den {date}</translation>
    </message>
    <message>
        <source>only applies from {date}</source>
        <translation>gælder først fra den {date}</translation>
    </message>
    <message>
        <source>covers nothing</source>
        <translation>omfatter intet</translation>
    </message>
    <message>
        <source>The consent for child {child} to share with &quot;{recipient}&quot; {why}; nothing was exported.</source>
        <translation>Samtykket for barn {child} til deling med &quot;{recipient}&quot; {why}; intet blev overleveret.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent to share</source>
        <translation>Samtykke til deling</translation>
    </message>
    <message>
        <source>Record the parents&apos; written consent for {name}: what may be shared, with whom, why and until when.</source>
        <translation>Registrér forældrenes skriftlige samtykke for {name}: hvad der må deles, med hvem, hvorfor og indtil hvornår.</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Givet af</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>Givet &amp;af:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <source>The receiving institution&apos;s name</source>
        <translation>Den modtagende institutions navn</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Modtager:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <source>The consent covers</source>
        <translation>Samtykket omfatter</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>&amp;Vurderinger</translation>
    </message>
    <message>
        <source>Action p&amp;lans</source>
        <translation>&amp;Handleplaner</translation>
    </message>
    <message>
        <source>Plan &amp;evaluations</source>
        <translation>&amp;Evalueringer af handleplaner</translation>
    </message>
    <message>
        <source>Date given</source>
        <translation>Dato for samtykke</translation>
    </message>
    <message>
        <source>Date gi&amp;ven:</source>
        <translation>Dato for &amp;samtykke:</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gyldigt til</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Gyldigt &amp;til:</translation>
    </message>
    <message>
        <source>&amp;Save consent</source>
        <translation>&amp;Gem samtykke</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
</context>
<context>
    <name>CreateTeamForm</name>
    <message>
        <source>Create a team</source>
        <translation>Opret et team</translation>
    </message>
    <message>
        <source>As leader you create the team once. The hub folder is a folder every colleague&apos;s laptop can reach, for example a shared network folder.</source>
        <translation>Som leder opretter du teamet én gang. Delingsmappen er en mappe, som alle kollegers computere kan nå, for eksempel et fælles netværksdrev.</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Teamets navn</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>Teamets &amp;navn:</translation>
    </message>
    <message>
        <source>Hub folder</source>
        <translation>Delingsmappe</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>&amp;Hub folder:</source>
        <translation>&amp;Delingsmappe:</translation>
    </message>
    <message>
        <source>&amp;Create team</source>
        <translation>&amp;Opret team</translation>
    </message>
    <message>
        <source>Create team</source>
        <translation>Opret team</translation>
    </message>
    <message>
        <source>Give the team a name.</source>
        <translation>Giv teamet et navn.</translation>
    </message>
    <message>
        <source>Choose the hub folder.</source>
        <translation>Vælg delingsmappen.</translation>
    </message>
</context>
<context>
    <name>DescriptionsBox</name>
    <message>
        <source>Descriptions</source>
        <translation>Beskrivelser</translation>
    </message>
    <message>
        <source>&amp;Observations:</source>
        <translation>&amp;Observationer:</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <source>The child&apos;s own &amp;view:</source>
        <translation>&amp;Barnets eget perspektiv:</translation>
    </message>
    <message>
        <source>The child&apos;s own view</source>
        <translation>Barnets eget perspektiv</translation>
    </message>
    <message>
        <source>The &amp;parents&apos; view:</source>
        <translation>&amp;Forældrenes perspektiv:</translation>
    </message>
    <message>
        <source>The parents&apos; view</source>
        <translation>Forældrenes perspektiv</translation>
    </message>
    <message>
        <source>The family&apos;s r&amp;esources:</source>
        <translation>Familiens &amp;ressourcer:</translation>
    </message>
    <message>
        <source>The family&apos;s resources</source>
        <translation>Familiens ressourcer</translation>
    </message>
</context>
<context>
    <name>DialogLauncher</name>
    <message>
        <source>No open plan</source>
        <translation>Ingen åben handleplan</translation>
    </message>
    <message>
        <source>The child has no open action plan.</source>
        <translation>Barnet har ingen åben handleplan.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>PDF&apos;en blev ikke gemt</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} kunne ikke skrives: {reason}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Gemt: {file}</translation>
    </message>
    <message>
        <source>The document could not be made</source>
        <translation>Dokumentet kunne ikke laves</translation>
    </message>
</context>
<context>
    <name>DraftAutosaver</name>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Kladden er gemt</translation>
    </message>
    <message>
        <source>The draft could not be saved: {reason}</source>
        <translation>Kladden kunne ikke gemmes: {reason}</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>D&amp;iscard draft</source>
        <translation>&amp;Kassér kladde</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Kassér kladde</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Close (the draft is kept)</source>
        <translation>Luk (kladden gemmes)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Kladden er hentet frem igen</translation>
    </message>
    <message>
        <source>The draft was not found: it was finalised or discarded. A new draft is started.</source>
        <translation>Kladden blev ikke fundet: den er afsluttet eller kasseret. Der er startet en ny kladde.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>The draft could not be saved: {reason}</source>
        <translation>Kladden kunne ikke gemmes: {reason}</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Kassér kladden?</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>Vil du kassere denne kladde?</translation>
    </message>
    <message>
        <source>What you have written is deleted.</source>
        <translation>Det, du har skrevet, bliver slettet.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kassér</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behold</translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation>Kasserer…</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluation of the action plan</source>
        <translation>Evaluering af handleplanen</translation>
    </message>
    <message>
        <source>{template} – follow-up due {date}</source>
        <translation>{template} – opfølgning senest {date}</translation>
    </message>
    <message>
        <source>Progress on the indicators</source>
        <translation>Udvikling på indikatorerne</translation>
    </message>
    <message>
        <source>Goal and indicator</source>
        <translation>Mål og indikator</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Udvikling</translation>
    </message>
    <message>
        <source>Met?</source>
        <translation>Nået?</translation>
    </message>
    <message>
        <source>{n}. {goal}
Indicator: {indicator}</source>
        <translation>{n}. {goal}
Indikator: {indicator}</translation>
    </message>
    <message>
        <source>Progress on indicator {n}</source>
        <translation>Udvikling på indikator {n}</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Indicator {n} met?</source>
        <translation>Er indikator {n} nået?</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>Ny position</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uændret</translation>
    </message>
    <message>
        <source>New &amp;position:</source>
        <translation>Ny &amp;position:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>C&amp;ontinue the plan</source>
        <translation>&amp;Fortsæt planen</translation>
    </message>
    <message>
        <source>Step &amp;up</source>
        <translation>Op&amp;trap</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Nedtrap</translation>
    </message>
    <message>
        <source>&amp;Close the plan</source>
        <translation>&amp;Afslut planen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otat:</translation>
    </message>
    <message>
        <source>Next follow-up date</source>
        <translation>Næste opfølgningsdato</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Ingen opfølgning</translation>
    </message>
    <message>
        <source>Ne&amp;xt follow-up:</source>
        <translation>Næste opfø&amp;lgning:</translation>
    </message>
    <message>
        <source>&amp;Save evaluation</source>
        <translation>&amp;Gem evaluering</translation>
    </message>
    <message>
        <source>Save evaluation</source>
        <translation>Gem evaluering</translation>
    </message>
    <message>
        <source>Indicator {n}</source>
        <translation>Indikator {n}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Date archived</source>
        <translation>Arkiveringsdato</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Vurderet af</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <source>The child&apos;s view</source>
        <translation>Barnets perspektiv</translation>
    </message>
    <message>
        <source>The parents&apos; view</source>
        <translation>Forældrenes perspektiv</translation>
    </message>
    <message>
        <source>The family&apos;s resources</source>
        <translation>Familiens ressourcer</translation>
    </message>
    <message>
        <source>Reason for the agreed position</source>
        <translation>Begrundelse for den fælles position</translation>
    </message>
    <message>
        <source>How the parents were informed</source>
        <translation>Hvordan forældrene blev orienteret</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Dato for underretning</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Underretning sendt af</translation>
    </message>
    <message>
        <source>Report decision reason</source>
        <translation>Begrundelse for beslutningen om underretning</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Tovholder</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Dato for opfølgning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation>Evalueret af</translation>
    </message>
    <message>
        <source>Next follow-up date</source>
        <translation>Dato for næste opfølgning</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Samtykke givet af</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Date given</source>
        <translation>Dato for samtykke</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Udløbsdato</translation>
    </message>
    <message>
        <source>Date withdrawn</source>
        <translation>Dato for tilbagekaldelse</translation>
    </message>
    <message>
        <source>Answer to question {key}</source>
        <translation>Svar på spørgsmål {key}</translation>
    </message>
    <message>
        <source>Goal {n}</source>
        <translation>Mål {n}</translation>
    </message>
    <message>
        <source>Indicator of goal {n}</source>
        <translation>Indikator for mål {n}</translation>
    </message>
    <message>
        <source>Measure {n}</source>
        <translation>Tiltag {n}</translation>
    </message>
    <message>
        <source>Responsible for measure {n}</source>
        <translation>Ansvarlig for tiltag {n}</translation>
    </message>
    <message>
        <source>Indicator {n}</source>
        <translation>Indikator {n}</translation>
    </message>
    <message>
        <source>Progress on indicator {n}</source>
        <translation>Udvikling på indikator {n}</translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation>Institutionens navn</translation>
    </message>
    <message>
        <source>The team name</source>
        <translation>Teamets navn</translation>
    </message>
    <message>
        <source>The person&apos;s name</source>
        <translation>Personens navn</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Forebyg</source>
        <translation>Velkommen til Forebyg</translation>
    </message>
    <message>
        <source>Your records are kept encrypted on this computer. Choose your municipality&apos;s strategy, your name as it appears in records, and a passphrase of at least {n} characters. The passphrase cannot be recovered: keep it safe.</source>
        <translation>Dine registreringer gemmes krypteret på denne computer. Vælg din kommunes strategi, dit navn, som det skal stå i registreringerne, og en adgangskode på mindst {n} tegn. Adgangskoden kan ikke gendannes, så pas godt på den.</translation>
    </message>
    <message>
        <source>Municipality profile</source>
        <translation>Kommuneprofil</translation>
    </message>
    <message>
        <source>&amp;Municipality profile:</source>
        <translation>&amp;Kommuneprofil:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Dit &amp;navn:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Gentag adgangskode</translation>
    </message>
    <message>
        <source>R&amp;epeat passphrase:</source>
        <translation>&amp;Gentag adgangskode:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De to adgangskoder er ikke ens.</translation>
    </message>
    <message>
        <source>Write your name.</source>
        <translation>Skriv dit navn.</translation>
    </message>
    <message>
        <source>Creating your encrypted store…</source>
        <translation>Opretter dine krypterede registreringer …</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>Draft {draft} is a {kind} draft, not an assessment.</source>
        <translation>Kladden {draft} er en kladde af typen &quot;{kind}&quot;, ikke en vurdering.</translation>
    </message>
    <message>
        <source>Draft {draft} does not name the child.</source>
        <translation>Kladden {draft} angiver ikke barnet.</translation>
    </message>
    <message>
        <source>Draft {draft} is for a {wanted} assessment, not a {kind} one.</source>
        <translation>Kladden {draft} er til en vurdering af typen &quot;{wanted}&quot;, ikke &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <source>A correction is made with correct_assessment, not from a draft.</source>
        <translation>En rettelse laves med correct_assessment, ikke ud fra en kladde.</translation>
    </message>
    <message>
        <source>Assessment &quot;{key}&quot; is not one of the individual assessments since the last joint one.</source>
        <translation>Vurderingen &quot;{key}&quot; er ikke en af de individuelle vurderinger siden den seneste fælles vurdering.</translation>
    </message>
    <message>
        <source>The individual assessments must be made by at least {n} different staff members (profile practice).</source>
        <translation>De individuelle vurderinger skal være lavet af mindst {n} forskellige medarbejdere (profilens praksis).</translation>
    </message>
    <message>
        <source>Unknown draft kind &quot;{kind}&quot;; known: {known}.</source>
        <translation>Ukendt type kladde &quot;{kind}&quot;; kendte typer: {known}.</translation>
    </message>
    <message>
        <source>A draft needs an id.</source>
        <translation>En kladde skal have et id.</translation>
    </message>
    <message>
        <source>The draft cannot be saved: {reason}.</source>
        <translation>Kladden kan ikke gemmes: {reason}.</translation>
    </message>
    <message>
        <source>No draft with id {id}; it was finalised or discarded.</source>
        <translation>Der er ingen kladde med id {id}; den er afsluttet eller kasseret.</translation>
    </message>
    <message>
        <source>The value is not valid: {detail}</source>
        <translation>Værdien er ikke gyldig: {detail}</translation>
    </message>
    <message>
        <source>{record} cannot be built: {reason}.</source>
        <translation>{record} kan ikke dannes: {reason}.</translation>
    </message>
    <message>
        <source>No action plan with id {id}.</source>
        <translation>Der er ingen handleplan med id {id}.</translation>
    </message>
    <message>
        <source>The plan is closed; start a new plan if more is needed.</source>
        <translation>Handleplanen er lukket; opret en ny handleplan, hvis der er brug for mere.</translation>
    </message>
    <message>
        <source>This assessment is finalised and read-only; record a correction instead.</source>
        <translation>Denne vurdering er afsluttet og kan ikke ændres; registrér en rettelse i stedet.</translation>
    </message>
    <message>
        <source>Only a finalised assessment is corrected; edit the draft instead.</source>
        <translation>Kun en afsluttet vurdering kan rettes; redigér kladden i stedet.</translation>
    </message>
    <message>
        <source>This assessment has already been corrected; correct the newest version.</source>
        <translation>Denne vurdering er allerede rettet; ret den nyeste version.</translation>
    </message>
    <message>
        <source>Draft {draft} is not a correction of an assessment.</source>
        <translation>Kladden {draft} er ikke en rettelse af en vurdering.</translation>
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
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Tovholder</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n days</source>
        <translation>
            <numerusform>Overskredet med %n dag</numerusform>
            <numerusform>Overskredet med %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Frist i dag</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n days</source>
        <translation>
            <numerusform>Frist om %n dag</numerusform>
            <numerusform>Frist om %n dage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Which follow-ups to show</source>
        <translation>Hvilke opfølgninger der vises</translation>
    </message>
    <message>
        <source>Overdue and due within a week</source>
        <translation>Overskredne og med frist inden for en uge</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredne</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>Med frist inden for en uge</translation>
    </message>
    <message>
        <source>All planned follow-ups</source>
        <translation>Alle planlagte opfølgninger</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Opfølgninger, der skal laves</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <source>Overdue: {overdue}. Due within a week: {due}.</source>
        <translation>Overskredet: {overdue}. Frist inden for en uge: {due}.</translation>
    </message>
</context>
<context>
    <name>GoalsBox</name>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>G&amp;oals and how you will see they are reached:</source>
        <translation>&amp;Mål, og hvordan I vil se, at de er nået:</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Measurable indicator</source>
        <translation>Målbar indikator</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>&amp;Tilføj mål</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Tilføj mål</translation>
    </message>
    <message>
        <source>Remo&amp;ve goal</source>
        <translation>F&amp;jern mål</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Fjern mål</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>The position &quot;{position}&quot; means there is reason to assume the child needs special support.</source>
        <translation>Positionen &quot;{position}&quot; betyder, at der er grund til at antage, at barnet har behov for særlig støtte.</translation>
    </message>
    <message>
        <source>The sign &quot;{sign}&quot; may indicate violence or abuse. Report it, and do not inform the parents first.</source>
        <translation>Tegnet &quot;{sign}&quot; kan pege på vold eller overgreb. Send en underretning, og orientér ikke forældrene først.</translation>
    </message>
    <message>
        <source>The sign &quot;{sign}&quot; on its own gives reason to assume the child needs special support.</source>
        <translation>Tegnet &quot;{sign}&quot; giver i sig selv grund til at antage, at barnet har behov for særlig støtte.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover of {name}</source>
        <translation>Overlevering af {name}</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Omfatter</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gyldigt til</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Registrér samtykke…</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Tilbagekald samtykke</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Overlever</translation>
    </message>
    <message>
        <source>This institution has no handover key yet. Make one first.</source>
        <translation>Institutionen har endnu ingen nøgle til overlevering. Lav en først.</translation>
    </message>
    <message>
        <source>&amp;Make institution key…</source>
        <translation>&amp;Lav institutionens nøgle…</translation>
    </message>
    <message>
        <source>The receiving institution&apos;s key file</source>
        <translation>Den modtagende institutions nøglefil</translation>
    </message>
    <message>
        <source>Receiver&apos;s &amp;key file:</source>
        <translation>Modtagerens nø&amp;glefil:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Handover file to write</source>
        <translation>Overleveringsfil, der skal gemmes</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Gem so&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Overlever</translation>
    </message>
    <message>
        <source>Result of the handover</source>
        <translation>Resultat af overleveringen</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Overleveringer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>vurderinger</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>handleplaner</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>evalueringer</translation>
    </message>
    <message>
        <source>Withdrawn {date}</source>
        <translation>Tilbagekaldt {date}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gyldigt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Udløbet</translation>
    </message>
    <message>
        <source>Sent, waiting for the receipt</source>
        <translation>Sendt, venter på kvittering</translation>
    </message>
    <message>
        <source>Receipt received {date}</source>
        <translation>Kvittering modtaget {date}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sendt til</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Modtaget fra</translation>
    </message>
    <message>
        <source>Choose the consent to withdraw.</source>
        <translation>Vælg det samtykke, der skal tilbagekaldes.</translation>
    </message>
    <message>
        <source>Record that the consent to share with {recipient} was withdrawn today?</source>
        <translation>Registrér, at samtykket til deling med {recipient} er tilbagekaldt i dag?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>From then on nothing can be handed over under this consent.</source>
        <translation>Derefter kan intet overleveres under dette samtykke.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Tilbagekald</translation>
    </message>
    <message>
        <source>&amp;Keep the consent</source>
        <translation>&amp;Behold samtykket</translation>
    </message>
    <message>
        <source>Receiver: {name}. Fingerprint {fingerprint}, the key used with {name} before.</source>
        <translation>Modtager: {name}. Fingeraftryk {fingerprint} – den samme nøgle, som er brugt til {name} før.</translation>
    </message>
    <message>
        <source>Receiver: {name}. Fingerprint {fingerprint}. Warning: {name} is known here by another key, {known}. Call them and compare before you hand over.</source>
        <translation>Modtager: {name}. Fingeraftryk {fingerprint}. Advarsel: {name} er kendt her med en anden nøgle, {known}. Ring til dem, og sammenlign, før du overleverer.</translation>
    </message>
    <message>
        <source>Receiver: {name}. Fingerprint {fingerprint}: a key not used here before. Call the receiving institution and compare it before you hand over.</source>
        <translation>Modtager: {name}. Fingeraftryk {fingerprint}: en nøgle, der ikke er brugt her før. Ring til den modtagende institution, og sammenlign fingeraftrykket, før du overleverer.</translation>
    </message>
    <message>
        <source>First handover to {name}: call them and compare the fingerprint {fingerprint} before you send the file.</source>
        <translation>Første overlevering til {name}: ring til dem, og sammenlign fingeraftrykket {fingerprint}, før du sender filen.</translation>
    </message>
    <message>
        <source>The new key of {name} is now known here instead of {known}.</source>
        <translation>Den nye nøgle for {name} er nu kendt her i stedet for {known}.</translation>
    </message>
    <message>
        <source>Choose the receiver&apos;s key file and where to save the handover.</source>
        <translation>Vælg modtagerens nøglefil, og hvor overleveringen skal gemmes.</translation>
    </message>
    <message>
        <source>Handing over…</source>
        <translation>Overleverer…</translation>
    </message>
    <message>
        <source>Handed over to {name}: the name and birth date; assessments: {assessments}, plans: {plans}, evaluations: {evaluations}. Send the file to the receiver.</source>
        <translation>Overleveret til {name}: navn og fødselsdato; vurderinger: {assessments}, handleplaner: {plans}, evalueringer: {evaluations}. Send filen til modtageren.</translation>
    </message>
</context>
<context>
    <name>HandoverImportDialog</name>
    <message>
        <source>Import a handover or a receipt</source>
        <translation>Importér en overlevering eller en kvittering</translation>
    </message>
    <message>
        <source>Handover or receipt file</source>
        <translation>Overleverings- eller kvitteringsfil</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>The sender&apos;s key file</source>
        <translation>Afsenderens nøglefil</translation>
    </message>
    <message>
        <source>Optional: refuse a handover from anyone else than this sender</source>
        <translation>Valgfrit: afvis en overlevering fra andre end denne afsender</translation>
    </message>
    <message>
        <source>&amp;Sender&apos;s key file:</source>
        <translation>&amp;Afsenderens nøglefil:</translation>
    </message>
    <message>
        <source>The child&apos;s group here</source>
        <translation>Barnets gruppe her</translation>
    </message>
    <message>
        <source>For a handover: the child&apos;s class or group</source>
        <translation>Ved en overlevering: barnets klasse eller gruppe</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>Result of the import</source>
        <translation>Resultat af importen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Vælg den fil, der skal importeres.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>{name} confirmed receiving the handover on {date}.</source>
        <translation>{name} har bekræftet at have modtaget overleveringen den {date}.</translation>
    </message>
    <message>
        <source>This handover was already imported; nothing changed. The receipt was written again: {file}</source>
        <translation>Overleveringen var allerede importeret; intet er ændret. Kvitteringen er skrevet igen: {file}</translation>
    </message>
    <message>
        <source>Received from {name} (fingerprint {fingerprint}) for: {purpose}. Send the receipt back to the sender: {file}</source>
        <translation>Modtaget fra {name} (fingeraftryk {fingerprint}) med formålet: {purpose}. Send kvitteringen tilbage til afsenderen: {file}</translation>
    </message>
    <message>
        <source>This is the first handover from {name}: call them and compare the fingerprint {fingerprint} with the one they read to you.</source>
        <translation>Det er den første overlevering fra {name}: ring til dem, og sammenlign fingeraftrykket {fingerprint} med det, de læser op for dig.</translation>
    </message>
    <message>
        <source>The new key of {name} is now known here instead of {known}.</source>
        <translation>Den nye nøgle for {name} er nu kendt her i stedet for {known}.</translation>
    </message>
    <message>
        <source>A child with the same name and birth date was already registered here; the received record is kept separate.</source>
        <translation>Et barn med samme navn og fødselsdato var allerede registreret her; de modtagne oplysninger holdes adskilt.</translation>
    </message>
</context>
<context>
    <name>HandoverService</name>
    <message>
        <source>Held back because they concern suspected violence or abuse (Barnets Lov § 133), which parental consent cannot cover: assessments {assessments}, plans {plans}, evaluations {evaluations}.</source>
        <translation>Holdt tilbage, fordi de drejer sig om mistanke om vold eller overgreb (Barnets Lov § 133), som forældrenes samtykke ikke kan dække: vurderinger {assessments}, handleplaner {plans}, evalueringer {evaluations}.</translation>
    </message>
    <message>
        <source>Not covered by the consent, so not included: assessments {assessments}, plans {plans}, evaluations {evaluations}.</source>
        <translation>Ikke omfattet af samtykket og derfor ikke med: vurderinger {assessments}, handleplaner {plans}, evalueringer {evaluations}.</translation>
    </message>
    <message>
        <source>Draft assessments are never handed over: {n}.</source>
        <translation>Kladder til vurderinger overleveres aldrig: {n}.</translation>
    </message>
    <message>
        <source>{file} is a receipt, not a handover.</source>
        <translation>{file} er en kvittering, ikke en overlevering.</translation>
    </message>
    <message>
        <source>{file} is a handover, not a receipt.</source>
        <translation>{file} er en overlevering, ikke en kvittering.</translation>
    </message>
    <message>
        <source>{file} is too large to be a handover or receipt; nothing was imported.</source>
        <translation>{file} er for stor til at være en overlevering eller kvittering; intet blev indlæst.</translation>
    </message>
    <message>
        <source>{file}: cannot read the file ({reason}).</source>
        <translation>{file}: filen kan ikke læses ({reason}).</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>it is sealed to another institution (key {recipient}), not to this one ({own})</source>
        <translation>den er forseglet til en anden institution (nøgle {recipient}), ikke til denne ({own})</translation>
    </message>
    <message>
        <source>{file}: {reason}; nothing was imported.</source>
        <translation>{file}: {reason}; intet blev indlæst.</translation>
    </message>
    <message>
        <source>{file} reuses the id of another handover imported here before; nothing was imported.</source>
        <translation>{file} genbruger id&apos;et fra en anden overlevering, der tidligere er indlæst her; intet blev indlæst.</translation>
    </message>
    <message>
        <source>{file}: the consent is malformed; nothing was imported.</source>
        <translation>{file}: samtykket er fejlformet; intet blev indlæst.</translation>
    </message>
    <message>
        <source>{file}: {kind} it carries is already held here, received from another institution; a handover never overwrites a record held from another sender. Nothing was imported.</source>
        <translation>{file}: {kind} i filen findes allerede her, modtaget fra en anden institution; en overlevering overskriver aldrig oplysninger fra en anden afsender. Intet blev indlæst.</translation>
    </message>
    <message>
        <source>{file}: {kind} it carries is already held here and was made here; a handover never overwrites a record made here. Nothing was imported.</source>
        <translation>{file}: {kind} i filen findes allerede her og er oprettet her; en overlevering overskriver aldrig oplysninger, der er oprettet her. Intet blev indlæst.</translation>
    </message>
    <message>
        <source>{file} would change a finalised assessment received before; a finalised assessment never changes. Nothing was imported.</source>
        <translation>{file} ville ændre en afsluttet vurdering, der er modtaget tidligere; en afsluttet vurdering ændres aldrig. Intet blev indlæst.</translation>
    </message>
    <message>
        <source>{file}: {kind} it carries breaks a rule every device checks ({problem}). Nothing was imported.</source>
        <translation>{file}: {kind} i filen overholder ikke en regel, som alle enheder kontrollerer ({problem}). Intet blev indlæst.</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>barnet</translation>
    </message>
    <message>
        <source>an assessment</source>
        <translation>en vurdering</translation>
    </message>
    <message>
        <source>a plan</source>
        <translation>en handleplan</translation>
    </message>
    <message>
        <source>a plan evaluation</source>
        <translation>en evaluering af en handleplan</translation>
    </message>
    <message>
        <source>the consent</source>
        <translation>samtykket</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>afsenderen</translation>
    </message>
    <message>
        <source>the handover</source>
        <translation>overleveringen</translation>
    </message>
    <message>
        <source>{kind} has a missing or malformed field {field}</source>
        <translation>{kind} har et manglende eller fejlformet felt {field}</translation>
    </message>
    <message>
        <source>{kind} holds control characters or bidi overrides in the field {field}</source>
        <translation>{kind} indeholder styretegn eller tegn, der vender skriftretningen, i feltet {field}</translation>
    </message>
    <message>
        <source>{kind}, field {field}: {problem}</source>
        <translation>{kind}, feltet {field}: {problem}</translation>
    </message>
    <message>
        <source>{kind} has a field {field} that is not valid here</source>
        <translation>{kind} har et felt {field}, som ikke er gyldigt her</translation>
    </message>
    <message>
        <source>{kind} was made with the profile &quot;{profile}&quot;, which this program does not have</source>
        <translation>{kind} er lavet med profilen &quot;{profile}&quot;, som dette program ikke har</translation>
    </message>
    <message>
        <source>it carries {entity} records the consent does not cover</source>
        <translation>den indeholder {entity}-oplysninger, som samtykket ikke omfatter</translation>
    </message>
    <message>
        <source>{kind} is about another child</source>
        <translation>{kind} handler om et andet barn</translation>
    </message>
    <message>
        <source>an assessment is not finalised</source>
        <translation>en vurdering er ikke afsluttet</translation>
    </message>
    <message>
        <source>{file}: the sender&apos;s keys do not match the signature; nothing was imported.</source>
        <translation>{file}: afsenderens nøgler passer ikke med underskriften; intet blev indlæst.</translation>
    </message>
    <message>
        <source>{file} was not sent by {institution} (it is signed by key {fingerprint}, not {expected}); nothing was imported.</source>
        <translation>{file} er ikke sendt af {institution} (den er underskrevet med nøgle {fingerprint}, ikke {expected}); intet blev indlæst.</translation>
    </message>
    <message>
        <source>{file} says it comes from {institution}, known here by the key {known}, but it is signed with another key, {fingerprint}. Nothing was imported. Call {institution} and compare fingerprints; accept the new key only if they read you exactly this one.</source>
        <translation>{file} angiver at komme fra {institution}, som er kendt her med nøglen {known}, men filen er underskrevet med en anden nøgle, {fingerprint}. Intet blev indlæst. Ring til {institution}, og sammenlign fingeraftryk; godkend kun den nye nøgle, hvis de læser præcis dette fingeraftryk op for dig.</translation>
    </message>
    <message>
        <source>{file} was sent from this store; it cannot be imported here.</source>
        <translation>{file} er sendt fra dette datalager; den kan ikke indlæses her.</translation>
    </message>
    <message>
        <source>{file}: the consent this handover was made under expired on {date}; ask the sender for a new handover. Nothing was imported.</source>
        <translation>{file}: samtykket, som overleveringen blev lavet under, udløb den {date}; bed afsenderen om en ny overlevering. Intet blev indlæst.</translation>
    </message>
    <message>
        <source>{file}: cannot write the receipt ({reason}); nothing was imported.</source>
        <translation>{file}: kvitteringen kan ikke gemmes ({reason}); intet blev indlæst.</translation>
    </message>
    <message>
        <source>{file} is a receipt for a handover this store did not send.</source>
        <translation>{file} er en kvittering for en overlevering, som dette datalager ikke har sendt.</translation>
    </message>
    <message>
        <source>{file} is not signed by {institution}, the institution the handover was sent to; nothing was imported.</source>
        <translation>{file} er ikke underskrevet af {institution}, som overleveringen blev sendt til; intet blev indlæst.</translation>
    </message>
    <message>
        <source>{file}: the handover was sent to the key {fingerprint}, but {institution} is known here by the key {known}; the receipt was not recorded. Call {institution} and compare fingerprints.</source>
        <translation>{file}: overleveringen blev sendt til nøglen {fingerprint}, men {institution} er kendt her med nøglen {known}; kvitteringen blev ikke registreret. Ring til {institution}, og sammenlign fingeraftryk.</translation>
    </message>
    <message>
        <source>{file} confirms a different handover file than the one sent; nothing was imported.</source>
        <translation>{file} bekræfter en anden overleveringsfil end den, der blev sendt; intet blev indlæst.</translation>
    </message>
    <message>
        <source>{file}: the receipt has no valid date; nothing was imported.</source>
        <translation>{file}: kvitteringen har ingen gyldig dato; intet blev indlæst.</translation>
    </message>
    <message>
        <source>{file} is this institution&apos;s own key; nothing was exported.</source>
        <translation>{file} er denne institutions egen nøgle; intet blev overleveret.</translation>
    </message>
    <message>
        <source>Child {child} has no consent with id {consent}.</source>
        <translation>Barn {child} har intet samtykke med id {consent}.</translation>
    </message>
    <message>
        <source>{file}: cannot write the handover file ({reason}); nothing was exported.</source>
        <translation>{file}: overleveringsfilen kan ikke gemmes ({reason}); intet blev overleveret.</translation>
    </message>
    <message>
        <source>The consent for {institution} was used to hand over to the key {known}, but {file} holds another key, {fingerprint}. Nothing was exported. Call {institution} and compare fingerprints; accept the new key only if they read you exactly this one.</source>
        <translation>Samtykket til {institution} er brugt til at overlevere til nøglen {known}, men {file} indeholder en anden nøgle, {fingerprint}. Intet blev overleveret. Ring til {institution}, og sammenlign fingeraftryk; godkend kun den nye nøgle, hvis de læser præcis dette fingeraftryk op for dig.</translation>
    </message>
    <message>
        <source>{institution} is known here by the key {known}, but {file} holds another key, {fingerprint}. Nothing was exported. Call {institution} and compare fingerprints; accept the new key only if they read you exactly this one.</source>
        <translation>{institution} er kendt her med nøglen {known}, men {file} indeholder en anden nøgle, {fingerprint}. Intet blev overleveret. Ring til {institution}, og sammenlign fingeraftryk; godkend kun den nye nøgle, hvis de læser præcis dette fingeraftryk op for dig.</translation>
    </message>
    <message>
        <source>The known keys of other institutions in this store are damaged.</source>
        <translation>De kendte nøgler for andre institutioner i dette datalager er beskadigede.</translation>
    </message>
    <message>
        <source>{file}: the fingerprint you confirmed ({confirmed}) is not the key of this file ({fingerprint}); nothing was done.</source>
        <translation>{file}: det fingeraftryk, du har godkendt ({confirmed}), er ikke nøglen i denne fil ({fingerprint}); intet blev gjort.</translation>
    </message>
</context>
<context>
    <name>Institution</name>
    <message>
        <source>The institution keys in this store are damaged.</source>
        <translation>Institutionens nøgler i dette datalager er beskadigede.</translation>
    </message>
    <message>
        <source>This store has no institution key yet; make one first with `forebyg institution key --name NAME --out FILE`.</source>
        <translation>Dette datalager har endnu ingen institutionsnøgle; lav først en med `forebyg institution key --name NAME --out FILE`.</translation>
    </message>
    <message>
        <source>The institution name holds control characters or bidi overrides.</source>
        <translation>Institutionens navn indeholder styretegn eller tegn, der vender skriftretningen.</translation>
    </message>
    <message>
        <source>The institution name is longer than {max} characters.</source>
        <translation>Institutionens navn er længere end {max} tegn.</translation>
    </message>
    <message>
        <source>Give the institution&apos;s name the first time its key is made.</source>
        <translation>Angiv institutionens navn, første gang dens nøgle laves.</translation>
    </message>
    <message>
        <source>{file}: cannot write the key file ({reason}).</source>
        <translation>{file}: nøglefilen kan ikke gemmes ({reason}).</translation>
    </message>
    <message>
        <source>{file} is too large to be an institution key file.</source>
        <translation>{file} er for stor til at være en nøglefil for en institution.</translation>
    </message>
    <message>
        <source>{file}: cannot read the key file ({reason}).</source>
        <translation>{file}: nøglefilen kan ikke læses ({reason}).</translation>
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
        <translation>Institutionens nøgle til overlevering</translation>
    </message>
    <message>
        <source>Other institutions need this key file to hand a child&apos;s record over to you. Only the public key is written; the private key stays in your encrypted store.</source>
        <translation>Andre institutioner skal bruge denne nøglefil for at overlevere et barns oplysninger til jer. Kun den offentlige nøgle skrives; den private nøgle bliver i dit krypterede lager.</translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation>Institutionens navn</translation>
    </message>
    <message>
        <source>Institution &amp;name:</source>
        <translation>Institutionens &amp;navn:</translation>
    </message>
    <message>
        <source>Key file to write</source>
        <translation>Nøglefil, der skal gemmes</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Gem so&amp;m:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeraftryk</translation>
    </message>
    <message>
        <source>&amp;Write key file</source>
        <translation>&amp;Skriv nøglefil</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>Choose where to save the key file.</source>
        <translation>Vælg, hvor nøglefilen skal gemmes.</translation>
    </message>
    <message>
        <source>Writing the key file…</source>
        <translation>Skriver nøglefilen…</translation>
    </message>
    <message>
        <source>Written. Fingerprint of {name}: {fingerprint}. Read it aloud when a sender calls to compare it.</source>
        <translation>Skrevet. Fingeraftryk for {name}: {fingerprint}. Læs det op, når en afsender ringer for at sammenligne det.</translation>
    </message>
</context>
<context>
    <name>InvitationShown</name>
    <message>
        <source>Invitation written</source>
        <translation>Invitationen er gemt</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Engangskode</translation>
    </message>
    <message>
        <source>Give your colleague the file {file} (for example on a USB stick or by e-mail) and tell them this code in person. Never send the code together with the file. The code works once.</source>
        <translation>Giv din kollega filen {file} (for eksempel på et USB-stik eller pr. e-mail), og sig koden til kollegaen personligt. Send aldrig koden sammen med filen. Koden virker én gang.</translation>
    </message>
</context>
<context>
    <name>InviteForm</name>
    <message>
        <source>Invite a colleague</source>
        <translation>Invitér en kollega</translation>
    </message>
    <message>
        <source>An invitation is for one person and works once, within {days} days. The team sees the name and role you give here.</source>
        <translation>En invitation er til én person og virker én gang inden for {days} dage. Teamet ser det navn og den rolle, du skriver her.</translation>
    </message>
    <message>
        <source>Colleague&apos;s name</source>
        <translation>Kollegaens navn</translation>
    </message>
    <message>
        <source>Colleague&apos;s na&amp;me:</source>
        <translation>Kollegaens na&amp;vn:</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Rol&amp;e:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Write in&amp;vitation…</source>
        <translation>&amp;Skriv invitationen…</translation>
    </message>
    <message>
        <source>Write the invitation</source>
        <translation>Skriv invitationen</translation>
    </message>
    <message>
        <source>Write the name of the colleague you invite.</source>
        <translation>Skriv navnet på den kollega, du inviterer.</translation>
    </message>
</context>
<context>
    <name>JoinTeamForm</name>
    <message>
        <source>Join a team</source>
        <translation>Bliv medlem af et team</translation>
    </message>
    <message>
        <source>Your leader gives you an invitation file and a one-time code. The code is always given in person, never by e-mail or in the same message as the file.</source>
        <translation>Din leder giver dig en invitationsfil og en engangskode. Koden får du altid personligt, aldrig pr. e-mail eller i samme besked som filen.</translation>
    </message>
    <message>
        <source>Invitation file</source>
        <translation>Invitationsfil</translation>
    </message>
    <message>
        <source>&amp;Invitation file:</source>
        <translation>&amp;Invitationsfil:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Engangskode</translation>
    </message>
    <message>
        <source>One-time c&amp;ode:</source>
        <translation>Engangs&amp;kode:</translation>
    </message>
    <message>
        <source>Hub folder</source>
        <translation>Delingsmappe</translation>
    </message>
    <message>
        <source>H&amp;ub folder:</source>
        <translation>D&amp;elingsmappe:</translation>
    </message>
    <message>
        <source>&amp;Join team</source>
        <translation>&amp;Bliv medlem</translation>
    </message>
    <message>
        <source>Join team</source>
        <translation>Bliv medlem af teamet</translation>
    </message>
    <message>
        <source>Forebyg invitations (*{suffix});;All files (*)</source>
        <translation>Forebyg-invitationer (*{suffix});;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose the invitation file.</source>
        <translation>Vælg invitationsfilen.</translation>
    </message>
    <message>
        <source>Type the code your leader gave you.</source>
        <translation>Skriv den kode, din leder gav dig.</translation>
    </message>
    <message>
        <source>Choose the hub folder.</source>
        <translation>Vælg delingsmappen.</translation>
    </message>
</context>
<context>
    <name>JointPanel</name>
    <message>
        <source>Individual assessments</source>
        <translation>Individuelle vurderinger</translation>
    </message>
    <message>
        <source>Part of this joint assessment</source>
        <translation>Indgår i den fælles vurdering</translation>
    </message>
    <message>
        <source>Part of this joint assessment: %1</source>
        <translation>Indgår i den fælles vurdering: %1</translation>
    </message>
    <message>
        <source>No individual assessments since the last joint one.</source>
        <translation>Ingen individuelle vurderinger siden den seneste fælles vurdering.</translation>
    </message>
    <message numerus="yes">
        <source>The profile asks for at least %n individual assessments by different staff.</source>
        <translation>
            <numerusform>Profilen kræver mindst %n individuel vurdering.</numerusform>
            <numerusform>Profilen kræver mindst %n individuelle vurderinger foretaget af forskellige medarbejdere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why this agreed position</source>
        <translation>Begrundelse for den fælles placering</translation>
    </message>
    <message>
        <source>&amp;Why this agreed position (required):</source>
        <translation>&amp;Begrundelse for den fælles placering (skal udfyldes):</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Forebyg is locked</source>
        <translation>Forebyg er låst</translation>
    </message>
    <message>
        <source>Enter your passphrase to continue.</source>
        <translation>Skriv din adgangskode for at fortsætte.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Åbner …</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Try again.</source>
        <translation>Adgangskoden er forkert. Prøv igen.</translation>
    </message>
</context>
<context>
    <name>LockedField</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Fastsat af din it-afdeling</translation>
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
        <translation>Velkommen til Forebyg</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your records.</source>
        <translation>Skriv din adgangskode for at åbne dine registreringer.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Oversigt</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>O&amp;pfølgninger</translation>
    </message>
    <message>
        <source>Forebyg is locked</source>
        <translation>Forebyg er låst</translation>
    </message>
    <message>
        <source>Enter your passphrase to continue.</source>
        <translation>Skriv din adgangskode for at fortsætte.</translation>
    </message>
    <message>
        <source>{user} — {profile}</source>
        <translation>{user} — {profile}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Lock and blank the screen</source>
        <translation>&amp;Lås og skjul skærmbilledet</translation>
    </message>
    <message>
        <source>Sync &amp;team…</source>
        <translation>&amp;Team til synkronisering …</translation>
    </message>
    <message>
        <source>Re&amp;ceive a handover or receipt…</source>
        <translation>&amp;Modtag en overlevering eller kvittering …</translation>
    </message>
    <message>
        <source>&amp;Institution key for handovers…</source>
        <translation>Institutionens &amp;nøgle til overleveringer …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>&amp;Børn</translation>
    </message>
    <message>
        <source>&amp;Add a child…</source>
        <translation>&amp;Tilføj et barn …</translation>
    </message>
    <message>
        <source>&amp;Import a class list…</source>
        <translation>&amp;Importér en klasseliste …</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
</context>
<context>
    <name>MeasuresBox</name>
    <message>
        <source>Measures</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <source>&amp;Measures, who is responsible and by when:</source>
        <translation>T&amp;iltag, hvem der er ansvarlig, og hvornår:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Add mea&amp;sure</source>
        <translation>Tilføj tilt&amp;ag</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Tilføj tiltag</translation>
    </message>
    <message>
        <source>Remove measu&amp;re</source>
        <translation>Fjern tilta&amp;g</translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation>Fjern tiltag</translation>
    </message>
</context>
<context>
    <name>MoveChildrenDialog</name>
    <message>
        <source>Move to another group</source>
        <translation>Flyt til en anden gruppe</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>og {count} flere</translation>
    </message>
    <message numerus="yes">
        <source>Move %n child(ren): {names}</source>
        <translation>
            <numerusform>Flyt %n barn: {names}</numerusform>
            <numerusform>Flyt %n børn: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>New group or class</source>
        <translation>Ny gruppe eller klasse</translation>
    </message>
    <message>
        <source>e.g. Store Bjørne or 1.B</source>
        <translation>fx Store Bjørne eller 1.B</translation>
    </message>
    <message>
        <source>&amp;New group or class:</source>
        <translation>&amp;Ny gruppe eller klasse:</translation>
    </message>
    <message>
        <source>Everything recorded about the children moves with them; colleagues see the new group after their next sync.</source>
        <translation>Alt, hvad der er skrevet om børnene, følger med dem; kollegerne ser den nye gruppe efter deres næste synkronisering.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Flyt</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Flytter…</translation>
    </message>
</context>
<context>
    <name>NewKeyQuestion</name>
    <message>
        <source>Another key</source>
        <translation>En anden nøgle</translation>
    </message>
    <message>
        <source>{name} is known here by another key. Call {name} on a number you already know, and ask them to read their fingerprint aloud.</source>
        <translation>{name} er kendt her med en anden nøgle. Ring til {name} på et nummer, du kender i forvejen, og bed dem læse deres fingeraftryk op.</translation>
    </message>
    <message>
        <source>Known key: {known}
New key: {fingerprint}

Accept the new key only if they read exactly the new fingerprint. Otherwise the file may be forged.</source>
        <translation>Kendt nøgle: {known}
Ny nøgle: {fingerprint}

Godkend kun den nye nøgle, hvis de læser præcis det nye fingeraftryk op. Ellers kan filen være forfalsket.</translation>
    </message>
    <message>
        <source>&amp;Accept the new key</source>
        <translation>&amp;Godkend den nye nøgle</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Afvis</translation>
    </message>
</context>
<context>
    <name>OverviewSelection</name>
    <message>
        <source>&amp;Move to another group…</source>
        <translation>&amp;Flyt til en anden gruppe …</translation>
    </message>
</context>
<context>
    <name>OverviewTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Position since</source>
        <translation>Position siden</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation>Seneste vurdering</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Åben handleplan</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Næste opfølgning</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Search by name ({shortcut})</source>
        <translation>Søg efter navn ({shortcut})</translation>
    </message>
    <message>
        <source>Search children by name</source>
        <translation>Søg efter børn på navn</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Filtrér efter gruppe</translation>
    </message>
    <message>
        <source>Filter by position</source>
        <translation>Filtrér efter position</translation>
    </message>
    <message>
        <source>Filter by age</source>
        <translation>Filtrér efter alder</translation>
    </message>
    <message>
        <source>Filter by time since the last assessment</source>
        <translation>Filtrér efter tid siden seneste vurdering</translation>
    </message>
    <message>
        <source>Any assessment date</source>
        <translation>Uanset dato for seneste vurdering</translation>
    </message>
    <message numerus="yes">
        <source>Not assessed for %n months</source>
        <translation>
            <numerusform>Ikke vurderet i %n måned</numerusform>
            <numerusform>Ikke vurderet i %n måneder</numerusform>
        </translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Børn</translation>
    </message>
    <message>
        <source>Number of children shown</source>
        <translation>Antal viste børn</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln children</source>
        <translation>
            <numerusform>Viser {shown} af %Ln barn</numerusform>
            <numerusform>Viser {shown} af %Ln børn</numerusform>
        </translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>Alle positioner</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Alle aldersgrupper</translation>
    </message>
</context>
<context>
    <name>ParentsBox</name>
    <message>
        <source>The parents</source>
        <translation>Forældrene</translation>
    </message>
    <message>
        <source>Parents informed</source>
        <translation>Forældrene informeret</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Endnu ikke</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Withheld (abuse path: not before the report)</source>
        <translation>Tilbageholdt (vold/overgreb: ikke før underretningen)</translation>
    </message>
    <message>
        <source>Parents &amp;informed:</source>
        <translation>Forældrene &amp;informeret:</translation>
    </message>
    <message>
        <source>How the parents were informed</source>
        <translation>Hvordan forældrene blev informeret</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hvordan:</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>The passphrase must be at least {n} characters long.</source>
        <translation>Adgangskoden skal være på mindst {n} tegn.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess: {why} {advice}</source>
        <translation>Adgangskoden er for let at gætte: {why} {advice}</translation>
    </message>
    <message>
        <source>Use four or more words that do not belong together, or a short sentence only you would think of.</source>
        <translation>Brug fire eller flere ord, der ikke hører sammen, eller en kort sætning, som kun du ville finde på.</translation>
    </message>
    <message>
        <source>it is one of the most common passwords.</source>
        <translation>den er en af de mest almindelige adgangskoder.</translation>
    </message>
    <message>
        <source>it is built on your own name, the program&apos;s name or your municipality&apos;s name.</source>
        <translation>den bygger på dit eget navn, programmets navn eller din kommunes navn.</translation>
    </message>
    <message>
        <source>it is made of a few common words or names.</source>
        <translation>den består af få almindelige ord eller navne.</translation>
    </message>
    <message>
        <source>rows of neighbouring keys are easy to guess.</source>
        <translation>taster, der sidder ved siden af hinanden, er lette at gætte.</translation>
    </message>
    <message>
        <source>repeated letters or words are easy to guess.</source>
        <translation>gentagne bogstaver eller ord er lette at gætte.</translation>
    </message>
    <message>
        <source>sequences like abc or 6543 are easy to guess.</source>
        <translation>rækkefølger som abc eller 6543 er lette at gætte.</translation>
    </message>
    <message>
        <source>years and dates are easy to guess.</source>
        <translation>årstal og datoer er lette at gætte.</translation>
    </message>
    <message>
        <source>it is too short and simple.</source>
        <translation>den er for kort og enkel.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Meget svag</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Svag</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>Almost strong enough</source>
        <translation>Næsten stærk nok</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stærk</translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation>Den nuværende adgangskode er forkert.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Den nye adgangskode er den samme som den nuværende.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Action plan for {name}</source>
        <translation>Handleplan for {name}</translation>
    </message>
    <message>
        <source>Plan template</source>
        <translation>Skabelon for handleplan</translation>
    </message>
    <message>
        <source>Sho&amp;w all templates</source>
        <translation>&amp;Vis alle skabeloner</translation>
    </message>
    <message>
        <source>Show all templates</source>
        <translation>Vis alle skabeloner</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Vælg en skabelon…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Skabelon:</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <source>The child&apos;s view</source>
        <translation>Barnets perspektiv</translation>
    </message>
    <message>
        <source>&amp;Child&apos;s view:</source>
        <translation>&amp;Barnets perspektiv:</translation>
    </message>
    <message>
        <source>The parents&apos; view</source>
        <translation>Forældrenes perspektiv</translation>
    </message>
    <message>
        <source>&amp;Parents&apos; view:</source>
        <translation>F&amp;orældrenes perspektiv:</translation>
    </message>
    <message>
        <source>The family&apos;s resources</source>
        <translation>Familiens ressourcer</translation>
    </message>
    <message>
        <source>&amp;Family resources:</source>
        <translation>Famili&amp;ens ressourcer:</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Tovholder</translation>
    </message>
    <message>
        <source>Coor&amp;dinator:</source>
        <translation>Tovhol&amp;der:</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Opfølgningsdato</translation>
    </message>
    <message>
        <source>Fo&amp;llow-up date:</source>
        <translation>O&amp;pfølgningsdato:</translation>
    </message>
    <message>
        <source>Create pla&amp;n</source>
        <translation>Opret &amp;handleplan</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Opret handleplan</translation>
    </message>
    <message>
        <source>All templates are offered; the child&apos;s latest position is {position}.</source>
        <translation>Alle skabeloner vises; barnets seneste position er {position}.</translation>
    </message>
    <message>
        <source>Only templates for the child&apos;s latest position ({position}) are offered.</source>
        <translation>Kun skabeloner til barnets seneste position ({position}) vises.</translation>
    </message>
    <message>
        <source>Choose a template to prefill the plan.</source>
        <translation>Vælg en skabelon for at udfylde planen på forhånd.</translation>
    </message>
    <message>
        <source>Replace with the template?</source>
        <translation>Erstat med skabelonen?</translation>
    </message>
    <message>
        <source>Replace what you have written with the template?</source>
        <translation>Vil du erstatte det, du har skrevet, med skabelonen?</translation>
    </message>
    <message>
        <source>The goals, measures and follow-up date are replaced by the template&apos;s. The views you have written are kept.</source>
        <translation>Mål, tiltag og opfølgningsdato bliver erstattet af skabelonens. Det, du har skrevet om perspektiverne, bliver stående.</translation>
    </message>
    <message>
        <source>&amp;Yes, replace</source>
        <translation>&amp;Ja, erstat</translation>
    </message>
    <message>
        <source>&amp;No, keep what I wrote</source>
        <translation>&amp;Nej, behold det skrevne</translation>
    </message>
    <message>
        <source>Goal {n}</source>
        <translation>Mål {n}</translation>
    </message>
    <message>
        <source>Measure {n}</source>
        <translation>Tiltag {n}</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <source>Child&apos;s view</source>
        <translation>Barnets perspektiv</translation>
    </message>
    <message>
        <source>Parents&apos; view</source>
        <translation>Forældrenes perspektiv</translation>
    </message>
    <message>
        <source>Family resources</source>
        <translation>Familiens ressourcer</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Handleplan</translation>
    </message>
</context>
<context>
    <name>PositionChip</name>
    <message>
        <source>No position yet</source>
        <translation>Ingen position endnu</translation>
    </message>
</context>
<context>
    <name>PositionsBox</name>
    <message>
        <source>Position on the scale</source>
        <translation>Placering på skalaen</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problems to fix</source>
        <translation>Problemer, der skal rettes</translation>
    </message>
</context>
<context>
    <name>ProgressionChart</name>
    <message>
        <source>Progression of positions over time</source>
        <translation>Udvikling i positioner over tid</translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation>Ingen vurderinger endnu.</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>fælles</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individuel</translation>
    </message>
</context>
<context>
    <name>QuarantineTableModel</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Hvorfor den blev afvist</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Fundet</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>For a meeting with the parents</source>
        <translation>Til mødet med forældrene</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Udskrevet {date}</translation>
    </message>
    <message>
        <source>Confidential: this document holds personal information about a child. Keep it safe and share it only as the rules on confidentiality allow.</source>
        <translation>Fortroligt: Dokumentet indeholder personoplysninger om et barn. Opbevar det sikkert, og del det kun, som reglerne om tavshedspligt tillader.</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>Ikke udfyldt</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Ingen registreret.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The child&apos;s view</source>
        <translation>Barnets perspektiv</translation>
    </message>
    <message>
        <source>The parents&apos; view</source>
        <translation>Forældrenes perspektiv</translation>
    </message>
    <message>
        <source>The family&apos;s resources</source>
        <translation>Familiens ressourcer</translation>
    </message>
    <message>
        <source>Wellbeing assessment</source>
        <translation>Trivselsvurdering</translation>
    </message>
    <message>
        <source>Date of assessment</source>
        <translation>Dato for vurderingen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Joint assessment</source>
        <translation>Fælles vurdering</translation>
    </message>
    <message>
        <source>Individual assessment</source>
        <translation>Individuel vurdering</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Vurderet af</translation>
    </message>
    <message>
        <source>Draft – not finalised</source>
        <translation>Kladde – ikke afsluttet</translation>
    </message>
    <message>
        <source>Position on the worry scale</source>
        <translation>Position på bekymringsskalaen</translation>
    </message>
    <message>
        <source>Signs we have seen</source>
        <translation>Tegn, vi har set</translation>
    </message>
    <message>
        <source>No signs are ticked.</source>
        <translation>Der er ikke markeret nogen tegn.</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Beskyttende faktorer</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <source>Our questions</source>
        <translation>Vores spørgsmål</translation>
    </message>
    <message>
        <source>What happens now</source>
        <translation>Det gør vi nu</translation>
    </message>
    <message>
        <source>Who is involved</source>
        <translation>Hvem inddrages</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>We follow up no later than {date}.</source>
        <translation>Vi følger op senest {date}.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Tovholder</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>How we will see that the goal is reached</source>
        <translation>Sådan ser vi, at målet er nået</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Indsatser</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Follow-ups so far</source>
        <translation>Tidligere opfølgninger</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Udvikling</translation>
    </message>
    <message>
        <source>Reached?</source>
        <translation>Nået?</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nået</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>Ikke nået endnu</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <source>Next follow-up: {date}</source>
        <translation>Næste opfølgning: {date}</translation>
    </message>
    <message>
        <source>Continue the plan</source>
        <translation>Planen fortsætter</translation>
    </message>
    <message>
        <source>Step up the effort</source>
        <translation>Indsatsen øges</translation>
    </message>
    <message>
        <source>Step down the effort</source>
        <translation>Indsatsen trappes ned</translation>
    </message>
    <message>
        <source>Close the plan</source>
        <translation>Planen afsluttes</translation>
    </message>
    <message>
        <source>This assessment is on the abuse path: it is not printed for a meeting with parents, because the parents must not be informed before the municipality.</source>
        <translation>Vurderingen er på sporet for vold og overgreb: Den udskrives ikke til et møde med forældrene, fordi forældrene ikke må orienteres, før kommunen er underrettet.</translation>
    </message>
    <message>
        <source>The assessment has no position on the scale yet.</source>
        <translation>Vurderingen har endnu ingen position på skalaen.</translation>
    </message>
    <message>
        <source>This assessment has been corrected; print the newest version.</source>
        <translation>Vurderingen er rettet; udskriv den nyeste version.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
</context>
<context>
    <name>ReportBox</name>
    <message>
        <source>Report decision</source>
        <translation>Beslutning om underretning</translation>
    </message>
    <message>
        <source>&amp;Reported to the municipality</source>
        <translation>&amp;Underretning sendt til kommunen</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Underretning sendt</translation>
    </message>
    <message>
        <source>&amp;Not reported</source>
        <translation>&amp;Ikke underrettet</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Ikke underrettet</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Dato for underretning</translation>
    </message>
    <message>
        <source>Report &amp;date:</source>
        <translation>&amp;Dato for underretning:</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Underrettet af</translation>
    </message>
    <message>
        <source>Reported &amp;by:</source>
        <translation>Underrettet a&amp;f:</translation>
    </message>
    <message>
        <source>Why no report was made</source>
        <translation>Begrundelse for ikke at underrette</translation>
    </message>
    <message>
        <source>Wh&amp;y not:</source>
        <translation>Be&amp;grundelse:</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Unknown profile &quot;{profile}&quot;. Known profiles: {known}.</source>
        <translation>Ukendt profil &quot;{profile}&quot;. Kendte profiler: {known}.</translation>
    </message>
    <message>
        <source>The user name must not be empty.</source>
        <translation>Brugernavnet må ikke være tomt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Lås efter minutter uden brug</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Lås &amp;efter:</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Skift &amp;adgangskode …</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Skift adgangskode</translation>
    </message>
    <message>
        <source>Settings with a lock are set by your IT department in {file}.</source>
        <translation>Indstillinger med en lås er fastsat af din it-afdeling i {file}.</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Et nyt sprog bruges fra næste gang, programmet startes.</translation>
    </message>
    <message>
        <source>Municipality profile:</source>
        <translation>Kommuneprofil:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institution:</translation>
    </message>
    <message>
        <source>Shared folder for sync:</source>
        <translation>Fælles mappe til synkronisering:</translation>
    </message>
    <message>
        <source>Records kept for:</source>
        <translation>Registreringer gemmes i:</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n måned</numerusform>
            <numerusform>%n måneder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignpostPanel</name>
    <message>
        <source>Signpost</source>
        <translation>Vejviser</translation>
    </message>
    <message>
        <source>Choose a position to see what the signpost says to do.</source>
        <translation>Vælg en placering for at se, hvad vejviseren anbefaler.</translation>
    </message>
    <message>
        <source>Reporting duty</source>
        <translation>Underretningspligt</translation>
    </message>
    <message>
        <source>Reporting duty (Barnets Lov § 133)</source>
        <translation>Underretningspligt (Barnets Lov § 133)</translation>
    </message>
    <message>
        <source>Violence or abuse: do NOT inform the parents first</source>
        <translation>Vold eller overgreb: forældrene må IKKE informeres først</translation>
    </message>
    <message>
        <source>Consider a report</source>
        <translation>Overvej en underretning</translation>
    </message>
    <message>
        <source>Consider a report (Barnets Lov § 133)</source>
        <translation>Overvej en underretning (Barnets Lov § 133)</translation>
    </message>
    <message>
        <source>The signpost asks you to consider now whether there is reason to assume the child needs special support. If so, you must report it.</source>
        <translation>Vejviseren beder dig vurdere nu, om der er grund til at antage, at barnet har behov for særlig støtte. Er der det, skal du underrette.</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Placering: %1</translation>
    </message>
    <message>
        <source>Do now: %1</source>
        <translation>Gør nu: %1</translation>
    </message>
    <message>
        <source>Involve: %1</source>
        <translation>Inddrag: %1</translation>
    </message>
    <message numerus="yes">
        <source>Follow up by %1 (in %n weeks)</source>
        <translation>
            <numerusform>Opfølgning senest %1 (om %n uge)</numerusform>
            <numerusform>Opfølgning senest %1 (om %n uger)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteConfig</name>
    <message>
        <source>Configuration file problems</source>
        <translation>Fejl i konfigurationsfilen</translation>
    </message>
    <message>
        <source>The configuration file from your IT department has problems. Forebyg works without the values concerned. Please tell your IT department:</source>
        <translation>Konfigurationsfilen fra din it-afdeling har fejl. Forebyg virker uden de berørte værdier. Giv venligst din it-afdeling besked:</translation>
    </message>
    <message>
        <source>cannot read the file ({error})</source>
        <translation>filen kan ikke læses ({error})</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>ikke UTF-8-tekst</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>ikke gyldig TOML: {error}</translation>
    </message>
    <message>
        <source>{place}: {detail}; the whole file is ignored.</source>
        <translation>{place}: {detail}; hele filen ignoreres.</translation>
    </message>
    <message>
        <source>{place}: {key} must be {expected}; this value is ignored.</source>
        <translation>{place}: {key} skal være {expected}; værdien ignoreres.</translation>
    </message>
    <message>
        <source>{place}: give retention_months or retention_years, not both; both are ignored.</source>
        <translation>{place}: angiv retention_months eller retention_years, ikke begge; begge ignoreres.</translation>
    </message>
    <message>
        <source>{place}: unknown key &quot;{key}&quot; is ignored (did you mean &quot;{suggestion}&quot;?).</source>
        <translation>{place}: den ukendte nøgle &quot;{key}&quot; ignoreres (mente du &quot;{suggestion}&quot;?).</translation>
    </message>
    <message>
        <source>{place}: unknown key &quot;{key}&quot; is ignored; known keys: {known}.</source>
        <translation>{place}: den ukendte nøgle &quot;{key}&quot; ignoreres; kendte nøgler: {known}.</translation>
    </message>
    <message>
        <source>a text of 1 to {n} characters in quotes</source>
        <translation>en tekst på 1 til {n} tegn i anførselstegn</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>et helt tal fra {low} til {high}</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>en af {choices}</translation>
    </message>
    <message>
        <source>the id of a bundled profile ({choices})</source>
        <translation>id&apos;et på en medfølgende profil ({choices})</translation>
    </message>
    <message>
        <source>an absolute folder path in single quotes (environment variables allowed)</source>
        <translation>en fuld mappesti i enkelte anførselstegn (miljøvariabler er tilladt)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>A store already exists at {path}; it was not changed.</source>
        <translation>Der findes allerede et datalager i {path}; det blev ikke ændret.</translation>
    </message>
    <message>
        <source>No store at {path}. Create one with `forebyg init`.</source>
        <translation>Der er intet datalager i {path}. Opret et med `forebyg init`.</translation>
    </message>
    <message>
        <source>The store file {path} is empty.</source>
        <translation>Datalagerets fil {path} er tom.</translation>
    </message>
    <message>
        <source>The passphrase of {path} could not be changed: another program is using the store. Close it and try again. The old passphrase still applies.</source>
        <translation>Adgangskoden til {path} kunne ikke skiftes, fordi et andet program bruger datalageret. Luk det, og prøv igen. Den gamle adgangskode gælder stadig.</translation>
    </message>
    <message>
        <source>The passphrase does not unlock {path} (or the file is not a Forebyg store). Nothing was changed.</source>
        <translation>Adgangskoden kan ikke åbne {path} (eller filen er ikke et Forebyg-datalager). Intet blev ændret.</translation>
    </message>
    <message>
        <source>No child with id {id}.</source>
        <translation>Der er intet barn med id {id}.</translation>
    </message>
    <message>
        <source>No assessment with id {id}.</source>
        <translation>Der er ingen vurdering med id {id}.</translation>
    </message>
    <message>
        <source>No plan with id {id}.</source>
        <translation>Der er ingen handleplan med id {id}.</translation>
    </message>
    <message>
        <source>No evaluation with id {id}.</source>
        <translation>Der er ingen evaluering med id {id}.</translation>
    </message>
    <message>
        <source>No consent with id {id}.</source>
        <translation>Der er intet samtykke med id {id}.</translation>
    </message>
    <message>
        <source>No handover with id {id}.</source>
        <translation>Der er ingen overlevering med id {id}.</translation>
    </message>
    <message>
        <source>{path} is not a Forebyg store (no device id).</source>
        <translation>{path} er ikke et Forebyg-datalager (intet enheds-id).</translation>
    </message>
    <message>
        <source>The store {path} is damaged: {reason}</source>
        <translation>Datalageret {path} er beskadiget: {reason}</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} differs from the one already held under that number.</source>
        <translation>Ændring nr. {seq} fra enheden {device} er en anden end den, der allerede findes under det nummer.</translation>
    </message>
    <message>
        <source>Operations of device {device} reuse operation ids it already used.</source>
        <translation>Ændringer fra enheden {device} genbruger id&apos;er, som enheden allerede har brugt.</translation>
    </message>
    <message>
        <source>This store was written by a newer version of Forebyg (schema {found}; this program knows up to {known}). Update the program.</source>
        <translation>Dette datalager er skrevet af en nyere version af Forebyg (skema {found}; dette program kender op til {known}). Opdatér programmet.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {entity} {record} has no field &quot;{field}&quot;.</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: {entity} {record} har ikke feltet &quot;{field}&quot;.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} holds a value of the wrong type.</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: {field} i {entity} {record} har en værdi af forkert type.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} holds a value that is not allowed.</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: {field} i {entity} {record} har en værdi, der ikke er tilladt.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} is not a valid record id.</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: {field} i {entity} {record} er ikke et gyldigt id.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} is not a valid key.</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: {field} i {entity} {record} er ikke en gyldig nøgle.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} names a key that profile &quot;{profile}&quot; does not have.</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: {field} i {entity} {record} nævner en nøgle, som profilen &quot;{profile}&quot; ikke har.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} lists the same entry twice.</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: {field} i {entity} {record} nævner det samme to gange.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} is empty but required.</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: {field} i {entity} {record} er tomt, men skal udfyldes.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} is too long: {length} characters, at most {max}.</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: {field} i {entity} {record} indeholder for mange tegn: {length}, men højst {max} er tilladt.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} must be on one line.</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: {field} i {entity} {record} skal stå på én linje.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} contains a control character ({char}).</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: {field} i {entity} {record} indeholder et styretegn ({char}).</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} contains an invisible character that changes the text direction ({char}).</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: {field} i {entity} {record} indeholder et usynligt tegn, der ændrer tekstens retning ({char}).</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} seems to contain a CPR number.</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: {field} i {entity} {record} ser ud til at indeholde et CPR-nummer.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} is a date after the day the change was made.</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: {field} i {entity} {record} er en dato efter den dag, ændringen blev lavet.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} is more than {years} years before the day the change was made.</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: {field} i {entity} {record} ligger mere end {years} år før den dag, ændringen blev lavet.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: {field} of {entity} {record} does not fit with {other}.</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: {field} i {entity} {record} passer ikke med {other}.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: it is not a change this program makes (unknown record type or kind, or malformed fields).</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: det er ikke en ændring, dette program laver (ukendt type eller art, eller felter i forkert form).</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: it deletes assessment {record}, which is finalised.</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: den sletter vurdering {record}, som er afsluttet.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: it changes {field} of assessment {record}, which is finalised (a correction is recorded as a new assessment).</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: den ændrer {field} i vurdering {record}, som er afsluttet (en rettelse registreres som en ny vurdering).</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} was refused: its clock stamp is not valid.</source>
        <translation>Ændring {seq} fra enhed {device} blev afvist: dens tidsstempel er ugyldigt.</translation>
    </message>
    <message>
        <source>Operation {seq} of device {device} is stamped {days} days ahead of this computer&apos;s clock (at most {max} allowed); it is taken once the clocks agree. Check the date and time on both computers.</source>
        <translation>Ændring {seq} fra enhed {device} er stemplet {days} dage foran denne computers ur (højst {max} er tilladt); den tages ind, når urene passer sammen. Kontrollér dato og klokkeslæt på begge computere.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Adgangskodens styrke</translation>
    </message>
    <message>
        <source>Strength: {level}</source>
        <translation>Styrke: {level}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>A change is stamped {hours:.1f} hours ahead of this computer&apos;s clock. Check the date and time on both computers.</source>
        <translation>En ændring har et tidsstempel, der ligger {hours:.1f} timer foran uret på denne computer. Kontrollér dato og klokkeslæt på begge computere.</translation>
    </message>
    <message>
        <source>This device is not in a sync team yet: use `forebyg team create` or `forebyg team join`.</source>
        <translation>Denne enhed er endnu ikke med i et synkroniseringsteam: brug `forebyg team create` eller `forebyg team join`.</translation>
    </message>
    <message>
        <source>The hub folder {hub} cannot be reached; nothing was synced.</source>
        <translation>Delingsmappen {hub} kan ikke nås; intet blev synkroniseret.</translation>
    </message>
    <message>
        <source>This device was removed from the team; it can no longer sync.</source>
        <translation>Denne enhed er fjernet fra teamet; den kan ikke længere synkronisere.</translation>
    </message>
    <message>
        <source>The hub folder {hub} cannot be reached.</source>
        <translation>Delingsmappen {hub} kan ikke nås.</translation>
    </message>
    <message>
        <source>This device waits for the team leader to admit it (at the leader&apos;s next sync).</source>
        <translation>Denne enhed venter på, at teamets leder optager den (ved lederens næste synkronisering).</translation>
    </message>
    <message>
        <source>This device was removed from the team.</source>
        <translation>Denne enhed er fjernet fra teamet.</translation>
    </message>
    <message>
        <source>This device holds {count} changes that removed device {device} made after its removal; other devices refused them.</source>
        <translation>Denne enhed har {count} ændringer, som den fjernede enhed {device} lavede, efter at den blev fjernet; de andre enheder har afvist dem.</translation>
    </message>
    <message>
        <source>Device {device} still writes under a team key that was replaced: its changes from number {first} on reach this device when it has synced once with the new roster.</source>
        <translation>Enheden {device} skriver stadig med en teamnøgle, der er skiftet ud: dens ændringer fra nummer {first} og frem når frem til denne enhed, når den har synkroniseret én gang med den nye medlemsliste.</translation>
    </message>
    <message>
        <source>The hub folder lacks team roster version(s) {versions}; the team leader&apos;s next sync puts them back. Until then new colleagues and keys may not reach every device.</source>
        <translation>Delingsmappen mangler teamets medlemsliste i version {versions}; teamlederens næste synkronisering lægger den tilbage. Indtil da når nye kolleger og nøgler måske ikke frem til alle enheder.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>the file is not a Forebyg bundle</source>
        <translation>filen er ikke en Forebyg-pakke</translation>
    </message>
    <message>
        <source>the bundle was made by a newer version of Forebyg (format {format}); update the program to read it</source>
        <translation>pakken er lavet af en nyere version af Forebyg (format {format}); opdatér programmet for at læse den</translation>
    </message>
    <message>
        <source>the bundle&apos;s header is damaged ({part})</source>
        <translation>pakkens hoved er beskadiget ({part})</translation>
    </message>
    <message>
        <source>the bundle belongs to another team</source>
        <translation>pakken hører til et andet team</translation>
    </message>
    <message>
        <source>the bundle uses a team key this device has not received yet</source>
        <translation>pakken bruger en teamnøgle, som denne enhed ikke har modtaget endnu</translation>
    </message>
    <message>
        <source>the bundle uses an unknown team key</source>
        <translation>pakken bruger en ukendt teamnøgle</translation>
    </message>
    <message>
        <source>the bundle was altered or damaged, or not encrypted for this team</source>
        <translation>pakken er ændret eller beskadiget, eller ikke krypteret til dette team</translation>
    </message>
    <message>
        <source>device {device} is not (yet) in the team roster</source>
        <translation>enheden {device} er ikke (endnu) på teamets liste</translation>
    </message>
    <message>
        <source>the bundle is not signed by device {device}&apos;s key (forged?)</source>
        <translation>pakken er ikke underskrevet med enheden {device}s nøgle (forfalsket?)</translation>
    </message>
    <message>
        <source>the bundle&apos;s content does not match its manifest</source>
        <translation>pakkens indhold passer ikke med dens indholdsfortegnelse</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest is damaged ({part})</source>
        <translation>pakkens indholdsfortegnelse er beskadiget ({part})</translation>
    </message>
    <message>
        <source>the bundle holds a malformed operation ({part})</source>
        <translation>pakken indeholder en fejlformet ændring ({part})</translation>
    </message>
    <message>
        <source>the bundle was made by a newer version of Forebyg ({app}); update the program to read it</source>
        <translation>pakken er lavet af en nyere version af Forebyg ({app}); opdatér programmet for at læse den</translation>
    </message>
    <message>
        <source>the bundle&apos;s operations do not match its manifest&apos;s range</source>
        <translation>pakkens ændringer passer ikke med intervallet i dens indholdsfortegnelse</translation>
    </message>
    <message>
        <source>device {device} wrote operations {first} to {last} under a team key that was replaced after its operation {cap}; they are accepted only under the new key</source>
        <translation>enheden {device} skrev ændring {first} til {last} med en teamnøgle, der blev skiftet ud efter dens ændring {cap}; de modtages kun med den nye nøgle</translation>
    </message>
    <message>
        <source>waiting for operations of device {device} from number {next} on</source>
        <translation>venter på ændringer fra enheden {device} fra nummer {next} og frem</translation>
    </message>
    <message>
        <source>the bundle&apos;s name does not match its content</source>
        <translation>pakkens navn passer ikke med dens indhold</translation>
    </message>
    <message>
        <source>the bundle was made by device {device} after it was removed from the team</source>
        <translation>pakken er lavet af enheden {device}, efter at den blev fjernet fra teamet</translation>
    </message>
    <message>
        <source>the bundle&apos;s operations clash with operations already held</source>
        <translation>pakkens ændringer strider mod ændringer, der allerede er her</translation>
    </message>
    <message>
        <source>the roster&apos;s version does not match its name</source>
        <translation>listens version passer ikke med dens navn</translation>
    </message>
    <message>
        <source>Withdrew {count} changes that removed device {device} made after its removal; the rest of the team refused them too.</source>
        <translation>Trak {count} ændringer tilbage, som den fjernede enhed {device} lavede efter at være fjernet; resten af teamet har også afvist dem.</translation>
    </message>
    <message>
        <source>the profile pack is not signed by the team leader for this team</source>
        <translation>profilpakken er ikke underskrevet af teamets leder til dette team</translation>
    </message>
    <message>
        <source>the profile pack needs a newer version of Forebyg; update the program</source>
        <translation>profilpakken kræver en nyere version af Forebyg; opdatér programmet</translation>
    </message>
    <message>
        <source>the profile in the pack is not valid</source>
        <translation>profilen i pakken er ikke gyldig</translation>
    </message>
    <message>
        <source>the profile pack&apos;s name does not match its profile</source>
        <translation>profilpakkens navn passer ikke med dens profil</translation>
    </message>
    <message>
        <source>the roster&apos;s key envelope for this device is damaged</source>
        <translation>listens nøglekuvert til denne enhed er beskadiget</translation>
    </message>
    <message>
        <source>the roster is not signed by the team leader</source>
        <translation>listen er ikke underskrevet af teamets leder</translation>
    </message>
    <message>
        <source>the roster is damaged ({part})</source>
        <translation>listen er beskadiget ({part})</translation>
    </message>
    <message>
        <source>the roster was made by a newer version of Forebyg; update the program</source>
        <translation>listen er lavet af en nyere version af Forebyg; opdatér programmet</translation>
    </message>
    <message>
        <source>the roster belongs to another team</source>
        <translation>listen hører til et andet team</translation>
    </message>
    <message>
        <source>the roster file is damaged ({part})</source>
        <translation>listefilen er beskadiget ({part})</translation>
    </message>
    <message>
        <source>the invitation was made by a newer version of Forebyg; update the program</source>
        <translation>invitationen er lavet af en nyere version af Forebyg; opdatér programmet</translation>
    </message>
    <message>
        <source>the file is not a Forebyg invitation</source>
        <translation>filen er ikke en Forebyg-invitation</translation>
    </message>
    <message>
        <source>the code does not match this invitation</source>
        <translation>koden passer ikke til denne invitation</translation>
    </message>
    <message>
        <source>the invitation expired on {date}; ask the leader for a new one</source>
        <translation>invitationen udløb den {date}; bed lederen om en ny</translation>
    </message>
    <message>
        <source>the join request is damaged ({part})</source>
        <translation>anmodningen om at blive optaget er beskadiget ({part})</translation>
    </message>
    <message>
        <source>the join request uses an unknown or already used invitation</source>
        <translation>anmodningen om at blive optaget bruger en ukendt eller allerede brugt invitation</translation>
    </message>
    <message>
        <source>the join request uses an invitation that has expired</source>
        <translation>anmodningen om at blive optaget bruger en invitation, der er udløbet</translation>
    </message>
    <message>
        <source>the join request was not made with the invitation&apos;s code</source>
        <translation>anmodningen om at blive optaget er ikke lavet med invitationens kode</translation>
    </message>
    <message>
        <source>internal error ({name})</source>
        <translation>intern fejl ({name})</translation>
    </message>
    <message>
        <source>not a Forebyg handover or receipt file</source>
        <translation>filen er ikke en Forebyg-overlevering eller -kvittering</translation>
    </message>
    <message>
        <source>the file is damaged (no header); it may be truncated</source>
        <translation>filen er beskadiget (intet hoved); den er måske afkortet</translation>
    </message>
    <message>
        <source>the file is damaged (unreadable header)</source>
        <translation>filen er beskadiget (hovedet kan ikke læses)</translation>
    </message>
    <message>
        <source>the file is damaged (no format version)</source>
        <translation>filen er beskadiget (ingen formatversion)</translation>
    </message>
    <message>
        <source>the file was made by a newer version of Forebyg (format {format}); update the program</source>
        <translation>filen er lavet af en nyere version af Forebyg (format {format}); opdatér programmet</translation>
    </message>
    <message>
        <source>the file is damaged (unknown kind or recipient)</source>
        <translation>filen er beskadiget (ukendt type eller modtager)</translation>
    </message>
    <message>
        <source>the file is damaged or was altered (it does not decrypt); ask for it again</source>
        <translation>filen er beskadiget eller ændret (den kan ikke dekrypteres); bed om den igen</translation>
    </message>
    <message>
        <source>the file&apos;s content is malformed ({reason})</source>
        <translation>filens indhold er fejlformet ({reason})</translation>
    </message>
    <message>
        <source>the signature</source>
        <translation>underskriften</translation>
    </message>
    <message>
        <source>the signer&apos;s key</source>
        <translation>underskriverens nøgle</translation>
    </message>
    <message>
        <source>the file&apos;s content is malformed</source>
        <translation>filens indhold er fejlformet</translation>
    </message>
    <message>
        <source>the signature does not match the content</source>
        <translation>underskriften passer ikke med indholdet</translation>
    </message>
    <message>
        <source>the signed content names another recipient than the file</source>
        <translation>det underskrevne indhold nævner en anden modtager end filen</translation>
    </message>
    <message>
        <source>{what} is missing</source>
        <translation>{what} mangler</translation>
    </message>
    <message>
        <source>{what} is not valid base64</source>
        <translation>{what} er ikke gyldig base64</translation>
    </message>
    <message>
        <source>not a Forebyg institution key file (not JSON)</source>
        <translation>filen er ikke en Forebyg-nøglefil for en institution (ikke JSON)</translation>
    </message>
    <message>
        <source>not a Forebyg institution key file</source>
        <translation>filen er ikke en Forebyg-nøglefil for en institution</translation>
    </message>
    <message>
        <source>the key file has no format version</source>
        <translation>nøglefilen har ingen formatversion</translation>
    </message>
    <message>
        <source>the key file was made by a newer version of Forebyg (format {format}); update the program</source>
        <translation>nøglefilen er lavet af en nyere version af Forebyg (format {format}); opdatér programmet</translation>
    </message>
    <message>
        <source>the key file names no institution</source>
        <translation>nøglefilen nævner ingen institution</translation>
    </message>
    <message>
        <source>the institution name in the key file holds control characters or is too long</source>
        <translation>institutionens navn i nøglefilen indeholder styretegn eller er for langt</translation>
    </message>
    <message>
        <source>the receiving key</source>
        <translation>modtagenøglen</translation>
    </message>
    <message>
        <source>the signing key</source>
        <translation>underskriftsnøglen</translation>
    </message>
    <message>
        <source>a key in the key file has the wrong length</source>
        <translation>en nøgle i nøglefilen har forkert længde</translation>
    </message>
    <message>
        <source>the fingerprint does not match the keys (the file was altered)</source>
        <translation>fingeraftrykket passer ikke med nøglerne (filen er ændret)</translation>
    </message>
    <message>
        <source>it holds a number that is not a number (NaN or Infinity)</source>
        <translation>den indeholder et tal, der ikke er et tal (NaN eller Infinity)</translation>
    </message>
    <message>
        <source>it holds a number that is far too large</source>
        <translation>den indeholder et alt for stort tal</translation>
    </message>
    <message>
        <source>it gives a field twice in one object</source>
        <translation>den angiver det samme felt to gange i ét objekt</translation>
    </message>
    <message>
        <source>it is nested far too deeply</source>
        <translation>den er indlejret alt for dybt</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>den er ikke gyldig JSON</translation>
    </message>
    <message>
        <source>the hub file {file} had been taken by a file this device did not write; its changes went out under another name</source>
        <translation>navnet {file} i delingsmappen var optaget af en fil, som denne enhed ikke har skrevet; ændringerne blev sendt ud under et andet navn</translation>
    </message>
    <message>
        <source>internal error in file {file}: {name}</source>
        <translation>intern fejl i filen {file}: {name}</translation>
    </message>
    <message>
        <source>the file is too large ({size} bytes; at most {limit} are read)</source>
        <translation>filen er for stor ({size} byte; der læses højst {limit})</translation>
    </message>
    <message>
        <source>{file} could not be written to the hub folder (its name is taken by other content and no alternative name could be written either)</source>
        <translation>{file} kunne ikke skrives i delingsmappen (navnet er optaget af andet indhold, og et andet navn kunne heller ikke skrives)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer …</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>&amp;Sync problems</source>
        <translation>Problemer med &amp;synkronisering</translation>
    </message>
    <message>
        <source>A new version of the strategy profile arrived; restart to use it.</source>
        <translation>En ny version af strategiprofilen er modtaget; genstart programmet for at bruge den.</translation>
    </message>
</context>
<context>
    <name>SyncProblemsView</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Refused files</source>
        <translation>Afviste filer</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Værdi, der skal beholdes</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>&amp;Behold denne værdi</translation>
    </message>
    <message>
        <source>Edits made on two devices at once:</source>
        <translation>Ændringer lavet på to enheder på samme tid:</translation>
    </message>
    <message>
        <source>Files in the hub that were refused:</source>
        <translation>Filer i delingsmappen, der blev afvist:</translation>
    </message>
    <message>
        <source>Problems with the team&apos;s sync</source>
        <translation>Problemer med teamets synkronisering</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Problems…</source>
        <translation>Problemer…</translation>
    </message>
    <message>
        <source>Show sync problems</source>
        <translation>Vis problemer med synkronisering</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <source>Not syncing: this device is not in a team</source>
        <translation>Synkroniserer ikke: denne enhed er ikke med i et team</translation>
    </message>
    <message>
        <source>Hub not reachable</source>
        <translation>Delingsmappen kan ikke nås</translation>
    </message>
    <message>
        <source>Synced {time}</source>
        <translation>Synkroniseret {time}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ikke synkroniseret endnu</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go out</source>
        <translation>
            <numerusform>%n ændring venter på at blive sendt</numerusform>
            <numerusform>%n ændringer venter på at blive sendt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>%n fil afvist</numerusform>
            <numerusform>%n filer afvist</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing changes: {done} of {total}</source>
        <translation>Henter ændringer: {done} af {total}</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synkroniseringen mislykkedes</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>The hub folder {hub} does not exist or cannot be written; nothing was changed.</source>
        <translation>Delingsmappen {hub} findes ikke, eller der kan ikke skrives i den; intet blev ændret.</translation>
    </message>
    <message>
        <source>This device already belongs to the team &quot;{name}&quot;.</source>
        <translation>Denne enhed er allerede med i teamet &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>Only a leader&apos;s store can create a team (see `forebyg init --role`).</source>
        <translation>Kun en leders datalager kan oprette et team (se `forebyg init --role`).</translation>
    </message>
    <message>
        <source>The team name must not be empty.</source>
        <translation>Teamets navn må ikke være tomt.</translation>
    </message>
    <message>
        <source>The hub folder {hub} already holds a team; choose an empty folder.</source>
        <translation>Delingsmappen {hub} har allerede et team; vælg en tom mappe.</translation>
    </message>
    <message>
        <source>Only the team leader&apos;s device can invite a device.</source>
        <translation>Kun teamlederens enhed kan invitere en enhed.</translation>
    </message>
    <message>
        <source>The name must be at most {n} characters.</source>
        <translation>Navnet må højst have {n} tegn.</translation>
    </message>
    <message>
        <source>The role must be staff or leader.</source>
        <translation>Rollen skal være medarbejder eller leder.</translation>
    </message>
    <message>
        <source>{file} already exists; it was not changed.</source>
        <translation>{file} findes allerede; den blev ikke ændret.</translation>
    </message>
    <message>
        <source>{file}: the file is not a Forebyg invitation.</source>
        <translation>{file}: filen er ikke en Forebyg-invitation.</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: kan ikke læses ({reason}).</translation>
    </message>
    <message>
        <source>{file}: {reason}.</source>
        <translation>{file}: {reason}.</translation>
    </message>
    <message>
        <source>The join request could not be written to the hub folder {hub}; nothing was changed.</source>
        <translation>Anmodningen om at blive optaget kunne ikke skrives i delingsmappen {hub}; intet blev ændret.</translation>
    </message>
    <message>
        <source>Only the team leader&apos;s device can remove a device.</source>
        <translation>Kun teamlederens enhed kan fjerne en enhed.</translation>
    </message>
    <message>
        <source>The profile was not published: {reason}.</source>
        <translation>Profilen blev ikke udsendt: {reason}.</translation>
    </message>
    <message>
        <source>The hub folder {hub} cannot be reached; nothing was changed.</source>
        <translation>Delingsmappen {hub} kan ikke nås; intet blev ændret.</translation>
    </message>
    <message>
        <source>The leader&apos;s own device cannot be removed.</source>
        <translation>Lederens egen enhed kan ikke fjernes.</translation>
    </message>
    <message>
        <source>Device {device} is not in the team.</source>
        <translation>Enheden {device} er ikke med i teamet.</translation>
    </message>
    <message>
        <source>Device {device} was already removed.</source>
        <translation>Enheden {device} er allerede fjernet.</translation>
    </message>
    <message>
        <source>The new roster could not be written to the hub folder {hub}, so device {device} is not removed yet: {reason}. Check that the folder can be written to, then try again.</source>
        <translation>Den nye medlemsliste kunne ikke skrives i delingsmappen {hub}, så enheden {device} er ikke fjernet endnu: {reason}. Tjek, at der kan skrives i mappen, og prøv igen.</translation>
    </message>
    <message>
        <source>Only the team leader&apos;s device can publish a profile.</source>
        <translation>Kun teamlederens enhed kan udsende en profil.</translation>
    </message>
    <message>
        <source>{file}: profile {profile} version {version} is not newer than version {in_use} in use; raise its version.</source>
        <translation>{file}: profil {profile} version {version} er ikke nyere end den anvendte version {in_use}; hæv dens version.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Sync team</source>
        <translation>Synkroniseringsteam</translation>
    </message>
    <message>
        <source>Reading the team…</source>
        <translation>Læser teamet…</translation>
    </message>
    <message>
        <source>Team state</source>
        <translation>Teamets status</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Teamets navn</translation>
    </message>
    <message>
        <source>Hub folder:</source>
        <translation>Delingsmappe:</translation>
    </message>
    <message>
        <source>Hub folder</source>
        <translation>Delingsmappe</translation>
    </message>
    <message>
        <source>Leader&apos;s key:</source>
        <translation>Lederens nøgle:</translation>
    </message>
    <message>
        <source>Fingerprint of the leader&apos;s key</source>
        <translation>Fingeraftryk af lederens nøgle</translation>
    </message>
    <message>
        <source>Sync runs by itself whenever this laptop can reach the hub folder. Changes made without it go out at the next sync.</source>
        <translation>Synkroniseringen kører af sig selv, når denne computer kan nå delingsmappen. Ændringer, der laves imens den ikke kan, sendes med ved næste synkronisering.</translation>
    </message>
    <message>
        <source>&amp;Laptops in the team:</source>
        <translation>&amp;Computere i teamet:</translation>
    </message>
    <message>
        <source>Laptops in the team</source>
        <translation>Computere i teamet</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Med siden</translation>
    </message>
    <message>
        <source>Device key</source>
        <translation>Enhedens nøgle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Remove a lost laptop…</source>
        <translation>&amp;Fjern en mistet computer…</translation>
    </message>
    <message>
        <source>Remove the selected laptop</source>
        <translation>Fjern den valgte computer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbejder…</translation>
    </message>
    <message>
        <source>The team could not be read.</source>
        <translation>Teamet kunne ikke læses.</translation>
    </message>
    <message>
        <source>This laptop is not in a team. Its records stay on this laptop only until it joins one.</source>
        <translation>Denne computer er ikke med i et team. Dens oplysninger findes kun på denne computer, indtil den kommer med i et.</translation>
    </message>
    <message>
        <source>This laptop was removed from the team; it can no longer sync.</source>
        <translation>Denne computer er fjernet fra teamet; den kan ikke længere synkronisere.</translation>
    </message>
    <message>
        <source>This laptop has joined the team and waits for the leader to admit it (at the leader&apos;s next sync).</source>
        <translation>Denne computer har meldt sig ind i teamet og venter på, at lederen optager den (ved lederens næste synkronisering).</translation>
    </message>
    <message>
        <source>This laptop is in the team; you are its leader.</source>
        <translation>Denne computer er med i teamet; du er teamets leder.</translation>
    </message>
    <message>
        <source>This laptop is in the team.</source>
        <translation>Denne computer er med i teamet.</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Denne computer</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(ikke kendt endnu)</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <source>Device {device}</source>
        <translation>Enhed {device}</translation>
    </message>
    <message>
        <source>Save the invitation as</source>
        <translation>Gem invitationen som</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>invitation</translation>
    </message>
    <message>
        <source>Forebyg invitations (*{suffix})</source>
        <translation>Forebyg-invitationer (*{suffix})</translation>
    </message>
    <message>
        <source>Remove a lost laptop</source>
        <translation>Fjern en mistet computer</translation>
    </message>
    <message>
        <source>Remove the laptop of {person} (key {key}) from the team?</source>
        <translation>Fjern computeren, som {person} bruger (nøgle {key}), fra teamet?</translation>
    </message>
    <message>
        <source>The team gets a new key: the removed laptop can read nothing new from the team, and what it writes from now on is refused. What it synced before stays. This cannot be undone.</source>
        <translation>Teamet får en ny nøgle: Den fjernede computer kan ikke læse noget nyt fra teamet, og det, den skriver fra nu af, bliver afvist. Det, den har synkroniseret før, bliver. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Remove the laptop</source>
        <translation>Fjern computeren</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} is required.</source>
        <translation>{field} skal udfyldes.</translation>
    </message>
    <message>
        <source>The record has no field &quot;{field}&quot;.</source>
        <translation>Posten har ikke feltet &quot;{field}&quot;.</translation>
    </message>
    <message>
        <source>{field} holds a value of the wrong type.</source>
        <translation>{field} har en værdi af forkert type.</translation>
    </message>
    <message>
        <source>{field} holds a value that is not allowed.</source>
        <translation>{field} har en værdi, der ikke er tilladt.</translation>
    </message>
    <message>
        <source>{field} is not a valid record id.</source>
        <translation>{field} er ikke et gyldigt id.</translation>
    </message>
    <message>
        <source>{field} is not a valid key.</source>
        <translation>{field} er ikke en gyldig nøgle.</translation>
    </message>
    <message>
        <source>{field} names a key that profile &quot;{profile}&quot; does not have.</source>
        <translation>{field} nævner en nøgle, som profilen &quot;{profile}&quot; ikke har.</translation>
    </message>
    <message>
        <source>{field} lists the same entry twice.</source>
        <translation>{field} nævner det samme to gange.</translation>
    </message>
    <message>
        <source>{field} is empty but required.</source>
        <translation>{field} er tomt, men skal udfyldes.</translation>
    </message>
    <message>
        <source>{field} is too long: {length} characters, at most {max}.</source>
        <translation>{field} indeholder for mange tegn: {length}, men højst {max} er tilladt.</translation>
    </message>
    <message>
        <source>{field} must be on one line.</source>
        <translation>{field} skal stå på én linje.</translation>
    </message>
    <message>
        <source>{field} contains a control character ({char}).</source>
        <translation>{field} indeholder et styretegn ({char}).</translation>
    </message>
    <message>
        <source>{field} contains an invisible character that changes the text direction ({char}).</source>
        <translation>{field} indeholder et usynligt tegn, der ændrer tekstens retning ({char}).</translation>
    </message>
    <message>
        <source>{field} seems to contain a CPR number.</source>
        <translation>{field} ser ud til at indeholde et CPR-nummer.</translation>
    </message>
    <message>
        <source>{field} is a date after the day the change was made.</source>
        <translation>{field} er en dato efter den dag, ændringen blev lavet.</translation>
    </message>
    <message>
        <source>{field} is more than {years} years before the day the change was made.</source>
        <translation>{field} ligger mere end {years} år før den dag, ændringen blev lavet.</translation>
    </message>
    <message>
        <source>{field} does not fit with {other}.</source>
        <translation>{field} passer ikke med {other}.</translation>
    </message>
    <message>
        <source>{field} seems to contain a CPR number. Do not enter CPR numbers.</source>
        <translation>{field} ser ud til at indeholde et CPR-nummer. Skriv ikke CPR-numre.</translation>
    </message>
    <message>
        <source>{field} contains an invisible character that changes the text direction ({char}); remove it.</source>
        <translation>{field} indeholder et usynligt tegn, der ændrer tekstens retning ({char}); fjern det.</translation>
    </message>
    <message>
        <source>{field} contains a control character ({char}); remove it.</source>
        <translation>{field} indeholder et styretegn ({char}); fjern det.</translation>
    </message>
    <message>
        <source>{field} {value} is in the future.</source>
        <translation>{field} {value} ligger i fremtiden.</translation>
    </message>
    <message>
        <source>{field} {value} must be after {start}.</source>
        <translation>{field} {value} skal ligge efter {start}.</translation>
    </message>
    <message>
        <source>Unknown position &quot;{key}&quot; — the {scale} scale has: {keys}.</source>
        <translation>Ukendt position &quot;{key}&quot; – skalaen &quot;{scale}&quot; har positionerne: {keys}.</translation>
    </message>
    <message>
        <source>The record was made with profile &quot;{made}&quot;, not &quot;{profile}&quot;.</source>
        <translation>Registreringen er lavet med profilen &quot;{made}&quot;, ikke &quot;{profile}&quot;.</translation>
    </message>
    <message>
        <source>Birth date {value} is more than {years} years ago.</source>
        <translation>Fødselsdatoen {value} ligger mere end {years} år tilbage.</translation>
    </message>
    <message>
        <source>The record is for another child.</source>
        <translation>Registreringen gælder et andet barn.</translation>
    </message>
    <message>
        <source>Date {value} is before the child&apos;s birth date {birth}.</source>
        <translation>Datoen {value} ligger før barnets fødselsdato {birth}.</translation>
    </message>
    <message>
        <source>Assessor &quot;{key}&quot; is listed twice.</source>
        <translation>&quot;{key}&quot; står to gange blandt dem, der har vurderet.</translation>
    </message>
    <message>
        <source>Unknown protective factor &quot;{key}&quot;.</source>
        <translation>Ukendt beskyttende faktor &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>Protective factor &quot;{key}&quot; is ticked twice.</source>
        <translation>Den beskyttende faktor &quot;{key}&quot; er markeret to gange.</translation>
    </message>
    <message>
        <source>Unknown question &quot;{key}&quot;.</source>
        <translation>Ukendt spørgsmål &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>Parents may only be kept uninformed when a sign of violence or abuse is ticked.</source>
        <translation>Man må kun undlade at orientere forældrene, når der er markeret et tegn på vold eller overgreb.</translation>
    </message>
    <message>
        <source>Unknown sign &quot;{key}&quot;.</source>
        <translation>Ukendt tegn &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>Sign &quot;{sign}&quot; does not apply to the child&apos;s age band ({months} months).</source>
        <translation>Tegnet &quot;{sign}&quot; gælder ikke for barnets aldersgruppe ({months} måneder).</translation>
    </message>
    <message>
        <source>Sign &quot;{key}&quot; is ticked twice.</source>
        <translation>Tegnet &quot;{key}&quot; er markeret to gange.</translation>
    </message>
    <message>
        <source>Only a joint assessment is based on individual assessments.</source>
        <translation>Kun en fælles vurdering kan bygge på individuelle vurderinger.</translation>
    </message>
    <message>
        <source>Individual assessment &quot;{key}&quot; is listed twice.</source>
        <translation>Den individuelle vurdering &quot;{key}&quot; er angivet to gange.</translation>
    </message>
    <message>
        <source>An assessment cannot correct itself.</source>
        <translation>En vurdering kan ikke rette sig selv.</translation>
    </message>
    <message>
        <source>Assessment &quot;{key}&quot; was not found.</source>
        <translation>Vurderingen &quot;{key}&quot; blev ikke fundet.</translation>
    </message>
    <message>
        <source>Assessment &quot;{key}&quot; is for another child.</source>
        <translation>Vurderingen &quot;{key}&quot; gælder et andet barn.</translation>
    </message>
    <message>
        <source>Assessment &quot;{key}&quot; is not an individual one.</source>
        <translation>Vurderingen &quot;{key}&quot; er ikke en individuel vurdering.</translation>
    </message>
    <message>
        <source>Assessment &quot;{key}&quot; is still a draft.</source>
        <translation>Vurderingen &quot;{key}&quot; er stadig en kladde.</translation>
    </message>
    <message>
        <source>Choose a position on the scale.</source>
        <translation>Vælg en position på skalaen.</translation>
    </message>
    <message>
        <source>Name at least one assessor.</source>
        <translation>Angiv mindst én, der har foretaget vurderingen.</translation>
    </message>
    <message>
        <source>A joint assessment needs at least {n} individual assessments (profile practice).</source>
        <translation>En fælles vurdering skal bygge på mindst {n} individuelle vurderinger (kommunens praksis i profilen).</translation>
    </message>
    <message>
        <source>Decide on the report before finalising: &quot;pending&quot; is only for drafts.</source>
        <translation>Tag stilling til underretning, før vurderingen afsluttes: &quot;afventer&quot; kan kun bruges i en kladde.</translation>
    </message>
    <message>
        <source>The reporting duty applies: record whether a report was made, or why not.</source>
        <translation>Underretningspligten gælder: registrér, om der er sendt en underretning, eller hvorfor ikke.</translation>
    </message>
    <message>
        <source>The signpost asks you to consider a report: record whether a report was made, or why not.</source>
        <translation>Vejviseren lægger op til, at du overvejer en underretning: registrér, om der er sendt en underretning, eller hvorfor ikke.</translation>
    </message>
    <message>
        <source>Explain why no report was made.</source>
        <translation>Forklar, hvorfor der ikke er sendt en underretning.</translation>
    </message>
    <message>
        <source>Unknown plan template &quot;{key}&quot;.</source>
        <translation>Ukendt skabelon til handleplan &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>Add at least one goal with a measurable indicator.</source>
        <translation>Tilføj mindst ét mål med en målbar indikator.</translation>
    </message>
    <message>
        <source>The deadline {value} of measure {n} is before {start}.</source>
        <translation>Fristen {value} for tiltag {n} ligger før {start}.</translation>
    </message>
    <message>
        <source>The evaluation is for another plan.</source>
        <translation>Evalueringen gælder en anden handleplan.</translation>
    </message>
    <message>
        <source>The plan template does not offer the decision &quot;{key}&quot;. Choose one of: {keys}.</source>
        <translation>Skabelonen til handleplanen giver ikke mulighed for beslutningen &quot;{key}&quot;. Vælg en af: {keys}.</translation>
    </message>
    <message>
        <source>Set the next follow-up date (only closing the plan needs none).</source>
        <translation>Angiv dato for næste opfølgning (det er kun unødvendigt, når handleplanen afsluttes).</translation>
    </message>
    <message>
        <source>A plan that is closed has no next follow-up.</source>
        <translation>En handleplan, der afsluttes, har ingen næste opfølgning.</translation>
    </message>
    <message>
        <source>Record progress on at least one indicator.</source>
        <translation>Registrér udviklingen på mindst én indikator.</translation>
    </message>
    <message>
        <source>Choose what the consent covers.</source>
        <translation>Vælg, hvad samtykket omfatter.</translation>
    </message>
    <message>
        <source>A consent cannot cover &quot;{key}&quot;; it can cover: {keys}.</source>
        <translation>Et samtykke kan ikke omfatte &quot;{key}&quot;; det kan omfatte: {keys}.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is listed twice.</source>
        <translation>&quot;{key}&quot; er angivet to gange.</translation>
    </message>
    <message>
        <source>Date withdrawn {value} is before the consent was given ({start}).</source>
        <translation>Datoen for tilbagekaldelse {value} ligger før datoen for samtykket ({start}).</translation>
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
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Edited: {fields}</source>
        <translation>Ændret: {fields}</translation>
    </message>
    <message>
        <source>{value} (by {actor})</source>
        <translation>{value} (af {actor})</translation>
    </message>
</context>
</TS>
