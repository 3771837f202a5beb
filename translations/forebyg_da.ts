<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
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
    <name>MainWindow</name>
    <message>
        <source>Forebyg Desktop</source>
        <translation>Forebyg Desktop</translation>
    </message>
    <message>
        <source>No store has been created on this computer yet. Create one with: forebyg init --profile ID --user NAME</source>
        <translation>Der er endnu ikke oprettet et datalager på denne computer. Opret et med: forebyg init --profile ID --user NAVN</translation>
    </message>
    <message>
        <source>Profile: {profile}
User: {user}
Children registered: {count}</source>
        <translation>Profil: {profile}
Bruger: {user}
Børn registreret: {count}</translation>
    </message>
    <message>
        <source>Store summary</source>
        <translation>Oversigt over datalageret</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>A change is stamped {hours:.1f} hours ahead of this computer&apos;s clock. Check the date and time on both computers.</source>
        <translation>En ændring har et tidsstempel, der ligger {hours:.1f} timer foran uret på denne computer. Kontrollér dato og klokkeslæt på begge computere.</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Unlock Forebyg</source>
        <translation>Lås Forebyg op</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Adgangskode:</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Try again.</source>
        <translation>Adgangskoden er forkert. Prøv igen.</translation>
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
</TS>
