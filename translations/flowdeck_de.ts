<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/commandline.cpp" line="+52"/>
        <location filename="../app/democommand.cpp" line="+33"/>
        <location filename="../app/importcommand.cpp" line="+69"/>
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
        <location filename="../core/overview/workspacesummary.cpp" line="+151"/>
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
    <name>flowdeck::app::ConsoleProgress</name>
    <message>
        <location filename="../app/consoleprogress.cpp" line="+26"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 commits/s</source>
        <translation>%1 Commits/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <extracomment>Progress on the command line, as in &quot;Importing api: 1,234 of 5,678, 900 commits/s, about 5 s left&quot;.</extracomment>
        <translation>%1: %2</translation>
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
    <name>flowdeck::app::HistoryImport</name>
    <message>
        <location filename="../app/historyimport.cpp" line="+53"/>
        <source>1 new commit</source>
        <translation>1 neuer Commit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new commits</source>
        <translation>%1 neue Commits</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign In to the Repository</source>
        <translation>Beim Repository anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 asks who you are. The password or token is used for this import only and is not stored.</source>
        <translation>%1 verlangt eine Anmeldung. Das Passwort oder Token wird nur für diesen Import verwendet und nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password or token:</source>
        <translation>&amp;Passwort oder Token:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Importing %1</source>
        <translation>Import aus %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the history of every repository</source>
        <translation>Import der Historie aller Repositorys</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 commits/s</source>
        <extracomment>The speed of a git import in the status bar.</extracomment>
        <translation>%1 Commits/s</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+10"/>
        <source>%1: %2</source>
        <extracomment>A repository that failed to import, then why: &quot;shop: … is not a git repository.&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1: %2, %3 in all</source>
        <extracomment>One repository&apos;s import: &quot;shop: 12 new commits, 340 in all&quot;.</extracomment>
        <translation>%1: %2, %3 insgesamt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not imported, as they record neither a folder nor a clone URL: %1.</source>
        <translation>Nicht importiert, da weder ein Ordner noch eine Klon-URL hinterlegt ist: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import was canceled. What it had stored is kept, and the next import goes on from there.</source>
        <translation>Der Import wurde abgebrochen. Bereits Gespeichertes bleibt erhalten, und der nächste Import setzt dort an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import did not complete.</source>
        <translation>Der Import wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1.</source>
        <translation>Import abgeschlossen – %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no repositories to import: add one first.</source>
        <translation>Es gibt keine Repositorys zum Importieren: Fügen Sie zuerst eines hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 repositories: %2.</source>
        <translation>%1 Repositorys importiert: %2.</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::ImportCommand</name>
    <message>
        <location filename="../app/importcommand.cpp" line="-6"/>
        <source>Imports history into a workspace. From git: the commits reachable from the branches and tags of a repository, with their parents, authors, messages and diff statistics, and the tags and branches themselves. The repository is a folder (a working tree or a bare repository) or a URL to clone (https://, ssh:// or file://). Importing again reads only what is new.</source>
        <translation>Importiert Historie in einen Arbeitsbereich. Aus Git: die Commits, die von den Branches und Tags eines Repositorys aus erreichbar sind, mit ihren Eltern-Commits, Autoren, Nachrichten und Diff-Statistiken, sowie die Tags und Branches selbst. Das Repository ist ein Ordner (ein Arbeitsverzeichnis oder ein Bare-Repository) oder eine zu klonende URL (https://, ssh:// oder file://). Ein erneuter Import liest nur, was neu ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workspace file to import into; it is created when it does not exist.</source>
        <translation>Die Arbeitsbereichsdatei, in die importiert wird; sie wird angelegt, wenn sie nicht existiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import only the refs that PATTERN selects: a full name (refs/heads/main), a folder of refs (refs/heads/release) or a glob whose * also matches / (refs/tags/v*). Repeat it for more patterns; without it every branch and tag is imported.</source>
        <translation>Importiert nur die Refs, die MUSTER auswählt: einen vollständigen Namen (refs/heads/main), einen Ordner von Refs (refs/heads/release) oder einen Glob, dessen * auch / erfasst (refs/tags/v*). Für weitere Muster wiederholen; ohne diese Option werden alle Branches und Tags importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PATTERN</source>
        <translation>MUSTER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out files changed, insertions and deletions: much faster.</source>
        <translation>Lässt geänderte Dateien, eingefügte und gelöschte Zeilen aus: deutlich schneller.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what was imported as JSON.</source>
        <translation>Gibt das Importierte als JSON aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to import from: git.</source>
        <translation>Die Quelle des Imports: git.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repository: a folder or a clone URL.</source>
        <translation>Das Repository: ein Ordner oder eine Klon-URL.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH|URL</source>
        <translation>PFAD|URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flowdeck import: %1</source>
        <translation>flowdeck import: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>flowdeck import: name what to import from: git.</source>
        <translation>flowdeck import: Geben Sie die Quelle des Imports an: git.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flowdeck import: there is no source called &quot;%1&quot;; the sources are: git.</source>
        <translation>flowdeck import: Es gibt keine Quelle namens „%1“. Verfügbare Quellen: git.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flowdeck import git: name the repository, a folder or a clone URL.</source>
        <translation>flowdeck import git: Geben Sie das Repository an, einen Ordner oder eine Klon-URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flowdeck import git: unexpected argument %1.</source>
        <translation>flowdeck import git: Unerwartetes Argument %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flowdeck import git: name the workspace file with -w FILE.</source>
        <translation>flowdeck import git: Geben Sie die Arbeitsbereichsdatei mit -w DATEI an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <source>flowdeck import git: %1</source>
        <translation>flowdeck import git: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Importing %1</source>
        <translation>Import aus %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 into %2 in %3 s.</source>
        <translation>%1 in %2 importiert (%3 s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new commits</source>
        <translation>neue Commits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commits no longer reachable from the refs</source>
        <translation>Commits, die von den Refs aus nicht mehr erreichbar sind</translation>
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
        <location filename="../app/mainwindow.cpp" line="+60"/>
        <source>Flowdeck workspaces (*.%1)</source>
        <translation>Flowdeck-Arbeitsbereiche (*.%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+298"/>
        <source>Flowdeck</source>
        <translation>Flowdeck</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Repository…</source>
        <translation>&amp;Repository hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a git repository to the workspace and import its history</source>
        <translation>Ein Git-Repository zum Arbeitsbereich hinzufügen und seine Historie importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;History</source>
        <translation>&amp;Historie importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring the history of every repository of the workspace up to date</source>
        <translation>Die Historie aller Repositorys des Arbeitsbereichs aktualisieren</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+55"/>
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
        <location filename="../app/pageregistry.cpp" line="+35"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historie</translation>
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
        <location filename="../app/subcommands.cpp" line="+21"/>
        <source>Write the demo workspace (PETech) to a file</source>
        <translation>Schreibt den Demo-Arbeitsbereich (PETech) in eine Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the history of a git repository into a workspace</source>
        <translation>Importiert die Historie eines Git-Repositorys in einen Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::TaskIndicator</name>
    <message>
        <location filename="../app/taskindicator.cpp" line="+48"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stopping %1…</source>
        <translation>%1 wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2 left</source>
        <extracomment>A task&apos;s rate and the time it has left, as in &quot;1,234 commits/s · 2 min 5 s left&quot;.</extracomment>
        <translation>%1 · noch %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
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
        <location filename="../core/demo/demogenerator.cpp" line="+207"/>
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
    <name>flowdeck::git</name>
    <message>
        <location filename="../core/git/commitwalk.cpp" line="+111"/>
        <source>Reading commit %1</source>
        <translation>Lesen von Commit %1</translation>
    </message>
    <message>
        <location filename="../core/git/diffstats.cpp" line="+148"/>
        <source>Diff of commit %1</source>
        <translation>Diff von Commit %1</translation>
    </message>
    <message>
        <location filename="../core/git/gitimport.cpp" line="+43"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a git repository.</source>
        <translation>%1 ist kein Git-Repository.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>No repository was given: name a folder or a clone URL.</source>
        <translation>Es wurde kein Repository angegeben: Geben Sie einen Ordner oder eine Klon-URL an.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The repository has no commits yet.</source>
        <translation>Das Repository enthält noch keine Commits.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n parent commit(s) are not in the repository (a shallow clone or missing objects); the history ends there.</source>
        <translation>
            <numerusform>%n Eltern-Commit ist nicht im Repository vorhanden (ein flacher Klon oder fehlende Objekte); die Historie endet dort.</numerusform>
            <numerusform>%n Eltern-Commits sind nicht im Repository vorhanden (ein flacher Klon oder fehlende Objekte); die Historie endet dort.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/git/gitptr.h" line="+62"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/git/refsnapshot.cpp" line="+85"/>
        <location line="+47"/>
        <source>Reading the refs</source>
        <translation>Lesen der Refs</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The ref %1 does not point at a commit; it was skipped.</source>
        <translation>Die Ref %1 zeigt auf keinen Commit; sie wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/git/remoteclone.cpp" line="+81"/>
        <source>Fetching %1</source>
        <translation>Abrufen von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the credentials.</source>
        <translation>Der Server hat die Anmeldedaten nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot create the folder %1 for clones.</source>
        <translation>Der Ordner %1 für Klone kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the clone of %1</source>
        <translation>Lesen des Klons von %1</translation>
    </message>
</context>
<context>
    <name>flowdeck::history::CommitLog</name>
    <message>
        <location filename="../core/history/commitlog.cpp" line="+260"/>
        <source>The commit with id %1 is not in the workspace (any more).</source>
        <translation>Der Commit mit der ID %1 ist nicht (mehr) im Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>flowdeck::store::Workspace</name>
    <message>
        <location filename="../core/store/rows.h" line="+149"/>
        <location filename="../core/store/workspace.cpp" line="+106"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="+23"/>
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
        <location line="+30"/>
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
    <name>flowdeck::views::AddRepositoryDialog</name>
    <message>
        <location filename="../views/history/addrepositorydialog.cpp" line="+229"/>
        <source>Choose the folder of a git repository.</source>
        <translation>Wählen Sie den Ordner eines Git-Repositorys.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read: check its permissions.</source>
        <translation>%1 kann nicht gelesen werden: Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a folder inside the repository %2: choose %2 itself.</source>
        <translation>%1 ist ein Ordner innerhalb des Repositorys %2: Wählen Sie %2 selbst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a git repository: it has no .git folder and is not a bare repository.</source>
        <translation>%1 ist kein Git-Repository: Es hat keinen .git-Ordner und ist kein Bare-Repository.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the clone URL of a git repository.</source>
        <translation>Geben Sie die Klon-URL eines Git-Repositorys ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A clone URL has no spaces.</source>
        <translation>Eine Klon-URL enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write it like https://example.com/team/repository.git, git@example.com:team/repository.git or file:///path/to/repository.</source>
        <translation>Zum Beispiel: https://example.com/team/repository.git, git@example.com:team/repository.git oder file:///pfad/zum/repository.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a clone URL. %2</source>
        <translation>„%1“ ist keine Klon-URL. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flowdeck clones https, http, ssh, git and file URLs, not %1 URLs. %2</source>
        <translation>Flowdeck klont https-, http-, ssh-, git- und file-URLs, keine %1-URLs. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” names no host. %2</source>
        <translation>„%1“ gibt keinen Host an. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” names no repository. %2</source>
        <translation>„%1“ gibt kein Repository an. %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter at least one ref pattern, or import all branches and tags.</source>
        <translation>Geben Sie mindestens ein Ref-Muster an oder importieren Sie alle Branches und Tags.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a full ref name: write refs/heads/%1 for a branch or refs/tags/%1 for a tag.</source>
        <translation>„%1“ ist kein vollständiger Ref-Name: Schreiben Sie refs/heads/%1 für einen Branch oder refs/tags/%1 für einen Tag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” cannot name a ref: refs contain no “..”, “//”, “@{” or any of ~ ^ : \, and do not end in “/”, “.” or “.lock”.</source>
        <translation>„%1“ kann keine Ref benennen: Refs enthalten weder „..“, „//“, „@{“ noch eines der Zeichen ~ ^ : \ und enden nicht auf „/“, „.“ oder „.lock“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a Git Repository</source>
        <translation>Git-Repository auswählen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add Repository</source>
        <translation>Repository hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A git working tree or bare repository on this computer</source>
        <translation>Lokales Git-Arbeitsverzeichnis oder Bare-Repository</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repository folder</source>
        <translation>Repository-Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clone &amp;URL:</source>
        <translation>Klon-&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://example.com/team/repository.git</source>
        <translation>https://example.com/team/repository.git</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clone URL</source>
        <translation>Klon-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flowdeck clones the repository into its cache folder and fetches from it on every import. https, ssh (user@host:path) and file URLs work.</source>
        <translation>Flowdeck klont das Repository in seinen Cache-Ordner und ruft bei jedem Import die Neuerungen ab. https-, ssh- (benutzer@host:pfad) und file-URLs werden unterstützt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branches and tags</source>
        <translation>Branches und Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All branches and tags</source>
        <translation>Alle &amp;Branches und Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only:</source>
        <translation>&amp;Nur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refs/heads/main refs/tags/v*</source>
        <translation>refs/heads/main refs/tags/v*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ref patterns</source>
        <translation>Ref-Muster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full ref names or globs, separated by spaces or commas.</source>
        <translation>Vollständige Ref-Namen oder Globs, getrennt durch Leerzeichen oder Kommas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With &amp;diff statistics</source>
        <translation>Mit Diff-&amp;Statistiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files and lines changed by each commit, as git log --numstat counts them. The History page&apos;s file filter needs them; importing takes longer.</source>
        <translation>Die von jedem Commit geänderten Dateien und Zeilen, wie git log --numstat sie zählt. Der Dateifilter der Seite „Historie“ benötigt sie; der Import dauert länger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::CommitDetailsView</name>
    <message>
        <location filename="../views/history/commitdetailsview.cpp" line="+58"/>
        <source>%1
In the committer&apos;s or author&apos;s own time zone: %2</source>
        <translation>%1
In der Zeitzone des Committers bzw. Autors: %2</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>The commit could not be read. %1</source>
        <translation>Der Commit konnte nicht gelesen werden. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Merge commit: it joins the work of %n parents.</source>
        <translation>
            <numerusform>Merge-Commit: Er führt die Arbeit von %n Eltern-Commit zusammen.</numerusform>
            <numerusform>Merge-Commit: Er führt die Arbeit von %n Eltern-Commits zusammen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreachable: no imported branch or tag contains this commit any more (a branch was deleted or force-pushed).</source>
        <translation>Nicht erreichbar: Kein importierter Branch oder Tag enthält diesen Commit mehr (ein Branch wurde gelöscht oder per Force-Push überschrieben).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <extracomment>When a commit was written: its age, then the date, as in &quot;5 days ago · 14.11.23 23:13&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 &lt;%2&gt;, %3</source>
        <translation>%1 &lt;%2&gt;, %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(not in the workspace: beyond a shallow clone or not imported)</source>
        <translation>(nicht im Arbeitsbereich: jenseits eines flachen Klons oder nicht importiert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: the first commit of its history</source>
        <translation>keine: der erste Commit seiner Historie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not counted for merges, as in git log</source>
        <translation>bei Merges nicht gezählt, wie in git log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not imported (the repository was imported without diff statistics)</source>
        <translation>nicht importiert (das Repository wurde ohne Diff-Statistiken importiert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 file changed</source>
        <translation>1 Datei geändert</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n files changed</source>
        <translation>
            <numerusform>%n Datei geändert</numerusform>
            <numerusform>%n Dateien geändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · +%2 −%3</source>
        <extracomment>Files changed, then lines inserted and deleted: &quot;2 files changed · +50 −0&quot;.</extracomment>
        <translation>%1 · +%2 −%3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No deployment has shipped this commit yet.</source>
        <translation>Noch keine Bereitstellung hat diesen Commit ausgeliefert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No successful deployment has brought this commit to an environment yet.</source>
        <translation>Noch keine erfolgreiche Bereitstellung hat diesen Commit in eine Umgebung gebracht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A merge commit lists no files of its own.</source>
        <translation>Ein Merge-Commit führt keine eigenen Dateien auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list of files was not imported for this commit. Import the repository again with diff statistics to see it.</source>
        <translation>Die Dateiliste wurde für diesen Commit nicht importiert. Importieren Sie das Repository erneut mit Diff-Statistiken, um sie zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files (%1)</source>
        <translation>Dateien (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Verfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed</source>
        <translation>Committet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents</source>
        <translation>Eltern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped by</source>
        <translation>Ausgeliefert durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the commit reached each environment</source>
        <translation>Wann der Commit die einzelnen Umgebungen erreicht hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployments that shipped the commit</source>
        <translation>Bereitstellungen, die den Commit ausgeliefert haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files changed</source>
        <translation>Geänderte Dateien</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::CommitFilesModel</name>
    <message>
        <location filename="../views/history/commitfilesmodel.cpp" line="+50"/>
        <source>%1 → %2</source>
        <extracomment>A renamed file: the old path, then the new one.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+%1</source>
        <extracomment>Lines a commit inserted into a file, as in &quot;+12&quot;.</extracomment>
        <translation>+%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>−%1</source>
        <extracomment>Lines a commit deleted from a file, as in &quot;−3&quot;.</extracomment>
        <translation>−%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Renamed from %1 to %2</source>
        <translation>Umbenannt von %1 in %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A binary file: git counts no lines for it.</source>
        <translation>Eine Binärdatei: git zählt dafür keine Zeilen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lines inserted, %2 lines deleted</source>
        <translation>%1 Zeilen eingefügt, %2 Zeilen gelöscht</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inserted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::CommitFilterBar</name>
    <message>
        <location filename="../views/history/commitfilterbar.cpp" line="+184"/>
        <location line="+44"/>
        <source>All repositories</source>
        <translation>Alle Repositorys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author name or email</source>
        <translation>Autor oder E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path, or a glob like *.cpp</source>
        <translation>Pfad oder Glob wie *.cpp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed file</source>
        <translation>Geänderte Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commits that changed a matching file. Part of a path (any case), or a glob over the whole path with * ? [ ] (case-sensitive): src/ui/*, *.cpp</source>
        <translation>Commits, die eine passende Datei geändert haben. Ein Teil eines Pfads (Groß-/Kleinschreibung egal) oder ein Glob über den ganzen Pfad mit * ? [ ] (Groß-/Kleinschreibung beachtet): src/ui/*, *.cpp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in the message</source>
        <translation>Wörter in der Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::CommitTableModel</name>
    <message>
        <location filename="../views/history/committablemodel.cpp" line="+264"/>
        <source>merge</source>
        <extracomment>In the Changes column of a merge commit, which has no line counts of its own.</extracomment>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+%1 −%2</source>
        <extracomment>Lines inserted and deleted by a commit, as in &quot;+50 −2&quot;.</extracomment>
        <translation>+%1 −%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unreachable merge commit</source>
        <translation>Nicht erreichbarer Merge-Commit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreachable commit</source>
        <translation>Nicht erreichbarer Commit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge commit</source>
        <translation>Merge-Commit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No imported branch or tag reaches this commit any more: a branch was deleted or force-pushed after it was imported.</source>
        <translation>Kein importierter Branch oder Tag erreicht diesen Commit mehr: Ein Branch wurde nach dem Import gelöscht oder per Force-Push überschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A merge commit: it joins the work of two or more parents.</source>
        <translation>Ein Merge-Commit: Er führt die Arbeit von zwei oder mehr Eltern-Commits zusammen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written %1
In the author&apos;s time zone: %2</source>
        <translation>Verfasst: %1
In der Zeitzone des Autors: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commit %1</source>
        <translation>Commit %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commit %1

%2</source>
        <translation>Commit %1

%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A merge commit: like git log, Flowdeck counts no files or lines for merges.</source>
        <translation>Ein Merge-Commit: Wie git log zählt Flowdeck bei Merges keine Dateien oder Zeilen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported without diff statistics.</source>
        <translation>Ohne Diff-Statistiken importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 file changed</source>
        <translation>1 Datei geändert</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n files changed</source>
        <translation>
            <numerusform>%n Datei geändert</numerusform>
            <numerusform>%n Dateien geändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lines inserted, %2 lines deleted</source>
        <translation>%1 Zeilen eingefügt, %2 Zeilen gelöscht</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Lines inserted and deleted; sorts by lines changed</source>
        <translation>Eingefügte und gelöschte Zeilen; sortiert nach geänderten Zeilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written</source>
        <translation>Verfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::DeploymentCells</name>
    <message>
        <location filename="../views/common/deploymentcells.cpp" line="+75"/>
        <source>Finished %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not finished; started %1</source>
        <translation>Nicht beendet; gestartet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Not started yet</source>
        <translation>Noch nicht gestartet</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Finished %1, %2</source>
        <translation>Beendet: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not finished; started %1, %2</source>
        <translation>Nicht beendet; gestartet: %1, %2</translation>
    </message>
    <message>
        <location line="+16"/>
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
</context>
<context>
    <name>flowdeck::views::EnvironmentArrivalsModel</name>
    <message>
        <location filename="../views/history/environmentarrivalsmodel.cpp" line="+45"/>
        <source>%1 %2</source>
        <extracomment>The deployment that brought a commit to an environment: service and version, as in &quot;cart 1.0.1&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>First successful deployment to %1 finished %2</source>
        <translation>Erste erfolgreiche Bereitstellung in %1 beendet: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 after the commit was written</source>
        <translation>%1 nach dem Verfassen des Commits</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
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
    <name>flowdeck::views::HistoryPage</name>
    <message>
        <location filename="../views/history/historypage.cpp" line="+204"/>
        <source>Select a commit to see its message, its files and the deployments that shipped it.</source>
        <translation>Wählen Sie einen Commit, um seine Nachricht, seine Dateien und die Bereitstellungen zu sehen, die ihn ausgeliefert haben.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>1 commit</source>
        <translation>1 Commit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 commits</source>
        <translation>%1 Commits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in 1 repository</source>
        <translation>in 1 Repository</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n repositories</source>
        <translation>
            <numerusform>in %n Repository</numerusform>
            <numerusform>in %n Repositorys</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <extracomment>The facts under the page title: &quot;5,213 commits in 6 repositories&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No commit is selected.</source>
        <translation>Kein Commit ausgewählt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+105"/>
        <source>The history could not be read.</source>
        <translation>Die Historie konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>The filter could not be applied: %1</source>
        <translation>Der Filter konnte nicht angewendet werden: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 of %2 commits match</source>
        <translation>%1 von %2 Commits entsprechen den Filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The only commit</source>
        <translation>Der einzige Commit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All %1 commits</source>
        <translation>Alle %1 Commits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No commit matches these filters.</source>
        <translation>Kein Commit entspricht diesen Filtern.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>11 months ago</source>
        <translation>vor 11 Monaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the history…</source>
        <translation>Historie wird gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtering…</source>
        <translation>Wird gefiltert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no longer on any branch or tag</source>
        <translation>auf keinem Branch oder Tag mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No commits yet</source>
        <translation>Noch keine Commits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page lists every commit of the workspace&apos;s git repositories: who changed what and when, the files each commit touched, and which deployments shipped it to which environment. Add a git repository, from a folder on this computer or by its clone URL, to import its history.</source>
        <translation>Diese Seite listet jeden Commit der Git-Repositorys des Arbeitsbereichs auf: wer was wann geändert hat, welche Dateien jeder Commit berührt hat und welche Bereitstellungen ihn in welche Umgebung ausgeliefert haben. Fügen Sie ein Git-Repository aus einem Ordner auf diesem Computer oder über seine Klon-URL hinzu, um seine Historie zu importieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add repository…</source>
        <translation>Repository hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit details</source>
        <translation>Commit-Details</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::LatestDeploymentsModel</name>
    <message>
        <location filename="../views/overview/latestdeploymentsmodel.cpp" line="+70"/>
        <source>%1 from commit %2</source>
        <translation>%1 aus Commit %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (commit not recorded)</source>
        <translation>%1 (Commit nicht erfasst)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 from start to finish</source>
        <translation>%1 vom Start bis zum Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start or finish not recorded</source>
        <translation>Start oder Ende nicht erfasst</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::OverviewPage</name>
    <message>
        <location filename="../views/overview/overviewpage.cpp" line="+101"/>
        <location line="+90"/>
        <source>Versions by service and environment</source>
        <translation>Versionen nach Dienst und Umgebung</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+70"/>
        <location line="+8"/>
        <source>Latest deployments</source>
        <translation>Neueste Bereitstellungen</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+63"/>
        <source>Records in the workspace</source>
        <translation>Datensätze im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="-13"/>
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
        <location line="+2"/>
        <source>Open demo workspace</source>
        <translation>Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a sample workspace with a year of a retail company&apos;s delivery history</source>
        <translation>Einen Beispiel-Arbeitsbereich mit einem Jahr Auslieferungshistorie eines Einzelhandelsunternehmens öffnen</translation>
    </message>
    <message>
        <location line="+68"/>
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
        <location filename="../views/common/statusstyle.cpp" line="+96"/>
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
