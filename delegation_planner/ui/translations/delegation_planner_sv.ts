<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en_GB">
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Not recorded</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Themes separated by commas. The office&apos;s priority themes: {themes}</source>
        <translation>Teman åtskilda med kommatecken. Kontorets prioriterade teman: {themes}</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Bilagor:</translation>
    </message>
    <message>
        <source>“{theme}” is not a theme: a theme needs letters or digits (for example Life science); separate themes with commas.</source>
        <translation>”{theme}” är inget tema: ett tema behöver bokstäver eller siffror (till exempel Life science); skilj teman åt med kommatecken.</translation>
    </message>
    <message>
        <source>Enter the partner (for example Guangdong).</source>
        <translation>Ange partnern (till exempel Guangdong).</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>For example: Guangdong</source>
        <translation>Till exempel: Guangdong</translation>
    </message>
    <message>
        <source>&amp;Signed:</source>
        <translation>&amp;Undertecknat:</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Omfattning:</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>&amp;Teman:</translation>
    </message>
    <message>
        <source>For example: life_science, health_care</source>
        <translation>Till exempel: life_science, health_care</translation>
    </message>
    <message>
        <source>Official &amp;visits a year:</source>
        <translation>Tjänstemanna&amp;besök per år:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
</context>
<context>
    <name>AgreementFollowUpPage</name>
    <message>
        <source>No agreement asks for a minimum of official visits in {year}.</source>
        <translation>Inget avtal kräver ett minsta antal tjänstemannabesök {year}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {total} agreement(s) short of official visits in {year}.</source>
        <translation>
            <numerusform>%Ln avtal av {total} har för få tjänstemannabesök {year}.</numerusform>
            <numerusform>%Ln avtal av {total} har för få tjänstemannabesök {year}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every agreement has its official visits in {year}.</source>
        <translation>Alla avtal har fått sina tjänstemannabesök {year}.</translation>
    </message>
    <message>
        <source>No agreement is past its review date.</source>
        <translation>Inget avtal har passerat sitt datum för översyn.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s) past the review date: review and set the next date.</source>
        <translation>
            <numerusform>%Ln avtal har passerat datum för översyn: se över det och ange nästa datum.</numerusform>
            <numerusform>%Ln avtal har passerat datum för översyn: se över dem och ange nästa datum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The review date could not be saved: {reason}</source>
        <translation>Datumet för översyn kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Official visits under agreements</source>
        <translation>Tjänstemannabesök enligt avtal</translation>
    </message>
    <message>
        <source>Set when the selected agreement is next reviewed</source>
        <translation>Ange när det markerade avtalet ska ses över nästa gång</translation>
    </message>
    <message>
        <source>Set &amp;review date…</source>
        <translation>Ange datum för &amp;översyn…</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Avtal att se över</translation>
    </message>
    <message>
        <source>Record the next review date of the selected agreement</source>
        <translation>Ange nästa datum för översyn av det markerade avtalet</translation>
    </message>
    <message>
        <source>Set review &amp;date…</source>
        <translation>Ange &amp;datum för översyn…</translation>
    </message>
</context>
<context>
    <name>AgreementFull</name>
    <message>
        <source>Letter of intent</source>
        <translation>Avsiktsförklaring</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Samförståndsavtal</translation>
    </message>
    <message>
        <source>Binding agreement</source>
        <translation>Bindande avtal</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Förnya</translation>
    </message>
    <message>
        <source>Renegotiate</source>
        <translation>Omförhandla</translation>
    </message>
    <message>
        <source>Let it expire</source>
        <translation>Låt det löpa ut</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>e.g. the chair of the regional board; the vice governor</source>
        <translation>t.ex. regionstyrelsens ordförande; vice guvernören</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>inget slutdatum</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Inte beslutat</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>Who decided, and why</source>
        <translation>Vem som beslutade, och varför</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Lägg till aktivitet</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Ta bort aktivitet</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Si&amp;gnatories:</source>
        <translation>Under&amp;tecknare:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;Löper ut:</translation>
    </message>
    <message>
        <source>Re&amp;newal:</source>
        <translation>Förn&amp;yelse:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Beslutat den:</translation>
    </message>
    <message>
        <source>Renewal note:</source>
        <translation>Anteckning om förnyelse:</translation>
    </message>
    <message>
        <source>Activity &amp;plan:</source>
        <translation>Aktivitets&amp;plan:</translation>
    </message>
    <message>
        <source>The agreement cannot expire before it was signed.</source>
        <translation>Avtalet kan inte löpa ut innan det har undertecknats.</translation>
    </message>
</context>
<context>
    <name>AgreementYearsModel</name>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>short by {count}</source>
        <translation>{count} för få</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Required visits</source>
        <translation>Krävda besök</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>Genomförda besök</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>inga ännu</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Datum för översyn</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Official visits/year</source>
        <translation>Tjänstemannabesök/år</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Registrera kontakt…</translation>
    </message>
    <message>
        <source>Con&amp;tacts…</source>
        <translation>Kon&amp;takter…</translation>
    </message>
    <message>
        <source>Every contact logged under the selected agreement</source>
        <translation>Alla kontakter som registrerats under det valda avtalet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln avtal</numerusform>
            <numerusform>%Ln avtal</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner, scope, theme or status (Ctrl+F)</source>
        <translation>Partner, omfattning, tema eller status (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>AnnualReportDialog</name>
    <message>
        <source>&amp;Write report…</source>
        <translation>&amp;Skriv rapport…</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Årsrapport</translation>
    </message>
    <message>
        <source>The annual follow-up with the costs, for the regional board. It holds the delegations that start in the year.</source>
        <translation>Den årliga uppföljningen med kostnaderna, till regionstyrelsen. Den omfattar de delegationer som börjar under året.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Keep a file with this record: an invitation, a signed agreement, a decision letter, a photo</source>
        <translation>Spara en fil med posten: en inbjudan, ett undertecknat avtal, ett beslutsbrev, ett foto</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>Lägg till bilagor</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Inte tillagd</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bilaga</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Spara bilaga</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Sparar {name}…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>{name} was not saved: {reason}</source>
        <translation>{name} sparades inte: {reason}</translation>
    </message>
    <message>
        <source>name only</source>
        <translation>endast namnet</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>(inte sparad ännu)</translation>
    </message>
    <message>
        <source>Listed in another office&apos;s file, which carries no files.</source>
        <translation>Upptagen i ett annat kontors fil, som inte innehåller några filer.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Invitations, decision letters, programmes, photographs … kept inside the register, so they are in its backup. At most {limit} MB per file.</source>
        <translation>Inbjudningar, beslutsbrev, program, fotografier … sparade i registret, så att de finns med i säkerhetskopian. Högst {limit} MB per fil.</translation>
    </message>
    <message>
        <source>Documents written (memo, decision basis, briefing):</source>
        <translation>Skrivna dokument (PM, beslutsunderlag, reseinformation):</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>Bilagor ({count})</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
</context>
<context>
    <name>Basis</name>
    <message>
        <source>Decision basis</source>
        <translation>Beslutsunderlag</translation>
    </message>
    <message>
        <source>Save the new delegation first, so the basis shows what is stored.</source>
        <translation>Spara den nya delegationen först, så att underlaget visar det som är sparat.</translation>
    </message>
    <message>
        <source>Save first so the basis shows what is stored.</source>
        <translation>Spara först, så att underlaget visar det som är sparat.</translation>
    </message>
    <message>
        <source>Write decision basis</source>
        <translation>Skriv beslutsunderlag</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Writing the decision basis…</source>
        <translation>Skriver beslutsunderlaget…</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Inte skrivet</translation>
    </message>
    <message>
        <source>The decision basis could not be written to {path}: {reason}.</source>
        <translation>Beslutsunderlaget kunde inte skrivas till {path}: {reason}.</translation>
    </message>
    <message>
        <source>Decision basis written</source>
        <translation>Beslutsunderlaget är skrivet</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Checking the register {name} before it is opened: it has not been checked on this computer since it last changed (after a crash, for example), so it is read through once. A large register takes a few seconds.</source>
        <translation>Registret {name} kontrolleras innan det öppnas: det har inte kontrollerats på den här datorn sedan det senast ändrades (till exempel efter en krasch), så det läses igenom en gång. Ett stort register tar några sekunder.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Dagar före</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Klar den</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (försenad)</translation>
    </message>
    <message>
        <source>say what is to be done.</source>
        <translation>ange vad som ska göras.</translation>
    </message>
    <message>
        <source>the text {problem}.</source>
        <translation>texten {problem}.</translation>
    </message>
    <message>
        <source>the owner {problem}.</source>
        <translation>ansvarig {problem}.</translation>
    </message>
    <message>
        <source>Ticked by itself when the decision on political participation is recorded.</source>
        <translation>Bockas av automatiskt när beslutet om förtroendevaldas deltagande registreras.</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <source>Every template item is already in the list.</source>
        <translation>Alla punkter i mallen finns redan i listan.</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} av {total} klara</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln overdue</source>
        <translation>
            <numerusform> · %Ln försenad</numerusform>
            <numerusform> · %Ln försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Lägg till punkt</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected items (Del)</source>
        <translation>Ta bort de markerade punkterna (Del)</translation>
    </message>
    <message>
        <source>Add &amp;template items</source>
        <translation>Lägg till punkter från &amp;mallen</translation>
    </message>
    <message>
        <source>Add the items of this direction&apos;s template that the list does not have yet</source>
        <translation>Lägg till de punkter i mallen för denna riktning som listan ännu saknar</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateModel</name>
    <message>
        <source>Row {row}: the item has no text.</source>
        <translation>Rad {row}: punkten saknar text.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texten</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ansvarig</translation>
    </message>
    <message>
        <source>Row {row}: the {field} {problem}.</source>
        <translation>Rad {row}: {field} {problem}.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Dagar före</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>Avbockas</translation>
    </message>
    <message>
        <source>Ticked by the program itself as soon as the decision on political participation is recorded.</source>
        <translation>Bockas av automatiskt så snart beslutet om förtroendevaldas deltagande registreras.</translation>
    </message>
    <message>
        <source>⚙ Automatically (decision recorded)</source>
        <translation>⚙ Automatiskt (beslut registrerat)</translation>
    </message>
    <message>
        <source>⚙ Automatically</source>
        <translation>⚙ Automatiskt</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuellt</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplatesDialog</name>
    <message>
        <source>Checklist templates (read-only)</source>
        <translation>Checklistmallar (skrivskyddat)</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>Checklistmallar</translation>
    </message>
    <message>
        <source>The templates were not saved: {0}</source>
        <translation>Mallarna sparades inte: {0}</translation>
    </message>
    <message>
        <source>The items every new delegation&apos;s checklist starts with. An item is due the given number of days before the delegation starts.</source>
        <translation>De punkter som varje ny delegations checklista börjar med. En punkt ska vara klar det angivna antalet dagar innan delegationen börjar.</translation>
    </message>
    <message>
        <source>&amp;Outbound</source>
        <translation>&amp;Utresa</translation>
    </message>
    <message>
        <source>&amp;Inbound</source>
        <translation>&amp;Inresa</translation>
    </message>
    <message>
        <source>Add an item below the selected one (Ins)</source>
        <translation>Lägg till en punkt under den markerade (Ins)</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Lägg till punkt</translation>
    </message>
    <message>
        <source>Remove the selected item (Del)</source>
        <translation>Ta bort den markerade punkten (Del)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Flytta den markerade punkten uppåt (Alt+Upp)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Flytta den markerade punkten nedåt (Alt+Ned)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Ändrad av någon annan</translation>
    </message>
    <message>
        <source>{who} changed this delegation at {when}, after you opened it.</source>
        <translation>{who} ändrade delegationen {when}, efter att du öppnade den.</translation>
    </message>
    <message>
        <source>This delegation was changed elsewhere after you opened it.</source>
        <translation>Delegationen har ändrats på annat håll efter att du öppnade den.</translation>
    </message>
    <message>
        <source>It has since been deleted. Keep mine stores your version again.</source>
        <translation>Den har sedan dess tagits bort. Behåll min sparar din version igen.</translation>
    </message>
    <message>
        <source>Reload shows their version (your edits here are dropped). Keep mine saves your version over theirs (theirs stays in the history). Compare shows both first.</source>
        <translation>Läs in igen visar deras version (dina ändringar här slängs). Behåll min sparar din version över deras (deras finns kvar i historiken). Jämför visar båda först.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Jämför</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Behåll min</translation>
    </message>
    <message>
        <source>Their version and yours are the same in every field.</source>
        <translation>Deras version och din är lika i alla fält.</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Din:</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>Deras:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Partner region</source>
        <translation>Partnerregion</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kostnader</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Follow-up points</source>
        <translation>Uppföljningspunkter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statushistorik</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Anslut</translation>
    </message>
    <message>
        <source>The address begins with postgresql:// (for example {example}).</source>
        <translation>Adressen börjar med postgresql:// (till exempel {example}).</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Anslut till server</translation>
    </message>
    <message>
        <source>Open the office&apos;s shared register on its PostgreSQL server. Paste the address your IT department gave you, or fill in the parts.</source>
        <translation>Öppna kontorets gemensamma register på dess PostgreSQL-server. Klistra in adressen du fått av IT-avdelningen, eller fyll i delarna.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Lösen&amp;ord:</translation>
    </message>
    <message>
        <source>Leave the password empty if the server knows you by your Windows login or your password is in the PostgreSQL password file. A typed password is used for this session only and is never saved.</source>
        <translation>Lämna lösenordet tomt om servern känner igen dig via din Windows-inloggning eller om lösenordet finns i PostgreSQL:s lösenordsfil. Ett inskrivet lösenord används bara under den här sessionen och sparas aldrig.</translation>
    </message>
    <message>
        <source>Details from the server</source>
        <translation>Meddelande från servern</translation>
    </message>
    <message>
        <source>The server&apos;s own message, for whoever looks after the server</source>
        <translation>Serverns eget meddelande, för den som sköter servern</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Registrera en kontakt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>e.g. Anna Svensson; Dr Li (JITRI)</source>
        <translation>t.ex. Anna Svensson; dr Li (JITRI)</translation>
    </message>
    <message>
        <source>What was said and agreed</source>
        <translation>Vad som sades och överenskoms</translation>
    </message>
    <message>
        <source>Add &amp;point</source>
        <translation>Lägg till &amp;punkt</translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation>Ta bort punkt</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>A&amp;vtal:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation>&amp;Deltagare:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Sammanfattning:</translation>
    </message>
    <message>
        <source>Follow-up points (shown in the Follow-up overview):</source>
        <translation>Uppföljningspunkter (visas i översikten Uppföljning):</translation>
    </message>
    <message>
        <source>Choose the organisation (add it under Organisations first).</source>
        <translation>Välj organisation (lägg först till den under Organisationer).</translation>
    </message>
    <message>
        <source>The summary is too long.</source>
        <translation>Sammanfattningen är för lång.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>ContactKind</name>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation>Videomöte</translation>
    </message>
