<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>The draft was not found: it was finalised or discarded. A new draft is started.</source>
        <translation>Kladden blev ikke fundet: den er afsluttet eller kasseret. Der er startet en ny kladde.</translation>
    </message>
    <message>
        <source>Joint assessment</source>
        <translation>Fælles vurdering</translation>
    </message>
    <message>
        <source>Individual assessment</source>
        <translation>Individuel vurdering</translation>
    </message>
    <message numerus="yes">
        <source>(%n years)</source>
        <translation>
            <numerusform>(%n år)</numerusform>
            <numerusform>(%n år)</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems to fix before finalising</source>
        <translation>Det skal rettes, før vurderingen kan afsluttes</translation>
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
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Kladden kunne ikke gemmes: %1</translation>
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
    <name>ChildImport</name>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>kan ikke læses: {reason}</translation>
    </message>
    <message>
        <source>is too large for a class list</source>
        <translation>er for stor til at være en klasseliste</translation>
    </message>
    <message>
        <source>is not UTF-8 text; save the file as CSV UTF-8</source>
        <translation>er ikke UTF-8-tekst; gem filen som CSV UTF-8</translation>
    </message>
    <message>
        <source>is empty; expected the header name,birth_date,group</source>
        <translation>er tom; filen skal begynde med overskriften name,birth_date,group</translation>
    </message>
    <message>
        <source>header is &quot;{found}&quot;; expected &quot;{expected}&quot;</source>
        <translation>overskriften er &quot;{found}&quot;, men skal være &quot;{expected}&quot;</translation>
    </message>
    <message>
        <source>has {count} fields; expected 3 (name, birth_date, group)</source>
        <translation>har {count} felter; der skal være 3 (name, birth_date, group)</translation>
    </message>
    <message>
        <source>{child} born {born} is already registered or listed twice</source>
        <translation>{child}, født {born}, er allerede registreret eller står to gange på listen</translation>
    </message>
    <message>
        <source>holds no children</source>
        <translation>indeholder ingen børn</translation>
    </message>
</context>
<context>
    <name>ChildService</name>
    <message>
        <source>Date &quot;{value}&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>Datoen &quot;{value}&quot; er ikke en dato på formen ÅÅÅÅ-MM-DD</translation>
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
        <source>{name} — born {born}, {group}</source>
        <translation>{name} — født {born}, {group}</translation>
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
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Indicator {n}</source>
        <translation>Indikator {n}</translation>
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
        <source>The passphrase must be at least {n} characters long.</source>
        <translation>Adgangskoden skal være på mindst {n} tegn.</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>Assessment &quot;{key}&quot; is not one of the individual assessments since the last joint one.</source>
        <translation>Vurderingen &quot;{key}&quot; er ikke en af de individuelle vurderinger siden den seneste fælles vurdering.</translation>
    </message>
    <message>
        <source>The individual assessments must be made by at least {n} different staff members (profile practice).</source>
        <translation>De individuelle vurderinger skal være lavet af mindst {n} forskellige medarbejdere (profilens praksis).</translation>
    </message>
    <message>
        <source>The value is not valid: {detail}</source>
        <translation>Værdien er ikke gyldig: {detail}</translation>
    </message>
    <message>
        <source>The plan is closed; start a new plan if more is needed.</source>
        <translation>Handleplanen er lukket; opret en ny handleplan, hvis der er brug for mere.</translation>
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
        <source>The passphrase is not correct. Try again.</source>
        <translation>Adgangskoden er forkert. Prøv igen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Forebyg Desktop</source>
        <translation>Forebyg Desktop</translation>
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
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
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
        <source>Saved {file}</source>
        <translation>Gemt: {file}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Ikke udskrevet</translation>
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
        <source>Remo&amp;ve goal</source>
        <translation>F&amp;jern mål</translation>
    </message>
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
        <source>Remove measu&amp;re</source>
        <translation>Fjern tilta&amp;g</translation>
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
        <source>Choose a template to prefill the plan.</source>
        <translation>Vælg en skabelon for at udfylde planen på forhånd.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
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
        <source>A new language is used from the next start.</source>
        <translation>Et nyt sprog bruges fra næste gang, programmet startes.</translation>
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
    <name>Sync</name>
    <message>
        <source>A change is stamped {hours:.1f} hours ahead of this computer&apos;s clock. Check the date and time on both computers.</source>
        <translation>En ændring har et tidsstempel, der ligger {hours:.1f} timer foran uret på denne computer. Kontrollér dato og klokkeslæt på begge computere.</translation>
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
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>the file is not a Forebyg bundle</source>
        <translation>filen er ikke en Forebyg-pakke</translation>
    </message>
    <message>
        <source>the bundle&apos;s header is damaged</source>
        <translation>pakkens hoved er beskadiget</translation>
    </message>
    <message>
        <source>the bundle was made by a newer version of Forebyg (format {format}); update the program to read it</source>
        <translation>pakken er lavet af en nyere version af Forebyg (format {format}); opdatér programmet for at læse den</translation>
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
        <source>the bundle&apos;s manifest is damaged</source>
        <translation>pakkens indholdsfortegnelse er beskadiget</translation>
    </message>
    <message>
        <source>the bundle was made by a newer version of Forebyg ({app}); update the program to read it</source>
        <translation>pakken er lavet af en nyere version af Forebyg ({app}); opdatér programmet for at læse den</translation>
    </message>
    <message>
        <source>the bundle holds a malformed operation</source>
        <translation>pakken indeholder en fejlformet ændring</translation>
    </message>
    <message>
        <source>the bundle&apos;s operations do not match its manifest&apos;s range</source>
        <translation>pakkens ændringer passer ikke med intervallet i dens indholdsfortegnelse</translation>
    </message>
    <message>
        <source>waiting for operations of device {device} from number {next} on</source>
        <translation>venter på ændringer fra enheden {device} fra nummer {next} og frem</translation>
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
        <source>the roster was made by a newer version of Forebyg; update the program</source>
        <translation>listen er lavet af en nyere version af Forebyg; opdatér programmet</translation>
    </message>
    <message>
        <source>the roster belongs to another team</source>
        <translation>listen hører til et andet team</translation>
    </message>
    <message>
        <source>the roster file is damaged</source>
        <translation>listefilen er beskadiget</translation>
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
        <source>the join request is damaged</source>
        <translation>anmodningen om at blive optaget er beskadiget</translation>
    </message>
    <message>
        <source>the join request uses an unknown or already used invitation</source>
        <translation>anmodningen om at blive optaget bruger en ukendt eller allerede brugt invitation</translation>
    </message>
    <message>
        <source>the join request was not made with the invitation&apos;s code</source>
        <translation>anmodningen om at blive optaget er ikke lavet med invitationens kode</translation>
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
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Forebyg</source>
        <translation>Lås Forebyg op</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} is required.</source>
        <translation>{field} skal udfyldes.</translation>
    </message>
    <message>
        <source>{field} is too long: {length} characters, at most {max}.</source>
        <translation>{field} indeholder for mange tegn: {length}, men højst {max} er tilladt.</translation>
    </message>
    <message>
        <source>{field} seems to contain a CPR number. Do not enter CPR numbers.</source>
        <translation>{field} ser ud til at indeholde et CPR-nummer. Skriv ikke CPR-numre.</translation>
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
