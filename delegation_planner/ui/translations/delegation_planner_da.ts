<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en_GB">
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Not recorded</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Themes separated by commas. The office&apos;s priority themes: {themes}</source>
        <translation>Temaer adskilt med komma. Kontorets prioriterede temaer: {themes}</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Bilag:</translation>
    </message>
    <message>
        <source>“{theme}” is not a theme: a theme needs letters or digits (for example Life science); separate themes with commas.</source>
        <translation>“{theme}” er ikke et tema: et tema skal have bogstaver eller tal (for eksempel Life science); adskil temaer med komma.</translation>
    </message>
    <message>
        <source>Enter the partner (for example Guangdong).</source>
        <translation>Angiv partneren (for eksempel Guangdong).</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>For example: Guangdong</source>
        <translation>For eksempel: Guangdong</translation>
    </message>
    <message>
        <source>&amp;Signed:</source>
        <translation>&amp;Underskrevet:</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Omfang:</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>&amp;Temaer:</translation>
    </message>
    <message>
        <source>For example: life_science, health_care</source>
        <translation>For eksempel: life_science, health_care</translation>
    </message>
    <message>
        <source>Official &amp;visits a year:</source>
        <translation>Embedsmands&amp;besøg om året:</translation>
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
        <translation>Ingen aftale kræver et mindste antal embedsmandsbesøg i {year}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {total} agreement(s) short of official visits in {year}.</source>
        <translation>
            <numerusform>%Ln aftale af {total} mangler embedsmandsbesøg i {year}.</numerusform>
            <numerusform>%Ln aftaler af {total} mangler embedsmandsbesøg i {year}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every agreement has its official visits in {year}.</source>
        <translation>Alle aftaler har fået deres embedsmandsbesøg i {year}.</translation>
    </message>
    <message>
        <source>No agreement is past its review date.</source>
        <translation>Ingen aftale har overskredet sin revisionsdato.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s) past the review date: review and set the next date.</source>
        <translation>
            <numerusform>%Ln aftale har overskredet revisionsdatoen: revidér den, og angiv næste dato.</numerusform>
            <numerusform>%Ln aftaler har overskredet revisionsdatoen: revidér dem, og angiv næste dato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>The review date could not be saved: {reason}</source>
        <translation>Revisionsdatoen kunne ikke gemmes: {reason}</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Official visits under agreements</source>
        <translation>Embedsmandsbesøg under aftaler</translation>
    </message>
    <message>
        <source>Set when the selected agreement is next reviewed</source>
        <translation>Angiv, hvornår den valgte aftale skal revideres næste gang</translation>
    </message>
    <message>
        <source>Set &amp;review date…</source>
        <translation>Angiv &amp;revisionsdato…</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Aftaler til revision</translation>
    </message>
    <message>
        <source>Record the next review date of the selected agreement</source>
        <translation>Angiv næste revisionsdato for den valgte aftale</translation>
    </message>
    <message>
        <source>Set review &amp;date…</source>
        <translation>Angiv revisions&amp;dato…</translation>
    </message>
</context>
<context>
    <name>AgreementFull</name>
    <message>
        <source>Letter of intent</source>
        <translation>Hensigtserklæring</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Samarbejdsaftale (MoU)</translation>
    </message>
    <message>
        <source>Binding agreement</source>
        <translation>Bindende aftale</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Forny</translation>
    </message>
    <message>
        <source>Renegotiate</source>
        <translation>Genforhandl</translation>
    </message>
    <message>
        <source>Let it expire</source>
        <translation>Lad den udløbe</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>e.g. the chair of the regional board; the vice governor</source>
        <translation>f.eks. regionsrådsformanden; vicegouvernøren</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>ingen udløbsdato</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Ikke besluttet</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>Who decided, and why</source>
        <translation>Hvem der besluttede, og hvorfor</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Tilføj aktivitet</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Fjern aktivitet</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Si&amp;gnatories:</source>
        <translation>Under&amp;skrivere:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;Udløber:</translation>
    </message>
    <message>
        <source>Re&amp;newal:</source>
        <translation>Forn&amp;yelse:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Besluttet den:</translation>
    </message>
    <message>
        <source>Renewal note:</source>
        <translation>Note om fornyelse:</translation>
    </message>
    <message>
        <source>Activity &amp;plan:</source>
        <translation>Aktivitets&amp;plan:</translation>
    </message>
    <message>
        <source>The agreement cannot expire before it was signed.</source>
        <translation>Aftalen kan ikke udløbe, før den er underskrevet.</translation>
    </message>
</context>
<context>
    <name>AgreementYearsModel</name>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>short by {count}</source>
        <translation>mangler {count}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Required visits</source>
        <translation>Krævede besøg</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>Gennemførte besøg</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen endnu</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Revisionsdato</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
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
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>Official visits/year</source>
        <translation>Embedsmandsbesøg/år</translation>
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
        <translation>&amp;Registrér kontakt…</translation>
    </message>
    <message>
        <source>Con&amp;tacts…</source>
        <translation>Kon&amp;takter…</translation>
    </message>
    <message>
        <source>Every contact logged under the selected agreement</source>
        <translation>Alle kontakter, der er registreret under den valgte aftale</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln aftale</numerusform>
            <numerusform>%Ln aftaler</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner, scope, theme or status (Ctrl+F)</source>
        <translation>Partner, omfang, tema eller status (Ctrl+F)</translation>
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
        <translation>Den årlige opfølgning med omkostningerne til regionsrådet. Den omfatter de delegationer, der begynder i året.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Journalnummer:</translation>
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
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tilføjet</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tilføj…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Gem s&amp;om…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Keep a file with this record: an invitation, a signed agreement, a decision letter, a photo</source>
        <translation>Gem en fil med posten: en invitation, en underskrevet aftale, et beslutningsbrev, et foto</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>Tilføj bilag</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Ikke tilføjet</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Gem bilag</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Gemmer {name}…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>{name} was not saved: {reason}</source>
        <translation>{name} blev ikke gemt: {reason}</translation>
    </message>
    <message>
        <source>name only</source>
        <translation>kun navnet</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>(endnu ikke gemt)</translation>
    </message>
    <message>
        <source>Listed in another office&apos;s file, which carries no files.</source>
        <translation>Opført i et andet kontors fil, som ikke indeholder filer.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Invitations, decision letters, programmes, photographs … kept inside the register, so they are in its backup. At most {limit} MB per file.</source>
        <translation>Invitationer, beslutningsbreve, programmer, fotografier … gemt i registret, så de er med i sikkerhedskopien. Højst {limit} MB pr. fil.</translation>
    </message>
    <message>
        <source>Documents written (memo, decision basis, briefing):</source>
        <translation>Skrevne dokumenter (notat, beslutningsgrundlag, rejsebriefing):</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>Bilag ({count})</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