</context>
<context>
    <name>ContactLogDialog</name>
    <message>
        <source>Contacts under the agreement with {partner}</source>
        <translation>Kontakter under avtalet med {partner}</translation>
    </message>
    <message>
        <source>Contacts with {name}</source>
        <translation>Kontakter med {name}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Open points</source>
        <translation>Öppna punkter</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Registrera kontakt…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <source>Delete the contact of {date} and its follow-up points?</source>
        <translation>Vill du ta bort kontakten den {date} och dess uppföljningspunkter?</translation>
    </message>
</context>
<context>
    <name>CopyDelegationDialog</name>
    <message>
        <source>Copy for a new trip</source>
        <translation>Kopiera till en ny resa</translation>
    </message>
    <message>
        <source>A new delegation is made from “{title}”: the same title, purpose, partner, themes and participants (without their justifications), the programme moved to the new dates, the planned costs and a fresh checklist. No decision, actual costs or follow-up points are copied.</source>
        <translation>En ny delegation skapas utifrån ”{title}”: samma benämning, syfte, partner, teman och deltagare (utan motiveringar), programmet flyttat till de nya datumen, budgeten och en ny checklista. Inget beslut, utfall eller uppföljningspunkter kopieras.</translation>
    </message>
    <message>
        <source>New &amp;start:</source>
        <translation>Ny &amp;start:</translation>
    </message>
    <message numerus="yes">
        <source>The trip keeps its length: %n day(s).</source>
        <translation>
            <numerusform>Resan behåller sin längd: %n dag.</numerusform>
            <numerusform>Resan behåller sin längd: %n dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
</context>
<context>
    <name>CostTotalsModel</name>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Actual − planned</source>
        <translation>Utfall − budget</translation>
    </message>
    <message>
        <source>Spent beyond the plan when positive, under it when negative</source>
        <translation>Positivt: över budget. Negativt: under budget.</translation>
    </message>
</context>
<context>
    <name>CostsModel</name>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>the currency is missing.</source>
        <translation>valuta saknas.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code (such as SEK, DKK, EUR, CNY).</source>
        <translation>”{code}” är ingen valutakod enligt ISO 4217 (som SEK, DKK, EUR, CNY).</translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message>
        <source>Costs</source>
        <translation>Kostnader</translation>
    </message>
    <message>
        <source>{currency} — planned {planned} · actual {actual}</source>
        <translation>{currency} — budget {planned} · utfall {actual}</translation>
    </message>
    <message>
        <source>No costs recorded.</source>
        <translation>Inga kostnader registrerade.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>&amp;Add cost line</source>
        <translation>&amp;Lägg till kostnadsrad</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected lines (Del)</source>
        <translation>Ta bort de markerade raderna (Del)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Open delegation</source>
        <translation>&amp;Öppna delegation</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>The overview could not be read: {0}</source>
        <translation>Översikten kunde inte läsas: {0}</translation>
    </message>
    <message>
        <source>The register has no delegations yet. Start with Delegations ▸ New delegation, File ▸ Import… an interchange file, or look around in Help ▸ Open demo register.</source>
        <translation>Registret har inga delegationer ännu. Börja med Delegation ▸ Ny delegation, Arkiv ▸ Importera… en utbytesfil, eller se dig omkring i Hjälp ▸ Öppna demoregister.</translation>
    </message>
    <message>
        <source>Trips in the next {days} days: {trips}, of which {missing} still miss something · Overdue follow-up points: {overdue} · Costs and charts: {year}</source>
        <translation>Resor de närmaste {days} dagarna: {trips}, varav {missing} saknar något · Försenade uppföljningspunkter: {overdue} · Kostnader och diagram: {year}</translation>
    </message>
    <message>
        <source>Drawn as in the annual report</source>
        <translation>Ritat som i årsrapporten</translation>
    </message>
    <message>
        <source>Next &amp;trips and what they still miss</source>
        <translation>Kommande &amp;resor och vad som saknas</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the delegation</source>
        <translation>Dubbelklicka eller tryck Enter för att öppna delegationen</translation>
    </message>
    <message>
        <source>O&amp;verdue follow-up points</source>
        <translation>&amp;Försenade uppföljningspunkter</translation>
    </message>
    <message>
        <source>Costs this &amp;year against plan</source>
        <translation>Årets &amp;kostnader mot budget</translation>
    </message>
</context>
<context>
    <name>DatabaseTask</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
</context>
<context>
    <name>DaysBeforeDelegate</name>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
