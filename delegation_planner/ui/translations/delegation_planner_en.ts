<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en_GB">
<context>
    <name>AgreementFollowUpPage</name>
    <message numerus="yes">
        <source>%Ln of {total} agreement(s) short of official visits in {year}.</source>
        <translation>
            <numerusform>%Ln agreement of {total} is short of official visits in {year}.</numerusform>
            <numerusform>%Ln agreements of {total} are short of official visits in {year}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s) past the review date: review and set the next date.</source>
        <translation>
            <numerusform>%Ln agreement is past its review date: review it and set the next date.</numerusform>
            <numerusform>%Ln agreements are past their review date: review them and set the next date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln agreement</numerusform>
            <numerusform>%Ln agreements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message numerus="yes">
        <source> · %Ln overdue</source>
        <translation>
            <numerusform> · %Ln overdue</numerusform>
            <numerusform> · %Ln overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyDelegationDialog</name>
    <message numerus="yes">
        <source>The trip keeps its length: %n day(s).</source>
        <translation>
            <numerusform>The trip keeps its length: %n day.</numerusform>
            <numerusform>The trip keeps its length: %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message numerus="yes">
        <source>{shown} of %Ln delegation(s)</source>
        <translation>
            <numerusform>{shown} of %Ln delegation</numerusform>
            <numerusform>{shown} of %Ln delegations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln delegation(s) (the rest in the archive)</source>
        <translation>
            <numerusform>{shown} of %Ln delegation (the rest in the archive)</numerusform>
            <numerusform>{shown} of %Ln delegations (the rest in the archive)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delegation(s)</source>
        <translation>
            <numerusform>%Ln delegation</numerusform>
            <numerusform>%Ln delegations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n attached file(s) are deleted as well; save any you need first.</source>
        <translation>
            <numerusform>Its %n attached file is deleted as well; save it first if you need it.</numerusform>
            <numerusform>Its %n attached files are deleted as well; save any you need first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeparturesModel</name>
    <message numerus="yes">
        <source>⚠ %Ln overdue</source>
        <translation>
            <numerusform>⚠ %Ln overdue</numerusform>
            <numerusform>⚠ %Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeparturesPage</name>
    <message numerus="yes">
        <source>No delegation starts in the next %Ln day(s).</source>
        <translation>
            <numerusform>No delegation starts in the next %Ln day.</numerusform>
            <numerusform>No delegation starts in the next %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delegation(s)</source>
        <translation>
            <numerusform>%Ln delegation</numerusform>
            <numerusform>%Ln delegations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, ⚠ %Ln with overdue items</source>
        <translation>
            <numerusform>, ⚠ %Ln with overdue items</numerusform>
            <numerusform>, ⚠ %Ln with overdue items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorWindows</name>
    <message numerus="yes">
        <source>%n open delegation(s) have changes that are not saved:</source>
        <translation>
            <numerusform>%n open delegation has changes that are not saved:</numerusform>
            <numerusform>%n open delegations have changes that are not saved:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message numerus="yes">
        <source>%Ln point(s) shown</source>
        <translation>
            <numerusform>%Ln point shown</numerusform>
            <numerusform>%Ln points shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message numerus="yes">
        <source>%Ln result(s) traced to this visit.</source>
        <translation>
            <numerusform>%Ln result is traced to this visit.</numerusform>
            <numerusform>%Ln results are traced to this visit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still open, {overdue} of them overdue.</source>
        <translation>
            <numerusform>%Ln still open, {overdue} overdue.</numerusform>
            <numerusform>%Ln still open, {overdue} of them overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still open.</source>
        <translation>
            <numerusform>%Ln still open.</numerusform>
            <numerusform>%Ln still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln complete point(s) (the memo needs at least {needed})</source>
        <translation>
            <numerusform>%Ln complete point (the memo needs at least {needed})</numerusform>
            <numerusform>%Ln complete points (the memo needs at least {needed})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln incomplete</source>
        <translation>
            <numerusform> · %Ln incomplete</numerusform>
            <numerusform> · %Ln incomplete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GripTab</name>
    <message numerus="yes">
        <source>%Ln of 5 criteria fail(s).</source>
        <translation>
            <numerusform>%Ln of 5 criteria fails.</numerusform>
            <numerusform>%Ln of 5 criteria fail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewContactsPage</name>
    <message numerus="yes">
        <source>%Ln new contact(s)</source>
        <translation>
            <numerusform>%Ln new contact</numerusform>
            <numerusform>%Ln new contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message numerus="yes">
        <source>{date} (over %n month(s) ago)</source>
        <translation>
            <numerusform>{date} (over %n month ago)</numerusform>
            <numerusform>{date} (over %n months ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last visit or logged contact; none for %n month(s) is flagged.</source>
        <translation>
            <numerusform>The last visit or logged contact; none for %n month is flagged.</numerusform>
            <numerusform>The last visit or logged contact; none for %n months is flagged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message numerus="yes">
        <source>(%Ln day(s))</source>
        <translation>
            <numerusform>(%Ln day)</numerusform>
            <numerusform>(%Ln days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantImportDialog</name>
    <message numerus="yes">
        <source>%Ln row(s). Check the columns, then Review.</source>
        <translation>
            <numerusform>%Ln row. Check the columns, then Review.</numerusform>
            <numerusform>%Ln rows. Check the columns, then Review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln new person</numerusform>
            <numerusform>%Ln new people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln already in the register</source>
        <translation>
            <numerusform>, %Ln already in the register</numerusform>
            <numerusform>, %Ln already in the register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln row(s) with errors left out</source>
        <translation>
            <numerusform>; %Ln row with errors is left out</numerusform>
            <numerusform>; %Ln rows with errors are left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message numerus="yes">
        <source>{shown} of %Ln person(s) shown. Ctrl+click picks several.</source>
        <translation>
            <numerusform>{shown} of %Ln person shown. Ctrl+click picks several.</numerusform>
            <numerusform>{shown} of %Ln people shown. Ctrl+click picks several.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsSettings</name>
    <message numerus="yes">
        <source> month(s) without contact</source>
        <translation>
            <numerusform> month without contact</numerusform>
            <numerusform> months without contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultEditor</name>
    <message numerus="yes">
        <source>%Ln ticked</source>
        <translation>
            <numerusform>%Ln ticked</numerusform>
            <numerusform>%Ln ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message numerus="yes">
        <source>%Ln programme item(s) written; open or import the file in any calendar.</source>
        <translation>
            <numerusform>%Ln programme item written; open or import the file in any calendar.</numerusform>
            <numerusform>%Ln programme items written; open or import the file in any calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_CountWords</name>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln open</numerusform>
            <numerusform>%Ln open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
</context>
</TS>