</context>
<context>
    <name>Basis</name>
    <message>
        <source>Decision basis</source>
        <translation>Beslutningsgrundlag</translation>
    </message>
    <message>
        <source>Save the new delegation first, so the basis shows what is stored.</source>
        <translation>Gem den nye delegation først, så grundlaget viser det gemte.</translation>
    </message>
    <message>
        <source>Save first so the basis shows what is stored.</source>
        <translation>Gem først, så grundlaget viser det gemte.</translation>
    </message>
    <message>
        <source>Write decision basis</source>
        <translation>Skriv beslutningsgrundlag</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
    <message>
        <source>Writing the decision basis…</source>
        <translation>Skriver beslutningsgrundlaget…</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Ikke skrevet</translation>
    </message>
    <message>
        <source>The decision basis could not be written to {path}: {reason}.</source>
        <translation>Beslutningsgrundlaget kunne ikke skrives til {path}: {reason}.</translation>
    </message>
    <message>
        <source>Decision basis written</source>
        <translation>Beslutningsgrundlaget er skrevet</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Checking the register {name} before it is opened: it has not been checked on this computer since it last changed (after a crash, for example), so it is read through once. A large register takes a few seconds.</source>
        <translation>Registret {name} kontrolleres, før det åbnes: det er ikke blevet kontrolleret på denne computer, siden det sidst blev ændret (for eksempel efter et nedbrud), så det læses igennem én gang. Et stort register tager nogle få sekunder.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Dage før</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Udført den</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (overskredet)</translation>
    </message>
    <message>
        <source>say what is to be done.</source>
        <translation>angiv, hvad der skal gøres.</translation>
    </message>
    <message>
        <source>the text {problem}.</source>
        <translation>teksten {problem}.</translation>
    </message>
    <message>
        <source>the owner {problem}.</source>
        <translation>den ansvarlige {problem}.</translation>
    </message>
    <message>
        <source>Ticked by itself when the decision on political participation is recorded.</source>
        <translation>Krydses af automatisk, når beslutningen om politisk deltagelse registreres.</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <source>Every template item is already in the list.</source>
        <translation>Alle punkter fra skabelonen er allerede på listen.</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} af {total} udført</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln overdue</source>
        <translation>
            <numerusform> · %Ln overskredet</numerusform>
            <numerusform> · %Ln overskredne</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Tilføj punkt</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the selected items (Del)</source>
        <translation>Fjern de valgte punkter (Del)</translation>
    </message>
    <message>
        <source>Add &amp;template items</source>
        <translation>Tilføj punkter fra &amp;skabelonen</translation>
    </message>
    <message>
        <source>Add the items of this direction&apos;s template that the list does not have yet</source>
        <translation>Tilføj de punkter fra skabelonen for denne retning, som listen endnu ikke har</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateModel</name>
    <message>
        <source>Row {row}: the item has no text.</source>
        <translation>Række {row}: punktet har ingen tekst.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teksten</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>den ansvarlige</translation>
    </message>
    <message>
        <source>Row {row}: the {field} {problem}.</source>
        <translation>Række {row}: {field} {problem}.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Dage før</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>Afkrydses</translation>
    </message>
    <message>
        <source>Ticked by the program itself as soon as the decision on political participation is recorded.</source>
        <translation>Krydses af automatisk, så snart beslutningen om politisk deltagelse registreres.</translation>
    </message>
    <message>
        <source>⚙ Automatically (decision recorded)</source>
        <translation>⚙ Automatisk (beslutning registreret)</translation>
    </message>
    <message>
        <source>⚙ Automatically</source>
        <translation>⚙ Automatisk</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuelt</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplatesDialog</name>
    <message>
        <source>Checklist templates (read-only)</source>
        <translation>Tjeklisteskabeloner (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>Tjeklisteskabeloner</translation>
    </message>
    <message>
        <source>The templates were not saved: {0}</source>
        <translation>Skabelonerne blev ikke gemt: {0}</translation>
    </message>
    <message>
        <source>The items every new delegation&apos;s checklist starts with. An item is due the given number of days before the delegation starts.</source>
        <translation>De punkter, som hver ny delegations tjekliste begynder med. Et punkt skal være udført det angivne antal dage, før delegationen begynder.</translation>
    </message>
    <message>
        <source>&amp;Outbound</source>
        <translation>&amp;Udrejse</translation>
    </message>
    <message>
        <source>&amp;Inbound</source>
        <translation>&amp;Modtagelse</translation>
    </message>
    <message>
        <source>Add an item below the selected one (Ins)</source>
        <translation>Tilføj et punkt under det valgte (Ins)</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Tilføj punkt</translation>
    </message>
    <message>
        <source>Remove the selected item (Del)</source>
        <translation>Fjern det valgte punkt (Del)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Flyt det valgte punkt op (Alt+Op)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Flyt det valgte punkt ned (Alt+Ned)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flyt &amp;ned</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Ændret af en anden</translation>
    </message>
    <message>
        <source>{who} changed this delegation at {when}, after you opened it.</source>
        <translation>{who} ændrede delegationen {when}, efter at du åbnede den.</translation>
    </message>
    <message>
        <source>This delegation was changed elsewhere after you opened it.</source>
        <translation>Delegationen er blevet ændret et andet sted, efter at du åbnede den.</translation>
    </message>
    <message>
        <source>It has since been deleted. Keep mine stores your version again.</source>
        <translation>Den er siden blevet slettet. Behold min gemmer din version igen.</translation>
    </message>
    <message>
        <source>Reload shows their version (your edits here are dropped). Keep mine saves your version over theirs (theirs stays in the history). Compare shows both first.</source>
        <translation>Indlæs igen viser deres version (dine ændringer her kasseres). Behold min gemmer din version oven i deres (deres bliver i historikken). Sammenlign viser begge først.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Indlæs igen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Sammenlign</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Behold min</translation>
    </message>
    <message>
        <source>Their version and yours are the same in every field.</source>
        <translation>Deres version og din er ens i alle felter.</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Din:</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>Deres:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøgle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
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
        <translation>Temaer</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Omkostninger</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Follow-up points</source>
        <translation>Opfølgningspunkter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
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
        <translation>&amp;Forbind</translation>
    </message>
    <message>
        <source>The address begins with postgresql:// (for example {example}).</source>
        <translation>Adressen begynder med postgresql:// (for eksempel {example}).</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Forbind til server</translation>
    </message>
    <message>
        <source>Open the office&apos;s shared register on its PostgreSQL server. Paste the address your IT department gave you, or fill in the parts.</source>
        <translation>Åbn kontorets fælles register på dets PostgreSQL-server. Indsæt adressen, du har fået af IT-afdelingen, eller udfyld delene.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
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
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Adgangs&amp;kode:</translation>
    </message>
    <message>
        <source>Leave the password empty if the server knows you by your Windows login or your password is in the PostgreSQL password file. A typed password is used for this session only and is never saved.</source>
        <translation>Lad adgangskoden være tom, hvis serveren kender dig via dit Windows-login, eller hvis adgangskoden står i PostgreSQL&apos;s adgangskodefil. En indtastet adgangskode bruges kun i denne session og gemmes aldrig.</translation>
    </message>
    <message>
        <source>Details from the server</source>
        <translation>Meddelelse fra serveren</translation>
    </message>
    <message>
        <source>The server&apos;s own message, for whoever looks after the server</source>
        <translation>Serverens egen meddelelse til den, der driver serveren</translation>
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
        <translation>Registrér en kontakt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>e.g. Anna Svensson; Dr Li (JITRI)</source>
        <translation>f.eks. Anne Hansen; dr. Li (JITRI)</translation>
    </message>
    <message>
        <source>What was said and agreed</source>
        <translation>Hvad der blev sagt og aftalt</translation>
    </message>
    <message>
        <source>Add &amp;point</source>
        <translation>Tilføj &amp;punkt</translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation>Fjern punkt</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>Af&amp;tale:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation>&amp;Deltagere:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumé:</translation>
    </message>
    <message>
        <source>Follow-up points (shown in the Follow-up overview):</source>
        <translation>Opfølgningspunkter (vises i oversigten Opfølgning):</translation>
    </message>
    <message>
        <source>Choose the organisation (add it under Organisations first).</source>
        <translation>Vælg organisationen (tilføj den først under Organisationer).</translation>
    </message>
    <message>
        <source>The summary is too long.</source>
        <translation>Resuméet er for langt.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>ContactKind</name>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation>Videomøde</translation>
    </message>
</context>
<context>
    <name>ContactLogDialog</name>
    <message>
        <source>Contacts under the agreement with {partner}</source>
        <translation>Kontakter under aftalen med {partner}</translation>
    </message>
    <message>
        <source>Contacts with {name}</source>
        <translation>Kontakter med {name}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <source>Open points</source>
        <translation>Åbne punkter</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Registrér kontakt…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Slet kontakt</translation>
    </message>
    <message>
        <source>Delete the contact of {date} and its follow-up points?</source>
        <translation>Vil du slette kontakten den {date} og dens opfølgningspunkter?</translation>
    </message>
</context>
<context>
    <name>CopyDelegationDialog</name>
    <message>
        <source>Copy for a new trip</source>
        <translation>Kopiér til en ny rejse</translation>
    </message>
    <message>
        <source>A new delegation is made from “{title}”: the same title, purpose, partner, themes and participants (without their justifications), the programme moved to the new dates, the planned costs and a fresh checklist. No decision, actual costs or follow-up points are copied.</source>
        <translation>En ny delegation oprettes ud fra “{title}”: samme betegnelse, formål, partner, temaer og deltagere (uden begrundelser), programmet flyttet til de nye datoer, budgettet og en ny tjekliste. Ingen beslutning, intet forbrug og ingen opfølgningspunkter kopieres.</translation>
    </message>
    <message>
        <source>New &amp;start:</source>
        <translation>Ny &amp;start:</translation>
    </message>
    <message numerus="yes">
        <source>The trip keeps its length: %n day(s).</source>
        <translation>
            <numerusform>Rejsen beholder sin længde: %n dag.</numerusform>
            <numerusform>Rejsen beholder sin længde: %n dage.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
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
        <translation>Forbrug</translation>
    </message>
    <message>
        <source>Actual − planned</source>
        <translation>Forbrug − budget</translation>
    </message>
    <message>
        <source>Spent beyond the plan when positive, under it when negative</source>
        <translation>Positivt: over budget. Negativt: under budget.</translation>
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
        <translation>Forbrug</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>the currency is missing.</source>
        <translation>valuta mangler.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code (such as SEK, DKK, EUR, CNY).</source>
        <translation>“{code}” er ikke en valutakode efter ISO 4217 (som SEK, DKK, EUR, CNY).</translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message>
        <source>Costs</source>
        <translation>Omkostninger</translation>
    </message>
    <message>
        <source>{currency} — planned {planned} · actual {actual}</source>
        <translation>{currency} — budget {planned} · forbrug {actual}</translation>
    </message>
    <message>
        <source>No costs recorded.</source>
        <translation>Ingen omkostninger registreret.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>&amp;Add cost line</source>
        <translation>&amp;Tilføj omkostningslinje</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the selected lines (Del)</source>
        <translation>Fjern de valgte linjer (Del)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Open delegation</source>
        <translation>&amp;Åbn delegation</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>The overview could not be read: {0}</source>
        <translation>Overblikket kunne ikke læses: {0}</translation>
    </message>
    <message>
        <source>The register has no delegations yet. Start with Delegations ▸ New delegation, File ▸ Import… an interchange file, or look around in Help ▸ Open demo register.</source>
        <translation>Registret har endnu ingen delegationer. Begynd med Delegation ▸ Ny delegation, Filer ▸ Importér… en udvekslingsfil, eller se dig omkring i Hjælp ▸ Åbn demoregister.</translation>
    </message>
    <message>
        <source>Trips in the next {days} days: {trips}, of which {missing} still miss something · Overdue follow-up points: {overdue} · Costs and charts: {year}</source>
        <translation>Rejser de næste {days} dage: {trips}, heraf mangler {missing} noget · Overskredne opfølgningspunkter: {overdue} · Omkostninger og diagrammer: {year}</translation>
    </message>
    <message>
        <source>Drawn as in the annual report</source>
        <translation>Tegnet som i årsrapporten</translation>
    </message>
    <message>
        <source>Next &amp;trips and what they still miss</source>
        <translation>Kommende &amp;rejser og hvad der mangler</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the delegation</source>
        <translation>Dobbeltklik eller tryk Enter for at åbne delegationen</translation>
    </message>
    <message>
        <source>O&amp;verdue follow-up points</source>
        <translation>&amp;Overskredne opfølgningspunkter</translation>
    </message>
    <message>
        <source>Costs this &amp;year against plan</source>
        <translation>Årets &amp;omkostninger mod budget</translation>
    </message>
</context>
<context>
    <name>DatabaseTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
</context>
<context>
    <name>DaysBeforeDelegate</name>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
</context>
<context>
    <name>DecisionHistoryModel</name>
    <message>
        <source>Recorded</source>
        <translation>Registreret</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besluttet den</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Journalnummer</translation>
    </message>
    <message>
        <source>Conditions / note</source>
        <translation>Betingelser/note</translation>
    </message>
    <message>
        <source>Withdrawn (no decision)</source>
        <translation>Trukket tilbage (ingen beslutning)</translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <source>Save the delegation and keep it open (Ctrl+S)</source>
        <translation>Gem delegationen, og hold den åben (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and c&amp;lose</source>
        <translation>Gem og l&amp;uk</translation>
    </message>
    <message>
        <source>Save the delegation and close it</source>
        <translation>Gem delegationen, og luk den</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Read only.</source>
        <translation>Skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Cannot save yet: see {tabs}.</source>
        <translation>Kan endnu ikke gemmes: se {tabs}.</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Ny delegation</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>The delegation was not saved: {reason}

Your changes are still here; try Save again.</source>
        <translation>Delegationen blev ikke gemt: {reason}

Dine ændringer er her stadig; prøv at gemme igen.</translation>
    </message>
    <message>
        <source>{who} has just saved a newer version of this delegation.</source>
        <translation>{who} har netop gemt en nyere version af delegationen.</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Kan ikke indlæse igen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <source>Save the changes to this delegation before closing?</source>
        <translation>Vil du gemme ændringerne i delegationen, før du lukker?</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
</context>
<context>
    <name>DelegationsModel</name>
    <message>
        <source>Title</source>
        <translation>Betegnelse</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
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
        <translation>Formål</translation>
    </message>
    <message>
        <source>Politicians</source>
        <translation>Politikere</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The verdict on politicians&apos; participation as last evaluated; open the delegation for the criteria.</source>
        <translation>Vurderingen af politikernes deltagelse, som den sidst blev foretaget; åbn delegationen for at se kriterierne.</translation>
    </message>
    <message>
        <source>{title}
Key: {key}</source>
        <translation>{title}
Nøgle: {key}</translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>&amp;New delegation…</source>
        <translation>&amp;Ny delegation…</translation>
    </message>
    <message>
        <source>&amp;Open delegation</source>
        <translation>&amp;Åbn delegation</translation>
    </message>
    <message>
        <source>&amp;Delete delegation…</source>
        <translation>&amp;Slet delegation…</translation>
    </message>
    <message>
        <source>&amp;Copy for a new trip…</source>
        <translation>Kopiér til en ny &amp;rejse…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>S&amp;øg</translation>
    </message>
    <message>
        <source>Plan a new delegation (Ctrl+N)</source>
        <translation>Planlæg en ny delegation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Only delegations whose verdict ({0}) is Fail or Warning</source>
        <translation>Kun delegationer, hvis vurdering ({0}) er Ikke opfyldt eller Bemærk</translation>
    </message>
    <message>
        <source>Open the selected delegation (Enter)</source>
        <translation>Åbn den valgte delegation (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected delegation (Del)</source>
        <translation>Slet den valgte delegation (Del)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Only delegations with this status</source>
        <translation>Kun delegationer med denne status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>To close (trip over)</source>
        <translation>Til afslutning (rejsen er slut)</translation>
    </message>
    <message>
        <source>Show a&amp;rchive</source>
        <translation>Vis a&amp;rkivet</translation>
    </message>
    <message>
        <source>Also completed, declined and cancelled delegations from before last year. Without it the register shows open delegations and those of this year and last.</source>
        <translation>Også gennemførte, afslåede og aflyste delegationer fra før sidste år. Uden det viser registret åbne delegationer og dem fra i år og sidste år.</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegationer</translation>
    </message>
    <message>
        <source>The register could not be read: {0}</source>
        <translation>Registret kunne ikke læses: {0}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln delegation(s)</source>
        <translation>
            <numerusform>{shown} af %Ln delegation</numerusform>
            <numerusform>{shown} af %Ln delegationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln delegation(s) (the rest in the archive)</source>
        <translation>
            <numerusform>{shown} af %Ln delegation (resten i arkivet)</numerusform>
            <numerusform>{shown} af %Ln delegationer (resten i arkivet)</numerusform>
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
        <translation>Ingen delegationer endnu — Filer ▸ Importér, Ny delegation eller Hjælp ▸ Åbn demoregister.</translation>
    </message>
    <message>
        <source>No delegation matches the search and filters.</source>
        <translation>Ingen delegation passer til søgningen og filtrene.</translation>
    </message>
    <message>
        <source>Select a delegation to see it summarised here.</source>
        <translation>Vælg en delegation for at se et resumé her.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Å&amp;bn</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Copy delegation</source>
        <translation>Kopiér delegation</translation>
    </message>
    <message numerus="yes">
        <source>Its %n attached file(s) are deleted as well; save any you need first.</source>
        <translation>
            <numerusform>Dens %n vedhæftede fil slettes også; gem den først, hvis du har brug for den.</numerusform>
            <numerusform>Dens %n vedhæftede filer slettes også; gem først dem, du har brug for.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>Slet delegation</translation>
    </message>
    <message>
        <source>Delete the delegation “{title}”?

Its participants, programme, costs and follow-up points are deleted with it. This cannot be undone.</source>
        <translation>Vil du slette delegationen “{title}”?

Dens deltagere, program, omkostninger og opfølgningspunkter slettes med den. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøgle</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <source>Politicians (home side)</source>
        <translation>Egne politikere</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>not evaluated yet</source>
        <translation>endnu ikke vurderet</translation>
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
        <translation>Dage tilbage</translation>
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
        <translation>Åbne punkter</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Failing criteria</source>
        <translation>Ikke opfyldte kriterier</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln overdue</source>
        <translation>
            <numerusform>⚠ %Ln overskredet</numerusform>
            <numerusform>⚠ %Ln overskredne</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>i morgen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Participation not justified</source>
        <translation>Deltagelsen er ikke begrundet</translation>
    </message>
    <message>
        <source>Large political delegation</source>
        <translation>Stor politisk delegation</translation>
    </message>
    <message>
        <source>Not initiated from below</source>
        <translation>Ikke taget initiativ til nedefra</translation>
    </message>
    <message>
        <source>No {0} before the start</source>
        <translation>Ingen {0} før starten</translation>
    </message>
    <message>
        <source>Outside the priority themes</source>
        <translation>Uden for de prioriterede temaer</translation>
    </message>
</context>
<context>
    <name>DeparturesPage</name>
    <message>
        <source>&amp;Open delegation</source>
        <translation>&amp;Åbn delegation</translation>
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
            <numerusform>Ingen delegation begynder inden for %Ln dag.</numerusform>
            <numerusform>Ingen delegation begynder inden for de næste %Ln dage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review could not be read: {0}</source>
        <translation>Gennemgangen kunne ikke læses: {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
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
            <numerusform>, ⚠ %Ln med overskredne punkter</numerusform>
            <numerusform>, ⚠ %Ln med overskredne punkter</numerusform>
        </translation>
    </message>
    <message>
        <source>Next later: “{title}”, in {days} days ({date})</source>
        <translation>Næste derefter: »{title}«, om {days} dage ({date})</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>Select a delegation to see what it still needs.</source>
        <translation>Vælg en delegation for at se, hvad der mangler.</translation>
    </message>
    <message>
        <source>⚠ overdue</source>
        <translation>⚠ overskredet</translation>
    </message>
    <message>
        <source>Write briefing</source>
        <translation>Skriv rejsebriefing</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
    <message>
        <source>Writing the briefing…</source>
        <translation>Skriver rejsebriefingen…</translation>
    </message>
    <message>
        <source>Briefing written</source>
        <translation>Rejsebriefingen er skrevet</translation>
    </message>
    <message>
        <source>The briefing was not written: {0}</source>
        <translation>Rejsebriefingen blev ikke skrevet: {0}</translation>
    </message>
    <message>
        <source>Delegations starting in the &amp;next</source>
        <translation>Delegationer, der begynder inden for de &amp;næste</translation>
    </message>
    <message>
        <source>How far ahead to look, in days from today</source>
        <translation>Hvor langt frem der skal ses, i dage fra i dag</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>Open the selected delegation (Enter)</source>
        <translation>Åbn den valgte delegation (Enter)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>&amp;Journalnummer:</translation>
    </message>
    <message>
        <source>Write the pre-trip briefing of the selected delegation as a Word document</source>
        <translation>Skriv rejsebriefingen for den valgte delegation som et Word-dokument</translation>
    </message>
    <message>
        <source>&amp;Write briefing…</source>
        <translation>Skriv rejse&amp;briefing…</translation>
    </message>
</context>
<context>
    <name>DocumentRegister</name>
    <message>
        <source>Visit memo</source>
        <translation>Besøgsnotat</translation>
    </message>
    <message>
        <source>Decision basis</source>
        <translation>Beslutningsgrundlag</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Rejsebriefing</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Årsrapport</translation>
    </message>
    <message>
        <source>The reference (Dnr, diarium or journal number) printed on the document and logged with it. Left empty, {reference} is used, from the office profile&apos;s pattern.</source>
        <translation>Journalnummeret, der skrives på dokumentet og registreres med det. Står feltet tomt, bruges {reference} efter kontorprofilens mønster.</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Ikke journaliseret</translation>
    </message>
    <message>
        <source>{name} was written, but could not be logged in the document register: {reason}</source>
        <translation>{name} er skrevet, men kunne ikke føres ind i dokumentregistret: {reason}</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Journalnummer</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>Åbn &amp;igen</translation>
    </message>
    <message>
        <source>&amp;Reference for the next document:</source>
        <translation>&amp;Journalnummer til næste dokument:</translation>
    </message>
    <message>
        <source>proposed: {reference}</source>
        <translation>forslag: {reference}</translation>
    </message>
</context>
<context>
    <name>DocumentSettings</name>
    <message>
        <source>Case officer</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Name on visit memos and decision bases (empty: {0}):</source>
        <translation>Navn på besøgsnotater og beslutningsgrundlag (tomt: {0}):</translation>
    </message>
    <message>
        <source>Duty phone</source>
        <translation>Vagttelefon</translation>
    </message>
    <message>
        <source>The office&apos;s phone for emergencies, printed in every briefing:</source>
        <translation>Kontorets telefon til nødsituationer, trykt i hver rejsebriefing:</translation>
    </message>
</context>
<context>
    <name>DueForReviewDialog</name>
    <message>
        <source>Due for review</source>
        <translation>Klar til gennemgang</translation>
    </message>
    <message>
        <source>Keep people for</source>
        <translation>Behold personer i</translation>
    </message>
    <message>
        <source> years after their last visit</source>
        <translation> år efter deres seneste besøg</translation>
    </message>
    <message>
        <source>&amp;Erase all listed…</source>
        <translation>&amp;Slet alle på listen…</translation>
    </message>
    <message>
        <source>{count} people took part in no visit in the last {years} years.</source>
        <translation>{count} personer har ikke deltaget i noget besøg inden for de seneste {years} år.</translation>
    </message>
    <message>
        <source>Nobody is due: everyone took part in a visit in the last {years} years.</source>
        <translation>Ingen står for tur: alle har deltaget i et besøg inden for de seneste {years} år.</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Last visit ended</source>
        <translation>Seneste besøg sluttede</translation>
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
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>From visit</source>
        <translation>Fra besøget</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (overskredet)</translation>
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
        <translation>Åben delegation</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message numerus="yes">
        <source>%n open delegation(s) have changes that are not saved:</source>
        <translation>
            <numerusform>%n åben delegation har ændringer, der ikke er gemt:</numerusform>
            <numerusform>%n åbne delegationer har ændringer, der ikke er gemt:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <source>Something went wrong, and what you were doing may not have been finished. What you saved before is safe, and you can go on working.

If it happens again, copy the details and send them with a few words on what you were doing to whoever looks after the program for your office.</source>
        <translation>Noget gik galt, og det, du var i gang med, er måske ikke blevet gjort færdigt. Det, du har gemt tidligere, er i behold, og du kan arbejde videre.

Hvis det sker igen, så kopiér detaljerne, og send dem med et par ord om, hvad du var i gang med, til den, der har ansvaret for programmet på jeres kontor.</translation>
    </message>
    <message>
        <source>The program&apos;s log is in %1</source>
        <translation>Programmets log ligger i %1</translation>
    </message>
    <message>
        <source>The program could not write its log file this time.</source>
        <translation>Programmet kunne ikke skrive sin logfil denne gang.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiér detaljer</translation>
    </message>
    <message>
        <source>Open log &amp;folder</source>
        <translation>Åbn log&amp;mappen</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Kopieret</translation>
    </message>
</context>
<context>
    <name>FileTransfer</name>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importerer {name}…</translation>
    </message>
    <message>
        <source>{name} was not imported: {reason}</source>
        <translation>{name} blev ikke importeret: {reason}</translation>
    </message>
    <message>
        <source>Imported {name}:
{summary}.</source>
        <translation>{name} er importeret:
{summary}.</translation>
    </message>
    <message>
        <source>The import of {name} was cancelled; the register is unchanged.</source>
        <translation>Importen af {name} blev annulleret; registret er uændret.</translation>
    </message>
    <message>
        <source>… and more problems after these.</source>
        <translation>… og flere fejl efter disse.</translation>
    </message>
    <message>
        <source>{name} was not imported; nothing was changed.</source>
        <translation>{name} blev ikke importeret; intet blev ændret.</translation>
    </message>
    <message>
        <source>This is not an interchange file (a delegation-planner JSON file).</source>
        <translation>Dette er ikke en udvekslingsfil (en JSON-fil fra Delegation Planner).</translation>
    </message>
    <message>
        <source>The file has {count} problems; the first is:
{first}</source>
        <translation>Filen har {count} fejl; den første er:
{first}</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Eksporterer til {name}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Kan ikke skrive {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>incomplete</source>
        <translation>ufuldstændig</translation>
    </message>
    <message>
        <source>what is to be done</source>
        <translation>hvad der skal gøres</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>en ansvarlig</translation>
    </message>
    <message>
        <source>a due date</source>
        <translation>en frist</translation>
    </message>
    <message>
        <source>Incomplete: it has no {parts}.</source>
        <translation>Ufuldstændig: mangler {parts}.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overskredet</translation>
    </message>
    <message>
        <source>Activity plan of the agreement with {partner}</source>
        <translation>Aktivitetsplan for aftalen med {partner}</translation>
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
        <translation>(ingen tekst)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(ingen ansvarlig)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
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
        <translation>{title}, begynder {start}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afsluttet den</translation>
    </message>
    <message>
        <source>Tick a point when it is done (Space); untick to open it again.</source>
        <translation>Sæt kryds ved et punkt, når det er udført (mellemrum); fjern krydset for at åbne det igen.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle ansvarlige</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alle partnere</translation>
    </message>
    <message>
        <source>Point or delegation (Ctrl+F)</source>
        <translation>Punkt eller delegation (Ctrl+F)</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke ændret</translation>
    </message>
    <message>
        <source>That follow-up point no longer exists; it may have been removed in the delegation.</source>
        <translation>Opfølgningspunktet findes ikke længere; det kan være fjernet i delegationen.</translation>
    </message>
    <message>
        <source>The delegation was changed elsewhere at the same time. The list is read again; try once more.</source>
        <translation>Delegationen blev samtidig ændret et andet sted. Listen indlæses igen; prøv en gang til.</translation>
    </message>
    <message>
        <source>The point could not be changed: {reason}</source>
        <translation>Punktet kunne ikke ændres: {reason}</translation>
    </message>
    <message>
        <source>Marked “{point}” done.</source>
        <translation>“{point}” er markeret som udført.</translation>
    </message>
    <message>
        <source>Marked “{point}” dropped.</source>
        <translation>“{point}” er markeret som opgivet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) shown</source>
        <translation>
            <numerusform>%Ln punkt vises</numerusform>
            <numerusform>%Ln punkter vises</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Gen&amp;åbn</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Markér som udført</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>Part of the owner&apos;s name; pick one or type</source>
        <translation>Del af den ansvarliges navn; vælg eller skriv</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Kun overs&amp;kredne</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>S&amp;øg:</translation>
    </message>
    <message>
        <source>Mark the selected point done (Space); press again to reopen it</source>
        <translation>Markér det valgte punkt som udført (mellemrum); tryk igen for at genåbne det</translation>
    </message>
    <message>
        <source>Drop the selected point: it will not be followed up</source>
        <translation>Opgiv det valgte punkt: det bliver ikke fulgt op</translation>
    </message>
    <message>
        <source>Dro&amp;p</source>
        <translation>Op&amp;giv</translation>
    </message>
    <message>
        <source>Open the delegation the point belongs to (Enter)</source>
        <translation>Åbn den delegation, punktet hører til (Enter)</translation>
    </message>
    <message>
        <source>&amp;Open delegation…</source>
        <translation>Åbn &amp;delegation…</translation>
    </message>
    <message>
        <source>Set the point just marked back to open (Ctrl+Z)</source>
        <translation>Gør det netop markerede punkt åbent igen (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation>&amp;Fortryd (Ctrl+Z)</translation>
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
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afsluttet den</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fuldstændig</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>ingen tekst</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>ingen ansvarlig</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>ingen frist</translation>
    </message>
    <message>
        <source>(what is to be done?)</source>
        <translation>(hvad skal der gøres?)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(ingen ansvarlig)</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(ingen dato)</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (overskredet)</translation>
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
        <translation>✓ fuldstændig</translation>
    </message>
    <message>
        <source>the point {problem}.</source>
        <translation>punktet {problem}.</translation>
    </message>
    <message>
        <source>the owner {problem}.</source>
        <translation>den ansvarlige {problem}.</translation>
    </message>
    <message>
        <source>Complete: it counts for the visit memo.</source>
        <translation>Fuldstændig: tæller med i besøgsnotatet.</translation>
    </message>
    <message>
        <source>Incomplete ({gaps}): the visit memo does not count it.</source>
        <translation>Ufuldstændig ({gaps}): tæller ikke med i besøgsnotatet.</translation>
    </message>
    <message>
        <source>{name}, from the register of people</source>
        <translation>{name}, fra personregistret</translation>
    </message>
    <message>
        <source>{owner} (free text, not a person in the register)</source>
        <translation>{owner} (fritekst, ikke en person i registret)</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) traced to this visit.</source>
        <translation>
            <numerusform>%Ln resultat er knyttet til besøget.</numerusform>
            <numerusform>%Ln resultater er knyttet til besøget.</numerusform>
        </translation>
    </message>
    <message>
        <source>No results are traced to this visit yet; they are recorded in the results register.</source>
        <translation>Endnu ingen resultater er knyttet til besøget; de registreres i resultatregistret.</translation>
    </message>
    <message>
        <source>Open points from earlier visits</source>
        <translation>Åbne punkter fra tidligere besøg</translation>
    </message>
    <message>
        <source>Choose the partner region on the Overview tab to see what earlier visits left open.</source>
        <translation>Vælg partnerregionen på fanen Overblik for at se, hvad tidligere besøg efterlod åbent.</translation>
    </message>
    <message>
        <source>Open points from earlier visits to {partner}</source>
        <translation>Åbne punkter fra tidligere besøg i {partner}</translation>
    </message>
    <message>
        <source>No open points from earlier visits to {partner}</source>
        <translation>Ingen åbne punkter fra tidligere besøg i {partner}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln still open, {overdue} of them overdue.</source>
        <translation>
            <numerusform>%Ln stadig åben, heraf {overdue} overskredet.</numerusform>
            <numerusform>%Ln stadig åbne, heraf {overdue} overskredne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still open.</source>
        <translation>
            <numerusform>%Ln stadig åben.</numerusform>
            <numerusform>%Ln stadig åbne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln complete point(s) (the memo needs at least {needed})</source>
        <translation>
            <numerusform>%Ln fuldstændigt punkt (notatet kræver mindst {needed})</numerusform>
            <numerusform>%Ln fuldstændige punkter (notatet kræver mindst {needed})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln incomplete</source>
        <translation>
            <numerusform> · %Ln ufuldstændigt</numerusform>
            <numerusform> · %Ln ufuldstændige</numerusform>
        </translation>
    </message>
    <message>
        <source>Memo written to {path}</source>
        <translation>Notatet er skrevet til {path}</translation>
    </message>
    <message>
        <source>&amp;Follow-up points of this visit</source>
        <translation>&amp;Opfølgningspunkter fra besøget</translation>
    </message>
    <message>
        <source>&amp;Add point</source>
        <translation>&amp;Tilføj punkt</translation>
    </message>
    <message>
        <source>Add a follow-up point, due a month after the visit</source>
        <translation>Tilføj et opfølgningspunkt med frist en måned efter besøget</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the selected points (Del)</source>
        <translation>Fjern de valgte punkter (Del)</translation>
    </message>
    <message>
        <source>Write visit &amp;memo…</source>
        <translation>Skriv besøgs&amp;notat…</translation>
    </message>
    <message>
        <source>Write the visit memo as a Word document, from the delegation as stored (Ctrl+M)</source>
        <translation>Skriv besøgsnotatet som et Word-dokument ud fra den gemte delegation (Ctrl+M)</translation>
    </message>
    <message>
        <source>in &amp;language</source>
        <translation>på &amp;sproget</translation>
    </message>
    <message>
        <source>Open points from earlier visits to the partner</source>
        <translation>Åbne punkter fra tidligere besøg hos partneren</translation>
    </message>
    <message>
        <source>Results of this delegation</source>
        <translation>Resultater af delegationen</translation>
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
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begrundelse</translation>
    </message>
</context>
<context>
    <name>GripTab</name>
    <message>
        <source>Write the decision basis for {0} as a Word document, from the delegation as stored</source>
        <translation>Skriv beslutningsgrundlaget til {0} som et Word-dokument ud fra den gemte delegation</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Vælg afgørelse…</translation>
    </message>
    <message>
        <source>{body} {marker}</source>
        <translation>{body} {marker}</translation>
    </message>
    <message>
        <source>The reference {problem}.</source>
        <translation>Journalnummeret {problem}.</translation>
    </message>
    <message>
        <source>The note {problem}.</source>
        <translation>Noten {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of 5 criteria fail(s).</source>
        <translation>
            <numerusform>%Ln af 5 kriterier er ikke opfyldt.</numerusform>
            <numerusform>%Ln af 5 kriterier er ikke opfyldt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No criterion fails; warnings: {count} of 5.</source>
        <translation>Intet kriterium er uopfyldt; bemærkninger: {count} af 5.</translation>
    </message>
    <message>
        <source>Every criterion that applies is met.</source>
        <translation>Alle kriterier, der gælder, er opfyldt.</translation>
    </message>
    <message>
        <source>Verdict: {level}. {detail}</source>
        <translation>Vurdering: {level}. {detail}</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Skrevet til {path}</translation>
    </message>
    <message>
        <source>GRIP decision</source>
        <translation>GRIP-beslutning</translation>
    </message>
    <message>
        <source>A &amp;decision is recorded</source>
        <translation>En &amp;beslutning er registreret</translation>
    </message>
    <message>
        <source>Untick to record that there is no decision (the history keeps the earlier one)</source>
        <translation>Fjern krydset for at registrere, at der ingen beslutning er (historikken beholder den tidligere)</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>Besluttet &amp;den</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>&amp;Udfald</translation>
    </message>
    <message>
        <source>&amp;Reference (Dnr)</source>
        <translation>&amp;Journalnummer</translation>
    </message>
    <message>
        <source>e.g. Dnr 2026-000123</source>
        <translation>f.eks. 26/12345</translation>
    </message>
    <message>
        <source>Conditions / &amp;note</source>
        <translation>Betingelser/&amp;note</translation>
    </message>
    <message>
        <source>Decision &amp;history (as stored)</source>
        <translation>Beslutnings&amp;historik (som gemt)</translation>
    </message>
    <message>
        <source>&amp;Write decision basis…</source>
        <translation>&amp;Skriv beslutningsgrundlag…</translation>
    </message>
    <message>
        <source>Write the decision basis for GRIP as a Word document, from the delegation as stored</source>
        <translation>Skriv beslutningsgrundlaget til GRIP som et Word-dokument ud fra den gemte delegation</translation>
    </message>
    <message>
        <source>in &amp;language</source>
        <translation>på s&amp;proget</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Delegation Planner speaks the chosen language the next time it is started.</source>
        <translation>Delegation Planner bruger det valgte sprog, næste gang programmet startes.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Automatic ({language})</source>
        <translation>&amp;Automatisk ({language})</translation>
    </message>
    <message>
        <source>Takes effect when the program is started again</source>
        <translation>Gælder fra næste gang programmet startes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delegation Planner registers (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Delegation Planner-registre (*.sqlite3 *.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Follow-up points still open, and how many are overdue</source>
        <translation>Opfølgningspunkter, der stadig er åbne, og hvor mange der er overskredet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;Nyt register…</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>&amp;Åbn register…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>&amp;Delegation</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <comment>menu</comment>
        <translation>Per&amp;soner</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <source>&amp;Office profile…</source>
        <translation>&amp;Kontorprofil…</translation>
    </message>
    <message>
        <source>&amp;Policy profile…</source>
        <translation>&amp;Politikprofil…</translation>
    </message>
    <message>
        <source>&amp;Checklist templates…</source>
        <translation>&amp;Tjeklisteskabeloner…</translation>
    </message>
    <message>
        <source>&amp;Agreement visits…</source>
        <translation>&amp;Besøg under aftaler…</translation>
    </message>
    <message>
        <source>Case &amp;officer on documents…</source>
        <translation>Sagsbe&amp;handler på dokumenter…</translation>
    </message>
    <message>
        <source>&amp;Duty phone for briefings…</source>
        <translation>&amp;Vagttelefon til rejsebriefinger…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Open &amp;demo register</source>
        <translation>Åbn &amp;demoregister</translation>
    </message>
    <message>
        <source>&amp;About Delegation Planner</source>
        <translation>&amp;Om Delegation Planner</translation>
    </message>
    <message>
        <source>No other registers opened lately</source>
        <translation>Ingen andre registre er åbnet for nylig</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Ryd listen</translation>
    </message>
    <message>
        <source>Follow-up: {counts}</source>
        <translation>Opfølgning: {counts}</translation>
    </message>
    <message>
        <source>Save them before another register is opened?</source>
        <translation>Gem dem, før et andet register åbnes?</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Åbn register</translation>
    </message>
    <message>
        <source>{name} (read-only) — Delegation Planner</source>
        <translation>{name} (skrivebeskyttet) — Delegation Planner</translation>
    </message>
    <message>
        <source>{name} — Delegation Planner</source>
        <translation>{name} — Delegation Planner</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Nyt register</translation>
    </message>
    <message>
        <source>There is already a file at {path}. Choose another name, or use Open register…</source>
        <translation>Der findes allerede en fil med navnet {path}. Vælg et andet navn, eller brug Åbn register…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>Interchange files (*.json);;All files (*)</source>
        <translation>Udvekslingsfiler (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Interchange files (*.json)</source>
        <translation>Udvekslingsfiler (*.json)</translation>
    </message>
    <message>
        <source>Open demo register</source>
        <translation>Åbn demoregister</translation>
    </message>
    <message>
        <source>The program&apos;s log is in %1</source>
        <translation>Programmets log ligger i %1</translation>
    </message>
    <message>
        <source>The program keeps no log this time (its folder could not be written).</source>
        <translation>Programmet fører ingen log denne gang (der kunne ikke skrives i mappen).</translation>
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
        <translation>Delegation Planner planlægger og følger op på indgående og udgående delegationer: deltagere, program, udgifter, beslutningen om politikeres deltagelse ({0}), besøgsnotater og deres opfølgningspunkter.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Gem dem, før programmet lukkes?</translation>
    </message>
    <message>
        <source>Delegation Planner</source>
        <translation>Delegation Planner</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>O&amp;verblik</translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation>De&amp;legationer</translation>
    </message>
    <message>
        <source>&amp;Before departure</source>
        <translation>Før af&amp;rejse</translation>
    </message>
    <message>
        <source>Follo&amp;w-up</source>
        <translation>&amp;Opfølgning</translation>
    </message>
    <message>
        <source>Open &amp;points</source>
        <translation>Åbne &amp;punkter</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>Res&amp;ultater af besøgene</translation>
    </message>
    <message>
        <source>Agreement &amp;visits</source>
        <translation>&amp;Besøg under aftaler</translation>
    </message>
    <message>
        <source>New &amp;contacts</source>
        <translation>Nye &amp;kontakter</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>O&amp;rganisations</source>
        <translation>Or&amp;ganisationer</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>Af&amp;taler</translation>
    </message>
</context>
<context>
    <name>Memo</name>
    <message>
        <source>Visit memo</source>
        <translation>Besøgsnotat</translation>
    </message>
    <message>
        <source>Save the new delegation first, so the memo shows what is stored.</source>
        <translation>Gem den nye delegation først, så notatet viser det gemte.</translation>
    </message>
    <message>
        <source>Save first so the memo shows what is stored.</source>
        <translation>Gem først, så notatet viser det gemte.</translation>
    </message>
    <message>
        <source>Write visit memo</source>
        <translation>Skriv besøgsnotat</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
    <message>
        <source>Writing the visit memo…</source>
        <translation>Skriver besøgsnotatet…</translation>
    </message>
    <message>
        <source>Memo not written</source>
        <translation>Notatet blev ikke skrevet</translation>
    </message>
    <message>
        <source>The visit memo could not be written to {path}: {reason}.</source>
        <translation>Besøgsnotatet kunne ikke skrives til {path}: {reason}.</translation>
    </message>
    <message>
        <source>Visit memo written</source>
        <translation>Besøgsnotatet er skrevet</translation>
    </message>
    <message>
        <source>Visit memo refused</source>
        <translation>Besøgsnotatet kan ikke skrives</translation>
    </message>
    <message>
        <source>This visit has not taken place yet; write the memo anyway?</source>
        <translation>Besøget har endnu ikke fundet sted. Vil du alligevel skrive notatet?</translation>
    </message>
</context>
<context>
    <name>NewContactsModel</name>
    <message>
        <source>their interests</source>
        <translation>deres interesser</translation>
    </message>
    <message>
        <source>our benefits</source>
        <translation>vores udbytte</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} og {second}</translation>
    </message>
    <message>
        <source>{parts} not recorded</source>
        <translation>{parts} mangler</translation>
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
        <translation>Første møde</translation>
    </message>
    <message>
        <source>On the visit</source>
        <translation>Ved besøget</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
</context>
<context>
    <name>NewContactsPage</name>
    <message>
        <source>Organisation, country or visit (Ctrl+F)</source>
        <translation>Organisation, land eller besøg (Ctrl+F)</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Vis…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ikke fundet</translation>
    </message>
    <message>
        <source>“{name}” is no longer in the register.</source>
        <translation>“{name}” findes ikke længere i registret.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact(s)</source>
        <translation>
            <numerusform>%Ln ny kontakt</numerusform>
            <numerusform>%Ln nye kontakter</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} af {total}</translation>
    </message>
    <message>
        <source>Organisations met on a visit whose interests in the cooperation, or the region&apos;s benefits from it, are not yet recorded. Record both for every new contact.</source>
        <translation>Organisationer, der er mødt ved et besøg, og hvis interesser i samarbejdet eller regionens udbytte af det endnu ikke er angivet. Angiv begge for hver ny kontakt.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Record what the organisation wants and what the region gains (Enter)</source>
        <translation>Angiv, hvad organisationen ønsker, og hvad regionen får ud af det (Enter)</translation>
    </message>
    <message>
        <source>&amp;Record interests…</source>
        <translation>&amp;Angiv interesser…</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>Kontorprofil</translation>
    </message>
    <message>
        <source>Which office keeps this register? Its profile names the office and the body that decides on politicians&apos; participation, and gives the rules, themes and checklists. Everything can be changed later under Settings ▸ Office profile…</source>
        <translation>Hvilket kontor fører registret? Profilen angiver kontorets navn og det organ, der beslutter om politisk deltagelse, og giver reglerne, temaerne og tjeklisterne. Alt kan ændres senere under Indstillinger ▸ Kontorprofil…</translation>
    </message>
    <message>
        <source>The office profile names the office and the body that decides on politicians&apos; participation, and gives the rules, themes and checklists. A new profile evaluates every delegation again.</source>
        <translation>Kontorprofilen angiver kontorets navn og det organ, der beslutter om politisk deltagelse, og giver reglerne, temaerne og tjeklisterne. En ny profil vurderer alle delegationer på ny.</translation>
    </message>
    <message>
        <source>From a profile file…</source>
        <translation>Fra en profilfil…</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>A new language shows the next time the program starts.</source>
        <translation>Et nyt sprog vises, næste gang programmet startes.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Use the &amp;program&apos;s</source>
        <translation>Brug &amp;programmets</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Kontor:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Letterhead:</source>
        <translation>Brevhoved:</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Spring over</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Begynd</translation>
    </message>
    <message>
        <source>Office profile file</source>
        <translation>Kontorprofilfil</translation>
    </message>
    <message>
        <source>Office profiles (*.json);;All files (*)</source>
        <translation>Kontorprofiler (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>{0} is not a usable office profile: {1}</source>
        <translation>{0} er ikke en brugbar kontorprofil: {1}</translation>
    </message>
    <message>
        <source>Letterhead template</source>
        <translation>Brevskabelon</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word-dokumenter og skabeloner (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Brevhoved</translation>
    </message>
    <message>
        <source>{0} cannot be the letterhead: {1}</source>
        <translation>{0} kan ikke bruges som brevhoved: {1}</translation>
    </message>
    <message>
        <source>The office&apos;s own template ({0} kB)</source>
        <translation>Kontorets egen skabelon ({0} kB)</translation>
    </message>
    <message>
        <source>The program&apos;s template</source>
        <translation>Programmets skabelon</translation>
    </message>
    <message>
        <source>The office profile was not saved: {0}</source>
        <translation>Kontorprofilen blev ikke gemt: {0}</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>“{code}” is not a country code. Use the two-letter ISO code, for example SE, DK or CN.</source>
        <translation>“{code}” er ikke en landekode. Brug ISO-koden på to bogstaver, for eksempel SE, DK eller CN.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Angiv organisationens navn.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>For example: Medicon Valley Alliance</source>
        <translation>For eksempel: Medicon Valley Alliance</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>e.g. SE</source>
        <translation>f.eks. DK</translation>
    </message>
    <message>
        <source>&amp;Their interests:</source>
        <translation>&amp;Deres interesser:</translation>
    </message>
    <message>
        <source>What does the partner want out of the cooperation?</source>
        <translation>Hvad vil partneren have ud af samarbejdet?</translation>
    </message>
    <message>
        <source>Our &amp;benefits:</source>
        <translation>Vores &amp;udbytte:</translation>
    </message>
    <message>
        <source>What benefits does the region see?</source>
        <translation>Hvilket udbytte ser regionen?</translation>
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
        <translation>Ny kontakt — interesser ikke angivet</translation>
    </message>
    <message>
        <source>Our benefits not recorded</source>
        <translation>Vores udbytte ikke angivet</translation>
    </message>
    <message>
        <source>Their interests not recorded</source>
        <translation>Deres interesser ikke angivet</translation>
    </message>
    <message>
        <source>Their interests: {text}</source>
        <translation>Deres interesser: {text}</translation>
    </message>
    <message>
        <source>Our benefits: {text}</source>
        <translation>Vores udbytte: {text}</translation>
    </message>
    <message numerus="yes">
        <source>{date} (over %n month(s) ago)</source>
        <translation>
            <numerusform>{date} (for over %n måned siden)</numerusform>
            <numerusform>{date} (for over %n måneder siden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last visit or logged contact; none for %n month(s) is flagged.</source>
        <translation>
            <numerusform>Seneste besøg eller registrerede kontakt; ingen i %n måned markeres.</numerusform>
            <numerusform>Seneste besøg eller registrerede kontakt; ingen i %n måneder markeres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Interests and benefits</source>
        <translation>Interesser og udbytte</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Seneste kontakt</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Registrér kontakt…</translation>
    </message>
    <message>
        <source>Record a meeting, call, e-mail or video meeting with the organisation</source>
        <translation>Registrér et møde, opkald, e-mail eller videomøde med organisationen</translation>
    </message>
    <message>
        <source>Con&amp;tacts…</source>
        <translation>Kon&amp;takter…</translation>
    </message>
    <message>
        <source>Every contact with the selected organisation</source>
        <translation>Alle kontakter med den valgte organisation</translation>
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
        <translation>Navn, type, land eller “ikke angivet” (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
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
        <translation>»{typed}« findes ikke som partnerregion i registret. Mente du »{meant}«?</translation>
    </message>
    <message>
        <source>Use “{meant}”</source>
        <translation>Brug »{meant}«</translation>
    </message>
    <message>
        <source>Keep “{typed}” as a new partner</source>
        <translation>Behold »{typed}« som ny partner</translation>
    </message>
    <message>
        <source>Give the delegation a title.</source>
        <translation>Giv delegationen en betegnelse.</translation>
    </message>
    <message>
        <source>The title {problem}.</source>
        <translation>Betegnelsen {problem}.</translation>
    </message>
    <message>
        <source>The partner region {problem}.</source>
        <translation>Partnerregionen {problem}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a country; type its name or its two-letter code (such as CN, SE, DK).</source>
        <translation>“{code}” er ikke et land; skriv landets navn eller dets kode på to bogstaver (som CN, SE, DK).</translation>
    </message>
    <message>
        <source>A theme needs letters or digits (such as Life science); not: {themes}.</source>
        <translation>Et tema skal have bogstaver eller tal (som Life science); ikke: {themes}.</translation>
    </message>
    <message>
        <source>The delegation ends before it starts.</source>
        <translation>Delegationen slutter, før den begynder.</translation>
    </message>
    <message>
        <source>The notes {problem}.</source>
        <translation>Noterne {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln day(s))</source>
        <translation>
            <numerusform>(%Ln dag)</numerusform>
            <numerusform>(%Ln dage)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Betegnelse:</translation>
    </message>
    <message>
        <source>e.g. Business delegation to Jiangsu</source>
        <translation>f.eks. Erhvervsdelegation til Jiangsu</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Retning:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Formål:</translation>
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
        <translation>f.eks. CN</translation>
    </message>
    <message>
        <source>Two-letter ISO 3166 country code, such as CN, SE or DK</source>
        <translation>Landekode på to bogstaver efter ISO 3166, som CN, SE eller DK</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>&amp;Datoer:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>T&amp;emaer:</translation>
    </message>
    <message>
        <source>e.g. life_science, health_care</source>
        <translation>f.eks. life_science, health_care</translation>
    </message>
    <message>
        <source>Comma-separated lowercase identifiers, such as life_science, ict</source>
        <translation>Id’er med små bogstaver, adskilt med komma, som life_science, ict</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Initiativtager</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>The initiator asked for &amp;political participation</source>
        <translation>Initiativtageren bad om &amp;politisk deltagelse</translation>
    </message>
    <message>
        <source>Agr&amp;eement:</source>
        <translation>Aft&amp;ale:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Noter:</translation>
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
        <translation>Importér deltagerliste</translation>
    </message>
    <message>
        <source>Participant lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Deltagerlister (*.csv *.xlsx *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} kan ikke læses: {reason}</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Læser {name}…</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(findes ikke i filen)</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Kolonne {n}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s). Check the columns, then Review.</source>
        <translation>
            <numerusform>%Ln række. Kontrollér kolonnerne, og vælg så Gennemse.</numerusform>
            <numerusform>%Ln rækker. Kontrollér kolonnerne, og vælg så Gennemse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds the participants&apos; names.</source>
        <translation>Vælg den kolonne, der indeholder deltagernes navne.</translation>
    </message>
    <message>
        <source>Comparing with the register…</source>
        <translation>Sammenligner med registret…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln ny person</numerusform>
            <numerusform>%Ln nye personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln already in the register</source>
        <translation>
            <numerusform>, %Ln findes allerede i registret</numerusform>
            <numerusform>, %Ln findes allerede i registret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln row(s) with errors left out</source>
        <translation>
            <numerusform>; %Ln række med fejl udelades</numerusform>
            <numerusform>; %Ln rækker med fejl udelades</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Indlæsningen af filen blev annulleret.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with a header row</source>
        <translation>En CSV- eller Excel-fil (.xlsx) med en overskriftsrække</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Vælg fil…</translation>
    </message>
    <message>
        <source>Which column holds…</source>
        <translation>Hvilken kolonne indeholder…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
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
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Si&amp;de:</source>
        <translation>&amp;Side:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Filens første rækker</translation>
    </message>
    <message>
        <source>Side for &amp;all:</source>
        <translation>Side for &amp;alle:</translation>
    </message>
    <message>
        <source>For the rows whose file gives no side</source>
        <translation>For rækker, hvor filen ikke angiver side</translation>
    </message>
    <message>
        <source>Role for a&amp;ll:</source>
        <translation>Rolle for a&amp;lle:</translation>
    </message>
    <message>
        <source>For the rows whose file gives no role</source>
        <translation>For rækker, hvor filen ikke angiver rolle</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbage</translation>
    </message>
    <message>
        <source>&amp;Review &gt;</source>
        <translation>&amp;Gennemse &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>(needs a justification)</source>
        <translation>(kræver en begrundelse)</translation>
    </message>
    <message>
        <source>A home-side politician needs a justification of at least {minimum} characters (policy); this one has {length}.</source>
        <translation>En egen politiker kræver en begrundelse på mindst {minimum} tegn (politik); denne har {length}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not in the register of people.</source>
        <translation>“{key}” findes ikke i personregistret.</translation>
    </message>
    <message>
        <source>the justification {problem}.</source>
        <translation>begrundelsen {problem}.</translation>
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
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>The person was not added: {reason}</source>
        <translation>Personen blev ikke tilføjet: {reason}</translation>
    </message>
    <message>
        <source>Home-side politicians: {count}</source>
        <translation>Egne politikere: {count}</translation>
    </message>
    <message>
        <source>&amp;Add from register…</source>
        <translation>&amp;Tilføj fra registret…</translation>
    </message>
    <message>
        <source>Pick people already in the register</source>
        <translation>Vælg personer, der allerede er i registret</translation>
    </message>
    <message>
        <source>Ne&amp;w person…</source>
        <translation>Ny &amp;person…</translation>
    </message>
    <message>
        <source>Add someone who is not in the register yet</source>
        <translation>Tilføj en person, der endnu ikke er i registret</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Importér liste…</translation>
    </message>
    <message>
        <source>Add everyone on a participant list (CSV or Excel) sent by a partner or a cluster</source>
        <translation>Tilføj alle på en deltagerliste (CSV eller Excel) fra en partner eller en klynge</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the selected participants (Del)</source>
        <translation>Fjern de valgte deltagere (Del)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <translation>E-mail</translation>
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
        <translation>Navn, type, titel, organisation eller e-mail (Ctrl+F)</translation>
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
        <translation>Angiv personens navn.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>For- og efternavn</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>For example: Chair of the regional board</source>
        <translation>For eksempel: Regionsrådsformand</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>navn@eksempel.dk</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>e.g. +46 70 123 45 67</source>
        <translation>f.eks. +45 12 34 56 78</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Everyone in the register is already in this delegation. Use “New person…”.</source>
        <translation>Alle i registret er allerede med i delegationen. Brug “Ny person…”.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln person(s) shown. Ctrl+click picks several.</source>
        <translation>
            <numerusform>{shown} af %Ln person vises. Ctrl+klik vælger flere.</numerusform>
            <numerusform>{shown} af %Ln personer vises. Ctrl+klik vælger flere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add participants from the register</source>
        <translation>Tilføj deltagere fra registret</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>S&amp;øg:</translation>
    </message>
    <message>
        <source>Name, title or organisation</source>
        <translation>Navn, titel eller organisation</translation>
    </message>
</context>
<context>
    <name>PersonPickerModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <translation>&amp;Eksportér personoplysninger…</translation>
    </message>
    <message>
        <source>Write everything the register holds on one person (access request)</source>
        <translation>Skriv alt, hvad registret indeholder om én person (indsigtsanmodning)</translation>
    </message>
    <message>
        <source>&amp;Erase person…</source>
        <translation>&amp;Slet person…</translation>
    </message>
    <message>
        <source>Remove a person&apos;s name, e-mail and title and the texts naming them</source>
        <translation>Fjern en persons navn, e-mail og titel og de tekster, der nævner personen</translation>
    </message>
    <message>
        <source>Due for &amp;review…</source>
        <translation>Klar til &amp;gennemgang…</translation>
    </message>
    <message>
        <source>The people kept longer than the retention period after their last visit</source>
        <translation>Personer, der er gemt længere end opbevaringsperioden efter deres seneste besøg</translation>
    </message>
    <message>
        <source>Your role on the server may not erase a person.</source>
        <translation>Din rolle på serveren må ikke slette en person.</translation>
    </message>
    <message>
        <source>There are no people in the register.</source>
        <translation>Der er ingen personer i registret.</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Eksportér personoplysninger</translation>
    </message>
    <message>
        <source>Word letter (*.docx);;JSON (*.json)</source>
        <translation>Word-brev (*.docx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Language of the letter:</source>
        <translation>Brevets sprog:</translation>
    </message>
    <message>
        <source>Gathering what the register holds…</source>
        <translation>Samler det, registret indeholder…</translation>
    </message>
    <message>
        <source>The personal data was not written: {reason}</source>
        <translation>Personoplysningerne blev ikke skrevet: {reason}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} er skrevet</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Slet person</translation>
    </message>
    <message>
        <source>Erasing {name}…</source>
        <translation>Sletter {name}…</translation>
    </message>
    <message>
        <source>Erase {name}? This cannot be undone.</source>
        <translation>Vil du slette {name}? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… og {count} mere.</translation>
    </message>
    <message>
        <source>The backup {path} holds a name and is deleted.</source>
        <translation>Sikkerhedskopien {path} indeholder et navn og slettes.</translation>
    </message>
    <message>
        <source>Erase these {count} people? Their participations stay, anonymous. This cannot be undone.</source>
        <translation>Vil du slette disse {count} personer? Deres deltagelser bliver stående, anonymt. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>{name} was erased; the register now shows {label}.</source>
        <translation>{name} er slettet; registret viser nu {label}.</translation>
    </message>
    <message>
        <source>{count} people were erased.</source>
        <translation>{count} personer er slettet.</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Erase people due for review</source>
        <translation>Slet personer, der er klar til gennemgang</translation>
    </message>
    <message>
        <source>Erasing {count} people…</source>
        <translation>Sletter {count} personer…</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Policy profile (read-only)</source>
        <translation>Politikprofil (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>This register is open read-only, so its policy profile can be read but not changed.</source>
        <translation>Registret er åbnet skrivebeskyttet, så politikprofilen kan læses, men ikke ændres.</translation>
    </message>
    <message>
        <source>These settings decide the criteria for politicians&apos; participation in every delegation. Saving evaluates every delegation again.</source>
        <translation>Indstillingerne styrer kriterierne for politisk deltagelse i hver delegation. Når du gemmer, vurderes alle delegationer på ny.</translation>
    </message>
    <message>
        <source>Restore the &amp;defaults of {0}</source>
        <translation>Gendan &amp;standardværdierne for {0}</translation>
    </message>
    <message>
        <source>Give the profile a name, such as “{0}”.</source>
        <translation>Giv profilen et navn, som “{0}”.</translation>
    </message>
    <message>
        <source>The name {problem}.</source>
        <translation>Navnet {problem}.</translation>
    </message>
    <message>
        <source>“{theme}” is in the list already.</source>
        <translation>“{theme}” er allerede på listen.</translation>
    </message>
    <message>
        <source>“{theme}” is not one of the themes of {office}; pick one from the list.</source>
        <translation>“{theme}” er ikke et af {office}s temaer. Vælg et på listen.</translation>
    </message>
    <message>
        <source>Type a theme first.</source>
        <translation>Skriv et tema først.</translation>
    </message>
    <message>
        <source>Evaluating every delegation against the policy…</source>
        <translation>Vurderer alle delegationer efter politikken…</translation>
    </message>
    <message>
        <source>Policy profile</source>
        <translation>Politikprofil</translation>
    </message>
    <message>
        <source>The policy was not saved: {0}</source>
        <translation>Politikken blev ikke gemt: {0}</translation>
    </message>
    <message>
        <source>These settings decide the GRIP criteria for every delegation. Saving evaluates every delegation again.</source>
        <translation>Indstillingerne styrer GRIP-kriterierne for hver delegation. Når du gemmer, vurderes alle delegationer på ny.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Shortest &amp;justification:</source>
        <translation>Korteste &amp;begrundelse:</translation>
    </message>
    <message>
        <source>Characters, counted after trimming white space</source>
        <translation>Tegn, talt uden indledende og afsluttende mellemrum</translation>
    </message>
    <message>
        <source>Most &amp;politicians on an outbound trip:</source>
        <translation>Højst antal &amp;politikere på en udrejse:</translation>
    </message>
    <message>
        <source>More home-side politicians than this is a large political delegation</source>
        <translation>Flere egne politikere end dette er en stor politisk delegation</translation>
    </message>
    <message>
        <source>Fewest &amp;follow-up points in a memo:</source>
        <translation>Mindste antal &amp;opfølgningspunkter i et notat:</translation>
    </message>
    <message>
        <source>Complete follow-up points (text, owner and due date) a visit memo must carry</source>
        <translation>Fuldstændige opfølgningspunkter (tekst, ansvarlig og frist), som et besøgsnotat skal indeholde</translation>
    </message>
    <message>
        <source>Priority &amp;themes:</source>
        <translation>Prioriterede &amp;temaer:</translation>
    </message>
    <message>
        <source>Type part of a theme&apos;s name (Down lists them all)</source>
        <translation>Skriv en del af temaets navn (pil ned viser dem alle)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Criteria applied</source>
        <translation>Kriterier, der anvendes</translation>
    </message>
    <message>
        <source>A criterion left out is shown as not applicable and never fails a delegation.</source>
        <translation>Et kriterium, der ikke anvendes, vises som ikke relevant og afviser aldrig en delegation.</translation>
    </message>
    <message>
        <source>Start from the &amp;rules of:</source>
        <translation>Tag &amp;udgangspunkt i reglerne for:</translation>
    </message>
    <message>
        <source>The criteria, thresholds and priority themes of a shipped office profile; nothing is saved until you press Save</source>
        <translation>Kriterierne, grænserne og de prioriterede temaer i en medfølgende kontorprofil. Intet gemmes, før du trykker på Gem</translation>
    </message>
    <message>
        <source>&amp;Use these rules</source>
        <translation>&amp;Brug disse regler</translation>
    </message>
    <message>
        <source>The office&apos;s name, decision body, document language and letterhead are set under Settings ▸ Office profile…; choosing another office there brings its rules too.</source>
        <translation>Kontorets navn, besluttende organ, dokumentsprog og brevskabelon angives under Indstillinger ▸ Kontorprofil… Vælger du et andet kontor der, følger dets regler med.</translation>
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
        <translation>Sted</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Modpart</translation>
    </message>
    <message>
        <source>it ends before it starts.</source>
        <translation>det slutter, før det begynder.</translation>
    </message>
    <message>
        <source>the title is empty.</source>
        <translation>betegnelsen er tom.</translation>
    </message>
    <message>
        <source>the title {problem}.</source>
        <translation>betegnelsen {problem}.</translation>
    </message>
    <message>
        <source>the venue {problem}.</source>
        <translation>stedet {problem}.</translation>
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
        <translation>&amp;Tilføj punkt</translation>
    </message>
    <message>
        <source>Add a programme item on the delegation&apos;s first day</source>
        <translation>Tilføj et programpunkt på delegationens første dag</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the selected items (Del)</source>
        <translation>Fjern de valgte punkter (Del)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;type:</translation>
    </message>
</context>
<context>
    <name>QtApp</name>
    <message>
        <source>The register cannot be opened.</source>
        <translation>Registret kan ikke åbnes.</translation>
    </message>
    <message>
        <source>Open &amp;another register…</source>
        <translation>Åbn &amp;et andet register…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Åbn register</translation>
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
        <translation>Et navn er påkrævet.</translation>
    </message>
    <message>
        <source>The name {problem}.</source>
        <translation>Navnet {problem}.</translation>
    </message>
    <message>
        <source>The title {problem}.</source>
        <translation>Titlen {problem}.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Chair of the regional board</source>
        <translation>Regionsrådsformand</translation>
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
        <translation>{title} (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>The record could not be saved: {reason}

Your changes are still here; try again.</source>
        <translation>Posten kunne ikke gemmes: {reason}

Dine ændringer er her stadig; prøv igen.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <source>You have changed this record. Save the changes?</source>
        <translation>Du har ændret posten. Vil du gemme ændringerne?</translation>
    </message>
    <message>
        <source>You have changed this record, but it cannot be saved as it is. Discard the changes?</source>
        <translation>Du har ændret posten, men den kan ikke gemmes, som den er. Vil du kassere ændringerne?</translation>
    </message>
    <message>
        <source>Contains an invisible control character (U+{code}) at position {position}; delete it (it often comes along with pasted text).</source>
        <translation>Indeholder et usynligt kontroltegn (U+{code}) på position {position}; slet det (det følger ofte med indsat tekst).</translation>
    </message>
    <message>
        <source>Must be on one line.</source>
        <translation>Skal stå på én linje.</translation>
    </message>
    <message>
        <source>Is {count} characters long; at most {limit} are kept.</source>
        <translation>Er {count} tegn lang; højst {limit} gemmes.</translation>
    </message>
    <message>
        <source>Has more than {count} accents or other marks in a row on one letter.</source>
        <translation>Har flere end {count} accenter eller andre tegn i træk på ét bogstav.</translation>
    </message>
    <message>
        <source>Contains an invisible formatting character (U+{code}) at position {position}; delete it (it often comes along with pasted text).</source>
        <translation>Indeholder et usynligt formateringstegn (U+{code}) på position {position}; slet det (det følger ofte med indsat tekst).</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (like name@example.org).</source>
        <translation>Dette ligner ikke en e-mailadresse (som navn@eksempel.dk).</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Række {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>RecordsSettings</name>
    <message>
        <source>A partner with no visit and no logged contact for this long is flagged in Organisations</source>
        <translation>En partner uden besøg og uden registreret kontakt så længe markeres under Organisationer</translation>
    </message>
    <message>
        <source>{year} is the year (2026), {yy} its last two digits (26), {number} the document&apos;s number in the year; {number:04d} writes it with four digits (0007).</source>
        <translation>{year} er året (2026), {yy} dets to sidste cifre (26), {number} dokumentets nummer i året; {number:04d} skriver det med fire cifre (0007).</translation>
    </message>
    <message>
        <source>Flag a partner after:</source>
        <translation>Markér en partner efter:</translation>
    </message>
    <message>
        <source>Document &amp;references:</source>
        <translation>Dokumenternes &amp;journalnumre:</translation>
    </message>
    <message>
        <source>A pattern is needed, e.g. {example}.</source>
        <translation>Der skal være et mønster, f.eks. {example}.</translation>
    </message>
    <message>
        <source>The pattern may use {year}, {yy} and {number} (e.g. %1), and nothing else in braces.</source>
        <translation>Mønsteret kan bruge {year}, {yy} og {number} (f.eks. %1) og intet andet i krøllede parenteser.</translation>
    </message>
    <message>
        <source>The pattern needs {number}, the document&apos;s number in the year (e.g. %1).</source>
        <translation>Mønsteret skal have {number}, dokumentets nummer i året (f.eks. %1).</translation>
    </message>
    <message>
        <source>A reference is one line of at most %1 characters.</source>
        <translation>Et journalnummer er én linje på højst %1 tegn.</translation>
    </message>
    <message numerus="yes">
        <source> month(s) without contact</source>
        <translation>
            <numerusform> måned uden kontakt</numerusform>
            <numerusform> måneder uden kontakt</numerusform>
        </translation>
    </message>
    <message>
        <source>The next document would be {reference}; a reference can always be typed instead.</source>
        <translation>Det næste dokument får {reference}; et andet journalnummer kan altid skrives i stedet.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>View…</source>
        <translation>Vis…</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Åbn den valgte post (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete “{name}” from the register? This cannot be undone.</source>
        <translation>Vil du slette “{name}” fra registret? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Kan ikke slette</translation>
    </message>
    <message>
        <source>“{name}” cannot be deleted while it is used:

{uses}

Remove it there first.</source>
        <translation>»{name}« kan ikke slettes, så længe den bruges:

{uses}

Fjern den der først.</translation>
    </message>
    <message>
        <source>“{name}” cannot be deleted. {reason}</source>
        <translation>“{name}” kan ikke slettes. {reason}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>“{name}” was not deleted: {reason}</source>
        <translation>“{name}” blev ikke slettet: {reason}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} af {total}</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Add a new record (Ctrl+N)</source>
        <translation>Tilføj en ny post (Ctrl+N)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Slet den valgte post (Del)</translation>
    </message>
</context>
<context>
    <name>RegisterSafety</name>
    <message>
        <source>&amp;Back up register…</source>
        <translation>Sikkerheds&amp;kopiér registret…</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Gendan fra sikker&amp;hedskopi…</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>nogen</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>en anden computer</translation>
    </message>
    <message>
        <source>Read-only: {who} on {where} has had this register open since {since}.</source>
        <translation>Skrivebeskyttet: {who} på {where} har haft registret åbent siden {since}.</translation>
    </message>
    <message>
        <source>Read-only: {who} on {where} has this register open.</source>
        <translation>Skrivebeskyttet: {who} på {where} har registret åbent.</translation>
    </message>
    <message>
        <source>That window no longer runs.</source>
        <translation>Det vindue kører ikke længere.</translation>
    </message>
    <message>
        <source>Read-only: your role on the server may read this register, not change it.</source>
        <translation>Skrivebeskyttet: din rolle på serveren må læse registret, ikke ændre det.</translation>
    </message>
    <message>
        <source>Read-only: another Delegation Planner window is editing this register.</source>
        <translation>Skrivebeskyttet: et andet Delegation Planner-vindue redigerer registret.</translation>
    </message>
    <message>
        <source>Read-only: a window that no longer runs left its lock on this register.</source>
        <translation>Skrivebeskyttet: et vindue, der ikke længere kører, efterlod sin lås på registret.</translation>
    </message>
    <message>
        <source>Read-only: the folder holding the register cannot be written.</source>
        <translation>Skrivebeskyttet: mappen med registret kan ikke skrives.</translation>
    </message>
    <message>
        <source>Read-only: the register file is read-only.</source>
        <translation>Skrivebeskyttet: registerfilen er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Read-only: the file cannot be written.</source>
        <translation>Skrivebeskyttet: filen kan ikke skrives.</translation>
    </message>
    <message>
        <source>an earlier window</source>
        <translation>et tidligere vindue</translation>
    </message>
    <message>
        <source>Register locked</source>
        <translation>Registret er låst</translation>
    </message>
    <message>
        <source>This register is still marked as open by {who}, but that window no longer runs (it probably stopped unexpectedly). Take over and open the register for editing?</source>
        <translation>Registret er stadig markeret som åbent af {who}, men det vindue kører ikke længere (det stoppede sandsynligvis uventet). Vil du overtage og åbne registret til redigering?</translation>
    </message>
    <message>
        <source>The lock file {path} could not be removed. Ask whoever made it, or an administrator, to delete it; the register stays read-only until then.</source>
        <translation>Låsefilen {path} kunne ikke fjernes. Bed den, der lavede den, eller en administrator om at slette den; registret forbliver skrivebeskyttet indtil da.</translation>
    </message>
    <message>
        <source>Back up register</source>
        <translation>Sikkerhedskopiér registret</translation>
    </message>
    <message>
        <source>Register backups (*.sqlite3 *.bak *.db);;All files (*)</source>
        <translation>Sikkerhedskopier af registret (*.sqlite3 *.bak *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose another file than the register itself.</source>
        <translation>Vælg en anden fil end selve registret.</translation>
    </message>
    <message>
        <source>Backing up the register to {name}…</source>
        <translation>Tager sikkerhedskopi af registret til {name}…</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}. No partial file was left.</source>
        <translation>Sikkerhedskopien kunne ikke skrives: {reason}. Der blev ikke efterladt nogen halv fil.</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sikkerhedskopieret til {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <source>This register is open read-only here, so it cannot be replaced from this window.</source>
        <translation>Registret er åbnet skrivebeskyttet her, så det kan ikke erstattes fra dette vindue.</translation>
    </message>
    <message>
        <source>Replace the register {register} with the backup {backup}?

Everything entered since that backup was made will no longer be in the register. The register as it is now is kept as a backup beside it first.</source>
        <translation>Vil du erstatte registret {register} med sikkerhedskopien {backup}?

Alt, hvad der er indtastet, siden sikkerhedskopien blev lavet, vil ikke længere være i registret. Registret, som det er nu, gemmes først som en sikkerhedskopi ved siden af.</translation>
    </message>
    <message>
        <source>Save them before the backup replaces the register? What you save now stays in the copy of the register kept beside it.</source>
        <translation>Gem dem, før sikkerhedskopien erstatter registret? Det, du gemmer nu, bevares i kopien af registret, der gemmes ved siden af.</translation>
    </message>
    <message>
        <source>Restoring the register from {name}…</source>
        <translation>Gendanner registret fra {name}…</translation>
    </message>
    <message>
        <source>an unexpected error stopped the restore</source>
        <translation>en uventet fejl afbrød gendannelsen</translation>
    </message>
    <message>
        <source>Not restored: {reason}</source>
        <translation>Ikke gendannet: {reason}</translation>
    </message>
    <message>
        <source>The register was restored from {backup}. The register as it was is kept as {kept}.</source>
        <translation>Registret er gendannet fra {backup}. Registret, som det var, er gemt som {kept}.</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Daglig sikkerhedskopi</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Search title, partner, country, participants…</source>
        <translation>Søg betegnelse, partner, land, deltagere…</translation>
    </message>
    <message>
        <source>Dir&amp;ection:</source>
        <translation>R&amp;etning:</translation>
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
        <translation>Kun delegationer, hvis GRIP-vurdering er Ikke opfyldt eller Bemærk</translation>
    </message>
    <message>
        <source>Needs a&amp;ttention</source>
        <translation>&amp;Kræver handling</translation>
    </message>
    <message>
        <source>&amp;New delegation…</source>
        <translation>&amp;Ny delegation…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Å&amp;bn</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Slet…</translation>
    </message>
</context>
<context>
    <name>ResultEditor</name>
    <message numerus="yes">
        <source>%Ln ticked</source>
        <translation>
            <numerusform>%Ln valgt</numerusform>
            <numerusform>%Ln valgte</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter what came of the visit (a short title).</source>
        <translation>Angiv, hvad besøget førte til (en kort betegnelse).</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Betegnelse:</translation>
    </message>
    <message>
        <source>For example: MoU with JITRI on clinical trials</source>
        <translation>For eksempel: Hensigtserklæring med JITRI om kliniske forsøg</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Not known</source>
        <translation>&amp;Ukendt</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eskrivelse:</translation>
    </message>
    <message>
        <source>&amp;Led to by the delegations</source>
        <translation>&amp;Opnået gennem delegationerne</translation>
    </message>
    <message>
        <source>Filter delegations</source>
        <translation>Filtrér delegationer</translation>
    </message>
    <message>
        <source>Ticked only</source>
        <translation>Kun afkrydsede</translation>
    </message>
    <message>
        <source>With the &amp;organisations</source>
        <translation>Med &amp;organisationerne</translation>
    </message>
    <message>
        <source>Filter organisations</source>
        <translation>Filtrér organisationer</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>(no visit linked)</source>
        <translation>(intet besøg tilknyttet)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Betegnelse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <translation>Registrér et nyt resultat (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln resultat</numerusform>
            <numerusform>%Ln resultater</numerusform>
        </translation>
    </message>
    <message>
        <source>Title, kind, delegation or organisation (Ctrl+F)</source>
        <translation>Betegnelse, type, delegation eller organisation (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ReviewDateDialog</name>
    <message>
        <source>When is the agreement with {partner} next to be reviewed?</source>
        <translation>Hvornår skal aftalen med {partner} revideres næste gang?</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Revisionsdato</translation>
    </message>
    <message>
        <source>&amp;Review on:</source>
        <translation>&amp;Revision den:</translation>
    </message>
    <message>
        <source>&amp;No review planned</source>
        <translation>&amp;Ingen revision planlagt</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>already in the register: {name}</source>
        <translation>findes allerede i registret: {name}</translation>
    </message>
    <message>
        <source>new person</source>
        <translation>ny person</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(intet navn)</translation>
    </message>
    <message>
        <source>error: {reason} (row {row})</source>
        <translation>fejl: {reason} (række {row})</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Navn i filen</translation>
    </message>
    <message>
        <source>Import will</source>
        <translation>Ved import</translation>
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
        <translation>Revisionsdato</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
</context>
<context>
    <name>SaveLocations</name>
    <message>
        <source>Wrote {name}</source>
        <translation>{name} er skrevet</translation>
    </message>
    <message>
        <source>in {folder}</source>
        <translation>i {folder}</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Vis i &amp;mappen</translation>
    </message>
    <message>
        <source>No program to open {path} was found.</source>
        <translation>Der blev ikke fundet noget program, der kan åbne {path}.</translation>
    </message>
</context>
<context>
    <name>ServerCommands</name>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Forbind til ser&amp;ver…</translation>
    </message>
    <message>
        <source>Open the office&apos;s shared register on its PostgreSQL server</source>
        <translation>Åbn kontorets fælles register på dets PostgreSQL-server</translation>
    </message>
    <message>
        <source>Save them before another register is opened?</source>
        <translation>Gem dem, før et andet register åbnes?</translation>
    </message>
    <message>
        <source>Your role on the server may not change this.</source>
        <translation>Din rolle på serveren må ikke ændre dette.</translation>
    </message>
    <message>
        <source>{who} saved a change on the server.</source>
        <translation>{who} gemte en ændring på serveren.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Request received</source>
        <translation>Forespørgsel modtaget</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>Under behandling</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekræftet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afslået</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <source>Mark &amp;completed</source>
        <translation>Markér som &amp;gennemført</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Ændr status</translation>
    </message>
    <message>
        <source>Why (required when declined or cancelled)</source>
        <translation>Hvorfor (påkrævet ved afslået eller aflyst)</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Æ&amp;ndr</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Status (to close)</source>
        <translation>Status (til afslutning)</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>(endnu ikke gemt)</translation>
    </message>
    <message>
        <source>The trip ended on {end}. Mark it completed?</source>
        <translation>Rejsen sluttede den {end}. Vil du markere den som gennemført?</translation>
    </message>
    <message>
        <source>Start as</source>
        <translation>Begynd som</translation>
    </message>
    <message>
        <source>{status} is final; copy the delegation for a new trip.</source>
        <translation>{status} er endeligt; kopiér delegationen til en ny rejse.</translation>
    </message>
    <message>
        <source>Say why: a reason is required to decline or cancel.</source>
        <translation>Angiv hvorfor: en begrundelse er påkrævet for at afslå eller aflyse.</translation>
    </message>
    <message>
        <source>It stays in the register but leaves the checklists, the reviews and the visit counts.</source>
        <translation>Den bliver i registret, men udgår af tjeklisterne, gennemgangene og optællingen af besøg.</translation>
    </message>
    <message>
        <source>The change is stored when you save the delegation.</source>
        <translation>Ændringen gemmes, når du gemmer delegationen.</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <source>… and {count} more.</source>
        <translation>… og {count} mere.</translation>
    </message>
</context>
<context>
    <name>ViewerCopies</name>
    <message>
        <source>Cannot open</source>
        <translation>Kan ikke åbnes</translation>
    </message>
    <message>
        <source>No program is set up to open {name}. Use Save as… to keep it somewhere.</source>
        <translation>Intet program er sat op til at åbne {name}. Brug Gem som… for at gemme den et sted.</translation>
    </message>
</context>
<context>
    <name>VisitRuleDialog</name>
    <message>
        <source>Agreement visits</source>
        <translation>Besøg under aftaler</translation>
    </message>
    <message>
        <source>A visit counts toward an agreement&apos;s yearly minimum when it goes to the agreement&apos;s partner (or is linked to the agreement), and:</source>
        <translation>Et besøg tæller med i aftalens årlige minimum, når det gælder aftalens partner (eller er knyttet til aftalen), og:</translation>
    </message>
    <message>
        <source>it is an &amp;outbound trip</source>
        <translation>det er en &amp;udrejse</translation>
    </message>
    <message>
        <source>it is an &amp;inbound visit</source>
        <translation>det er en &amp;modtagelse</translation>
    </message>
    <message>
        <source>an o&amp;fficial</source>
        <translation>&amp;embedsperson</translation>
    </message>
    <message>
        <source>a &amp;politician</source>
        <translation>&amp;politiker</translation>
    </message>
    <message>
        <source>only when the delegation is &amp;completed</source>
        <translation>kun når delegationen er &amp;gennemført</translation>
    </message>
    <message>
        <source>Direction (either)</source>
        <translation>Retning (en af)</translation>
    </message>
    <message>
        <source>A home-side participant who is (either)</source>
        <translation>En egen deltager, der er (en af)</translation>
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
        <translation>Eksportér register til E&amp;xcel…</translation>
    </message>
    <message>
        <source>Export c&amp;osts to Excel…</source>
        <translation>Eksportér &amp;omkostninger til Excel…</translation>
    </message>
    <message>
        <source>Export programme to &amp;calendar…</source>
        <translation>Eksportér programmet til &amp;kalender…</translation>
    </message>
    <message>
        <source>The selected delegation&apos;s programme as an .ics calendar</source>
        <translation>Den valgte delegations program som en .ics-kalender</translation>
    </message>
    <message>
        <source>Write annual report</source>
        <translation>Skriv årsrapport</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
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
        <translation>Årsrapporten blev ikke skrevet: {reason}</translation>
    </message>
    <message>
        <source>The annual report was cancelled; nothing was written.</source>
        <translation>Årsrapporten blev annulleret; intet blev skrevet.</translation>
    </message>
    <message>
        <source>Export register to Excel</source>
        <translation>Eksportér register til Excel</translation>
    </message>
    <message>
        <source>Delegations.xlsx</source>
        <translation>Delegationer.xlsx</translation>
    </message>
    <message>
        <source>Delegations (filtered).xlsx</source>
        <translation>Delegationer (filtreret).xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-projektmapper (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the register to {name}…</source>
        <translation>Eksporterer registret til {name}…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle år</translation>
    </message>
    <message>
        <source>Export costs to Excel</source>
        <translation>Eksportér omkostninger til Excel</translation>
    </message>
    <message>
        <source>The costs of the delegations starting in:</source>
        <translation>Omkostningerne for delegationer, der begynder i:</translation>
    </message>
    <message>
        <source>Costs {year}.xlsx</source>
        <translation>Omkostninger {year}.xlsx</translation>
    </message>
    <message>
        <source>Costs.xlsx</source>
        <translation>Omkostninger.xlsx</translation>
    </message>
    <message>
        <source>Exporting the costs to {name}…</source>
        <translation>Eksporterer omkostningerne til {name}…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Eksportér til Excel</translation>
    </message>
    <message>
        <source>The workbook was not written: {reason}</source>
        <translation>Projektmappen blev ikke skrevet: {reason}</translation>
    </message>
    <message>
        <source>Export programme to calendar</source>
        <translation>Eksportér programmet til kalender</translation>
    </message>
    <message>
        <source>Select a delegation in the register first.</source>
        <translation>Vælg først en delegation i registret.</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Kalendere (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Skriver kalenderen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln programme item(s) written; open or import the file in any calendar.</source>
        <translation>
            <numerusform>%Ln programpunkt skrevet; åbn eller importér filen i en vilkårlig kalender.</numerusform>
            <numerusform>%Ln programpunkter skrevet; åbn eller importér filen i en vilkårlig kalender.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar was not written: {reason}</source>
        <translation>Kalenderen blev ikke skrevet: {reason}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} er skrevet</translation>
    </message>
</context>
<context>
    <name>_CountWords</name>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln åben</numerusform>
            <numerusform>%Ln åbne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overskredet</numerusform>
            <numerusform>%Ln overskredne</numerusform>
        </translation>
    </message>
</context>
</TS>