</context>
<context>
    <name>DecisionHistoryModel</name>
    <message>
        <source>Recorded</source>
        <translation>Registrerat</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Conditions / note</source>
        <translation>Villkor/anteckning</translation>
    </message>
    <message>
        <source>Withdrawn (no decision)</source>
        <translation>Återtaget (inget beslut)</translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <source>Save the delegation and keep it open (Ctrl+S)</source>
        <translation>Spara delegationen och låt den vara öppen (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and c&amp;lose</source>
        <translation>Spara och s&amp;täng</translation>
    </message>
    <message>
        <source>Save the delegation and close it</source>
        <translation>Spara delegationen och stäng den</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Read only.</source>
        <translation>Skrivskyddat.</translation>
    </message>
    <message>
        <source>Cannot save yet: see {tabs}.</source>
        <translation>Kan inte sparas ännu: se {tabs}.</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Ny delegation</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The delegation was not saved: {reason}

Your changes are still here; try Save again.</source>
        <translation>Delegationen sparades inte: {reason}

Dina ändringar finns kvar; försök spara igen.</translation>
    </message>
    <message>
        <source>{who} has just saved a newer version of this delegation.</source>
        <translation>{who} har just sparat en nyare version av delegationen.</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Kan inte läsa in igen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ändringar som inte är sparade</translation>
    </message>
    <message>
        <source>Save the changes to this delegation before closing?</source>
        <translation>Vill du spara ändringarna i delegationen innan du stänger?</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
</context>
<context>
    <name>DelegationResultsModel</name>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>DelegationsModel</name>
    <message>
        <source>Title</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Politicians</source>
        <translation>Förtroendevalda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The verdict on politicians&apos; participation as last evaluated; open the delegation for the criteria.</source>
        <translation>Bedömningen av förtroendevaldas deltagande som den senast gjordes; öppna delegationen för att se kriterierna.</translation>
    </message>
    <message>
        <source>{title}
Key: {key}</source>
        <translation>{title}
Nyckel: {key}</translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>&amp;New delegation…</source>
        <translation>&amp;Ny delegation…</translation>
    </message>
    <message>
        <source>&amp;Open delegation</source>
        <translation>&amp;Öppna delegation</translation>
    </message>
    <message>
        <source>&amp;Delete delegation…</source>
        <translation>&amp;Ta bort delegation…</translation>
    </message>
    <message>
        <source>&amp;Copy for a new trip…</source>
        <translation>Kopiera till en ny &amp;resa…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Plan a new delegation (Ctrl+N)</source>
        <translation>Planera en ny delegation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Only delegations whose verdict ({0}) is Fail or Warning</source>
        <translation>Endast delegationer vars bedömning ({0}) är Ej uppfyllt eller Observera</translation>
    </message>
    <message>
        <source>Open the selected delegation (Enter)</source>
        <translation>Öppna den markerade delegationen (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected delegation (Del)</source>
        <translation>Ta bort den markerade delegationen (Del)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Only delegations with this status</source>
        <translation>Endast delegationer med denna status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>To close (trip over)</source>
        <translation>Att avsluta (resan är över)</translation>
    </message>
    <message>
        <source>Show a&amp;rchive</source>
        <translation>Visa a&amp;rkivet</translation>
    </message>
    <message>
        <source>Also completed, declined and cancelled delegations from before last year. Without it the register shows open delegations and those of this year and last.</source>
        <translation>Även genomförda, avböjda och inställda delegationer från före förra året. Utan det visar registret öppna delegationer och årets och förra årets.</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegationer</translation>
    </message>
    <message>
        <source>The register could not be read: {0}</source>
        <translation>Registret kunde inte läsas: {0}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln delegation(s)</source>
        <translation>
            <numerusform>{shown} av %Ln delegation</numerusform>
            <numerusform>{shown} av %Ln delegationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln delegation(s) (the rest in the archive)</source>
        <translation>
            <numerusform>{shown} av %Ln delegation (resten i arkivet)</numerusform>
            <numerusform>{shown} av %Ln delegationer (resten i arkivet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delegation(s)</source>
        <translation>
            <numerusform>%Ln delegation</numerusform>
            <numerusform>%Ln delegationer</numerusform>
        </translation>
    </message>
    <message>
        <source>No delegations yet — File ▸ Import, New delegation, or Help ▸ Open demo register.</source>
        <translation>Inga delegationer ännu — Arkiv ▸ Importera, Ny delegation eller Hjälp ▸ Öppna demoregister.</translation>
    </message>
    <message>
        <source>No delegation matches the search and filters.</source>
        <translation>Ingen delegation motsvarar sökningen och filtren.</translation>
    </message>
    <message>
        <source>Select a delegation to see it summarised here.</source>
        <translation>Markera en delegation för att se en sammanfattning här.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Copy delegation</source>
        <translation>Kopiera delegation</translation>
    </message>
    <message numerus="yes">
        <source>Its %n attached file(s) are deleted as well; save any you need first.</source>
        <translation>
            <numerusform>Dess %n bifogade fil tas också bort; spara den först om du behöver den.</numerusform>
            <numerusform>Dess %n bifogade filer tas också bort; spara först dem du behöver.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>Ta bort delegation</translation>
    </message>
    <message>
        <source>Delete the delegation “{title}”?

Its participants, programme, costs and follow-up points are deleted with it. This cannot be undone.</source>
        <translation>Vill du ta bort delegationen ”{title}”?

Dess deltagare, program, kostnader och uppföljningspunkter tas bort med den. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Politicians (home side)</source>
        <translation>Egna förtroendevalda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>not evaluated yet</source>
        <translation>inte bedömd ännu</translation>
    </message>
</context>
<context>
    <name>DeparturesModel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Öppna punkter</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>Failing criteria</source>
        <translation>Ej uppfyllda kriterier</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln overdue</source>
        <translation>
            <numerusform>⚠ %Ln försenad</numerusform>
            <numerusform>⚠ %Ln försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>i morgon</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Participation not justified</source>
        <translation>Deltagandet är inte motiverat</translation>
    </message>
    <message>
        <source>Large political delegation</source>
        <translation>Stor politisk delegation</translation>
    </message>
    <message>
        <source>Not initiated from below</source>
        <translation>Inte initierad underifrån</translation>
    </message>
    <message>
        <source>No {0} before the start</source>
        <translation>Inget {0} före starten</translation>
    </message>
    <message>
        <source>Outside the priority themes</source>
        <translation>Utanför de prioriterade temana</translation>
    </message>
</context>
<context>
    <name>DeparturesPage</name>
    <message>
        <source>&amp;Open delegation</source>
        <translation>&amp;Öppna delegation</translation>
    </message>
    <message>
        <source>Svenska</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Dansk</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message numerus="yes">
        <source>No delegation starts in the next %Ln day(s).</source>
        <translation>
            <numerusform>Ingen delegation börjar inom %Ln dag.</numerusform>
            <numerusform>Ingen delegation börjar inom de närmaste %Ln dagarna.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review could not be read: {0}</source>
        <translation>Genomgången kunde inte läsas: {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln delegation(s)</source>
        <translation>
            <numerusform>%Ln delegation</numerusform>
            <numerusform>%Ln delegationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, ⚠ %Ln with overdue items</source>
        <translation>
            <numerusform>, ⚠ %Ln med försenade punkter</numerusform>
            <numerusform>, ⚠ %Ln med försenade punkter</numerusform>
        </translation>
    </message>
    <message>
        <source>Next later: “{title}”, in {days} days ({date})</source>
        <translation>Nästa därefter: ”{title}”, om {days} dagar ({date})</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Select a delegation to see what it still needs.</source>
        <translation>Markera en delegation för att se vad som återstår.</translation>
    </message>
    <message>
        <source>⚠ overdue</source>
        <translation>⚠ försenad</translation>
    </message>
    <message>
        <source>Write briefing</source>
        <translation>Skriv reseinformation</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Writing the briefing…</source>
        <translation>Skriver reseinformationen…</translation>
    </message>
    <message>
        <source>Briefing written</source>
        <translation>Resebriefingen är skriven</translation>
    </message>
    <message>
        <source>The briefing was not written: {0}</source>
        <translation>Reseinformationen skrevs inte: {0}</translation>
    </message>
    <message>
        <source>Delegations starting in the &amp;next</source>
        <translation>Delegationer som börjar inom de &amp;närmaste</translation>
    </message>
    <message>
        <source>How far ahead to look, in days from today</source>
        <translation>Hur långt fram att se, i dagar från i dag</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Open the selected delegation (Enter)</source>
        <translation>Öppna den markerade delegationen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
        <source>Write the pre-trip briefing of the selected delegation as a Word document</source>
        <translation>Skriv reseinformationen för den markerade delegationen som ett Word-dokument</translation>
    </message>
    <message>
        <source>&amp;Write briefing…</source>
        <translation>Skriv &amp;reseinformation…</translation>
    </message>
</context>
<context>
    <name>DocumentRegister</name>
    <message>
        <source>Visit memo</source>
        <translation>Besöks-PM</translation>
    </message>
    <message>
        <source>Decision basis</source>
        <translation>Beslutsunderlag</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Reseinformation</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Årsrapport</translation>
    </message>
    <message>
        <source>The reference (Dnr, diarium or journal number) printed on the document and logged with it. Left empty, {reference} is used, from the office profile&apos;s pattern.</source>
        <translation>Diarienumret som skrivs på dokumentet och registreras med det. Lämnas fältet tomt används {reference}, enligt kontorsprofilens mönster.</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Inte diariefört</translation>
    </message>
    <message>
        <source>{name} was written, but could not be logged in the document register: {reason}</source>
        <translation>{name} har skrivits men kunde inte föras in i dokumentregistret: {reason}</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skrivet</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>Öppna &amp;igen</translation>
    </message>
    <message>
        <source>&amp;Reference for the next document:</source>
        <translation>&amp;Diarienummer för nästa dokument:</translation>
    </message>
    <message>
        <source>proposed: {reference}</source>
        <translation>förslag: {reference}</translation>
    </message>
</context>
<context>
    <name>DocumentSettings</name>
    <message>
        <source>Case officer</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Name on visit memos and decision bases (empty: {0}):</source>
        <translation>Namn på besöks-PM och beslutsunderlag (tomt: {0}):</translation>
    </message>
    <message>
        <source>Duty phone</source>
        <translation>Jourtelefon</translation>
    </message>
    <message>
        <source>The office&apos;s phone for emergencies, printed in every briefing:</source>
        <translation>Kontorets telefon för nödsituationer, tryckt i varje reseinformation:</translation>
    </message>
</context>
<context>
    <name>DueForReviewDialog</name>
    <message>
        <source>Due for review</source>
        <translation>Dags för gallring</translation>
    </message>
    <message>
        <source>Keep people for</source>
        <translation>Behåll personer i</translation>
    </message>
    <message>
        <source> years after their last visit</source>
        <translation> år efter sitt senaste besök</translation>
    </message>
    <message>
        <source>&amp;Erase all listed…</source>
        <translation>&amp;Radera alla i listan…</translation>
    </message>
    <message>
        <source>{count} people took part in no visit in the last {years} years.</source>
        <translation>{count} personer har inte deltagit i något besök de senaste {years} åren.</translation>
    </message>
    <message>
        <source>Nobody is due: everyone took part in a visit in the last {years} years.</source>
        <translation>Ingen står på tur: alla har deltagit i ett besök de senaste {years} åren.</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Last visit ended</source>
        <translation>Senaste besöket slutade</translation>
    </message>
</context>
<context>
    <name>EarlierPointsModel</name>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>From visit</source>
        <translation>Från besöket</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (försenad)</translation>
    </message>
    <message>
        <source>{title} ({start})</source>
        <translation>{title} ({start})</translation>
    </message>
</context>
<context>
    <name>EditorWindows</name>
    <message>
        <source>Open delegation</source>
        <translation>Öppen delegation</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ändringar som inte är sparade</translation>
    </message>
    <message numerus="yes">
        <source>%n open delegation(s) have changes that are not saved:</source>
        <translation>
            <numerusform>%n öppen delegation har ändringar som inte är sparade:</numerusform>
            <numerusform>%n öppna delegationer har ändringar som inte är sparade:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>Something went wrong, and what you were doing may not have been finished. What you saved before is safe, and you can go on working.

If it happens again, copy the details and send them with a few words on what you were doing to whoever looks after the program for your office.</source>
        <translation>Något gick fel, och det du höll på med kanske inte slutfördes. Det du har sparat tidigare finns kvar, och du kan fortsätta arbeta.

Om det händer igen: kopiera detaljerna och skicka dem, med några ord om vad du gjorde, till den som förvaltar programmet på ert kontor.</translation>
    </message>
    <message>
        <source>The program&apos;s log is in %1</source>
        <translation>Programmets logg finns i %1</translation>
    </message>
    <message>
        <source>The program could not write its log file this time.</source>
        <translation>Programmet kunde inte skriva sin loggfil den här gången.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiera detaljer</translation>
    </message>
    <message>
        <source>Open log &amp;folder</source>
        <translation>Öppna logg&amp;mappen</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Kopierat</translation>
    </message>
</context>
<context>
    <name>FileTransfer</name>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importerar {name}…</translation>
    </message>
    <message>
        <source>{name} was not imported: {reason}</source>
        <translation>{name} importerades inte: {reason}</translation>
    </message>
    <message>
        <source>Imported {name}:
{summary}.</source>
        <translation>{name} har importerats:
{summary}.</translation>
    </message>
    <message>
        <source>The import of {name} was cancelled; the register is unchanged.</source>
        <translation>Importen av {name} avbröts; registret är oförändrat.</translation>
    </message>
    <message>
        <source>… and more problems after these.</source>
        <translation>… och fler fel efter dessa.</translation>
    </message>
    <message>
        <source>{name} was not imported; nothing was changed.</source>
        <translation>{name} importerades inte; ingenting ändrades.</translation>
    </message>
    <message>
        <source>This is not an interchange file (a delegation-planner JSON file).</source>
        <translation>Det här är ingen utbytesfil (en JSON-fil från Delegation Planner).</translation>
    </message>
    <message>
        <source>The file has {count} problems; the first is:
{first}</source>
        <translation>Filen har {count} fel; det första är:
{first}</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exporterar till {name}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Kan inte skriva {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>incomplete</source>
        <translation>ofullständig</translation>
    </message>
    <message>
        <source>what is to be done</source>
        <translation>vad som ska göras</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>ansvarig</translation>
    </message>
    <message>
        <source>a due date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>Incomplete: it has no {parts}.</source>
        <translation>Ofullständig: saknar {parts}.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>Activity plan of the agreement with {partner}</source>
        <translation>Aktivitetsplan för avtalet med {partner}</translation>
    </message>
    <message>
        <source>{kind} with {organisation}, {date}</source>
        <translation>{kind} med {organisation}, {date}</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(ingen text)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(ingen ansvarig)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>{title}, starting {start}</source>
        <translation>{title}, med start {start}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Avslutad den</translation>
    </message>
    <message>
        <source>Tick a point when it is done (Space); untick to open it again.</source>
        <translation>Bocka av en punkt när den är klar (blanksteg); ta bort bocken för att öppna den igen.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alla ansvariga</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alla partner</translation>
    </message>
    <message>
        <source>Point or delegation (Ctrl+F)</source>
        <translation>Punkt eller delegation (Ctrl+F)</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Inte ändrad</translation>
    </message>
    <message>
        <source>That follow-up point no longer exists; it may have been removed in the delegation.</source>
        <translation>Uppföljningspunkten finns inte längre; den kan ha tagits bort i delegationen.</translation>
    </message>
    <message>
        <source>The delegation was changed elsewhere at the same time. The list is read again; try once more.</source>
        <translation>Delegationen ändrades samtidigt på annat håll. Listan läses in igen; försök en gång till.</translation>
    </message>
    <message>
        <source>The point could not be changed: {reason}</source>
        <translation>Punkten kunde inte ändras: {reason}</translation>
    </message>
    <message>
        <source>Marked “{point}” done.</source>
        <translation>”{point}” är markerad som klar.</translation>
    </message>
    <message>
        <source>Marked “{point}” dropped.</source>
        <translation>”{point}” är markerad som struken.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) shown</source>
        <translation>
            <numerusform>%Ln punkt visas</numerusform>
            <numerusform>%Ln punkter visas</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Öppna &amp;igen</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Markera som klar</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>Part of the owner&apos;s name; pick one or type</source>
        <translation>Del av den ansvariges namn; välj eller skriv</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Endast förs&amp;enade</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <source>Mark the selected point done (Space); press again to reopen it</source>
        <translation>Markera den markerade punkten som klar (blanksteg); tryck igen för att öppna den igen</translation>
    </message>
    <message>
        <source>Drop the selected point: it will not be followed up</source>
        <translation>Stryk den valda punkten: den följs inte upp</translation>
    </message>
    <message>
        <source>Dro&amp;p</source>
        <translation>Str&amp;yk</translation>
    </message>
    <message>
        <source>Open the delegation the point belongs to (Enter)</source>
        <translation>Öppna delegationen som punkten hör till (Enter)</translation>
    </message>
    <message>
        <source>&amp;Open delegation…</source>
        <translation>Öppna &amp;delegation…</translation>
    </message>
    <message>
        <source>Set the point just marked back to open (Ctrl+Z)</source>
        <translation>Gör punkten som nyss markerades öppen igen (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation>Å&amp;ngra (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>FollowUpPointsModel</name>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Avslutad den</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fullständig</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>ingen text</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>ingen ansvarig</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>(what is to be done?)</source>
        <translation>(vad ska göras?)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(ingen ansvarig)</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(inget datum)</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (försenad)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>⚠ {gaps}</source>
        <translation>⚠ {gaps}</translation>
    </message>
    <message>
        <source>✓ complete</source>
        <translation>✓ fullständig</translation>
    </message>
    <message>
        <source>the point {problem}.</source>
        <translation>punkten {problem}.</translation>
    </message>
    <message>
        <source>the owner {problem}.</source>
        <translation>ansvarig {problem}.</translation>
    </message>
    <message>
        <source>Complete: it counts for the visit memo.</source>
        <translation>Fullständig: räknas i besöks-PM:et.</translation>
    </message>
    <message>
        <source>Incomplete ({gaps}): the visit memo does not count it.</source>
        <translation>Ofullständig ({gaps}): räknas inte i besöks-PM:et.</translation>
    </message>
    <message>
        <source>{name}, from the register of people</source>
        <translation>{name}, från personregistret</translation>
    </message>
    <message>
        <source>{owner} (free text, not a person in the register)</source>
        <translation>{owner} (fritext, ingen person i registret)</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) traced to this visit.</source>
        <translation>
            <numerusform>%Ln resultat har kopplats till besöket.</numerusform>
            <numerusform>%Ln resultat har kopplats till besöket.</numerusform>
        </translation>
    </message>
    <message>
        <source>No results are traced to this visit yet; they are recorded in the results register.</source>
        <translation>Inga resultat har ännu kopplats till besöket; de registreras i resultatregistret.</translation>
    </message>
    <message>
        <source>Open points from earlier visits</source>
        <translation>Öppna punkter från tidigare besök</translation>
    </message>
    <message>
        <source>Choose the partner region on the Overview tab to see what earlier visits left open.</source>
        <translation>Välj partnerregion på fliken Översikt för att se vad tidigare besök lämnade öppet.</translation>
    </message>
    <message>
        <source>Open points from earlier visits to {partner}</source>
        <translation>Öppna punkter från tidigare besök i {partner}</translation>
    </message>
    <message>
        <source>No open points from earlier visits to {partner}</source>
        <translation>Inga öppna punkter från tidigare besök i {partner}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln still open, {overdue} of them overdue.</source>
        <translation>
            <numerusform>%Ln fortfarande öppen, varav {overdue} försenad.</numerusform>
            <numerusform>%Ln fortfarande öppna, varav {overdue} försenade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still open.</source>
        <translation>
            <numerusform>%Ln fortfarande öppen.</numerusform>
            <numerusform>%Ln fortfarande öppna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln complete point(s) (the memo needs at least {needed})</source>
        <translation>
            <numerusform>%Ln fullständig punkt (PM:et kräver minst {needed})</numerusform>
            <numerusform>%Ln fullständiga punkter (PM:et kräver minst {needed})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln incomplete</source>
        <translation>
            <numerusform> · %Ln ofullständig</numerusform>
            <numerusform> · %Ln ofullständiga</numerusform>
        </translation>
    </message>
    <message>
        <source>Memo written to {path}</source>
        <translation>PM:et har skrivits till {path}</translation>
    </message>
    <message>
        <source>&amp;Follow-up points of this visit</source>
        <translation>&amp;Uppföljningspunkter från besöket</translation>
    </message>
    <message>
        <source>&amp;Add point</source>
        <translation>&amp;Lägg till punkt</translation>
    </message>
    <message>
        <source>Add a follow-up point, due a month after the visit</source>
        <translation>Lägg till en uppföljningspunkt, klar en månad efter besöket</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected points (Del)</source>
        <translation>Ta bort de markerade punkterna (Del)</translation>
    </message>
    <message>
        <source>Write visit &amp;memo…</source>
        <translation>Skriv besöks-&amp;PM…</translation>
    </message>
    <message>
        <source>Write the visit memo as a Word document, from the delegation as stored (Ctrl+M)</source>
        <translation>Skriv besöks-PM:et som ett Word-dokument, utifrån den sparade delegationen (Ctrl+M)</translation>
    </message>
    <message>
        <source>in &amp;language</source>
        <translation>på &amp;språket</translation>
    </message>
    <message>
        <source>Open points from earlier visits to the partner</source>
        <translation>Öppna punkter från tidigare besök hos partnern</translation>
    </message>
    <message>
        <source>Results of this delegation</source>
        <translation>Resultat av delegationen</translation>
    </message>
</context>
<context>
    <name>GripResultModel</name>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivering</translation>
    </message>
</context>
<context>
    <name>GripTab</name>
    <message>
        <source>Write the decision basis for {0} as a Word document, from the delegation as stored</source>
        <translation>Skriv beslutsunderlaget till {0} som ett Word-dokument, utifrån den sparade delegationen</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Välj beslut…</translation>
    </message>
    <message>
        <source>{body} {marker}</source>
        <translation>{body} {marker}</translation>
    </message>
    <message>
        <source>The reference {problem}.</source>
        <translation>Diarienumret {problem}.</translation>
    </message>
    <message>
        <source>The note {problem}.</source>
        <translation>Anteckningen {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of 5 criteria fail(s).</source>
        <translation>
            <numerusform>%Ln av 5 kriterier är inte uppfyllt.</numerusform>
            <numerusform>%Ln av 5 kriterier är inte uppfyllda.</numerusform>
        </translation>
    </message>
    <message>
        <source>No criterion fails; warnings: {count} of 5.</source>
        <translation>Inget kriterium är ouppfyllt; att observera: {count} av 5.</translation>
    </message>
    <message>
        <source>Every criterion that applies is met.</source>
        <translation>Alla kriterier som gäller är uppfyllda.</translation>
    </message>
    <message>
        <source>Verdict: {level}. {detail}</source>
        <translation>Bedömning: {level}. {detail}</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Skrivet till {path}</translation>
    </message>
    <message>
        <source>GRIP decision</source>
        <translation>GRIP-beslut</translation>
    </message>
    <message>
        <source>A &amp;decision is recorded</source>
        <translation>Ett &amp;beslut är registrerat</translation>
    </message>
    <message>
        <source>Untick to record that there is no decision (the history keeps the earlier one)</source>
        <translation>Ta bort bocken för att registrera att det inte finns något beslut (historiken behåller det tidigare)</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>Beslutat &amp;den</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>&amp;Utfall</translation>
    </message>
    <message>
        <source>&amp;Reference (Dnr)</source>
        <translation>Diarie&amp;nummer (Dnr)</translation>
    </message>
    <message>
        <source>e.g. Dnr 2026-000123</source>
        <translation>t.ex. Dnr 2026-000123</translation>
    </message>
    <message>
        <source>Conditions / &amp;note</source>
        <translation>&amp;Villkor/anteckning</translation>
    </message>
    <message>
        <source>Decision &amp;history (as stored)</source>
        <translation>Besluts&amp;historik (som den är sparad)</translation>
    </message>
    <message>
        <source>&amp;Write decision basis…</source>
        <translation>&amp;Skriv beslutsunderlag…</translation>
    </message>
    <message>
        <source>Write the decision basis for GRIP as a Word document, from the delegation as stored</source>
        <translation>Skriv beslutsunderlaget till GRIP som ett Word-dokument, utifrån den sparade delegationen</translation>
    </message>
    <message>
        <source>in &amp;language</source>
        <translation>på s&amp;pråket</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Delegation Planner speaks the chosen language the next time it is started.</source>
        <translation>Delegation Planner använder det valda språket nästa gång programmet startas.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Automatic ({language})</source>
        <translation>&amp;Automatiskt ({language})</translation>
    </message>
    <message>
        <source>Takes effect when the program is started again</source>
        <translation>Gäller från nästa gång programmet startas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delegation Planner registers (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Delegation Planner-register (*.sqlite3 *.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Follow-up points still open, and how many are overdue</source>
        <translation>Uppföljningspunkter som fortfarande är öppna, och hur många som är försenade</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;Nytt register…</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>&amp;Öppna register…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>&amp;Delegation</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <comment>menu</comment>
        <translation>Pe&amp;rsoner</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Office profile…</source>
        <translation>&amp;Kontorsprofil…</translation>
    </message>
    <message>
        <source>&amp;Policy profile…</source>
        <translation>&amp;Policyprofil…</translation>
    </message>
    <message>
        <source>&amp;Checklist templates…</source>
        <translation>&amp;Checklistmallar…</translation>
    </message>
    <message>
        <source>&amp;Agreement visits…</source>
        <translation>&amp;Besök enligt avtal…</translation>
    </message>
    <message>
        <source>Case &amp;officer on documents…</source>
        <translation>&amp;Handläggare på dokument…</translation>
    </message>
    <message>
        <source>&amp;Duty phone for briefings…</source>
        <translation>&amp;Jourtelefon för reseinformation…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Open &amp;demo register</source>
        <translation>Öppna &amp;demoregister</translation>
    </message>
    <message>
        <source>&amp;About Delegation Planner</source>
        <translation>&amp;Om Delegation Planner</translation>
    </message>
    <message>
        <source>No other registers opened lately</source>
        <translation>Inga andra register har öppnats nyligen</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Töm listan</translation>
    </message>
    <message>
        <source>Follow-up: {counts}</source>
        <translation>Uppföljning: {counts}</translation>
    </message>
    <message>
        <source>Save them before another register is opened?</source>
        <translation>Spara dem innan ett annat register öppnas?</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Öppna register</translation>
    </message>
    <message>
        <source>{name} (read-only) — Delegation Planner</source>
        <translation>{name} (skrivskyddat) — Delegation Planner</translation>
    </message>
    <message>
        <source>{name} — Delegation Planner</source>
        <translation>{name} — Delegation Planner</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Nytt register</translation>
    </message>
    <message>
        <source>There is already a file at {path}. Choose another name, or use Open register…</source>
        <translation>Det finns redan en fil med namnet {path}. Välj ett annat namn eller använd Öppna register…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Interchange files (*.json);;All files (*)</source>
        <translation>Utbytesfiler (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Interchange files (*.json)</source>
        <translation>Utbytesfiler (*.json)</translation>
    </message>
    <message>
        <source>Open demo register</source>
        <translation>Öppna demoregister</translation>
    </message>
    <message>
        <source>The program&apos;s log is in %1</source>
        <translation>Programmets logg finns i %1</translation>
    </message>
    <message>
        <source>The program keeps no log this time (its folder could not be written).</source>
        <translation>Programmet för ingen logg den här gången (mappen gick inte att skriva i).</translation>
    </message>
    <message>
        <source>About Delegation Planner</source>
        <translation>Om Delegation Planner</translation>
    </message>
    <message>
        <source>Delegation Planner %1</source>
        <translation>Delegation Planner %1</translation>
    </message>
    <message>
        <source>Delegation Planner plans and follows up inbound and outbound delegations: participants, programme, costs, the decision on political participation ({0}), visit memos and their follow-up points.</source>
        <translation>Delegation Planner planerar och följer upp inkommande och utgående delegationer: deltagare, program, kostnader, beslutet om förtroendevaldas deltagande ({0}), besöks-PM och deras uppföljningspunkter.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Spara dem innan programmet stängs?</translation>
    </message>
    <message>
        <source>Delegation Planner</source>
        <translation>Delegation Planner</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Översikt</translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation>De&amp;legationer</translation>
    </message>
    <message>
        <source>&amp;Before departure</source>
        <translation>&amp;Före avresa</translation>
    </message>
    <message>
        <source>Follo&amp;w-up</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <source>Open &amp;points</source>
        <translation>Öppna &amp;punkter</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultat av besöken</translation>
    </message>
    <message>
        <source>Agreement &amp;visits</source>
        <translation>&amp;Besök enligt avtal</translation>
    </message>
    <message>
        <source>New &amp;contacts</source>
        <translation>Nya &amp;kontakter</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>O&amp;rganisations</source>
        <translation>&amp;Organisationer</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>A&amp;vtal</translation>
    </message>
</context>
<context>
    <name>Memo</name>
    <message>
        <source>Visit memo</source>
        <translation>Besöks-PM</translation>
    </message>
    <message>
        <source>Save the new delegation first, so the memo shows what is stored.</source>
        <translation>Spara den nya delegationen först, så att PM:et visar det som är sparat.</translation>
    </message>
    <message>
        <source>Save first so the memo shows what is stored.</source>
        <translation>Spara först, så att PM:et visar det som är sparat.</translation>
    </message>
    <message>
        <source>Write visit memo</source>
        <translation>Skriv besöks-PM</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Writing the visit memo…</source>
        <translation>Skriver besöks-PM…</translation>
    </message>
    <message>
        <source>Memo not written</source>
        <translation>PM:et skrevs inte</translation>
    </message>
    <message>
        <source>The visit memo could not be written to {path}: {reason}.</source>
        <translation>Besöks-PM:et kunde inte skrivas till {path}: {reason}.</translation>
    </message>
    <message>
        <source>Visit memo written</source>
        <translation>Besöks-PM:et är skrivet</translation>
    </message>
    <message>
        <source>Visit memo refused</source>
        <translation>Besöks-PM kan inte skrivas</translation>
    </message>
    <message>
        <source>This visit has not taken place yet; write the memo anyway?</source>
        <translation>Besöket har inte ägt rum ännu. Vill du ändå skriva PM:et?</translation>
    </message>
</context>
<context>
    <name>NewContactsModel</name>
    <message>
        <source>their interests</source>
        <translation>deras intressen</translation>
    </message>
    <message>
        <source>our benefits</source>
        <translation>vår nytta</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} och {second}</translation>
    </message>
    <message>
        <source>{parts} not recorded</source>
        <translation>{parts} saknas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>First met</source>
        <translation>Första mötet</translation>
    </message>
    <message>
        <source>On the visit</source>
        <translation>Vid besöket</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
</context>
<context>
    <name>NewContactsPage</name>
    <message>
        <source>Organisation, country or visit (Ctrl+F)</source>
        <translation>Organisation, land eller besök (Ctrl+F)</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Visa…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
    <message>
        <source>“{name}” is no longer in the register.</source>
        <translation>”{name}” finns inte längre i registret.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact(s)</source>
        <translation>
            <numerusform>%Ln ny kontakt</numerusform>
            <numerusform>%Ln nya kontakter</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} av {total}</translation>
    </message>
    <message>
        <source>Organisations met on a visit whose interests in the cooperation, or the region&apos;s benefits from it, are not yet recorded. Record both for every new contact.</source>
        <translation>Organisationer som mötts vid ett besök och vars intressen i samarbetet, eller regionens nytta av det, ännu inte är angivna. Ange båda för varje ny kontakt.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Record what the organisation wants and what the region gains (Enter)</source>
        <translation>Ange vad organisationen vill och vad regionen vinner (Enter)</translation>
    </message>
    <message>
        <source>&amp;Record interests…</source>
        <translation>&amp;Ange intressen…</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>Kontorsprofil</translation>
    </message>
    <message>
        <source>Which office keeps this register? Its profile names the office and the body that decides on politicians&apos; participation, and gives the rules, themes and checklists. Everything can be changed later under Settings ▸ Office profile…</source>
        <translation>Vilket kontor för registret? Profilen anger kontorets namn och det organ som beslutar om förtroendevaldas deltagande, och ger reglerna, temana och checklistorna. Allt kan ändras senare under Inställningar ▸ Kontorsprofil…</translation>
    </message>
    <message>
        <source>The office profile names the office and the body that decides on politicians&apos; participation, and gives the rules, themes and checklists. A new profile evaluates every delegation again.</source>
        <translation>Kontorsprofilen anger kontorets namn och det organ som beslutar om förtroendevaldas deltagande, och ger reglerna, temana och checklistorna. En ny profil bedömer alla delegationer på nytt.</translation>
    </message>
    <message>
        <source>From a profile file…</source>
        <translation>Från en profilfil…</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>A new language shows the next time the program starts.</source>
        <translation>Ett nytt språk visas nästa gång programmet startas.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Use the &amp;program&apos;s</source>
        <translation>Använd &amp;programmets</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Kontor:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Letterhead:</source>
        <translation>Brevhuvud:</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Hoppa över</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Börja</translation>
    </message>
    <message>
        <source>Office profile file</source>
        <translation>Kontorsprofilfil</translation>
    </message>
    <message>
        <source>Office profiles (*.json);;All files (*)</source>
        <translation>Kontorsprofiler (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>{0} is not a usable office profile: {1}</source>
        <translation>{0} är ingen användbar kontorsprofil: {1}</translation>
    </message>
    <message>
        <source>Letterhead template</source>
        <translation>Brevmall</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word-dokument och mallar (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Brevhuvud</translation>
    </message>
    <message>
        <source>{0} cannot be the letterhead: {1}</source>
        <translation>{0} kan inte användas som brevhuvud: {1}</translation>
    </message>
    <message>
        <source>The office&apos;s own template ({0} kB)</source>
        <translation>Kontorets egen mall ({0} kB)</translation>
    </message>
    <message>
        <source>The program&apos;s template</source>
        <translation>Programmets mall</translation>
    </message>
    <message>
        <source>The office profile was not saved: {0}</source>
        <translation>Kontorsprofilen sparades inte: {0}</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>“{code}” is not a country code. Use the two-letter ISO code, for example SE, DK or CN.</source>
        <translation>”{code}” är ingen landskod. Använd den tvåbokstaviga ISO-koden, till exempel SE, DK eller CN.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Ange organisationens namn.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>For example: Medicon Valley Alliance</source>
        <translation>Till exempel: Medicon Valley Alliance</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>e.g. SE</source>
        <translation>t.ex. SE</translation>
    </message>
    <message>
        <source>&amp;Their interests:</source>
        <translation>&amp;Deras intressen:</translation>
    </message>
    <message>
        <source>What does the partner want out of the cooperation?</source>
        <translation>Vad vill partnern få ut av samarbetet?</translation>
    </message>
    <message>
        <source>Our &amp;benefits:</source>
        <translation>Vår &amp;nytta:</translation>
    </message>
    <message>
        <source>What benefits does the region see?</source>
        <translation>Vilken nytta ser regionen?</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Recorded</source>
        <translation>Angivet</translation>
    </message>
    <message>
        <source>New contact — interests not recorded</source>
        <translation>Ny kontakt — intressen inte angivna</translation>
    </message>
    <message>
        <source>Our benefits not recorded</source>
        <translation>Vår nytta inte angiven</translation>
    </message>
    <message>
        <source>Their interests not recorded</source>
        <translation>Deras intressen inte angivna</translation>
    </message>
    <message>
        <source>Their interests: {text}</source>
        <translation>Deras intressen: {text}</translation>
    </message>
    <message>
        <source>Our benefits: {text}</source>
        <translation>Vår nytta: {text}</translation>
    </message>
    <message numerus="yes">
        <source>{date} (over %n month(s) ago)</source>
        <translation>
            <numerusform>{date} (för över %n månad sedan)</numerusform>
            <numerusform>{date} (för över %n månader sedan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last visit or logged contact; none for %n month(s) is flagged.</source>
        <translation>
            <numerusform>Senaste besök eller registrerade kontakt; ingen på %n månad markeras.</numerusform>
            <numerusform>Senaste besök eller registrerade kontakt; ingen på %n månader markeras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Interests and benefits</source>
        <translation>Intressen och nytta</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Registrera kontakt…</translation>
    </message>
    <message>
        <source>Record a meeting, call, e-mail or video meeting with the organisation</source>
        <translation>Registrera ett möte, samtal, e-postmeddelande eller videomöte med organisationen</translation>
    </message>
    <message>
        <source>Con&amp;tacts…</source>
        <translation>Kon&amp;takter…</translation>
    </message>
    <message>
        <source>Every contact with the selected organisation</source>
        <translation>Alla kontakter med den valda organisationen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisationer</numerusform>
        </translation>
    </message>
    <message>
        <source>Name, kind, country or “not recorded” (Ctrl+F)</source>
        <translation>Namn, typ, land eller ”inte angivet” (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Partner region</source>
        <translation>Partnerregion</translation>
    </message>
    <message>
        <source>“{typed}” is not a partner region in the register. Did you mean “{meant}”?</source>
        <translation>”{typed}” finns inte som partnerregion i registret. Menade du ”{meant}”?</translation>
    </message>
    <message>
        <source>Use “{meant}”</source>
        <translation>Använd ”{meant}”</translation>
    </message>
    <message>
        <source>Keep “{typed}” as a new partner</source>
        <translation>Behåll ”{typed}” som ny partner</translation>
    </message>
    <message>
        <source>Give the delegation a title.</source>
        <translation>Ge delegationen en benämning.</translation>
    </message>
    <message>
        <source>The title {problem}.</source>
        <translation>Benämningen {problem}.</translation>
    </message>
    <message>
        <source>The partner region {problem}.</source>
        <translation>Partnerregionen {problem}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a country; type its name or its two-letter code (such as CN, SE, DK).</source>
        <translation>”{code}” är inget land; skriv landets namn eller dess tvåbokstaviga kod (som CN, SE, DK).</translation>
    </message>
    <message>
        <source>A theme needs letters or digits (such as Life science); not: {themes}.</source>
        <translation>Ett tema behöver bokstäver eller siffror (som Life science); inte: {themes}.</translation>
    </message>
    <message>
        <source>The delegation ends before it starts.</source>
        <translation>Delegationen slutar innan den börjar.</translation>
    </message>
    <message>
        <source>The notes {problem}.</source>
        <translation>Anteckningarna {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln day(s))</source>
        <translation>
            <numerusform>(%Ln dag)</numerusform>
            <numerusform>(%Ln dagar)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Benämning:</translation>
    </message>
    <message>
        <source>e.g. Business delegation to Jiangsu</source>
        <translation>t.ex. Näringslivsdelegation till Jiangsu</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Riktning:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Syfte:</translation>
    </message>
    <message>
        <source>Partner &amp;region:</source>
        <translation>Partnerreg&amp;ion:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>e.g. CN</source>
        <translation>t.ex. CN</translation>
    </message>
    <message>
        <source>Two-letter ISO 3166 country code, such as CN, SE or DK</source>
        <translation>Tvåbokstavig landskod enligt ISO 3166, som CN, SE eller DK</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>T&amp;eman:</translation>
    </message>
    <message>
        <source>e.g. life_science, health_care</source>
        <translation>t.ex. life_science, health_care</translation>
    </message>
    <message>
        <source>Comma-separated lowercase identifiers, such as life_science, ict</source>
        <translation>Identifierare med små bokstäver, åtskilda med kommatecken, som life_science, ict</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Initiativtagare</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>The initiator asked for &amp;political participation</source>
        <translation>Initiativtagaren bad om &amp;förtroendevaldas deltagande</translation>
    </message>
    <message>
        <source>Agr&amp;eement:</source>
        <translation>A&amp;vtal:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
</context>
<context>
    <name>ParticipantImportDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Import participant list</source>
        <translation>Importera deltagarlista</translation>
    </message>
    <message>
        <source>Participant lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Deltagarlistor (*.csv *.xlsx *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Läser {name}…</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(finns inte i filen)</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Kolumn {n}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s). Check the columns, then Review.</source>
        <translation>
            <numerusform>%Ln rad. Kontrollera kolumnerna och välj sedan Granska.</numerusform>
            <numerusform>%Ln rader. Kontrollera kolumnerna och välj sedan Granska.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds the participants&apos; names.</source>
        <translation>Välj den kolumn som innehåller deltagarnas namn.</translation>
    </message>
    <message>
        <source>Comparing with the register…</source>
        <translation>Jämför med registret…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln ny person</numerusform>
            <numerusform>%Ln nya personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln already in the register</source>
        <translation>
            <numerusform>, %Ln finns redan i registret</numerusform>
            <numerusform>, %Ln finns redan i registret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln row(s) with errors left out</source>
        <translation>
            <numerusform>; %Ln rad med fel utelämnas</numerusform>
            <numerusform>; %Ln rader med fel utelämnas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Inläsningen av filen avbröts.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with a header row</source>
        <translation>En CSV- eller Excelfil (.xlsx) med en rad med kolumnrubriker</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>Which column holds…</source>
        <translation>Vilken kolumn innehåller…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Si&amp;de:</source>
        <translation>&amp;Sida:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Filens första rader</translation>
    </message>
    <message>
        <source>Side for &amp;all:</source>
        <translation>Sida för &amp;alla:</translation>
    </message>
    <message>
        <source>For the rows whose file gives no side</source>
        <translation>För rader där filen inte anger sida</translation>
    </message>
    <message>
        <source>Role for a&amp;ll:</source>
        <translation>Roll för a&amp;lla:</translation>
    </message>
    <message>
        <source>For the rows whose file gives no role</source>
        <translation>För rader där filen inte anger roll</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Review &gt;</source>
        <translation>&amp;Granska &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>(needs a justification)</source>
        <translation>(behöver en motivering)</translation>
    </message>
    <message>
        <source>A home-side politician needs a justification of at least {minimum} characters (policy); this one has {length}.</source>
        <translation>En egen förtroendevald behöver en motivering på minst {minimum} tecken (policy); den här har {length}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not in the register of people.</source>
        <translation>”{key}” finns inte i personregistret.</translation>
    </message>
    <message>
        <source>the justification {problem}.</source>
        <translation>motiveringen {problem}.</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The person was not added: {reason}</source>
        <translation>Personen lades inte till: {reason}</translation>
    </message>
    <message>
        <source>Home-side politicians: {count}</source>
        <translation>Egna förtroendevalda: {count}</translation>
    </message>
    <message>
        <source>&amp;Add from register…</source>
        <translation>&amp;Lägg till från registret…</translation>
    </message>
    <message>
        <source>Pick people already in the register</source>
        <translation>Välj personer som redan finns i registret</translation>
    </message>
    <message>
        <source>Ne&amp;w person…</source>
        <translation>Ny &amp;person…</translation>
    </message>
    <message>
        <source>Add someone who is not in the register yet</source>
        <translation>Lägg till någon som ännu inte finns i registret</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Importera lista…</translation>
    </message>
    <message>
        <source>Add everyone on a participant list (CSV or Excel) sent by a partner or a cluster</source>
        <translation>Lägg till alla på en deltagarlista (CSV eller Excel) från en partner eller ett kluster</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected participants (Del)</source>
        <translation>Ta bort de markerade deltagarna (Del)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln personer</numerusform>
        </translation>
    </message>
    <message>
        <source>Name, kind, title, organisation or e-mail (Ctrl+F)</source>
        <translation>Namn, typ, titel, organisation eller e-post (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Ange personens namn.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>För- och efternamn</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>For example: Chair of the regional board</source>
        <translation>Till exempel: Regionstyrelsens ordförande</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>namn@exempel.se</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>e.g. +46 70 123 45 67</source>
        <translation>t.ex. +46 70 123 45 67</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Everyone in the register is already in this delegation. Use “New person…”.</source>
        <translation>Alla i registret finns redan i delegationen. Använd ”Ny person…”.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln person(s) shown. Ctrl+click picks several.</source>
        <translation>
            <numerusform>{shown} av %Ln person visas. Ctrl+klick väljer flera.</numerusform>
            <numerusform>{shown} av %Ln personer visas. Ctrl+klick väljer flera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add participants from the register</source>
        <translation>Lägg till deltagare från registret</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Name, title or organisation</source>
        <translation>Namn, titel eller organisation</translation>
    </message>
</context>
<context>
    <name>PersonPickerModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>PersonalDataCommands</name>
    <message>
        <source>&amp;Export personal data…</source>
        <translation>&amp;Exportera personuppgifter…</translation>
    </message>
    <message>
        <source>Write everything the register holds on one person (access request)</source>
        <translation>Skriv ut allt registret innehåller om en person (registerutdrag)</translation>
    </message>
    <message>
        <source>&amp;Erase person…</source>
        <translation>&amp;Radera person…</translation>
    </message>
    <message>
        <source>Remove a person&apos;s name, e-mail and title and the texts naming them</source>
        <translation>Ta bort en persons namn, e-post och titel och de texter som nämner personen</translation>
    </message>
    <message>
        <source>Due for &amp;review…</source>
        <translation>Dags för &amp;gallring…</translation>
    </message>
    <message>
        <source>The people kept longer than the retention period after their last visit</source>
        <translation>Personer som sparats längre än gallringsfristen efter sitt senaste besök</translation>
    </message>
    <message>
        <source>Your role on the server may not erase a person.</source>
        <translation>Din roll på servern får inte radera en person.</translation>
    </message>
    <message>
        <source>There are no people in the register.</source>
        <translation>Det finns inga personer i registret.</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exportera personuppgifter</translation>
    </message>
    <message>
        <source>Word letter (*.docx);;JSON (*.json)</source>
        <translation>Word-brev (*.docx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Language of the letter:</source>
        <translation>Brevets språk:</translation>
    </message>
    <message>
        <source>Gathering what the register holds…</source>
        <translation>Samlar det som registret innehåller…</translation>
    </message>
    <message>
        <source>The personal data was not written: {reason}</source>
        <translation>Personuppgifterna skrevs inte: {reason}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} har skrivits</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Radera person</translation>
    </message>
    <message>
        <source>Erasing {name}…</source>
        <translation>Raderar {name}…</translation>
    </message>
    <message>
        <source>Erase {name}? This cannot be undone.</source>
        <translation>Vill du radera {name}? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… och {count} till.</translation>
    </message>
    <message>
        <source>The backup {path} holds a name and is deleted.</source>
        <translation>Säkerhetskopian {path} innehåller ett namn och tas bort.</translation>
    </message>
    <message>
        <source>Erase these {count} people? Their participations stay, anonymous. This cannot be undone.</source>
        <translation>Vill du radera dessa {count} personer? Deras deltaganden finns kvar, anonymt. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>{name} was erased; the register now shows {label}.</source>
        <translation>{name} har raderats; registret visar nu {label}.</translation>
    </message>
    <message>
        <source>{count} people were erased.</source>
        <translation>{count} personer har raderats.</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <source>Erase people due for review</source>
        <translation>Radera personer som står på tur för gallring</translation>
    </message>
    <message>
        <source>Erasing {count} people…</source>
        <translation>Raderar {count} personer…</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Policy profile (read-only)</source>
        <translation>Policyprofil (skrivskyddad)</translation>
    </message>
    <message>
        <source>This register is open read-only, so its policy profile can be read but not changed.</source>
        <translation>Registret är öppnat skrivskyddat, så policyprofilen kan läsas men inte ändras.</translation>
    </message>
    <message>
        <source>These settings decide the criteria for politicians&apos; participation in every delegation. Saving evaluates every delegation again.</source>
        <translation>Inställningarna styr kriterierna för förtroendevaldas deltagande i varje delegation. När du sparar bedöms alla delegationer på nytt.</translation>
    </message>
    <message>
        <source>Restore the &amp;defaults of {0}</source>
        <translation>Återställ &amp;standardvärdena för {0}</translation>
    </message>
    <message>
        <source>Give the profile a name, such as “{0}”.</source>
        <translation>Ge profilen ett namn, som ”{0}”.</translation>
    </message>
    <message>
        <source>The name {problem}.</source>
        <translation>Namnet {problem}.</translation>
    </message>
    <message>
        <source>“{theme}” is in the list already.</source>
        <translation>”{theme}” finns redan i listan.</translation>
    </message>
    <message>
        <source>“{theme}” is not one of the themes of {office}; pick one from the list.</source>
        <translation>”{theme}” är inte ett av {office}s teman. Välj ett i listan.</translation>
    </message>
    <message>
        <source>Type a theme first.</source>
        <translation>Skriv ett tema först.</translation>
    </message>
    <message>
        <source>Evaluating every delegation against the policy…</source>
        <translation>Bedömer alla delegationer mot policyn…</translation>
    </message>
    <message>
        <source>Policy profile</source>
        <translation>Policyprofil</translation>
    </message>
    <message>
        <source>The policy was not saved: {0}</source>
        <translation>Policyn sparades inte: {0}</translation>
    </message>
    <message>
        <source>These settings decide the GRIP criteria for every delegation. Saving evaluates every delegation again.</source>
        <translation>Inställningarna styr GRIP-kriterierna för varje delegation. När du sparar bedöms alla delegationer på nytt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Shortest &amp;justification:</source>
        <translation>Kortaste &amp;motivering:</translation>
    </message>
    <message>
        <source>Characters, counted after trimming white space</source>
        <translation>Tecken, räknade utan inledande och avslutande blanksteg</translation>
    </message>
    <message>
        <source>Most &amp;politicians on an outbound trip:</source>
        <translation>Högst antal &amp;förtroendevalda på en utresa:</translation>
    </message>
    <message>
        <source>More home-side politicians than this is a large political delegation</source>
        <translation>Fler egna förtroendevalda än så är en stor politisk delegation</translation>
    </message>
    <message>
        <source>Fewest &amp;follow-up points in a memo:</source>
        <translation>Minsta antal &amp;uppföljningspunkter i ett PM:</translation>
    </message>
    <message>
        <source>Complete follow-up points (text, owner and due date) a visit memo must carry</source>
        <translation>Fullständiga uppföljningspunkter (text, ansvarig och datum) som ett besöks-PM måste innehålla</translation>
    </message>
    <message>
        <source>Priority &amp;themes:</source>
        <translation>Prioriterade &amp;teman:</translation>
    </message>
    <message>
        <source>Type part of a theme&apos;s name (Down lists them all)</source>
        <translation>Skriv en del av temats namn (pil ned visar alla)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Criteria applied</source>
        <translation>Kriterier som tillämpas</translation>
    </message>
    <message>
        <source>A criterion left out is shown as not applicable and never fails a delegation.</source>
        <translation>Ett kriterium som inte tillämpas visas som ej tillämpligt och underkänner aldrig en delegation.</translation>
    </message>
    <message>
        <source>Start from the &amp;rules of:</source>
        <translation>Utgå från &amp;reglerna för:</translation>
    </message>
    <message>
        <source>The criteria, thresholds and priority themes of a shipped office profile; nothing is saved until you press Save</source>
        <translation>Kriterierna, gränserna och de prioriterade temana i en medföljande kontorsprofil. Ingenting sparas förrän du trycker på Spara</translation>
    </message>
    <message>
        <source>&amp;Use these rules</source>
        <translation>&amp;Använd de här reglerna</translation>
    </message>
    <message>
        <source>The office&apos;s name, decision body, document language and letterhead are set under Settings ▸ Office profile…; choosing another office there brings its rules too.</source>
        <translation>Kontorets namn, beslutande organ, dokumentspråk och brevmall anges under Inställningar ▸ Kontorsprofil… Väljer du ett annat kontor där följer dess regler med.</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Programpunkt</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Motpart</translation>
    </message>
    <message>
        <source>it ends before it starts.</source>
        <translation>den slutar innan den börjar.</translation>
    </message>
    <message>
        <source>the title is empty.</source>
        <translation>benämningen är tom.</translation>
    </message>
    <message>
        <source>the title {problem}.</source>
        <translation>benämningen {problem}.</translation>
    </message>
    <message>
        <source>the venue {problem}.</source>
        <translation>platsen {problem}.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Lägg till punkt</translation>
    </message>
    <message>
        <source>Add a programme item on the delegation&apos;s first day</source>
        <translation>Lägg till en programpunkt på delegationens första dag</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected items (Del)</source>
        <translation>Ta bort de markerade punkterna (Del)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Titta i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typ:</translation>
    </message>
</context>
<context>
    <name>QtApp</name>
    <message>
        <source>The register cannot be opened.</source>
        <translation>Registret kan inte öppnas.</translation>
    </message>
    <message>
        <source>Open &amp;another register…</source>
        <translation>Öppna &amp;ett annat register…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Öppna register</translation>
    </message>
</context>
<context>
    <name>QuickPerson</name>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Ett namn behövs.</translation>
    </message>
    <message>
        <source>The name {problem}.</source>
        <translation>Namnet {problem}.</translation>
    </message>
    <message>
        <source>The title {problem}.</source>
        <translation>Titeln {problem}.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Chair of the regional board</source>
        <translation>Regionstyrelsens ordförande</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>{title} (read only)</source>
        <translation>{title} (skrivskyddat)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The record could not be saved: {reason}

Your changes are still here; try again.</source>
        <translation>Posten kunde inte sparas: {reason}

Dina ändringar finns kvar; försök igen.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ändringar som inte är sparade</translation>
    </message>
    <message>
        <source>You have changed this record. Save the changes?</source>
        <translation>Du har ändrat posten. Vill du spara ändringarna?</translation>
    </message>
    <message>
        <source>You have changed this record, but it cannot be saved as it is. Discard the changes?</source>
        <translation>Du har ändrat posten, men den kan inte sparas som den är. Vill du ignorera ändringarna?</translation>
    </message>
    <message>
        <source>Contains an invisible control character (U+{code}) at position {position}; delete it (it often comes along with pasted text).</source>
        <translation>Innehåller ett osynligt styrtecken (U+{code}) på position {position}; ta bort det (det följer ofta med inklistrad text).</translation>
    </message>
    <message>
        <source>Must be on one line.</source>
        <translation>Måste stå på en rad.</translation>
    </message>
    <message>
        <source>Is {count} characters long; at most {limit} are kept.</source>
        <translation>Är {count} tecken lång; högst {limit} sparas.</translation>
    </message>
    <message>
        <source>Has more than {count} accents or other marks in a row on one letter.</source>
        <translation>Har fler än {count} accenter eller andra tecken i rad på en bokstav.</translation>
    </message>
    <message>
        <source>Contains an invisible formatting character (U+{code}) at position {position}; delete it (it often comes along with pasted text).</source>
        <translation>Innehåller ett osynligt formateringstecken (U+{code}) på position {position}; ta bort det (det följer ofta med inklistrad text).</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (like name@example.org).</source>
        <translation>Det här ser inte ut som en e-postadress (som namn@exempel.se).</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Rad {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>RecordsSettings</name>
    <message>
        <source>A partner with no visit and no logged contact for this long is flagged in Organisations</source>
        <translation>En partner utan besök och utan registrerad kontakt så här länge markeras under Organisationer</translation>
    </message>
    <message>
        <source>{year} is the year (2026), {yy} its last two digits (26), {number} the document&apos;s number in the year; {number:04d} writes it with four digits (0007).</source>
        <translation>{year} är året (2026), {yy} dess två sista siffror (26), {number} dokumentets nummer under året; {number:04d} skriver det med fyra siffror (0007).</translation>
    </message>
    <message>
        <source>Flag a partner after:</source>
        <translation>Markera en partner efter:</translation>
    </message>
    <message>
        <source>Document &amp;references:</source>
        <translation>Dokumentens &amp;diarienummer:</translation>
    </message>
    <message>
        <source>A pattern is needed, e.g. {example}.</source>
        <translation>Ett mönster behövs, t.ex. {example}.</translation>
    </message>
    <message>
        <source>The pattern may use {year}, {yy} and {number} (e.g. %1), and nothing else in braces.</source>
        <translation>Mönstret kan använda {year}, {yy} och {number} (t.ex. %1), och inget annat inom klammerparenteser.</translation>
    </message>
    <message>
        <source>The pattern needs {number}, the document&apos;s number in the year (e.g. %1).</source>
        <translation>Mönstret behöver {number}, dokumentets nummer under året (t.ex. %1).</translation>
    </message>
    <message>
        <source>A reference is one line of at most %1 characters.</source>
        <translation>Ett diarienummer är en rad på högst %1 tecken.</translation>
    </message>
    <message numerus="yes">
        <source> month(s) without contact</source>
        <translation>
            <numerusform> månad utan kontakt</numerusform>
            <numerusform> månader utan kontakt</numerusform>
        </translation>
    </message>
    <message>
        <source>The next document would be {reference}; a reference can always be typed instead.</source>
        <translation>Nästa dokument får {reference}; ett annat diarienummer kan alltid skrivas in i stället.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>View…</source>
        <translation>Visa…</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Öppna den markerade posten (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete “{name}” from the register? This cannot be undone.</source>
        <translation>Vill du ta bort ”{name}” ur registret? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Kan inte ta bort</translation>
    </message>
    <message>
        <source>“{name}” cannot be deleted while it is used:

{uses}

Remove it there first.</source>
        <translation>”{name}” kan inte tas bort så länge den används:

{uses}

Ta först bort den där.</translation>
    </message>
    <message>
        <source>“{name}” cannot be deleted. {reason}</source>
        <translation>”{name}” kan inte tas bort. {reason}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Inte borttagen</translation>
    </message>
    <message>
        <source>“{name}” was not deleted: {reason}</source>
        <translation>”{name}” togs inte bort: {reason}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} av {total}</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Add a new record (Ctrl+N)</source>
        <translation>Lägg till en ny post (Ctrl+N)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Ta bort den markerade posten (Del)</translation>
    </message>
</context>
<context>
    <name>RegisterSafety</name>
    <message>
        <source>&amp;Back up register…</source>
        <translation>Säkerhets&amp;kopiera registret…</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Återställ från säker&amp;hetskopia…</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>någon</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>en annan dator</translation>
    </message>
    <message>
        <source>Read-only: {who} on {where} has had this register open since {since}.</source>
        <translation>Skrivskyddat: {who} på {where} har haft registret öppet sedan {since}.</translation>
    </message>
    <message>
        <source>Read-only: {who} on {where} has this register open.</source>
        <translation>Skrivskyddat: {who} på {where} har registret öppet.</translation>
    </message>
    <message>
        <source>That window no longer runs.</source>
        <translation>Det fönstret körs inte längre.</translation>
    </message>
    <message>
        <source>Read-only: your role on the server may read this register, not change it.</source>
        <translation>Skrivskyddat: din roll på servern får läsa registret men inte ändra det.</translation>
    </message>
    <message>
        <source>Read-only: another Delegation Planner window is editing this register.</source>
        <translation>Skrivskyddat: ett annat Delegation Planner-fönster redigerar registret.</translation>
    </message>
    <message>
        <source>Read-only: a window that no longer runs left its lock on this register.</source>
        <translation>Skrivskyddat: ett fönster som inte längre körs lämnade kvar sitt lås på registret.</translation>
    </message>
    <message>
        <source>Read-only: the folder holding the register cannot be written.</source>
        <translation>Skrivskyddat: mappen med registret är skrivskyddad.</translation>
    </message>
    <message>
        <source>Read-only: the register file is read-only.</source>
        <translation>Skrivskyddat: registerfilen är skrivskyddad.</translation>
    </message>
    <message>
        <source>Read-only: the file cannot be written.</source>
        <translation>Skrivskyddat: filen kan inte skrivas.</translation>
    </message>
    <message>
        <source>an earlier window</source>
        <translation>ett tidigare fönster</translation>
    </message>
    <message>
        <source>Register locked</source>
        <translation>Registret är låst</translation>
    </message>
    <message>
        <source>This register is still marked as open by {who}, but that window no longer runs (it probably stopped unexpectedly). Take over and open the register for editing?</source>
        <translation>Registret är fortfarande markerat som öppet av {who}, men det fönstret körs inte längre (det avslutades troligen oväntat). Vill du ta över och öppna registret för redigering?</translation>
    </message>
    <message>
        <source>The lock file {path} could not be removed. Ask whoever made it, or an administrator, to delete it; the register stays read-only until then.</source>
        <translation>Låsfilen {path} kunde inte tas bort. Be den som skapade den, eller en administratör, att ta bort den; registret förblir skrivskyddat till dess.</translation>
    </message>
    <message>
        <source>Back up register</source>
        <translation>Säkerhetskopiera registret</translation>
    </message>
    <message>
        <source>Register backups (*.sqlite3 *.bak *.db);;All files (*)</source>
        <translation>Säkerhetskopior av registret (*.sqlite3 *.bak *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose another file than the register itself.</source>
        <translation>Välj en annan fil än själva registret.</translation>
    </message>
    <message>
        <source>Backing up the register to {name}…</source>
        <translation>Säkerhetskopierar registret till {name}…</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}. No partial file was left.</source>
        <translation>Säkerhetskopian kunde inte skrivas: {reason}. Ingen halvfärdig fil lämnades kvar.</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Säkerhetskopierat till {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>This register is open read-only here, so it cannot be replaced from this window.</source>
        <translation>Registret är öppnat skrivskyddat här, så det kan inte ersättas från det här fönstret.</translation>
    </message>
    <message>
        <source>Replace the register {register} with the backup {backup}?

Everything entered since that backup was made will no longer be in the register. The register as it is now is kept as a backup beside it first.</source>
        <translation>Vill du ersätta registret {register} med säkerhetskopian {backup}?

Allt som registrerats sedan säkerhetskopian gjordes kommer inte längre att finnas i registret. Registret som det ser ut nu sparas först som en säkerhetskopia bredvid.</translation>
    </message>
    <message>
        <source>Save them before the backup replaces the register? What you save now stays in the copy of the register kept beside it.</source>
        <translation>Spara dem innan säkerhetskopian ersätter registret? Det du sparar nu finns kvar i kopian av registret som sparas bredvid.</translation>
    </message>
    <message>
        <source>Restoring the register from {name}…</source>
        <translation>Återställer registret från {name}…</translation>
    </message>
    <message>
        <source>an unexpected error stopped the restore</source>
        <translation>ett oväntat fel avbröt återställningen</translation>
    </message>
    <message>
        <source>Not restored: {reason}</source>
        <translation>Inte återställt: {reason}</translation>
    </message>
    <message>
        <source>The register was restored from {backup}. The register as it was is kept as {kept}.</source>
        <translation>Registret har återställts från {backup}. Registret som det var sparas som {kept}.</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Daglig säkerhetskopia</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Search title, partner, country, participants…</source>
        <translation>Sök benämning, partner, land, deltagare…</translation>
    </message>
    <message>
        <source>Dir&amp;ection:</source>
        <translation>&amp;Riktning:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Only delegations whose GRIP verdict is Fail or Warning</source>
        <translation>Endast delegationer vars GRIP-bedömning är Ej uppfyllt eller Observera</translation>
    </message>
    <message>
        <source>Needs a&amp;ttention</source>
        <translation>Kräver åt&amp;gärd</translation>
    </message>
    <message>
        <source>&amp;New delegation…</source>
        <translation>&amp;Ny delegation…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
</context>
<context>
    <name>ResultEditor</name>
    <message numerus="yes">
        <source>%Ln ticked</source>
        <translation>
            <numerusform>%Ln vald</numerusform>
            <numerusform>%Ln valda</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter what came of the visit (a short title).</source>
        <translation>Ange vad besöket ledde till (en kort benämning).</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Benämning:</translation>
    </message>
    <message>
        <source>For example: MoU with JITRI on clinical trials</source>
        <translation>Till exempel: Avsiktsförklaring med JITRI om kliniska prövningar</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Not known</source>
        <translation>&amp;Okänt</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eskrivning:</translation>
    </message>
    <message>
        <source>&amp;Led to by the delegations</source>
        <translation>&amp;Ledde fram från delegationerna</translation>
    </message>
    <message>
        <source>Filter delegations</source>
        <translation>Filtrera delegationer</translation>
    </message>
    <message>
        <source>Ticked only</source>
        <translation>Endast avbockade</translation>
    </message>
    <message>
        <source>With the &amp;organisations</source>
        <translation>Med &amp;organisationerna</translation>
    </message>
    <message>
        <source>Filter organisations</source>
        <translation>Filtrera organisationer</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>(no visit linked)</source>
        <translation>(inget besök kopplat)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegationer</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Record a new result (Ctrl+N)</source>
        <translation>Registrera ett nytt resultat (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln resultat</numerusform>
            <numerusform>%Ln resultat</numerusform>
        </translation>
    </message>
    <message>
        <source>Title, kind, delegation or organisation (Ctrl+F)</source>
        <translation>Benämning, typ, delegation eller organisation (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ReviewDateDialog</name>
    <message>
        <source>When is the agreement with {partner} next to be reviewed?</source>
        <translation>När ska avtalet med {partner} ses över nästa gång?</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Datum för översyn</translation>
    </message>
    <message>
        <source>&amp;Review on:</source>
        <translation>&amp;Översyn den:</translation>
    </message>
    <message>
        <source>&amp;No review planned</source>
        <translation>&amp;Ingen översyn planerad</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>already in the register: {name}</source>
        <translation>finns redan i registret: {name}</translation>
    </message>
    <message>
        <source>new person</source>
        <translation>ny person</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>error: {reason} (row {row})</source>
        <translation>fel: {reason} (rad {row})</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Namn i filen</translation>
    </message>
    <message>
        <source>Import will</source>
        <translation>Vid import</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Datum för översyn</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
</context>
<context>
    <name>SaveLocations</name>
    <message>
        <source>Wrote {name}</source>
        <translation>{name} är skriven</translation>
    </message>
    <message>
        <source>in {folder}</source>
        <translation>i {folder}</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Visa i &amp;mappen</translation>
    </message>
    <message>
        <source>No program to open {path} was found.</source>
        <translation>Det finns inget program som kan öppna {path}.</translation>
    </message>
</context>
<context>
    <name>ServerCommands</name>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Anslut till ser&amp;ver…</translation>
    </message>
    <message>
        <source>Open the office&apos;s shared register on its PostgreSQL server</source>
        <translation>Öppna kontorets gemensamma register på dess PostgreSQL-server</translation>
    </message>
    <message>
        <source>Save them before another register is opened?</source>
        <translation>Spara dem innan ett annat register öppnas?</translation>
    </message>
    <message>
        <source>Your role on the server may not change this.</source>
        <translation>Din roll på servern får inte ändra detta.</translation>
    </message>
    <message>
        <source>{who} saved a change on the server.</source>
        <translation>{who} sparade en ändring på servern.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Request received</source>
        <translation>Förfrågan mottagen</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>Under beredning</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <source>Mark &amp;completed</source>
        <translation>Markera som &amp;genomförd</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <source>Why (required when declined or cancelled)</source>
        <translation>Varför (krävs vid avböjd eller inställd)</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ä&amp;ndra</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Status (to close)</source>
        <translation>Status (att avsluta)</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>(inte sparad ännu)</translation>
    </message>
    <message>
        <source>The trip ended on {end}. Mark it completed?</source>
        <translation>Resan slutade den {end}. Vill du markera den som genomförd?</translation>
    </message>
    <message>
        <source>Start as</source>
        <translation>Börja som</translation>
    </message>
    <message>
        <source>{status} is final; copy the delegation for a new trip.</source>
        <translation>{status} är slutgiltigt; kopiera delegationen till en ny resa.</translation>
    </message>
    <message>
        <source>Say why: a reason is required to decline or cancel.</source>
        <translation>Ange varför: ett skäl krävs för att avböja eller ställa in.</translation>
    </message>
    <message>
        <source>It stays in the register but leaves the checklists, the reviews and the visit counts.</source>
        <translation>Den finns kvar i registret men lämnar checklistorna, genomgångarna och besöksräkningen.</translation>
    </message>
    <message>
        <source>The change is stored when you save the delegation.</source>
        <translation>Ändringen sparas när du sparar delegationen.</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <source>… and {count} more.</source>
        <translation>… och {count} till.</translation>
    </message>
</context>
<context>
    <name>ViewerCopies</name>
    <message>
        <source>Cannot open</source>
        <translation>Kan inte öppnas</translation>
    </message>
    <message>
        <source>No program is set up to open {name}. Use Save as… to keep it somewhere.</source>
        <translation>Inget program är inställt för att öppna {name}. Använd Spara som… för att spara den någonstans.</translation>
    </message>
</context>
<context>
    <name>VisitRuleDialog</name>
    <message>
        <source>Agreement visits</source>
        <translation>Besök enligt avtal</translation>
    </message>
    <message>
        <source>A visit counts toward an agreement&apos;s yearly minimum when it goes to the agreement&apos;s partner (or is linked to the agreement), and:</source>
        <translation>Ett besök räknas mot avtalets årliga minimum när det gäller avtalets partner (eller är kopplat till avtalet) och:</translation>
    </message>
    <message>
        <source>it is an &amp;outbound trip</source>
        <translation>det är en &amp;utresa</translation>
    </message>
    <message>
        <source>it is an &amp;inbound visit</source>
        <translation>det är en &amp;inresa</translation>
    </message>
    <message>
        <source>an o&amp;fficial</source>
        <translation>&amp;tjänsteperson</translation>
    </message>
    <message>
        <source>a &amp;politician</source>
        <translation>&amp;förtroendevald</translation>
    </message>
    <message>
        <source>only when the delegation is &amp;completed</source>
        <translation>endast när delegationen är &amp;genomförd</translation>
    </message>
    <message>
        <source>Direction (either)</source>
        <translation>Riktning (någon av)</translation>
    </message>
    <message>
        <source>A home-side participant who is (either)</source>
        <translation>En egen deltagare som är (något av)</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Annual &amp;report…</source>
        <translation>Års&amp;rapport…</translation>
    </message>
    <message>
        <source>Export register to E&amp;xcel…</source>
        <translation>Exportera register till E&amp;xcel…</translation>
    </message>
    <message>
        <source>Export c&amp;osts to Excel…</source>
        <translation>Exportera k&amp;ostnader till Excel…</translation>
    </message>
    <message>
        <source>Export programme to &amp;calendar…</source>
        <translation>Exportera programmet till &amp;kalender…</translation>
    </message>
    <message>
        <source>The selected delegation&apos;s programme as an .ics calendar</source>
        <translation>Den markerade delegationens program som en .ics-kalender</translation>
    </message>
    <message>
        <source>Write annual report</source>
        <translation>Skriv årsrapport</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Writing the annual report {year}…</source>
        <translation>Skriver årsrapporten {year}…</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Årsrapport</translation>
    </message>
    <message>
        <source>The annual report was not written: {reason}</source>
        <translation>Årsrapporten skrevs inte: {reason}</translation>
    </message>
    <message>
        <source>The annual report was cancelled; nothing was written.</source>
        <translation>Årsrapporten avbröts; ingenting skrevs.</translation>
    </message>
    <message>
        <source>Export register to Excel</source>
        <translation>Exportera register till Excel</translation>
    </message>
    <message>
        <source>Delegations.xlsx</source>
        <translation>Delegationer.xlsx</translation>
    </message>
    <message>
        <source>Delegations (filtered).xlsx</source>
        <translation>Delegationer (filtrerat).xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the register to {name}…</source>
        <translation>Exporterar registret till {name}…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <source>Export costs to Excel</source>
        <translation>Exportera kostnader till Excel</translation>
    </message>
    <message>
        <source>The costs of the delegations starting in:</source>
        <translation>Kostnaderna för delegationer som börjar:</translation>
    </message>
    <message>
        <source>Costs {year}.xlsx</source>
        <translation>Kostnader {year}.xlsx</translation>
    </message>
    <message>
        <source>Costs.xlsx</source>
        <translation>Kostnader.xlsx</translation>
    </message>
    <message>
        <source>Exporting the costs to {name}…</source>
        <translation>Exporterar kostnaderna till {name}…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exportera till Excel</translation>
    </message>
    <message>
        <source>The workbook was not written: {reason}</source>
        <translation>Arbetsboken skrevs inte: {reason}</translation>
    </message>
    <message>
        <source>Export programme to calendar</source>
        <translation>Exportera programmet till kalender</translation>
    </message>
    <message>
        <source>Select a delegation in the register first.</source>
        <translation>Markera först en delegation i registret.</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Kalendrar (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Skriver kalendern…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln programme item(s) written; open or import the file in any calendar.</source>
        <translation>
            <numerusform>%Ln programpunkt skriven; öppna eller importera filen i valfri kalender.</numerusform>
            <numerusform>%Ln programpunkter skrivna; öppna eller importera filen i valfri kalender.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar was not written: {reason}</source>
        <translation>Kalendern skrevs inte: {reason}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} har skrivits</translation>
    </message>
</context>
<context>
    <name>_CountWords</name>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln öppen</numerusform>
            <numerusform>%Ln öppna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln försenad</numerusform>
            <numerusform>%Ln försenade</numerusform>
        </translation>
    </message>
</context>
</TS>
