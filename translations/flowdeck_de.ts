<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/commandline.cpp" line="+52"/>
        <location filename="../app/democommand.cpp" line="+33"/>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt Hilfe zu den Kommandozeilenoptionen an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Displays version information.</source>
        <translation>Zeigt Versionsinformation an.</translation>
    </message>
</context>
<context>
    <name>flowdeck::TaskControl</name>
    <message>
        <location filename="../core/taskcontrol.h" line="+34"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>flowdeck::WorkspaceSummary</name>
    <message>
        <location filename="../core/overview/workspacesummary.cpp" line="+175"/>
        <source>The workspace database is not open: %1</source>
        <translation>Die Datenbank des Arbeitsbereichs ist nicht geöffnet: %1</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+1"/>
        <source>Open a freshly generated demo workspace (PETech).</source>
        <translation>Öffnet einen neu erzeugten Demo-Arbeitsbereich (PETech).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page to show: %1.</source>
        <translation>Die anzuzeigende Seite: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PAGE</source>
        <translation>SEITE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render the page to a PNG file and exit.</source>
        <translation>Rendert die Seite in eine PNG-Datei und beendet das Programm.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window size for --screenshot, as WIDTHxHEIGHT (default %1x%2).</source>
        <translation>Die Fenstergröße für --screenshot als BREITExHÖHE (Standard: %1x%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flowdeck: release orchestration and value stream mapping.</source>
        <translation>Flowdeck: Release-Orchestrierung und Wertstromanalyse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workspace file (*.flowdeck) to open. Without one, the last workspace opens.</source>
        <translation>Die zu öffnende Arbeitsbereichsdatei (*.flowdeck). Ohne Angabe wird der zuletzt verwendete Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[WORKSPACE]</source>
        <translation>[ARBEITSBEREICH]</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Give one workspace file, not %1: %2.</source>
        <translation>Geben Sie nur eine Arbeitsbereichsdatei an, nicht %1: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give either a workspace file or --demo, not both.</source>
        <translation>Geben Sie entweder eine Arbeitsbereichsdatei oder --demo an, nicht beides.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no workspace file or command called &quot;%1&quot;. The commands are: %2.</source>
        <translation>Es gibt keine Arbeitsbereichsdatei und keinen Befehl namens „%1“. Verfügbare Befehle: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no page called &quot;%1&quot;. The pages are: %2.</source>
        <translation>Es gibt keine Seite namens „%1“. Verfügbare Seiten: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot needs the name of the PNG file to write.</source>
        <translation>--screenshot benötigt den Namen der zu schreibenden PNG-Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--page with --screenshot needs a workspace file or --demo to show.</source>
        <translation>--page mit --screenshot benötigt eine Arbeitsbereichsdatei oder --demo, die angezeigt werden soll.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--size takes WIDTHxHEIGHT in pixels, each from %1 to %2 (like 1400x900), not &quot;%3&quot;.</source>
        <translation>--size erwartet BREITExHÖHE in Pixeln, jeweils von %1 bis %2 (etwa 1400x900), nicht „%3“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &quot;flowdeck COMMAND --help&quot; for the options of a command.</source>
        <translation>Mit „flowdeck BEFEHL --help“ erhalten Sie die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flowdeck %1</source>
        <translation>Flowdeck %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>flowdeck: %1</source>
        <translation>flowdeck: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &quot;flowdeck --help&quot; for usage.</source>
        <translation>Mit „flowdeck --help“ erhalten Sie Hinweise zur Verwendung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flowdeck: this command needs a display.</source>
        <translation>flowdeck: Dieser Befehl benötigt eine grafische Oberfläche.</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::DemoCommand</name>
    <message>
        <location filename="../app/democommand.cpp" line="-5"/>
        <source>Writes the demo workspace: PETech, a retail company with six services and a year of delivery history (commits, pipeline runs, jobs, deployments and incidents). The same seed gives the same workspace on the same day.</source>
        <translation>Schreibt den Demo-Arbeitsbereich: PETech, ein Einzelhandelsunternehmen mit sechs Diensten und einem Jahr Auslieferungshistorie (Commits, Pipeline-Läufe, Jobs, Bereitstellungen und Vorfälle). Derselbe Startwert ergibt am selben Tag denselben Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The workspace file to create; it must not exist yet.</source>
        <translation>Die zu erstellende Arbeitsbereichsdatei; sie darf noch nicht existieren.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The random seed (default %1).</source>
        <translation>Der Startwert für den Zufallsgenerator (Standard: %1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what was written as JSON.</source>
        <translation>Gibt das Geschriebene als JSON aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>flowdeck demo: %1</source>
        <translation>flowdeck demo: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>flowdeck demo: unexpected argument %1.</source>
        <translation>flowdeck demo: Unerwartetes Argument %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flowdeck demo: name the workspace file to write with -w FILE.</source>
        <translation>flowdeck demo: Geben Sie die zu schreibende Arbeitsbereichsdatei mit -w DATEI an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>flowdeck demo: the seed must be a whole number from 0 to 18446744073709551615, not &quot;%1&quot;.</source>
        <translation>flowdeck demo: Der Startwert muss eine ganze Zahl von 0 bis 18446744073709551615 sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the demo workspace %1 in %2 s:</source>
        <translation>Demo-Arbeitsbereich %1 in %2 s geschrieben:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pipeline runs</source>
        <translation>Pipeline-Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incidents</source>
        <translation>Vorfälle</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::DemoWorkspace</name>
    <message>
        <location filename="../app/demoworkspace.cpp" line="+65"/>
        <source>PETech demo</source>
        <translation>PETech-Demo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the folder %1 for the demo workspace.</source>
        <translation>Der Ordner %1 für den Demo-Arbeitsbereich kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot move the demo workspace into place at %1.</source>
        <translation>Der Demo-Arbeitsbereich kann nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::Language</name>
    <message>
        <location filename="../app/language.cpp" line="+21"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+57"/>
        <source>Flowdeck workspaces (*.%1)</source>
        <translation>Flowdeck-Arbeitsbereiche (*.%1)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+274"/>
        <source>Flowdeck</source>
        <translation>Flowdeck</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy of the workspace under a new name and continue in the copy</source>
        <translation>Eine Kopie des Arbeitsbereichs unter neuem Namen speichern und in der Kopie weiterarbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Flowdeck</source>
        <translation>Ü&amp;ber Flowdeck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Preparing the demo workspace</source>
        <translation>Vorbereitung des Demo-Arbeitsbereichs</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preparing the demo workspace was canceled.</source>
        <translation>Die Vorbereitung des Demo-Arbeitsbereichs wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo workspace could not be prepared. %1</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht vorbereitet werden. %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot save a copy as %1: that is the open workspace itself. Choose another name.</source>
        <translation>Die Kopie kann nicht als %1 gespeichert werden: Das ist der geöffnete Arbeitsbereich selbst. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving a copy as %1</source>
        <translation>Speichern einer Kopie als %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved a copy as %1.</source>
        <translation>Kopie als %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 — Flowdeck</source>
        <translation>%1 — Flowdeck</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About Flowdeck</source>
        <translation>Über Flowdeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flowdeck %1</source>
        <translation>Flowdeck %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release orchestration and value stream mapping.</source>
        <translation>Release-Orchestrierung und Wertstromanalyse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Lizenziert unter der GNU General Public License, Version 3 oder neuer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>workspace.flowdeck</source>
        <translation>arbeitsbereich.flowdeck</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>Cannot replace %1: the file could not be removed.</source>
        <translation>%1 kann nicht ersetzt werden: Die Datei konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 copy.flowdeck</source>
        <translation>%1 Kopie.flowdeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Workspace As</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::MessageBar</name>
    <message>
        <location filename="../app/messagebar.cpp" line="+42"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::PageBar</name>
    <message>
        <location filename="../app/pagebar.cpp" line="+14"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::PageRegistry</name>
    <message>
        <location filename="../app/pageregistry.cpp" line="+34"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::Screenshot</name>
    <message>
        <location filename="../app/screenshot.cpp" line="+23"/>
        <source>The page did not finish loading within %1 s; no screenshot was written.</source>
        <translation>Die Seite wurde nicht innerhalb von %1 s fertig geladen; es wurde kein Screenshot geschrieben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The demo workspace was not opened.</source>
        <translation>Der Demo-Arbeitsbereich wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The window could not be rendered.</source>
        <translation>Das Fenster konnte nicht gerendert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the screenshot %1: check that the folder exists and can be written.</source>
        <translation>Der Screenshot %1 kann nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>flowdeck: %1</source>
        <translation>flowdeck: %1</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::SettingsDialog</name>
    <message>
        <location filename="../app/settingsdialog.cpp" line="+18"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language changes the next time Flowdeck starts. &quot;System default&quot; follows the language of your desktop.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Flowdeck. „Systemstandard“ folgt der Sprache Ihres Desktops.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::Subcommand</name>
    <message>
        <location filename="../app/subcommands.cpp" line="+20"/>
        <source>Write the demo workspace (PETech) to a file</source>
        <translation>Schreibt den Demo-Arbeitsbereich (PETech) in eine Datei</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::TaskIndicator</name>
    <message>
        <location filename="../app/taskindicator.cpp" line="+45"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopping %1…</source>
        <translation>%1 wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::WorkspaceStatus</name>
    <message>
        <location filename="../app/workspacestatus.cpp" line="+31"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This workspace file is read-only: you can look at everything, but nothing can be changed or imported. Use File › Save As to make a copy you can change.</source>
        <translation>Diese Arbeitsbereichsdatei ist schreibgeschützt: Sie können alles ansehen, aber nichts ändern oder importieren. Mit Datei › Speichern unter legen Sie eine Kopie an, die Sie ändern können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only workspace</source>
        <translation>Schreibgeschützter Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>flowdeck::demo::DemoGenerator</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+194"/>
        <source>Checking the workspace</source>
        <translation>Prüfen des Arbeitsbereichs</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The demo can only be written into an empty workspace; %1 already holds data.</source>
        <translation>Die Demo kann nur in einen leeren Arbeitsbereich geschrieben werden; %1 enthält bereits Daten.</translation>
    </message>
</context>
<context>
    <name>flowdeck::store::Workspace</name>
    <message>
        <location filename="../core/store/workspace.cpp" line="+106"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the workspace %1: a file with that name already exists.</source>
        <translation>Der Arbeitsbereich %1 kann nicht erstellt werden: Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the workspace %1: the folder %2 does not exist.</source>
        <translation>Der Arbeitsbereich %1 kann nicht erstellt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open %1: it is a folder, not a workspace file.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <location line="+3"/>
        <location line="+23"/>
        <location line="+11"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Cannot open %1: it is not a Flowdeck workspace (not an SQLite database).</source>
        <translation>%1 kann nicht geöffnet werden: Es ist kein Flowdeck-Arbeitsbereich (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open %1: it is an SQLite database, but not a Flowdeck workspace.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist eine SQLite-Datenbank, aber kein Flowdeck-Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open %1: it was written by a newer version of Flowdeck (workspace format %2; this version reads up to format %3). Update Flowdeck to open it.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei wurde von einer neueren Version von Flowdeck geschrieben (Arbeitsbereichsformat %2; diese Version liest bis Format %3). Aktualisieren Sie Flowdeck, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open %1: the workspace has no schema; it was not written completely.</source>
        <translation>%1 kann nicht geöffnet werden: Der Arbeitsbereich hat kein Schema; er wurde nicht vollständig geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open %1: it uses an older workspace format that must be upgraded, but the file is read-only.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei verwendet ein älteres Arbeitsbereichsformat, das aktualisiert werden muss, ist aber schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open %1: another program is writing to it right now. Close that program or wait for it to finish, then open the workspace again.</source>
        <translation>%1 kann nicht geöffnet werden: Ein anderes Programm schreibt gerade in die Datei. Schließen Sie dieses Programm oder warten Sie, bis es fertig ist, und öffnen Sie den Arbeitsbereich dann erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot upgrade %1: %2</source>
        <translation>%1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+28"/>
        <source>Opening the database</source>
        <translation>Öffnen der Datenbank</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The workspace %1 is open read-only; nothing was changed.</source>
        <translation>Der Arbeitsbereich %1 ist schreibgeschützt geöffnet; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving the changes</source>
        <translation>Speichern der Änderungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>migration %1 (%2): %3</source>
        <translation>Migration %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save a copy as %1: a file with that name already exists.</source>
        <translation>Die Kopie kann nicht als %1 gespeichert werden: Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save a copy as %1: %2</source>
        <translation>Die Kopie kann nicht als %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::EnvironmentMatrixModel</name>
    <message>
        <location filename="../views/overview/environmentmatrixmodel.cpp" line="+87"/>
        <source>%1 has never been deployed successfully to %2.</source>
        <translation>%1 wurde noch nie erfolgreich in %2 bereitgestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not deployed</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2 runs in %3</source>
        <translation>%1 %2 läuft in %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>since %1, %2</source>
        <translation>seit %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commit %1</source>
        <translation>Commit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, deployed %2</source>
        <translation>%1, %2 bereitgestellt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the version each service runs there now, from its last successful deployment</source>
        <translation>%1: die Version, die dort jetzt von jedem Dienst läuft, aus seiner letzten erfolgreichen Bereitstellung</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::LatestDeploymentsModel</name>
    <message>
        <location filename="../views/overview/latestdeploymentsmodel.cpp" line="+119"/>
        <source>%1 from commit %2</source>
        <translation>%1 aus Commit %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (commit not recorded)</source>
        <translation>%1 (Commit nicht erfasst)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finished %1, %2</source>
        <translation>Beendet: %1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not finished; started %1, %2</source>
        <translation>Nicht beendet; gestartet: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started yet</source>
        <translation>Noch nicht gestartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 from start to finish</source>
        <translation>%1 vom Start bis zum Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start or finish not recorded</source>
        <translation>Start oder Ende nicht erfasst</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::OverviewPage</name>
    <message>
        <location filename="../views/overview/overviewpage.cpp" line="+139"/>
        <location line="+164"/>
        <source>Versions by service and environment</source>
        <translation>Versionen nach Dienst und Umgebung</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+145"/>
        <location line="+7"/>
        <source>Latest deployments</source>
        <translation>Neueste Bereitstellungen</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+137"/>
        <source>Records in the workspace</source>
        <translation>Datensätze im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Reading the workspace…</source>
        <translation>Arbeitsbereich wird gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What runs where</source>
        <translation>Was läuft wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version of each service in each environment: its last successful deployment there. Environments in promotion order.</source>
        <translation>Die Version jedes Dienstes je Umgebung: seine letzte erfolgreiche Bereitstellung dort. Umgebungen in Stufenfolge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No services or environments are defined in this workspace.</source>
        <translation>In diesem Arbeitsbereich sind keine Dienste oder Umgebungen definiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the workspace holds</source>
        <translation>Was der Arbeitsbereich enthält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deployments recorded.</source>
        <translation>Keine Bereitstellungen erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No delivery history yet</source>
        <translation>Noch keine Auslieferungshistorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open demo workspace</source>
        <translation>Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a sample workspace with a year of a retail company&apos;s delivery history</source>
        <translation>Einen Beispiel-Arbeitsbereich mit einem Jahr Auslieferungshistorie eines Einzelhandelsunternehmens öffnen</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>1 service</source>
        <translation>1 Dienst</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n services</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 environment</source>
        <translation>1 Umgebung</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n environments</source>
        <translation>
            <numerusform>%n Umgebung</numerusform>
            <numerusform>%n Umgebungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>history %1</source>
        <translation>Zeitraum %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · </source>
        <extracomment>Separates the facts under the workspace name: &quot;6 services · 4 environments · history …&quot;.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page shows which version of each service runs in each environment, and the commits, pipeline runs, jobs, deployments and incidents behind them. Import a git repository or your CI history to fill it, or open the demo workspace to explore a year of a retail company&apos;s deliveries.</source>
        <translation>Diese Seite zeigt, welche Version jedes Dienstes in jeder Umgebung läuft, und die Commits, Pipeline-Läufe, Jobs, Bereitstellungen und Vorfälle dahinter. Importieren Sie ein Git-Repository oder Ihre CI-Historie, um sie zu füllen, oder öffnen Sie den Demo-Arbeitsbereich, um ein Jahr Auslieferungen eines Einzelhandelsunternehmens zu erkunden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The overview of %1 could not be read.</source>
        <translation>Die Übersicht von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file still exists and can be read, then open it again.</source>
        <translation>Prüfen Sie, ob die Datei noch existiert und lesbar ist, und öffnen Sie sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::RecordSpanModel</name>
    <message>
        <location filename="../views/overview/recordspanmodel.cpp" line="+57"/>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline runs</source>
        <translation>Pipeline-Läufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1/week</source>
        <extracomment>A rate, as in &quot;96/week&quot;.</extracomment>
        <translation>%1/Woche</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Earliest: %1</source>
        <translation>Frühester Eintrag: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>None recorded</source>
        <translation>Keine erfasst</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Latest: %1</source>
        <translation>Neuester Eintrag: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 over %2, %3 per week</source>
        <translation>%1 in %2, %3 pro Woche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs records spread over at least a week</source>
        <translation>Erfordert Datensätze aus mindestens einer Woche</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First</source>
        <translation>Erster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::StatusStyle</name>
    <message>
        <location filename="../views/common/statusstyle.cpp" line="+132"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::WelcomePage</name>
    <message>
        <location filename="../views/welcome/welcomepage.cpp" line="+56"/>
        <source>Welcome to Flowdeck</source>
        <translation>Willkommen bei Flowdeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release orchestration and value stream mapping: see every pipeline and environment, find where work waits, and plan the next release.</source>
        <translation>Release-Orchestrierung und Wertstromanalyse: Behalten Sie jede Pipeline und Umgebung im Blick, erkennen Sie, wo Arbeit wartet, und planen Sie das nächste Release.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+82"/>
        <source>Explore PETech, a retail company with six services and a year of delivery history.</source>
        <translation>Erkunden Sie PETech, ein Einzelhandelsunternehmen mit sechs Diensten und einem Jahr Auslieferungshistorie.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>New workspace…</source>
        <translation>Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start an empty workspace file and fill it from git, CI and CSV.</source>
        <translation>Legen Sie eine leere Arbeitsbereichsdatei an und füllen Sie sie aus Git, CI und CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a workspace file (*.flowdeck).</source>
        <translation>Wählen Sie eine Arbeitsbereichsdatei (*.flowdeck).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No recent workspaces yet. Workspaces you open appear here. You can also drop a workspace file onto this window to open it.</source>
        <translation>Noch keine zuletzt geöffneten Arbeitsbereiche. Arbeitsbereiche, die Sie öffnen, erscheinen hier. Sie können auch eine Arbeitsbereichsdatei auf dieses Fenster ziehen, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recent workspaces</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Preparing the demo workspace; it opens as soon as it is ready.</source>
        <translation>Der Demo-Arbeitsbereich wird vorbereitet und öffnet sich, sobald er bereit ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the workspace %1</source>
        <translation>Arbeitsbereich %1 öffnen</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::format</name>
    <message>
        <location filename="../views/common/format.cpp" line="+35"/>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+59"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>%1 %2</source>
        <extracomment>Two parts of a duration, the larger unit first, as in &quot;3 d 4 h&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (%2)</source>
        <extracomment>A moment in local time, then in UTC: &quot;Tuesday, 14 November 2023 22:13:20 (2023-11-14T22:13:20Z)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 month ago</source>
        <translation>vor 1 Monat</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n months ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 year ago</source>
        <translation>vor 1 Jahr</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n years ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 – %2</source>
        <extracomment>A span of dates, as in &quot;14/11/2023 – 17/09/2024&quot;.</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
</TS>
