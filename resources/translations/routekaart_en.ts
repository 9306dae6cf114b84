<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminBackend</name>
    <message>
        <location filename="../../desktop/admin/backend.py" line="59"/>
        <source>{0} is niet leesbaar ({1}).</source>
        <translation>{0} cannot be read ({1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/backend.py" line="100"/>
        <source>de gecontroleerde kopie van deze werkplek (revisie {0})</source>
        <translation>this workstation&apos;s verified copy (revision {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/backend.py" line="102"/>
        <source>de kopie van deze werkplek (revisie {0})</source>
        <translation>this workstation&apos;s copy (revision {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/backend.py" line="232"/>
        <source>Dit bestand is geen TUF-rootbestand (root.json).</source>
        <translation>This file is not a TUF root file (root.json).</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/backend.py" line="235"/>
        <source>Dit bestand is TUF-metadata van het type &apos;{0}&apos;, geen root.</source>
        <translation>This file is TUF metadata of type &apos;{0}&apos;, not a root.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/backend.py" line="271"/>
        <source>Niet gelukt: {0}</source>
        <translation>Did not work: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/backend.py" line="273"/>
        <source>Gelukt: de centrale bron is bereikbaar en alles is gecontroleerd ({0} regio&apos;s en de landelijke gegevens).</source>
        <translation>It works: the central source is reachable and everything has been verified ({0} regions and the national data).</translation>
    </message>
</context>
<context>
    <name>AdminChoices</name>
    <message>
        <location filename="../../desktop/admin/choices.py" line="44"/>
        <source>hele regio</source>
        <translation>whole region</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/choices.py" line="59"/>
        <location filename="../../desktop/admin/choices.py" line="67"/>
        <source>stap {0}</source>
        <translation>step {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/choices.py" line="81"/>
        <source>vak</source>
        <translation>box</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/choices.py" line="81"/>
        <source>beslismoment</source>
        <translation>decision point</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/choices.py" line="99"/>
        <source>(zonder teken)</source>
        <translation>(without mark)</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/choices.py" line="112"/>
        <source>geen achtervang</source>
        <translation>no backup</translation>
    </message>
</context>
<context>
    <name>AdminEditors</name>
    <message>
        <location filename="../../desktop/admin/editors.py" line="114"/>
        <source>Contact &apos;{0}&apos;</source>
        <translation>Contact &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="116"/>
        <source>Contact {0}</source>
        <translation>Contact {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="125"/>
        <source>✗ ongeldig</source>
        <translation>✗ invalid</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="153"/>
        <source>Functie</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="154"/>
        <source>Telefoonnummer (zoals geschreven)</source>
        <translation>Phone number (as written)</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="155"/>
        <source>Zo belt de app (E.164)</source>
        <translation>How the app dials (E.164)</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="156"/>
        <source>Gebied</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="157"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="158"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="161"/>
        <source>Bereikbaarheid</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="167"/>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="169"/>
        <source>&amp;Telefoonnummer:</source>
        <translation>&amp;Phone number:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="171"/>
        <source>Piketnummer</source>
        <translation>On-call number</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="174"/>
        <source>Achtervang:</source>
        <translation>Backup:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="181"/>
        <source>Stappen:</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="186"/>
        <source>Toelichting bij de stappen:</source>
        <translation>Note on the steps:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="189"/>
        <source>Voetnoten:</source>
        <translation>Footnotes:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="195"/>
        <source>Toelichting bij de voetnoten:</source>
        <translation>Note on the footnotes:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="197"/>
        <source>Notitie:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="203"/>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="217"/>
        <source>Gebied &apos;{0}&apos;</source>
        <translation>Area &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="219"/>
        <source>Gebied {0}</source>
        <translation>Area {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="225"/>
        <location filename="../../desktop/admin/editors.py" line="264"/>
        <location filename="../../desktop/admin/editors.py" line="299"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="225"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="226"/>
        <source>Gebieden</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="234"/>
        <source>Voetnoot &apos;{0}&apos;</source>
        <translation>Footnote &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="245"/>
        <source>Teken</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="246"/>
        <location filename="../../desktop/admin/editors.py" line="265"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="266"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="268"/>
        <source>Punten</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="269"/>
        <source>Punt {0}</source>
        <translation>Item {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="291"/>
        <source>Bespreekpunt &apos;{0}&apos;</source>
        <translation>Discussion point &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="293"/>
        <source>Bespreekpunt {0}</source>
        <translation>Discussion point {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="299"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="300"/>
        <source>Bespreekpunten</source>
        <translation>Discussion points</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="307"/>
        <source>Bron:</source>
        <translation>Source:</translation>
    </message>
</context>
<context>
    <name>AdminEntry</name>
    <message>
        <location filename="../../desktop/admin/menu_entry.py" line="49"/>
        <source>Regio &amp;beheren…</source>
        <translation>&amp;Manage region…</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/menu_entry.py" line="50"/>
        <source>&amp;Centrale bron…</source>
        <translation>&amp;Central source…</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/menu_entry.py" line="116"/>
        <source>Herinnering regiobeheer</source>
        <translation>Region management reminder</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/menu_entry.py" line="120"/>
        <source>Regio beheren…</source>
        <translation>Manage region…</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="132"/>
        <source>Regio beheren — Routekaart</source>
        <translation>Manage region — Routekaart</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="135"/>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="137"/>
        <location filename="../../desktop/admin/admin_window.py" line="244"/>
        <source>Gepubliceerde versie ophalen</source>
        <translation>Fetch the published version</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="139"/>
        <location filename="../../desktop/admin/admin_window.py" line="241"/>
        <source>Bestand openen…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="145"/>
        <source>Re&amp;gio:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="155"/>
        <source>Mijn versie bewaren</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="157"/>
        <source>De andere versie openen</source>
        <translation>Open the other version</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="166"/>
        <source>Voetnoten bij de contacten</source>
        <translation>Footnotes to the contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="176"/>
        <source>Onderdelen van de regio</source>
        <translation>Parts of the region</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="178"/>
        <source>&amp;Algemeen</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="179"/>
        <source>G&amp;ebieden</source>
        <translation>A&amp;reas</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="180"/>
        <source>&amp;Contacten</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="181"/>
        <source>&amp;Voetnoten</source>
        <translation>&amp;Footnotes</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="182"/>
        <source>&amp;Routekaart</source>
        <translation>Route&amp;kaart</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="183"/>
        <source>&amp;Bespreekpunten</source>
        <translation>&amp;Discussion points</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="184"/>
        <source>&amp;Publiceren</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="185"/>
        <source>&amp;Sleutel</source>
        <translation>K&amp;ey</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="224"/>
        <source>Kies een regio, haal de gepubliceerde versie op of open een bestand.</source>
        <translation>Choose a region, fetch the published version or open a file.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="240"/>
        <source>Co&amp;ncept</source>
        <translation>Dra&amp;ft</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="246"/>
        <source>Opslaan als bestand…</source>
        <translation>Save as file…</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="249"/>
        <source>Routekaart afdrukken als PDF…</source>
        <translation>Print the routekaart as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="253"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="255"/>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="261"/>
        <source>Concept weggooien…</source>
        <translation>Discard draft…</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="263"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="308"/>
        <source>Deze werkplek heeft geen kopie van deze regio; haal de gepubliceerde versie op of open een bestand.</source>
        <translation>This workstation has no copy of this region; fetch the published version or open a file.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="331"/>
        <source>bestand {0}</source>
        <translation>file {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="340"/>
        <source>Concept vervangen?</source>
        <translation>Replace draft?</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="342"/>
        <source>Er is een concept van {0} met wijzigingen die nog niet zijn gepubliceerd. Vervangen door het bestand?</source>
        <translation>There is a draft of {0} with changes that have not been published yet. Replace it with the file?</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="356"/>
        <source>Regiobundel openen</source>
        <translation>Open region bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="356"/>
        <location filename="../../desktop/admin/admin_window.py" line="523"/>
        <source>Regiobundel (*.json)</source>
        <translation>Region bundle (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="384"/>
        <source>Het concept van {0} is al geopend in een ander venster van Routekaart. Werk daar verder, of sluit dat venster eerst: twee vensters zouden elkaars wijzigingen overschrijven.</source>
        <translation>The draft of {0} is already open in another Routekaart window. Continue there, or close that window first: two windows would overwrite each other&apos;s changes.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="409"/>
        <source>Uw concept van {0} is hersteld, met de wijzigingen die nog niet zijn gepubliceerd (laatst opgeslagen {1}). Ongedaan maken gaat niet verder terug dan dit punt.</source>
        <translation>Your draft of {0} has been restored, with the changes that have not been published yet (last saved {1}). Undo does not go back further than this point.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="432"/>
        <source>, concept opgeslagen {0}</source>
        <translation>, draft saved {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="436"/>
        <source>{0}: geopend uit {1}{2}.</source>
        <translation>{0}: opened from {1}{2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="500"/>
        <source>Concept weggooien?</source>
        <translation>Discard draft?</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="501"/>
        <source>Alle wijzigingen die nog niet zijn gepubliceerd gaan verloren.</source>
        <translation>All changes that have not been published will be lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="521"/>
        <source>Concept opslaan als bestand</source>
        <translation>Save draft as file</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="536"/>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="538"/>
        <source>Opgeslagen als {0}</source>
        <translation>Saved as {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="545"/>
        <source>Routekaart afdrukken als PDF</source>
        <translation>Print the routekaart as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="546"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="559"/>
        <source>het concept</source>
        <translation>the draft</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="561"/>
        <source>Afdrukken mislukt</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="563"/>
        <source>Afgedrukt als {0}</source>
        <translation>Printed as {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="624"/>
        <source>Open eerst een regio.</source>
        <translation>Open a region first.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="628"/>
        <source>Nog niet te vergelijken.</source>
        <translation>Cannot be compared yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="630"/>
        <source>⚠ Er zijn nog {0} problemen; ondertekenen kan pas als ze zijn opgelost.</source>
        <translation>⚠ There are still {0} problems; signing is possible once they are solved.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="644"/>
        <source>Vergeleken met {0}.</source>
        <translation>Compared with {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="646"/>
        <source>Er is geen gepubliceerde versie om mee te vergelijken.</source>
        <translation>There is no published version to compare with.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="652"/>
        <source>Geen centrale bron ingesteld op deze werkplek (Instellingen → Centrale bron); publiceren kan pas daarna.</source>
        <translation>No central source is set up on this workstation (Settings → Central source); publishing is possible after that.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="661"/>
        <source>Niets gewijzigd. &apos;Opnieuw ondertekenen&apos; verlengt de handtekening van de gepubliceerde versie.</source>
        <translation>Nothing changed. &apos;Sign again&apos; extends the signature of the published version.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="669"/>
        <source>Klaar om te ondertekenen en te publiceren als revisie {0}.</source>
        <translation>Ready to sign and publish as revision {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="701"/>
        <source>Eerst de problemen oplossen; er is niets ondertekend.</source>
        <translation>Solve the problems first; nothing has been signed.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="722"/>
        <source>Het concept heeft wijzigingen: publiceer die, dat verlengt de handtekening ook.</source>
        <translation>The draft has changes: publish them, that extends the signature too.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="742"/>
        <source>Geen centrale bron ingesteld (Instellingen → Centrale bron).</source>
        <translation>No central source set up (Settings → Central source).</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="760"/>
        <source>Ondertekenen en versturen…</source>
        <translation>Signing and sending…</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="785"/>
        <source>De wachtwoordzin van het sleutelbosbestand klopt niet; er is niets ondertekend. Probeer het opnieuw.</source>
        <translation>The passphrase of the keyring file is wrong; nothing has been signed. Try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="791"/>
        <source>Uw concept is bewaard.</source>
        <translation>Your draft has been kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="798"/>
        <source>de gepubliceerde versie (revisie {0})</source>
        <translation>the published version (revision {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="808"/>
        <source>Werkplekken krijgen revisie {0} bij hun volgende synchronisatie.</source>
        <translation>Workstations get revision {0} at their next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="824"/>
        <source>Geen centrale bron ingesteld op deze werkplek: kies Instellingen → Centrale bron in het hoofdvenster.</source>
        <translation>No central source is set up on this workstation: choose Settings → Central source in the main window.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="834"/>
        <source>De vertrouwde root is niet leesbaar: {0}</source>
        <translation>The trusted root cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="839"/>
        <source>Ophalen en controleren zoals een werkplek dat doet…</source>
        <translation>Fetching and verifying as a workstation does…</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="844"/>
        <source>de gepubliceerde versie (revisie {0}, versie {1})</source>
        <translation>the published version (revision {0}, version {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="855"/>
        <source>Uw concept blijft staan; het wordt nu vergeleken met {0}.</source>
        <translation>Your draft stays; it is now compared with {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/admin_window.py" line="879"/>
        <source>Opgehaald en gecontroleerd: {0}.</source>
        <translation>Fetched and verified: {0}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="116"/>
        <source>De gegevensmap {0} kan niet worden aangemaakt ({1}).</source>
        <translation>The data folder {0} cannot be created ({1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="129"/>
        <source>Routekaart is al geopend met deze gegevensmap ({0}). Gebruik het venster dat al open is.</source>
        <translation>Routekaart is already open with this data folder ({0}). Use the window that is already open.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="132"/>
        <source>Routekaart is al geopend</source>
        <translation>Routekaart is already open</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="138"/>
        <source>Routekaart kan niet starten</source>
        <translation>Routekaart cannot start</translation>
    </message>
</context>
<context>
    <name>AppMenu</name>
    <message>
        <location filename="../../desktop/shell/app_menu.py" line="43"/>
        <source>&amp;Instellingen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/app_menu.py" line="44"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/app_menu.py" line="55"/>
        <source>Geldt na een herstart van Routekaart</source>
        <translation>Takes effect after restarting Routekaart</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/app_menu.py" line="58"/>
        <source>Tekst&amp;grootte</source>
        <translation>Text &amp;size</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/app_menu.py" line="59"/>
        <source>&amp;Groter</source>
        <translation>&amp;Larger</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/app_menu.py" line="61"/>
        <source>&amp;Kleiner</source>
        <translation>S&amp;maller</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/app_menu.py" line="63"/>
        <source>&amp;Standaard</source>
        <translation>&amp;Default</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/app_menu.py" line="65"/>
        <source>&amp;Mijn gegevens…</source>
        <translation>&amp;My details…</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/app_menu.py" line="67"/>
        <source>G&amp;egevens</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/app_menu.py" line="69"/>
        <source>&amp;Nu bijwerken</source>
        <translation>&amp;Update now</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/app_menu.py" line="72"/>
        <source>Wat is er &amp;veranderd</source>
        <translation>&amp;What has changed</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/app_menu.py" line="74"/>
        <source>Bijlage &amp;3: onderzoeksbevoegdheden…</source>
        <translation>&amp;Annex 3: investigative powers…</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/app_menu.py" line="80"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/app_menu.py" line="82"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/app_menu.py" line="83"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/app_menu.py" line="108"/>
        <source>De nieuwe taal geldt na een herstart van Routekaart.</source>
        <translation>The new language takes effect after restarting Routekaart.</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/app_menu.py" line="112"/>
        <source>Tekstgrootte: {0} punten</source>
        <translation>Text size: {0} points</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/app_menu.py" line="116"/>
        <source>Tekstgrootte: standaard</source>
        <translation>Text size: default</translation>
    </message>
</context>
<context>
    <name>AvailabilityEditor</name>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="44"/>
        <location filename="../../desktop/admin/availability_editor.py" line="131"/>
        <source>Bereikbaarheid</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="48"/>
        <source>Tijden bekend uit de bron</source>
        <translation>Hours known from the source</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="53"/>
        <source>Voorbeeld van de bereikbaarheid</source>
        <translation>Preview of the availability</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="55"/>
        <source>Bereikbaarheidsregels</source>
        <translation>Availability rules</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="58"/>
        <source>Regel toevoegen</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="60"/>
        <source>Regel verwijderen</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="64"/>
        <source>altijd (24/7)</source>
        <translation>always (24/7)</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="65"/>
        <source>op dagen en uren</source>
        <translation>on days and hours</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="73"/>
        <source>Dag {0}</source>
        <translation>Day {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="89"/>
        <source>tot</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="94"/>
        <source>elk gesprek</source>
        <translation>any call</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="95"/>
        <source>consult</source>
        <translation>consultation</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="96"/>
        <source>crisis</source>
        <translation>crisis</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="99"/>
        <source>niet vermeld in de bron</source>
        <translation>not stated in the source</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="100"/>
        <source>gesloten op feestdagen</source>
        <translation>closed on public holidays</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="101"/>
        <source>ook op feestdagen</source>
        <translation>also on public holidays</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="111"/>
        <source>Soort:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="112"/>
        <source>Dagen:</source>
        <translation>Days:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="113"/>
        <source>Van:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="114"/>
        <source>Doel:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="115"/>
        <source>Feestdagen:</source>
        <translation>Public holidays:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="120"/>
        <source>Soort regel</source>
        <translation>Kind of rule</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="121"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="122"/>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="123"/>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="124"/>
        <source>Feestdagen</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="129"/>
        <source>Bron (zoals in de routekaart):</source>
        <translation>Source (as in the routekaart):</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="130"/>
        <source>Aanname:</source>
        <translation>Assumption:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="173"/>
        <source>Voorbeeld: {0}</source>
        <translation>Preview: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="221"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="227"/>
        <location filename="../../desktop/admin/availability_editor.py" line="250"/>
        <source>Bereikbaarheid van &apos;{0}&apos; gewijzigd</source>
        <translation>Availability of &apos;{0}&apos; changed</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="258"/>
        <source>Regel toegevoegd bij &apos;{0}&apos;</source>
        <translation>Rule added to &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/availability_editor.py" line="268"/>
        <source>Regel verwijderd bij &apos;{0}&apos;</source>
        <translation>Rule removed from &apos;{0}&apos;</translation>
    </message>
</context>
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="354"/>
        <source>Wachtwoordzin van de back-up</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="359"/>
        <source>Kies een wachtwoordzin voor deze back-up (minstens {0} tekens), een andere dan die van de sleutelbos. Zonder deze wachtwoordzin is de back-up niet terug te zetten.</source>
        <translation>Choose a passphrase for this backup (at least {0} characters), another one than the keyring&apos;s. Without this passphrase the backup cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="361"/>
        <source>Geef de wachtwoordzin van de back-up.</source>
        <translation>Enter the passphrase of the backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="365"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="366"/>
        <source>&amp;Wachtwoordzin:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="370"/>
        <source>Wachtwoordzin nogmaals</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="371"/>
        <source>&amp;Nogmaals:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="393"/>
        <source>De twee wachtwoordzinnen zijn niet gelijk; typ ze opnieuw.</source>
        <translation>The two passphrases differ; type them again.</translation>
    </message>
</context>
<context>
    <name>Bijlage3Model</name>
    <message>
        <location filename="../../desktop/widgets/bijlage3_table.py" line="32"/>
        <source>Handreiking, Bijlage 3 Onderzoeksbevoegdheden per organisatie</source>
        <translation>Handreiking, Bijlage 3 Onderzoeksbevoegdheden per organisatie (investigative powers per organisation)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/bijlage3_table.py" line="34"/>
        <source>hoog</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/bijlage3_table.py" line="35"/>
        <source>middel</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/bijlage3_table.py" line="36"/>
        <source>laag</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/bijlage3_table.py" line="37"/>
        <source>niet vermeld</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/bijlage3_table.py" line="72"/>
        <source>Onderzoekshandeling</source>
        <translation>Investigative act</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/bijlage3_table.py" line="74"/>
        <source>Zekerheid lezing</source>
        <translation>Reading confidence</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/bijlage3_table.py" line="101"/>
        <source>zekerheid {0}</source>
        <translation>confidence {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/bijlage3_table.py" line="122"/>
        <source>bevoegd</source>
        <translation>authorised</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/bijlage3_table.py" line="124"/>
        <source>niet leesbaar in de bron</source>
        <translation>not readable in the source</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/bijlage3_table.py" line="125"/>
        <source>niet bevoegd</source>
        <translation>not authorised</translation>
    </message>
</context>
<context>
    <name>Bijlage3Table</name>
    <message>
        <location filename="../../desktop/widgets/bijlage3_table.py" line="133"/>
        <source>Bijlage 3 – Onderzoeksbevoegdheden per organisatie</source>
        <translation>Annex 3 – Investigative powers per organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/bijlage3_table.py" line="137"/>
        <source>Onderzoeksbevoegdheden per organisatie</source>
        <translation>Investigative powers per organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/bijlage3_table.py" line="148"/>
        <source>Welke organisatie welk onderzoek mag doen bij een vermoeden van kindermishandeling. Bron: {0}.</source>
        <translation>Which organisation may carry out which investigation when child abuse is suspected. Source: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/bijlage3_table.py" line="156"/>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/bijlage3_table.py" line="200"/>
        <source>Kolommen: de onderzoekshandeling, dan per organisatie of zij die mag doen: {0}.</source>
        <translation>Columns: the investigative act, then for each organisation whether it may carry it out: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/bijlage3_table.py" line="203"/>
        <source>{0} = bevoegd; leeg = niet bevoegd; ? = niet leesbaar in de bron.</source>
        <translation>{0} = authorised; empty = not authorised; ? = not readable in the source.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/bijlage3_table.py" line="211"/>
        <source>Zekerheid lezing: de kolommen van de tabel zijn in de brontekst verloren gegaan; de kruisjes zijn teruggelezen uit de opmaak. Hoog: de lezing geeft vijf kolommen en het aantal kruisjes van de bron. Middel: daarvoor moest een extra witregelblok als lege cel worden gelezen; de plaats van de kruisjes is niet zeker. Laag: het einde van de rij is niet leesbaar; alleen het aantal kruisjes is zeker. Bij twijfel: zie de Handreiking zelf.</source>
        <translation>Reading confidence: the table&apos;s columns were lost in the source text; the marks were read back from its layout. High: the reading gives five columns and the source&apos;s number of marks. Medium: for that, an extra block of blank lines had to be read as an empty cell; where the marks stand is not certain. Low: the end of the row cannot be read; only the number of marks is certain. When in doubt: see the Handreiking itself.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../desktop/cases/case_actions.py" line="36"/>
        <location filename="../../desktop/cases/case_actions.py" line="43"/>
        <source>Zaak verwijderen</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_actions.py" line="37"/>
        <source>Zaak ‘{0}’ met alle notities, antwoorden en termijnen verwijderen? De gegevens worden overschreven en zijn daarna niet meer terug te halen. Exporteer eerst wat in het officiële dossier hoort.</source>
        <translation>Delete case ‘{0}’ with all its notes, answers and deadlines? The data is overwritten and cannot be recovered afterwards. First export what belongs in the official file.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_actions.py" line="52"/>
        <source>Label controleren</source>
        <translation>Check the label</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_actions.py" line="53"/>
        <source>Toch dit label opslaan?</source>
        <translation>Save this label anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_actions.py" line="54"/>
        <source>Toch opslaan</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_actions.py" line="63"/>
        <location filename="../../desktop/cases/case_actions.py" line="70"/>
        <source>Toch verwijderen</source>
        <translation>Delete anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_actions.py" line="64"/>
        <source>De notities van deze zaken zijn nooit geëxporteerd:
{0}

Na verwijderen zijn de zaken met hun notities, antwoorden en termijnen niet meer terug te halen. Wat van belang is, hoort in het officiële dossier. Toch verwijderen?</source>
        <translation>The notes of these cases were never exported:
{0}

Once deleted, the cases with their notes, answers and deadlines cannot be recovered. What matters belongs in the official file. Delete anyway?</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../desktop/cases/case_editor.py" line="68"/>
        <source>Toon stap in &amp;routekaart</source>
        <translation>Show step in the &amp;routekaart</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_editor.py" line="69"/>
        <source>Toon stap in routekaart</source>
        <translation>Show step in the routekaart</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_editor.py" line="72"/>
        <source>Onderdelen van de zaak</source>
        <translation>Parts of the case</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_editor.py" line="77"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_editor.py" line="78"/>
        <source>Bespreekpunten</source>
        <translation>Discussion points (bespreekpunten)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_editor.py" line="79"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_editor.py" line="80"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_editor.py" line="83"/>
        <source>Kies een zaak of maak een nieuwe zaak.</source>
        <translation>Choose a case or create a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_editor.py" line="86"/>
        <source>&amp;Samenvatting exporteren…</source>
        <translation>E&amp;xport summary…</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_editor.py" line="87"/>
        <source>Samenvatting exporteren</source>
        <translation>Export summary</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_editor.py" line="89"/>
        <source>&amp;Meldingsformulier invullen…</source>
        <translation>Fill in the re&amp;port form…</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_editor.py" line="90"/>
        <source>Meldingsformulier invullen en exporteren</source>
        <translation>Fill in and export the report form (meldingsformulier)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_editor.py" line="92"/>
        <source>met notities</source>
        <translation>with notes</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_editor.py" line="93"/>
        <source>Notities meenemen in de samenvatting</source>
        <translation>Include the notes in the summary</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_editor.py" line="95"/>
        <source>⚠ Een export is &lt;b&gt;niet versleuteld&lt;/b&gt;: alleen voor het officiële dossier.</source>
        <translation>⚠ An export is &lt;b&gt;not encrypted&lt;/b&gt;: only for the official file.</translation>
    </message>
</context>
<context>
    <name>CaseExports</name>
    <message>
        <location filename="../../desktop/cases/case_exports.py" line="58"/>
        <source>Exporteren (niet versleuteld)</source>
        <translation>Export (not encrypted)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_exports.py" line="60"/>
        <source>PDF (*.pdf);;Tekst (*.txt)</source>
        <translation>PDF (*.pdf);;Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_exports.py" line="92"/>
        <source>Geëxporteerd (niet versleuteld): {0}</source>
        <translation>Exported (not encrypted): {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_exports.py" line="99"/>
        <source>Anonieme telling exporteren</source>
        <translation>Export anonymous counts</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_exports.py" line="99"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_exports.py" line="120"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="40"/>
        <source>1. Letsel/symptoom</source>
        <translation>1. Injury/symptom</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="41"/>
        <source>2. Gedrag of uitlatingen van een kind</source>
        <translation>2. A child&apos;s behaviour or statements</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="42"/>
        <source>3. Waarneming door een derde</source>
        <translation>3. Observation by a third party</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="43"/>
        <source>4. De dader meldt</source>
        <translation>4. The perpetrator reports it</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="47"/>
        <source>Gedragsverandering</source>
        <translation>Change in behaviour</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="48"/>
        <source>Heldere uitspraak</source>
        <translation>Clear statement</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="49"/>
        <source>Vage uitspraak</source>
        <translation>Vague statement</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="78"/>
        <source>Label van de zaak</source>
        <translation>Case label</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="79"/>
        <source>initialen of eigen code, geen naam of BSN</source>
        <translation>initials or your own code; no name or BSN (citizen service number)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="83"/>
        <source>Waarschuwing bij het label</source>
        <translation>Warning about the label</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="85"/>
        <source>Soort vermoeden</source>
        <translation>Kind of suspicion</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="89"/>
        <source>Soort uitlating</source>
        <translation>Kind of statement</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="92"/>
        <source>Zedenzaak (seksueel misbruik)</source>
        <translation>Sexual offence case (sexual abuse)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="93"/>
        <source>Zedenzaak</source>
        <translation>Sexual offence case</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="104"/>
        <location filename="../../desktop/cases/case_form.py" line="115"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="101"/>
        <source>Datum en tijd incident</source>
        <translation>Date and time of incident</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="92"/>
        <source>Zedenzaak</source>
        <comment>kort</comment>
        <translation>Sexual offence case</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="108"/>
        <source>NFI-categorie</source>
        <translation>NFI category</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="109"/>
        <source>geen NFI-zaak</source>
        <translation>not an NFI case</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="113"/>
        <source>Leeftijd kind</source>
        <translation>Age of the child</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="116"/>
        <source>Datum melding</source>
        <translation>Date of the report</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="118"/>
        <source>Huidige stap</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="120"/>
        <source>Stap {0}</source>
        <translation>Step {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="122"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="123"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="124"/>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="130"/>
        <source>Eigenaar van de zaak bij {0}</source>
        <translation>Case owner at {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="131"/>
        <source>functie of team, geen naam</source>
        <translation>function or team, no name</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="137"/>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="139"/>
        <source>Wat te doen</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="145"/>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="147"/>
        <source>&amp;Vermoeden:</source>
        <translation>Suspici&amp;on:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="148"/>
        <source>&amp;Uitlating:</source>
        <translation>S&amp;tatement:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="150"/>
        <source>In&amp;cident:</source>
        <translation>&amp;Incident:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="151"/>
        <source>N&amp;FI:</source>
        <translation>N&amp;FI:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="153"/>
        <source>Mel&amp;ding:</source>
        <translation>Report d&amp;ate:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="154"/>
        <source>Sta&amp;p:</source>
        <translation>St&amp;ep:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="155"/>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="247"/>
        <source>Niet opgeslagen: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="268"/>
        <source>⚠ Let op: </source>
        <translation>⚠ Note: </translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="315"/>
        <source>Een zaak heeft een datum van melding; vul die in.</source>
        <translation>A case has a date of report; fill it in.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="152"/>
        <source>Leef&amp;tijd kind:</source>
        <translation>Child&apos;s a&amp;ge:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="156"/>
        <source>Eigenaar VT:</source>
        <translation>Owner VT:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="157"/>
        <source>Eigenaar politie:</source>
        <translation>Owner police:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="158"/>
        <source>Eigenaar OM:</source>
        <translation>Owner OM:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="162"/>
        <source>&lt;b&gt;Wat zeggen de handreiking en de routekaart?&lt;/b&gt;</source>
        <translation>&lt;b&gt;What do the guidance and the routekaart say?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="266"/>
        <source>Met spoed: </source>
        <translation>Urgent: </translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="269"/>
        <source>stap {0}</source>
        <translation>step {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="271"/>
        <source>Bron: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_form.py" line="284"/>
        <source>&lt;p&gt;Geen bijzonderheden.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nothing in particular.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../desktop/cases/case_list.py" line="62"/>
        <source>Zoek zaak op label</source>
        <translation>Find a case by its label</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_list.py" line="63"/>
        <source>Zoek zaak</source>
        <translation>Find case</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_list.py" line="67"/>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_list.py" line="75"/>
        <source>&amp;Nieuwe zaak</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_list.py" line="76"/>
        <source>Nieuwe zaak</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_list.py" line="78"/>
        <source>Zaa&amp;k verwijderen…</source>
        <translation>Delete &amp;case…</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_list.py" line="79"/>
        <source>Zaak verwijderen</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_list.py" line="83"/>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_list.py" line="85"/>
        <source>Gesloten zaken bewaren (dagen)</source>
        <translation>Keep closed cases (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_list.py" line="96"/>
        <source>Gesloten zaken &amp;bewaren:</source>
        <translation>Keep closed cases (da&amp;ys):</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/case_list.py" line="102"/>
        <source>eigen beleid van Routekaart; het dossier bewaart langer</source>
        <translation>Routekaart&apos;s own policy; the official file keeps longer</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../desktop/cases/cases_model.py" line="55"/>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/cases_model.py" line="57"/>
        <source>, wacht op export</source>
        <translation>, waiting for export</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/cases_model.py" line="59"/>
        <source>, wordt over 1 dag verwijderd</source>
        <translation>, deleted in 1 day</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/cases_model.py" line="61"/>
        <source>, wordt bij het volgende ontgrendelen verwijderd</source>
        <translation>, deleted at the next unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/cases_model.py" line="63"/>
        <source>, wordt over {0} dagen verwijderd</source>
        <translation>, deleted in {0} days</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/cases_model.py" line="65"/>
        <source>stap {0}</source>
        <translation>step {0}</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../desktop/cases/cases_page.py" line="110"/>
        <source>Ver&amp;grendelen</source>
        <translation>Loc&amp;k</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/cases_page.py" line="111"/>
        <source>Zaken vergrendelen</source>
        <translation>Lock the cases</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/cases_page.py" line="101"/>
        <source>Telling e&amp;xporteren…</source>
        <translation>Export anony&amp;mous counts…</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/cases_page.py" line="101"/>
        <source>Telling e&amp;xporteren…</source>
        <comment>kort</comment>
        <translation>Anony&amp;mous counts…</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/cases_page.py" line="103"/>
        <source>Anonieme telling exporteren</source>
        <translation>Export anonymous counts</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/cases_page.py" line="106"/>
        <source>Bijlage &amp;3: wie mag wat onderzoeken…</source>
        <translation>Annex &amp;3: who may investigate what…</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/cases_page.py" line="106"/>
        <source>Bijlage &amp;3…</source>
        <comment>kort</comment>
        <translation>Annex &amp;3…</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/cases_page.py" line="108"/>
        <source>Onderzoeksbevoegdheden per organisatie (Bijlage 3)</source>
        <translation>Investigative powers per organisation (Annex 3)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/cases_page.py" line="237"/>
        <source>1 gesloten zaak verwijderd.</source>
        <translation>1 closed case deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/cases_page.py" line="239"/>
        <source>{0} gesloten zaken verwijderd.</source>
        <translation>{0} closed cases deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/cases_page.py" line="313"/>
        <source>Zaak {0}</source>
        <translation>Case {0}</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../../desktop/updates/changes_html.py" line="21"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/changes_html.py" line="24"/>
        <source>Vervallen</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/changes_html.py" line="26"/>
        <source>Ander nummer</source>
        <translation>Number changed</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/changes_html.py" line="34"/>
        <source>nieuwe regio op deze werkplek (revisie {0})</source>
        <translation>new region on this workstation (revision {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/changes_html.py" line="36"/>
        <source>revisie {0} → {1}</source>
        <translation>revision {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/changes_html.py" line="39"/>
        <source>Geen contacten of nummers gewijzigd.</source>
        <translation>No contacts or numbers changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/changes_html.py" line="44"/>
        <source>Wat is er veranderd</source>
        <translation>What has changed</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/changes_html.py" line="46"/>
        <source>Sinds de start van Routekaart zijn er geen regiogegevens bijgewerkt.</source>
        <translation>No region data has been updated since Routekaart started.</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="34"/>
        <source>Vak &apos;{0}&apos;</source>
        <translation>Box &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="35"/>
        <source>Vak {0}</source>
        <translation>Box {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="46"/>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="47"/>
        <source>Inleiding:</source>
        <translation>Introduction:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="49"/>
        <source>Uitgangspunten (één per regel):</source>
        <translation>Principles (one per line):</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="51"/>
        <source>Vermoedens (één per regel):</source>
        <translation>Suspicions (one per line):</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="52"/>
        <source>Meerwaarde:</source>
        <translation>Added value:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="55"/>
        <source>Gezamenlijk uitgangspunt:</source>
        <translation>Joint principle:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="60"/>
        <source>Routekaart</source>
        <translation>Routekaart</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="65"/>
        <source>Afkorting</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="65"/>
        <source>Betekenis</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="66"/>
        <location filename="../../desktop/admin/chart_tab.py" line="133"/>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="67"/>
        <source>Legenda &apos;{0}&apos;</source>
        <translation>Legend &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="74"/>
        <location filename="../../desktop/admin/chart_tab.py" line="93"/>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="75"/>
        <location filename="../../desktop/admin/chart_tab.py" line="92"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="77"/>
        <location filename="../../desktop/admin/chart_tab.py" line="134"/>
        <source>Stappen</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="78"/>
        <source>Stap {0}</source>
        <translation>Step {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="81"/>
        <source>Beschrijving:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="82"/>
        <location filename="../../desktop/admin/chart_tab.py" line="103"/>
        <source>Punten (één per regel):</source>
        <translation>Bullets (one per line):</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="84"/>
        <source>Aandachtspunten (één per regel):</source>
        <translation>Points of attention (one per line):</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="94"/>
        <source>Baan</source>
        <translation>Lane</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="96"/>
        <location filename="../../desktop/admin/chart_tab.py" line="135"/>
        <source>Vakken</source>
        <translation>Boxes</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="100"/>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="101"/>
        <source>Soort:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="102"/>
        <source>Tekst:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="104"/>
        <source>Actoren:</source>
        <translation>Actors:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="107"/>
        <source>Voetnoten:</source>
        <translation>Footnotes:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="118"/>
        <source>Van vak</source>
        <translation>From box</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="119"/>
        <source>Naar vak</source>
        <translation>To box</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="120"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="122"/>
        <location filename="../../desktop/admin/chart_tab.py" line="136"/>
        <source>Pijlen</source>
        <translation>Arrows</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="123"/>
        <source>Pijl {0}</source>
        <translation>Arrow {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="127"/>
        <source>Voetnoten van de routekaart</source>
        <translation>Footnotes of the routekaart</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="130"/>
        <source>Onderdelen van de routekaart</source>
        <translation>Parts of the routekaart</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="132"/>
        <source>Teksten</source>
        <translation>Texts</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="137"/>
        <source>Voetnoten</source>
        <translation>Footnotes</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="143"/>
        <source>Voorbeeld van de routekaart</source>
        <translation>Preview of the routekaart</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="170"/>
        <source>Nieuw vak</source>
        <translation>New box</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="205"/>
        <source>Het voorbeeld is niet bijgewerkt: los eerst de problemen in de routekaart op.</source>
        <translation>The preview has not been updated: solve the problems in the routekaart first.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="226"/>
        <source>Het voorbeeld is niet bijgewerkt: de routekaart is nog onvolledig.</source>
        <translation>The preview has not been updated: the routekaart is still incomplete.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/chart_tab.py" line="235"/>
        <source>Voorbeeld, zoals werkplekken de routekaart tonen:</source>
        <translation>Preview, as workstations show the routekaart:</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../desktop/routekaart/chart_view.py" line="190"/>
        <source>Routekaart</source>
        <translation>Routekaart</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/chart_view.py" line="192"/>
        <source>Stappen 0 tot en met 3; kies een vak met Tab of de pijltjestoetsen.</source>
        <translation>Steps 0 to 3; choose a box with Tab or the arrow keys.</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/chart_view.py" line="264"/>
        <source>STAP {0}</source>
        <translation>STEP {0}</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="38"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="39"/>
        <source>besproken</source>
        <translation>discussed</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="40"/>
        <source>n.v.t.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="52"/>
        <source>Alleen open punten</source>
        <translation>Open points only</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="53"/>
        <source>Alleen open punten tonen</source>
        <translation>Show open points only</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="56"/>
        <source>Bespreekpunten</source>
        <translation>Discussion points (bespreekpunten)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="58"/>
        <source>Bespreekpunt</source>
        <translation>Discussion point</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="58"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="58"/>
        <location filename="../../desktop/cases/checklist_panel.py" line="78"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="70"/>
        <source>Status van het bespreekpunt</source>
        <translation>Status of the discussion point</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="74"/>
        <source>Wie doet het</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="78"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="80"/>
        <source>Antwoord of afspraak (versleuteld opgeslagen)</source>
        <translation>Answer or agreement (stored encrypted)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="81"/>
        <source>Afspraak of antwoord; wordt versleuteld opgeslagen</source>
        <translation>Agreement or answer; stored encrypted</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="85"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="87"/>
        <source>W&amp;anneer:</source>
        <translation>Wh&amp;en:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="88"/>
        <source>An&amp;twoord:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="86"/>
        <source>&amp;Wie:</source>
        <translation>Wh&amp;o:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/checklist_panel.py" line="168"/>
        <source>Dit antwoord is beschadigd en kan niet worden gelezen.</source>
        <translation>This answer is damaged and cannot be read.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../desktop/routekaart/contacts_model.py" line="87"/>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/contacts_model.py" line="88"/>
        <source>Functie</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/contacts_model.py" line="89"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/contacts_model.py" line="90"/>
        <source>Bereikbaarheid</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/contacts_model.py" line="107"/>
        <source>achtervang: {0} {1}</source>
        <translation>backup: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/contacts_model.py" line="119"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../desktop/routekaart/contacts_panel.py" line="76"/>
        <source>Kop nu bereikbaar</source>
        <translation>Heading available now</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/contacts_panel.py" line="79"/>
        <source>Contacten, gerangschikt op wie nu opneemt</source>
        <translation>Contacts, ranked by who answers now</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/contacts_panel.py" line="111"/>
        <location filename="../../desktop/routekaart/contacts_panel.py" line="112"/>
        <location filename="../../desktop/routekaart/contacts_panel.py" line="117"/>
        <source>Nummer kopiëren</source>
        <translation>Copy number</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/contacts_panel.py" line="114"/>
        <location filename="../../desktop/routekaart/contacts_panel.py" line="121"/>
        <source>Bellen</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/contacts_panel.py" line="115"/>
        <source>Bellen via tel:-koppeling</source>
        <translation>Call through a tel: link</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/contacts_panel.py" line="231"/>
        <location filename="../../desktop/routekaart/contacts_panel.py" line="239"/>
        <source>Kies eerst een contact.</source>
        <translation>Choose a contact first.</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/contacts_panel.py" line="234"/>
        <source>Gekopieerd: {0} ({1})</source>
        <translation>Copied: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/contacts_panel.py" line="244"/>
        <source>Geen programma voor tel:-koppelingen; nummer gekopieerd: {0}</source>
        <translation>No program for tel: links; number copied: {0}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop/crash.py" line="45"/>
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desktop/crash.py" line="46"/>
        <source>Er ging iets onverwachts mis. Wat u hebt opgeslagen, blijft bewaard; probeer het opnieuw. Blijft het gebeuren, geef dan het logbestand routekaart.log uit de gegevensmap aan uw beheerder (er staan geen zaakgegevens in).</source>
        <translation>Something unexpected went wrong. What you have saved is kept; please try again. If it keeps happening, give the log file routekaart.log from the data folder to your administrator (it holds no case data).</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/widgets/date_field.py" line="158"/>
        <source>dd-mm-jjjj uu:mm</source>
        <translation>dd-mm-yyyy hh:mm</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_field.py" line="158"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_field.py" line="161"/>
        <source>Typ bijvoorbeeld 29-11-2026, 29112026 of ‘vandaag’; leeg is: geen datum.</source>
        <translation>Type for example 29-11-2026, 29112026 or ‘vandaag’ (today); empty means: no date.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_field.py" line="162"/>
        <source> Een tijd erachter: 29-11-2026 14:30.</source>
        <translation> A time after it: 29-11-2026 14:30.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_field.py" line="166"/>
        <location filename="../../desktop/widgets/date_field.py" line="167"/>
        <source>Kalender openen</source>
        <translation>Open calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_field.py" line="171"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_field.py" line="183"/>
        <source>Datum wissen</source>
        <translation>Clear date</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_field.py" line="184"/>
        <source>Datum wissen (geen datum)</source>
        <translation>Clear date (no date)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/date_field.py" line="188"/>
        <source>Fout in de datum</source>
        <translation>Error in the date</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="33"/>
        <source>bellen</source>
        <translation>call</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="33"/>
        <source>kopiëren</source>
        <translation>copy</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="81"/>
        <source>Achtervang: {0}</source>
        <translation>Backup: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="93"/>
        <location filename="../../desktop/routekaart/detail_html.py" line="114"/>
        <source>Stap {0}: {1}</source>
        <translation>Step {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="94"/>
        <source>Betrokken: {0}</source>
        <translation>Involved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="95"/>
        <source>Wie bel je</source>
        <translation>Who to call</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="96"/>
        <source>Geen nummers voor dit vak in dit gebied.</source>
        <translation>No numbers for this box in this area.</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="108"/>
        <source>Geen nummer in de routekaart voor: {0}</source>
        <translation>No number in the routekaart for: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="115"/>
        <source>Aandachtspunten</source>
        <translation>Points of attention</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="142"/>
        <source>Bron: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="151"/>
        <source>Lezing van de bron</source>
        <translation>How the source was read</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="153"/>
        <source>Zo staat het er</source>
        <translation>As written</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="154"/>
        <source>Gelezen als</source>
        <translation>Read as</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="155"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="168"/>
        <source>{0}, versie {1}</source>
        <translation>{0}, version {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="169"/>
        <source>Uitgangspunten</source>
        <translation>Principles</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="170"/>
        <source>Vermoedens van strafbare kindermishandeling</source>
        <translation>Suspicions of criminal child abuse</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="171"/>
        <source>Legenda: {0}</source>
        <translation>Legend: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/detail_html.py" line="172"/>
        <source>Kies een vak in de routekaart om te zien wie je belt.</source>
        <translation>Choose a box in the routekaart to see whom to call.</translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <location filename="../../desktop/admin/expiry_banner.py" line="29"/>
        <source>Opnieuw ondertekenen</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/expiry_banner.py" line="43"/>
        <source>Herinnering: handtekening verloopt</source>
        <translation>Reminder: signature expires</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../desktop/admin/fields.py" line="132"/>
        <source>✗ geen geldig Nederlands nummer</source>
        <translation>✗ not a valid Dutch number</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/fields.py" line="134"/>
        <source>✓ {0}</source>
        <translation>✓ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/fields.py" line="282"/>
        <source>{0}: {1} gewijzigd</source>
        <translation>{0}: {1} changed</translation>
    </message>
</context>
<context>
    <name>GeneralForm</name>
    <message>
        <location filename="../../desktop/admin/editors.py" line="49"/>
        <source>Naam van de regio:</source>
        <translation>Name of the region:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="50"/>
        <source>Omschrijving:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="52"/>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="57"/>
        <source>Versie (zoals de regio hem noemt):</source>
        <translation>Version (as the region calls it):</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="58"/>
        <source>Geldig vanaf:</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="58"/>
        <source>JJJJ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="59"/>
        <source>Uitgever:</source>
        <translation>Publisher:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="60"/>
        <source>Bron:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="62"/>
        <source>Bundel</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/editors.py" line="86"/>
        <source>Revisie {0}. De app verhoogt de revisie zelf bij het publiceren; u hoeft hem niet te wijzigen.</source>
        <translation>Revision {0}. The app raises the revision itself when publishing; you need not change it.</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <location filename="../../desktop/cases/key_change.py" line="64"/>
        <source>Mislukt.</source>
        <translation>Failed.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/key_change.py" line="70"/>
        <source>Sleutel vernieuwd; alle notities zijn opnieuw versleuteld.</source>
        <translation>Key renewed; all notes have been encrypted again.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/key_change.py" line="72"/>
        <source>Wachtwoordzin gewijzigd.</source>
        <translation>Passphrase changed.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="95"/>
        <source>Met de regiosleutel ondertekent u de regio. De sleutel blijft in de sleutelbos van deze computer; alleen de publieke sleutel gaat naar LNZS, dat de regio aan die sleutel delegeert.</source>
        <translation>The regional key signs the region. The key stays in this computer&apos;s keyring; only the public key goes to LNZS, who delegates the region to that key.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="98"/>
        <source>Sleutel maken</source>
        <translation>Create key</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="100"/>
        <source>Sleutel tonen</source>
        <translation>Show key</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="102"/>
        <source>Publieke sleutel opslaan…</source>
        <translation>Save public key…</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="104"/>
        <source>Back-up maken…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="106"/>
        <source>Terugzetten uit back-up…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="115"/>
        <source>Vingerafdruk (lees deze groep voor groep voor):</source>
        <translation>Fingerprint (read it aloud group by group):</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="117"/>
        <source>Vingerafdruk van de regiosleutel</source>
        <translation>Fingerprint of the regional key</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="124"/>
        <source>Melding over de regiosleutel</source>
        <translation>Message about the regional key</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="147"/>
        <location filename="../../desktop/admin/key_page.py" line="203"/>
        <source>Sleutel vervangen?</source>
        <translation>Replace the key?</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="149"/>
        <source>Er staat al een sleutel voor deze regio in de sleutelbos. Een nieuwe sleutel vervangt hem: daarna kunt u pas weer publiceren als LNZS de nieuwe sleutel heeft gedelegeerd, en een oude back-up past niet meer. Vervangen?</source>
        <translation>The keyring already holds a key for this region. A new key replaces it: after that you can publish again only once LNZS has delegated the new key, and an old backup no longer fits. Replace?</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="205"/>
        <source>Er staat een andere sleutel voor deze regio in de sleutelbos. Vervangen door de sleutel uit de back-up? Publiceren kan dan alleen als LNZS de sleutel uit de back-up heeft gedelegeerd.</source>
        <translation>The keyring holds another key for this region. Replace it with the key from the backup? Publishing then works only if LNZS has delegated the key from the backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="231"/>
        <source>Publieke sleutel opslaan</source>
        <translation>Save public key</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="232"/>
        <source>Publieke sleutel (*.json)</source>
        <translation>Public key (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="239"/>
        <source>Back-up van de regiosleutel maken</source>
        <translation>Back up the regional key</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="240"/>
        <source>Sleutelback-up (*.json)</source>
        <translation>Key backup (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="246"/>
        <source>Regiosleutel terugzetten uit back-up</source>
        <translation>Restore the regional key from a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="247"/>
        <source>Sleutelback-up (*.json);;Alle bestanden (*)</source>
        <translation>Key backup (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="261"/>
        <source>Kies eerst een regio.</source>
        <translation>Choose a region first.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="292"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="312"/>
        <source>De regiosleutel is gemaakt en staat in de sleutelbos van deze computer.</source>
        <translation>The regional key has been created and is in this computer&apos;s keyring.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="313"/>
        <source>De oude regiosleutel is vervangen door een nieuwe.</source>
        <translation>The old regional key has been replaced by a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="314"/>
        <source>Dit is de regiosleutel in de sleutelbos van deze computer.</source>
        <translation>This is the regional key in this computer&apos;s keyring.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="315"/>
        <source>Publieke sleutel opgeslagen als {0}.</source>
        <translation>Public key saved as {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="317"/>
        <source>Back-up gemaakt: {0}. Bewaar het bestand buiten deze computer (bijvoorbeeld op een USB-stick in een kluis) en de wachtwoordzin ergens anders.</source>
        <translation>Backup made: {0}. Keep the file away from this computer (for example on a USB stick in a safe) and the passphrase somewhere else.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="321"/>
        <source>De regiosleutel uit de back-up staat nu in de sleutelbos van deze computer.</source>
        <translation>The regional key from the backup is now in this computer&apos;s keyring.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/key_page.py" line="336"/>
        <source>Wat u nu doet:
1. Sla de publieke sleutel op (&apos;Publieke sleutel opslaan…&apos;) en stuur dat bestand naar LNZS.
2. LNZS belt u voordat de regio aan deze sleutel wordt gedelegeerd. Lees dan samen de vingerafdruk hierboven, groep voor groep; klopt één groep niet, dan delegeert LNZS niet.
3. Maak een back-up (&apos;Back-up maken…&apos;) en bewaar die buiten deze computer.
Tot LNZS de sleutel heeft gedelegeerd, kunt u met deze sleutel niet publiceren.</source>
        <translation>What to do now:
1. Save the public key (&apos;Save public key…&apos;) and send that file to LNZS.
2. LNZS calls you before delegating the region to this key. Read the fingerprint above together, group by group; if one group differs, LNZS does not delegate.
3. Make a backup (&apos;Back up…&apos;) and keep it away from this computer.
Until LNZS has delegated the key, you cannot publish with it.</translation>
    </message>
</context>
<context>
    <name>KeyPanel</name>
    <message>
        <location filename="../../desktop/cases/key_panel.py" line="24"/>
        <source>Wachtwoordzin en sleutel</source>
        <translation>Passphrase and key</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/key_panel.py" line="25"/>
        <source>Huidige wachtwoordzin</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/key_panel.py" line="26"/>
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/key_panel.py" line="27"/>
        <source>Nieuwe wachtwoordzin herhalen</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/key_panel.py" line="28"/>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/key_panel.py" line="29"/>
        <source>Wachtwoordzin wijzigen</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/key_panel.py" line="31"/>
        <source>Wijzigen en sleutel vernieuwen</source>
        <translation>Change and renew the key</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/key_panel.py" line="31"/>
        <source>Ook sleutel vernieuwen</source>
        <comment>kort</comment>
        <translation>Also renew the key</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/key_panel.py" line="33"/>
        <source>Wachtwoordzin wijzigen en sleutel vernieuwen</source>
        <translation>Change the passphrase and renew the key</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/key_panel.py" line="36"/>
        <source>Melding bij de wachtwoordzin</source>
        <translation>Message about the passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/key_panel.py" line="38"/>
        <source>Huidige:</source>
        <translation>Current:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/key_panel.py" line="41"/>
        <source>Nieuwe:</source>
        <translation>New:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/key_panel.py" line="42"/>
        <source>Herhaal:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/key_panel.py" line="61"/>
        <source>Vul eerst de huidige wachtwoordzin in.</source>
        <translation>First enter the current passphrase.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/key_panel.py" line="70"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="70"/>
        <source>Routekaart — samenwerken bij strafbare kindermishandeling</source>
        <translation>Routekaart — working together on criminal child abuse</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="75"/>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="76"/>
        <source>Routekaart</source>
        <translation>Routekaart</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="82"/>
        <location filename="../../desktop/shell/main_window.py" line="169"/>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="91"/>
        <source>Gegevensversie</source>
        <translation>Data version</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="145"/>
        <source>{0}, versie {1} (geldig vanaf {2})</source>
        <translation>{0}, version {1} (valid from {2})</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="177"/>
        <source>Zaken zijn nu niet beschikbaar: de gegevensmap kan niet worden gebruikt (zie de melding bovenaan), dus een nieuwe zaak of notitie zou bij het sluiten verloren gaan. De contactgegevens en de routekaart zijn wel te gebruiken. Los het probleem op of kies een andere gegevensmap, en start Routekaart opnieuw; opgeslagen zaken zijn niet gewijzigd.</source>
        <translation>Cases are not available now: the data folder cannot be used (see the message at the top), so a new case or note would be lost when the app closes. The contact details and the routekaart can still be used. Solve the problem or choose another data folder, and start Routekaart again; stored cases have not been changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="182"/>
        <source>Zaken niet beschikbaar</source>
        <translation>Cases not available</translation>
    </message>
</context>
<context>
    <name>MeldingFormDialog</name>
    <message>
        <location filename="../../desktop/cases/melding_form_dialog.py" line="61"/>
        <source>Meldingsformulier – {0}</source>
        <translation>Report form – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/melding_form_dialog.py" line="102"/>
        <source>HSSK Bijlage 2</source>
        <translation>HSSK Appendix 2</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/melding_form_dialog.py" line="106"/>
        <source>Wat de zaak en ‘Mijn gegevens’ weten is al ingevuld. De antwoorden worden versleuteld opgeslagen; de PDF is &lt;b&gt;niet versleuteld&lt;/b&gt;: alleen voor de politie en het dossier.</source>
        <translation>What the case and ‘My details’ know is already filled in. The answers are stored encrypted; the PDF is &lt;b&gt;not encrypted&lt;/b&gt;: only for the police and the official file.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/melding_form_dialog.py" line="113"/>
        <source>Waarschuwing over anonimiteit</source>
        <translation>Warning about anonymity</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/melding_form_dialog.py" line="117"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/melding_form_dialog.py" line="118"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/melding_form_dialog.py" line="119"/>
        <source>Opslaan en als &amp;PDF exporteren…</source>
        <translation>Save and export as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/melding_form_dialog.py" line="120"/>
        <source>Sl&amp;uiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/melding_form_dialog.py" line="200"/>
        <source>⚠ Opgeslagen (versleuteld), behalve een datum die niet klopt; zie hierboven.</source>
        <translation>⚠ Saved (encrypted), except a date that is not right; see above.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/melding_form_dialog.py" line="203"/>
        <source>Opgeslagen (versleuteld).</source>
        <translation>Saved (encrypted).</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/melding_form_dialog.py" line="208"/>
        <source>⚠ Een antwoord is te lang voor het formulier; zie hierboven.</source>
        <translation>⚠ An answer is too long for the form; see above.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/melding_form_dialog.py" line="211"/>
        <source>⚠ Een datum in het formulier klopt niet; zie hierboven.</source>
        <translation>⚠ A date in the form is not right; see above.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/melding_form_dialog.py" line="220"/>
        <source>Meldingsformulier exporteren (niet versleuteld)</source>
        <translation>Export report form (not encrypted)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/melding_form_dialog.py" line="222"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/melding_form_dialog.py" line="238"/>
        <source>Geëxporteerd (niet versleuteld): {0}</source>
        <translation>Exported (not encrypted): {0}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop/cases/notes_panel.py" line="67"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/notes_panel.py" line="69"/>
        <source>Notitie (versleuteld opgeslagen)</source>
        <translation>Note (stored encrypted)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/notes_panel.py" line="70"/>
        <source>Typ een notitie; ze wordt versleuteld opgeslagen.</source>
        <translation>Type a note; it is stored encrypted.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/notes_panel.py" line="71"/>
        <location filename="../../desktop/cases/notes_panel.py" line="72"/>
        <source>Nieuwe notitie</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/notes_panel.py" line="73"/>
        <location filename="../../desktop/cases/notes_panel.py" line="74"/>
        <source>Notitie verwijderen</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/notes_panel.py" line="75"/>
        <source>Notities horen ook in het officiële dossier (Handelingsprotocol 15.7).</source>
        <translation>Notes also belong in the official file (Handelingsprotocol 15.7).</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/notes_panel.py" line="161"/>
        <location filename="../../desktop/cases/notes_panel.py" line="180"/>
        <source>[Deze notitie is beschadigd en kan niet worden gelezen.]</source>
        <translation>[This note is damaged and cannot be read.]</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/notes_panel.py" line="179"/>
        <source>⚠ onleesbare notitie</source>
        <translation>⚠ unreadable note</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../desktop/admin/notice.py" line="29"/>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/notice.py" line="46"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../desktop/cases/passphrase_fields.py" line="21"/>
        <source>Kies een wachtwoordzin van minstens {0} tekens.</source>
        <translation>Choose a passphrase of at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/passphrase_fields.py" line="24"/>
        <source>De twee wachtwoordzinnen verschillen.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/admin/passphrase_dialog.py" line="15"/>
        <source>Regiosleutel ontgrendelen</source>
        <translation>Unlock the region key</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/passphrase_dialog.py" line="18"/>
        <source>De sleutel van {0} staat in een versleuteld sleutelbosbestand. Geef de wachtwoordzin van dat bestand om te ondertekenen.</source>
        <translation>The key of {0} is in an encrypted keyring file. Give the passphrase of that file to sign.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/passphrase_dialog.py" line="28"/>
        <source>&amp;Wachtwoordzin:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/passphrase_dialog.py" line="31"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../desktop/admin/problems_panel.py" line="29"/>
        <source>Problemen in het concept</source>
        <translation>Problems in the draft</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/problems_panel.py" line="50"/>
        <source>⚠ {0} probleem/problemen; ondertekenen kan pas als ze zijn opgelost. Kies een probleem om naar het veld te gaan.</source>
        <translation>⚠ {0} problem(s); signing is possible once they are solved. Choose a problem to go to its field.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/problems_panel.py" line="54"/>
        <source>✓ Geen problemen gevonden.</source>
        <translation>✓ No problems found.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../desktop/cases/profile_dialog.py" line="52"/>
        <source>Mijn gegevens</source>
        <translation>My details</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/profile_dialog.py" line="55"/>
        <source>Deze gegevens komen als afzender en terugbelnummer op het meldingsformulier. Een functie en dienstnummer zijn genoeg; uw naam is niet nodig.</source>
        <translation>These details appear as sender and call-back number on the report form. A function and service number are enough; your name is not needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/profile_dialog.py" line="61"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/profile_dialog.py" line="62"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/profile_dialog.py" line="63"/>
        <source>bijvoorbeeld vertrouwensarts</source>
        <translation>for example confidential doctor (vertrouwensarts)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/profile_dialog.py" line="64"/>
        <source>Functie</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/profile_dialog.py" line="65"/>
        <source>Dienstnummer</source>
        <translation>Service number</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/profile_dialog.py" line="66"/>
        <source>Terugbelnummer</source>
        <translation>Call-back number</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/profile_dialog.py" line="69"/>
        <source>Fout in mijn gegevens</source>
        <translation>Error in my details</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/profile_dialog.py" line="78"/>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/profile_dialog.py" line="79"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/profile_dialog.py" line="80"/>
        <source>&amp;Functie:</source>
        <translation>&amp;Function:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/profile_dialog.py" line="81"/>
        <source>&amp;Dienstnummer:</source>
        <translation>Service &amp;number:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/profile_dialog.py" line="82"/>
        <source>Te&amp;rugbelnummer:</source>
        <translation>&amp;Call-back number:</translation>
    </message>
</context>
<context>
    <name>PublishPanel</name>
    <message>
        <location filename="../../desktop/admin/publish_panel.py" line="39"/>
        <location filename="../../desktop/admin/publish_panel.py" line="46"/>
        <source>Wat verandert er voor werkplekken</source>
        <translation>What changes for workstations</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/publish_panel.py" line="51"/>
        <source>&amp;Ondertekenen en publiceren</source>
        <translation>&amp;Sign and publish</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/publish_panel.py" line="52"/>
        <source>Opnieuw ondertekenen</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/publish_panel.py" line="53"/>
        <source>Gepubliceerde versie ophalen en vergelijken</source>
        <translation>Fetch the published version and compare</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/publish_panel.py" line="55"/>
        <source>Voortgang van het publiceren</source>
        <translation>Progress of publishing</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/publish_panel.py" line="59"/>
        <source>Uitkomst van het publiceren</source>
        <translation>Outcome of publishing</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/publish_panel.py" line="81"/>
        <source>Geen verschil: werkplekken zien niets nieuws.</source>
        <translation>No difference: workstations see nothing new.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/publish_panel.py" line="89"/>
        <source>Wanneer de handtekening van deze regio verloopt is op deze werkplek nog niet bekend; haal de gepubliceerde versie op om het te zien.</source>
        <translation>When the signature of this region expires is not yet known on this workstation; fetch the published version to see it.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/publish_panel.py" line="115"/>
        <source>Versturen naar de centrale bron: {0} van {1} kB</source>
        <translation>Sending to the central source: {0} of {1} kB</translation>
    </message>
</context>
<context>
    <name>PurgeNotice</name>
    <message>
        <location filename="../../desktop/cases/purge_notice.py" line="39"/>
        <source>Gesloten zaken die op export wachten</source>
        <translation>Closed cases waiting for export</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/purge_notice.py" line="45"/>
        <source>Zaken die op export wachten</source>
        <translation>Cases waiting for export</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/purge_notice.py" line="48"/>
        <source>Eerst exp&amp;orteren…</source>
        <translation>Export &amp;before deleting…</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/purge_notice.py" line="49"/>
        <source>Notities van de gekozen zaak eerst exporteren</source>
        <translation>Export the notes of the chosen case first</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/purge_notice.py" line="52"/>
        <source>Toch verwi&amp;jderen…</source>
        <translation>Delete any&amp;way…</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/purge_notice.py" line="53"/>
        <source>Gekozen zaken toch verwijderen</source>
        <translation>Delete the chosen cases anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/purge_notice.py" line="55"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/purge_notice.py" line="56"/>
        <source>Melding over zaken die op export wachten verbergen</source>
        <translation>Hide the notice about cases waiting for export</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/purge_notice.py" line="58"/>
        <source>De zaken blijven bewaard; de melding komt terug bij het ontgrendelen.</source>
        <translation>The cases are kept; the notice returns at the next unlock.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/purge_notice.py" line="64"/>
        <source>&lt;b&gt;⚠ Gesloten zaken wachten op export&lt;/b&gt;</source>
        <translation>&lt;b&gt;⚠ Closed cases are waiting for export&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/purge_notice.py" line="79"/>
        <source>{0} — gesloten op {1}</source>
        <translation>{0} — closed on {1}</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../desktop/admin/records.py" line="265"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/records.py" line="266"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/records.py" line="267"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/records.py" line="268"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/records.py" line="270"/>
        <source>toevoegen</source>
        <translation>add</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/records.py" line="271"/>
        <source>verwijderen</source>
        <translation>remove</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/records.py" line="272"/>
        <source>omhoog</source>
        <translation>up</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/records.py" line="273"/>
        <source>omlaag</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/records.py" line="373"/>
        <source>{0} toegevoegd</source>
        <translation>{0} added</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/records.py" line="382"/>
        <source>{0} verwijderd</source>
        <translation>{0} removed</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/records.py" line="389"/>
        <source>{0} verplaatst</source>
        <translation>{0} moved</translation>
    </message>
</context>
<context>
    <name>RecordModel</name>
    <message>
        <location filename="../../desktop/admin/records.py" line="137"/>
        <source>{0}: {1} gewijzigd</source>
        <translation>{0}: {1} changed</translation>
    </message>
</context>
<context>
    <name>RoutekaartPage</name>
    <message>
        <location filename="../../desktop/routekaart/page.py" line="102"/>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/page.py" line="104"/>
        <source>Gebied</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/page.py" line="106"/>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/page.py" line="107"/>
        <source>Alle stappen</source>
        <translation>All steps</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/page.py" line="109"/>
        <source>Stap {0}</source>
        <translation>Step {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/page.py" line="111"/>
        <source>Zoek contact, stap of tekst (Ctrl+K)</source>
        <translation>Search for a contact, step or text (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/page.py" line="112"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/page.py" line="119"/>
        <source>&amp;Regio:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/page.py" line="120"/>
        <source>&amp;Gebied:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/page.py" line="121"/>
        <source>S&amp;tap:</source>
        <translation>S&amp;tep:</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/page.py" line="267"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/page.py" line="338"/>
        <source>Er zijn geen regiogegevens geladen.</source>
        <translation>No region data has been loaded.</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/page.py" line="351"/>
        <source>Alle gebieden</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/page.py" line="459"/>
        <source>Nu bereikbaar — {0}, {1} {2:%H:%M}</source>
        <translation>Available now — {0}, {1} {2:%H:%M}</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/page.py" line="461"/>
        <source> — stap {0}</source>
        <translation> — step {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/page.py" line="558"/>
        <source>Gekopieerd: {0}</source>
        <translation>Copied: {0}</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../desktop/routekaart/search_results.py" line="17"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/search_results.py" line="18"/>
        <location filename="../../desktop/routekaart/search_results.py" line="20"/>
        <source>Routekaart</source>
        <translation>Routekaart</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/search_results.py" line="19"/>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/search_results.py" line="21"/>
        <source>Handreiking</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/search_results.py" line="30"/>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/search_results.py" line="49"/>
        <source>Niets gevonden.</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <location filename="../../desktop/shortcuts.py" line="36"/>
        <source>Naar het zoekveld</source>
        <translation>Go to the search field</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="40"/>
        <source>Zoekveld leegmaken (in het zoekveld)</source>
        <translation>Clear the search field (in the search field)</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="45"/>
        <source>Pijl omlaag</source>
        <translation>Down arrow</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="46"/>
        <source>Van het zoekveld naar de zoekresultaten</source>
        <translation>From the search field to the search results</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="50"/>
        <source>Gekozen zoekresultaat of contact openen</source>
        <translation>Open the chosen search result or contact</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="52"/>
        <source>Tabblad Routekaart</source>
        <translation>Routekaart tab</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="54"/>
        <source>Tabblad Zaken</source>
        <translation>Cases tab</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="63"/>
        <source>Pijltjestoetsen</source>
        <translation>Arrow keys</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="64"/>
        <source>Vakken van de routekaart na elkaar kiezen</source>
        <translation>Choose the boxes of the routekaart one after another</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="74"/>
        <source>Nummer van het gekozen contact kopiëren (in de lijst)</source>
        <translation>Copy the number of the chosen contact (in the list)</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="69"/>
        <source>Naar het volgende veld, de volgende lijst of knop</source>
        <translation>To the next field, list or button</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="58"/>
        <source>Gegevens nu bijwerken bij de centrale bron (ook Ctrl+R)</source>
        <translation>Update the data from the central source now (also Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="80"/>
        <source>Gekozen contact bellen (in de lijst)</source>
        <translation>Call the chosen contact (in the list)</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="85"/>
        <source>Alt+onderstreepte letter</source>
        <translation>Alt+underlined letter</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="86"/>
        <source>Het veld of de knop met die letter</source>
        <translation>The field or button with that letter</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="91"/>
        <source>Tekst groter</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="97"/>
        <source>Tekst kleiner</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="101"/>
        <source>Standaard tekstgrootte</source>
        <translation>Default text size</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="105"/>
        <source>Ctrl++ / Ctrl+- / Ctrl+0, Ctrl+scrollwiel</source>
        <translation>Ctrl++ / Ctrl+- / Ctrl+0, Ctrl+scroll wheel</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="106"/>
        <source>Routekaart in- en uitzoomen (in de routekaart)</source>
        <translation>Zoom the routekaart in and out (in the routekaart)</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="108"/>
        <source>Routekaart afsluiten</source>
        <translation>Quit Routekaart</translation>
    </message>
    <message>
        <location filename="../../desktop/shortcuts.py" line="112"/>
        <source>Deze lijst met sneltoetsen</source>
        <translation>This list of keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/shortcuts_help.py" line="37"/>
        <source>Sneltoetsen — Routekaart</source>
        <translation>Keyboard shortcuts — Routekaart</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/shortcuts_help.py" line="40"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/shortcuts_help.py" line="41"/>
        <source>Toetsen</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/shortcuts_help.py" line="41"/>
        <source>Wat het doet</source>
        <translation>What it does</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/shortcuts_help.py" line="55"/>
        <source>De sneltoetsen werken in het hoofdvenster; dit venster mag open blijven.</source>
        <translation>The shortcuts work in the main window; this window may stay open.</translation>
    </message>
</context>
<context>
    <name>SourceSettings</name>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="58"/>
        <source>Centrale bron</source>
        <translation>Central source</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="63"/>
        <source>Vanaf hier haalt deze werkplek de ondertekende gegevens op. Vraag de URL en het rootbestand (root.json) aan LNZS, en vergelijk de vingerafdruk met wat LNZS u geeft.</source>
        <translation>This workstation fetches the signed data from here. Ask LNZS for the URL and the root file (root.json), and compare the fingerprint with the one LNZS gives you.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="67"/>
        <source>URL van de centrale bron</source>
        <translation>URL of the central source</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="69"/>
        <source>Vertrouwde root</source>
        <translation>Trusted root</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="71"/>
        <source>Vingerafdruk van de root</source>
        <translation>Fingerprint of the root</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="75"/>
        <source>Rootbestand kiezen…</source>
        <translation>Choose root file…</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="77"/>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="80"/>
        <source>Uitkomst van de test</source>
        <translation>Outcome of the test</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="88"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="94"/>
        <source>Vertrouwde root:</source>
        <translation>Trusted root:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="95"/>
        <source>Vingerafdruk:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="109"/>
        <source>Geen: kies het rootbestand dat u van LNZS kreeg.</source>
        <translation>None: choose the root file you received from LNZS.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="115"/>
        <location filename="../../desktop/admin/source_settings.py" line="135"/>
        <source>{0} is niet leesbaar ({1}).</source>
        <translation>{0} cannot be read ({1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="119"/>
        <source>nieuw gekozen</source>
        <translation>newly chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="119"/>
        <source>in gebruik</source>
        <translation>in use</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="125"/>
        <source>Rootbestand kiezen</source>
        <translation>Choose root file</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="125"/>
        <source>TUF-root (*.json)</source>
        <translation>TUF root (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="149"/>
        <source>De URL moet beginnen met https:// (of http:// binnen het eigen netwerk).</source>
        <translation>The URL must start with https:// (or http:// within your own network).</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="167"/>
        <source>Vul eerst de URL in.</source>
        <translation>Fill in the URL first.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="169"/>
        <source>Kies eerst het rootbestand.</source>
        <translation>Choose the root file first.</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="172"/>
        <source>Bezig met testen: een echte synchronisatie in een tijdelijke map…</source>
        <translation>Testing: a real sync into a temporary folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="181"/>
        <source>Niet gelukt: {0}</source>
        <translation>Did not work: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/admin/source_settings.py" line="198"/>
        <source>De root kon niet worden opgeslagen in {0} ({1}).</source>
        <translation>The root could not be saved in {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/routekaart/contacts_model.py" line="48"/>
        <source>Nu bereikbaar</source>
        <translation>Available now</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/contacts_model.py" line="49"/>
        <source>Deels bereikbaar</source>
        <translation>Partly available</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/contacts_model.py" line="50"/>
        <source>Tijden niet vermeld</source>
        <translation>Hours not stated</translation>
    </message>
    <message>
        <location filename="../../desktop/routekaart/contacts_model.py" line="51"/>
        <source>Nu niet bereikbaar</source>
        <translation>Not available now</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message>
        <location filename="../../desktop/updates/sync_banner.py" line="43"/>
        <source>Wat is er &amp;veranderd</source>
        <translation>&amp;What has changed</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_banner.py" line="47"/>
        <location filename="../../desktop/updates/sync_banner.py" line="48"/>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_banner.py" line="63"/>
        <source>Let op</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_banner.py" line="63"/>
        <source>Bijgewerkt</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_banner.py" line="76"/>
        <source>Melding: {0}</source>
        <translation>Message: {0}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="139"/>
        <source>Opgeslagen gegevens geweigerd. {0}</source>
        <translation>Stored data refused. {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="190"/>
        <source>Bijwerken is mislukt op deze computer: {0}</source>
        <translation>Updating failed on this computer: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="194"/>
        <source>Update geweigerd. {0}</source>
        <translation>Update rejected. {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="196"/>
        <source>De centrale bron is niet bereikbaar. {0}</source>
        <translation>The central source cannot be reached. {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="208"/>
        <source>nieuwe gegevens voor {0}.</source>
        <translation>new data for {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="227"/>
        <source>De gegevens zijn mogelijk verouderd: de centrale bron heeft sinds {0} niet bevestigd dat dit de nieuwste gegevens zijn.</source>
        <translation>The data may be out of date: since {0} the central source has not confirmed that this is the latest data.</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="241"/>
        <source>de landelijke gegevens (HSSK)</source>
        <translation>the national data (HSSK)</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="233"/>
        <source>De gegevens van {0} zijn verlopen op {1}: de beheerders hebben ze niet op tijd opnieuw ondertekend.</source>
        <translation>The data of {0} expired on {1}: its administrators did not sign it again in time.</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="135"/>
        <source>De opgeslagen gegevens van {0} waren op deze computer gewijzigd; ze zijn hersteld uit de ondertekende kopie.</source>
        <translation>The stored data of {0} had been changed on this computer; it was restored from the signed copy.</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="254"/>
        <source>Alleen-lezen: de meegeleverde gegevens zijn in gebruik, niet gecontroleerd (versie {0})</source>
        <translation>Read-only: the data shipped with the app is in use, not verified (version {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="257"/>
        <source>Alleen-lezen: de laatst gecontroleerde ondertekende gegevens zijn in gebruik (versie {0})</source>
        <translation>Read-only: the last verified signed data is in use (version {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="260"/>
        <source>Niet gecontroleerd: de opgeslagen gegevens komen niet overeen met de ondertekende kopie (versie {0})</source>
        <translation>Not verified: the stored data does not match the signed copy (version {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="264"/>
        <source>Geen centrale bron ingesteld; de laatst gecontroleerde gegevens zijn in gebruik (versie {0}).</source>
        <translation>No central source configured; the last verified data is in use (version {0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="267"/>
        <source>Geen centrale bron ingesteld; de meegeleverde ondertekende gegevens zijn in gebruik (versie {0}).</source>
        <translation>No central source configured; the signed data shipped with the app is in use (version {0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="270"/>
        <source>Geen centrale bron ingesteld; de meegeleverde gegevens zijn in gebruik (versie {0}).</source>
        <translation>No central source configured; the data shipped with the app is in use (version {0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="275"/>
        <source>Nog niet gecontroleerd bij de centrale bron; de meegeleverde ondertekende gegevens zijn in gebruik (versie {0})</source>
        <translation>Not yet checked with the central source; the signed data shipped with the app is in use (version {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="278"/>
        <source>Nog niet gecontroleerd bij de centrale bron</source>
        <translation>Not yet checked with the central source</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="280"/>
        <source>Gecontroleerd op {0}</source>
        <translation>Checked on {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_controller.py" line="281"/>
        <source>Gecontroleerd op {0}, geldig tot {1}</source>
        <translation>Checked on {0}, valid until {1}</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../desktop/updates/sync_indicator.py" line="21"/>
        <source>Bezig met bijwerken</source>
        <translation>Updating</translation>
    </message>
    <message>
        <location filename="../../desktop/updates/sync_indicator.py" line="24"/>
        <source>Status van de gegevens</source>
        <translation>Status of the data</translation>
    </message>
</context>
<context>
    <name>TermijnenPanel</name>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="84"/>
        <source>soort onbekend</source>
        <translation>kind unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="85"/>
        <source>supersnelrecht</source>
        <translation>super-fast-track trial</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="86"/>
        <source>snelrecht</source>
        <translation>fast-track trial</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="87"/>
        <source>OM-zitting</source>
        <translation>OM hearing</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="88"/>
        <source>reguliere zitting</source>
        <translation>regular hearing</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="244"/>
        <source>niet gebeurd / onbekend</source>
        <translation>not happened / unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="241"/>
        <source>Datum {0}</source>
        <translation>Date of {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="251"/>
        <source>Soort zitting:</source>
        <translation>Kind of hearing:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="255"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="258"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="259"/>
        <source>Nog</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="260"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="261"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="262"/>
        <source>Hoe geteld</source>
        <translation>How counted</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="263"/>
        <source>Bron en voetnoot</source>
        <translation>Source and footnote</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="397"/>
        <source>Soort zitting</source>
        <translation>Kind of hearing</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="415"/>
        <source>voetnoot{0}: {1}</source>
        <translation>footnote{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="417"/>
        <source>geldt nu alleen in zedenzaken</source>
        <translation>currently applies to sexual offence cases only</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="419"/>
        <source>niet bindend, ter vergelijking</source>
        <translation>not binding, for comparison</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/termijnen_panel.py" line="470"/>
        <source>Niet opgeslagen: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../desktop/cases/unlock_panel.py" line="22"/>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/unlock_panel.py" line="25"/>
        <source>&lt;b&gt;Let op:&lt;/b&gt; wie de wachtwoordzin vergeet, is de notities en antwoorden kwijt. Niemand kan ze herstellen, ook de beheerder niet. Bewaar de zin dus goed.</source>
        <translation>&lt;b&gt;Note:&lt;/b&gt; if you forget the passphrase, the notes and answers are lost. Nobody can recover them, not even the administrator. Keep the passphrase safe.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/unlock_panel.py" line="31"/>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/unlock_panel.py" line="36"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/unlock_panel.py" line="37"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/unlock_panel.py" line="38"/>
        <source>Wachtwoordzin herhalen</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/unlock_panel.py" line="39"/>
        <location filename="../../desktop/cases/unlock_panel.py" line="40"/>
        <location filename="../../desktop/cases/unlock_panel.py" line="74"/>
        <location filename="../../desktop/cases/unlock_panel.py" line="77"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/unlock_panel.py" line="45"/>
        <source>&amp;Wachtwoordzin:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/unlock_panel.py" line="48"/>
        <source>He&amp;rhaal:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/unlock_panel.py" line="69"/>
        <source>&lt;b&gt;Kies een wachtwoordzin&lt;/b&gt; om de notities van zaken versleuteld op te slaan.</source>
        <translation>&lt;b&gt;Choose a passphrase&lt;/b&gt; to store the notes of cases encrypted.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/unlock_panel.py" line="71"/>
        <source>Wachtwoordzin instellen</source>
        <translation>Set passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/unlock_panel.py" line="73"/>
        <source>&lt;b&gt;De zaken zijn vergrendeld.&lt;/b&gt; Geef de wachtwoordzin.</source>
        <translation>&lt;b&gt;The cases are locked.&lt;/b&gt; Enter the passphrase.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/unlock_panel.py" line="76"/>
        <source>&lt;b&gt;De zaken zijn vergrendeld.&lt;/b&gt;</source>
        <translation>&lt;b&gt;The cases are locked.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/unlock_panel.py" line="110"/>
        <source>Vul een wachtwoordzin in.</source>
        <translation>Enter a passphrase.</translation>
    </message>
</context>
<context>
    <name>VaultGate</name>
    <message>
        <location filename="../../desktop/cases/vault_gate.py" line="81"/>
        <source>Deze computer heeft geen sleutelbos waarin Routekaart de sleutel van uw notities kan bewaren. Daarom vraagt Routekaart om een wachtwoordzin.</source>
        <translation>This computer has no keyring in which Routekaart can keep the key to your notes. That is why Routekaart asks for a passphrase.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/vault_gate.py" line="87"/>
        <source>De sleutel van uw notities staat in de sleutelbos van deze computer, maar Routekaart kan die sleutelbos nu niet bereiken; een wachtwoordzin opent deze notities niet. Meld u opnieuw aan op de computer en open daarna Zaken weer. Lukt het dan nog niet, vraag dan uw beheerder om hulp.</source>
        <translation>The key to your notes is in this computer&apos;s keyring, but Routekaart cannot reach that keyring now; a passphrase does not open these notes. Sign in to the computer again and then open Cases again. If it still does not work, ask your administrator for help.</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/vault_gate.py" line="94"/>
        <source>Bezig met ontgrendelen…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/vault_gate.py" line="104"/>
        <source>Ontgrendelen is mislukt.</source>
        <translation>Unlocking failed.</translation>
    </message>
</context>
</TS>
