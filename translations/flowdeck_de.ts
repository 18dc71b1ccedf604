<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/commandline.cpp" line="+54"/>
        <location filename="../app/console.cpp" line="+28"/>
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
    <name>flowdeck::app::CiConnections</name>
    <message>
        <location filename="../app/ciconnections.cpp" line="+55"/>
        <source>%1, %2, %3, %4, %5</source>
        <extracomment>What a CI sync stored, as in &quot;120 runs, 1,400 jobs, 12 deployments, 30 pull requests, 2 incidents&quot;.</extracomment>
        <translation>%1, %2, %3, %4, %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 run</source>
        <translation>1 Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 job</source>
        <translation>1 Job</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jobs</source>
        <translation>%1 Jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 deployment</source>
        <translation>1 Bereitstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 deployments</source>
        <translation>%1 Bereitstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 pull request</source>
        <translation>1 Pull Request</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 pull requests</source>
        <translation>%1 Pull Requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 incident</source>
        <translation>1 Vorfall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 incidents</source>
        <translation>%1 Vorfälle</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Syncing %1</source>
        <translation>Synchronisierung von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing %1 CI connections</source>
        <translation>Synchronisierung von %1 CI-Verbindungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — %2</source>
        <extracomment>What a sync of several connections does now: &quot;petech/storefront on GitHub — page 3&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No token was sent, as the keychain could not be read: %1</source>
        <translation>Es wurde kein Token gesendet, da der Schlüsselbund nicht gelesen werden konnte: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The sync was canceled. What it had stored is kept, and the next sync goes on from there.</source>
        <translation>Die Synchronisierung wurde abgebrochen. Bereits Gespeichertes bleibt erhalten, und die nächste Synchronisierung setzt dort an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 warning.</source>
        <translation>1 Warnung.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 warnings.</source>
        <translation>%1 Warnungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync did not complete.</source>
        <translation>Die Synchronisierung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other connections stored %1.</source>
        <translation>Die übrigen Verbindungen haben %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Synced 1 CI connection: %1.</source>
        <extracomment>The end of a CI sync: &quot;Synced 2 CI connections: 120 runs, 1,400 jobs, …&quot;.</extracomment>
        <translation>1 CI-Verbindung synchronisiert: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced %1 CI connections: %2.</source>
        <translation>%1 CI-Verbindungen synchronisiert: %2.</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::CiImportCommand</name>
    <message>
        <location filename="../app/ciimportcommand.cpp" line="+43"/>
        <source>The workspace file to import into; it is created when it does not exist.</source>
        <translation>Die Arbeitsbereichsdatei, in die importiert wird; sie wird angelegt, wenn sie nicht existiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+239"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Print how many records were imported as JSON on standard output.</source>
        <translation>Gibt die Anzahl der importierten Datensätze als JSON auf der Standardausgabe aus.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: name the workspace file with -w FILE.</source>
        <translation>%1: Geben Sie die Arbeitsbereichsdatei mit -w DATEI an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deployment statuses</source>
        <translation>Bereitstellungsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pull requests</source>
        <translation>Pull Requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: unexpected argument %2.</source>
        <translation>%1: Unerwartetes Argument %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imports API responses saved from GitHub, GitLab or Jenkins (with curl or gh api) into a workspace: every *.json file in FOLDER and its subfolders. Each file&apos;s kind is told from its content; files of no kind the provider&apos;s pages have are skipped with a warning. A file that is not JSON, or a page that cannot be read, stops the import; what was stored before it stays. Importing again stores nothing twice.</source>
        <translation>Importiert gespeicherte API-Antworten von GitHub, GitLab oder Jenkins (mit curl oder gh api abgerufen) in einen Arbeitsbereich: jede *.json-Datei in ORDNER und seinen Unterordnern. Die Art jeder Datei wird aus ihrem Inhalt erkannt; Dateien, die keiner Seitenart des Anbieters entsprechen, werden mit einer Warnung übersprungen. Eine Datei, die kein JSON ist, oder eine Seite, die nicht gelesen werden kann, bricht den Import ab; was davor gespeichert wurde, bleibt erhalten. Ein erneuter Import speichert nichts doppelt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whose responses they are: github, gitlab or jenkins.</source>
        <translation>Von wem die Antworten stammen: github, gitlab oder jenkins.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service the runs, deployments and incidents belong to (made when missing). Without it: the folder&apos;s name.</source>
        <translation>Der Dienst, zu dem die Läufe, Bereitstellungen und Vorfälle gehören (wird angelegt, wenn er fehlt). Ohne Angabe: der Name des Ordners.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+197"/>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>The project: OWNER/REPO on GitHub, the project&apos;s path or id on GitLab, the job&apos;s URL on Jenkins (needed to join wfapi pages with api/json builds). Without it, the project is taken from the responses where they name it.</source>
        <translation>Das Projekt: BESITZER/REPO bei GitHub, Pfad oder ID des Projekts bei GitLab, URL des Jobs bei Jenkins (nötig, um wfapi-Seiten mit api/json-Builds zusammenzuführen). Ohne Angabe wird das Projekt aus den Antworten übernommen, sofern sie es nennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+199"/>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+78"/>
        <location line="+116"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>The folder of saved responses.</source>
        <translation>Der Ordner mit den gespeicherten Antworten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name the folder of saved responses.</source>
        <translation>Geben Sie den Ordner mit den gespeicherten Antworten an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: say whose responses they are with --provider github|gitlab|jenkins.</source>
        <translation>%1: Geben Sie mit --provider github|gitlab|jenkins an, von wem die Antworten stammen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: there is no provider called &quot;%2&quot;; the providers are: github, gitlab, jenkins.</source>
        <translation>%1: Es gibt keinen Anbieter namens „%2“. Verfügbare Anbieter: github, gitlab, jenkins.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files/s</source>
        <translation>%1 Dateien/s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 skipped: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported 1 file of %1 into %2.</source>
        <translation>1 Datei aus %1 in %2 importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n files of %1 into %2.</source>
        <translation>
            <numerusform>%n Datei aus %1 in %2 importiert.</numerusform>
            <numerusform>%n Dateien aus %1 in %2 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>files skipped</source>
        <translation>Dateien übersprungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imports deployments or incidents from a CSV file into a workspace (docs/csv-import.md describes the columns). Every row is checked first: if one is wrong, nothing is stored, and each problem is printed with its line and column. Importing the same file again changes nothing.</source>
        <translation>Importiert Bereitstellungen oder Vorfälle aus einer CSV-Datei in einen Arbeitsbereich (docs/csv-import.md beschreibt die Spalten). Zuerst wird jede Zeile geprüft: Ist eine fehlerhaft, wird nichts gespeichert, und jedes Problem wird mit Zeile und Spalte ausgegeben. Ein erneuter Import derselben Datei ändert nichts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the file holds: deployments or incidents.</source>
        <translation>Was die Datei enthält: deployments (Bereitstellungen) oder incidents (Vorfälle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file.</source>
        <translation>Die CSV-Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name what the file holds (deployments or incidents) and the file.</source>
        <translation>Geben Sie an, was die Datei enthält (deployments oder incidents), und nennen Sie die Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: there is no table called &quot;%2&quot;; the tables are: deployments, incidents.</source>
        <translation>%1: Es gibt keine Tabelle namens „%2“. Verfügbare Tabellen: deployments, incidents.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Imported 1 deployment from %1 into %2.</source>
        <translation>1 Bereitstellung aus %1 in %2 importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n deployments from %1 into %2.</source>
        <translation>
            <numerusform>%n Bereitstellung aus %1 in %2 importiert.</numerusform>
            <numerusform>%n Bereitstellungen aus %1 in %2 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported 1 incident from %1 into %2.</source>
        <translation>1 Vorfall aus %1 in %2 importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n incidents from %1 into %2.</source>
        <translation>
            <numerusform>%n Vorfall aus %1 in %2 importiert.</numerusform>
            <numerusform>%n Vorfälle aus %1 in %2 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: no token: %2 is not set and the keychain cannot be read (%3). Continuing without one.</source>
        <translation>%1: Kein Token: %2 ist nicht gesetzt, und der Schlüsselbund kann nicht gelesen werden (%3). Es wird ohne Token fortgefahren.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>workflow runs with their jobs, deployments, pull requests, releases and incident issues from GitHub</source>
        <translation>Workflow-Läufe mit ihren Jobs, Bereitstellungen, Pull Requests, Releases und Vorfall-Issues von GitHub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the builds of a Jenkins job, with the stages of Pipeline builds</source>
        <translation>die Builds eines Jenkins-Jobs, mit den Stages von Pipeline-Builds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pipelines with their jobs, deployments, environments, merge requests and incidents from GitLab</source>
        <translation>Pipelines mit ihren Jobs, Bereitstellungen, Umgebungen, Merge Requests und Vorfällen von GitLab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imports %1 into a workspace, and saves the connection there so that the next import (or the window&apos;s Sync CI History) fetches only what is new. The token comes from %2, else from the keychain.</source>
        <translation>Importiert %1 in einen Arbeitsbereich und speichert die Verbindung dort, sodass der nächste Import (oder „CI-Historie synchronisieren“ im Fenster) nur Neues abruft. Das Token stammt aus %2, sonst aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API address (default %1).</source>
        <translation>Die API-Adresse (Standard: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch nothing older than this date (ISO 8601, e.g. 2026-01-01).</source>
        <translation>Ruft nichts ab, was älter als dieses Datum ist (ISO 8601, z. B. 2026-01-01).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service the records belong to (made when missing). Without it: the project&apos;s name.</source>
        <translation>Der Dienst, zu dem die Datensätze gehören (wird angelegt, wenn er fehlt). Ohne Angabe: der Name des Projekts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OWNER/REPO</source>
        <translation>BESITZER/REPO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JOB_URL</source>
        <translation>JOB_URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Jenkins job&apos;s address.</source>
        <translation>Die Adresse des Jenkins-Jobs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project: OWNER/REPO on GitHub, the project&apos;s path or numeric id on GitLab.</source>
        <translation>Das Projekt: BESITZER/REPO bei GitHub, Pfad oder numerische ID des Projekts bei GitLab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name the project (%1).</source>
        <translation>Geben Sie das Projekt an (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: --since %2 is not a date or time (write it as 2026-01-31 or 2026-01-31T12:00:00Z).</source>
        <translation>%1: --since %2 ist kein Datum und keine Uhrzeit (schreiben Sie es als 2026-01-31 oder 2026-01-31T12:00:00Z).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Syncing %1</source>
        <translation>Synchronisierung von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pages/s</source>
        <translation>%1 Seiten/s</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Synced %1 into %2 (%3 requests, %4 unchanged).</source>
        <translation>%1 in %2 synchronisiert (%3 Anfragen, %4 unverändert).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>flowdeck import: there is no source called &quot;%1&quot;.</source>
        <translation>flowdeck import: Es gibt keine Quelle namens „%1“.</translation>
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
        <location line="+45"/>
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
    <name>flowdeck::app::CommandScope</name>
    <message>
        <location filename="../app/commandscope.cpp" line="+43"/>
        <source>--to %1 is not a date; write it as YYYY-MM-DD, like 2024-03-31.</source>
        <translation>--to %1 ist kein Datum; schreiben Sie es als YYYY-MM-DD, etwa 2024-03-31.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--from %1 is not a date; write it as YYYY-MM-DD, like 2024-01-01.</source>
        <translation>--from %1 ist kein Datum; schreiben Sie es als YYYY-MM-DD, etwa 2024-01-01.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period is empty: --from %1 must be a day before --to %2 (which is not included).</source>
        <translation>Der Zeitraum ist leer: --from %1 muss vor --to %2 liegen (dieser Tag ist nicht eingeschlossen).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>there is no service called &quot;%1&quot;: the workspace has no services.</source>
        <translation>Es gibt keinen Dienst namens „%1“: Der Arbeitsbereich enthält keine Dienste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no service called &quot;%1&quot;; the services are: %2.</source>
        <translation>Es gibt keinen Dienst namens „%1“. Verfügbare Dienste: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first day of the period, YYYY-MM-DD (UTC). Default: %1 days before --to.</source>
        <translation>Der erste Tag des Zeitraums, YYYY-MM-DD (UTC). Standard: %1 Tage vor --to.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The day the period ends at, YYYY-MM-DD (UTC); the period stops at its start, so this day is not included. Default: tomorrow, so that today is included.</source>
        <translation>Der Tag, an dem der Zeitraum endet, YYYY-MM-DD (UTC); der Zeitraum endet zu Beginn dieses Tages, der Tag selbst ist also nicht eingeschlossen. Standard: morgen, damit heute eingeschlossen ist.</translation>
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
        <location line="+32"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 commits/s</source>
        <translation>%1 Commits/s</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>flowdeck::app::CredentialsCommand</name>
    <message>
        <location filename="../app/credentialscommand.cpp" line="+58"/>
        <source>Keeps the user name and password or token for a git server in the desktop&apos;s keychain, where imports of its repositories find them. One entry serves every repository of the server (its scheme, host and port). &quot;set&quot; reads the password or token from standard input.</source>
        <translation>Bewahrt Benutzername und Passwort oder Token für einen Git-Server im Schlüsselbund des Desktops auf, wo Importe seiner Repositorys sie finden. Ein Eintrag gilt für alle Repositorys des Servers (Schema, Host und Port). „set“ liest das Passwort oder Token von der Standardeingabe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user name (for set; default: the one in the URL, else the current user).</source>
        <translation>Der Benutzername (für set; Standard: der aus der URL, sonst der aktuelle Benutzer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set, show or remove.</source>
        <translation>set, show oder remove.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clone URL of the server, or the server&apos;s address.</source>
        <translation>Eine Klon-URL des Servers oder die Adresse des Servers.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>flowdeck credentials: name what to do: set, show or remove.</source>
        <translation>flowdeck credentials: Geben Sie die Aktion an: set, show oder remove.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flowdeck credentials: there is no action called &quot;%1&quot;; the actions are: set, show, remove.</source>
        <translation>flowdeck credentials: Es gibt keine Aktion namens „%1“. Verfügbare Aktionen: set, show, remove.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>flowdeck credentials %1: name the server with a URL, such as https://git.example.com/team/shop.git.</source>
        <translation>flowdeck credentials %1: Geben Sie den Server als URL an, etwa https://git.example.com/team/shop.git.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>flowdeck credentials %1: unexpected argument %2.</source>
        <translation>flowdeck credentials %1: Unerwartetes Argument %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flowdeck credentials %1: &quot;%2&quot; is not a URL; name the server as in a clone URL, such as https://git.example.com/team/shop.git.</source>
        <translation>flowdeck credentials %1: „%2“ ist keine URL. Geben Sie den Server wie in einer Klon-URL an, etwa https://git.example.com/team/shop.git.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Password or token for %1 at %2: </source>
        <translation>Passwort oder Token für %1 auf %2: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flowdeck credentials set: no password or token was given on standard input.</source>
        <translation>flowdeck credentials set: Auf der Standardeingabe wurde kein Passwort oder Token angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flowdeck credentials set: %1</source>
        <translation>flowdeck credentials set: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored the credentials of %1 for %2 in the keychain.</source>
        <translation>Anmeldedaten von %1 für %2 im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>flowdeck credentials show: %1</source>
        <translation>flowdeck credentials show: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>No credentials are stored for %1.</source>
        <translation>Für %1 sind keine Anmeldedaten gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>%1: user %2, with a password or token of %n character(s).</source>
        <translation>
            <numerusform>%1: Benutzer %2, mit einem Passwort oder Token aus %n Zeichen.</numerusform>
            <numerusform>%1: Benutzer %2, mit einem Passwort oder Token aus %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>flowdeck credentials remove: %1</source>
        <translation>flowdeck credentials remove: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed the credentials for %1 from the keychain.</source>
        <translation>Anmeldedaten für %1 aus dem Schlüsselbund entfernt.</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::DemoCommand</name>
    <message>
        <location filename="../app/democommand.cpp" line="+29"/>
        <source>Writes the demo workspace: PETech, a retail company with six services and a year of delivery history (commits, pipeline runs, jobs, deployments and incidents). The same seed gives the same workspace on the same day.</source>
        <translation>Schreibt den Demo-Arbeitsbereich: PETech, ein Einzelhandelsunternehmen mit sechs Diensten und einem Jahr Auslieferungshistorie (Commits, Pipeline-Läufe, Jobs, Bereitstellungen und Vorfälle). Derselbe Startwert ergibt am selben Tag denselben Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+29"/>
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
        <location filename="../app/demoworkspace.cpp" line="+80"/>
        <source>The demo&apos;s deployment script is missing from this build of Flowdeck.</source>
        <translation>Das Bereitstellungsskript der Demo fehlt in diesem Build von Flowdeck.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the folder %1 for the demo&apos;s deployment script.</source>
        <translation>Der Ordner %1 für das Bereitstellungsskript der Demo kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write the demo&apos;s deployment script to %1: %2</source>
        <translation>Das Bereitstellungsskript der Demo kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot make the demo&apos;s deployment script %1 executable.</source>
        <translation>Das Bereitstellungsskript der Demo, %1, kann nicht ausführbar gemacht werden.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location filename="../app/historyimport.cpp" line="+57"/>
        <source>1 new commit</source>
        <translation>1 neuer Commit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new commits</source>
        <translation>%1 neue Commits</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign In to the Repository</source>
        <translation>Beim Repository anmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not accept the user name and password or token. Check them and try again.</source>
        <translation>%1 hat Benutzername und Passwort bzw. Token nicht akzeptiert. Prüfen Sie die Angaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asks who you are.</source>
        <translation>%1 verlangt eine Anmeldung.</translation>
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
        <location line="+1"/>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in the desktop&apos;s keychain for every repository on this server, once the import has signed in with it; never in the workspace.</source>
        <translation>Wird im Schlüsselbund des Desktops für alle Repositorys dieses Servers aufbewahrt, sobald sich der Import damit angemeldet hat; niemals im Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Importing %1</source>
        <translation>Import aus %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the history of every repository</source>
        <translation>Import der Historie aller Repositorys</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 commits/s</source>
        <extracomment>The speed of a git import in the status bar.</extracomment>
        <translation>%1 Commits/s</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+7"/>
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
        <location filename="../app/importcommand.cpp" line="+76"/>
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
        <location line="+3"/>
        <source>The repository: a folder or a clone URL.</source>
        <translation>Das Repository: ein Ordner oder eine Klon-URL.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH|URL</source>
        <translation>PFAD|URL</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+8"/>
        <location line="+29"/>
        <source>flowdeck import git: %1</source>
        <translation>flowdeck import git: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Importing %1</source>
        <translation>Import aus %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+26"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Imports history into a workspace. From git: the commits reachable from the branches and tags of a repository, with their parents, authors, messages and diff statistics, and the tags and branches themselves. The repository is a folder (a working tree or a bare repository) or a URL to clone (https://, ssh:// or file://). Importing again reads only what is new. CI/CD history comes from GitHub, GitLab and Jenkins (flowdeck import github --help, gitlab --help, jenkins --help), from saved API responses (flowdeck import files --help) and from CSV files (flowdeck import csv --help).</source>
        <translation>Importiert Historie in einen Arbeitsbereich. Aus Git: die Commits, die von den Branches und Tags eines Repositorys aus erreichbar sind, mit ihren Eltern-Commits, Autoren, Nachrichten und Diff-Statistiken, sowie die Tags und Branches selbst. Das Repository ist ein Ordner (ein Arbeitsverzeichnis oder ein Bare-Repository) oder eine zu klonende URL (https://, ssh:// oder file://). Ein erneuter Import liest nur, was neu ist. Die CI/CD-Historie kommt von GitHub, GitLab und Jenkins (flowdeck import github --help, gitlab --help, jenkins --help), aus gespeicherten API-Antworten (flowdeck import files --help) und aus CSV-Dateien (flowdeck import csv --help).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What to import from: git, github, gitlab, jenkins, files or csv.</source>
        <translation>Die Quelle des Imports: git, github, gitlab, jenkins, files oder csv.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>flowdeck import: name what to import from: git, %1.</source>
        <translation>flowdeck import: Geben Sie die Quelle des Imports an: git, %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flowdeck import: there is no source called &quot;%1&quot;; the sources are: git, %2.</source>
        <translation>flowdeck import: Es gibt keine Quelle namens „%1“. Verfügbare Quellen: git, %2.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Store the user name and password or token for this server with: flowdeck credentials set %1 --user NAME</source>
        <translation>Speichern Sie Benutzername und Passwort oder Token für diesen Server mit: flowdeck credentials set %1 --user NAME</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location filename="../app/mainwindow.cpp" line="+76"/>
        <source>Flowdeck workspaces (*.%1)</source>
        <translation>Flowdeck-Arbeitsbereiche (*.%1)</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+436"/>
        <source>Flowdeck</source>
        <translation>Flowdeck</translation>
    </message>
    <message>
        <location line="-376"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <source>Open &amp;Team Workspace…</source>
        <translation>&amp;Team-Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a workspace the team shares on a PostgreSQL server</source>
        <translation>Einen Arbeitsbereich öffnen, den das Team auf einem PostgreSQL-Server teilt</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
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
        <location line="+2"/>
        <source>Import &amp;Pipeline…</source>
        <translation>&amp;Pipeline importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a GitHub Actions, GitLab CI, Concourse or Flowdeck pipeline file into the workspace</source>
        <translation>Eine Pipeline-Datei von GitHub Actions, GitLab CI, Concourse oder Flowdeck in den Arbeitsbereich importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CI &amp;Connections…</source>
        <translation>CI-&amp;Verbindungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect GitHub, GitLab or Jenkins, and correct which stage each job counts for</source>
        <translation>GitHub, GitLab oder Jenkins verbinden und korrigieren, für welche Stage jeder Job zählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync CI History</source>
        <translation>CI-Historie &amp;synchronisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the new runs, jobs and deployments of every CI connection</source>
        <translation>Die neuen Läufe, Jobs und Bereitstellungen aller CI-Verbindungen abrufen</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location line="+83"/>
        <source>The workspace is open, but its password could not be kept in the keychain: you will be asked for it next time. %1</source>
        <translation>Der Arbeitsbereich ist geöffnet, aber sein Passwort konnte nicht im Schlüsselbund gespeichert werden: Sie werden beim nächsten Mal danach gefragt. %1</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location line="+47"/>
        <source>%1 — Flowdeck</source>
        <translation>%1 — Flowdeck</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 (server)</source>
        <translation>%1 (Server)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Updated with changes made elsewhere.</source>
        <translation>Mit Änderungen von anderer Stelle aktualisiert.</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+25"/>
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
    <name>flowdeck::app::MetricsCommand</name>
    <message>
        <location filename="../app/metricscommand.cpp" line="+52"/>
        <source>%1%</source>
        <extracomment>A share in percent, as in &quot;25%&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Services: %1</source>
        <translation>Dienste: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: %1 up to %2, not including %2 (%3 days, UTC)</source>
        <translation>Zeitraum: %1 bis %2, %2 nicht eingeschlossen (%3 Tage, UTC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Levels: DORA %1</source>
        <translation>Niveaus: DORA %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 still open)</source>
        <translation>%1 (%2 noch offen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment frequency</source>
        <translation>Bereitstellungshäufigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 per day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days with a deployment per week (median)</source>
        <translation>Tage mit Bereitstellung pro Woche (Median)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time for changes (median)</source>
        <translation>Durchlaufzeit für Änderungen (Median)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>85th percentile</source>
        <translation>85. Perzentil</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out (span of zero or less)</source>
        <translation>ausgelassen (Dauer von null oder weniger)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time by pull request (median)</source>
        <translation>Durchlaufzeit nach Pull Request (Median)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coding: first commit to opened</source>
        <translation>Entwicklung: erster Commit bis Eröffnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review: opened to merged</source>
        <translation>Review: Eröffnung bis Merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deploy: merged to deployed</source>
        <translation>Bereitstellung: Merge bis Bereitstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total: first commit to deployed</source>
        <translation>Gesamt: erster Commit bis Bereitstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pull requests</source>
        <translation>Pull Requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change failure rate</source>
        <translation>Änderungsfehlerrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed of deployments</source>
        <translation>fehlgeschlagene von allen Bereitstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Failed deployment recovery time (median)</source>
        <translation>Wiederherstellungszeit nach fehlgeschlagenen Bereitstellungen (Median)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recoveries</source>
        <translation>Wiederherstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment rework rate</source>
        <translation>Nacharbeitsquote der Bereitstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rework of deployments</source>
        <translation>Nacharbeit von allen Bereitstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throughput (changes per week)</source>
        <translation>Durchsatz (Änderungen pro Woche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow efficiency of pipeline runs</source>
        <translation>Flusseffizienz der Pipeline-Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work in progress now (changes)</source>
        <translation>Laufende Arbeit aktuell (Änderungen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prints the delivery metrics of a workspace: the DORA keys (deployment frequency, lead time for changes, change failure rate, failed deployment recovery time, deployment rework rate) with their benchmark levels, and flow metrics. Only successful deployments to environments of the tier &quot;production&quot; count as deployments. The period runs from the start of --from up to the start of --to, in UTC: the day of --to is not included. docs/metrics.md defines every figure.</source>
        <translation>Gibt die Auslieferungsmetriken eines Arbeitsbereichs aus: die DORA-Kennzahlen (Bereitstellungshäufigkeit, Durchlaufzeit für Änderungen, Änderungsfehlerrate, Wiederherstellungszeit nach fehlgeschlagenen Bereitstellungen, Nacharbeitsquote der Bereitstellungen) mit ihren Niveaus laut Vergleichsmaßstab sowie Flussmetriken. Als Bereitstellungen zählen nur erfolgreiche Bereitstellungen in Umgebungen der Stufe „production“. Der Zeitraum reicht vom Beginn von --from bis zum Beginn von --to, in UTC: Der Tag von --to ist nicht eingeschlossen. docs/metrics.md definiert jede Kennzahl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workspace file to read.</source>
        <translation>Die zu lesende Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this service, by name; give it again for more services. Default: every service.</source>
        <translation>Nur dieser Dienst, nach Name; für weitere Dienste erneut angeben. Standard: alle Dienste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The benchmark the levels are read from: 2021, 2023 or 2024 (default).</source>
        <translation>Der Vergleichsmaßstab, aus dem die Niveaus stammen: 2021, 2023 oder 2024 (Standard).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>YEAR</source>
        <translation>JAHR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure lead time for changes from each commit&apos;s committer time instead of its author time. Default: as the workspace keeps it (metrics.lead_time_from), else author time.</source>
        <translation>Misst die Durchlaufzeit für Änderungen ab der Committer-Zeit jedes Commits statt ab seiner Autorzeit. Standard: wie im Arbeitsbereich hinterlegt (metrics.lead_time_from), sonst die Autorzeit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A deployment is rework when the branch of its run, or the summary of a commit it shipped, matches this regular expression (case-insensitive). Default: the workspace&apos;s metrics.hotfix_pattern, else &quot;%1&quot;; an empty pattern leaves only incident fixes and rollbacks.</source>
        <translation>Eine Bereitstellung ist Nacharbeit, wenn der Branch ihres Laufs oder die Zusammenfassung eines von ihr ausgelieferten Commits auf diesen regulären Ausdruck passt (ohne Beachtung der Groß-/Kleinschreibung). Standard: metrics.hotfix_pattern des Arbeitsbereichs, sonst &quot;%1&quot;; ein leeres Muster lässt nur Vorfallbehebungen und Rollbacks übrig.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1: the workspace&apos;s setting %2, %3, is not a regular expression: %4 at character %5. Give another with --hotfix-pattern, or change it on the Metrics page.</source>
        <translation>%1: Die Einstellung %2 des Arbeitsbereichs, %3, ist kein regulärer Ausdruck: %4 bei Zeichen %5. Geben Sie mit --hotfix-pattern einen anderen an oder ändern Sie sie auf der Seite „Metriken“.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>REGEX</source>
        <translation>REGEX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the metrics as JSON (docs/metrics.md describes it).</source>
        <translation>Gibt die Metriken als JSON aus (docs/metrics.md beschreibt das Format).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unexpected argument %2.</source>
        <translation>%1: Unerwartetes Argument %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: name the workspace file with -w FILE.</source>
        <translation>%1: Geben Sie die Arbeitsbereichsdatei mit -w DATEI an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: there is no benchmark &quot;%2&quot;; the benchmarks are: 2021, 2023, 2024.</source>
        <translation>%1: Es gibt keinen Vergleichsmaßstab „%2“. Verfügbare Vergleichsmaßstäbe: 2021, 2023, 2024.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: --hotfix-pattern %2 is not a regular expression: %3 at character %4.</source>
        <translation>%1: --hotfix-pattern %2 ist kein regulärer Ausdruck: %3 bei Zeichen %4.</translation>
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
        <location filename="../app/pageregistry.cpp" line="+42"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value stream</source>
        <translation>Wertstrom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::PipelineCommand</name>
    <message>
        <location filename="../app/pipelinecommand.cpp" line="+66"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Save the pipeline under this name instead of the one the file gives it.</source>
        <translation>Speichert die Pipeline unter diesem Namen statt unter dem aus der Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <location line="+15"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The format of the file.</source>
        <translation>Das Format der Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to this file instead of standard output.</source>
        <translation>Schreibt in diese Datei statt in die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the result as JSON.</source>
        <translation>Gibt das Ergebnis als JSON aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pipelines in a workspace. &quot;import&quot; reads a GitHub Actions workflow, a GitLab CI configuration, a Concourse pipeline or a Flowdeck pipeline file into the workspace; &quot;export&quot; writes a stored pipeline as Flowdeck YAML or as a Graphviz graph; &quot;list&quot; lists the stored pipelines; &quot;show&quot; prints one with its stages in order and its critical path. &quot;flowdeck pipeline ACTION --help&quot; tells more.</source>
        <translation>Pipelines in einem Arbeitsbereich. „import“ liest einen GitHub-Actions-Workflow, eine GitLab-CI-Konfiguration, eine Concourse-Pipeline oder eine Flowdeck-Pipeline-Datei in den Arbeitsbereich ein; „export“ schreibt eine gespeicherte Pipeline als Flowdeck-YAML oder als Graphviz-Graph; „list“ listet die gespeicherten Pipelines auf; „show“ gibt eine Pipeline mit ihren Stages in Reihenfolge und ihrem kritischen Pfad aus. Mehr dazu mit „flowdeck pipeline AKTION --help“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import: github, gitlab, concourse or flowdeck (told from the file when not given); export: yaml or dot.</source>
        <translation>import: github, gitlab, concourse oder flowdeck (ohne Angabe aus der Datei erkannt); export: yaml oder dot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <location line="+11"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>import, export, list or show.</source>
        <translation>import, export, list oder show.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imports a pipeline definition into a workspace: its stages (jobs) and what each needs. A pipeline of the same format and name that was imported before is updated. What the import cannot interpret is reported as warnings, by file and line.</source>
        <translation>Importiert eine Pipeline-Definition in einen Arbeitsbereich: ihre Stages (Jobs) und was jede davon benötigt. Eine früher importierte Pipeline mit demselben Format und Namen wird aktualisiert. Was der Import nicht interpretieren kann, wird als Warnung mit Datei und Zeile gemeldet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace file to import into; it is created when it does not exist.</source>
        <translation>Die Arbeitsbereichsdatei, in die importiert wird; sie wird angelegt, wenn sie nicht existiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The format of FILE: github, gitlab, concourse or flowdeck. Without it, the format is told from the file.</source>
        <translation>Das Format von DATEI: github, gitlab, concourse oder flowdeck. Ohne Angabe wird das Format aus der Datei erkannt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pipeline definition to import.</source>
        <translation>Die zu importierende Pipeline-Definition.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writes a stored pipeline in Flowdeck&apos;s own YAML format (docs/pipeline-format.md) or as a Graphviz graph, to standard output or to a file.</source>
        <translation>Schreibt eine gespeicherte Pipeline im Flowdeck-eigenen YAML-Format (docs/pipeline-format.md) oder als Graphviz-Graph in die Standardausgabe oder in eine Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yaml or dot. Without it, the format is told from the name of OUT (.yml, .yaml, .dot, .gv).</source>
        <translation>yaml oder dot. Ohne Angabe wird das Format aus dem Namen von AUSGABE erkannt (.yml, .yaml, .dot, .gv).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pipeline to export.</source>
        <translation>Die zu exportierende Pipeline.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lists the pipelines stored in a workspace.</source>
        <translation>Listet die in einem Arbeitsbereich gespeicherten Pipelines auf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prints a stored pipeline: its stages in topological order with their layer, kind and environment, the median queue and run time and success rate of their jobs when jobs were imported, and its critical path.</source>
        <translation>Gibt eine gespeicherte Pipeline aus: ihre Stages in topologischer Reihenfolge mit Ebene, Art und Umgebung, dem Median der Warte- und Laufzeit sowie der Erfolgsquote ihrer Jobs (sofern Jobs importiert wurden) und ihren kritischen Pfad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pipeline to show.</source>
        <translation>Die anzuzeigende Pipeline.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+57"/>
        <location line="+129"/>
        <location line="+37"/>
        <location line="+55"/>
        <source>%1: name the workspace file with -w FILE.</source>
        <translation>%1: Geben Sie die Arbeitsbereichsdatei mit -w DATEI an.</translation>
    </message>
    <message>
        <location line="-237"/>
        <location line="+178"/>
        <source>%1: unexpected argument %2.</source>
        <translation>%1: Unerwartetes Argument %2.</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>name the pipeline file to import.</source>
        <translation>Geben Sie die zu importierende Pipeline-Datei an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: there is no format called &quot;%2&quot;; the formats are: github, gitlab, concourse, flowdeck.</source>
        <translation>%1: Es gibt kein Format namens „%2“. Verfügbare Formate: github, gitlab, concourse, flowdeck.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the name given with --name is empty.</source>
        <translation>%1: Der mit --name angegebene Name ist leer.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported the pipeline %1 (%2) from %3 into %4.</source>
        <translation>Pipeline %1 (%2) aus %3 in %4 importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated the pipeline %1 (%2) from %3 in %4 to revision %5.</source>
        <translation>Pipeline %1 (%2) aus %3 in %4 auf Revision %5 aktualisiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+127"/>
        <source>stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+126"/>
        <source>edges</source>
        <translation>Kanten</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added the environments %1 to the workspace, with the tier &quot;other&quot;.</source>
        <translation>Die Umgebungen %1 wurden dem Arbeitsbereich mit der Stufe „other“ hinzugefügt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>name the pipeline to export.</source>
        <translation>Geben Sie die zu exportierende Pipeline an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file given with -o is empty.</source>
        <translation>%1: Der mit -o angegebene Dateiname ist leer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: there is no export format called &quot;%2&quot;; the formats are: yaml, dot.</source>
        <translation>%1: Es gibt kein Exportformat namens „%2“. Verfügbare Formate: yaml, dot.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: name the format with --format yaml or --format dot.</source>
        <translation>%1: Geben Sie das Format mit --format yaml oder --format dot an.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote the pipeline %1 to %2.</source>
        <translation>Pipeline %1 in %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The workspace %1 has no pipelines.</source>
        <translation>Der Arbeitsbereich %1 enthält keine Pipelines.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>name the pipeline to show.</source>
        <translation>Geben Sie die anzuzeigende Pipeline an.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>flowdeck pipeline: %1</source>
        <translation>flowdeck pipeline: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>flowdeck pipeline: name what to do: import, export, list or show.</source>
        <translation>flowdeck pipeline: Geben Sie die Aktion an: import, export, list oder show.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flowdeck pipeline: there is no action called &quot;%1&quot;; the actions are: import, export, list, show.</source>
        <translation>flowdeck pipeline: Es gibt keine Aktion namens „%1“. Verfügbare Aktionen: import, export, list, show.</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::PipelineSummary</name>
    <message>
        <location filename="../app/pipelinesummary.cpp" line="+157"/>
        <source>Pipeline “%1” (%2, revision %3)</source>
        <translation>Pipeline „%1“ (%2, Revision %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline “%1” of %2 (%3, revision %4)</source>
        <translation>Pipeline „%1“ von %2 (%3, Revision %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stages: %1, edges: %2, layers: %3</source>
        <translation>Stages: %1, Kanten: %2, Ebenen: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queue</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>run</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Critical path (*), %1 by the median queue and run times: %2</source>
        <translation>Kritischer Pfad (*), %1 nach den Medianen der Warte- und Laufzeiten: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Critical path (*), the longest chain of needs (no jobs were imported for this pipeline): %1</source>
        <translation>Kritischer Pfad (*), die längste Kette von Abhängigkeiten (für diese Pipeline wurden keine Jobs importiert): %1</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::ReleaseCommand</name>
    <message>
        <location filename="../app/releasecommand.cpp" line="+101"/>
        <source>The workspace has no release templates.
</source>
        <translation>Der Arbeitsbereich hat keine Release-Vorlagen.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace has no releases.
</source>
        <translation>Der Arbeitsbereich hat keine Releases.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>planned start</source>
        <translation>Geplanter Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tasks done</source>
        <translation>Erledigte Aufgaben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Trusted %1 on this computer. Its releases may now run:</source>
        <translation>Dem Arbeitsbereich %1 wird auf diesem Computer jetzt vertraut. Seine Releases dürfen nun Folgendes ausführen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no backends yet: a backend added later needs trust again)</source>
        <translation>(noch keine Backends: Ein später hinzugefügtes Backend erfordert erneut Vertrauen)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: stopped. Running jobs go on; run the command again to resume the release where it stands.</source>
        <translation>%1: Angehalten. Laufende Jobs laufen weiter; führen Sie den Befehl erneut aus, um das Release an seinem aktuellen Stand fortzusetzen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the release waits for people:
  %2
Approve or complete them in the Releases page, or run again with --approve-all to approve every gate and complete every manual task as %3.</source>
        <translation>%1: Das Release wartet auf Personen:
  %2
Geben Sie sie auf der Seite „Releases“ frei bzw. schließen Sie sie dort ab, oder führen Sie den Befehl erneut mit --approve-all aus, um als %3 jede Freigabe zu erteilen und jede manuelle Aufgabe abzuschließen.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+36"/>
        <source>Release %1: %2
</source>
        <translation>Release %1: %2
</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1: the release had already ended; nothing was run.</source>
        <translation>%1: Das Release war bereits beendet; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Lists the releases of a workspace, runs one headless, or trusts the workspace to run its deployment backends on this computer. A run goes on from where the release stands, so running it again after a stop resumes it. docs/releases.md describes plans, gates, backends and the JSON.</source>
        <translation>Listet die Releases eines Arbeitsbereichs auf, führt eines ohne Oberfläche aus oder vertraut dem Arbeitsbereich, damit er seine Bereitstellungs-Backends auf diesem Computer ausführen darf. Ein Lauf setzt dort an, wo das Release steht; ein erneuter Lauf nach einem Anhalten setzt es also fort. docs/releases.md beschreibt Pläne, Freigaben und Prüfungen, Backends und das JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: list the templates instead of the releases.</source>
        <translation>list: listet die Vorlagen statt der Releases auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run: approve every approval gate and mark every manual task done, in your name (recorded as such in the audit log).</source>
        <translation>run: erteilt jede Freigabe und markiert jede manuelle Aufgabe als erledigt, in Ihrem Namen (so auch im Prüfprotokoll vermerkt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON (docs/releases.md describes it).</source>
        <translation>Gibt das Ergebnis als JSON aus (beschrieben in docs/releases.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list, run or trust.</source>
        <translation>list, run oder trust.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: say what to do: list, run NAME or trust.</source>
        <translation>%1: Geben Sie die Aktion an: list, run NAME oder trust.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: unknown action %2; use list, run NAME or trust.</source>
        <translation>%1: Unbekannte Aktion %2; verwenden Sie list, run NAME oder trust.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 run: name the release to run.</source>
        <translation>%1 run: Geben Sie das auszuführende Release an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: unexpected argument %3.</source>
        <translation>%1 %2: Unerwartetes Argument %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: name the workspace file with -w FILE.</source>
        <translation>%1: Geben Sie die Arbeitsbereichsdatei mit -w DATEI an.</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::ReportCommand</name>
    <message>
        <location filename="../app/reportcommand.cpp" line="+57"/>
        <source>there is no section &quot;%1&quot;; the sections are: %2.</source>
        <translation>Es gibt keinen Abschnitt „%1“. Verfügbare Abschnitte: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--sections names no section; the sections are: %1.</source>
        <translation>--sections nennt keinen Abschnitt. Verfügbare Abschnitte: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writes the report for leadership of a period: an executive summary, the DORA keys with their levels and their change against the previous period, weekly trends, the value stream map with its bottleneck and the top improvement opportunities, the lead time distribution, the releases and an appendix with the definitions, benchmark and data coverage. As a PDF, one self-contained HTML file, a folder of CSV files (one per table) or JSON. The period runs from the start of --from up to the start of --to, in UTC, as for `flowdeck metrics`. docs/reports.md describes every format.</source>
        <translation>Schreibt den Bericht für die Führungsebene über einen Zeitraum: eine Zusammenfassung, die DORA-Kennzahlen mit ihren Niveaus und ihrer Veränderung gegenüber dem vorigen Zeitraum, wöchentliche Verläufe, die Wertstromkarte mit ihrem Engpass und den wichtigsten Verbesserungsmöglichkeiten, die Verteilung der Durchlaufzeit, die Releases und einen Anhang mit den Definitionen, dem Vergleichsmaßstab und der Datenabdeckung. Als PDF, als eigenständige HTML-Datei, als Ordner mit CSV-Dateien (eine pro Tabelle) oder als JSON. Der Zeitraum reicht vom Beginn von --from bis zum Beginn von --to, in UTC, wie bei `flowdeck metrics`. docs/reports.md beschreibt jedes Format.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The workspace file to read.</source>
        <translation>Die zu lesende Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The format: pdf, html, csv or json.</source>
        <translation>Das Format: pdf, html, csv oder json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to write the report: a file for pdf, html and json, a folder for csv.</source>
        <translation>Wohin der Bericht geschrieben wird: eine Datei bei pdf, html und json, ein Ordner bei csv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this service, by name; give it again for more services. Default: every service.</source>
        <translation>Nur dieser Dienst, nach Name; für weitere Dienste erneut angeben. Standard: alle Dienste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sections to print, separated by commas: %1. Default: all of them.</source>
        <translation>Die auszugebenden Abschnitte, durch Kommas getrennt: %1. Standard: alle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF&apos;s page size: a4 (default) or letter.</source>
        <translation>Das Papierformat des PDF: a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The benchmark the levels are read from: 2021, 2023 or 2024 (default).</source>
        <translation>Der Vergleichsmaßstab, aus dem die Niveaus stammen: 2021, 2023 oder 2024 (Standard).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>YEAR</source>
        <translation>JAHR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unexpected argument %2.</source>
        <translation>%1: Unerwartetes Argument %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: name the workspace file with -w FILE.</source>
        <translation>%1: Geben Sie die Arbeitsbereichsdatei mit -w DATEI an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: choose the format with --format pdf, html, csv or json.</source>
        <translation>%1: Wählen Sie das Format mit --format pdf, html, csv oder json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: there is no format &quot;%2&quot;; the formats are: pdf, html, csv, json.</source>
        <translation>%1: Es gibt kein Format „%2“. Verfügbare Formate: pdf, html, csv, json.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: name the file (or, for csv, the folder) to write with -o PATH.</source>
        <translation>%1: Geben Sie die zu schreibende Datei (bei csv den Ordner) mit -o PFAD an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: there is no page size &quot;%2&quot;; the page sizes are: a4, letter.</source>
        <translation>%1: Es gibt kein Papierformat „%2“. Verfügbare Papierformate: a4, letter.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: there is no benchmark &quot;%2&quot;; the benchmarks are: 2021, 2023, 2024.</source>
        <translation>%1: Es gibt keinen Vergleichsmaßstab „%2“. Verfügbare Vergleichsmaßstäbe: 2021, 2023, 2024.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 is a file; a CSV report is written into a folder.</source>
        <translation>%1: %2 ist eine Datei; ein CSV-Bericht wird in einen Ordner geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is a folder; name the file to write.</source>
        <translation>%1: %2 ist ein Ordner; geben Sie die zu schreibende Datei an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot write %2: the folder %3 does not exist.</source>
        <translation>%1: %2 kann nicht geschrieben werden: Der Ordner %3 existiert nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: PDF and HTML reports need the graphical part of Qt, which could not be started.</source>
        <translation>%1: PDF- und HTML-Berichte benötigen den grafischen Teil von Qt, der nicht gestartet werden konnte.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the workspace&apos;s setting %2, %3, is not a regular expression: %4 at character %5. Change it on the Metrics page.</source>
        <translation>%1: Die Einstellung %2 des Arbeitsbereichs, %3, ist kein regulärer Ausdruck: %4 bei Zeichen %5. Ändern Sie sie auf der Seite „Metriken“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Gathering the report</source>
        <translation>Zusammenstellen des Berichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 parts/s</source>
        <translation>%1 Teile/s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the %1 report to %2…</source>
        <translation>Schreiben des %1-Berichts nach %2…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1 files into %2.</source>
        <translation>%1 Dateien in %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::Screenshot</name>
    <message>
        <location filename="../app/screenshot.cpp" line="+24"/>
        <source>The page did not finish loading within %1 s; no screenshot was written.</source>
        <translation>Die Seite wurde nicht innerhalb von %1 s fertig geladen; es wurde kein Screenshot geschrieben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The demo workspace was not opened.</source>
        <translation>Der Demo-Arbeitsbereich wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+52"/>
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
        <location filename="../app/subcommands.cpp" line="+28"/>
        <source>Write the demo workspace (PETech) to a file</source>
        <translation>Schreibt den Demo-Arbeitsbereich (PETech) in eine Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import history into a workspace: a git repository, GitHub, GitLab or Jenkins, saved API responses, or a CSV file</source>
        <translation>Verlauf in einen Arbeitsbereich importieren: aus einem Git-Repository, von GitHub, GitLab oder Jenkins, aus gespeicherten API-Antworten oder aus einer CSV-Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the user name and password or token for a git server in the keychain</source>
        <translation>Bewahrt Benutzername und Passwort oder Token für einen Git-Server im Schlüsselbund auf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import, export, list and show the pipelines (stages and their needs) of a workspace</source>
        <translation>Importiert, exportiert, listet und zeigt die Pipelines (Stages und ihre Abhängigkeiten) eines Arbeitsbereichs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the DORA keys and flow metrics of a period, with their benchmark levels</source>
        <translation>Gibt die DORA-Kennzahlen und Flussmetriken eines Zeitraums mit ihren Niveaus laut Vergleichsmaßstab aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the value stream map of a service: its steps, totals, bottleneck and predicted lead time</source>
        <translation>Gibt die Wertstromkarte eines Dienstes aus: ihre Schritte, Summen, den Engpass und die vorhergesagte Durchlaufzeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List releases, run one headless through its deployment backends, or trust a workspace to run them</source>
        <translation>Listet Releases auf, führt eines ohne Oberfläche über seine Bereitstellungs-Backends aus oder vertraut einem Arbeitsbereich, damit er diese ausführen darf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the report for leadership of a period as PDF, HTML, CSV or JSON</source>
        <translation>Schreibt den Bericht für die Führungsebene über einen Zeitraum als PDF, HTML, CSV oder JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy a workspace between an SQLite file and a PostgreSQL database, every record kept</source>
        <translation>Kopiert einen Arbeitsbereich zwischen einer SQLite-Datei und einer PostgreSQL-Datenbank, mit jedem Datensatz</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::TaskIndicator</name>
    <message>
        <location filename="../app/taskindicator.cpp" line="+51"/>
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
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <extracomment>A background task and what it does now: &quot;Syncing petech/storefront on GitHub: Workflow runs, page 3&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::TeamWorkspaceDialog</name>
    <message>
        <location filename="../app/teamworkspacedialog.cpp" line="+249"/>
        <source>No TLS: send everything unencrypted</source>
        <translation>Kein TLS: alles unverschlüsselt senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS only when the server insists</source>
        <translation>TLS nur, wenn der Server darauf besteht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS when the server offers it (default)</source>
        <translation>TLS, wenn der Server es anbietet (Standard)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require TLS (no certificate check)</source>
        <translation>TLS erzwingen (ohne Zertifikatsprüfung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require TLS and verify the server&apos;s certificate</source>
        <translation>TLS erzwingen und das Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the server&apos;s certificate and name</source>
        <translation>Zertifikat und Namen des Servers prüfen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Enter the host name or IP address of the PostgreSQL server.</source>
        <translation>Geben Sie den Hostnamen oder die IP-Adresse des PostgreSQL-Servers ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a host name or IP address: it cannot contain “%2”.</source>
        <translation>„%1“ ist kein Hostname und keine IP-Adresse: „%2“ ist darin nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the server&apos;s port: PostgreSQL&apos;s usual port is 5432.</source>
        <translation>Geben Sie den Port des Servers ein: Der übliche Port von PostgreSQL ist 5432.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port “%1” is out of range: a port is a number from 1 to 65535.</source>
        <translation>Der Port „%1“ liegt außerhalb des gültigen Bereichs: Ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name of the database that holds, or is to hold, the team workspace.</source>
        <translation>Geben Sie den Namen der Datenbank ein, die den Team-Arbeitsbereich enthält oder enthalten soll.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Creating the team workspace in %1…</source>
        <translation>Team-Arbeitsbereich wird in %1 erstellt…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Create Team Workspace</source>
        <translation>Team-Arbeitsbereich erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a team workspace in %1?</source>
        <translation>Einen Team-Arbeitsbereich in %1 erstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 on %2 holds no tables yet. Flowdeck creates the workspace&apos;s tables there; everyone who opens this address then shares the workspace.</source>
        <translation>Die Datenbank %1 auf %2 enthält noch keine Tabellen. Flowdeck legt dort die Tabellen des Arbeitsbereichs an; alle, die diese Adresse öffnen, teilen dann den Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting was canceled. Correct the fields and try again, or close the dialog.</source>
        <translation>Der Verbindungsaufbau wurde abgebrochen. Korrigieren Sie die Felder und versuchen Sie es erneut, oder schließen Sie den Dialog.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open Team Workspace</source>
        <translation>Team-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team workspace lives in a database on a PostgreSQL server, where everyone on the team opens it. Ask whoever runs the server for these details.</source>
        <translation>Ein Team-Arbeitsbereich liegt in einer Datenbank auf einem PostgreSQL-Server, wo ihn alle im Team öffnen. Fragen Sie die Person, die den Server betreibt, nach diesen Angaben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PostgreSQL server&apos;s host name or IP address (an IPv6 address without brackets)</source>
        <translation>Hostname oder IP-Adresse des PostgreSQL-Servers (eine IPv6-Adresse ohne eckige Klammern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s port, 1 to 65535; PostgreSQL&apos;s usual port is 5432</source>
        <translation>Der Port des Servers, 1 bis 65535; der übliche Port von PostgreSQL ist 5432</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flowdeck</source>
        <translation>flowdeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database that holds the workspace. An empty database can be made one.</source>
        <translation>Die Datenbank, die den Arbeitsbereich enthält. Eine leere Datenbank kann dazu gemacht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (your login name)</source>
        <translation>%1 (Ihr Anmeldename)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database user to connect as; empty means your login name on this computer</source>
        <translation>Der Datenbank-Benutzer für die Verbindung; leer bedeutet Ihr Anmeldename auf diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the keychain or ~/.pgpass when empty</source>
        <translation>Aus dem Schlüsselbund oder ~/.pgpass, wenn leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database user&apos;s password. Left empty, Flowdeck uses the one kept in the keychain for this address, then PGPASSWORD or ~/.pgpass.</source>
        <translation>Das Passwort des Datenbank-Benutzers. Bleibt es leer, verwendet Flowdeck das im Schlüsselbund für diese Adresse gespeicherte, danach PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember the password in the keychain</source>
        <translation>Passwort im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the typed password in the desktop&apos;s keychain, so that the workspace opens from Open Recent without asking. It is never written to a file.</source>
        <translation>Das eingegebene Passwort im Schlüsselbund des Desktops aufbewahren, damit sich der Arbeitsbereich über „Zuletzt geöffnet“ ohne Nachfrage öffnet. Es wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the connection is encrypted and whether the server&apos;s certificate is checked (libpq&apos;s sslmode)</source>
        <translation>Wie die Verbindung verschlüsselt wird und ob das Zertifikat des Servers geprüft wird (sslmode von libpq)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS mode</source>
        <translation>TLS-Modus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postgresql://user@host:5432/database</source>
        <translation>postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address the fields make, to copy for the command line (flowdeck … -w ADDRESS). Paste an address here to fill the fields.</source>
        <translation>Die Adresse, die sich aus den Feldern ergibt, zum Kopieren für die Kommandozeile (flowdeck … -w ADDRESS). Fügen Sie hier eine Adresse ein, um die Felder auszufüllen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::ValueStreamCommand</name>
    <message>
        <location filename="../app/valuestreamcommand.cpp" line="+48"/>
        <source>%1%</source>
        <extracomment>A share in percent, as in &quot;25%&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Map: %1 (%2)</source>
        <translation>Karte: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>future state</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current state</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: %1 up to %2, not including %2 (UTC); times are %3</source>
        <translation>Zeitraum: %1 bis %2, %2 nicht eingeschlossen (UTC); Zeiten sind %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>85th percentiles</source>
        <translation>85. Perzentile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medians</source>
        <translation>Mediane</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wait</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>process</source>
        <translation>Prozesszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%C&amp;A</source>
        <translation>%C&amp;A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>measured (%1 records)</source>
        <translation>gemessen (%1 Datensätze)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total lead time: %1</source>
        <translation>Gesamte Durchlaufzeit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total process time: %1</source>
        <translation>Gesamte Prozesszeit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity ratio: %1</source>
        <translation>Flussgrad: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rolled %C&amp;A: %1</source>
        <translation>Gesamter %C&amp;A: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bottleneck: %1, %2</source>
        <translation>Engpass: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bottleneck: none (the map has no lead time)</source>
        <translation>Engpass: keiner (die Karte hat keine Durchlaufzeit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predicted lead time (%1 trials): p50 %2, p85 %3, p95 %4</source>
        <translation>Vorhergesagte Durchlaufzeit (%1 Durchgänge): p50 %2, p85 %3, p95 %4</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>there is no map called &quot;%1&quot;: the workspace has no stored maps.</source>
        <translation>Es gibt keine Karte namens „%1“: Der Arbeitsbereich enthält keine gespeicherten Karten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no map called &quot;%1&quot;; the stored maps are: %2.</source>
        <translation>Es gibt keine Karte namens „%1“. Gespeicherte Karten: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prints the value stream map of a service: each step from first commit to production with its wait, process and lead time and %C&amp;A, the totals, the bottleneck, and the lead time a Monte Carlo simulation predicts. Without --map it shows the service&apos;s stored current state refreshed from the period&apos;s data, or, when none is stored, the map derived from the data. docs/valuestream.md says how each step is measured.</source>
        <translation>Gibt die Wertstromkarte eines Dienstes aus: jeden Schritt vom ersten Commit bis zur Produktion mit seiner Wartezeit, Prozesszeit, Durchlaufzeit und seinem %C&amp;A, die Summen, den Engpass und die Durchlaufzeit, die eine Monte-Carlo-Simulation vorhersagt. Ohne --map zeigt der Befehl den gespeicherten Ist-Zustand des Dienstes, aktualisiert mit den Daten des Zeitraums, oder, wenn keiner gespeichert ist, die aus den Daten abgeleitete Karte. docs/valuestream.md beschreibt, wie jeder Schritt gemessen wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workspace file to read.</source>
        <translation>Die zu lesende Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service, by name. Default: every service together.</source>
        <translation>Der Dienst, nach Name. Standard: alle Dienste zusammen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>How measured times are summarised: median or p85. Default: a stored map&apos;s own, else median.</source>
        <translation>Wie gemessene Zeiten zusammengefasst werden: median oder p85. Standard: der Wert einer gespeicherten Karte, sonst median.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATISTIC</source>
        <translation>STATISTIK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A stored map by name, e.g. a future state, shown as stored (the period&apos;s data only feed its prediction).</source>
        <translation>Eine gespeicherte Karte nach Name, z. B. ein Soll-Zustand, so angezeigt, wie sie gespeichert ist (die Daten des Zeitraums fließen nur in ihre Vorhersage ein).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The trials of the lead time prediction; 0 for none. Default: %1.</source>
        <translation>Die Anzahl der Durchgänge für die Vorhersage der Durchlaufzeit; 0 für keine Vorhersage. Standard: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The seed of the prediction: the same seed gives the same figures. Default: %1.</source>
        <translation>Der Startwert der Vorhersage: Derselbe Startwert ergibt dieselben Zahlen. Standard: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the map as JSON (docs/valuestream.md describes it).</source>
        <translation>Gibt die Karte als JSON aus (docs/valuestream.md beschreibt das Format).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unexpected argument %2.</source>
        <translation>%1: Unerwartetes Argument %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: name the workspace file with -w FILE.</source>
        <translation>%1: Geben Sie die Arbeitsbereichsdatei mit -w DATEI an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: there is no statistic &quot;%2&quot;; write median or p85.</source>
        <translation>%1: Es gibt keine Statistik „%2“; schreiben Sie median oder p85.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: --trials %2 is not a number of trials from 0 to 10000000.</source>
        <translation>%1: --trials %2 ist keine Anzahl von Durchgängen von 0 bis 10000000.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: --seed %2 is not a whole number from 0 up.</source>
        <translation>%1: --seed %2 ist keine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a value stream map covers one service or all; give --service once.</source>
        <translation>%1: Eine Wertstromkarte umfasst einen Dienst oder alle; geben Sie --service nur einmal an.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: there is nothing to map: the workspace has no pull requests, pipeline runs or deployments %2 from %3 up to %4. Import history first, or choose another period.</source>
        <translation>%1: Es gibt nichts abzubilden: Der Arbeitsbereich enthält von %3 bis %4 keine Pull Requests, Pipeline-Läufe oder Bereitstellungen %2. Importieren Sie zuerst den Verlauf oder wählen Sie einen anderen Zeitraum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of any service</source>
        <translation>irgendeines Dienstes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::WorkspaceCommand</name>
    <message>
        <location filename="../app/workspacecommand.cpp" line="+30"/>
        <source>flowdeck workspace copy: %1 already exists; a copy goes only into a new file.</source>
        <translation>flowdeck workspace copy: %1 existiert bereits; eine Kopie wird nur in eine neue Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>flowdeck workspace copy: %1</source>
        <translation>flowdeck workspace copy: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copying %1</source>
        <translation>Kopieren von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 records/s</source>
        <translation>%1 Datensätze/s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>flowdeck workspace copy: nothing was copied to %1: %2</source>
        <translation>flowdeck workspace copy: Nach %1 wurde nichts kopiert: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copied %1 records in %2 tables from %3 to %4 in %5 s.</source>
        <translation>%1 Datensätze in %2 Tabellen von %3 nach %4 kopiert (%5 s).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copies a workspace, every record with its id, into a new one: between an SQLite file and a PostgreSQL database (postgresql://user@host:port/database) in either direction, or within one engine. TO must not exist yet as a file; a database must be empty. The source is read in one snapshot and the copy is written in one transaction, so a failed copy leaves no records behind.</source>
        <translation>Kopiert einen Arbeitsbereich mit jedem Datensatz samt seiner ID in einen neuen: zwischen einer SQLite-Datei und einer PostgreSQL-Datenbank (postgresql://user@host:port/database) in beide Richtungen oder innerhalb einer Engine. TO darf als Datei noch nicht existieren; eine Datenbank muss leer sein. Die Quelle wird in einer Momentaufnahme gelesen und die Kopie in einer Transaktion geschrieben, sodass eine fehlgeschlagene Kopie keine Datensätze hinterlässt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print what was copied as JSON.</source>
        <translation>Gibt das Kopierte als JSON aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy.</source>
        <translation>copy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace to copy: a file or a postgresql:// address.</source>
        <translation>Der zu kopierende Arbeitsbereich: eine Datei oder eine postgresql://-Adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new workspace: a file or a postgresql:// address.</source>
        <translation>Der neue Arbeitsbereich: eine Datei oder eine postgresql://-Adresse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>flowdeck workspace: name the action: flowdeck workspace copy FROM TO.</source>
        <translation>flowdeck workspace: Geben Sie die Aktion an: flowdeck workspace copy FROM TO.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flowdeck workspace: unknown action %1; the action is copy.</source>
        <translation>flowdeck workspace: Unbekannte Aktion %1. Verfügbare Aktion: copy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flowdeck workspace copy: name the workspace to copy and the new one: flowdeck workspace copy FROM TO.</source>
        <translation>flowdeck workspace copy: Geben Sie den zu kopierenden und den neuen Arbeitsbereich an: flowdeck workspace copy FROM TO.</translation>
    </message>
</context>
<context>
    <name>flowdeck::app::WorkspaceStatus</name>
    <message>
        <location filename="../app/workspacestatus.cpp" line="+34"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This workspace file is read-only: you can look at everything, but nothing can be changed or imported. Use File › Save As to make a copy you can change.</source>
        <translation>Diese Arbeitsbereichsdatei ist schreibgeschützt: Sie können alles ansehen, aber nichts ändern oder importieren. Mit Datei › Speichern unter legen Sie eine Kopie an, die Sie ändern können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only workspace</source>
        <translation>Schreibgeschützter Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A team workspace on a PostgreSQL server, shared by everyone who opens %1</source>
        <translation>Ein Team-Arbeitsbereich auf einem PostgreSQL-Server, gemeinsam genutzt von allen, die %1 öffnen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: synced %2</source>
        <translation>%1: synchronisiert %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: last synced %2</source>
        <translation>%1: zuletzt synchronisiert %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>%1: never synced</source>
        <translation>%1: nie synchronisiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 CI sources, last synced %2</source>
        <translation>%1 CI-Quellen, zuletzt synchronisiert %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 CI sources, never synced</source>
        <translation>%1 CI-Quellen, nie synchronisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import › Sync CI History fetches what is new.</source>
        <translation>Importieren › CI-Historie synchronisieren holt, was neu ist.</translation>
    </message>
</context>
<context>
    <name>flowdeck::ci::CiSources</name>
    <message>
        <location filename="../core/ci/sync/cisources.cpp" line="+55"/>
        <source>The address %1 holds a password: give the token in %2 or in Connections instead, so that it stays out of the workspace.</source>
        <translation>Die Adresse %1 enthält ein Passwort: Geben Sie das Token stattdessen in %2 oder unter Verbindungen an, damit es nicht im Arbeitsbereich landet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unknown CI provider &quot;%1&quot;: use github, gitlab or jenkins.</source>
        <translation>Unbekannter CI-Anbieter „%1“: Verwenden Sie github, gitlab oder jenkins.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not the address of a Jenkins job (http or https).</source>
        <translation>„%1“ ist nicht die Adresse eines Jenkins-Jobs (http oder https).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not the address of a Jenkins job: it has no /job/ in its path.</source>
        <translation>„%1“ ist nicht die Adresse eines Jenkins-Jobs: Ihr Pfad enthält kein /job/.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not an API address (http or https).</source>
        <translation>„%1“ ist keine API-Adresse (http oder https).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a GitHub repository: write it as OWNER/REPO.</source>
        <translation>„%1“ ist kein GitHub-Repository: Schreiben Sie es als BESITZER/REPO.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a GitLab project: write its path (group/project) or its numeric id.</source>
        <translation>„%1“ ist kein GitLab-Projekt: Geben Sie seinen Pfad (gruppe/projekt) oder seine numerische ID an.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>A service needs a name.</source>
        <translation>Ein Dienst benötigt einen Namen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 on Jenkins at %2</source>
        <translation>%1 bei Jenkins auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 at %3</source>
        <translation>%1 bei %2 auf %3</translation>
    </message>
</context>
<context>
    <name>flowdeck::ci::CiStore</name>
    <message>
        <location filename="../core/ci/cistore.cpp" line="+159"/>
        <source>Job %1 &quot;%2&quot; belongs to run %3, which is not imported: skipped. Import the run first.</source>
        <translation>Job %1 „%2“ gehört zu Lauf %3, der nicht importiert ist: übersprungen. Importieren Sie zuerst den Lauf.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Status %1 of deployment %2, which is not imported: skipped.</source>
        <translation>Status %1 von Bereitstellung %2, die nicht importiert ist: übersprungen.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Incident %1 &quot;%2&quot; names deployment %3, which is not imported: it is stored without that link.</source>
        <translation>Vorfall %1 „%2“ nennt Bereitstellung %3, die nicht importiert ist: Er wird ohne diese Verknüpfung gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/ci/recordnames.cpp" line="+229"/>
        <source>These records name no service, and none was given for the import.</source>
        <translation>Diese Datensätze nennen keinen Dienst, und für den Import wurde keiner angegeben.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A deployment names no environment.</source>
        <translation>Eine Bereitstellung nennt keine Umgebung.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The environment %1 could be neither stored nor found.</source>
        <translation>Die Umgebung %1 konnte weder gespeichert noch gefunden werden.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>A pull request names no repository.</source>
        <translation>Ein Pull Request nennt kein Repository.</translation>
    </message>
    <message>
        <location filename="../core/ci/cistore.cpp" line="+103"/>
        <source>Records were to be stored through a connection other than the one they were prepared for; nothing was stored.</source>
        <translation>Die Datensätze sollten über eine andere Verbindung gespeichert werden als die, für die sie vorbereitet wurden; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>flowdeck::ci::HttpFetcher</name>
    <message>
        <location filename="../core/ci/httpfetch.cpp" line="+60"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+300"/>
        <source>“%1” is not an http or https address</source>
        <translation>„%1“ ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 did not answer within %2</source>
        <translation>%1 hat nicht innerhalb von %2 geantwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The response from %1 was cut off after %2 of %3 bytes</source>
        <translation>Die Antwort von %1 wurde nach %2 von %3 Bytes abgeschnitten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not connect to %1: the connection was refused</source>
        <translation>Keine Verbindung zu %1 möglich: Die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 closed the connection before it answered</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not find the server %1 (for %2): check the URL in Connections</source>
        <translation>Der Server %1 (für %2) wurde nicht gefunden: Prüfen Sie die URL in den CI-Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not fetch %1: %2</source>
        <translation>%1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The rate limit of %1 is reached (HTTP %2 from %3): it lifts at %4, in %5; try again then</source>
        <translation>Die Ratenbegrenzung von %1 ist erreicht (HTTP %2 von %3): Sie endet um %4, in %5; versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rate limit of %1 is still reached after %2 waits (HTTP %3 from %4): try again later</source>
        <translation>Die Ratenbegrenzung von %1 ist nach %2 Wartezeiten noch immer erreicht (HTTP %3 von %4): Versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate limit of %1 reached: waiting %2, until %3</source>
        <translation>Ratenbegrenzung von %1 erreicht: Es wird %2 gewartet, bis %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rate limit of %1 reached (HTTP %2 from %3)</source>
        <translation>Ratenbegrenzung von %1 erreicht (HTTP %2 von %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server error %1 from %2</source>
        <translation>Serverfehler %1 von %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1. The request was not sent again, since the server may have acted on it: check there before trying again</source>
        <translation>%1. Die Anfrage wurde nicht erneut gesendet, da der Server sie möglicherweise schon verarbeitet hat: Prüfen Sie das dort, bevor Sie es erneut versuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (attempt %2 of %2): try again later</source>
        <translation>%1 (Versuch %2 von %2): Versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: retrying in %2 (attempt %3 of %4)</source>
        <translation>%1: Neuer Versuch in %2 (Versuch %3 von %4)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (the server says: “%1”)</source>
        <translation> (der Server meldet: „%1“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a token (HTTP 401): add one in Connections</source>
        <translation>%1 benötigt ein Token (HTTP 401): Fügen Sie in den CI-Verbindungen eines hinzu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the token (HTTP 401): check it in Connections</source>
        <translation>%1 hat das Token abgelehnt (HTTP 401): Prüfen Sie es in den CI-Verbindungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refuses access without a token (HTTP 403)%2: add one in Connections</source>
        <translation>%1 verweigert den Zugriff ohne Token (HTTP 403)%2: Fügen Sie in den CI-Verbindungen eines hinzu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token lacks permission for %1 (HTTP 403)%2: give it the permission %3 in the provider&apos;s settings</source>
        <translation>Dem Token fehlt die Berechtigung für %1 (HTTP 403)%2: Erteilen Sie ihm in den Einstellungen des Anbieters die Berechtigung %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token lacks permission for %1 (HTTP 403)%2: give it the scope %3 in the provider&apos;s settings</source>
        <translation>Dem Token fehlt die Berechtigung für %1 (HTTP 403)%2: Erteilen Sie ihm in den Einstellungen des Anbieters den Scope %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token lacks permission for %1 (HTTP 403)%2: give it one of the scopes %3 in the provider&apos;s settings</source>
        <translation>Dem Token fehlt die Berechtigung für %1 (HTTP 403)%2: Erteilen Sie ihm in den Einstellungen des Anbieters einen der Scopes %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token lacks permission for %1 (HTTP 403)%2</source>
        <translation>Dem Token fehlt die Berechtigung für %1 (HTTP 403)%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was not found (HTTP 404): check the project name and that the token can see it</source>
        <translation>%1 wurde nicht gefunden (HTTP 404): Prüfen Sie den Projektnamen und ob das Token das Projekt sehen kann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 redirects too many times (HTTP %2)</source>
        <translation>%1 leitet zu oft weiter (HTTP %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 redirects to another server, %2 (HTTP %3), which the token is not sent to: check the URL in Connections</source>
        <translation>%1 leitet an einen anderen Server weiter, %2 (HTTP %3), an den das Token nicht gesendet wird: Prüfen Sie die URL in den CI-Verbindungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered HTTP %2%3%4</source>
        <translation>%1 antwortete mit HTTP %2%3%4</translation>
    </message>
</context>
<context>
    <name>flowdeck::ci::JobMapping</name>
    <message>
        <location filename="../core/ci/mapping/jobmapping.cpp" line="+36"/>
        <source>There is no pipeline with the id %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Pipeline mit der ID %1.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>A job mapping needs the name of the job.</source>
        <translation>Eine Job-Zuordnung benötigt den Namen des Jobs.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The stage with the id %1 is not a stage of the pipeline &quot;%2&quot;: the job &quot;%3&quot; cannot be mapped onto it.</source>
        <translation>Die Stage mit der ID %1 ist keine Stage der Pipeline „%2“: Der Job „%3“ kann ihr nicht zugeordnet werden.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&quot;%1&quot; is not an environment tier: use one of %2.</source>
        <translation>„%1“ ist keine Umgebungsstufe: Verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no environment with the id %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Umgebung mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>flowdeck::ci::PageReading</name>
    <message>
        <location filename="../core/ci/pagereading.cpp" line="+24"/>
        <source>%1: not JSON (at byte %2: %3)</source>
        <translation>%1: kein JSON (bei Byte %2: %3)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+16"/>
        <source>%1: the response is empty</source>
        <translation>%1: Die Antwort ist leer</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>flowdeck::ci::SavedResponses</name>
    <message>
        <location filename="../core/ci/files/savedresponses.cpp" line="+220"/>
        <source>an error answer of the %1 API (“%2”), not a page of records</source>
        <translation>eine Fehlerantwort der %1-API („%2“), keine Seite mit Datensätzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an object with the keys %1%2: not a page of a kind Flowdeck reads from %3</source>
        <translation>ein Objekt mit den Schlüsseln %1%2: keine Seite einer Art, die Flowdeck von %3 liest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a list whose items are of no kind Flowdeck reads from %1</source>
        <translation>eine Liste, deren Einträge von keiner Art sind, die Flowdeck von %1 liest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JSON value that is neither an object nor a list</source>
        <translation>ein JSON-Wert, der weder ein Objekt noch eine Liste ist</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: there is no such folder.</source>
        <translation>%1: Diesen Ordner gibt es nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is not a folder. Name the folder that holds the saved responses.</source>
        <translation>%1: ist kein Ordner. Geben Sie den Ordner an, der die gespeicherten Antworten enthält.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: is a symbolic link (to %2). Flowdeck reads only the files inside the folder: copy the file or folder there instead. Nothing was stored.</source>
        <translation>%1: ist ein symbolischer Link (auf %2). Flowdeck liest nur die Dateien innerhalb des Ordners: Kopieren Sie stattdessen die Datei oder den Ordner dorthin. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+36"/>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: not JSON (at byte %2: %3)</source>
        <translation>%1: kein JSON (bei Byte %2: %3)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the document at byte %1 is %2: skipped</source>
        <translation>Das Dokument bei Byte %1 ist %2: übersprungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>holds only empty lists: nothing to import</source>
        <translation>enthält nur leere Listen: nichts zu importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, page %2 (at byte %3)</source>
        <translation>%1, Seite %2 (bei Byte %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2: skipped</source>
        <translation>%1: %2: übersprungen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Unknown CI provider &quot;%1&quot;: use github, gitlab or jenkins.</source>
        <translation>Unbekannter CI-Anbieter „%1“: Verwenden Sie github, gitlab oder jenkins.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: the folder has no name to give the service: name the service.</source>
        <translation>%1: Der Ordner hat keinen Namen, der dem Dienst gegeben werden kann: Geben Sie den Dienst an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+22"/>
        <source>Nothing was stored.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file stored before it stays stored; after fixing it, import the folder again: nothing is stored twice.</source>
        <translation>Die zuvor gespeicherte Datei bleibt gespeichert; importieren Sie den Ordner nach der Korrektur erneut: nichts wird doppelt gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n files stored before it stay stored; after fixing it, import the folder again: nothing is stored twice.</source>
        <translation>
            <numerusform>Die %n zuvor gespeicherte Datei bleibt gespeichert; importieren Sie den Ordner nach der Korrektur erneut: nichts wird doppelt gespeichert.</numerusform>
            <numerusform>Die %n zuvor gespeicherten Dateien bleiben gespeichert; importieren Sie den Ordner nach der Korrektur erneut: nichts wird doppelt gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::ci::SyncSession</name>
    <message>
        <location filename="../core/ci/sync/cisync.cpp" line="+143"/>
        <source>%1: %2, page %3</source>
        <translation>%1: %2, Seite %3</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>A Jenkins token is written USER:API_TOKEN (the user the API token belongs to, a colon, the token).</source>
        <translation>Ein Jenkins-Token wird als BENUTZER:API_TOKEN geschrieben (der Benutzer, dem das API-Token gehört, ein Doppelpunkt, das Token).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the connection before syncing it.</source>
        <translation>Speichern Sie die Verbindung, bevor Sie sie synchronisieren.</translation>
    </message>
    <message>
        <location filename="../core/ci/sync/githubsync.cpp" line="+114"/>
        <source>workflow runs</source>
        <translation>Workflow-Läufe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>jobs of run %1</source>
        <translation>Jobs von Lauf %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../core/ci/sync/gitlabsync.cpp" line="+174"/>
        <source>deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>statuses of deployment %1</source>
        <translation>Status von Bereitstellung %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>pull requests</source>
        <translation>Pull Requests</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../core/ci/sync/gitlabsync.cpp" line="+8"/>
        <source>incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 answered, but not with workflow runs: is %2 the address of GitHub&apos;s API?</source>
        <translation>%1 hat geantwortet, aber nicht mit Workflow-Läufen: Ist %2 die Adresse der GitHub-API?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: reachable, 1 workflow run.</source>
        <translation>%1: erreichbar, 1 Workflow-Lauf.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: reachable, %n workflow runs.</source>
        <translation>
            <numerusform>%1: erreichbar, %n Workflow-Lauf.</numerusform>
            <numerusform>%1: erreichbar, %n Workflow-Läufe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/ci/sync/gitlabsync.cpp" line="-91"/>
        <source>jobs of pipeline %1</source>
        <translation>Jobs der Pipeline %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>merge requests</source>
        <translation>Merge Requests</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 answered, but not with a project: is %2 the address of a GitLab server?</source>
        <translation>%1 hat geantwortet, aber nicht mit einem Projekt: Ist %2 die Adresse eines GitLab-Servers?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: reachable (%2).</source>
        <translation>%1: erreichbar (%2).</translation>
    </message>
    <message>
        <location filename="../core/ci/sync/jenkinssync.cpp" line="+54"/>
        <source>builds</source>
        <translation>Builds</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>stages of build %1</source>
        <translation>Stages von Build %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 answered, but not with a Jenkins job.</source>
        <translation>%1 hat geantwortet, aber nicht mit einem Jenkins-Job.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: reachable, no builds yet.</source>
        <translation>%1: erreichbar, noch keine Builds.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: reachable, last build #%2.</source>
        <translation>%1: erreichbar, letzter Build #%2.</translation>
    </message>
</context>
<context>
    <name>flowdeck::ci::csv::CsvImport</name>
    <message>
        <location filename="../core/ci/csv/csvcells.cpp" line="+75"/>
        <source>“%1” is not an ISO 8601 time</source>
        <translation>„%1“ ist keine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a day of the calendar</source>
        <translation>„%1“ ist kein Kalendertag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” has no time of day; write the time with its UTC offset, as in 2024-03-05T09:30:00+01:00</source>
        <translation>„%1“ hat keine Uhrzeit; schreiben Sie die Zeit mit ihrem UTC-Versatz, etwa 2024-03-05T09:30:00+01:00</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” has no UTC offset, so the time it means is unknown; add Z for UTC or the offset of its time zone, such as +01:00</source>
        <translation>„%1“ hat keinen UTC-Versatz, daher ist unklar, welche Zeit gemeint ist; ergänzen Sie Z für UTC oder den Versatz ihrer Zeitzone, etwa +01:00</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a deployment status; use succeeded (or success, ok), failed (or failure, error), canceled, running (or in_progress), queued (or pending), waiting or skipped</source>
        <translation>„%1“ ist kein Bereitstellungsstatus; verwenden Sie succeeded (oder success, ok), failed (oder failure, error), canceled, running (oder in_progress), queued (oder pending), waiting oder skipped</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not an environment tier; use production, staging, testing, development or other</source>
        <translation>„%1“ ist keine Umgebungsstufe; verwenden Sie production, staging, testing, development oder other</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a commit id (4 to 64 hexadecimal digits)</source>
        <translation>„%1“ ist keine Commit-ID (4 bis 64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not an http or https address</source>
        <translation>„%1“ ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <location filename="../core/ci/csv/csvimport.cpp" line="+91"/>
        <source>… and 1 more problem</source>
        <translation>… und 1 weiteres Problem</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1, line %2: column %3 has no name in the header and was ignored</source>
        <translation>%1, Zeile %2: Spalte %3 hat keinen Namen in der Kopfzeile und wurde ignoriert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, line %2: the column “%3” is not a deployment column and was ignored</source>
        <translation>%1, Zeile %2: Die Spalte „%3“ ist keine Bereitstellungsspalte und wurde ignoriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, line %2: the column “%3” is not an incident column and was ignored</source>
        <translation>%1, Zeile %2: Die Spalte „%3“ ist keine Vorfallsspalte und wurde ignoriert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, line %2: the column “%3” appears twice (columns %4 and %5)</source>
        <translation>%1, Zeile %2: Die Spalte „%3“ kommt zweimal vor (Spalten %4 und %5)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, line %2: columns missing from the header: %3; a deployments file has the columns %4</source>
        <translation>%1, Zeile %2: In der Kopfzeile fehlen Spalten: %3; eine Bereitstellungsdatei hat die Spalten %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, line %2: columns missing from the header: %3; an incidents file has the columns %4, and deployment or commit</source>
        <translation>%1, Zeile %2: In der Kopfzeile fehlen Spalten: %3; eine Vorfallsdatei hat die Spalten %4 sowie deployment oder commit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, line %2: the header has neither a deployment nor a commit column; an incidents file needs one of them (its cells may be empty)</source>
        <translation>%1, Zeile %2: Die Kopfzeile hat weder eine Spalte deployment noch eine Spalte commit; eine Vorfallsdatei benötigt eine davon (ihre Zellen dürfen leer sein)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the cell is empty, but it is needed</source>
        <translation>Die Zelle ist leer, wird aber benötigt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“%1” is before %2 “%3”</source>
        <translation>„%1“ liegt vor %2 „%3“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, line %2: the header has %3 columns but this row has 1 cell; is a quote missing, or a delimiter too many?</source>
        <translation>%1, Zeile %2: Die Kopfzeile hat %3 Spalten, diese Zeile aber 1 Zelle; fehlt ein Anführungszeichen, oder ist ein Trennzeichen zu viel?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, line %2: the header has %3 columns but this row has %n cells; is a quote missing, or a delimiter too many?</source>
        <translation>
            <numerusform>%1, Zeile %2: Die Kopfzeile hat %3 Spalten, diese Zeile aber %n Zelle; fehlt ein Anführungszeichen, oder ist ein Trennzeichen zu viel?</numerusform>
            <numerusform>%1, Zeile %2: Die Kopfzeile hat %3 Spalten, diese Zeile aber %n Zellen; fehlt ein Anführungszeichen, oder ist ein Trennzeichen zu viel?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the cell is empty, and so is the commit: a deployment needs a version or a commit</source>
        <translation>Die Zelle ist leer, ebenso der Commit: Eine Bereitstellung benötigt eine Version oder einen Commit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is given, but the status “%2” says the deployment has not finished</source>
        <translation>„%1“ ist angegeben, aber laut dem Status „%2“ ist die Bereitstellung nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” contradicts line %2, which gives the environment “%3” the tier %4</source>
        <translation>„%1“ widerspricht Zeile %2, die der Umgebung „%3“ die Stufe %4 gibt</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+55"/>
        <source>“%1” is also the id of line %2</source>
        <translation>„%1“ ist auch die ID von Zeile %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>the same service, environment, version and start as line %1; give the rows an id column to tell them apart</source>
        <translation>derselbe Dienst, dieselbe Umgebung, Version und Startzeit wie in Zeile %1; geben Sie den Zeilen eine Spalte id, um sie zu unterscheiden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: 1 deployment that ended has no finished_at; its duration is unknown</source>
        <translation>%1: 1 beendete Bereitstellung hat kein finished_at; ihre Dauer ist unbekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n deployments that ended have no finished_at; their durations are unknown</source>
        <translation>
            <numerusform>%1: %n beendete Bereitstellung hat kein finished_at; ihre Dauer ist unbekannt</numerusform>
            <numerusform>%1: %n beendete Bereitstellungen haben kein finished_at; ihre Dauer ist unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 incident at %2</source>
        <translation>Vorfall von %1 am %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the same service and start as line %1; give the rows an id column to tell them apart</source>
        <translation>derselbe Dienst und dieselbe Startzeit wie in Zeile %1; geben Sie den Zeilen eine Spalte id, um sie zu unterscheiden</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: no deployments below the header line</source>
        <translation>%1: keine Bereitstellungen unter der Kopfzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no incidents below the header line</source>
        <translation>%1: keine Vorfälle unter der Kopfzeile</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>flowdeck::ci::csv::CsvReader</name>
    <message>
        <location filename="../core/ci/csv/csvreader.cpp" line="+61"/>
        <source>%1, line %2: holds a NUL character, which is no CSV text (is the file UTF-16 without a byte order mark?); save the file as “CSV UTF-8”</source>
        <translation>%1, Zeile %2: enthält ein NUL-Zeichen, das in CSV-Text nicht vorkommt (ist die Datei UTF-16 ohne Byte-Order-Mark?); speichern Sie die Datei als „CSV UTF-8“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2: not UTF-8 text; save the file as “CSV UTF-8”</source>
        <translation>%1, Zeile %2: kein UTF-8-Text; speichern Sie die Datei als „CSV UTF-8“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not UTF-8 text; save the file as “CSV UTF-8”</source>
        <translation>%1: kein UTF-8-Text; speichern Sie die Datei als „CSV UTF-8“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the text does not match its byte order mark</source>
        <translation>%1: Der Text passt nicht zu seiner Bytereihenfolge-Markierung (BOM)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1, line %2: the quote opening field %3 is never closed</source>
        <translation>%1, Zeile %2: Das öffnende Anführungszeichen von Feld %3 wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, line %2: text after the closing quote of field %3 (a quote inside a quoted field is written twice: &quot;&quot;)</source>
        <translation>%1, Zeile %2: Text nach dem schließenden Anführungszeichen von Feld %3 (ein Anführungszeichen innerhalb eines Felds in Anführungszeichen wird doppelt geschrieben: &quot;&quot;)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: the file is empty; it needs a header line naming its columns</source>
        <translation>%1: Die Datei ist leer; sie benötigt eine Kopfzeile mit den Namen ihrer Spalten</translation>
    </message>
</context>
<context>
    <name>flowdeck::ci::github</name>
    <message>
        <location filename="../core/ci/github/githubpages.cpp" line="+77"/>
        <source>%1: expected a list of %2 (an object with a “%3” list)</source>
        <translation>%1: Erwartet wurde eine Liste der %2 (ein Objekt mit einer Liste „%3“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: expected a list of %2</source>
        <translation>%1: Erwartet wurde eine Liste der %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the item at %2 is not an object</source>
        <translation>%1: Der Eintrag bei %2 ist kein Objekt</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1: “%2” is not a list</source>
        <translation>%1: „%2“ ist keine Liste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: GitHub answered with an error instead of %2: %3</source>
        <translation>%1: GitHub hat statt der %2 einen Fehler geliefert: %3</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>workflow runs</source>
        <translation>Workflow-Läufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deployment statuses</source>
        <translation>Bereitstellungsstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pull requests</source>
        <translation>Pull Requests</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <location filename="../core/ci/github/githubreading.h" line="+60"/>
        <source>%1: “%2” is not a time (%3); it is stored as unknown</source>
        <translation>%1: „%2“ ist keine Zeitangabe (%3) und wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: has no status; it is stored as running</source>
        <translation>%1: hat keinen Status und wird als laufend gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the status %2 is not one Flowdeck knows; it is stored as running</source>
        <translation>%1: Flowdeck kennt den Status %2 nicht; der Eintrag wird als laufend gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the conclusion %2 is not one Flowdeck knows; it is stored as failed</source>
        <translation>%1: Flowdeck kennt das Ergebnis %2 nicht; der Eintrag wird als fehlgeschlagen gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: completed without a conclusion; it is stored as failed</source>
        <translation>%1: ist ohne Ergebnis abgeschlossen und wird als fehlgeschlagen gespeichert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: started before it was created; its queue time is stored as unknown</source>
        <translation>%1: vor der Erstellung gestartet; der Zeitpunkt der Einreihung wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: started before it was created; its creation time is stored as unknown</source>
        <translation>%1: vor der Erstellung gestartet; der Erstellungszeitpunkt wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: finished before it started; its finish time is stored as unknown</source>
        <translation>%1: vor dem Start beendet; der Endzeitpunkt wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: finished before it was created; its finish time is stored as unknown</source>
        <translation>%1: vor der Erstellung beendet; der Endzeitpunkt wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location filename="../core/ci/github/githubreading.cpp" line="+15"/>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the %2 has %3 as its “%4”, which Flowdeck cannot read</source>
        <translation>%1: %2 hat %3 als „%4“, was Flowdeck nicht lesen kann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the %2 at %3 has %4 as its “%5”, which Flowdeck cannot read</source>
        <translation>%1: %2 an Position %3 hat %4 als „%5“, was Flowdeck nicht lesen kann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the %2 has no “%3”</source>
        <translation>%1: %2 ohne „%3“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the %2 at %3 has no “%4”</source>
        <translation>%1: %2 bei %3 ohne „%4“</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../core/ci/github/githubactions.cpp" line="+61"/>
        <source>job %1 “%2”: step %3 of its list is not an object; it is left out</source>
        <translation>Job %1 „%2“: Schritt %3 der Liste ist kein Objekt und wird ausgelassen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>job %1 “%2”, step %3 “%4”</source>
        <translation>Job %1 „%2“, Schritt %3 „%4“</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+44"/>
        <location line="+35"/>
        <source>%1: completed without a completion time; its finish time is unknown</source>
        <translation>%1: ohne Abschlusszeitpunkt abgeschlossen; der Endzeitpunkt ist unbekannt</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>workflow run</source>
        <translation>Workflow-Lauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>workflow run %1 “%2”</source>
        <translation>Workflow-Lauf %1 „%2“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: has neither a workflow name nor a workflow file</source>
        <translation>%1: hat weder einen Workflow-Namen noch eine Workflow-Datei</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+3"/>
        <source>job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>job %1 “%2”</source>
        <translation>Job %1 „%2“</translation>
    </message>
    <message>
        <location filename="../core/ci/github/githubdeployments.cpp" line="+33"/>
        <location line="+3"/>
        <location line="+9"/>
        <source>deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deployment %1 to %2</source>
        <translation>Bereitstellung %1 in %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <location line="+8"/>
        <source>deployment status</source>
        <translation>Bereitstellungsstatus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>deployment status %1 of deployment %2: the state %3 is not one Flowdeck knows; it is left out</source>
        <translation>Bereitstellungsstatus %1 der Bereitstellung %2: Flowdeck kennt den Zustand %3 nicht; der Eintrag wird ausgelassen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>deployment status %1 of deployment %2</source>
        <translation>Bereitstellungsstatus %1 der Bereitstellung %2</translation>
    </message>
    <message>
        <location filename="../core/ci/github/githubchanges.cpp" line="+30"/>
        <location line="+4"/>
        <source>pull request</source>
        <translation>Pull Request</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pull request #%1</source>
        <translation>Pull Request #%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: has no creation time; it is left out</source>
        <translation>%1: hat keinen Erstellungszeitpunkt und wird ausgelassen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: merged before it was created; its merge time is stored as unknown</source>
        <translation>%1: vor der Erstellung gemergt; der Merge-Zeitpunkt wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: closed before it was created; its closing time is stored as unknown</source>
        <translation>%1: vor der Erstellung geschlossen; der Schließzeitpunkt wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>release %1 “%2”</source>
        <translation>Release %1 „%2“</translation>
    </message>
    <message>
        <location filename="../core/ci/github/githubincidents.cpp" line="+86"/>
        <source>issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>issue #%1 “%2”</source>
        <translation>Issue #%1 „%2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issue %1 “%2”</source>
        <translation>Issue %1 „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: has no opening time; the incident is left out</source>
        <translation>%1: hat keinen Eröffnungszeitpunkt; der Vorfall wird ausgelassen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: is open but has a closing time; it is stored as unresolved</source>
        <translation>%1: ist offen, hat aber einen Schließzeitpunkt; der Vorfall wird als nicht behoben gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is closed without a closing time; its resolution is stored as unknown</source>
        <translation>%1: ist ohne Schließzeitpunkt geschlossen; der Behebungszeitpunkt wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: closed before it was opened; its resolution time is stored as unknown</source>
        <translation>%1: vor der Eröffnung geschlossen; der Behebungszeitpunkt wird als unbekannt gespeichert</translation>
    </message>
</context>
<context>
    <name>flowdeck::ci::gitlab</name>
    <message>
        <location filename="../core/ci/gitlab/gitlabpages.cpp" line="+102"/>
        <source>a pipeline</source>
        <translation>eine Pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a job</source>
        <translation>ein Job</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a bridge (a trigger job)</source>
        <translation>eine Bridge (ein Trigger-Job)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a deployment</source>
        <translation>eine Bereitstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an environment</source>
        <translation>eine Umgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a merge request</source>
        <translation>ein Merge Request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an issue</source>
        <translation>ein Issue</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: expected %2, found an object with none of its keys</source>
        <translation>%1: Erwartet wurde %2, gefunden wurde ein Objekt mit keinem der zugehörigen Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+59"/>
        <location line="+12"/>
        <source>%1: expected %2, found %3</source>
        <translation>%1: Erwartet wurde %2, gefunden wurde %3</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an empty document</source>
        <translation>ein leeres Dokument</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <source>GitLab page</source>
        <translation>GitLab-Seite</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a list of %1</source>
        <translation>eine Liste von %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/ci/gitlab/gitlabruns.cpp" line="+17"/>
        <source>pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bridges</source>
        <translation>Bridges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/ci/gitlab/gitlabdelivery.cpp" line="+65"/>
        <location line="+29"/>
        <source>deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/ci/gitlab/gitlabdelivery.cpp" line="+36"/>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merge requests</source>
        <translation>Merge Requests</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <location filename="../core/ci/gitlab/gitlabreading.h" line="+56"/>
        <source>“%1” is not a time (%2); it is stored as unknown</source>
        <translation>„%1“ ist keine Zeitangabe (%2) und wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the status %1 is not one Flowdeck knows; it is stored as running</source>
        <translation>Flowdeck kennt den Status %1 nicht; der Eintrag wird als laufend gespeichert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>started at %1, before it was created at %2; its creation time is not used</source>
        <translation>gestartet um %1, vor der Erstellung um %2; der Erstellungszeitpunkt wird nicht verwendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>finished at %1, before it started at %2; its finish time is stored as unknown</source>
        <translation>beendet um %1, vor dem Start um %2; der Endzeitpunkt wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>finished at %1, before it was created at %2; its finish time is stored as unknown</source>
        <translation>beendet um %1, vor der Erstellung um %2; der Endzeitpunkt wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has a finish time (%1) but its status (%2) says it has not ended; the finish time is stored as unknown</source>
        <translation>hat einen Endzeitpunkt (%1), ist laut Status (%2) aber nicht beendet; der Endzeitpunkt wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location filename="../core/ci/gitlab/gitlabreading.cpp" line="+12"/>
        <source>%1, item %2</source>
        <translation>%1, Eintrag %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the %2 has %3 as its “%4”, which Flowdeck cannot read</source>
        <translation>%1: %2 hat %3 als „%4“, was Flowdeck nicht lesen kann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the %2 has no “%3”</source>
        <translation>%1: %2 ohne „%3“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location filename="../core/ci/gitlab/gitlabruns.cpp" line="+4"/>
        <source>pipeline %1</source>
        <translation>Pipeline %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: job %2 names no pipeline (“pipeline” has no “id”)</source>
        <translation>%1: Job %2 nennt keine Pipeline („pipeline“ hat kein „id“)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>job %1 (%2)</source>
        <translation>Job %1 (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“queued_duration” %1 is no duration; its queue time is stored as unknown</source>
        <translation>„queued_duration“ %1 ist keine Dauer; der Zeitpunkt der Einreihung wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>was queued at %1 (started_at less queued_duration), before it was created at %2; its queue time is stored as unknown</source>
        <translation>um %1 in die Warteschlange gestellt (started_at minus queued_duration), vor der Erstellung um %2; der Zeitpunkt der Einreihung wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location filename="../core/ci/gitlab/gitlabdelivery.cpp" line="-94"/>
        <source>%1: the %2&apos;s “%3” is not a time (%4)</source>
        <translation>%1: „%3“ (%2) ist keine Zeitangabe (%4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” %2 is before its creation at %3; it is stored as unknown</source>
        <translation>„%1“ %2 liegt vor der Erstellung um %3 und wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>deployment %1</source>
        <translation>Bereitstellung %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: deployment %2 names no environment (“environment” has no “name”)</source>
        <translation>%1: Bereitstellung %2 nennt keine Umgebung („environment“ hat kein „name“)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>deployment %1 (job %2)</source>
        <translation>Bereitstellung %1 (Job %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the job ended (%1) without a start time; the deployment&apos;s start is stored as unknown</source>
        <translation>Der Job wurde ohne Startzeitpunkt beendet (%1); der Start der Bereitstellung wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has no deploy job, and GitLab gives a deployment no start or finish time of its own; both are stored as unknown</source>
        <translation>hat keinen Bereitstellungsjob, und GitLab gibt für eine Bereitstellung keinen eigenen Start- oder Endzeitpunkt an; beide werden als unbekannt gespeichert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>environment %1</source>
        <translation>Umgebung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tier %1 is not one Flowdeck knows; the tier is left for the user to set</source>
        <translation>Flowdeck kennt die Stufe %1 nicht; Sie können die Stufe selbst festlegen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>merge request</source>
        <translation>Merge Request</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>merge request !%1</source>
        <translation>Merge Request !%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>incident #%1</source>
        <translation>Vorfall #%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is open but has a closing time (%1); it is stored as unresolved</source>
        <translation>ist offen, hat aber einen Schließzeitpunkt (%1); der Vorfall wird als nicht behoben gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is closed without a closing time; its resolution is stored as unknown</source>
        <translation>ist ohne Schließzeitpunkt geschlossen; der Behebungszeitpunkt wird als unbekannt gespeichert</translation>
    </message>
</context>
<context>
    <name>flowdeck::ci::jenkins</name>
    <message>
        <location filename="../core/ci/jenkins/jenkinspages.cpp" line="+45"/>
        <source>a job with its builds</source>
        <translation>ein Job mit seinen Builds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a build</source>
        <translation>ein Build</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a wfapi run</source>
        <translation>ein wfapi-Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a wfapi stage node</source>
        <translation>ein wfapi-Stage-Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a wfapi job description</source>
        <translation>eine wfapi-Jobbeschreibung</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an empty document</source>
        <translation>ein leeres Dokument</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: expected %2, found an object with none of its keys</source>
        <translation>%1: Erwartet wurde %2, gefunden wurde ein Objekt mit keinem der zugehörigen Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+75"/>
        <location line="+13"/>
        <source>%1: expected %2, found %3</source>
        <translation>%1: Erwartet wurde %2, gefunden wurde %3</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%1: expected a build, found %2</source>
        <translation>%1: Erwartet wurde ein Build, gefunden wurde %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+15"/>
        <source>Jenkins page</source>
        <translation>Jenkins-Seite</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a list of wfapi runs</source>
        <translation>eine Liste von wfapi-Läufen</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>job builds</source>
        <translation>Builds des Jobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wfapi runs</source>
        <translation>wfapi-Läufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wfapi run</source>
        <translation>wfapi-Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wfapi stage node</source>
        <translation>wfapi-Stage-Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wfapi job description</source>
        <translation>wfapi-Jobbeschreibung</translation>
    </message>
    <message>
        <location filename="../core/ci/jenkins/jenkinsreading.h" line="+63"/>
        <source>finished at %1, before it started at %2; its finish time is stored as unknown</source>
        <translation>beendet um %1, vor dem Start um %2; der Endzeitpunkt wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location filename="../core/ci/jenkins/jenkinsreading.cpp" line="+17"/>
        <source>%1, item %2</source>
        <translation>%1, Eintrag %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 item %3</source>
        <translation>%1, Eintrag %3 in %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location filename="../core/ci/jenkins/jenkinsbuilds.cpp" line="+60"/>
        <source>%1: the build has no “url”</source>
        <translation>%1: Der Build hat kein „url“</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/ci/jenkins/jenkinswfapi.cpp" line="+29"/>
        <location line="+100"/>
        <source>build %1</source>
        <translation>Build %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the page gives no result or time for it (ask for tree=builds[number,url,result,building,timestamp,duration,actions[...]]); it is not imported</source>
        <translation>Die Seite nennt dafür weder Ergebnis noch Zeit (fordern Sie tree=builds[number,url,result,building,timestamp,duration,actions[...]] an); der Build wird nicht importiert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the result %1 is not one Flowdeck knows; it is stored as running</source>
        <translation>Flowdeck kennt das Ergebnis %1 nicht; der Build wird als laufend gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no result though it is not building; it is stored as running</source>
        <translation>hat kein Ergebnis, obwohl er nicht läuft; er wird als laufend gespeichert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“timestamp” %1 is not a time; it is stored as unknown</source>
        <translation>„timestamp“ %1 ist keine Zeitangabe und wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location filename="../core/ci/jenkins/jenkinswfapi.cpp" line="-105"/>
        <source>%1: the %2 has no “_links.self.href” to name its build</source>
        <translation>%1: %2 ohne „_links.self.href“, das den zugehörigen Build angibt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the %2&apos;s link %3 names no build</source>
        <translation>%1: Der Link %3 (%2) verweist auf keinen Build</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no job URL was given, so its id is the server-relative path, which a build read from api/json does not match</source>
        <translation>Es wurde keine Job-URL angegeben, daher ist seine ID der serverrelative Pfad, zu dem ein aus api/json gelesener Build nicht passt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the status %1 is not one Flowdeck knows; it is stored as running</source>
        <translation>Flowdeck kennt den Status %1 nicht; der Eintrag wird als laufend gespeichert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” %2 is not a time; it is stored as unknown</source>
        <translation>„%1“ %2 ist keine Zeitangabe; sie wird als unbekannt gespeichert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: a stage of build %2 has no “id”</source>
        <translation>%1: Eine Stage von Build %2 hat kein „id“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stage %1 (%2)</source>
        <translation>Stage %1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, step %2 (%3)</source>
        <translation>%1, Schritt %2 (%3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: “stages” of build %2 is not a list but %3</source>
        <translation>%1: „stages“ von Build %2 ist keine Liste, sondern %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: stage %2 of build %3 is not an object</source>
        <translation>%1: Stage %2 von Build %3 ist kein Objekt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>stage</source>
        <translation>Stage</translation>
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
    <name>flowdeck::demo::DemoReleases</name>
    <message>
        <location filename="../core/demo/demoreleases.cpp" line="+30"/>
        <source>The demo has no %1 named %2.</source>
        <translation>In der Demo gibt es in %1 keinen Eintrag namens %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the tags</source>
        <translation>die Tags</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the backends</source>
        <translation>die Backends</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Standard release</source>
        <translation>Standard-Release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks, staging, approval, production and a manual look, with rollback of production when a deploy fails for good.</source>
        <translation>Prüfungen, Staging, Freigabe, Produktion und eine manuelle Sichtprüfung, mit Rollback der Produktion, wenn eine Bereitstellung endgültig fehlschlägt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pipelines green, no open incident</source>
        <translation>Pipelines grün, kein offener Vorfall</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Release manager approval</source>
        <translation>Freigabe durch den Release-Manager</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look at the shop</source>
        <translation>Shop ansehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the shop, put something in the cart and check out with the test card.</source>
        <translation>Öffnen Sie den Shop, legen Sie etwas in den Warenkorb und schließen Sie den Kauf mit der Testkarte ab.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deploy %1 to staging</source>
        <translation>%1 in Staging bereitstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deploy %1 to production</source>
        <translation>%1 in Produktion bereitstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roll back %1 in production</source>
        <translation>Rollback von %1 in Produktion</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Storefront %1</source>
        <translation>Storefront %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Year-end freeze</source>
        <translation>Sperrzeit zum Jahresende</translation>
    </message>
</context>
<context>
    <name>flowdeck::git</name>
    <message>
        <location filename="../core/git/commitwalk.cpp" line="+90"/>
        <source>Reading commit %1</source>
        <translation>Lesen von Commit %1</translation>
    </message>
    <message>
        <location filename="../core/git/diffstats.cpp" line="+198"/>
        <source>Diff of commit %1</source>
        <translation>Diff von Commit %1</translation>
    </message>
    <message>
        <location filename="../core/git/gitimport.cpp" line="+45"/>
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
        <location line="+202"/>
        <source>No repository was given: name a folder or a clone URL.</source>
        <translation>Es wurde kein Repository angegeben: Geben Sie einen Ordner oder eine Klon-URL an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address %1 holds a password: keep the password or token in the keychain instead (the window asks for it; the command line reads what flowdeck credentials set stored), so that it stays out of the workspace.</source>
        <translation>Die Adresse %1 enthält ein Passwort: Bewahren Sie Passwort oder Token stattdessen im Schlüsselbund auf (das Fenster fragt danach; die Kommandozeile liest, was flowdeck credentials set gespeichert hat), damit es nicht im Arbeitsbereich landet.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The repository has no commits yet.</source>
        <translation>Das Repository enthält noch keine Commits.</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n parent commit(s) are not in the repository (a shallow clone or missing objects); the history ends there.</source>
        <translation>
            <numerusform>%n Eltern-Commit ist nicht im Repository vorhanden (ein flacher Klon oder fehlende Objekte); die Historie endet dort.</numerusform>
            <numerusform>%n Eltern-Commits sind nicht im Repository vorhanden (ein flacher Klon oder fehlende Objekte); die Historie endet dort.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The repository %1 went away during the import (moved or deleted). What was imported until then is kept; import again once it is back.</source>
        <translation>Das Repository %1 ist während des Imports verschwunden (verschoben oder gelöscht). Was bis dahin importiert wurde, bleibt erhalten; importieren Sie erneut, sobald es wieder da ist.</translation>
    </message>
    <message>
        <location filename="../core/git/gitptr.h" line="+67"/>
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
        <location filename="../core/git/remoteclone.cpp" line="+87"/>
        <source>Fetching %1</source>
        <translation>Abrufen von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the credentials.</source>
        <translation>Der Server hat die Anmeldedaten nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asks who you are, and no credentials were given.</source>
        <translation>Der Server verlangt eine Anmeldung, aber es wurden keine Anmeldedaten angegeben.</translation>
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
    <message>
        <location filename="../core/git/storedcredentials.cpp" line="+47"/>
        <source>The keychain entry &quot;%1&quot; is not what Flowdeck stores there (%2); store the credentials again.</source>
        <translation>Der Schlüsselbund-Eintrag „%1“ hat nicht das Format, in dem Flowdeck dort speichert (%2); speichern Sie die Anmeldedaten erneut.</translation>
    </message>
</context>
<context>
    <name>flowdeck::git::StatsReader</name>
    <message>
        <location filename="../core/git/statsreader.cpp" line="+510"/>
        <source>Diff of commit %1</source>
        <translation>Diff von Commit %1</translation>
    </message>
</context>
<context>
    <name>flowdeck::graph::EnvironmentStore</name>
    <message>
        <location filename="../core/graph/environmentstore.cpp" line="+57"/>
        <source>The environments cannot be saved:
%1</source>
        <translation>Die Umgebungen können nicht gespeichert werden:
%1</translation>
    </message>
</context>
<context>
    <name>flowdeck::graph::NativeFormat</name>
    <message>
        <location filename="../core/graph/nativeformatread.cpp" line="+32"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A key must be text.</source>
        <translation>Ein Schlüssel muss Text sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key %1 is given more than once here.</source>
        <translation>Der Schlüssel %1 ist hier mehrfach angegeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown key %1 ignored.</source>
        <translation>Unbekannter Schlüssel %1 wird ignoriert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The value of %1 must be text, not a list or a map.</source>
        <translation>Der Wert von %1 muss Text sein, keine Liste und keine Zuordnung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The value of %1 must be a list of names.</source>
        <translation>Der Wert von %1 muss eine Liste von Namen sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each entry of %1 must be a name, not a list or a map.</source>
        <translation>Jeder Eintrag von %1 muss ein Name sein, keine Liste und keine Zuordnung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is listed twice in %2.</source>
        <translation>%1 steht zweimal in %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown %1 %2; it must be one of %3.</source>
        <translation>Unbekannte %1 %2; erlaubt ist eine von: %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This is not well-formed YAML: no value can start here.</source>
        <translation>Das ist kein wohlgeformtes YAML: Hier kann kein Wert beginnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists and maps nest %1 levels deep here; a Flowdeck file nests a few.</source>
        <translation>Listen und Zuordnungen sind hier %1 Ebenen tief verschachtelt; eine Flowdeck-Datei verschachtelt nur wenige.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not well-formed YAML: %1</source>
        <translation>Dies ist kein wohlgeformtes YAML: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is empty; expected %1.</source>
        <translation>Die Datei ist leer; erwartet wurde %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values nest more than %1 levels deep (does an alias refer to itself?).</source>
        <translation>Die Werte sind mehr als %1 Ebenen tief verschachtelt (verweist ein Alias auf sich selbst?).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The aliases here expand to more than %1 values; a Flowdeck file has a few hundred.</source>
        <translation>Die Aliasse hier ergeben ausgeschrieben mehr als %1 Werte; eine Flowdeck-Datei hat einige hundert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the first YAML document of the file is read.</source>
        <translation>Nur das erste YAML-Dokument der Datei wird gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected %1.</source>
        <translation>Erwartet wurde %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each stage must be a map with at least a %1.</source>
        <translation>Jede Stage muss eine Zuordnung mit mindestens dem Schlüssel %1 sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>stage kind</source>
        <translation>Stage-Art</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The value of %1 must be a whole number of 1 or more.</source>
        <translation>Der Wert von %1 muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The stage has no %1.</source>
        <translation>Der Stage fehlt der Schlüssel %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each environment must be a map with at least a %1.</source>
        <translation>Jede Umgebung muss eine Zuordnung mit mindestens dem Schlüssel %1 sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The environment has no %1.</source>
        <translation>Der Umgebung fehlt der Schlüssel %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The value of %1 must be a list.</source>
        <translation>Der Wert von %1 muss eine Liste sein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a map with the keys %1 and %2</source>
        <translation>eine Zuordnung mit den Schlüsseln %1 und %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be followed by the pipeline&apos;s name.</source>
        <translation>Auf %1 muss der Name der Pipeline folgen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The pipeline has no name: the key %1 is missing.</source>
        <translation>Die Pipeline hat keinen Namen: Der Schlüssel %1 fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>Cannot read this YAML: %1</source>
        <translation>Dieses YAML kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>a map with the key %1</source>
        <translation>eine Zuordnung mit dem Schlüssel %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key %1 is missing.</source>
        <translation>Der Schlüssel %1 fehlt.</translation>
    </message>
</context>
<context>
    <name>flowdeck::graph::PipelineFile</name>
    <message>
        <location filename="../core/graph/import/pipelinefile.cpp" line="+19"/>
        <source>GitHub Actions</source>
        <translation>GitHub Actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitLab CI</source>
        <translation>GitLab CI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concourse</source>
        <translation>Concourse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flowdeck</source>
        <translation>Flowdeck</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 cannot be imported:
%2</source>
        <translation>%1 kann nicht importiert werden:
%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The workspace already has a pipeline named “%1”, from %2; %3 was not imported. Give the pipeline in the file another name, or import it with &apos;flowdeck pipeline import --name&apos;.</source>
        <translation>Der Arbeitsbereich hat bereits eine Pipeline namens „%1“ aus %2; %3 wurde nicht importiert. Geben Sie der Pipeline in der Datei einen anderen Namen oder importieren Sie sie mit „flowdeck pipeline import --name“.</translation>
    </message>
</context>
<context>
    <name>flowdeck::graph::PipelineImport</name>
    <message>
        <location filename="../core/graph/import/pipelineimport.cpp" line="+29"/>
        <source>%1 is none of the pipeline definitions Flowdeck reads (GitHub Actions, GitLab CI, Concourse, Flowdeck): name its format.</source>
        <translation>%1 ist keine der Pipeline-Definitionen, die Flowdeck liest (GitHub Actions, GitLab CI, Concourse, Flowdeck): Geben Sie das Format an.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 is in Flowdeck&apos;s own pipeline format: it is loaded as it is, not imported.</source>
        <translation>%1 liegt im Flowdeck-eigenen Pipeline-Format vor: Die Datei wird unverändert geladen, nicht importiert.</translation>
    </message>
    <message>
        <location filename="../core/graph/import/yamltree.cpp" line="+95"/>
        <source>%1: the aliases of this file expand to more than %2 values.</source>
        <translation>%1: Die Aliasse dieser Datei werden zu mehr als %2 Werten expandiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: values nest more than %2 levels deep (does an alias refer to itself?).</source>
        <translation>%1: Werte sind mehr als %2 Ebenen tief verschachtelt (verweist ein Alias auf sich selbst?).</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: a quoted text starts here and is not closed before the end of the file (is the file cut short?).</source>
        <translation>%1: Hier beginnt ein Text in Anführungszeichen, der bis zum Dateiende nicht geschlossen wird (ist die Datei abgeschnitten?).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A key that is a list or a mapping is not read.</source>
        <translation>Ein Schlüssel, der eine Liste oder Zuordnung ist, wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is given again here (first at line %2); this later value is used.</source>
        <translation>%1 ist hier erneut angegeben (zuerst in Zeile %2); dieser spätere Wert wird verwendet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only mappings can be merged with &lt;&lt;; this item is %1 and is left out.</source>
        <translation>Mit &lt;&lt; lassen sich nur Zuordnungen zusammenführen; dieser Eintrag ist %1 und wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only mappings can be merged with &lt;&lt;; this is %1 and is left out.</source>
        <translation>Mit &lt;&lt; lassen sich nur Zuordnungen zusammenführen; dies ist %1 und wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, line %2, column %3</source>
        <translation>%1, Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is empty: it holds no YAML document.</source>
        <translation>%1 ist leer: Die Datei enthält kein YAML-Dokument.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The header document (spec:) is passed over: its inputs are not filled in.</source>
        <translation>Das Kopfdokument (spec:) wird übergangen: Seine Eingaben (inputs) werden nicht eingesetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the first document of the file is read; this one is left out.</source>
        <translation>Nur das erste Dokument der Datei wird gelesen; dieses wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: this is not a pipeline definition: its top level is %2, not a mapping.</source>
        <translation>%1: Dies ist keine Pipeline-Definition: Die oberste Ebene ist %2, keine Zuordnung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: this is not a text file (it holds a NUL byte here).</source>
        <translation>%1: Dies ist keine Textdatei (hier steht ein NUL-Byte).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: this is not UTF-8 text.</source>
        <translation>%1: Dies ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: this is not valid YAML: no value can start here.</source>
        <translation>%1: Dies ist kein gültiges YAML: Hier kann kein Wert beginnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: lists and mappings nest %2 levels deep here; a pipeline definition nests a few.</source>
        <translation>%1: Listen und Zuordnungen sind hier %2 Ebenen tief verschachtelt; eine Pipeline-Definition verschachtelt nur wenige.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: this is not valid YAML: %2; the line is indented with a tab, and YAML indents with spaces only.</source>
        <translation>%1: Dies ist kein gültiges YAML: %2; die Zeile ist mit einem Tabulator eingerückt, YAML rückt nur mit Leerzeichen ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: this is not valid YAML: %2.</source>
        <translation>%1: Dies ist kein gültiges YAML: %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large for a pipeline definition (%2 bytes).</source>
        <translation>%1 ist zu groß für eine Pipeline-Definition (%2 Byte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/graph/import/githubimport.cpp" line="+25"/>
        <source>needs is %1, not a job name or a list of them; it is left out.</source>
        <translation>needs ist %1, kein Job-Name und keine Liste von Job-Namen; es wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An entry of needs is %1, not a job name; it is left out.</source>
        <translation>Ein Eintrag von needs ist %1, kein Job-Name; er wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The environment has no “name” key; it is left out.</source>
        <translation>Die Umgebung hat keinen Schlüssel „name“; sie wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The environment is %1, not a name; it is left out.</source>
        <translation>Die Umgebung ist %1, kein Name; sie wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The environment&apos;s name is an expression, known only when the job runs; it is kept as written.</source>
        <translation>Der Name der Umgebung ist ein Ausdruck, der erst bekannt ist, wenn der Job läuft; er wird unverändert übernommen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>uses is %1, not a workflow reference; it is left out.</source>
        <translation>uses ist %1, kein Verweis auf einen Workflow; es wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The strategy comes from an expression; a matrix in it is not counted.</source>
        <translation>Die strategy stammt aus einem Ausdruck; eine darin enthaltene Matrix wird nicht gezählt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The workflow has no on: (what starts it).</source>
        <translation>Der Workflow hat kein on: (was ihn startet).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no “jobs” key, so it is not a GitHub Actions workflow.</source>
        <translation>%1 hat keinen Schlüssel „jobs“ und ist daher kein GitHub-Actions-Workflow.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: jobs is %2; a workflow&apos;s jobs are a mapping from job id to job.</source>
        <translation>%1: jobs ist %2; die Jobs eines Workflows sind eine Zuordnung von Job-ID zu Job.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Job %1 is %2, not a mapping; it is left out.</source>
        <translation>Job %1 ist %2, keine Zuordnung; er wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job %1 needs %2, which is not a job of this workflow; that edge is left out.</source>
        <translation>Job %1 benötigt %2, aber %2 ist kein Job dieses Workflows; diese Kante wird ausgelassen.</translation>
    </message>
    <message>
        <location filename="../core/graph/import/githubmatrix.cpp" line="+22"/>
        <source>The size of this matrix is unknown: %1.</source>
        <translation>Die Größe dieser Matrix ist unbekannt (%1).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 comes from an expression</source>
        <translation>%1 stammt aus einem Ausdruck</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>%1 is %2, not a list</source>
        <translation>%1 ist %2, keine Liste</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>an entry of %1 comes from an expression</source>
        <translation>ein Eintrag von %1 stammt aus einem Ausdruck</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an entry of %1 is %2, not a mapping</source>
        <translation>ein Eintrag von %1 ist %2, keine Zuordnung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it comes from an expression</source>
        <translation>sie stammt aus einem Ausdruck</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is %1, not a mapping</source>
        <translation>sie ist %1, keine Zuordnung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the values of %1 come from an expression</source>
        <translation>die Werte von %1 stammen aus einem Ausdruck</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a value of %1 comes from an expression</source>
        <translation>ein Wert von %1 stammt aus einem Ausdruck</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has more than %1 combinations</source>
        <translation>sie hat mehr als %1 Kombinationen</translation>
    </message>
    <message>
        <location filename="../core/graph/import/gitlabconfig.cpp" line="+69"/>
        <source>include is %1; nothing is included.</source>
        <translation>include ist %1; es wird nichts eingebunden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The include %1 is not read: jobs and templates it defines are unknown here.</source>
        <translation>Include nicht gelesen (%1): Jobs und Vorlagen, die es definiert, sind hier unbekannt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An include tagged %1 is not followed.</source>
        <translation>Ein Include mit dem Tag %1 wird nicht ausgewertet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>remote %1</source>
        <translation>entfernte Datei %1</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>An include is %1; it is not read.</source>
        <translation>Ein Include ist %1; es wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rules of this include are not evaluated: the file is read as if they allowed it.</source>
        <translation>Die rules dieses Includes werden nicht ausgewertet: Die Datei wird gelesen, als ließen sie sie zu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>local is %1, not a path; it is not read.</source>
        <translation>local ist %1, kein Pfad; es wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>project %1, file %2</source>
        <translation>Projekt %1, Datei %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project %1, file %2, ref %3</source>
        <translation>Projekt %1, Datei %2, Ref %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>component %1</source>
        <translation>Komponente %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This include has none of local, project, remote, template and component; it is not read.</source>
        <translation>Dieses Include enthält keinen der Schlüssel local, project, remote, template oder component; es wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>local %1 (no file matches)</source>
        <translation>lokale Datei %1 (keine Datei passt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>local %1 (outside the folder of the top file)</source>
        <translation>lokale Datei %1 (außerhalb des Ordners der obersten Datei)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>local %1 (not found)</source>
        <translation>lokale Datei %1 (nicht gefunden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 includes itself (through %2); it is read once.</source>
        <translation>%1 bindet sich selbst ein (über %2); die Datei wird nur einmal gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Includes nest more than %1 deep; %2 is not read.</source>
        <translation>Includes sind mehr als %1 Ebenen tief verschachtelt; %2 wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The included file %1 is empty.</source>
        <translation>Die eingebundene Datei %1 ist leer.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>extends is %1, not a name or a list of names; it is not followed.</source>
        <translation>extends ist %1, weder ein Name noch eine Liste von Namen; es wird nicht ausgewertet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An entry of extends is %1, not a name; it is not followed.</source>
        <translation>Ein Eintrag von extends ist %1, kein Name; er wird nicht ausgewertet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>extends %1 leads back to itself (%2); it is not followed.</source>
        <translation>extends %1 führt zu sich selbst zurück (%2); es wird nicht ausgewertet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 extends %2, which is not defined here (it may come from an include that was not read).</source>
        <translation>%1 erweitert %2, aber %2 ist hier nicht definiert (es stammt vielleicht aus einem nicht gelesenen Include).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 extends %2, which is %3, not a mapping.</source>
        <translation>%1 erweitert %2, aber %2 ist %3, keine Zuordnung.</translation>
    </message>
    <message>
        <location filename="../core/graph/import/gitlabimport.cpp" line="+56"/>
        <source>A stage is %1, not a name; it is left out.</source>
        <translation>Eine Stage ist %1, kein Name; sie wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stages is %1, not a list; GitLab&apos;s default stages are used.</source>
        <translation>stages ist %1, keine Liste; es gelten die Standard-Stages von GitLab.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A need of %1 is tagged %2 and is not followed.</source>
        <translation>Ein needs-Eintrag von %1 hat das Tag %2 und wird nicht ausgewertet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A need of %1 is %2, not a job; it is left out.</source>
        <translation>Ein needs-Eintrag von %1 ist %2, kein Job; er wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs job %2 of project %3: another project&apos;s pipeline is not part of this graph.</source>
        <translation>%1 benötigt Job %2 aus Projekt %3: Die Pipeline eines anderen Projekts ist nicht Teil dieses Graphen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs job %2 of another pipeline (pipeline: %3), which is not part of this graph.</source>
        <translation>%1 benötigt Job %2 einer anderen Pipeline (pipeline: %3), die nicht Teil dieses Graphen ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A need of %1 has no job:; it is left out.</source>
        <translation>Ein needs-Eintrag von %1 hat kein job:; er wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>needs of %1 is empty; the job waits for the stage before it, as without needs.</source>
        <translation>needs von %1 ist leer; der Job wartet wie ohne needs auf die vorherige Stage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs of %1 is tagged %2 and is not followed; the job waits for the stage before it.</source>
        <translation>needs von %1 hat das Tag %2 und wird nicht ausgewertet; der Job wartet auf die vorherige Stage.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The environment of %1 has no name that can be read; it is left out.</source>
        <translation>Die Umgebung von %1 hat keinen lesbaren Namen; sie wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“parallel” of %1 is neither a count nor a list under “matrix”; the number of its jobs is unknown.</source>
        <translation>„parallel“ von %1 ist weder eine Anzahl noch eine Liste unter „matrix“; die Zahl seiner Jobs ist unbekannt.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The stage of %1 is %2, not a name; GitLab&apos;s default stage, test, is used.</source>
        <translation>Die Stage von %1 ist %2, kein Name; GitLabs Standard-Stage test wird verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 names no stage; GitLab&apos;s default stage, test, is used, though a template that was not read may give it another.</source>
        <translation>%1 nennt keine Stage; GitLabs Standard-Stage test wird verwendet, auch wenn eine nicht gelesene Vorlage eine andere vorgeben könnte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is in stage %2, which is not in stages:; no job waits for it and it waits for no stage.</source>
        <translation>%1 liegt in Stage %2, die nicht unter stages: steht; kein Job wartet darauf, und der Job wartet auf keine Stage.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no script:, run: or trigger:; an include that was not read may complete it.</source>
        <translation>%1 hat kein script:, run: oder trigger:; ein nicht gelesenes Include könnte den Job vervollständigen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is %2, not a job; it is left out.</source>
        <translation>%1 ist %2, kein Job; es wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 needs %2, which is not a job here (it may come from an include that was not read); that edge is left out.</source>
        <translation>%1 benötigt %2, aber %2 ist hier kein Job (es stammt vielleicht aus einem nicht gelesenen Include); diese Kante wird ausgelassen.</translation>
    </message>
    <message>
        <location filename="../core/graph/import/concourseimport.cpp" line="+35"/>
        <source>%1 is %2, not a list of steps; it is not read.</source>
        <translation>%1 ist %2, keine Liste von Schritten; es wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>passed is %1, not a list of jobs; it is left out.</source>
        <translation>passed ist %1, keine Liste von Jobs; es wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An entry of passed is %1, not a job name; it is left out.</source>
        <translation>Ein Eintrag von passed ist %1, kein Job-Name; er wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A step is %1, not a mapping; it is not read.</source>
        <translation>Ein Schritt ist %1, keine Zuordnung; er wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This step is none of get, put, task, set_pipeline, load_var, in_parallel, do and try; it is not read.</source>
        <translation>Dieser Schritt ist keiner von get, put, task, set_pipeline, load_var, in_parallel, do und try; er wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has no “steps” key; it is not read.</source>
        <translation>%1 hat keinen Schlüssel „steps“; es wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has no “jobs” key, so it is not a Concourse pipeline.</source>
        <translation>%1 hat keinen Schlüssel „jobs“ und ist daher keine Concourse-Pipeline.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Job %1 has no “plan” key.</source>
        <translation>Job %1 hat keinen Schlüssel „plan“.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1: jobs is %2; a Concourse pipeline&apos;s jobs are a list.</source>
        <translation>%1: jobs ist %2; die Jobs einer Concourse-Pipeline sind eine Liste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A job without a name is left out.</source>
        <translation>Ein Job ohne Namen wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a job named %1; this one is left out.</source>
        <translation>Es gibt bereits einen Job namens %1; dieser wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Job %1 takes a resource that passed %2, which is not a job of this pipeline; that edge is left out.</source>
        <translation>Job %1 nimmt eine Ressource, die %2 durchlaufen hat, aber %2 ist kein Job dieser Pipeline; diese Kante wird ausgelassen.</translation>
    </message>
</context>
<context>
    <name>flowdeck::graph::PipelineStore</name>
    <message>
        <location filename="../core/graph/pipelinestore.cpp" line="+30"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>A pipeline without a name cannot be saved.</source>
        <translation>Eine Pipeline ohne Namen kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline %1 cannot be saved:
%2</source>
        <translation>Pipeline %1 kann nicht gespeichert werden:
%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pipeline %1 is no longer in the workspace; the edit was not saved.</source>
        <translation>Pipeline %1 ist nicht mehr im Arbeitsbereich; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline %1 was changed elsewhere (it is at revision %2, this edit started from revision %3); the edit was not saved.</source>
        <translation>Pipeline %1 wurde an anderer Stelle geändert (sie steht auf Revision %2, diese Änderung ging von Revision %3 aus); die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The workspace has no pipeline with the id %1.</source>
        <translation>Der Arbeitsbereich enthält keine Pipeline mit der ID %1.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 from %2 (%3)</source>
        <translation>%1 aus %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace has no pipeline named %1.</source>
        <translation>Der Arbeitsbereich enthält keine Pipeline namens %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several pipelines are named %1: %2.</source>
        <translation>Mehrere Pipelines heißen %1: %2.</translation>
    </message>
</context>
<context>
    <name>flowdeck::graph::StageStatistics</name>
    <message>
        <location filename="../core/graph/stagestatistics.cpp" line="+39"/>
        <source>Reading the stages</source>
        <translation>Lesen der Stages</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the jobs</source>
        <translation>Lesen der Jobs</translation>
    </message>
</context>
<context>
    <name>flowdeck::graph::Validation</name>
    <message>
        <location filename="../core/graph/validation.cpp" line="+35"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage number %1 has no name.</source>
        <translation>Stage Nummer %1 hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is more than one stage named %1.</source>
        <translation>Es gibt mehr als eine Stage namens %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage %1 is of the unknown kind %2; known kinds: %3.</source>
        <translation>Stage %1 hat die unbekannte Art %2; bekannte Arten: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage %1 needs %2, which is not a stage of this pipeline.</source>
        <translation>Stage %1 benötigt %2, aber %2 ist keine Stage dieser Pipeline.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage %1 needs itself.</source>
        <translation>Stage %1 benötigt sich selbst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stages need each other in a cycle (each needs the one before it): %1.</source>
        <translation>Stages benötigen einander im Kreis (jede benötigt die vorherige): %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Environment number %1 has no name.</source>
        <translation>Umgebung Nummer %1 hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is more than one environment named %1.</source>
        <translation>Es gibt mehr als eine Umgebung namens %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment %1 is of the unknown tier %2; known tiers: %3.</source>
        <translation>Umgebung %1 hat die unbekannte Stufe %2; bekannte Stufen: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment %1 promotes to %2, which is not a defined environment.</source>
        <translation>Umgebung %1 stuft nach %2 hoch, aber %2 ist keine definierte Umgebung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment %1 promotes to itself.</source>
        <translation>Umgebung %1 stuft nach sich selbst hoch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotions lead in a cycle: %1.</source>
        <translation>Die Hochstufungen bilden einen Kreis: %1.</translation>
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
    <name>flowdeck::layout::GraphLayout</name>
    <message>
        <location filename="../core/layout/graphlayout.cpp" line="+40"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The space between boxes (%1 points) and between ranks (%2 points) must each be between 0 and %3 points.</source>
        <translation>Der Abstand zwischen Kästen (%1 Punkt) und zwischen Rängen (%2 Punkt) muss jeweils zwischen 0 und %3 Punkt liegen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Boxes number %1 and %2 of the graph have the same id %3.</source>
        <translation>Die Kästen Nummer %1 und %2 des Graphen haben dieselbe ID %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Box %1 is %2 × %3 points; a box&apos;s width and height must each be between 0 and %4 points.</source>
        <translation>Kasten %1 ist %2 × %3 Punkt groß; Breite und Höhe eines Kastens müssen jeweils zwischen 0 und %4 Punkt liegen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edge number %1 (from %2 to %3) names %4, which is not a box of the graph.</source>
        <translation>Kante Nummer %1 (von %2 nach %3) nennt %4, aber %4 ist kein Kasten des Graphen.</translation>
    </message>
    <message numerus="yes">
        <location line="+232"/>
        <source>Graphviz could not lay out the graph of %n box(es): %1</source>
        <translation>
            <numerusform>Graphviz konnte den Graphen mit %n Kasten nicht anordnen: %1</numerusform>
            <numerusform>Graphviz konnte den Graphen mit %n Kästen nicht anordnen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/layout/graphvizsession.cpp" line="+90"/>
        <source>Graphviz could not start its layout library: %1</source>
        <translation>Graphviz konnte seine Layout-Bibliothek nicht starten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Graphviz&apos;s dot layout is not available: its plugin (libgvplugin_dot_layout, package libgvc6) is missing or not listed in Graphviz&apos;s plugin configuration. As root, “libgvc6-config-update -c” (Debian) or “dot -c” writes it again.</source>
        <translation>Das dot-Layout von Graphviz ist nicht verfügbar: Sein Plugin (libgvplugin_dot_layout, Paket libgvc6) fehlt oder ist in der Plugin-Konfiguration von Graphviz nicht eingetragen. Als root schreibt „libgvc6-config-update -c“ (Debian) oder „dot -c“ die Konfiguration neu.</translation>
    </message>
</context>
<context>
    <name>flowdeck::metrics::FactLoader</name>
    <message>
        <location filename="../core/metrics/factscan.cpp" line="+260"/>
        <source>Could not start a thread to read the workspace: %1</source>
        <translation>Es konnte kein Thread zum Lesen des Arbeitsbereichs gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>flowdeck::metrics::HotfixMatcher</name>
    <message>
        <location filename="../core/metrics/hotfixmatcher.cpp" line="+59"/>
        <source>The hotfix pattern &quot;%1&quot; is not a regular expression: %2 at character %3.</source>
        <translation>Das Hotfix-Muster „%1“ ist kein regulärer Ausdruck: %2 bei Zeichen %3.</translation>
    </message>
</context>
<context>
    <name>flowdeck::metrics::Levels</name>
    <message>
        <location filename="../core/metrics/levels.cpp" line="+192"/>
        <source>Elite</source>
        <translation>Elite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::ArgoCdBackend</name>
    <message>
        <location filename="../core/release/argocdbackend.cpp" line="+46"/>
        <source>“revision_from” in its config is “%1”; it must be version, commit or none</source>
        <translation>„revision_from“ ist in der Konfiguration „%1“; zulässig sind version, commit oder none</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“insecure” is true in its config, but Flowdeck always verifies TLS: add the certificate authority of the Argo CD server to the system&apos;s trusted ones and set “insecure” to false</source>
        <translation>„insecure“ ist in der Konfiguration true, aber Flowdeck prüft TLS immer: Fügen Sie die Zertifizierungsstelle des Argo-CD-Servers zu den vertrauenswürdigen des Systems hinzu und setzen Sie „insecure“ auf false</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The backend “%1” syncs to the deploy&apos;s commit, but the workspace knows no commit for the version %2 of %3</source>
        <translation>Das Backend „%1“ synchronisiert auf den Commit der Bereitstellung, aber der Arbeitsbereich kennt keinen Commit für die Version %2 von %3</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+8"/>
        <source>Waiting for Argo CD to start the sync of %1</source>
        <translation>Wartet darauf, dass Argo CD die Synchronisierung von %1 startet</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The sync of %1 asked for by this task has not shown in Argo CD for %2 minutes: another operation replaced it</source>
        <translation>Die von dieser Aufgabe angeforderte Synchronisierung von %1 ist seit %2 Minuten nicht in Argo CD erschienen: Ein anderer Vorgang hat sie ersetzt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync of %1 is %2</source>
        <translation>Synchronisierung von %1 hat den Status %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync of %1 is %2: %3</source>
        <translation>Synchronisierung von %1 hat den Status %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync of %1 ended %2</source>
        <translation>Synchronisierung von %1 endete mit %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync of %1 ended %2: %3</source>
        <translation>Synchronisierung von %1 endete mit %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Synced %1 to %2; it is Healthy</source>
        <translation>%1 auf %2 synchronisiert; die Anwendung ist Healthy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synced %1 to %2, but it is Degraded</source>
        <translation>%1 auf %2 synchronisiert, aber die Anwendung ist Degraded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced %1 to %2, but it is Degraded: %3</source>
        <translation>%1 auf %2 synchronisiert, aber die Anwendung ist Degraded: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced %1 to %2; waiting for it to be Healthy (it is %3)</source>
        <translation>%1 auf %2 synchronisiert; es wird gewartet, bis die Anwendung Healthy ist (derzeit: %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of unknown health</source>
        <translation>Zustand unbekannt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The operation running on %1 is not the sync this task started; it is left alone</source>
        <translation>Der auf %1 laufende Vorgang ist nicht die von dieser Aufgabe gestartete Synchronisierung; er bleibt unberührt</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>syncs the Argo CD application %1 on %2</source>
        <translation>synchronisiert die Argo-CD-Anwendung %1 auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syncs the Argo CD application %1 on %2 to %3</source>
        <translation>synchronisiert die Argo-CD-Anwendung %1 auf %2 auf den Stand %3</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Argo CD has no application “%1”</source>
        <translation>Argo CD hat keine Anwendung „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token may not sync the Argo CD application “%1”, or there is no application of that name</source>
        <translation>Das Token darf die Argo-CD-Anwendung „%1“ nicht synchronisieren, oder es gibt keine Anwendung dieses Namens</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::AuditText</name>
    <message>
        <location filename="../core/release/audit.cpp" line="+41"/>
        <source>An audit entry needs who acted, what they did and what to (action “%1”).</source>
        <translation>Ein Eintrag im Prüfprotokoll benötigt Angaben dazu, wer gehandelt hat, was getan wurde und woran (Aktion „%1“).</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::BackendStore</name>
    <message>
        <location filename="../core/release/backendstore.cpp" line="+23"/>
        <location line="+45"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+21"/>
        <location line="+24"/>
        <source>the backends</source>
        <translation>die Backends</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>A backend needs a name.</source>
        <translation>Ein Backend benötigt einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backend &apos;%1&apos; has the unknown kind &apos;%2&apos;; use one of %3.</source>
        <translation>Das Backend „%1“ hat die unbekannte Art „%2“; verwenden Sie eine von %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The configuration of the backend &apos;%1&apos; is not a JSON object: %2 at character %3.</source>
        <translation>Die Konfiguration des Backends „%1“ ist kein JSON-Objekt: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another JSON value</source>
        <translation>ein anderer JSON-Wert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Release 1.0</source>
        <translation>Release 1.0</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is already a backend named &apos;%1&apos;.</source>
        <translation>Es gibt bereits ein Backend namens „%1“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backend &apos;%1&apos; was removed elsewhere.</source>
        <translation>Das Backend „%1“ wurde an anderer Stelle entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no backend %1.</source>
        <translation>Es gibt kein Backend %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the release tasks</source>
        <translation>die Release-Aufgaben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backend &apos;%1&apos; deploys tasks of releases that have not ended: %2. Change their plans first.</source>
        <translation>Das Backend „%1“ stellt Aufgaben von Releases bereit, die noch nicht beendet sind: %2. Ändern Sie zuerst deren Pläne.</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::CheckText</name>
    <message>
        <location filename="../core/release/checks.cpp" line="+48"/>
        <source>the services</source>
        <translation>die Dienste</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the pipeline runs of %1</source>
        <translation>die Pipeline-Läufe von %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipeline runs of %1: none found, so none is known to be green.</source>
        <translation>Pipeline-Läufe von %1: keine gefunden, daher ist keiner als grün bekannt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Pipeline runs of %1: %n, all green.</source>
        <translation>
            <numerusform>Pipeline-Läufe von %1: %n, grün.</numerusform>
            <numerusform>Pipeline-Läufe von %1: %n, alle grün.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline runs of %1: %2 of %3 green; %4.</source>
        <translation>Pipeline-Läufe von %1: %2 von %3 grün; %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the incidents of %1</source>
        <translation>die Vorfälle von %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open incidents of %1: none.</source>
        <translation>Offene Vorfälle von %1: keine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open incidents of %1: %2 (%3).</source>
        <translation>Offene Vorfälle von %1: %2 (%3).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The release carries no service to check.</source>
        <translation>Das Release enthält keinen zu prüfenden Dienst.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deployment window: open now.</source>
        <translation>Bereitstellungsfenster: jetzt offen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployment window: %1</source>
        <translation>Bereitstellungsfenster: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check has no conditions, so it passes.</source>
        <translation>Die Prüfung hat keine Bedingungen und ist daher bestanden.</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::DeployBackend</name>
    <message>
        <location filename="../core/release/backendfactory.cpp" line="+16"/>
        <source>The backend &apos;%1&apos; is disabled.</source>
        <translation>Das Backend „%1“ ist deaktiviert.</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::DeployRecord</name>
    <message>
        <location filename="../core/release/deployrecord.cpp" line="+18"/>
        <source>The deploy task &apos;%1&apos; names no service or environment.</source>
        <translation>Die Bereitstellungsaufgabe „%1“ nennt keinen Dienst und keine Umgebung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the deployment of task &apos;%1&apos;</source>
        <translation>die Bereitstellung der Aufgabe „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the deployment %1</source>
        <translation>die Bereitstellung %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the previous deployment</source>
        <translation>die vorherige Bereitstellung</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <source>the commit of version %1</source>
        <translation>der Commit der Version %1</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::DeploymentCalendar</name>
    <message>
        <location filename="../core/release/calendar.cpp" line="+33"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A deployment window needs a name.</source>
        <translation>Ein Bereitstellungsfenster benötigt einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is of the unknown kind %2; it is a “window” or a “blackout”.</source>
        <translation>%1 hat die unbekannte Art %2; erlaubt sind „window“ oder „blackout“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 recurs in the unknown way %2; it happens “once” or “weekly”.</source>
        <translation>%1 wiederholt sich auf die unbekannte Weise %2; erlaubt sind „once“ oder „weekly“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 starts at minute %2 and ends at minute %3 of the day; both must be between 0 and 1440.</source>
        <translation>%1 beginnt bei Minute %2 und endet bei Minute %3 des Tages; beide müssen zwischen 0 und 1440 liegen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 recurs weekly but names no weekday (or an unknown one).</source>
        <translation>%1 wiederholt sich wöchentlich, nennt aber keinen Wochentag (oder einen unbekannten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 starts and ends at the same minute of the day.</source>
        <translation>%1 beginnt und endet zur selben Minute des Tages.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 happens once but does not say when it starts and ends.</source>
        <translation>%1 findet einmal statt, gibt aber nicht an, wann es beginnt und endet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ends before it starts.</source>
        <translation>%1 endet, bevor es beginnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in the unknown time zone %2; use a name like “Europe/Berlin” or “UTC”.</source>
        <translation>%1 liegt in der unbekannten Zeitzone %2; verwenden Sie einen Namen wie „Europe/Berlin“ oder „UTC“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>blackout %1</source>
        <translation>Sperrzeit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deployment window %1</source>
        <translation>Bereitstellungsfenster %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The deployment calendar cannot be read: %1</source>
        <translation>Der Bereitstellungskalender kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>Blackout %1, which lasts beyond the next %n day(s)</source>
        <translation>
            <numerusform>Sperrzeit %1, die noch länger als %n Tag dauert</numerusform>
            <numerusform>Sperrzeit %1, die noch länger als %n Tage dauert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blackout %1 until %2</source>
        <translation>Sperrzeit %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Outside every deployment window, and deploying is not allowed within the next %n day(s)</source>
        <translation>
            <numerusform>Außerhalb aller Bereitstellungsfenster, und innerhalb von %n Tag ist keine Bereitstellung erlaubt</numerusform>
            <numerusform>Außerhalb aller Bereitstellungsfenster, und innerhalb von %n Tagen ist keine Bereitstellung erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outside every deployment window until %1</source>
        <translation>Außerhalb aller Bereitstellungsfenster bis %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is for the environment with id %2, which the workspace does not have.</source>
        <translation>%1 gilt für die Umgebung mit der ID %2, die der Arbeitsbereich nicht hat.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The %1 cannot be saved: it was deleted elsewhere.</source>
        <translation>%1 kann nicht gespeichert werden: Der Eintrag wurde an anderer Stelle gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no deployment window with the id %1.</source>
        <translation>Es gibt kein Bereitstellungsfenster mit der ID %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted the %1</source>
        <translation>%1 gelöscht</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::EngineLock</name>
    <message>
        <location filename="../core/release/enginelock.cpp" line="+85"/>
        <location line="+15"/>
        <location line="+13"/>
        <location line="+20"/>
        <location line="+13"/>
        <location line="+13"/>
        <source>the release lock</source>
        <translation>die Release-Sperre</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Another Flowdeck let go of the release “%1” while this one was taking it; run it again.</source>
        <translation>Ein anderes Flowdeck hat das Release „%1“ freigegeben, während dieses es übernahm; führen Sie es erneut aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another Flowdeck (%1) is running the release “%2”; its last sign of life was at %3.</source>
        <translation>Ein anderes Flowdeck (%1) führt das Release „%2“ aus; sein letztes Lebenszeichen war um %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Another Flowdeck took over this release.</source>
        <translation>Ein anderes Flowdeck hat dieses Release übernommen.</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::GitHubBackend</name>
    <message>
        <location filename="../core/release/githubbackend.cpp" line="+67"/>
        <source>“repository” in its config, “%1”, is not of the form owner/name</source>
        <translation>„repository“ in der Konfiguration, „%1“, hat nicht die Form owner/name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the input “%1” in its config is one Flowdeck sets itself</source>
        <translation>Die Eingabe „%1“ in der Konfiguration setzt Flowdeck selbst</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No run of the workflow “%1” carried this attempt&apos;s token %2 minutes after the dispatch: the workflow&apos;s run-name must include ${{ inputs.flowdeck_token }}</source>
        <translation>%2 Minuten nach dem Auslösen trug kein Lauf des Workflows „%1“ das Token dieses Versuchs: Der run-name des Workflows muss ${{ inputs.flowdeck_token }} enthalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the run of the workflow “%1” to appear</source>
        <translation>Wartet darauf, dass der Lauf des Workflows „%1“ erscheint</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Workflow run %1 is %2</source>
        <translation>Workflow-Lauf %1 hat den Status %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workflow run %1 concluded %2</source>
        <translation>Workflow-Lauf %1 endete mit %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The run of the workflow “%1” has not appeared yet, so it cannot be canceled: try again in a moment</source>
        <translation>Der Lauf des Workflows „%1“ ist noch nicht erschienen und kann daher nicht abgebrochen werden: Versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>runs the workflow %1 of %2 on %3 (GitHub Actions)</source>
        <translation>führt den Workflow %1 von %2 auf %3 aus (GitHub Actions)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>GitHub has no workflow “%1” in %2, or the token cannot see it</source>
        <translation>GitHub hat keinen Workflow „%1“ in %2, oder das Token kann ihn nicht sehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GitHub has no workflow run %1 in %2, or the token cannot see it</source>
        <translation>GitHub hat keinen Workflow-Lauf %1 in %2, oder das Token kann ihn nicht sehen</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::GitLabBackend</name>
    <message>
        <location filename="../core/release/gitlabbackend.cpp" line="+56"/>
        <source>the variable “%1” in its config is one Flowdeck sets itself</source>
        <translation>Die Variable „%1“ in der Konfiguration setzt Flowdeck selbst</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The answer from %1 names no pipeline id</source>
        <translation>Die Antwort von %1 nennt keine Pipeline-ID</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pipeline %1 succeeded</source>
        <translation>Pipeline %1 war erfolgreich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline %1 failed</source>
        <translation>Pipeline %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline %1 was canceled</source>
        <translation>Pipeline %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipeline %1 was skipped: none of its jobs ran</source>
        <translation>Pipeline %1 wurde übersprungen: Keiner ihrer Jobs ist gelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline %1 waits for a manual job to be started in GitLab</source>
        <translation>Pipeline %1 wartet darauf, dass in GitLab ein manueller Job gestartet wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline %1 is %2</source>
        <translation>Pipeline %1 hat den Status %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>runs a pipeline of %1 on %2 (GitLab at %3)</source>
        <translation>führt eine Pipeline von %1 auf %2 aus (GitLab unter %3)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The job handle “%1” names no GitLab pipeline</source>
        <translation>Das Job-Handle „%1“ nennt keine GitLab-Pipeline</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitLab has no project “%1”, or the token cannot see it</source>
        <translation>GitLab hat kein Projekt „%1“, oder das Token kann es nicht sehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GitLab has no pipeline %1 in the project “%2”, or the token cannot see it</source>
        <translation>GitLab hat keine Pipeline %1 im Projekt „%2“, oder das Token kann sie nicht sehen</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::HttpBackend</name>
    <message>
        <location filename="../core/release/httpbackends.cpp" line="+19"/>
        <source>The backend “%1” (%2): its config is not JSON: %3 at byte %4</source>
        <translation>Das Backend „%1“ (%2): Seine Konfiguration ist kein JSON: %3 bei Byte %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backend “%1” (%2): its config must be a JSON object</source>
        <translation>Das Backend „%1“ (%2): Seine Konfiguration muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backend “%1” is of the kind “%2”, which does not work over HTTP (webhook, github, gitlab, jenkins and argocd do)</source>
        <translation>Das Backend „%1“ ist von der Art „%2“, die nicht über HTTP arbeitet (webhook, github, gitlab, jenkins und argocd tun das)</translation>
    </message>
    <message>
        <location filename="../core/release/httpbackendsupport.cpp" line="+44"/>
        <source>The answer from %1 is not a JSON array of jobs</source>
        <translation>Die Antwort von %1 ist kein JSON-Array von Jobs</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backend “%1” (%2): %3</source>
        <translation>Das Backend „%1“ (%2): %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its config has an unknown key “%1”; it knows %2</source>
        <translation>Die Konfiguration enthält den unbekannten Schlüssel „%1“; bekannt sind %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its config has no “%1”</source>
        <translation>Die Konfiguration enthält kein „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>“%1” in its config must be text</source>
        <translation>„%1“ in der Konfiguration muss Text sein</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>“%1” in its config is empty</source>
        <translation>„%1“ in der Konfiguration ist leer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” in its config must be a positive whole number or text</source>
        <translation>„%1“ in der Konfiguration muss eine positive ganze Zahl oder Text sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” in its config must be true or false</source>
        <translation>„%1“ in der Konfiguration muss true oder false sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” in its config, “%2”, is not an http or https address</source>
        <translation>„%1“ in der Konfiguration, „%2“, ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“%1” in its config must be an object of names and values</source>
        <translation>„%1“ in der Konfiguration muss ein Objekt aus Namen und Werten sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” of “%2” in its config must be text, a number or true or false</source>
        <translation>„%1“ von „%2“ in der Konfiguration muss Text, eine Zahl oder true oder false sein</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The job handle “%1” was not made by the backend “%2”</source>
        <translation>Das Job-Handle „%1“ stammt nicht vom Backend „%2“</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 refused the credentials of the backend “%2” (HTTP 401): check the token or secret stored for it in the keychain</source>
        <translation>%1 hat die Zugangsdaten des Backends „%2“ abgelehnt (HTTP 401): Prüfen Sie das dafür im Schlüsselbund gespeicherte Token oder Geheimnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asks for credentials (HTTP 401), and none are stored in the keychain for the backend “%2”</source>
        <translation>%1 verlangt Zugangsdaten (HTTP 401), aber im Schlüsselbund sind keine für das Backend „%2“ gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (HTTP 403 from %2)</source>
        <translation>%1 (HTTP 403 von %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (HTTP 404 from %2)</source>
        <translation>%1 (HTTP 404 von %2)</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+27"/>
        <source>The answer from %1 is not JSON: %2 at byte %3</source>
        <translation>Die Antwort von %1 ist kein JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The answer from %1 is not a JSON object</source>
        <translation>Die Antwort von %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The answer from %1 is empty</source>
        <translation>Die Antwort von %1 ist leer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The answer from %1 is not a JSON array</source>
        <translation>Die Antwort von %1 ist kein JSON-Array</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No token or secret is stored in the keychain for the backend “%1”: store one for it first</source>
        <translation>Im Schlüsselbund ist kein Token oder Geheimnis für das Backend „%1“ gespeichert: Speichern Sie zuerst eines dafür</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::JenkinsBackend</name>
    <message>
        <location filename="../core/release/jenkinsbackend.cpp" line="+45"/>
        <source>“job_url” in its config, “%1”, does not name a job (…/job/NAME)</source>
        <translation>„job_url“ in der Konfiguration, „%1“, nennt keinen Job (…/job/NAME)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the parameter “%1” in its config is one Flowdeck sets itself</source>
        <translation>Den Parameter „%1“ in der Konfiguration setzt Flowdeck selbst</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 answered HTTP %2 without the queue item of the build in its Location header: is the job parameterized?</source>
        <translation>%1 antwortete mit HTTP %2 ohne das Warteschlangenelement des Builds im Location-Header: Ist der Job parametrisiert?</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The queued build was cancelled in Jenkins</source>
        <translation>Der Build in der Warteschlange wurde in Jenkins abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting in the Jenkins queue</source>
        <translation>Wartet in der Jenkins-Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting in the Jenkins queue: %1</source>
        <translation>Wartet in der Jenkins-Warteschlange: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Build #%1 is running</source>
        <translation>Build #%1 läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build #%1 ended %2</source>
        <translation>Build #%1 endete mit %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Jenkins has no queue item %1 any more</source>
        <translation>Jenkins hat kein Warteschlangenelement %1 mehr</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>builds the Jenkins job %1 with parameters</source>
        <translation>baut den Jenkins-Job %1 mit Parametern</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The job handle “%1” names no Jenkins queue item</source>
        <translation>Das Job-Handle „%1“ nennt kein Jenkins-Warteschlangenelement</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Jenkins no longer knows the queue item %1, and no build of %2 has the parameter FLOWDECK_TOKEN of this attempt: the job must declare FLOWDECK_TOKEN as a string parameter</source>
        <translation>Jenkins kennt das Warteschlangenelement %1 nicht mehr, und kein Build von %2 hat den Parameter FLOWDECK_TOKEN dieses Versuchs: Der Job muss FLOWDECK_TOKEN als String-Parameter deklarieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Jenkins has no job at %1, or the user cannot see it</source>
        <translation>Jenkins hat keinen Job unter %1, oder der Benutzer kann ihn nicht sehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jenkins has no build #%1 of %2</source>
        <translation>Jenkins hat keinen Build #%1 von %2</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::PlanText</name>
    <message>
        <location filename="../core/release/releaseplan.cpp" line="+30"/>
        <location filename="../views/releases/planeditor.cpp" line="+235"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>The setting “%1” of task %2 must be a list of texts.</source>
        <translation>Die Einstellung „%1“ der Aufgabe %2 muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The setting “%1” of task %2 must be a whole number.</source>
        <translation>Die Einstellung „%1“ der Aufgabe %2 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Task %1 is of the unknown kind %2; known kinds: %3.</source>
        <translation>Aufgabe %1 ist von der unbekannten Art %2; bekannte Arten: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task %1 cannot be retried a negative number of times (%2).</source>
        <translation>Aufgabe %1 kann nicht negativ oft wiederholt werden (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task %1 is a rollback task but of kind %2: rollback tasks are deploy tasks.</source>
        <translation>Aufgabe %1 ist eine Rollback-Aufgabe, aber von der Art %2: Rollback-Aufgaben sind Bereitstellungsaufgaben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deploy task %1 names no service to deploy.</source>
        <translation>Bereitstellungsaufgabe %1 nennt keinen bereitzustellenden Dienst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy task %1 names no environment to deploy to.</source>
        <translation>Bereitstellungsaufgabe %1 nennt keine Zielumgebung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy task %1 names no backend to deploy through.</source>
        <translation>Bereitstellungsaufgabe %1 nennt kein Backend für die Bereitstellung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approval gate %1 names no approver.</source>
        <translation>Freigabe %1 nennt keine Freigebenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approval gate %1 names an empty approver.</source>
        <translation>Freigabe %1 enthält einen leeren Eintrag bei den Freigebenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait task %1 says neither until when nor how many minutes to wait.</source>
        <translation>Warteaufgabe %1 gibt weder an, bis wann, noch wie viele Minuten gewartet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait task %1 says both until when and how many minutes to wait; give one.</source>
        <translation>Warteaufgabe %1 gibt sowohl an, bis wann, als auch wie viele Minuten gewartet wird; geben Sie nur eines an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait task %1 waits a negative number of minutes (%2).</source>
        <translation>Warteaufgabe %1 wartet eine negative Anzahl von Minuten (%2).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The settings of task %1 are not valid JSON: %2 at character %3.</source>
        <translation>Die Einstellungen der Aufgabe %1 sind kein gültiges JSON: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings of task %1 must be a JSON object.</source>
        <translation>Die Einstellungen der Aufgabe %1 müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Check gate %1 has the unknown condition %2; known conditions: %3.</source>
        <translation>Prüfung %1 hat die unbekannte Bedingung %2; bekannte Bedingungen: %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wait task %1 waits more minutes than can be counted (%2).</source>
        <translation>Warteaufgabe %1 wartet mehr Minuten, als gezählt werden können (%2).</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>template</source>
        <translation>Die Vorlage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>release</source>
        <translation>Das Release</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 has no name.</source>
        <translation>%1 hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 says to do %2 when a task fails; it can only stop or roll back (“stop” or “rollback”).</source>
        <translation>%1 gibt %2 als Vorgehen bei einer fehlgeschlagenen Aufgabe an; möglich ist nur Anhalten oder Zurückrollen („stop“ oder „rollback“).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Task number %1 of %2 has no name.</source>
        <translation>Aufgabe Nummer %1 von %2 hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has more than one task named %2.</source>
        <translation>%1 hat mehr als eine Aufgabe namens %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An ordering of %1 refers to %2, which is not a task of it.</source>
        <translation>Eine Reihenfolge in %1 verweist auf %2, doch dies ist keine Aufgabe darin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task %1 is ordered after itself.</source>
        <translation>Aufgabe %1 ist nach sich selbst eingeordnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rollback task %1 is ordered with the forward task %2; rollback tasks may only be ordered among themselves.</source>
        <translation>Die Rollback-Aufgabe %1 ist mit der Vorwärtsaufgabe %2 verknüpft; Rollback-Aufgaben dürfen nur untereinander eingeordnet werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The tasks of %1 wait for each other in a cycle, so none of them could start: %2.</source>
        <translation>Die Aufgaben von %1 warten im Kreis aufeinander, sodass keine von ihnen starten könnte: %2.</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::ProcessBackend</name>
    <message>
        <location filename="../core/release/processbackend.cpp" line="+80"/>
        <source>The process backend &quot;%1&quot; has a bad config: %2</source>
        <translation>Das Prozess-Backend „%1“ hat eine fehlerhafte Konfiguration: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>it names no program.</source>
        <translation>Sie nennt kein Programm.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>it is not a JSON object (%1).</source>
        <translation>Sie ist kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown key &quot;%1&quot; (known: %2).</source>
        <translation>Unbekannter Schlüssel „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;program&quot; must be a text.</source>
        <translation>„program“ muss ein Text sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;arguments&quot; must be a list of texts.</source>
        <translation>„arguments“ muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;arguments&quot; must be a list of texts; item %1 is not a text.</source>
        <translation>„arguments“ muss eine Liste von Texten sein; Element %1 ist kein Text.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;working_directory&quot; must be an absolute path.</source>
        <translation>„working_directory“ muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;timeout_seconds&quot; must be a number of seconds from 0 (no timeout) to %1.</source>
        <translation>„timeout_seconds“ muss eine Anzahl Sekunden von 0 (kein Zeitlimit) bis %1 sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;environment&quot; must be an object of names and texts.</source>
        <translation>„environment“ muss ein Objekt aus Namen und Texten sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a usable environment variable name.</source>
        <translation>„%1“ ist kein verwendbarer Name für eine Umgebungsvariable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the environment variable %1 must be a text.</source>
        <translation>Die Umgebungsvariable %1 muss ein Text sein.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The process backend &quot;%1&quot; cannot use the job token &quot;%2&quot; as a directory name.</source>
        <translation>Das Prozess-Backend „%1“ kann das Job-Token „%2“ nicht als Verzeichnisnamen verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The process backend &quot;%1&quot; has no directory for its jobs.</source>
        <translation>Das Prozess-Backend „%1“ hat kein Verzeichnis für seine Jobs.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The process backend &quot;%1&quot; got a job handle it does not know: %2</source>
        <translation>Das Prozess-Backend „%1“ hat ein Job-Handle erhalten, das es nicht kennt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job directory %1 of the process backend &quot;%2&quot; is gone.</source>
        <translation>Das Job-Verzeichnis %1 des Prozess-Backends „%2“ ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The process job %1 was already started (%2).</source>
        <translation>Der Prozess-Job %1 wurde bereits gestartet (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The process backend &quot;%1&quot; could not make the job directory %2.</source>
        <translation>Das Prozess-Backend „%1“ konnte das Job-Verzeichnis %2 nicht anlegen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The process backend &quot;%1&quot; could not start its runner %2: %3</source>
        <translation>Das Prozess-Backend „%1“ konnte seinen Runner %2 nicht starten: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The process job %1 could not be claimed after a restart: %2</source>
        <translation>Der Prozessauftrag %1 konnte nach einem Neustart nicht übernommen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The process job %1 was never started, but its directory could not be moved aside to %2.</source>
        <translation>Der Prozessauftrag %1 wurde nie gestartet, aber sein Ordner konnte nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the runner ended without a result</source>
        <translation>Der Runner wurde ohne Ergebnis beendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the runner did not start</source>
        <translation>Der Runner wurde nicht gestartet</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>The process job in %1 could not be canceled: %2</source>
        <translation>Der Prozess-Job in %1 konnte nicht abgebrochen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>The output of the process job in %1 could not be read: %2</source>
        <translation>Die Ausgabe des Prozess-Jobs in %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>runs %1</source>
        <translation>führt %1 aus</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::ReleaseEngine</name>
    <message>
        <location filename="../core/release/engine_p.h" line="+118"/>
        <source>The deploy task &apos;%1&apos; names no backend.</source>
        <translation>Die Bereitstellungsaufgabe „%1“ nennt kein Backend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the backends</source>
        <translation>die Backends</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backend of the deploy task &apos;%1&apos; no longer exists.</source>
        <translation>Das Backend der Bereitstellungsaufgabe „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The deploy task &apos;%1&apos; has no version to deploy: give the task or the release a version.</source>
        <translation>Die Bereitstellungsaufgabe „%1“ hat keine bereitzustellende Version: Geben Sie der Aufgabe oder dem Release eine Version.</translation>
    </message>
    <message>
        <location filename="../core/release/engine.cpp" line="+67"/>
        <source>Not run: the release rolls back.</source>
        <translation>Nicht ausgeführt: Das Release wird zurückgerollt.</translation>
    </message>
    <message>
        <location filename="../core/release/enginedeploy.cpp" line="+57"/>
        <source>&apos;%1&apos; is held: %2</source>
        <translation>„%1“ wird zurückgehalten: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Attempt %1: %2</source>
        <translation>Versuch %1: %2</translation>
    </message>
    <message>
        <location filename="../core/release/engine.cpp" line="+90"/>
        <source>Marked done for the whole run.</source>
        <translation>Für den gesamten Lauf als erledigt markiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; waits for %2 to mark it done.</source>
        <translation>„%1“ wartet darauf, dass %2 die Aufgabe als erledigt markiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; waits to be marked done.</source>
        <translation>„%1“ wartet darauf, als erledigt markiert zu werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rejected by %1: %2</source>
        <translation>Von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Approved for %1 with --approve-all.</source>
        <translation>Für %1 mit --approve-all freigegeben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; waits for the approval of %2.</source>
        <translation>„%1“ wartet auf die Freigabe durch %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approved by %1.</source>
        <translation>Von %1 freigegeben.</translation>
    </message>
    <message>
        <location filename="../core/release/enginedeploy.cpp" line="+60"/>
        <source>Flowdeck stopped while starting this deployment, and the backend cannot tell whether it started: %1 Check it, then retry or skip the task.</source>
        <translation>Flowdeck wurde beendet, während diese Bereitstellung startete, und das Backend kann nicht feststellen, ob sie gestartet wurde: %1 Prüfen Sie dies und wiederholen oder überspringen Sie dann die Aufgabe.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Found the job started before the restart.</source>
        <translation>Den vor dem Neustart gestarteten Job gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job had not started; started it.</source>
        <translation>Der Job war nicht gestartet; er wurde jetzt gestartet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Attempt %1 of %2 failed (%3); trying again.</source>
        <translation>Versuch %1 von %2 fehlgeschlagen (%3); neuer Versuch.</translation>
    </message>
    <message>
        <location filename="../core/release/engine.cpp" line="+38"/>
        <source>A task failed and the plan has no rollback tasks.</source>
        <translation>Eine Aufgabe ist fehlgeschlagen, und der Plan hat keine Rollback-Aufgaben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not needed: the release succeeded.</source>
        <translation>Nicht benötigt: Das Release war erfolgreich.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&apos;%1&apos; is a template: make a release from it to run it.</source>
        <translation>„%1“ ist eine Vorlage: Erstellen Sie daraus ein Release, um es auszuführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The release &apos;%1&apos; has already ended (%2).</source>
        <translation>Das Release „%1“ ist bereits beendet (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This workspace is not trusted on this computer, so it runs no deployment backend. Trusting it would allow:
  %1</source>
        <translation>Diesem Arbeitsbereich wird auf diesem Computer nicht vertraut, daher führt er kein Bereitstellungs-Backend aus. Wenn Sie ihm vertrauen, wäre Folgendes erlaubt:
  %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Took over from an engine that had stopped.</source>
        <translation>Von einer Engine übernommen, die angehalten hatte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The engine has not started the release.</source>
        <translation>Die Engine hat das Release nicht gestartet.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The running job was asked to stop.</source>
        <translation>Der laufende Job wurde zum Anhalten aufgefordert.</translation>
    </message>
    <message>
        <location filename="../core/release/runrelease.cpp" line="+20"/>
        <source>%1: running (attempt %2)</source>
        <translation>%1: läuft (Versuch %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Release %1: %2</source>
        <translation>Release %1: %2</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::ReleaseStore</name>
    <message>
        <location filename="../core/release/releasestore.cpp" line="+32"/>
        <location filename="../views/releases/planeditor.cpp" line="+2"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+420"/>
        <source>There is no release or template with the id %1.</source>
        <translation>Es gibt kein Release und keine Vorlage mit der ID %1.</translation>
    </message>
    <message>
        <location line="-358"/>
        <source>The %1 carries the service with id %2, which the workspace does not have.</source>
        <translation>%1 enthält den Dienst mit der ID %2, den der Arbeitsbereich nicht hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Task %1 names the service with id %2, which the workspace does not have.</source>
        <translation>Aufgabe %1 nennt den Dienst mit der ID %2, den der Arbeitsbereich nicht hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Task %1 names the environment with id %2, which the workspace does not have.</source>
        <translation>Aufgabe %1 nennt die Umgebung mit der ID %2, die der Arbeitsbereich nicht hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task %1 names the backend with id %2, which the workspace does not have.</source>
        <translation>Aufgabe %1 nennt das Backend mit der ID %2, das der Arbeitsbereich nicht hat.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is already a template named %1.</source>
        <translation>Es gibt bereits eine Vorlage namens %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a release named %1.</source>
        <translation>Es gibt bereits ein Release namens %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The %1 cannot be saved: it was deleted elsewhere.</source>
        <translation>%1 kann nicht gespeichert werden: Der Eintrag wurde an anderer Stelle gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 has started (its status is %2) and can no longer be edited.</source>
        <translation>%1 wurde gestartet (Status %2) und kann nicht mehr bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The %1 was changed elsewhere (it is at revision %2, this edit was made on revision %3). Nothing was saved; open it again to see the changes.</source>
        <translation>%1 wurde an anderer Stelle geändert (Stand ist Revision %2, diese Änderung wurde auf Revision %3 vorgenommen). Es wurde nichts gespeichert; öffnen Sie den Eintrag erneut, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The %1 carries the service %2 more than once.</source>
        <translation>%1 enthält den Dienst %2 mehr als einmal.</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>Created the %1 from the template %2, with %n task(s)</source>
        <translation>
            <numerusform>%1 aus der Vorlage %2 erstellt, mit %n Aufgabe</numerusform>
            <numerusform>%1 aus der Vorlage %2 erstellt, mit %n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Created the %1 with %n task(s)</source>
        <translation>
            <numerusform>%1 mit %n Aufgabe erstellt</numerusform>
            <numerusform>%1 mit %n Aufgaben erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Edited the %1; it now has %n task(s) and is at revision %2</source>
        <translation>
            <numerusform>%1 bearbeitet; enthält jetzt %n Aufgabe und steht auf Revision %2</numerusform>
            <numerusform>%1 bearbeitet; enthält jetzt %n Aufgaben und steht auf Revision %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>There is no release or template named %1.</source>
        <translation>Es gibt kein Release und keine Vorlage namens %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is a release, not a template; releases are made from templates.</source>
        <translation>%1 ist ein Release, keine Vorlage; Releases werden aus Vorlagen erstellt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Task %1 of the template deploys %2, which the release does not carry: add %2 with the version to deploy.</source>
        <translation>Aufgabe %1 der Vorlage stellt %2 bereit, aber das Release enthält %2 nicht: Fügen Sie %2 mit der bereitzustellenden Version hinzu.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The %1 is under way (its status is %2); abort it before deleting it.</source>
        <translation>%1 läuft (Status %2); brechen Sie den Ablauf ab, bevor Sie den Eintrag löschen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted the %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Task %1 (id %2) is no longer stored; it may have been deleted elsewhere.</source>
        <translation>Aufgabe %1 (ID %2) ist nicht mehr gespeichert; sie wurde möglicherweise an anderer Stelle gelöscht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The %1 (id %2) is no longer stored; it may have been deleted elsewhere.</source>
        <translation>%1 (ID %2) ist nicht mehr gespeichert; der Eintrag wurde möglicherweise an anderer Stelle gelöscht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An approval decision needs the name of who decided.</source>
        <translation>Eine Freigabeentscheidung braucht den Namen der Person, die entschieden hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a decision on an approval gate; it is “approve” or “reject”.</source>
        <translation>%1 ist keine Entscheidung über eine Freigabe; möglich sind „approve“ oder „reject“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no release task with the id %1 to decide on.</source>
        <translation>Es gibt keine Release-Aufgabe mit der ID %1, über die entschieden werden könnte.</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::Runner</name>
    <message>
        <location filename="../core/release/processrunner.cpp" line="+52"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>killed by signal %1 (SIG%2)</source>
        <translation>durch Signal %1 beendet (SIG%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+322"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>The job directory %1 does not exist.</source>
        <translation>Das Job-Verzeichnis %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The runner could not watch for signals: %1</source>
        <translation>Der Runner konnte Signale nicht überwachen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The job in %1 was given up before this runner started; the program does not run.</source>
        <translation>Der Auftrag in %1 wurde aufgegeben, bevor dieser Runner startete; das Programm läuft nicht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>canceled before the program started</source>
        <translation>abgebrochen, bevor das Programm gestartet wurde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be started: the working directory %2 does not exist.</source>
        <translation>%1 konnte nicht gestartet werden: Das Arbeitsverzeichnis %2 existiert nicht.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>output.log is incomplete: %1</source>
        <translation>output.log ist unvollständig: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Unknown option %1 (the program comes after --).</source>
        <translation>Unbekannte Option %1 (das Programm folgt nach --).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timeout-ms needs a number of milliseconds from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--timeout-ms braucht eine Anzahl Millisekunden von 0 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--env needs NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--env braucht NAME=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--job DIRECTORY is missing.</source>
        <translation>--job DIRECTORY fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program to run is missing (after --).</source>
        <translation>Das auszuführende Programm fehlt (nach --).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>timed out after %1</source>
        <translation>Zeitüberschreitung nach %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exit code %1</source>
        <translation>Exitcode %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has an unknown state &quot;%2&quot;.</source>
        <translation>%1 hat einen unbekannten Zustand „%2“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usage: %1 --job DIRECTORY [--timeout-ms N] [--cwd DIRECTORY] [--env NAME=VALUE]... -- PROGRAM [ARGUMENT]...</source>
        <translation>Aufruf: %1 --job DIRECTORY [--timeout-ms N] [--cwd DIRECTORY] [--env NAME=VALUE]... -- PROGRAM [ARGUMENT]...</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::WebhookBackend</name>
    <message>
        <location filename="../core/release/webhookbackend.cpp" line="+41"/>
        <source>“status_url” in its config must hold {id}, where the job&apos;s id goes</source>
        <translation>„status_url“ in seiner Konfiguration muss {id} enthalten, wo die ID des Jobs eingesetzt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“find_url” in its config must hold {token}, where the attempt&apos;s token goes</source>
        <translation>„find_url“ in seiner Konfiguration muss {token} enthalten, wo das Token des Versuchs eingesetzt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“cancel_url” in its config must hold {id}, where the job&apos;s id goes</source>
        <translation>„cancel_url“ in seiner Konfiguration muss {id} enthalten, wo die ID des Jobs eingesetzt wird</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The webhook of the backend “%1” cannot tell whether it started a job for this attempt: its config has no find_url</source>
        <translation>Der Webhook des Backends „%1“ kann nicht feststellen, ob er für diesen Versuch einen Job gestartet hat: Seine Konfiguration hat keine find_url</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The webhook accepted the deploy; it reports no status</source>
        <translation>Der Webhook hat die Bereitstellung angenommen; er meldet keinen Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The webhook&apos;s job</source>
        <translation>Der Job des Webhooks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Webhook job %1</source>
        <translation>Webhook-Job %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 succeeded</source>
        <translation>%1 erfolgreich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was canceled</source>
        <translation>%1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered the status “%2”, which is none of running, succeeded and failed</source>
        <translation>%1 hat den Status „%2“ gemeldet, der weder running noch succeeded noch failed ist</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The webhook of the backend “%1” cannot cancel a deploy: its config has no cancel_url</source>
        <translation>Der Webhook des Backends „%1“ kann keine Bereitstellung abbrechen: Seine Konfiguration hat keine cancel_url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The webhook gave this job no id, which cancel_url needs</source>
        <translation>Der Webhook hat diesem Job keine ID gegeben, die cancel_url braucht</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>POSTs a signed request to %1</source>
        <translation>Sendet eine signierte POST-Anfrage an %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POSTs to %1</source>
        <translation>Sendet POST-Anfragen an %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No webhook answers at this address</source>
        <translation>Unter dieser Adresse antwortet kein Webhook</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The status_url in the answer from %1 is not an http or https address</source>
        <translation>Die status_url in der Antwort von %1 ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer from %1 has no id, which status_url needs</source>
        <translation>Die Antwort von %1 hat keine ID, die status_url braucht</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::WorkspaceTrust</name>
    <message>
        <location filename="../core/release/trust.cpp" line="+56"/>
        <source>%1 (process): names no program to run</source>
        <translation>%1 (Prozess): nennt kein auszuführendes Programm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (process): runs %2</source>
        <translation>%1 (Prozess): führt %2 aus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an address its settings do not give</source>
        <translation>eine in den Einstellungen nicht angegebene Adresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>repository %1</source>
        <translation>Repository %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>workflow %1</source>
        <translation>Workflow %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application %1</source>
        <translation>Anwendung %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): calls %3</source>
        <translation>%1 (%2): ruft %3 auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): calls %3 for %4</source>
        <translation>%1 (%2): ruft %3 für %4 auf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2): its settings cannot be read, so it would not run</source>
        <translation>%1 (%2): Die Einstellungen können nicht gelesen werden, daher würde es nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2): of a kind this version of Flowdeck cannot run</source>
        <translation>%1 (%2): von einer Art, die diese Version von Flowdeck nicht ausführen kann</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The workspace cannot be trusted, since it cannot be given an identity: %1</source>
        <translation>Dem Arbeitsbereich kann nicht vertraut werden, da ihm keine Identität gegeben werden kann: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The trust in the workspace cannot be recorded in %1.</source>
        <translation>Das Vertrauen in den Arbeitsbereich kann nicht in %1 festgehalten werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The trust in the workspace cannot be withdrawn in %1.</source>
        <translation>Das Vertrauen in den Arbeitsbereich kann nicht in %1 zurückgezogen werden.</translation>
    </message>
</context>
<context>
    <name>flowdeck::release::actions</name>
    <message>
        <location filename="../core/release/engineactions.cpp" line="+27"/>
        <source>the release task</source>
        <translation>die Release-Aufgabe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no release task %1.</source>
        <translation>Es gibt keine Release-Aufgabe %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&apos;%1&apos; is not an approval gate.</source>
        <translation>„%1“ ist keine Freigabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The approval gate &apos;%1&apos; has already ended (%2).</source>
        <translation>Die Freigabe „%1“ ist bereits beendet (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an approver of &apos;%2&apos;; its approvers are %3.</source>
        <translation>%1 gehört nicht zu den Freigebenden von „%2“; Freigebende sind %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why &apos;%1&apos; is rejected: a rejection needs a comment.</source>
        <translation>Geben Sie an, warum „%1“ abgelehnt wird: Eine Ablehnung braucht einen Kommentar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has already decided on &apos;%2&apos;.</source>
        <translation>%1 hat bereits über „%2“ entschieden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&apos;%1&apos; is not a manual task.</source>
        <translation>„%1“ ist keine manuelle Aufgabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; cannot be marked done while it is %2.</source>
        <translation>„%1“ kann im Zustand %2 nicht als erledigt markiert werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only a failed task can be retried; &apos;%1&apos; is %2.</source>
        <translation>Nur eine fehlgeschlagene Aufgabe kann wiederholt werden; „%1“ ist %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The release &apos;%1&apos; has ended (%2).</source>
        <translation>Das Release „%1“ ist beendet (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; cannot be skipped while it is %2.</source>
        <translation>„%1“ kann im Zustand %2 nicht übersprungen werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The release &apos;%1&apos; has already ended (%2).</source>
        <translation>Das Release „%1“ ist bereits beendet (%2).</translation>
    </message>
</context>
<context>
    <name>flowdeck::report::Numbers</name>
    <message>
        <location filename="../core/report/report.cpp" line="+115"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 per day</source>
        <extracomment>Deployments per day, as in &quot;1.73 per day&quot;.</extracomment>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 h</source>
        <extracomment>Hours, as in &quot;112.3 h&quot;.</extracomment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %</source>
        <extracomment>A percentage, as in &quot;12.5 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>flowdeck::report::ReportText</name>
    <message>
        <location line="-107"/>
        <location line="+152"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery performance (DORA)</source>
        <translation>Auslieferungsleistung (DORA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trends by week</source>
        <translation>Wöchentliche Verläufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value stream and opportunities</source>
        <translation>Wertstrom und Verbesserungsmöglichkeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long changes take</source>
        <translation>Wie lange Änderungen dauern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/report/charts.cpp" line="+199"/>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appendix: definitions and data</source>
        <translation>Anhang: Definitionen und Daten</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Deployment frequency</source>
        <translation>Bereitstellungshäufigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time for changes</source>
        <translation>Durchlaufzeit für Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change failure rate</source>
        <translation>Änderungsfehlerrate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed deployment recovery time</source>
        <translation>Wiederherstellungszeit nach fehlgeschlagenen Bereitstellungen</translation>
    </message>
    <message>
        <location filename="../core/report/gather.cpp" line="+84"/>
        <source>services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The report&apos;s period must end after it starts: %1 is not after %2.</source>
        <translation>Der Zeitraum des Berichts muss nach seinem Beginn enden: %1 liegt nicht nach %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The what-if simulation needs at least one trial, not %1.</source>
        <translation>Die Was-wäre-wenn-Simulation braucht mindestens einen Durchgang, nicht %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The workspace has no service with the id %1.</source>
        <translation>Der Arbeitsbereich enthält keinen Dienst mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/report/gathervaluestream.cpp" line="+37"/>
        <source>Halve the wait before %1</source>
        <translation>Wartezeit vor %1 halbieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the hand-over wait before %1</source>
        <translation>Wartezeit bei der Übergabe vor %1 entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Halve the time %1 takes</source>
        <translation>Dauer von %1 halbieren</translation>
    </message>
    <message>
        <location filename="../core/report/gatherrecords.cpp" line="+49"/>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull requests</source>
        <translation>Pull Requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline runs</source>
        <translation>Pipeline-Läufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+110"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../core/report/charts.cpp" line="-67"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their lead time is zero or negative (a clock skew or a rewritten commit date), so they are left out of the lead time.</source>
        <translation>Ihre Durchlaufzeit ist null oder negativ (eine Uhrenabweichung oder ein umgeschriebenes Commit-Datum), daher werden sie bei der Durchlaufzeit nicht berücksichtigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Production deployments</source>
        <translation>Produktionsbereitstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They name no commit, so they count as deployments but give no lead time for changes.</source>
        <translation>Sie nennen keinen Commit; daher zählen sie als Bereitstellungen, liefern aber keine Durchlaufzeit für Änderungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No deployment could be blamed for them (no link, and no earlier production deployment of their service), so they are left out of the change failure rate.</source>
        <translation>Ihnen konnte keine Bereitstellung zugeordnet werden (keine Verknüpfung und keine frühere Produktionsbereitstellung ihres Dienstes), daher werden sie bei der Änderungsfehlerrate nicht berücksichtigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed deployments</source>
        <translation>Fehlgeschlagene Bereitstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their incident is still open, so they have no recovery time yet.</source>
        <translation>Ihr Vorfall ist noch offen, daher haben sie noch keine Wiederherstellungszeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recoveries</source>
        <translation>Wiederherstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident was resolved before its deployment finished (a recovery time of zero or less), so they are left out of the recovery time.</source>
        <translation>Der Vorfall wurde behoben, bevor die zugehörige Bereitstellung abgeschlossen war (eine Wiederherstellungszeit von null oder weniger), daher werden sie bei der Wiederherstellungszeit nicht berücksichtigt.</translation>
    </message>
    <message>
        <location filename="../core/report/summary.cpp" line="+41"/>
        <source>Deployments to production: %1 (%2 in all)</source>
        <translation>Bereitstellungen in Produktion: %1 (insgesamt %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The one change shipped took %1 from commit to production</source>
        <translation>Die einzige ausgelieferte Änderung brauchte %1 vom Commit bis in die Produktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A typical change took %1 from commit to production (median of %2 changes)</source>
        <translation>Eine typische Änderung brauchte %1 vom Commit bis in die Produktion (Median von %2 Änderungen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of deployments to production caused a failure (%2 of %3)</source>
        <translation>%1 der Bereitstellungen in Produktion verursachten einen Fehler (%2 von %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The one failed deployment that recovered took %1 to restore service</source>
        <translation>Bei der einzigen wiederhergestellten fehlgeschlagenen Bereitstellung dauerte es %1, bis der Betrieb wiederhergestellt war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service was restored after a failed deployment in %1 (median of %2 recoveries)</source>
        <translation>Nach einer fehlgeschlagenen Bereitstellung war der Betrieb in %1 wiederhergestellt (Median von %2 Wiederherstellungen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deployment frequency: no deployments to production in this period.</source>
        <translation>Bereitstellungshäufigkeit: keine Bereitstellungen in Produktion in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time for changes: no data, since no change with a known commit reached production in this period.</source>
        <translation>Durchlaufzeit für Änderungen: keine Daten, da in diesem Zeitraum keine Änderung mit bekanntem Commit die Produktion erreicht hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change failure rate: no data, since nothing was deployed to production in this period.</source>
        <translation>Änderungsfehlerrate: keine Daten, da in diesem Zeitraum nichts in Produktion bereitgestellt wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery time: no data, since no failed deployment was recovered in this period.</source>
        <translation>Wiederherstellungszeit: keine Daten, da in diesem Zeitraum keine fehlgeschlagene Bereitstellung wiederhergestellt wurde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, level %2.</source>
        <translation>%1, Niveau %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The %n days before have no data to compare with.</source>
        <translation>
            <numerusform>Für den %n Tag davor gibt es keine Vergleichsdaten.</numerusform>
            <numerusform>Für die %n Tage davor gibt es keine Vergleichsdaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Better than the %n days before (%1, level %2).</source>
        <translation>
            <numerusform>Besser als der %n Tag davor (%1, Niveau %2).</numerusform>
            <numerusform>Besser als die %n Tage davor (%1, Niveau %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Worse than the %n days before (%1, level %2).</source>
        <translation>
            <numerusform>Schlechter als der %n Tag davor (%1, Niveau %2).</numerusform>
            <numerusform>Schlechter als die %n Tage davor (%1, Niveau %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The same as the %n days before (%1, level %2).</source>
        <translation>
            <numerusform>Genauso wie der %n Tag davor (%1, Niveau %2).</numerusform>
            <numerusform>Genauso wie die %n Tage davor (%1, Niveau %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>all services</source>
        <translation>alle Dienste</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This report covers %1 from %2 to %3 (%n days, UTC), measured against the DORA %4 benchmark.</source>
        <translation>
            <numerusform>Dieser Bericht umfasst %1 vom %2 bis %3 (%n Tag, UTC), gemessen am Vergleichsmaßstab DORA %4.</numerusform>
            <numerusform>Dieser Bericht umfasst %1 vom %2 bis %3 (%n Tage, UTC), gemessen am Vergleichsmaßstab DORA %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no value stream to analyse: no pull requests, pipeline runs or deployments in this period.</source>
        <translation>Es gibt keinen Wertstrom zu analysieren: keine Pull Requests, Pipeline-Läufe oder Bereitstellungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value stream has no lead time to analyse in this period.</source>
        <translation>Der Wertstrom hat in diesem Zeitraum keine Durchlaufzeit, die sich analysieren ließe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The main bottleneck is %1, which %2. It adds %3 h to the %4 h that the steps of the value stream add up to (each step&apos;s 85th percentile).</source>
        <translation>Der größte Engpass ist %1: Er %2. Er macht %3 Std. der %4 Std. aus, die die Schritte des Wertstroms zusammen ergeben (je Schritt das 85. Perzentil).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The main bottleneck is %1, which %2. It adds %3 h to the %4 h that the steps of the value stream add up to (each step&apos;s median).</source>
        <translation>Der größte Engpass ist %1: Er %2. Er macht %3 Std. der %4 Std. aus, die die Schritte des Wertstroms zusammen ergeben (je Schritt der Median).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No change to a single step was found that would shorten the predicted lead time.</source>
        <translation>Es wurde keine Änderung an einem einzelnen Schritt gefunden, die die vorhergesagte Durchlaufzeit verkürzen würde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated as it is, the value stream gets 85 % of changes through within %1 h. What would help most, one change at a time:</source>
        <translation>Im Ist-Zustand simuliert, bringt der Wertstrom 85 % der Änderungen innerhalb von %1 Std. durch. Was am meisten helfen würde, jeweils eine Änderung für sich:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1. %2: within %3 h instead, %4 h sooner.</source>
        <translation>%1. %2: stattdessen innerhalb von %3 Std., %4 Std. früher.</translation>
    </message>
    <message>
        <location filename="../core/report/reportcsv.cpp" line="+195"/>
        <source>Could not create the folder %1 for the report&apos;s CSV files.</source>
        <translation>Der Ordner %1 für die CSV-Dateien des Berichts konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/report/charts.cpp" line="-107"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 to %3 (UTC)</source>
        <translation>%1 · %2 bis %3 (UTC)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data in this period</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Week of %1, deployments: %2</source>
        <translation>Woche vom %1, Bereitstellungen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week of %1: median %2 h, changes: %3</source>
        <translation>Woche vom %1: Median %2 Std., Änderungen: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week of %1: no change reached production</source>
        <translation>Woche vom %1: Keine Änderung hat die Produktion erreicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Week of %1: %2 % (%3 of %4 deployments)</source>
        <translation>Woche vom %1: %2 % (%3 von %4 Bereitstellungen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week of %1: no deployments</source>
        <translation>Woche vom %1: keine Bereitstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Week of %1: median %2 h</source>
        <translation>Woche vom %1: Median %2 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week of %1: no recovery</source>
        <translation>Woche vom %1: keine Wiederherstellung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How often do we deploy to production?</source>
        <translation>Wie oft stellen wir in Produktion bereit?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployments per week</source>
        <translation>Bereitstellungen pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars: the number of successful production deployments in each week of the period.</source>
        <translation>Balken: die Anzahl der erfolgreichen Produktionsbereitstellungen in jeder Woche des Zeitraums.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How long do changes take to reach production?</source>
        <translation>Wie lange brauchen Änderungen bis in die Produktion?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median lead time (h)</source>
        <translation>Median der Durchlaufzeit (Std.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line: the median lead time for changes, in hours, of the changes first shipped to production in each week.</source>
        <translation>Linie: der Median der Durchlaufzeit für Änderungen in Stunden, für die Änderungen, die in der jeweiligen Woche erstmals in Produktion ausgeliefert wurden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How often does a deployment cause a failure?</source>
        <translation>Wie oft verursacht eine Bereitstellung einen Fehler?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change failure rate (%)</source>
        <translation>Änderungsfehlerrate (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line: the share of each week&apos;s production deployments that caused a failure, in percent.</source>
        <translation>Linie: der Anteil der Produktionsbereitstellungen jeder Woche, die einen Fehler verursacht haben, in Prozent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How quickly do we recover from a failed deployment?</source>
        <translation>Wie schnell stellen wir den Betrieb nach einer fehlgeschlagenen Bereitstellung wieder her?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median recovery time (h)</source>
        <translation>Median der Wiederherstellungszeit (Std.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line: the median time, in hours, to restore service after the failed deployments of each week.</source>
        <translation>Linie: der Median der Zeit in Stunden, bis der Betrieb nach den fehlgeschlagenen Bereitstellungen jeder Woche wiederhergestellt war.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How long do changes take, change by change?</source>
        <translation>Wie lange braucht jede einzelne Änderung?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No change reached production in this period</source>
        <translation>Keine Änderung hat in diesem Zeitraum die Produktion erreicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bars: how many of the changes shipped to production in the period (%1 in all) took how many hours from commit to production.</source>
        <translation>Balken: wie viele der im Zeitraum in Produktion ausgelieferten Änderungen (insgesamt %1) wie viele Stunden vom Commit bis in die Produktion brauchten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>median %1 h, 85th percentile %2 h</source>
        <translation>Median %1 Std., 85. Perzentil %2 Std.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 h or more, changes: %2</source>
        <translation>%1 Std. oder mehr, Änderungen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 h, changes: %3</source>
        <translation>%1 bis %2 Std., Änderungen: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lead time in hours (bins of %1 h)</source>
        <translation>Durchlaufzeit in Stunden (Klassenbreite %1 Std.)</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
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
        <location line="+7"/>
        <source>How did the releases end?</source>
        <translation>Wie sind die Releases ausgegangen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No release ran in this period</source>
        <translation>In diesem Zeitraum lief kein Release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars: how many of the releases that ran in the period (%1 in all) ended in each way.</source>
        <translation>Balken: wie viele der im Zeitraum gelaufenen Releases (insgesamt %1) mit welchem Ergebnis endeten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: none</source>
        <translation>%1: keine</translation>
    </message>
</context>
<context>
    <name>flowdeck::secrets::Keychain</name>
    <message>
        <location filename="../core/secrets/keychain.cpp" line="+53"/>
        <source>No keychain answered. Flowdeck keeps passwords and tokens in the desktop&apos;s keychain (on Linux a Secret Service such as GNOME Keyring or KWallet), and none is running in this session.</source>
        <translation>Kein Schlüsselbund hat geantwortet. Flowdeck bewahrt Passwörter und Tokens im Schlüsselbund des Desktops auf (unter Linux ein Secret Service wie GNOME Keyring oder KWallet), und in dieser Sitzung läuft keiner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access to the keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain is locked or refused access.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(There is no D-Bus session, through which the keychain is reached: run Flowdeck inside a desktop session.)</source>
        <translation>(Es gibt keine D-Bus-Sitzung, über die der Schlüsselbund erreichbar ist: Starten Sie Flowdeck innerhalb einer Desktop-Sitzung.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Is a keychain, such as GNOME Keyring or KWallet, running in this desktop session?)</source>
        <translation>(Läuft in dieser Desktop-Sitzung ein Schlüsselbund wie GNOME Keyring oder KWallet?)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading &quot;%1&quot; from the keychain failed.</source>
        <translation>Das Lesen von „%1“ aus dem Schlüsselbund ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Storing &quot;%1&quot; in the keychain failed.</source>
        <translation>Das Speichern von „%1“ im Schlüsselbund ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Removing &quot;%1&quot; from the keychain failed.</source>
        <translation>Das Entfernen von „%1“ aus dem Schlüsselbund ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>flowdeck::store::ChangeListener</name>
    <message>
        <location filename="../core/store/changelistener.cpp" line="+35"/>
        <location line="+9"/>
        <source>Cannot listen for changes made elsewhere to %1: %2</source>
        <translation>Änderungen an %1 von anderer Stelle können nicht verfolgt werden: %2</translation>
    </message>
</context>
<context>
    <name>flowdeck::store::ServerConnection</name>
    <message>
        <location filename="../core/store/serverconnection.cpp" line="+85"/>
        <source>The server address %1 is not valid: %2</source>
        <translation>Die Serveradresse %1 ist ungültig: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it must start with postgresql:// or postgres://.</source>
        <translation>Die Adresse muss mit postgresql:// oder postgres:// beginnen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it contains a password (after the user name and a colon). Flowdeck never keeps a password in an address: remove it, and enter the password when Flowdeck asks, or keep it in the keychain, PGPASSWORD or ~/.pgpass.</source>
        <translation>Die Adresse enthält ein Passwort (nach dem Benutzernamen und einem Doppelpunkt). Flowdeck speichert nie ein Passwort in einer Adresse: Entfernen Sie es, und geben Sie das Passwort ein, wenn Flowdeck danach fragt, oder bewahren Sie es im Schlüsselbund, in PGPASSWORD oder in ~/.pgpass auf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the user name before @ is empty.</source>
        <translation>Der Benutzername vor @ ist leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the IPv6 address in brackets has no closing bracket.</source>
        <translation>Der IPv6-Adresse in eckigen Klammern fehlt die schließende Klammer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected text &quot;%1&quot; after the host.</source>
        <translation>Unerwarteter Text „%1“ nach dem Host.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>the port after the colon is missing.</source>
        <translation>Der Port nach dem Doppelpunkt fehlt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the host name is missing.</source>
        <translation>Der Hostname fehlt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the database name after the host is missing (…/database).</source>
        <translation>Der Datenbankname nach dem Host fehlt (…/Datenbank).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database name &quot;%1&quot; contains a slash.</source>
        <translation>Der Datenbankname „%1“ enthält einen Schrägstrich.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it contains a password parameter. Flowdeck never keeps a password in an address: remove it, and enter the password when Flowdeck asks, or keep it in the keychain, PGPASSWORD or ~/.pgpass.</source>
        <translation>Die Adresse enthält einen Passwort-Parameter. Flowdeck speichert nie ein Passwort in einer Adresse: Entfernen Sie ihn, und geben Sie das Passwort ein, wenn Flowdeck danach fragt, oder bewahren Sie es im Schlüsselbund, in PGPASSWORD oder in ~/.pgpass auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the parameter &quot;%1&quot; is not known; the only parameter is sslmode (one of %2).</source>
        <translation>Der Parameter „%1“ ist unbekannt; der einzige Parameter ist sslmode (mit einem der Werte %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sslmode &quot;%1&quot; is not one of %2.</source>
        <translation>sslmode „%1“ ist keiner der Werte %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot connect to the PostgreSQL server %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed. On Debian and Ubuntu it is the package libqt6sql6-psql.</source>
        <translation>Mit dem PostgreSQL-Server %1 kann keine Verbindung hergestellt werden: Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert. Unter Debian und Ubuntu ist er im Paket libqt6sql6-psql enthalten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot prepare the connection to %1: %2</source>
        <translation>Die Verbindung zu %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the server refused the password of the user %1. Check the password (Flowdeck looks in the keychain, then PGPASSWORD and ~/.pgpass, unless one is typed in).</source>
        <translation>Der Server hat das Passwort des Benutzers %1 abgelehnt. Prüfen Sie das Passwort (Flowdeck sucht im Schlüsselbund, dann in PGPASSWORD und ~/.pgpass, sofern keines eingegeben wurde).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server asks for the password of the user %1, and none was given: none was typed in, and none is in the keychain, PGPASSWORD or ~/.pgpass.</source>
        <translation>Der Server verlangt das Passwort des Benutzers %1, aber es wurde keines angegeben: Es wurde keines eingegeben, und weder im Schlüsselbund noch in PGPASSWORD oder ~/.pgpass ist eines vorhanden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server has no database %1. Ask its administrator to create it (CREATE DATABASE), empty, for the workspace.</source>
        <translation>Der Server hat keine Datenbank %1. Bitten Sie seinen Administrator, sie für den Arbeitsbereich leer anzulegen (CREATE DATABASE).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server has no user (role) %1.</source>
        <translation>Der Server hat keinen Benutzer (keine Rolle) %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the address asks for an encrypted connection (sslmode=%1), and the server does not offer TLS.</source>
        <translation>Die Adresse verlangt eine verschlüsselte Verbindung (sslmode=%1), aber der Server bietet kein TLS an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server accepts only encrypted connections from here for this user and database. Add ?sslmode=require (or verify-full, to check the server&apos;s certificate) to the address.</source>
        <translation>Der Server akzeptiert von hier für diesen Benutzer und diese Datenbank nur verschlüsselte Verbindungen. Fügen Sie der Adresse ?sslmode=require hinzu (oder verify-full, um das Zertifikat des Servers zu prüfen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server&apos;s access rules (pg_hba.conf) let no connection in from this computer for the user %1 and this database.</source>
        <translation>Die Zugriffsregeln des Servers (pg_hba.conf) lassen von diesem Computer keine Verbindung für den Benutzer %1 und diese Datenbank zu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s TLS certificate could not be verified (sslmode=%1): %2</source>
        <translation>Das TLS-Zertifikat des Servers konnte nicht verifiziert werden (sslmode=%1): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the host name %1 is not known.</source>
        <translation>Der Hostname %1 ist unbekannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing accepts connections at %1. Is the server running, and are the host and port right?</source>
        <translation>Unter %1 nimmt nichts Verbindungen an. Läuft der Server, und sind Host und Port richtig?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect to the PostgreSQL server %1: %2</source>
        <translation>Mit dem PostgreSQL-Server %1 kann keine Verbindung hergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading which tables the database holds failed: %1</source>
        <translation>Das Lesen der in der Datenbank vorhandenen Tabellen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading flowdeck_workspace failed: %1</source>
        <translation>Das Lesen von flowdeck_workspace ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting for the workspace&apos;s schema lock failed: %1</source>
        <translation>Das Warten auf die Schemasperre des Arbeitsbereichs ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>flowdeck::store::Workspace</name>
    <message>
        <location filename="../core/store/rows.h" line="+134"/>
        <location filename="../core/store/workspace.cpp" line="+157"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="+34"/>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+40"/>
        <source>Cannot create the workspace %1: a file with that name already exists.</source>
        <translation>Der Arbeitsbereich %1 kann nicht erstellt werden: Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Cannot create the workspace %1: the folder %2 does not exist.</source>
        <translation>Der Arbeitsbereich %1 kann nicht erstellt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+10"/>
        <location line="+263"/>
        <location line="+25"/>
        <location line="+6"/>
        <source>Cannot create the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="-270"/>
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
        <location line="+23"/>
        <location line="+3"/>
        <location line="+48"/>
        <location line="+11"/>
        <location line="+188"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Cannot open %1: it is not a Flowdeck workspace (not an SQLite database).</source>
        <translation>%1 kann nicht geöffnet werden: Es ist kein Flowdeck-Arbeitsbereich (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open %1: it is an SQLite database, but not a Flowdeck workspace.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist eine SQLite-Datenbank, aber kein Flowdeck-Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open %1: the file is cut short: it holds %2 bytes of the %3 its header gives. It was left as it is; restore it from a copy.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist abgeschnitten: Sie enthält %2 der %3 Bytes, die ihr Kopf angibt. Sie wurde unverändert gelassen; stellen Sie sie aus einer Kopie wieder her.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+257"/>
        <source>Cannot open %1: it was written by a newer version of Flowdeck (workspace format %2; this version reads up to format %3). Update Flowdeck to open it.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei wurde von einer neueren Version von Flowdeck geschrieben (Arbeitsbereichsformat %2; diese Version liest bis Format %3). Aktualisieren Sie Flowdeck, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+257"/>
        <source>Cannot open %1: the workspace has no schema; it was not written completely.</source>
        <translation>%1 kann nicht geöffnet werden: Der Arbeitsbereich hat kein Schema; er wurde nicht vollständig geschrieben.</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Cannot open %1: the file is damaged (%2). It was left as it is; restore it from a copy.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist beschädigt (%2). Sie wurde unverändert gelassen; stellen Sie sie aus einer Kopie wieder her.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open %1: the workspace holds no tables; it is damaged or was not written completely. It was left as it is.</source>
        <translation>%1 kann nicht geöffnet werden: Der Arbeitsbereich enthält keine Tabellen; er ist beschädigt oder wurde nicht vollständig geschrieben. Er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open %1: the workspace is damaged, these tables are missing: %2. It was left as it is; restore it from a copy.</source>
        <translation>%1 kann nicht geöffnet werden: Der Arbeitsbereich ist beschädigt, diese Tabellen fehlen: %2. Er wurde unverändert gelassen; stellen Sie ihn aus einer Kopie wieder her.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+216"/>
        <location line="+14"/>
        <source>Cannot upgrade %1: %2</source>
        <translation>%1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+35"/>
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
        <location line="+13"/>
        <source>Announcing the changes to other windows</source>
        <translation>Anderen Fenstern die Änderungen melden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving the changes</source>
        <translation>Speichern der Änderungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+151"/>
        <source>migration %1 (%2): %3</source>
        <translation>Migration %1 (%2): %3</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>the database already holds a Flowdeck workspace; open it instead.</source>
        <translation>Die Datenbank enthält bereits einen Flowdeck-Arbeitsbereich; öffnen Sie ihn stattdessen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database holds other tables (%1) and is not a Flowdeck workspace; nothing was changed. Create the workspace in an empty database.</source>
        <translation>Die Datenbank enthält andere Tabellen (%1) und ist kein Flowdeck-Arbeitsbereich; es wurde nichts geändert. Erstellen Sie den Arbeitsbereich in einer leeren Datenbank.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot open %1: the database is empty; there is no Flowdeck workspace in it yet. Create one there first.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datenbank ist leer; sie enthält noch keinen Flowdeck-Arbeitsbereich. Erstellen Sie dort zuerst einen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open %1: the database holds other tables (%2) and is not a Flowdeck workspace.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datenbank enthält andere Tabellen (%2) und ist kein Flowdeck-Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open %1: it uses an older workspace format that must be upgraded, but it was opened read-only.</source>
        <translation>%1 kann nicht geöffnet werden: Der Arbeitsbereich verwendet ein älteres Format, das aktualisiert werden muss, wurde aber schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot save a copy as %1: a file with that name already exists.</source>
        <translation>Die Kopie kann nicht als %1 gespeichert werden: Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>Cannot save a copy as %1: %2</source>
        <translation>Die Kopie kann nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/serverconnection.cpp" line="-235"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>flowdeck::store::WorkspaceCopy</name>
    <message>
        <location filename="../core/store/workspacecopy.cpp" line="+37"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Listing the tables of %1</source>
        <translation>Auflisten der Tabellen von %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the foreign keys</source>
        <translation>Lesen der Fremdschlüssel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the foreign keys of %1</source>
        <translation>Lesen der Fremdschlüssel von %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The tables %1 refer to each other in a circle; they cannot be copied parents first.</source>
        <translation>Die Tabellen %1 verweisen ringförmig aufeinander; sie können nicht mit den übergeordneten Tabellen zuerst kopiert werden.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+35"/>
        <source>Reading the table %1</source>
        <translation>Lesen der Tabelle %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+35"/>
        <location line="+31"/>
        <location line="+16"/>
        <source>Copying the table %1</source>
        <translation>Kopieren der Tabelle %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Continuing the ids of %1</source>
        <translation>Fortsetzen der IDs von %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the source in one snapshot: %1</source>
        <translation>Lesen der Quelle in einer Momentaufnahme: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the source in one snapshot</source>
        <translation>Lesen der Quelle in einer Momentaufnahme</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The workspaces have different formats (%1 and %2); open both with this version of Flowdeck first.</source>
        <translation>Die Arbeitsbereiche haben unterschiedliche Formate (%1 und %2); öffnen Sie zuerst beide mit dieser Version von Flowdeck.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening %1: %2</source>
        <translation>Öffnen von %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the table %1 of the target</source>
        <translation>Lesen der Tabelle %1 des Ziels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target workspace %1 already holds records (in the table %2); a copy goes only into a new, empty workspace.</source>
        <translation>Der Ziel-Arbeitsbereich %1 enthält bereits Datensätze (in der Tabelle %2); eine Kopie kann nur in einen neuen, leeren Arbeitsbereich geschrieben werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The table %1 has other columns in the source (%2) than in the target (%3).</source>
        <translation>Die Tabelle %1 hat in der Quelle andere Spalten (%2) als im Ziel (%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counting the rows of %1</source>
        <translation>Zählen der Zeilen von %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Emptying the table %1</source>
        <translation>Leeren der Tabelle %1</translation>
    </message>
</context>
<context>
    <name>flowdeck::valuestream::Derivation</name>
    <message>
        <location filename="../core/valuestream/derivation.cpp" line="+139"/>
        <source>The stage graph of the pipeline %1 has a cycle, so its value stream cannot be derived.</source>
        <translation>Der Stage-Graph der Pipeline %1 hat einen Zyklus, daher kann ihr Wertstrom nicht abgeleitet werden.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The period of a value stream must end after it begins (from %1 to %2).</source>
        <translation>Der Zeitraum eines Wertstroms muss nach seinem Beginn enden (von %1 bis %2).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no service with the id %1 to derive a value stream for.</source>
        <translation>Es gibt keinen Dienst mit der ID %1, für den ein Wertstrom abgeleitet werden kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Coding</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deploy to %1</source>
        <translation>Bereitstellung nach %1</translation>
    </message>
    <message>
        <location filename="../core/valuestream/derivereads.cpp" line="+174"/>
        <source>Reading the service of the value stream</source>
        <translation>Lesen des Dienstes des Wertstroms</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the pull requests of the value stream</source>
        <translation>Lesen der Pull Requests des Wertstroms</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reading the stages of the value stream</source>
        <translation>Lesen der Stages des Wertstroms</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the stage graph of the value stream</source>
        <translation>Lesen des Stage-Graphen des Wertstroms</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the pipeline of the value stream</source>
        <translation>Lesen der Pipeline des Wertstroms</translation>
    </message>
    <message>
        <location filename="../core/valuestream/deriveweights.cpp" line="+69"/>
        <source>Counting the pipeline runs of the value stream</source>
        <translation>Zählen der Pipeline-Läufe des Wertstroms</translation>
    </message>
    <message>
        <location filename="../core/valuestream/derivereads.cpp" line="+11"/>
        <source>Reading the environments of the value stream</source>
        <translation>Lesen der Umgebungen des Wertstroms</translation>
    </message>
    <message>
        <location filename="../core/valuestream/derivejobs.cpp" line="+389"/>
        <source>Reading the jobs of the value stream</source>
        <translation>Lesen der Jobs des Wertstroms</translation>
    </message>
    <message>
        <location filename="../core/valuestream/derivepromotions.cpp" line="+162"/>
        <source>Reading the versions deployed before the value stream&apos;s promotions</source>
        <translation>Lesen der Versionen, die vor den Übergaben des Wertstroms bereitgestellt waren</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reading the deployments of the value stream</source>
        <translation>Lesen der Bereitstellungen des Wertstroms</translation>
    </message>
    <message>
        <location filename="../core/valuestream/deriveweights.cpp" line="-51"/>
        <source>Reading the stage graphs of the value stream</source>
        <translation>Lesen der Stage-Graphen des Wertstroms</translation>
    </message>
    <message>
        <location line="+142"/>
        <location line="+55"/>
        <location line="+40"/>
        <location line="+73"/>
        <location line="+28"/>
        <source>Reading the changes the deployments of the value stream shipped</source>
        <translation>Lesen der Änderungen, die die Bereitstellungen des Wertstroms ausgeliefert haben</translation>
    </message>
    <message>
        <location filename="../core/valuestream/derivewithmetrics.cpp" line="+138"/>
        <source>Could not start a thread to read the workspace: %1</source>
        <translation>Es konnte kein Thread zum Lesen des Arbeitsbereichs gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>flowdeck::valuestream::DurationText</name>
    <message>
        <location filename="../core/valuestream/durationtext.cpp" line="+66"/>
        <source>“%1” is not a duration: write it like “3 d 4 h”, “2 h 30 min” or “45 min” (a number alone means hours).</source>
        <translation>„%1“ ist keine Dauer: Schreiben Sie sie etwa als „3 T 4 Std.“, „2 Std. 30 Min.“ oder „45 Min.“ (eine Zahl allein bedeutet Stunden).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is negative: a duration cannot be less than 0.</source>
        <translation>„%1“ ist negativ: Eine Dauer kann nicht kleiner als 0 sein.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>“%1” is not a duration: “%2” is not a unit of time (use w, d, h, min or s).</source>
        <translation>„%1“ ist keine Dauer: „%2“ ist keine Zeiteinheit (verwenden Sie Wo., T, Std., Min. oder Sek.).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a duration: give each number its unit, as in “2 h 30 min” (a number alone means hours).</source>
        <translation>„%1“ ist keine Dauer: Geben Sie zu jeder Zahl ihre Einheit an, wie in „2 Std. 30 Min.“ (eine Zahl allein bedeutet Stunden).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is longer than 100 years.</source>
        <translation>„%1“ ist länger als 100 Jahre.</translation>
    </message>
</context>
<context>
    <name>flowdeck::valuestream::MapAnalysis</name>
    <message>
        <location filename="../core/valuestream/mapanalysis.cpp" line="+34"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The steps %1 and %2 have the same id %3.</source>
        <translation>Die Schritte %1 und %2 haben dieselbe ID %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The step %1 has a negative wait time (%2 ms).</source>
        <translation>Der Schritt %1 hat eine negative Wartezeit (%2 ms).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The step %1 has a negative process time (%2 ms).</source>
        <translation>Der Schritt %1 hat eine negative Prozesszeit (%2 ms).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The step %1 has a %C&amp;A of %2; it must be between 0 and 100 %.</source>
        <translation>Der Schritt %1 hat einen %C&amp;A-Wert von %2; er muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>waits %1 before it starts: %2 % of lead time</source>
        <translation>wartet %1, bevor er beginnt: %2 % der Durchlaufzeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>takes %1 to process: %2 % of lead time</source>
        <translation>braucht %1 zur Bearbeitung: %2 % der Durchlaufzeit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 min</source>
        <translation>0 Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under 1 min</source>
        <translation>unter 1 Min.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value stream has an edge from %1 to %2, but no step %3 is on the map.</source>
        <translation>Der Wertstrom hat eine Verbindung von %1 nach %2, aber Schritt %3 ist nicht in der Karte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The value stream has a cycle: %1.</source>
        <translation>Der Wertstrom hat einen Zyklus: %1.</translation>
    </message>
</context>
<context>
    <name>flowdeck::valuestream::MapComparison</name>
    <message>
        <location filename="../core/valuestream/comparison.cpp" line="+117"/>
        <source>The future state cannot be compared: %1</source>
        <translation>Der Soll-Zustand kann nicht verglichen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current state cannot be compared: %1</source>
        <translation>Der Ist-Zustand kann nicht verglichen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The future state “%1” cannot be compared: %2</source>
        <translation>Der Soll-Zustand „%1“ kann nicht verglichen werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current state “%1” cannot be compared: %2</source>
        <translation>Der Ist-Zustand „%1“ kann nicht verglichen werden: %2</translation>
    </message>
</context>
<context>
    <name>flowdeck::valuestream::MapStore</name>
    <message>
        <location filename="../core/valuestream/mapstore.cpp" line="+32"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1 %2</source>
        <translation>Schritt %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the value stream map</source>
        <translation>die Wertstromkarte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value stream map %1 was changed elsewhere since it was opened, so your changes were not saved. Reload the map to see the other changes; your changes are kept so that you can apply them again.</source>
        <translation>Die Wertstromkarte %1 wurde seit dem Öffnen an anderer Stelle geändert, daher wurden Ihre Änderungen nicht gespeichert. Laden Sie die Karte neu, um die anderen Änderungen zu sehen; Ihre Änderungen bleiben erhalten, sodass Sie sie erneut anwenden können.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The value stream map %1 cannot be saved: %2 %3</source>
        <translation>Die Wertstromkarte %1 kann nicht gespeichert werden: %2 %3</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The value stream map cannot be saved without a name.</source>
        <translation>Die Wertstromkarte kann ohne Namen nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has no name.</source>
        <translation>hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a negative wait time (%1 ms).</source>
        <translation>hat eine negative Wartezeit (%1 ms).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a negative process time (%1 ms).</source>
        <translation>hat eine negative Prozesszeit (%1 ms).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a %C&amp;A of %1; it must be between 0 and 100 %.</source>
        <translation>hat einen %C&amp;A-Wert von %1; er muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has %1 people; it must be 0 or more.</source>
        <translation>hat %1 Personen; es müssen 0 oder mehr sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a WIP of %1; it must be 0 or more.</source>
        <translation>hat einen WIP-Wert von %1; er muss 0 oder mehr betragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has the same id (%1) as %2.</source>
        <translation>hat dieselbe ID (%1) wie %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The value stream map %1 cannot be saved: its flow leads from a step with id %2 to a step with id %3, and it has neither.</source>
        <translation>Die Wertstromkarte %1 kann nicht gespeichert werden: Ihr Fluss führt von einem Schritt mit der ID %2 zu einem Schritt mit der ID %3, und sie enthält keinen der beiden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>leads to a step with id %1, which the map does not have.</source>
        <translation>führt zu einem Schritt mit der ID %1, den die Karte nicht enthält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>follows a step with id %1, which the map does not have.</source>
        <translation>folgt auf einen Schritt mit der ID %1, den die Karte nicht enthält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leads to itself.</source>
        <translation>führt zu sich selbst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leads to %1 twice.</source>
        <translation>führt zweimal zu %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The value stream map %1 cannot be saved: its service (id %2) is no longer in the workspace.</source>
        <translation>Die Wertstromkarte %1 kann nicht gespeichert werden: Ihr Dienst (ID %2) ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The value stream map %1 cannot be saved: the map it is based on (id %2) is no longer in the workspace.</source>
        <translation>Die Wertstromkarte %1 kann nicht gespeichert werden: Die Karte, auf der sie basiert (ID %2), ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The value stream map %1 was deleted elsewhere since it was opened, so your changes were not saved. Your changes are kept: save the map as a new one to keep them.</source>
        <translation>Die Wertstromkarte %1 wurde seit dem Öffnen an anderer Stelle gelöscht, daher wurden Ihre Änderungen nicht gespeichert. Ihre Änderungen bleiben erhalten: Speichern Sie die Karte als neue Karte, um sie zu behalten.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The workspace has no value stream map with id %1.</source>
        <translation>Der Arbeitsbereich enthält keine Wertstromkarte mit der ID %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value stream map %1 has the unknown state %2; it must be current or future.</source>
        <translation>Die Wertstromkarte %1 hat den unbekannten Zustand %2; er muss current oder future sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value stream map %1 has the unknown statistic %2; it must be median or p85.</source>
        <translation>Die Wertstromkarte %1 hat die unbekannte Statistik %2; sie muss median oder p85 sein.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The value stream map %1 has a flow from step id %2 to step id %3, but not both steps are on the map.</source>
        <translation>Die Wertstromkarte %1 hat einen Fluss von Schritt-ID %2 zu Schritt-ID %3, aber nicht beide Schritte sind in der Karte.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The workspace has no value stream map with id %1; nothing was deleted.</source>
        <translation>Der Arbeitsbereich enthält keine Wertstromkarte mit der ID %1; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The value stream map %1 was changed elsewhere since it was opened, so it was not deleted. Reload the map to see the changes, then delete it again if you still want to.</source>
        <translation>Die Wertstromkarte %1 wurde seit dem Öffnen an anderer Stelle geändert und daher nicht gelöscht. Laden Sie die Karte neu, um die Änderungen zu sehen, und löschen Sie sie dann erneut, wenn Sie das weiterhin möchten.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 — future state</source>
        <translation>%1 — Soll-Zustand</translation>
    </message>
</context>
<context>
    <name>flowdeck::valuestream::Simulation</name>
    <message>
        <location filename="../core/valuestream/simulation.cpp" line="+32"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The wait of %1 is negative (%2 ms).</source>
        <translation>Die Wartezeit von %1 ist negativ (%2 ms).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The process time of %1 is negative (%2 ms).</source>
        <translation>Die Prozesszeit von %1 ist negativ (%2 ms).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wait of %1 has no observed durations to sample from.</source>
        <translation>Die Wartezeit von %1 hat keine beobachteten Dauern, aus denen gezogen werden kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The process time of %1 has no observed durations to sample from.</source>
        <translation>Die Prozesszeit von %1 hat keine beobachteten Dauern, aus denen gezogen werden kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The wait of %1 has a negative observed duration (%2 ms).</source>
        <translation>Die Wartezeit von %1 hat eine negative beobachtete Dauer (%2 ms).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The process time of %1 has a negative observed duration (%2 ms).</source>
        <translation>Die Prozesszeit von %1 hat eine negative beobachtete Dauer (%2 ms).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The estimated wait of %1 is not a valid range: minimum %2 ms, most likely %3 ms, maximum %4 ms (needed: 0 &lt;= minimum &lt;= most likely &lt;= maximum).</source>
        <translation>Die geschätzte Wartezeit von %1 ist kein gültiger Bereich: Minimum %2 ms, wahrscheinlichster Wert %3 ms, Maximum %4 ms (nötig: 0 &lt;= Minimum &lt;= wahrscheinlichster Wert &lt;= Maximum).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The estimated process time of %1 is not a valid range: minimum %2 ms, most likely %3 ms, maximum %4 ms (needed: 0 &lt;= minimum &lt;= most likely &lt;= maximum).</source>
        <translation>Die geschätzte Prozesszeit von %1 ist kein gültiger Bereich: Minimum %2 ms, wahrscheinlichster Wert %3 ms, Maximum %4 ms (nötig: 0 &lt;= Minimum &lt;= wahrscheinlichster Wert &lt;= Maximum).</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The simulation needs at least one trial (asked for %1).</source>
        <translation>Die Simulation braucht mindestens einen Durchgang (angefordert: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The simulation runs at most %1 trials (asked for %2).</source>
        <translation>Die Simulation führt höchstens %1 Durchgänge aus (angefordert: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value stream map has no steps to simulate.</source>
        <translation>Die Wertstromkarte hat keine Schritte zum Simulieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The map has two steps with id %1: %2 and %3.</source>
        <translation>Die Karte hat zwei Schritte mit der ID %1: %2 und %3.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The connection from step %1 to step %2 names step %3, which is not on the map.</source>
        <translation>Die Verbindung von Schritt %1 zu Schritt %2 nennt Schritt %3, der nicht in der Karte ist.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The map&apos;s connections form a cycle through %1; a value stream must flow one way.</source>
        <translation>Die Verbindungen der Karte bilden einen Zyklus über %1; ein Wertstrom muss in eine Richtung fließen.</translation>
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
    <name>flowdeck::views::AddStageDialog</name>
    <message>
        <location filename="../views/pipelines/addstagedialog.cpp" line="+27"/>
        <location line="+46"/>
        <source>Add Stage</source>
        <translation>Stage hinzufügen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Stage name</source>
        <translation>Name der Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example integration-tests</source>
        <translation>zum Beispiel integration-tests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage kind</source>
        <translation>Art der Stage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment the stage deploys to</source>
        <translation>Umgebung, in der die Stage bereitstellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Deploys to:</source>
        <translation>&amp;Bereitstellung in:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage it runs after</source>
        <translation>Stage, nach der sie läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing: starts with the pipeline</source>
        <translation>Keine: startet mit der Pipeline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs &amp;after:</source>
        <translation>&amp;Läuft nach:</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::BackendsDialog</name>
    <message>
        <location filename="../views/releases/backendsdialog.cpp" line="+51"/>
        <source>Process (a program on this computer)</source>
        <translation>Prozess (ein Programm auf diesem Computer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP webhook</source>
        <translation>HTTP-Webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub Actions</source>
        <translation>GitHub Actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitLab pipeline</source>
        <translation>GitLab-Pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jenkins job</source>
        <translation>Jenkins-Job</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Argo CD application</source>
        <translation>Argo-CD-Anwendung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deployment Backends</source>
        <translation>Bereitstellungs-Backends</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backends that deploy tasks run through</source>
        <translation>Die Backends, über die Bereitstellungsaufgaben laufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a backend (Ctrl+N)</source>
        <translation>Ein Backend hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected backend; refused while a release that has not ended uses it</source>
        <translation>Das ausgewählte Backend entfernen; abgelehnt, solange ein nicht beendetes Release es verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store this backend (Ctrl+S)</source>
        <translation>Dieses Backend speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A name of its own; the keychain keeps the credential under it</source>
        <translation>Ein eigener Name; der Schlüsselbund bewahrt die Zugangsdaten darunter auf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A disabled backend runs nothing: its deploy tasks fail with a message</source>
        <translation>Ein deaktiviertes Backend führt nichts aus: Seine Bereitstellungsaufgaben schlagen mit einer Meldung fehl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backend&apos;s settings as JSON; docs/backends.md lists them for each kind. {service}, {version}, {environment}, {release} and {commit} are filled in per deploy.</source>
        <translation>Die Einstellungen des Backends als JSON; docs/backends.md führt sie für jede Art auf. {service}, {version}, {environment}, {release} und {commit} werden pro Bereitstellung eingesetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave empty to keep what the keychain has</source>
        <translation>Leer lassen, um den Eintrag im Schlüsselbund zu behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token or password the backend signs in with, kept in the desktop&apos;s keychain, never in the workspace</source>
        <translation>Das Token oder Passwort, mit dem sich das Backend anmeldet; im Schlüsselbund des Desktops aufbewahrt, niemals im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Configuration:</source>
        <translation>&amp;Konfiguration:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token or password:</source>
        <translation>&amp;Token oder Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would run:</source>
        <translation>Würde ausführen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A changed backend needs the workspace to be trusted again before releases run.</source>
        <translation>Nach einer Änderung am Backend muss dem Arbeitsbereich erneut vertraut werden, bevor Releases laufen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The keychain cannot be read: %1</source>
        <translation>Der Schlüsselbund kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain has a credential for this backend.</source>
        <translation>Der Schlüsselbund enthält Zugangsdaten für dieses Backend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain has no credential for this backend.</source>
        <translation>Der Schlüsselbund enthält keine Zugangsdaten für dieses Backend.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A process backend needs no credential.</source>
        <translation>Ein Prozess-Backend braucht keine Zugangsdaten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing yet: %1</source>
        <translation>Noch nichts: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The credential was not kept: %1</source>
        <translation>Die Zugangsdaten wurden nicht aufbewahrt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored the backend %1.</source>
        <translation>Backend %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Removed the backend %1.</source>
        <translation>Backend %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::CalendarPanel</name>
    <message>
        <location filename="../views/releases/calendarpanel.cpp" line="+156"/>
        <source>an unknown environment</source>
        <translation>eine unbekannte Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all environments</source>
        <translation>alle Umgebungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1–%2 %3</source>
        <extracomment>The hours of a weekly deployment window in its time zone: &quot;09:00–17:00 Europe/Berlin&quot;.</extracomment>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+117"/>
        <source>%1 – %2</source>
        <extracomment>A release&apos;s planned hours on the chosen day: &quot;09:00 – 11:00&quot;.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>▨ Blackout “%1”, %2, %3</source>
        <extracomment>A blackout on the chosen day: &quot;▨ Blackout “Year-end freeze”, all environments, 20/12 00:00 – 02/01 00:00&quot;.</extracomment>
        <translation>▨ Sperrzeit „%1“, %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>■ Deployment window “%1”, %2, %3</source>
        <translation>■ Bereitstellungsfenster „%1“, %2, %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2, %3</source>
        <extracomment>A release on the chosen day: &quot;Spring release 2.4.0 — Planned, 09:00 – 11:00&quot;.</extracomment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1
Click to select this release.</source>
        <extracomment>The tooltip of a release in the calendar&apos;s day list: what the line says, then what a click does.</extracomment>
        <translation>%1
Klicken, um dieses Release auszuwählen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 window &amp;nbsp; %2 blackout&lt;br&gt;%3 planned (bold date)</source>
        <extracomment>The calendar&apos;s legend in two lines (&lt;br&gt;); %1, %2 and %3 are the marks for a window, a blackout and a planned release.</extracomment>
        <translation>%1 Fenster &amp;nbsp; %2 Sperrzeit&lt;br&gt;%3 geplant (fettes Datum)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Nothing planned on this day.</source>
        <translation>An diesem Tag ist nichts geplant.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Planned releases and deployment windows by day; choose a day to see what is planned</source>
        <translation>Geplante Releases und Bereitstellungsfenster nach Tag; wählen Sie einen Tag, um zu sehen, was geplant ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment calendar</source>
        <translation>Bereitstellungskalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned on the chosen day</source>
        <translation>Am gewählten Tag geplant</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::CarriedServicesModel</name>
    <message>
        <location filename="../views/releases/carriedservicesmodel.cpp" line="+62"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The release carries %1; uncheck to leave it out</source>
        <translation>Das Release enthält %1; abwählen, um den Dienst wegzulassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check to make the release carry %1</source>
        <translation>Auswählen, damit das Release %1 enthält</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The version of %1 the release carries; deploy tasks of %1 without a version of their own deploy it</source>
        <translation>Die Version von %1, die das Release enthält; Bereitstellungsaufgaben von %1 ohne eigene Version stellen diese bereit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the service to give it a version</source>
        <translation>Wählen Sie den Dienst aus, um ihm eine Version zu geben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Carry %1</source>
        <translation>%1 aufnehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out %1</source>
        <translation>%1 auslassen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the version of %1</source>
        <translation>Version von %1 ändern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The services of the workspace; checked ones are carried</source>
        <translation>Die Dienste des Arbeitsbereichs; die angehakten sind im Release enthalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version of each carried service</source>
        <translation>Die Version jedes enthaltenen Dienstes</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::CiConnectionForm</name>
    <message>
        <location filename="../views/ci/ciconnectionform.cpp" line="+49"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitLab</source>
        <translation>GitLab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenkins</source>
        <translation>Jenkins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CI server the runs, jobs and deployments come from</source>
        <translation>Der CI-Server, von dem die Läufe, Jobs und Bereitstellungen stammen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>P&amp;roject:</source>
        <translation>P&amp;rojekt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service the imported runs, deployments and incidents belong to</source>
        <translation>Der Dienst, zu dem die importierten Läufe, Bereitstellungen und Vorfälle gehören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issues with this label are imported as incidents: opened when the issue was opened, resolved when it was closed</source>
        <translation>Issues mit diesem Label werden als Vorfälle importiert: eröffnet beim Öffnen des Issues, behoben beim Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Incident label:</source>
        <translation>&amp;Vorfall-Label:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a new token for this server</source>
        <translation>Ein neues Token für diesen Server eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget</source>
        <translation>Ver&amp;gessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the stored token of this server, for every connection to it</source>
        <translation>Das gespeicherte Token dieses Servers entfernen, für alle Verbindungen zu ihm</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test Co&amp;nnection</source>
        <translation>Verbi&amp;ndung testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the server whether it answers and the token can read the project</source>
        <translation>Den Server fragen, ob er antwortet und das Token das Projekt lesen kann</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The token of this server was forgotten.</source>
        <translation>Das Token dieses Servers wurde vergessen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token could not be removed from the keychain. %1</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund entfernt werden. %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Named after the project</source>
        <extracomment>The service choice of a CI connection when the user picks none.</extracomment>
        <translation>Nach dem Projekt benannt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Job &amp;URL:</source>
        <translation>Job-&amp;URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://jenkins.example.com/job/shop/job/main/</source>
        <translation>https://jenkins.example.com/job/shop/job/main/</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job&apos;s address, as the browser shows it on the job&apos;s page</source>
        <translation>Die Adresse des Jobs, wie der Browser sie auf der Seite des Jobs anzeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address names the server and the job; folders and branches included.</source>
        <translation>Die Adresse nennt den Server und den Job, einschließlich Ordnern und Branches.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USER:API_TOKEN</source>
        <translation>USER:API_TOKEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Jenkins API token is written with the user it belongs to: USER:API_TOKEN</source>
        <translation>Ein Jenkins-API-Token wird zusammen mit dem Benutzer angegeben, dem es gehört: USER:API_TOKEN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub&apos;s API address: https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server</source>
        <translation>Die API-Adresse von GitHub: https://api.github.com oder https://HOST/api/v3 für GitHub Enterprise Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For GitHub Enterprise Server: https://HOST/api/v3.</source>
        <translation>Für GitHub Enterprise Server: https://HOST/api/v3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OWNER/REPO</source>
        <translation>OWNER/REPO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repository, as in its address: OWNER/REPO</source>
        <translation>Das Repository wie in seiner Adresse: OWNER/REPO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal access token (optional for public repositories)</source>
        <translation>Persönliches Zugriffstoken (optional bei öffentlichen Repositorys)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fine-grained token with read access to Actions, Deployments, Contents, Issues and Pull requests, or a classic token with the repo scope</source>
        <translation>Ein Fine-grained Token mit Lesezugriff auf Actions, Deployments, Contents, Issues und Pull requests oder ein klassisches Token mit dem Scope repo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The GitLab server: https://gitlab.com, or the address of your own</source>
        <translation>Der GitLab-Server: https://gitlab.com oder die Adresse Ihres eigenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a self-managed GitLab: the server&apos;s address, without /api/v4.</source>
        <translation>Für ein selbstverwaltetes GitLab: die Adresse des Servers, ohne /api/v4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group/project or project id</source>
        <translation>group/project oder Projekt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project&apos;s path, as in its address (group/subgroup/project), or its numeric id</source>
        <translation>Der Pfad des Projekts wie in seiner Adresse (group/subgroup/project) oder seine numerische ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal or project access token (optional for public projects)</source>
        <translation>Persönliches oder Projekt-Zugriffstoken (optional bei öffentlichen Projekten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An access token with the read_api scope</source>
        <translation>Ein Zugriffstoken mit dem Scope read_api</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter the address of the Jenkins job, as the browser shows it on the job&apos;s page.</source>
        <translation>Geben Sie die Adresse des Jenkins-Jobs ein, wie der Browser sie auf der Seite des Jobs anzeigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the repository as OWNER/REPO.</source>
        <translation>Geben Sie das Repository als OWNER/REPO ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the project&apos;s path (group/project) or its numeric id.</source>
        <translation>Geben Sie den Pfad des Projekts (group/project) oder seine numerische ID ein.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>••• stored in the keychain</source>
        <extracomment>A token stored for a CI server; the dots stand for the hidden token.</extracomment>
        <translation>••• im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token for this server is stored in the desktop&apos;s keychain</source>
        <translation>Für diesen Server ist ein Token im Schlüsselbund des Desktops gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>••• kept for this session</source>
        <translation>••• für diese Sitzung aufbewahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keychain could store the token: Flowdeck keeps it until this window is closed</source>
        <translation>Kein Schlüsselbund konnte das Token speichern: Flowdeck bewahrt es auf, bis dieses Fenster geschlossen wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept for this session only, as no keychain could store it: forgotten when this window closes.</source>
        <translation>Nur für diese Sitzung aufbewahrt, da kein Schlüsselbund es speichern konnte: wird beim Schließen dieses Fensters vergessen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored in the desktop&apos;s keychain, never in the workspace; shared by every connection to this server.</source>
        <translation>Im Schlüsselbund des Desktops gespeichert, niemals im Arbeitsbereich; gilt für alle Verbindungen zu diesem Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain answers in this session: a token typed here is kept until this window closes, never in the workspace.</source>
        <translation>In dieser Sitzung antwortet kein Schlüsselbund: Ein hier eingegebenes Token bleibt nur bis zum Schließen dieses Fensters erhalten und wird nie im Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::CiConnectionsDialog</name>
    <message>
        <location filename="../views/ci/ciconnectionsdialog.cpp" line="+42"/>
        <source>CI Connections</source>
        <translation>CI-Verbindungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mappings</source>
        <translation>&amp;Zuordnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The GitHub, GitLab and Jenkins projects this workspace imports from</source>
        <translation>Die GitHub-, GitLab- und Jenkins-Projekte, aus denen dieser Arbeitsbereich importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which stage each job counts for, and which environments are production</source>
        <translation>Für welche Stage jeder Job zählt und welche Umgebungen Produktion sind</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>CI connections</source>
        <translation>CI-Verbindungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No CI connections yet. Add one to import runs, jobs and deployments from GitHub, GitLab or Jenkins.</source>
        <translation>Noch keine CI-Verbindungen. Fügen Sie eine hinzu, um Läufe, Jobs und Bereitstellungen aus GitHub, GitLab oder Jenkins zu importieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect &amp;GitHub…</source>
        <translation>Mit &amp;GitHub verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect G&amp;itLab…</source>
        <translation>Mit G&amp;itLab verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect &amp;Jenkins…</source>
        <translation>Mit &amp;Jenkins verbinden…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect a GitHub repository, a GitLab project or a Jenkins job</source>
        <translation>Ein GitHub-Repository, ein GitLab-Projekt oder einen Jenkins-Job verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected connection or its token</source>
        <translation>Die ausgewählte Verbindung oder ihr Token ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected connection; what it imported stays in the workspace</source>
        <translation>Die ausgewählte Verbindung entfernen; was sie importiert hat, bleibt im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch what is new from the selected connection</source>
        <translation>Neues von der ausgewählten Verbindung abrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync A&amp;ll</source>
        <translation>A&amp;lle synchronisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch what is new from every connection</source>
        <translation>Neues von allen Verbindungen abrufen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Syncing… The status bar shows the progress.</source>
        <translation>Synchronisierung läuft… Die Statusleiste zeigt den Fortschritt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel S&amp;ync</source>
        <translation>S&amp;ynchronisierung abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the sync; what it stored so far stays, and the next sync goes on from there</source>
        <translation>Die Synchronisierung abbrechen; bereits Gespeichertes bleibt erhalten, und die nächste Synchronisierung setzt dort an</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The token could not be stored in the keychain, so Flowdeck keeps it for this session only: it is forgotten when this window closes. %1</source>
        <translation>Das Token konnte nicht im Schlüsselbund gespeichert werden. Flowdeck bewahrt es daher nur für diese Sitzung auf: Es wird vergessen, wenn dieses Fenster geschlossen wird. %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the connection %1?</source>
        <translation>Die Verbindung %1 entfernen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The runs, jobs and deployments it imported stay in the workspace. The token of its server stays in the keychain.</source>
        <translation>Die von ihr importierten Läufe, Jobs und Bereitstellungen bleiben im Arbeitsbereich. Das Token des Servers bleibt im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::CiMappingsPanel</name>
    <message>
        <location filename="../views/ci/cimappingspanel.cpp" line="+61"/>
        <source>Map Job &quot;%1&quot;</source>
        <extracomment>The undo entry of a job mapping edit: &quot;Map job &quot;docs&quot;&quot;.</extracomment>
        <translation>Job „%1“ zuordnen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Set Tier of &quot;%1&quot;</source>
        <translation>Stufe von „%1“ festlegen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Jobs onto pipeline stages</source>
        <translation>Jobs zu Pipeline-Stages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statistics by stage count each job where it is mapped. Without a mapping, a job goes to the stage of its name, of its name without matrix values (&quot;test (ubuntu)&quot; → &quot;test&quot;), or of its group on the CI server.</source>
        <translation>Statistiken nach Stage zählen jeden Job dort, wo er zugeordnet ist. Ohne Zuordnung kommt ein Job zu der Stage mit seinem Namen, mit seinem Namen ohne Matrix-Werte („test (ubuntu)“ → „test“) oder mit dem Namen seiner Gruppe auf dem CI-Server.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pipeline whose jobs are shown</source>
        <translation>Die Pipeline, deren Jobs angezeigt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Jobs and their stages</source>
        <translation>Jobs und ihre Stages</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Environment tiers</source>
        <translation>Umgebungsstufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guessed from the names when deployments were imported. Deployments to production environments are the ones the delivery metrics count.</source>
        <translation>Beim Import der Bereitstellungen aus den Namen abgeleitet. Die Auslieferungsmetriken zählen nur Bereitstellungen in Produktionsumgebungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Environments and their tiers</source>
        <translation>Umgebungen und ihre Stufen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No environments yet. They are made when deployments to them are imported.</source>
        <translation>Noch keine Umgebungen. Sie werden angelegt, wenn Bereitstellungen in sie importiert werden.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 (%2 jobs)</source>
        <extracomment>A pipeline in the mapping&apos;s choice: &quot;CI — storefront (1,204 jobs)&quot;.</extracomment>
        <translation>%1 (%2 Jobs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 (%3 jobs)</source>
        <translation>%1 — %2 (%3 Jobs)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No pipeline has imported jobs yet. Runs count for a pipeline of the workspace when they have its name: import the pipeline&apos;s file (Import &gt; Import Pipeline…), then sync the CI connection.</source>
        <translation>Noch keine Pipeline hat importierte Jobs. Läufe zählen für eine Pipeline des Arbeitsbereichs, wenn sie deren Namen tragen: Importieren Sie die Datei der Pipeline (Importieren &gt; Pipeline importieren…) und synchronisieren Sie dann die CI-Verbindung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This pipeline&apos;s runs have no jobs.</source>
        <translation>Die Läufe dieser Pipeline haben keine Jobs.</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::CiSourceListModel</name>
    <message>
        <location filename="../views/ci/cisourcelistmodel.cpp" line="+39"/>
        <source>last synced %1</source>
        <translation>zuletzt synchronisiert %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>service %1 · %2</source>
        <extracomment>A CI connection&apos;s second line: &quot;service storefront · last synced 3 h ago&quot;.</extracomment>
        <translation>Dienst %1 · %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Last synced: %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
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
        <location filename="../views/history/commitfilterbar.cpp" line="+119"/>
        <location line="+39"/>
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
    <name>flowdeck::views::ConnectStagesDialog</name>
    <message>
        <location filename="../views/pipelines/connectstagesdialog.cpp" line="+23"/>
        <source>Connect Stages</source>
        <translation>Stages verbinden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stage that runs first</source>
        <translation>Stage, die zuerst läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage that waits for it</source>
        <translation>Stage, die darauf wartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;First:</source>
        <translation>&amp;Zuerst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Then:</source>
        <translation>&amp;Dann:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose two different stages.</source>
        <translation>Wählen Sie zwei verschiedene Stages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” runs after “%2” already.</source>
        <translation>„%1“ läuft bereits nach „%2“.</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::CumulativeFlowChart</name>
    <message>
        <location filename="../views/metrics/cumulativeflowchart.cpp" line="+38"/>
        <source>How does work flow towards production?</source>
        <translation>Wie fließt die Arbeit in Richtung Produktion?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In production</source>
        <translation>In Produktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In pre-production</source>
        <translation>In Vorproduktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged, not deployed</source>
        <translation>Gemergt, nicht bereitgestellt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+44"/>
        <source>No changes merged or deployed in this period</source>
        <translation>Keine Änderungen in diesem Zeitraum gemergt oder bereitgestellt</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>End of %1
Merged, not deployed: %2
In pre-production: %3
In production: %4</source>
        <translation>Ende des %1
Gemergt, nicht bereitgestellt: %2
In Vorproduktion: %3
In Produktion: %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changes in production by the end of %1</source>
        <translation>Änderungen in Produktion bis zum Ende des %1</translation>
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
    <name>flowdeck::views::DeploymentsChart</name>
    <message>
        <location filename="../views/metrics/deploymentschart.cpp" line="+23"/>
        <source>Deployed without failure</source>
        <translation>Ohne Fehler bereitgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caused a failure</source>
        <translation>Fehler verursacht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How often do we deploy to production?</source>
        <translation>Wie oft stellen wir in Produktion bereit?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployments per week</source>
        <translation>Bereitstellungen pro Woche</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+36"/>
        <source>No production deployments in this period</source>
        <translation>Keine Produktionsbereitstellungen in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Week of %1
Caused a failure: %2
Production deployments: %3</source>
        <translation>Woche vom %1
Fehler verursacht: %2
Produktionsbereitstellungen: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week of %1
Without a failure: %2
Production deployments: %3</source>
        <translation>Woche vom %1
Ohne Fehler: %2
Produktionsbereitstellungen: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deployments that caused a failure in the week of %1</source>
        <translation>Bereitstellungen, die in der Woche vom %1 einen Fehler verursacht haben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Production deployments in the week of %1</source>
        <translation>Produktionsbereitstellungen in der Woche vom %1</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::DoraTiles</name>
    <message>
        <location filename="../views/metrics/doratiles.cpp" line="+33"/>
        <source>Deployment frequency</source>
        <translation>Bereitstellungshäufigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time for changes</source>
        <translation>Durchlaufzeit für Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change failure rate</source>
        <translation>Änderungsfehlerrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed deployment recovery time</source>
        <translation>Wiederherstellungszeit nach fehlgeschlagenen Bereitstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployment rework rate</source>
        <translation>Nacharbeitsquote der Bereitstellungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deployment frequency</source>
        <comment>short tile title</comment>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time for changes</source>
        <comment>short tile title</comment>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change failure rate</source>
        <comment>short tile title</comment>
        <translation>Änderungsfehlerrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery time</source>
        <comment>short tile title</comment>
        <translation>Wiederherstellungszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rework rate</source>
        <comment>short tile title</comment>
        <translation>Nacharbeitsquote</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>DORA %1</source>
        <translation>DORA %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No level: nothing to judge in this period.</source>
        <translation>Kein Niveau: In diesem Zeitraum gibt es nichts zu bewerten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level %1 in %2: %3</source>
        <translation>Niveau %1 nach %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level %1 in %2</source>
        <translation>Niveau %1 nach %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click to see the records.</source>
        <translation>Klicken, um die Datensätze anzuzeigen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>/week</source>
        <translation>/Woche</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>/day</source>
        <translation>/Tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>/month</source>
        <translation>/Monat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Successful production deployments: %1</source>
        <translation>Erfolgreiche Produktionsbereitstellungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in the period: %1</source>
        <translation>Tage im Zeitraum: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a day, %2 a week</source>
        <translation>%1 pro Tag, %2 pro Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days with a deployment in a median week: %1</source>
        <translation>Tage mit Bereitstellung in einer Median-Woche: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deployments in the period before: %1, %2 a day</source>
        <translation>Bereitstellungen im vorherigen Zeitraum: %1, %2 pro Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Successful deployments to production (environments of tier production) that finished in the period.</source>
        <translation>Erfolgreiche Bereitstellungen in Produktion (Umgebungen der Stufe Produktion), die im Zeitraum abgeschlossen wurden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>author time</source>
        <translation>Autorenzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committer time</source>
        <translation>Committerzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>85th percentile %1</source>
        <translation>85. Perzentil %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes: %1</source>
        <translation>Änderungen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out for a span of zero or less: %1</source>
        <translation>Ausgelassen wegen einer Dauer von null oder weniger: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>Period before: median %1</source>
        <translation>Vorheriger Zeitraum: Median %1</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>For each commit first shipped to production by a successful deployment that finished in the period: from the commit&apos;s %1 to that deployment&apos;s finish.</source>
        <translation>Für jeden Commit, der erstmals durch eine erfolgreiche, im Zeitraum abgeschlossene Bereitstellung in Produktion ausgeliefert wurde: von der %1 des Commits bis zum Abschluss dieser Bereitstellung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+58"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Deployments that caused a failure: %1 of %2</source>
        <translation>Bereitstellungen, die einen Fehler verursacht haben: %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incidents traced to no deployment: %1</source>
        <translation>Vorfälle ohne zugeordnete Bereitstellung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+65"/>
        <source>Period before: %1 of %2</source>
        <translation>Vorheriger Zeitraum: %1 von %2</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The share of successful production deployments in the period that caused a failure: an incident linked to it (or else to the last production deployment of its service before the incident began), or a rollback (the next production deployment of the service shipped an older version).</source>
        <translation>Der Anteil der erfolgreichen Produktionsbereitstellungen im Zeitraum, die einen Fehler verursacht haben: einen mit ihr verknüpften Vorfall (andernfalls wird ein Vorfall der letzten Produktionsbereitstellung seines Dienstes vor seinem Beginn zugerechnet) oder einen Rollback (die nächste Produktionsbereitstellung des Dienstes lieferte eine ältere Version aus).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recoveries: %1</source>
        <translation>Wiederherstellungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failures not yet recovered: %1</source>
        <translation>Noch nicht behobene Fehler: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For each deployment that caused a failure: from its finish to the resolution of its incident, or to the next successful deployment of the service after a rollback.</source>
        <translation>Für jede Bereitstellung, die einen Fehler verursacht hat: von ihrem Abschluss bis zur Behebung ihres Vorfalls oder bis zur nächsten erfolgreichen Bereitstellung des Dienstes nach einem Rollback.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rework deployments: %1 of %2</source>
        <translation>Nacharbeitsbereitstellungen: %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The benchmarks rank no levels for it.</source>
        <translation>Die Vergleichsmaßstäbe sehen dafür keine Niveaus vor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The share of production deployments in the period that were unplanned fixes: the fix of a linked incident, a rollback, or a branch or commit message matching the hotfix pattern.</source>
        <translation>Der Anteil der Produktionsbereitstellungen im Zeitraum, die ungeplante Korrekturen waren: die Behebung eines verknüpften Vorfalls, ein Rollback oder ein Branch bzw. eine Commit-Nachricht, die zum Hotfix-Muster passt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Successful production deployments, %1</source>
        <translation>Erfolgreiche Produktionsbereitstellungen, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes first shipped to production, %1</source>
        <translation>Erstmals in Produktion ausgelieferte Änderungen, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Production deployments and the failures they caused, %1</source>
        <translation>Produktionsbereitstellungen und die von ihnen verursachten Fehler, %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failures and their recovery, %1</source>
        <translation>Fehler und ihre Wiederherstellung, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rework deployments, %1</source>
        <translation>Nacharbeitsbereitstellungen, %1</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::DrillDownDialog</name>
    <message>
        <location filename="../views/metrics/drilldowndialog.cpp" line="+80"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovery time</source>
        <translation>Wiederherstellungszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Deployed</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Span</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+257"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Queue</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flow efficiency</source>
        <translation>Flusseffizienz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull requests</source>
        <translation>Pull Requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merged</source>
        <translation>Gemergt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coding</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deploy</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 failure</source>
        <translation>1 Fehler</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n failures</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 deployment</source>
        <translation>1 Bereitstellung</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n deployments</source>
        <translation>
            <numerusform>%n Bereitstellung</numerusform>
            <numerusform>%n Bereitstellungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 run</source>
        <translation>1 Lauf</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n runs</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 pull request</source>
        <translation>1 Pull Request</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n pull requests</source>
        <translation>
            <numerusform>%n Pull Request</numerusform>
            <numerusform>%n Pull Requests</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No records are behind this figure.</source>
        <extracomment>Separates the counts under a drill-down&apos;s title: &quot;12 deployments · 3 failures&quot;.</extracomment>
        <translation>Hinter dieser Kennzahl stehen keine Datensätze.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the records…</source>
        <translation>Datensätze werden gelesen…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The records could not be read: %1</source>
        <translation>Die Datensätze konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This deployment is no longer in the workspace.</source>
        <translation>Diese Bereitstellung ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This commit is no longer in the workspace.</source>
        <translation>Dieser Commit ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No production deployment has shipped this change yet.</source>
        <translation>Noch keine Produktionsbereitstellung hat diese Änderung ausgeliefert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 %2</source>
        <extracomment>A deployment named by its service and version: &quot;cart 1.4&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rolled back</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident, rolled back</source>
        <translation>Vorfall, Rollback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): %3 – %4</source>
        <extracomment>An incident in a tooltip: its title, severity, start and resolution.</extracomment>
        <translation>%1 (%2): %3 – %4</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This pull request is no longer in the workspace.</source>
        <translation>Dieser Pull Request ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#%1</source>
        <extracomment>A pull request&apos;s number: &quot;#42&quot;.</extracomment>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2 to %3, %4</source>
        <extracomment>Where a pull request went to production: &quot;cart 1.4 to production, 2 Dec 2023 00:00&quot;.</extracomment>
        <translation>%1 %2 nach %3, %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The time of its first commit is unknown, or after it was opened.</source>
        <translation>Der Zeitpunkt seines ersten Commits ist unbekannt oder liegt nach seiner Eröffnung.</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+47"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An incident of this deployment is still open.</source>
        <translation>Ein Vorfall dieser Bereitstellung ist noch offen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch %1</source>
        <translation>Branch %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work ÷ (queue + work)</source>
        <translation>Bearbeitungszeit ÷ (Wartezeit + Bearbeitungszeit)</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::EntryListDialog</name>
    <message>
        <location filename="../views/releases/entrylistdialog.cpp" line="+34"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
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
    <name>flowdeck::views::EnvironmentTierModel</name>
    <message>
        <location filename="../views/ci/environmenttiermodel.cpp" line="+38"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Testing</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Deployments to %1 count as production deployments in the metrics.</source>
        <translation>Bereitstellungen in %1 zählen in den Metriken als Produktionsbereitstellungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployments to %1 do not count as production deployments; choose Production if they should.</source>
        <translation>Bereitstellungen in %1 zählen nicht als Produktionsbereitstellungen; wählen Sie „Produktion“, wenn sie zählen sollen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environments are made when deployments to them are imported</source>
        <translation>Umgebungen werden angelegt, wenn Bereitstellungen in sie importiert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the environment is: production deployments count for the DORA metrics</source>
        <translation>Die Art der Umgebung: Produktionsbereitstellungen zählen für die DORA-Metriken</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::EnvironmentsPage</name>
    <message>
        <location filename="../views/environments/environmentspage.cpp" line="+39"/>
        <source>development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>testing</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>waits %1</source>
        <translation>Wartezeit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p85 %1 · 1 promotion</source>
        <translation>p85 %1 · 1 Hochstufung</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>p85 %1 · %n promotions</source>
        <translation>
            <numerusform>p85 %1 · %n Hochstufung</numerusform>
            <numerusform>p85 %1 · %n Hochstufungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One version waited in %1 for %2 before its deployment to %3 started.</source>
        <translation>Eine Version wartete %2 in %1, bevor ihre Bereitstellung in %3 begann.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Versions waited in %1 a median of %2 (85th percentile %3) before their deployment to %4 started, over %n promotions.</source>
        <translation>
            <numerusform>Versionen warteten in %1 im Median %2 (85. Perzentil %3), bevor ihre Bereitstellung in %4 begann, bei %n Hochstufung.</numerusform>
            <numerusform>Versionen warteten in %1 im Median %2 (85. Perzentil %3), bevor ihre Bereitstellung in %4 begann, bei %n Hochstufungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no promotions</source>
        <translation>keine Hochstufungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No version went from %1 to %2 in the period.</source>
        <translation>Im Zeitraum wurde keine Version von %1 nach %2 hochgestuft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One deployment to %1 brought a version that had not been in %2 before; it is not counted.</source>
        <translation>Eine Bereitstellung in %1 brachte eine Version, die vorher nicht in %2 war; sie wird nicht gezählt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deployments to %1 brought versions that had not been in %2 before; they are not counted.</source>
        <translation>
            <numerusform>%n Bereitstellung in %1 brachte eine Version, die vorher nicht in %2 war; sie wird nicht gezählt.</numerusform>
            <numerusform>%n Bereitstellungen in %1 brachten Versionen, die vorher nicht in %2 waren; sie werden nicht gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the environments…</source>
        <translation>Umgebungen werden gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No environments yet</source>
        <translation>Noch keine Umgebungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page shows the path changes take from environment to environment, what each service runs in each of them, and how long versions wait before they move on. Environments come with imported pipelines and deployments; open the demo workspace to see a promotion path with a year of deployments.</source>
        <translation>Diese Seite zeigt den Weg, den Änderungen von Umgebung zu Umgebung nehmen, welche Version jedes Dienstes in jeder davon läuft und wie lange Versionen warten, bevor sie weiterziehen. Umgebungen kommen mit importierten Pipelines und Bereitstellungen; öffnen Sie den Demo-Arbeitsbereich, um einen Hochstufungspfad mit einem Jahr Bereitstellungen zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open demo workspace</source>
        <translation>Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a sample workspace with a year of a retail company&apos;s delivery history</source>
        <translation>Einen Beispiel-Arbeitsbereich mit einem Jahr Auslieferungshistorie eines Einzelhandelsunternehmens öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion graph of the environments</source>
        <translation>Hochstufungsgraph der Umgebungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each arrow is a promotion path, labelled with how long versions waited before they were promoted along it: the median, and the 85th percentile after it. ◷ marks a version still waiting to move on.</source>
        <translation>Jeder Pfeil ist ein Hochstufungspfad, beschriftet damit, wie lange Versionen warteten, bevor sie entlang des Pfeils hochgestuft wurden: zuerst der Median, danach das 85. Perzentil. ◷ markiert eine Version, die noch auf ihre Hochstufung wartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for promotion</source>
        <translation>Warten auf Hochstufung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No version is waiting: every environment&apos;s version has moved on to the next.</source>
        <translation>Keine Version wartet: Die Version jeder Umgebung ist in die nächste weitergezogen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions waiting for promotion</source>
        <translation>Versionen, die auf Hochstufung warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting in</source>
        <translation>Wartet in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Weiter nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Waits over the %1 days up to the latest deployment, %2.</source>
        <translation>Wartezeiten in den %1 Tagen bis zur letzten Bereitstellung am %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No deployments recorded yet.</source>
        <translation>Noch keine Bereitstellungen erfasst.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 · %2</source>
        <extracomment>On an environment card, under the service: &quot;3f2a1bc · 2 days ago&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 runs in %3 since %4.</source>
        <translation>%1 %2 läuft seit %4 in %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>◷ waiting %1</source>
        <translation>◷ wartet seit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has not been promoted since it arrived, %1 ago.</source>
        <translation>Sie wurde seit ihrer Ankunft vor %1 nicht hochgestuft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing deployed yet</source>
        <translation>Noch nichts bereitgestellt</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The environments of %1 could not be read.</source>
        <translation>Die Umgebungen von %1 konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::FailuresChart</name>
    <message>
        <location filename="../views/metrics/failureschart.cpp" line="+33"/>
        <source>Change failures</source>
        <translation>Änderungsfehler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How often do we fail, and how fast do we recover?</source>
        <translation>Wie oft scheitern wir, und wie schnell erholen wir uns?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recovery time</source>
        <translation>Wiederherstellungszeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failures per week</source>
        <translation>Fehler pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery time (log scale)</source>
        <translation>Wiederherstellungszeit (log. Skala)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+63"/>
        <source>No production deployments in this period</source>
        <translation>Keine Produktionsbereitstellungen in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Median recovery %1</source>
        <translation>Median Wiederherstellung %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No deployment caused a failure in this period</source>
        <translation>Keine Bereitstellung hat in diesem Zeitraum einen Fehler verursacht</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Week of %1
Change failures: %2
Production deployments: %3</source>
        <translation>Woche vom %1
Änderungsfehler: %2
Produktionsbereitstellungen: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recovered yet: %1</source>
        <translation>Noch nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change failures in the week of %1</source>
        <translation>Änderungsfehler in der Woche vom %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recovered after: %1
Failed: %2
Recovered: %3</source>
        <translation>Wiederhergestellt nach: %1
Fehlgeschlagen: %2
Wiederhergestellt: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Failure of %1, recovered after %2</source>
        <translation>Fehler vom %1, wiederhergestellt nach %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Median recovery time: %1
Recoveries: %2</source>
        <translation>Median der Wiederherstellungszeit: %1
Wiederherstellungen: %2</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::FlowFigures</name>
    <message>
        <location filename="../views/metrics/flowfigures.cpp" line="+69"/>
        <source>Changes shipped to production, %1</source>
        <translation>In Produktion ausgelieferte Änderungen, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipeline runs, %1</source>
        <translation>Pipeline-Läufe, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes merged but not in production at the period&apos;s end, %1</source>
        <translation>Änderungen, die am Ende des Zeitraums gemergt, aber nicht in Produktion waren, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle times of the changes shipped to production, %1</source>
        <translation>Zykluszeiten der in Produktion ausgelieferten Änderungen, %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 changes/week</source>
        <translation>%1 Änderungen/Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes first shipped to production per week of the period: %1. Click to see them.</source>
        <translation>Erstmals in Produktion ausgelieferte Änderungen pro Woche des Zeitraums: %1. Klicken Sie, um sie anzuzeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work ÷ (queue + work) over the jobs of the pipeline runs that finished in the period (%1): %2 %. Click to see the runs.</source>
        <translation>Arbeit ÷ (Wartezeit + Arbeit) über die Jobs der im Zeitraum beendeten Pipeline-Läufe (%1): %2 %. Klicken Sie, um die Läufe anzuzeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pipeline run of the period has job times.</source>
        <translation>Kein Pipeline-Lauf des Zeitraums hat Job-Zeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes merged but not in production at the end of the period. Click to see them and how long each has waited.</source>
        <translation>Änderungen, die am Ende des Zeitraums gemergt, aber nicht in Produktion waren. Klicken Sie, um sie zu sehen und wie lange jede gewartet hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From a change&apos;s merge (committer time) to its first production deployment, for the changes shipped in the period (%1): median %2, 85th percentile %3. Click to see them.</source>
        <translation>Vom Merge einer Änderung (Committer-Zeit) bis zu ihrer ersten Produktionsbereitstellung, für die im Zeitraum ausgelieferten Änderungen (%1): Median %2, 85. Perzentil %3. Klicken Sie, um sie zu sehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flow efficiency</source>
        <translation>Flusseffizienz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work in progress</source>
        <translation>Laufende Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle time (median)</source>
        <translation>Zykluszeit (Median)</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::GraphMinimap</name>
    <message>
        <location filename="../views/pipelines/graphminimap.cpp" line="+28"/>
        <source>The whole pipeline: click or drag to move the view</source>
        <translation>Die gesamte Pipeline: Klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview of the whole pipeline</source>
        <translation>Übersicht über die gesamte Pipeline</translation>
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
    <name>flowdeck::views::JobStageModel</name>
    <message>
        <location filename="../views/ci/jobstagemodel.cpp" line="+68"/>
        <source>(automatic: no stage)</source>
        <extracomment>The stage choice that leaves it to the rules; %1 is the stage they find.</extracomment>
        <translation>(automatisch: keine Stage)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(automatic: %1)</source>
        <translation>(automatisch: %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+76"/>
        <source>(no stage)</source>
        <translation>(keine Stage)</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Mapped to no stage: these jobs count for none of the pipeline&apos;s stages.</source>
        <translation>Keiner Stage zugeordnet: Diese Jobs zählen für keine Stage der Pipeline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapped by you onto the stage &quot;%1&quot;.</source>
        <translation>Von Ihnen der Stage „%1“ zugeordnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found automatically: the stage &quot;%1&quot; has the job&apos;s name.</source>
        <translation>Automatisch gefunden: Die Stage „%1“ trägt den Namen des Jobs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found automatically: the stage &quot;%1&quot; has the job&apos;s name without its matrix values.</source>
        <translation>Automatisch gefunden: Die Stage „%1“ trägt den Namen des Jobs ohne seine Matrix-Werte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found automatically: the stage &quot;%1&quot; has the name of the job&apos;s group on the CI server.</source>
        <translation>Automatisch gefunden: Die Stage „%1“ trägt den Namen der Gruppe des Jobs auf dem CI-Server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No stage has the job&apos;s name, its name without matrix values, or its group&apos;s name: choose one.</source>
        <translation>Keine Stage trägt den Namen des Jobs, seinen Namen ohne Matrix-Werte oder den Namen seiner Gruppe: Wählen Sie eine aus.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1
Group on the CI server: %2</source>
        <translation>%1
Gruppe auf dem CI-Server: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No stored job has this name: the mapping waits for the next sync.</source>
        <translation>Kein gespeicherter Job trägt diesen Namen: Die Zuordnung wartet auf die nächste Synchronisierung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stored jobs of this name</source>
        <translation>%1 gespeicherte Jobs mit diesem Namen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The job&apos;s name on the CI server</source>
        <translation>Der Name des Jobs auf dem CI-Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many stored jobs have this name</source>
        <translation>Wie viele gespeicherte Jobs diesen Namen tragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pipeline stage these jobs count for; choose to correct it</source>
        <translation>Die Pipeline-Stage, für die diese Jobs zählen; zum Korrigieren auswählen</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::JobTableModel</name>
    <message>
        <location filename="../views/runs/jobtablemodel.cpp" line="+117"/>
        <source>%1 (attempt %2)</source>
        <extracomment>A job that ran again: &quot;test (attempt 2)&quot;.</extracomment>
        <translation>%1 (Versuch %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Group on the CI server: %1</source>
        <translation>Gruppe auf dem CI-Server: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to open the job on the CI server</source>
        <translation>Doppelklicken, um den Job auf dem CI-Server zu öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not mapped to a stage of the pipeline</source>
        <translation>Keiner Stage der Pipeline zugeordnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waited %1 for a runner: queued %2, started %3</source>
        <translation>Wartezeit %1 auf einen Runner: eingereiht %2, gestartet %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown: the queue or start time of the job is not known.</source>
        <translation>Unbekannt: Die Warteschlangen- oder Startzeit des Jobs ist nicht bekannt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not finished; started %1</source>
        <translation>Nicht beendet; gestartet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown: the start or the end of the job is not known.</source>
        <translation>Unbekannt: Start oder Ende des Jobs ist nicht bekannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran %1: started %2, finished %3</source>
        <translation>Laufzeit %1: gestartet %2, beendet %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of which paused, waiting for input: %1</source>
        <translation>Davon pausiert, wartend auf Eingabe: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CI server names no runner</source>
        <translation>Der CI-Server nennt keinen Runner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How long the job waited for a runner, from queued to started</source>
        <translation>Wie lange der Job auf einen Runner wartete, von der Einreihung bis zum Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long the job ran, from started to finished</source>
        <translation>Wie lange der Job lief, vom Start bis zum Ende</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waited</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runner</source>
        <translation>Runner</translation>
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
    <name>flowdeck::views::LeadTimeChart</name>
    <message>
        <location filename="../views/metrics/leadtimechart.cpp" line="+75"/>
        <source>How long do changes take to reach production?</source>
        <translation>Wie lange brauchen Änderungen bis in die Produktion?</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Deployed to production</source>
        <translation>In Produktion bereitgestellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead time (log scale)</source>
        <translation>Durchlaufzeit (log. Skala)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+71"/>
        <source>No changes reached production in this period</source>
        <translation>In diesem Zeitraum hat keine Änderung die Produktion erreicht</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>85th percentile %1</source>
        <translation>85. Perzentil %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Changes (near ones drawn as one point)</source>
        <translation>Änderungen (nahe beieinander als ein Punkt gezeichnet)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Lead time: %1
Deployed: %2
Changes here: %3</source>
        <translation>Durchlaufzeit: %1
Bereitgestellt: %2
Änderungen hier: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lead time: %1 – %2
Deployed: %3 – %4
Changes here: %5 (near points drawn as one)</source>
        <extracomment>A point of the control chart that stands for changes of several lead times or deployments close together.</extracomment>
        <translation>Durchlaufzeit: %1 – %2
Bereitgestellt: %3 – %4
Änderungen hier: %5 (nahe Punkte als einer gezeichnet)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changes deployed %1 with a lead time of %2</source>
        <translation>Am %1 bereitgestellte Änderungen mit einer Durchlaufzeit von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes deployed %1 – %2 with a lead time of %3 – %4</source>
        <translation>Änderungen, bereitgestellt %1 – %2, mit einer Durchlaufzeit von %3 – %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Median lead time: %1
Changes: %2</source>
        <translation>Median der Durchlaufzeit: %1
Änderungen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>85th percentile of lead time: %1
Changes: %2</source>
        <translation>85. Perzentil der Durchlaufzeit: %1
Änderungen: %2</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::LeadTimeHistogram</name>
    <message>
        <location filename="../views/metrics/leadtimehistogram.cpp" line="+36"/>
        <location line="+21"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>How are lead times spread?</source>
        <translation>Wie verteilen sich die Durchlaufzeiten?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long from merge to production?</source>
        <translation>Wie lange dauert es vom Merge bis in die Produktion?</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+57"/>
        <source>No changes reached production in this period</source>
        <translation>In diesem Zeitraum hat keine Änderung die Produktion erreicht</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1–4 h</source>
        <translation>1–4 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4–24 h</source>
        <translation>4–24 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1–3 d</source>
        <translation>1–3 T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3–7 d</source>
        <translation>3–7 T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1–2 w</source>
        <translation>1–2 Wo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2–4 w</source>
        <translation>2–4 Wo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&gt; 4 w</source>
        <translation>&gt; 4 Wo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Lead time of 1 change</source>
        <translation>Durchlaufzeit von 1 Änderung</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Lead time of %n changes</source>
        <translation>
            <numerusform>Durchlaufzeit von %n Änderung</numerusform>
            <numerusform>Durchlaufzeit von %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle time of 1 change</source>
        <translation>Zykluszeit von 1 Änderung</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cycle time of %n changes</source>
        <translation>
            <numerusform>Zykluszeit von %n Änderung</numerusform>
            <numerusform>Zykluszeit von %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Lead time %1
Changes: %2 (%3 % of %4)</source>
        <extracomment>A lead time bin, the number of changes in it and their share of all: &quot;Changes: 12 (30 % of 40)&quot;.</extracomment>
        <translation>Durchlaufzeit %1
Änderungen: %2 (%3 % von %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle time %1
Changes: %2 (%3 % of %4)</source>
        <extracomment>A cycle time bin, the number of changes in it and their share of all: &quot;Changes: 12 (30 % of 40)&quot;.</extracomment>
        <translation>Zykluszeit %1
Änderungen: %2 (%3 % von %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes with a lead time of %1</source>
        <translation>Änderungen mit einer Durchlaufzeit von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes with a cycle time of %1</source>
        <translation>Änderungen mit einer Zykluszeit von %1</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::MapCanvas</name>
    <message>
        <location filename="../views/valuestream/mapcanvas.cpp" line="+27"/>
        <location line="+23"/>
        <location filename="../views/valuestream/mapexport.cpp" line="+108"/>
        <source>Value stream map</source>
        <translation>Wertstromkarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/valuestream/mapexport.cpp" line="+1"/>
        <source>Value stream map: %1</source>
        <translation>Wertstromkarte: %1</translation>
    </message>
    <message>
        <location filename="../views/valuestream/mapexport.cpp" line="-52"/>
        <source>Could not write the map to %1: the folder %2 does not exist.</source>
        <translation>Die Karte konnte nicht nach %1 geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Could not write the map to %1: %2.</source>
        <translation>Die Karte konnte nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not write the map to %1: there is no map to export.</source>
        <translation>Die Karte konnte nicht nach %1 geschrieben werden: Es gibt keine Karte zum Exportieren.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A value stream map in lean notation. %1</source>
        <extracomment>The exported SVG&apos;s description: the captions of the maps in it, e.g. &quot;Current state, Future state&quot;.</extracomment>
        <translation>Eine Wertstromkarte in Lean-Notation. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write the map to %1: the SVG could not be started.</source>
        <translation>Die Karte konnte nicht nach %1 geschrieben werden: Das SVG konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write the map to %1: the scale %2 is not between 0 and 8.</source>
        <translation>Die Karte konnte nicht nach %1 geschrieben werden: Die Skalierung %2 liegt nicht zwischen 0 und 8.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write the map to %1: at %2 × %3 pixels it is too large for a PNG; export it as SVG or at a smaller scale.</source>
        <translation>Die Karte konnte nicht nach %1 geschrieben werden: Mit %2 × %3 Pixeln ist sie für ein PNG zu groß; exportieren Sie sie als SVG oder mit kleinerer Skalierung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not write the map to %1: there is not enough memory for a %2 × %3 image.</source>
        <translation>Die Karte konnte nicht nach %1 geschrieben werden: Für ein Bild von %2 × %3 ist nicht genug Speicher vorhanden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not write the map to %1: the PNG could not be encoded.</source>
        <translation>Die Karte konnte nicht nach %1 geschrieben werden: Das PNG konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location filename="../views/valuestream/maplayout.cpp" line="+186"/>
        <location filename="../views/valuestream/mappainter.cpp" line="+207"/>
        <source>PT</source>
        <translation>PZ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../views/valuestream/mappainter.cpp" line="+1"/>
        <source>LT</source>
        <translation>DLZ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../views/valuestream/mappainter.cpp" line="+1"/>
        <source>%C&amp;A</source>
        <translation>%C&amp;A</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../views/valuestream/mappainter.cpp" line="+1"/>
        <location filename="../views/valuestream/mappaintertext.cpp" line="+118"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/valuestream/mappainter.cpp" line="+2"/>
        <source>WIP</source>
        <translation>WIP</translation>
    </message>
    <message>
        <location line="+222"/>
        <location filename="../views/valuestream/mappainterladder.cpp" line="+109"/>
        <source>Lead time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../views/valuestream/mappainterladder.cpp" line="+1"/>
        <source>Process time</source>
        <translation>Prozesszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/valuestream/mappainterladder.cpp" line="+1"/>
        <source>Activity ratio</source>
        <translation>Flussgrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../views/valuestream/mappainterladder.cpp" line="+1"/>
        <source>Rolled %C&amp;A</source>
        <translation>Gesamter %C&amp;A</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>under 5 %</source>
        <translation>unter 5 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5–15 %</source>
        <translation>5–15 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>15–30 %</source>
        <translation>15–30 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 % or more</source>
        <translation>30 % oder mehr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≈ Estimate</source>
        <translation>≈ Schätzung</translation>
    </message>
    <message>
        <location filename="../views/valuestream/mappainter.cpp" line="-154"/>
        <location filename="../views/valuestream/mappaintertext.cpp" line="+4"/>
        <source>Share of lead time</source>
        <translation>Anteil an der Durchlaufzeit</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>I</source>
        <comment>the inventory triangle&apos;s letter</comment>
        <translation>I</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>WIP %1</source>
        <translation>WIP %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Bottleneck: %1 of lead time</source>
        <translation>Engpass: %1 der Durchlaufzeit</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>This map has no steps yet.</source>
        <translation>Diese Karte hat noch keine Schritte.</translation>
    </message>
    <message>
        <location filename="../views/valuestream/mappainterladder.cpp" line="-6"/>
        <location filename="../views/valuestream/mappaintertext.cpp" line="+2"/>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Totals</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Lead time to scale along the critical path: waiting hatched, processing solid</source>
        <translation>Durchlaufzeit maßstabsgetreu entlang des kritischen Pfads: Wartezeit schraffiert, Prozesszeit ausgefüllt</translation>
    </message>
    <message>
        <location filename="../views/valuestream/mappaintertext.cpp" line="-84"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>≈ %1</source>
        <extracomment>A workshop estimate&apos;s figure: &quot;≈ 2 h&quot;.</extracomment>
        <translation>≈ %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+16"/>
        <source>%1 %</source>
        <extracomment>Percent complete and accurate: &quot;92 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bottleneck: %1</source>
        <translation>Engpass: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>85th percentile</source>
        <translation>85. Perzentil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured: the %1 of 1 record</source>
        <translation>Gemessen: %1 aus 1 Datensatz</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Measured: the %1 of %n records</source>
        <translation>
            <numerusform>Gemessen: %1 aus %n Datensatz</numerusform>
            <numerusform>Gemessen: %1 aus %n Datensätzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workshop estimate</source>
        <translation>Workshop-Schätzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait before it</source>
        <translation>Wartezeit davor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process time (PT)</source>
        <translation>Prozesszeit (PZ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time (LT)</source>
        <translation>Durchlaufzeit (DLZ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete and accurate (%C&amp;A)</source>
        <translation>Vollständig und korrekt (%C&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work in progress (WIP)</source>
        <translation>Bestand (WIP)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not on it</source>
        <translation>liegt nicht darauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slack</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank by share</source>
        <translation>Rang nach Anteil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Improvement ideas</source>
        <translation>Verbesserungsideen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with parallel branches</source>
        <translation>mit parallelen Zweigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total lead time %1, process time %2, activity ratio %3</source>
        <translation>gesamte Durchlaufzeit %1, Prozesszeit %2, Flussgrad %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bottleneck %1: %2</source>
        <translation>Engpass %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>selected: %1, wait %2, process time %3, lead time %4%5</source>
        <translation>ausgewählt: %1, Wartezeit %2, Prozesszeit %3, Durchlaufzeit %4%5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, an estimate</source>
        <translation>, eine Schätzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; </source>
        <extracomment>Separates the parts of the map&apos;s spoken summary.</extracomment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::MessageBar</name>
    <message>
        <location filename="../views/common/messagebar.cpp" line="+50"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the details of this message</source>
        <translation>Die Details dieser Meldung ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message details</source>
        <translation>Meldungsdetails</translation>
    </message>
    <message>
        <location line="+35"/>
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
    <name>flowdeck::views::MetricTile</name>
    <message>
        <location filename="../views/metrics/metrictile.cpp" line="+120"/>
        <source>no figure before to compare</source>
        <translation>kein früherer Wert zum Vergleich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>= no change</source>
        <translation>= unverändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 from none</source>
        <extracomment>The figure went up from zero, so no percentage can say by how much.</extracomment>
        <translation>%1 von null</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 %</source>
        <extracomment>An arrow and by how much the figure changed, in percent: &quot;▲ 12 %&quot;.</extracomment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>vs. period before</source>
        <translation>ggü. vorherigem Zeitraum</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>no figure</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, better than the period before</source>
        <translation>%1, besser als im vorherigen Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, worse than the period before</source>
        <translation>%1, schlechter als im vorherigen Zeitraum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; </source>
        <extracomment>Separates the parts of a tile&apos;s description for screen readers.</extracomment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::MetricsPage</name>
    <message>
        <location filename="../views/metrics/metricspage.cpp" line="+343"/>
        <source>The metrics could not be computed: %1</source>
        <translation>Die Metriken konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Hotfix Pattern</source>
        <translation>Hotfix-Muster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A deployment is rework when the branch of its run, or the summary of a commit it shipped, matches this regular expression (case-insensitive). Leave it empty to count only incident fixes and rollbacks.</source>
        <translation>Eine Bereitstellung ist Nacharbeit, wenn der Branch ihres Laufs oder die Zusammenfassung eines von ihr ausgelieferten Commits auf diesen regulären Ausdruck passt (ohne Beachtung der Groß-/Kleinschreibung). Lassen Sie ihn leer, um nur Vorfallbehebungen und Rollbacks zu zählen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a regular expression: %2 at character %3. Correct it, or cancel to keep &quot;%4&quot;.</source>
        <translation>„%1“ ist kein regulärer Ausdruck: %2 bei Zeichen %3. Korrigieren Sie ihn oder brechen Sie ab, um „%4“ zu behalten.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Compared with the period before, %1 · levels of DORA %2</source>
        <translation>Verglichen mit dem vorherigen Zeitraum, %1 · Niveaus nach DORA %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lead time from committer time</source>
        <translation>Durchlaufzeit ab Committer-Zeit</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No delivery history yet</source>
        <translation>Noch keine Auslieferungshistorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This page shows how often you deploy to production, how long changes take to get there, how often a deployment fails and how soon service is restored — the DORA keys — with flow figures and charts, for the services and period you choose. They are computed from the commits of your git repositories and the runs, deployments and incidents of your CI. Import a repository&apos;s history or connect a CI server to fill it.</source>
        <translation>Diese Seite zeigt, wie oft Sie in Produktion bereitstellen, wie lange Änderungen bis dorthin brauchen, wie oft eine Bereitstellung fehlschlägt und wie schnell der Betrieb wiederhergestellt ist — die DORA-Kennzahlen — mit Fluss-Kennzahlen und Diagrammen, für die Dienste und den Zeitraum Ihrer Wahl. Sie werden aus den Commits Ihrer Git-Repositorys und den Läufen, Bereitstellungen und Vorfällen Ihres CI berechnet. Importieren Sie die Historie eines Repositorys oder verbinden Sie einen CI-Server, um die Seite zu füllen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Git History…</source>
        <translation>Git-Historie importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a git repository to the workspace and import its history</source>
        <translation>Ein Git-Repository zum Arbeitsbereich hinzufügen und seine Historie importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect CI…</source>
        <translation>CI verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect GitHub, GitLab or Jenkins to import runs and deployments</source>
        <translation>GitHub, GitLab oder Jenkins verbinden, um Läufe und Bereitstellungen zu importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No production environment</source>
        <translation>Keine Produktionsumgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The metrics count deployments to production: to environments of tier production. None of this workspace&apos;s environments has that tier. Set the tier of your production environments in CI Connections, on the Mappings tab; the Environments page shows each environment&apos;s tier.</source>
        <translation>Die Metriken zählen Bereitstellungen in Produktion: in Umgebungen der Stufe „Produktion“. Keine Umgebung dieses Arbeitsbereichs hat diese Stufe. Legen Sie die Stufe Ihrer Produktionsumgebungen unter „CI-Verbindungen“ auf der Registerkarte „Zuordnungen“ fest; die Seite „Umgebungen“ zeigt die Stufe jeder Umgebung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set Environment Tiers…</source>
        <translation>Umgebungsstufen festlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open CI Connections, where the Mappings tab sets the tiers</source>
        <translation>„CI-Verbindungen“ öffnen, wo die Registerkarte „Zuordnungen“ die Stufen festlegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Environments</source>
        <translation>Umgebungen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the Environments page</source>
        <translation>Die Seite „Umgebungen“ anzeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The metrics of %1 could not be computed.</source>
        <translation>Die Metriken von %1 konnten nicht berechnet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file still exists and can be read, then open it again.</source>
        <translation>Prüfen Sie, ob die Datei noch existiert und lesbar ist, und öffnen Sie sie dann erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivery metrics</source>
        <translation>Auslieferungsmetriken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing the metrics…</source>
        <translation>Die Metriken werden berechnet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing…</source>
        <translation>Berechnung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Benchmark:</source>
        <translation>&amp;Vergleichsmaßstab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DORA 2021</source>
        <translation>DORA 2021</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DORA 2023</source>
        <translation>DORA 2023</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DORA 2024</source>
        <translation>DORA 2024</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The benchmark whose levels the tiles show</source>
        <translation>Der Vergleichsmaßstab, dessen Niveaus die Kacheln zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benchmark</source>
        <translation>Vergleichsmaßstab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How lead time and rework are measured</source>
        <translation>Wie Durchlaufzeit und Nacharbeit gemessen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics options</source>
        <translation>Metrik-Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead Time from Committer Time</source>
        <translation>Durchlaufzeit ab Committer-Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure lead time for changes from each commit&apos;s committer time (when it was last rewritten: a rebase, an amend, a squash merge) instead of its author time (when it was first written)</source>
        <translation>Misst die Durchlaufzeit für Änderungen ab der Committer-Zeit jedes Commits (wann er zuletzt umgeschrieben wurde: ein Rebase, ein Amend, ein Squash-Merge) statt ab seiner Autorzeit (wann er zuerst geschrieben wurde)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotfix Pattern…</source>
        <translation>Hotfix-Muster…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The regular expression that makes a deployment rework when its run&apos;s branch or a commit it shipped matches it; none is set, so only incident fixes and rollbacks are rework</source>
        <translation>Der reguläre Ausdruck, durch den eine Bereitstellung Nacharbeit ist, wenn der Branch ihres Laufs oder ein von ihr ausgelieferter Commit darauf passt; keiner ist gesetzt, daher zählen nur Vorfallbehebungen und Rollbacks als Nacharbeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The regular expression that makes a deployment rework when its run&apos;s branch or a commit it shipped matches it (case-insensitive); now &quot;%1&quot;</source>
        <translation>Der reguläre Ausdruck, durch den eine Bereitstellung Nacharbeit ist, wenn der Branch ihres Laufs oder ein von ihr ausgelieferter Commit darauf passt (ohne Beachtung der Groß-/Kleinschreibung); jetzt „%1“</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::NewReleaseDialog</name>
    <message numerus="yes">
        <location filename="../views/releases/newreleasedialog.cpp" line="+81"/>
        <source>%n task(s); carries %1</source>
        <translation>
            <numerusform>%n Aufgabe; enthält %1</numerusform>
            <numerusform>%n Aufgaben; enthält %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no service yet</source>
        <translation>noch kein Dienst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no release template yet. Make one with “New Template…” on the Releases page; releases are made from templates.</source>
        <translation>Es gibt noch keine Release-Vorlage. Legen Sie auf der Seite „Releases“ mit „Neue Vorlage…“ eine an; Releases werden aus Vorlagen erstellt.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Version of %1</source>
        <translation>Version von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version of %1 the release carries and deploys; left empty, the release’s version</source>
        <translation>Die Version von %1, die das Release enthält und bereitstellt; leer gelassen: die Version des Releases</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template deploys no service.</source>
        <translation>Die Vorlage stellt keinen Dienst bereit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version of each service the release carries; an empty field takes the release’s version.</source>
        <translation>Die Version jedes Dienstes, den das Release enthält; ein leeres Feld übernimmt die Version des Releases.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template whose tasks the release copies</source>
        <translation>Die Vorlage, deren Aufgaben das Release übernimmt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the release’s version</source>
        <translation>die Version des Releases</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New Release</source>
        <translation>Neues Release</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2.4.0</source>
        <translation>z. B. 2.4.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The release’s version; services without a version of their own get it</source>
        <translation>Die Version des Releases; Dienste ohne eigene Version erhalten sie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name unique among the workspace’s releases; suggested from the template and version</source>
        <translation>Ein unter den Releases des Arbeitsbereichs eindeutiger Name; vorgeschlagen aus Vorlage und Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned start</source>
        <translation>Geplanter Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the release is planned to start (your local time)</source>
        <translation>Wann das Release starten soll (Ihre Ortszeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned &amp;start:</source>
        <translation>Geplanter &amp;Start:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carried services</source>
        <translation>Enthaltene Dienste</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes a planned release from the template</source>
        <translation>Erstellt aus der Vorlage ein geplantes Release</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The workspace is open read-only: no release can be made in it.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt geöffnet: Darin kann kein Release erstellt werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give the release a name.</source>
        <translation>Geben Sie dem Release einen Namen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the version of %1 the release carries, or a version of the release.</source>
        <translation>Geben Sie die Version von %1 an, die das Release enthält, oder eine Version des Releases.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creating the release…</source>
        <translation>Release wird erstellt…</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::OptionalTimeEdit</name>
    <message>
        <location filename="../views/releases/optionaltimeedit.cpp" line="+23"/>
        <source>Ticked: the time beside it is set; unticked: there is none</source>
        <translation>Angehakt: Die Zeit daneben ist gesetzt; nicht angehakt: Es gibt keine</translation>
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
    <name>flowdeck::views::PeriodChooser</name>
    <message>
        <location filename="../views/common/periodchooser.cpp" line="+121"/>
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
</context>
<context>
    <name>flowdeck::views::PhaseBar</name>
    <message>
        <location filename="../views/metrics/phasebar.cpp" line="+45"/>
        <source>Each phase&apos;s share of the sum of the phases&apos; medians: %1</source>
        <translation>Anteil jeder Phase an der Summe der Mediane der Phasen: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 %2 %</source>
        <extracomment>A phase and its share of a whole: &quot;Review 25 %&quot;.</extracomment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · </source>
        <extracomment>Separates the phases&apos; shares: &quot;Coding 50 % · Review 25 %&quot;.</extracomment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::PipelineFileImport</name>
    <message>
        <location filename="../views/pipelines/pipelinefileimport.cpp" line="+35"/>
        <source>%1 defines no stages; nothing was imported.</source>
        <translation>%1 definiert keine Stages; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 stage</source>
        <translation>1 Stage</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n stages</source>
        <translation>
            <numerusform>%n Stage</numerusform>
            <numerusform>%n Stages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported “%1” from %2 (%3): %4.</source>
        <extracomment>&quot;Imported “CI” from ci.yml (GitHub Actions): 5 stages.&quot;</extracomment>
        <translation>„%1“ aus %2 (%3) importiert: %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New environments: %1.</source>
        <translation>Neue Umgebungen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not read (only local files are included): %1.</source>
        <translation>Nicht gelesen (nur lokale Dateien werden eingebunden): %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One thing in the file was not interpreted:</source>
        <translation>Eine Angabe in der Datei wurde nicht interpretiert:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n things in the file were not interpreted:</source>
        <translation>
            <numerusform>%n Angabe in der Datei wurde nicht interpretiert:</numerusform>
            <numerusform>%n Angaben in der Datei wurden nicht interpretiert:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::PipelineGraphPanel</name>
    <message>
        <location filename="../views/pipelines/pipelinegraphpanel.cpp" line="+232"/>
        <source>%1 %</source>
        <extracomment>The zoom of the pipeline drawing: &quot;80 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a pipeline from a GitHub Actions, GitLab CI, Concourse or Flowdeck YAML file</source>
        <translation>Eine Pipeline aus einer YAML-Datei von GitHub Actions, GitLab CI, Concourse oder Flowdeck importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Stage…</source>
        <translation>Stage hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a stage to this pipeline</source>
        <translation>Dieser Pipeline eine Stage hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename the selected stage</source>
        <translation>Die ausgewählte Stage umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected stage or connection</source>
        <translation>Die ausgewählte Stage oder Verbindung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make one stage wait for another; you can also drag from a stage&apos;s right edge onto another stage</source>
        <translation>Eine Stage auf eine andere warten lassen; Sie können auch vom rechten Rand einer Stage auf eine andere Stage ziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out</source>
        <translation>Ansicht verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in (or Ctrl+wheel)</source>
        <translation>Ansicht vergrößern (oder Strg+Mausrad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole pipeline</source>
        <translation>Die gesamte Pipeline zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline tools</source>
        <translation>Pipeline-Werkzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline drawing</source>
        <translation>Pipeline-Zeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stages as cards and what each waits for as arrows. Arrow keys move from stage to stage, F2 renames, Delete deletes.</source>
        <translation>Die Stages als Karten und als Pfeile, worauf jede wartet. Die Pfeiltasten wechseln von Stage zu Stage, F2 benennt um, Entf löscht.</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::PipelineListModel</name>
    <message>
        <location filename="../views/pipelines/pipelinelistmodel.cpp" line="+43"/>
        <source>1 stage</source>
        <translation>1 Stage</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n stages</source>
        <translation>
            <numerusform>%n Stage</numerusform>
            <numerusform>%n Stages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2</source>
        <extracomment>A pipeline&apos;s service and its number of stages: &quot;checkout · 11 stages&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::PipelineScene</name>
    <message>
        <location filename="../views/pipelines/pipelinescene.cpp" line="+138"/>
        <source>Not connected to any other stage</source>
        <translation>Mit keiner anderen Stage verbunden</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::PipelinesPage</name>
    <message>
        <location filename="../views/pipelines/pipelinespage.cpp" line="+265"/>
        <source>“%1” was changed elsewhere; the page shows it as it is stored now. The edits made here before can no longer be undone.</source>
        <translation>„%1“ wurde an anderer Stelle geändert; die Seite zeigt die Pipeline so, wie sie jetzt gespeichert ist. Die zuvor hier vorgenommenen Änderungen können nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” has no stages yet. Add the first one with Add Stage.</source>
        <translation>„%1“ hat noch keine Stages. Fügen Sie die erste mit „Stage hinzufügen“ hinzu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The pipeline could not be laid out: %1</source>
        <translation>Die Pipeline konnte nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The pipelines of %1 could not be read.</source>
        <translation>Die Pipelines von %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 pipeline</source>
        <translation>1 Pipeline</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n pipelines</source>
        <translation>
            <numerusform>%n Pipeline</numerusform>
            <numerusform>%n Pipelines</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 stage</source>
        <translation>1 Stage</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n stages</source>
        <translation>
            <numerusform>%n Stage</numerusform>
            <numerusform>%n Stages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 connection</source>
        <translation>1 Verbindung</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n connections</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · </source>
        <extracomment>Separates the facts after the pipeline&apos;s name: &quot;11 stages · 12 connections&quot;.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No critical path</source>
        <translation>Kein kritischer Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical path: not known until jobs are imported</source>
        <translation>Kritischer Pfad: unbekannt, bis Jobs importiert sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The critical path is the longest chain of stages by their median queue and run times, which come from the jobs imported for them.</source>
        <translation>Der kritische Pfad ist die längste Kette von Stages nach dem Median ihrer Warte- und Laufzeiten, die aus den für sie importierten Jobs stammen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Critical path: %1 through %2 of %3 stages</source>
        <translation>Kritischer Pfad: %1 über %2 von %3 Stages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, longest %2 (%3)</source>
        <extracomment>After the critical path: the stage that takes the largest part of it, and how long it takes.</extracomment>
        <translation>%1, am längsten %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The longest chain of stages by median queue plus run time, %1:
%2</source>
        <translation>Die längste Kette von Stages nach dem Median von Warte- plus Laufzeit, %1:
%2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The page now shows the pipeline as it is stored; make the edit again from there.</source>
        <translation>Die Seite zeigt die Pipeline jetzt so, wie sie gespeichert ist; nehmen Sie die Änderung von dort aus erneut vor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Pipeline</source>
        <translation>Pipeline importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline definitions (*.yml *.yaml);;All files (*)</source>
        <translation>Pipeline-Definitionen (*.yml *.yaml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing %1…</source>
        <translation>Import aus %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not imported.</source>
        <translation>%1 wurde nicht importiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The edits made to it before can no longer be undone.</source>
        <translation>Die zuvor daran vorgenommenen Änderungen können nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Reading the pipelines…</source>
        <translation>Pipelines werden gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pipelines yet</source>
        <translation>Noch keine Pipelines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page draws each delivery pipeline as a graph of its stages, with how long each waits and runs, how often it succeeds, and the critical path that sets the pace. Import a pipeline definition — a GitHub Actions workflow, a GitLab CI file, a Concourse pipeline or a Flowdeck pipeline file — to fill it.</source>
        <translation>Diese Seite zeichnet jede Auslieferungs-Pipeline als Graph ihrer Stages – mit der Warte- und Laufzeit jeder Stage, ihrer Erfolgsquote und dem kritischen Pfad, der das Tempo bestimmt. Importieren Sie eine Pipeline-Definition – einen GitHub-Actions-Workflow, eine GitLab-CI-Datei, eine Concourse-Pipeline oder eine Flowdeck-Pipeline-Datei –, um sie zu füllen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Pipeline…</source>
        <translation>Pipeline importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a .yml or .yaml pipeline definition to import</source>
        <translation>Eine Pipeline-Definition (.yml oder .yaml) zum Importieren auswählen</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::PlanChoices</name>
    <message>
        <location filename="../views/releases/planchoices.cpp" line="+20"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::PlanEditorDialog</name>
    <message>
        <location filename="../views/releases/planeditor.cpp" line="-160"/>
        <location line="+5"/>
        <source>Carried services</source>
        <translation>Enthaltene Dienste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tick the services the release carries and give each its version.</source>
        <translation>Haken Sie die Dienste an, die das Release enthält, und geben Sie für jeden die Version an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Rückgängig: %1 (Strg+Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Nothing to redo</source>
        <translation>Nichts wiederherzustellen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Wiederherstellen: %1 (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New Template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Release</source>
        <translation>Neues Release</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Template %1</source>
        <translation>Vorlage %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Release %1</source>
        <translation>Release %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks the plan and stores it in the workspace</source>
        <translation>Prüft den Plan und speichert ihn im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The workspace is open read-only: the plan can be read but not changed.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt geöffnet: Der Plan kann gelesen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The release has started (it is %1): its plan can no longer be changed.</source>
        <translation>Das Release hat begonnen (Status: %1): Sein Plan kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../views/releases/planeditortasks.cpp" line="+48"/>
        <location line="+28"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;Add Task</source>
        <translation>Aufgabe &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds a deploy task below the selected one, running after it (Insert)</source>
        <translation>Fügt unter der ausgewählten Aufgabe eine Bereitstellungsaufgabe hinzu, die nach ihr läuft (Einfg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removes the selected task; what ran after it now runs after what it ran after (Delete)</source>
        <translation>Entfernt die ausgewählte Aufgabe; was nach ihr lief, läuft nun nach ihren Vorgängern (Entf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moves the selected task up; among tasks that may start together, the higher one starts first (Alt+Up)</source>
        <translation>Verschiebt die ausgewählte Aufgabe nach oben; von Aufgaben, die gleichzeitig starten dürfen, startet die höhere zuerst (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moves the selected task down (Alt+Down)</source>
        <translation>Verschiebt die ausgewählte Aufgabe nach unten (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make %1 a task of kind %2</source>
        <translation>%1 zu einer Aufgabe der Art %2 machen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the service of %1</source>
        <translation>Dienst von %1 ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the environment of %1</source>
        <translation>Umgebung von %1 ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the backend of %1</source>
        <translation>Backend von %1 ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the version of %1</source>
        <translation>Version von %1 ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the retries of %1</source>
        <translation>Wiederholungen von %1 ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make %1 a rollback task</source>
        <translation>%1 zur Rollback-Aufgabe machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make %1 a forward task</source>
        <translation>%1 zur Vorwärtsaufgabe machen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add the task %1</source>
        <translation>Aufgabe %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the task %1</source>
        <translation>Aufgabe %1 entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::PlanFieldsForm</name>
    <message>
        <location filename="../views/releases/planfieldsform.cpp" line="+24"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name unique among the workspace’s releases and templates</source>
        <translation>Ein unter den Releases und Vorlagen des Arbeitsbereichs eindeutiger Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2.4.0</source>
        <translation>z. B. 2.4.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The release’s version; newly carried services start with it</source>
        <translation>Die Version des Releases; neu aufgenommene Dienste erhalten sie zunächst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the release brings, for the people approving it</source>
        <translation>Was das Release bringt, für die Freigebenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned start</source>
        <translation>Geplanter Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the release is planned to start (your local time); unticked while it is not planned yet</source>
        <translation>Wann das Release starten soll (Ihre Ortszeit); nicht angehakt, solange es noch nicht geplant ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the release is planned to be done (your local time)</source>
        <translation>Wann das Release abgeschlossen sein soll (Ihre Ortszeit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When a task fails</source>
        <translation>Wenn eine Aufgabe fehlschlägt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop: start no further task</source>
        <translation>Anhalten: keine weitere Aufgabe starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back: run the rollback tasks</source>
        <translation>Zurückrollen: die Rollback-Aufgaben ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the release does when a task fails for good (after its retries)</source>
        <translation>Was das Release tut, wenn eine Aufgabe endgültig fehlschlägt (nach ihren Wiederholungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned &amp;start:</source>
        <translation>Geplanter &amp;Start:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned &amp;end:</source>
        <translation>Geplantes &amp;Ende:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;failure:</source>
        <translation>Bei &amp;Fehler:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the planned start</source>
        <translation>Geplanten Start ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the planned start</source>
        <translation>Geplanten Start entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the planned end</source>
        <translation>Geplantes Ende ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the planned end</source>
        <translation>Geplantes Ende entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roll back when a task fails</source>
        <translation>Zurückrollen, wenn eine Aufgabe fehlschlägt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop when a task fails</source>
        <translation>Anhalten, wenn eine Aufgabe fehlschlägt</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Rename the plan to %1</source>
        <translation>Plan in %1 umbenennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the version to %1</source>
        <translation>Version in %1 ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the description</source>
        <translation>Beschreibung ändern</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::PlanTaskModel</name>
    <message>
        <location filename="../views/releases/plantaskmodel.cpp" line="+69"/>
        <source>Deploy</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual task</source>
        <translation>Manuelle Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval gate</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check gate</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>previous</source>
        <translation>vorherige</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as carried</source>
        <translation>laut Release</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>choose…</source>
        <translation>auswählen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The task’s name, unique within the plan; double-click to rename it</source>
        <translation>Der Name der Aufgabe, eindeutig im Plan; zum Umbenennen doppelklicken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the task does; double-click to choose another kind</source>
        <translation>Was die Aufgabe tut; doppelklicken, um eine andere Art zu wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deploys %1</source>
        <translation>Stellt %1 bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the service this task deploys</source>
        <translation>Wählen Sie den Dienst, den diese Aufgabe bereitstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service whose open incidents the check looks at; without one, every carried service</source>
        <translation>Der Dienst, dessen offene Vorfälle die Prüfung betrachtet; ohne Angabe: alle enthaltenen Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service this task is about (optional)</source>
        <translation>Der Dienst, den diese Aufgabe betrifft (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deploys to %1</source>
        <translation>Stellt in %1 bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the environment this task deploys to</source>
        <translation>Wählen Sie die Umgebung, in der diese Aufgabe bereitstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The environment whose deployment windows the check looks at</source>
        <translation>Die Umgebung, deren Bereitstellungsfenster die Prüfung betrachtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The environment this task is about (optional)</source>
        <translation>Die Umgebung, die diese Aufgabe betrifft (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only deploy tasks go through a backend</source>
        <translation>Nur Bereitstellungsaufgaben laufen über ein Backend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the deployment backend that runs this deploy</source>
        <translation>Wählen Sie das Bereitstellungs-Backend, das diese Bereitstellung ausführt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deploys through %1 (%2)</source>
        <translation>Stellt über %1 (%2) bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploys through %1 (%2), which is disabled</source>
        <translation>Stellt über %1 (%2) bereit; dieses Backend ist deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backend with id %1 is not in the workspace any more; choose another</source>
        <translation>Das Backend mit der ID %1 ist nicht mehr im Arbeitsbereich; wählen Sie ein anderes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only deploy tasks deploy a version</source>
        <translation>Nur Bereitstellungsaufgaben stellen eine Version bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version a rollback redeploys; left empty, the one deployed before the release</source>
        <translation>Die Version, die ein Rollback erneut bereitstellt; leer gelassen: die vor dem Release bereitgestellte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version to deploy; left empty, the version the release carries for the service</source>
        <translation>Die bereitzustellende Version; leer gelassen: die Version, die das Release für den Dienst enthält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many times a failed deploy is tried again before it fails</source>
        <translation>Wie oft eine fehlgeschlagene Bereitstellung erneut versucht wird, bevor sie als fehlgeschlagen gilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only deploys are tried again</source>
        <translation>Nur Bereitstellungen werden erneut versucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rollback task runs only when the release rolls back after a failure</source>
        <translation>Eine Rollback-Aufgabe läuft nur, wenn das Release nach einem Fehler zurückgerollt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only deploy tasks can be rollback tasks</source>
        <translation>Nur Bereitstellungsaufgaben können Rollback-Aufgaben sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tasks that must finish before this one starts; choose them in the task’s settings below</source>
        <translation>Die Aufgaben, die abgeschlossen sein müssen, bevor diese startet; wählen Sie sie unten in den Einstellungen der Aufgabe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, disabled)</source>
        <translation>%1 (%2, deaktiviert)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>forward</source>
        <translation>vorwärts</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each task’s name, unique within the plan</source>
        <translation>Der Name jeder Aufgabe, eindeutig im Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy, manual task, approval gate, check gate or wait</source>
        <translation>Bereitstellung, manuelle Aufgabe, Freigabe, Prüfung oder Warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service a deploy deploys, or a check looks at</source>
        <translation>Der Dienst, den eine Bereitstellung bereitstellt oder eine Prüfung betrachtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The environment a deploy deploys to, or a check looks at</source>
        <translation>Die Umgebung, in der eine Bereitstellung bereitstellt oder die eine Prüfung betrachtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deployment backend that runs a deploy</source>
        <translation>Das Bereitstellungs-Backend, das eine Bereitstellung ausführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version a deploy deploys; empty: the version the release carries</source>
        <translation>Die Version, die eine Bereitstellung bereitstellt; leer: die Version, die das Release enthält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many times a failed deploy is tried again</source>
        <translation>Wie oft eine fehlgeschlagene Bereitstellung erneut versucht wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rollback tasks run only when the release rolls back after a failure</source>
        <translation>Rollback-Aufgaben laufen nur, wenn das Release nach einem Fehler zurückgerollt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tasks that must finish first; tasks with none start when the release starts</source>
        <translation>Die Aufgaben, die zuerst abgeschlossen sein müssen; Aufgaben ohne solche starten mit dem Release</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::PresentationWindow</name>
    <message>
        <location filename="../views/valuestream/presentationwindow.cpp" line="+18"/>
        <source>Value stream: presentation</source>
        <translation>Wertstrom: Präsentation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Left and Right go from step to step; Esc or F11 ends the presentation.</source>
        <translation>Die Pfeiltasten links und rechts wechseln von Schritt zu Schritt; Esc oder F11 beendet die Präsentation.</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::PullRequestFigures</name>
    <message>
        <location filename="../views/metrics/pullrequestfigures.cpp" line="+25"/>
        <source>1 pull request</source>
        <translation>1 Pull Request</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pull requests</source>
        <translation>
            <numerusform>%n Pull Request</numerusform>
            <numerusform>%n Pull Requests</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Pull requests deployed to production and their coding time, %1</source>
        <translation>In Produktion bereitgestellte Pull Requests und ihre Entwicklungszeit, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pull requests deployed to production and their review time, %1</source>
        <translation>In Produktion bereitgestellte Pull Requests und ihre Review-Zeit, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pull requests deployed to production and their time from merge, %1</source>
        <translation>In Produktion bereitgestellte Pull Requests und ihre Zeit ab dem Merge, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pull requests deployed to production and their lead time, %1</source>
        <translation>In Produktion bereitgestellte Pull Requests und ihre Durchlaufzeit, %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Median %1, 85th percentile %2, over %3.</source>
        <translation>Median %1, 85. Perzentil %2, über %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to see the pull requests.</source>
        <translation>Klicken Sie, um die Pull Requests zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coding: from a pull request&apos;s first commit to its opening.</source>
        <translation>Entwicklung: vom ersten Commit eines Pull Requests bis zu seiner Eröffnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out: %1 whose first commit is unknown or later than the opening.</source>
        <translation>Ausgelassen: %1, deren erster Commit unbekannt ist oder nach der Eröffnung liegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review: from a pull request&apos;s opening to its merge.</source>
        <translation>Review: von der Eröffnung eines Pull Requests bis zu seinem Merge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy: from a pull request&apos;s merge to the finish of the first successful production deployment that shipped it.</source>
        <translation>Bereitstellung: vom Merge eines Pull Requests bis zum Ende der ersten erfolgreichen Produktionsbereitstellung, die ihn ausgeliefert hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total: from a pull request&apos;s first commit (or its opening, when that is unknown) to its deployment to production. The medians of the phases need not add up to it.</source>
        <translation>Gesamt: vom ersten Commit eines Pull Requests (oder seiner Eröffnung, wenn dieser unbekannt ist) bis zu seiner Bereitstellung in Produktion. Die Mediane der Phasen ergeben zusammen nicht unbedingt diesen Wert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Coding</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Deploy</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Pull requests</source>
        <translation>Pull Requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No merged pull requests reached production in this period</source>
        <translation>In diesem Zeitraum hat kein gemergter Pull Request die Produktion erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares of the pull-request phases</source>
        <translation>Anteile der Pull-Request-Phasen</translation>
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
    <name>flowdeck::views::ReleaseListModel</name>
    <message>
        <location filename="../views/releases/releaselistmodel.cpp" line="+141"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 task</source>
        <translation>1 Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tasks</source>
        <translation>%1 Aufgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <extracomment>Tasks done of all the release&apos;s tasks: &quot;3 of 7&quot;.</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A reusable plan: make a release from it with New release…</source>
        <translation>Ein wiederverwendbarer Plan: Erstellen Sie daraus mit „Neues Release…“ ein Release</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No planned window</source>
        <translation>Kein geplantes Zeitfenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned to start %1</source>
        <translation>Geplanter Start: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned from %1
to %2</source>
        <translation>Geplant von %1
bis %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 tasks succeeded or skipped</source>
        <extracomment>Tooltip of the tasks column: &quot;3 of 7 tasks succeeded or skipped&quot;.</extracomment>
        <translation>%1 von %2 Aufgaben erfolgreich oder übersprungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Planned window</source>
        <translation>Geplantes Zeitfenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks done</source>
        <translation>Erledigte Aufgaben</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::ReleaseStyle</name>
    <message>
        <location filename="../views/releases/releasestyle.cpp" line="+35"/>
        <location line="+20"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+22"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+22"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborting</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deploy</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual task</source>
        <translation>Manuelle Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval gate</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check gate</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 %2</source>
        <extracomment>A release&apos;s name and version: &quot;Spring release 2.4.0&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>%1 – %2</source>
        <extracomment>A planned window within one day: &quot;12/03/2026 09:00 – 11:00&quot;.</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::ReleasesPage</name>
    <message>
        <location filename="../views/releases/releasespage.cpp" line="+130"/>
        <source>“%1” could not run: %2</source>
        <translation>„%1“ konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location line="+234"/>
        <location line="+10"/>
        <location line="+40"/>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Reading the releases…</source>
        <translation>Releases werden gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No releases yet</source>
        <translation>Noch keine Releases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A release takes services at chosen versions to their environments through a plan: deploy tasks that run through your deployment backends, approval and check gates, manual steps and waits, in the order you give them. Flowdeck runs the plan, holds deploys outside deployment windows, and records every step. Start from a template, a plan you reuse, or make one now.</source>
        <translation>Ein Release bringt Dienste in gewählten Versionen über einen Plan in ihre Umgebungen: Bereitstellungsaufgaben, die über Ihre Bereitstellungs-Backends laufen, Freigaben und Prüfungen, manuelle Schritte und Wartezeiten, in der von Ihnen festgelegten Reihenfolge. Flowdeck führt den Plan aus, hält Bereitstellungen außerhalb der Bereitstellungsfenster zurück und protokolliert jeden Schritt. Beginnen Sie mit einer Vorlage, einem wiederverwendbaren Plan, oder erstellen Sie jetzt einen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>New release…</source>
        <translation>Neues Release…</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+25"/>
        <source>New template…</source>
        <translation>Neue Vorlage…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Releases, planned and run (Ctrl+T switches)</source>
        <translation>Releases, geplant und ausgeführt (Strg+T wechselt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reusable plans that releases are made from (Ctrl+T switches)</source>
        <translation>Wiederverwendbare Pläne, aus denen Releases erstellt werden (Strg+T wechselt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under way</source>
        <translation>Im Gange</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show only releases of this status (Ctrl+F)</source>
        <translation>Nur Releases mit diesem Status zeigen (Strg+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a planned release from a template</source>
        <translation>Ein geplantes Release aus einer Vorlage erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a reusable plan that releases are made from</source>
        <translation>Einen wiederverwendbaren Plan erstellen, aus dem Releases erstellt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the selected release, or resume it where it stands; deploys go through the backends</source>
        <translation>Das ausgewählte Release ausführen oder dort fortsetzen, wo es steht; Bereitstellungen laufen über die Backends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort the selected release: running jobs are asked to stop and unfinished tasks end aborted</source>
        <translation>Das ausgewählte Release abbrechen: Laufende Jobs werden zum Anhalten aufgefordert, und unerledigte Aufgaben enden als abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit plan…</source>
        <translation>Plan bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the plan of the selected template or planned release</source>
        <translation>Den Plan der ausgewählten Vorlage oder des ausgewählten geplanten Releases bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected release or template</source>
        <translation>Das ausgewählte Release oder die ausgewählte Vorlage löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show templates</source>
        <translation>Vorlagen zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch between the releases and the templates</source>
        <translation>Zwischen den Releases und den Vorlagen wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backends…</source>
        <translation>Backends…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, edit, enable or remove the deployment backends that deploy tasks run through</source>
        <translation>Backends, über die Bereitstellungsaufgaben laufen, hinzufügen, bearbeiten, aktivieren oder entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows…</source>
        <translation>Fenster…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the deployment calendar: windows when deploys may run, blackouts when they may not</source>
        <translation>Den Bereitstellungskalender bearbeiten: Fenster, in denen bereitgestellt werden darf, und Sperrzeiten, in denen nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task graph</source>
        <translation>Aufgabengraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The release&apos;s tasks in the order they run; arrow keys move between them</source>
        <translation>Die Aufgaben des Releases in der Reihenfolge ihrer Ausführung; die Pfeiltasten wechseln zwischen ihnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task details</source>
        <translation>Aufgabendetails</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/releases/releasespageload.cpp" line="+120"/>
        <source>The releases could not be read.</source>
        <translation>Die Releases konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../views/releases/releasespageload.cpp" line="-49"/>
        <location line="+328"/>
        <source>Select a task in the graph to see its details.</source>
        <translation>Wählen Sie im Graphen eine Aufgabe aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>The releases could not be read again: %1</source>
        <translation>Die Releases konnten nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 release</source>
        <extracomment>The facts under the page title: &quot;4 releases, 1 under way · 2 templates&quot;.</extracomment>
        <translation>1 Release</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 releases</source>
        <translation>%1 Releases</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2 under way</source>
        <translation>%1, %2 im Gange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 template</source>
        <translation>1 Vorlage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 templates</source>
        <translation>%1 Vorlagen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2 releases</source>
        <translation>%1 von %2 Releases</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No template is selected.</source>
        <translation>Keine Vorlage ausgewählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No release is selected.</source>
        <translation>Kein Release ausgewählt.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The release could not be read: %1</source>
        <translation>Das Release konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This plan has no tasks yet: add them with Edit plan….</source>
        <translation>Dieser Plan hat noch keine Aufgaben: Fügen Sie sie mit „Plan bearbeiten…“ hinzu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The task&apos;s output could not be read: %1</source>
        <translation>Die Ausgabe der Aufgabe konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned %1</source>
        <translation>Geplant: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>started %1</source>
        <translation>gestartet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished %1</source>
        <translation>beendet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on failure: roll back</source>
        <translation>bei Fehler: zurückrollen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on failure: stop</source>
        <translation>bei Fehler: anhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another Flowdeck runs this release now (%1).</source>
        <translation>Ein anderes Flowdeck führt dieses Release gerade aus (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No engine runs this release now: Resume goes on where it stands.</source>
        <translation>Derzeit führt keine Engine dieses Release aus: „Fortsetzen“ macht dort weiter, wo es steht.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <location filename="../views/releases/releasespageactions.cpp" line="+83"/>
        <source>The release cannot run: %1</source>
        <translation>Das Release kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Trust This Workspace?</source>
        <translation>Diesem Arbeitsbereich vertrauen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” deploys through the backends of this workspace, which has not been trusted on this computer. Trusting it lets Flowdeck run what its backends name:</source>
        <translation>„%1“ stellt über die Backends dieses Arbeitsbereichs bereit, dem auf diesem Computer noch nicht vertraut wurde. Wenn Sie ihm vertrauen, darf Flowdeck ausführen, was seine Backends angeben:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only trust a workspace whose backends you know. A changed backend asks for trust again.</source>
        <translation>Vertrauen Sie nur einem Arbeitsbereich, dessen Backends Sie kennen. Nach einer Änderung an einem Backend wird erneut nach Vertrauen gefragt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust and Run</source>
        <translation>Vertrauen und ausführen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The workspace could not be trusted: %1</source>
        <translation>Dem Arbeitsbereich konnte nicht vertraut werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+7"/>
        <source>Abort Release</source>
        <translation>Release abbrechen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Abort “%1”? Running jobs are asked to stop, and every unfinished task ends as aborted. An aborted release cannot be resumed.</source>
        <translation>„%1“ abbrechen? Laufende Jobs werden zum Anhalten aufgefordert, und jede unerledigte Aufgabe endet als abgebrochen. Ein abgebrochenes Release kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” was not aborted: %2</source>
        <translation>„%1“ wurde nicht abgebrochen: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” was not approved: %2</source>
        <extracomment>An approval the release core refused: &quot;“Go/no-go” was not approved: dana has already decided on …&quot;.</extracomment>
        <translation>„%1“ wurde nicht freigegeben: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” was not rejected: %2</source>
        <translation>„%1“ wurde nicht abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” was not marked done: %2</source>
        <translation>„%1“ wurde nicht als erledigt markiert: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” was not retried: %2</source>
        <translation>„%1“ wurde nicht wiederholt: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was not skipped: %2</source>
        <translation>„%1“ wurde nicht übersprungen: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>“%1” ended: %2.</source>
        <extracomment>A release run from the page ended: &quot;“Spring release” ended: ✓ Succeeded.&quot;</extracomment>
        <translation>„%1“ beendet: %2.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Delete Template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete Release</source>
        <translation>Release löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the template “%1”? Releases made from it keep their plans.</source>
        <translation>Die Vorlage „%1“ löschen? Releases, die aus ihr erstellt wurden, behalten ihre Pläne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the release “%1” with its plan? Its audit entries stay.</source>
        <translation>Das Release „%1“ mit seinem Plan löschen? Seine Einträge im Prüfprotokoll bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::RenameStageDialog</name>
    <message>
        <location filename="../views/pipelines/renamestagedialog.cpp" line="+24"/>
        <source>Rename Stage</source>
        <translation>Stage umbenennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New name of stage %1</source>
        <translation>Neuer Name der Stage %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::ReportPreviewView</name>
    <message>
        <location filename="../views/reports/reportpreviewview.cpp" line="+293"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Previous page (Page Up)</source>
        <translation>Vorherige Seite (Bild auf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page (Page Down)</source>
        <translation>Nächste Seite (Bild ab)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report&apos;s pages; choose one to see it beside</source>
        <translation>Die Seiten des Berichts; wählen Sie eine aus, um sie daneben zu sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report&apos;s page as it prints</source>
        <translation>Die Seite des Berichts, wie sie gedruckt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gathering the report</source>
        <translation>Bericht wird zusammengestellt</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::ReportScopePanel</name>
    <message>
        <location filename="../views/reports/reportscopepanel.cpp" line="+175"/>
        <source>No section is chosen. Choose at least one section under Sections.</source>
        <translation>Kein Abschnitt ist ausgewählt. Wählen Sie unter „Abschnitte“ mindestens einen Abschnitt aus.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>One file, as the preview shows it.</source>
        <translation>Eine Datei, so wie die Vorschau sie zeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One file that opens in any browser and prints like the preview.</source>
        <translation>Eine Datei, die sich in jedem Browser öffnen lässt und wie die Vorschau gedruckt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A folder with one file per table of the report, for a spreadsheet.</source>
        <translation>Ein Ordner mit einer Datei pro Tabelle des Berichts, für eine Tabellenkalkulation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report&apos;s figures for scripts: the same numbers as the preview.</source>
        <translation>Die Zahlen des Berichts für Skripte: dieselben Werte wie in der Vorschau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first page in plain words: the levels, the main bottleneck and what to improve first</source>
        <translation>Die erste Seite in einfachen Worten: die Niveaus, der Hauptengpass und was zuerst verbessert werden sollte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF, A4</source>
        <translation>PDF, A4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF, US Letter</source>
        <translation>PDF, US Letter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files in a folder</source>
        <translation>CSV-Dateien in einem Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What Export… writes: a PDF to print or send, one HTML file that opens in any browser, a folder of CSV tables for a spreadsheet, or JSON for scripts</source>
        <translation>Was „Exportieren…“ schreibt: ein PDF zum Drucken oder Versenden, eine HTML-Datei, die sich in jedem Browser öffnen lässt, einen Ordner mit CSV-Tabellen für eine Tabellenkalkulation oder JSON für Skripte</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::ReportWording</name>
    <message>
        <location filename="../views/reports/reportdocument.cpp" line="+46"/>
        <location filename="../views/reports/reporthtml.cpp" line="+231"/>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The chart &quot;%1&quot; could not be drawn.</source>
        <translation>Das Diagramm „%1“ konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <location line="+81"/>
        <location filename="../views/reports/reporthtml.cpp" line="+23"/>
        <source>There is no value stream for this scope: no change went through the stages of a pipeline to production in the period.</source>
        <translation>Für diesen Umfang gibt es keinen Wertstrom: Keine Änderung hat im Zeitraum die Stages einer Pipeline bis in die Produktion durchlaufen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The map continues below.</source>
        <translation>Die Karte wird unten fortgesetzt.</translation>
    </message>
    <message>
        <location line="+69"/>
        <location filename="../views/reports/reporthtml.cpp" line="+13"/>
        <source>Top improvement opportunities</source>
        <translation>Wichtigste Verbesserungsmöglichkeiten</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../views/reports/reporthtml.cpp" line="+18"/>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../views/reports/reporthtml.cpp" line="+5"/>
        <source>Benchmark</source>
        <translation>Vergleichsmaßstab</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../views/reports/reporthtml.cpp" line="+2"/>
        <source>Data coverage</source>
        <translation>Datenabdeckung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/reports/reporthtml.cpp" line="+2"/>
        <source>Records left out</source>
        <translation>Ausgeschlossene Datensätze</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Page %1 of %2</source>
        <extracomment>The footer of every page of a report.</extracomment>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../views/reports/reportwording.cpp" line="+31"/>
        <source>d MMMM yyyy</source>
        <comment>The pattern of a long date (QDate::toString): day, month name, year, as the language writes it</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delivery report</source>
        <translation>Lieferbericht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Services: all</source>
        <translation>Dienste: alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services: %1</source>
        <translation>Dienste: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (1 day, UTC)</source>
        <translation>%1 (1 Tag, UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 (%3 days, UTC)</source>
        <extracomment>The report&apos;s period: first day, last day (both included), its length in days.</extracomment>
        <translation>%1 bis %2 (%3 Tage, UTC)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <extracomment>The header of every page: the report&apos;s title and the workspace&apos;s name.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 UTC</source>
        <extracomment>A moment in UTC.</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How often do we ship to production?</source>
        <translation>Wie oft liefern wir in Produktion aus?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long does a change take from commit to production? (median)</source>
        <translation>Wie lange braucht eine Änderung vom Commit bis in die Produktion? (Median)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many of our deployments cause a failure?</source>
        <translation>Wie viele unserer Bereitstellungen verursachen einen Fehler?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long does it take to recover from a failed deployment? (median)</source>
        <translation>Wie lange dauert die Wiederherstellung nach einer fehlgeschlagenen Bereitstellung? (Median)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deployment frequency</source>
        <comment>tile</comment>
        <extracomment>A DORA key&apos;s name on its tile, above its question; shorten it where the full name is long</extracomment>
        <translation>Bereitstellungshäufigkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead time for changes</source>
        <comment>tile</comment>
        <extracomment>A DORA key&apos;s name on its tile, above its question; shorten it where the full name is long</extracomment>
        <translation>Durchlaufzeit für Änderungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change failure rate</source>
        <comment>tile</comment>
        <extracomment>A DORA key&apos;s name on its tile, above its question; shorten it where the full name is long</extracomment>
        <translation>Änderungsfehlerrate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failed deployment recovery time</source>
        <comment>tile</comment>
        <extracomment>A DORA key&apos;s name on its tile, above its question; shorten it where the full name is long</extracomment>
        <translation>Wiederherstellungszeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The successful deployments to a production environment that finished in the period, divided by the period&apos;s length in days. Failed, canceled and running deployments do not count.</source>
        <translation>Die erfolgreichen Bereitstellungen in eine Produktionsumgebung, die im Zeitraum abgeschlossen wurden, geteilt durch die Länge des Zeitraums in Tagen. Fehlgeschlagene, abgebrochene und laufende Bereitstellungen zählen nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For each change (a commit) first shipped to production by a deployment that finished in the period: the time from the commit&apos;s committer time to that deployment&apos;s finish. The median is the figure; changes with a time of zero or less (a wrong clock) are left out and counted.</source>
        <translation>Für jede Änderung (einen Commit), die erstmals durch eine im Zeitraum abgeschlossene Bereitstellung in Produktion ausgeliefert wurde: die Zeit von der Committerzeit des Commits bis zum Abschluss dieser Bereitstellung. Maßgeblich ist der Median; Änderungen mit einer Zeit von null oder weniger (eine falsch gehende Uhr) werden ausgelassen und gesondert gezählt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For each change (a commit) first shipped to production by a deployment that finished in the period: the time from the commit&apos;s author time to that deployment&apos;s finish. The median is the figure; changes with a time of zero or less (a wrong clock) are left out and counted.</source>
        <translation>Für jede Änderung (einen Commit), die erstmals durch eine im Zeitraum abgeschlossene Bereitstellung in Produktion ausgeliefert wurde: die Zeit von der Autorenzeit des Commits bis zum Abschluss dieser Bereitstellung. Maßgeblich ist der Median; Änderungen mit einer Zeit von null oder weniger (eine falsch gehende Uhr) werden ausgelassen und gesondert gezählt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The share of the period&apos;s production deployments that caused a failure: an incident blamed on them, or a rollback to an older version.</source>
        <translation>Der Anteil der Produktionsbereitstellungen des Zeitraums, die einen Fehler verursacht haben: einen ihnen zugeordneten Vorfall oder einen Rollback auf eine ältere Version.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For each deployment that caused a failure in the period: the time from its finish until service was restored (its incidents resolved, or the rollback finished). The median is the figure; failures still open are counted apart.</source>
        <translation>Für jede Bereitstellung, die im Zeitraum einen Fehler verursacht hat: die Zeit von ihrem Abschluss, bis der Betrieb wiederhergestellt war (ihre Vorfälle behoben oder der Rollback abgeschlossen). Der Median ist die Kennzahl; noch offene Fehler werden gesondert gezählt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No data for the previous period to compare with</source>
        <translation>Keine Daten aus dem vorigen Zeitraum zum Vergleich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Better than the previous period (%1)</source>
        <extracomment>%1: the previous period&apos;s figure and level. The arrow says whether the figure went up or down.</extracomment>
        <translation>Besser als der vorige Zeitraum (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worse than the previous period (%1)</source>
        <translation>Schlechter als der vorige Zeitraum (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same as the previous period (%1)</source>
        <translation>Unverändert gegenüber dem vorigen Zeitraum (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous period: %1</source>
        <translation>Voriger Zeitraum: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The bottleneck is &quot;%1&quot;: it %2. It adds %3 of the %4 a change takes from start to finish; shortening it shortens the lead time most.</source>
        <extracomment>%1: the step&apos;s name; %2: why, e.g. &quot;waits 3 d 4 h before it starts: 61 % of lead time&quot;; %3: its lead time; %4: the map&apos;s total lead time.</extracomment>
        <translation>Der Engpass ist „%1“: Er %2. Er trägt %3 zu den %4 bei, die eine Änderung von Anfang bis Ende braucht; ihn zu verkürzen, verkürzt die Durchlaufzeit am meisten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Simulated over %1 runs of this map, half of the changes take up to %2 and 85 out of 100 up to %3.</source>
        <translation>In %1 Simulationsdurchläufen dieser Karte braucht die Hälfte der Änderungen bis zu %2 und 85 von 100 bis zu %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No change reached production in the period.</source>
        <translation>Im Zeitraum hat keine Änderung die Produktion erreicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 change reached production in the period.</source>
        <translation>1 Änderung hat im Zeitraum die Produktion erreicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changes reached production in the period.</source>
        <translation>%1 Änderungen haben im Zeitraum die Produktion erreicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half took up to %1, 85 out of 100 up to %2; the mean is %3.</source>
        <translation>Die Hälfte brauchte bis zu %1, 85 von 100 bis zu %2; der Mittelwert beträgt %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Levels, best first: %1, %2, %3, %4; from the DORA %5 benchmark (the appendix gives its table and the definitions).</source>
        <translation>Niveaus, das beste zuerst: %1, %2, %3, %4; nach dem Vergleichsmaßstab DORA %5 (der Anhang enthält seine Tabelle und die Definitionen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Levels come from the DORA %1 benchmark. A figure reaches the first level whose bound it meets: at least the bound for deployment frequency, at most the bound for the others. The wording is the benchmark report&apos;s own.</source>
        <translation>Die Niveaus stammen aus dem Vergleichsmaßstab DORA %1. Eine Kennzahl erreicht das erste Niveau, dessen Grenze sie einhält: mindestens die Grenze bei der Bereitstellungshäufigkeit, höchstens die Grenze bei den anderen. Der Wortlaut stammt aus dem Bericht des Vergleichsmaßstabs selbst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead time now</source>
        <translation>Durchlaufzeit jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With the change</source>
        <translation>Mit der Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faster by</source>
        <translation>Schneller um</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No improvement opportunity was found: the map has no step to change.</source>
        <translation>Es wurde keine Verbesserungsmöglichkeit gefunden: Die Karte hat keinen Schritt, der sich ändern ließe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lead times from the what-if simulation: half of the changes take up to the first figure, 85 out of 100 up to the second. &quot;Faster by&quot; is how much sooner 85 out of 100 changes would be done.</source>
        <translation>Durchlaufzeiten aus der Was-wäre-wenn-Simulation: Die Hälfte der Änderungen braucht bis zum ersten Wert, 85 von 100 bis zum zweiten. „Schneller um“ gibt an, wie viel früher 85 von 100 Änderungen fertig wären.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not finished</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No release ran in the period.</source>
        <translation>Im Zeitraum lief kein Release.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>any other value</source>
        <translation>jeder andere Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <extracomment>A benchmark cell: the benchmark&apos;s wording, then the bound Flowdeck applies.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First</source>
        <translation>Erster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The workspace holds no records for this scope.</source>
        <translation>Der Arbeitsbereich enthält keine Datensätze für diesen Umfang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left out</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No record was left out of the figures.</source>
        <translation>Kein Datensatz wurde aus den Kennzahlen ausgeschlossen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../views/reports/reporthtml.cpp" line="-112"/>
        <source>Value stream map</source>
        <translation>Wertstromkarte</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Value stream map: %1</source>
        <translation>Wertstromkarte: %1</translation>
    </message>
    <message>
        <location filename="../views/reports/reportwrite.cpp" line="+23"/>
        <source>Could not write the report to %1: %2.</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is a folder</source>
        <translation>Es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder %1 does not exist</source>
        <translation>Der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the PDF could not be started</source>
        <translation>Das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not write the report: no file was named.</source>
        <translation>Der Bericht konnte nicht geschrieben werden: Es wurde keine Datei angegeben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CSV reports are written into a folder, and this is a file</source>
        <translation>CSV-Berichte werden in einen Ordner geschrieben, und dies ist eine Datei</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::ReportsPage</name>
    <message>
        <location filename="../views/reports/reportspage.cpp" line="+205"/>
        <source>The workspace could not be read: %1</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+39"/>
        <source>Gathering the report…</source>
        <translation>Der Bericht wird zusammengestellt…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Nothing to report</source>
        <translation>Nichts zu berichten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The report could not be gathered</source>
        <translation>Der Bericht konnte nicht zusammengestellt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deliveries in this period</source>
        <translation>Keine Auslieferungen in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen services have no deployment to production, no change shipped and no release in %1. Import their deployments from a CI server (Import ▸ CI Connections…) or the history of their repositories, or choose a longer period or other services.</source>
        <translation>Die gewählten Dienste haben im Zeitraum %1 keine Bereitstellung in Produktion, keine ausgelieferte Änderung und kein Release. Importieren Sie ihre Bereitstellungen von einem CI-Server (Importieren ▸ CI-Verbindungen…) oder die Historie ihrer Repositorys, oder wählen Sie einen längeren Zeitraum oder andere Dienste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <source>Import Git History…</source>
        <translation>Git-Historie importieren…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short report for leadership: how often and how safely you deliver, where work waits and what to improve first, for the services and period chosen below, which the Metrics and Value stream pages share. Its days are UTC days; the preview shows it as it prints.</source>
        <translation>Ein kurzer Bericht für die Führungsebene: wie oft und wie sicher Sie ausliefern, wo Arbeit wartet und was zuerst verbessert werden sollte, für die unten gewählten Dienste und den Zeitraum, die sich die Seiten „Metriken“ und „Wertstrom“ teilen. Seine Tage sind UTC-Tage; die Vorschau zeigt ihn so, wie er gedruckt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the workspace…</source>
        <translation>Arbeitsbereich wird gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to report yet</source>
        <translation>Noch nichts zu berichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A report is made of the deployments, changes, pipeline runs and releases a workspace holds, and this one holds none. Import the history of a repository, or connect a CI server from the Import menu to import its runs and deployments.</source>
        <translation>Ein Bericht entsteht aus den Bereitstellungen, Änderungen, Pipeline-Läufen und Releases, die ein Arbeitsbereich enthält, und dieser enthält keine. Importieren Sie die Historie eines Repositorys oder verbinden Sie über das Menü „Importieren“ einen CI-Server, um seine Läufe und Bereitstellungen zu importieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a git repository to the workspace and import its history</source>
        <translation>Ein Git-Repository zum Arbeitsbereich hinzufügen und seine Historie importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the report in the chosen format (Ctrl+E)</source>
        <translation>Den Bericht im gewählten Format schreiben (Strg+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the export; nothing is left written</source>
        <translation>Den Export abbrechen; es bleibt nichts Geschriebenes zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location filename="../views/reports/reportspageexport.cpp" line="+169"/>
        <source>%1 report %2 to %3</source>
        <extracomment>The proposed name of an exported report: %1 is the workspace, %2 and %3 the period&apos;s first and last day (ISO).</extracomment>
        <translation>%1 Bericht %2 bis %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export the Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the Report as HTML</source>
        <translation>Bericht als HTML exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML-Seiten (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the Report as JSON</source>
        <translation>Bericht als JSON exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the Report&apos;s Tables as CSV into a Folder</source>
        <translation>Tabellen des Berichts als CSV in einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Canceling the export…</source>
        <translation>Der Export wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The export was canceled; nothing was written to %1.</source>
        <translation>Der Export wurde abgebrochen; nach %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report could not be exported to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exporting the report to %1…</source>
        <translation>Der Bericht wird nach %1 exportiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>✓ The report&apos;s tables were written to %1 (%n files).</source>
        <translation>
            <numerusform>✓ Die Tabellen des Berichts wurden nach %1 geschrieben (%n Datei).</numerusform>
            <numerusform>✓ Die Tabellen des Berichts wurden nach %1 geschrieben (%n Dateien).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ The report was written to %1.</source>
        <translation>✓ Der Bericht wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder %1</source>
        <translation>Den Ordner %1 öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open %1 in its application</source>
        <translation>%1 in der zugehörigen Anwendung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the folder that holds %1</source>
        <translation>Den Ordner anzeigen, der %1 enthält</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::RunDetailsView</name>
    <message>
        <location filename="../views/runs/rundetailsview.cpp" line="+250"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <extracomment>A run&apos;s title: its pipeline and number, &quot;checkout delivery #601&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · attempt %2</source>
        <extracomment>A re-run&apos;s title: &quot;checkout delivery #601 · attempt 2&quot;.</extracomment>
        <translation>%1 · Versuch %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open on the CI server</source>
        <translation>Auf dem CI-Server öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CI server did not say when the run was created.</source>
        <translation>Der CI-Server hat nicht angegeben, wann der Lauf erstellt wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started, or its start is not known.</source>
        <translation>Nicht gestartet, oder der Start ist nicht bekannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not finished, or its end is not known.</source>
        <translation>Nicht beendet, oder das Ende ist nicht bekannt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown: the creation or the start of the run is not known.</source>
        <translation>Unbekannt: Erstellung oder Start des Laufs ist nicht bekannt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown: the start or the end of the run is not known.</source>
        <translation>Unbekannt: Start oder Ende des Laufs ist nicht bekannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2 failed</source>
        <extracomment>Jobs of a run and how many failed: &quot;10, 1 failed&quot;.</extracomment>
        <translation>%1, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the jobs…</source>
        <translation>Jobs werden gelesen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No jobs of this run are stored.</source>
        <translation>Von diesem Lauf sind keine Jobs gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The jobs could not be read: %1</source>
        <translation>Die Jobs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline: a line while a job waits for a runner, a bar while it runs</source>
        <translation>Zeitleiste: eine Linie, solange ein Job auf einen Runner wartet, ein Balken, solange er läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs of the run</source>
        <translation>Jobs des Laufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline of the run&apos;s jobs</source>
        <translation>Zeitleiste der Jobs des Laufs</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::RunFilterBar</name>
    <message>
        <location filename="../views/runs/runfilterbar.cpp" line="+145"/>
        <location line="+68"/>
        <source>All pipelines</source>
        <translation>Alle Pipelines</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>%1 (%2)</source>
        <extracomment>A pipeline in the pipeline filter when another of the same name exists: &quot;deploy (checkout)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+61"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+29"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Branch, commit or pipeline</source>
        <translation>Branch, Commit oder Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs whose branch, commit id, pipeline or name on the CI server contains this text, in any case</source>
        <translation>Läufe, deren Branch, Commit-ID, Pipeline oder Name auf dem CI-Server diesen Text enthält (Groß-/Kleinschreibung egal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::RunTableModel</name>
    <message>
        <location filename="../views/runs/runtablemodel.cpp" line="+124"/>
        <source>#%1</source>
        <extracomment>A run&apos;s number on its CI server, as in &quot;#123&quot;.</extracomment>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Pipeline: %1</source>
        <translation>Pipeline: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named on the CI server: %1</source>
        <translation>Name auf dem CI-Server: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked to a pipeline or service of the workspace</source>
        <translation>Mit keiner Pipeline und keinem Dienst des Arbeitsbereichs verknüpft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1, attempt %2</source>
        <translation>Lauf %1, Versuch %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CI server did not say when the run was created.</source>
        <translation>Der CI-Server hat nicht angegeben, wann der Lauf erstellt wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waited %1 from its creation until it started</source>
        <translation>Wartezeit %1 von der Erstellung bis zum Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown: the creation or the start of the run is not known.</source>
        <translation>Unbekannt: Erstellung oder Start des Laufs ist nicht bekannt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ran %1 from its start until it finished</source>
        <translation>Laufzeit %1 vom Start bis zum Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not finished; started %1</source>
        <translation>Nicht beendet; gestartet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown: the start or the end of the run is not known.</source>
        <translation>Unbekannt: Start oder Ende des Laufs ist nicht bekannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 job</source>
        <translation>1 Job</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n jobs</source>
        <translation>
            <numerusform>%n Job</numerusform>
            <numerusform>%n Jobs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No job failed</source>
        <translation>Kein Job fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 job failed (a retried job counts each failed attempt)</source>
        <translation>1 Job fehlgeschlagen (ein wiederholter Job zählt mit jedem fehlgeschlagenen Versuch)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n jobs failed (a retried job counts each failed attempt)</source>
        <translation>
            <numerusform>%n Job fehlgeschlagen (ein wiederholter Job zählt mit jedem fehlgeschlagenen Versuch)</numerusform>
            <numerusform>%n Jobs fehlgeschlagen (ein wiederholter Job zählt mit jedem fehlgeschlagenen Versuch)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>How long the run waited from its creation until it started</source>
        <translation>Wie lange der Lauf von der Erstellung bis zum Start wartete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long the run took from its start until it finished</source>
        <translation>Wie lange der Lauf vom Start bis zum Ende dauerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed jobs; a retried job counts each failed attempt</source>
        <translation>Fehlgeschlagene Jobs; ein wiederholter Job zählt mit jedem fehlgeschlagenen Versuch</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waited</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::RunTimeline</name>
    <message>
        <location filename="../views/runs/runtimeline.cpp" line="+261"/>
        <source>times unknown</source>
        <translation>Zeiten unbekannt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (attempt %2)</source>
        <translation>%1 (Versuch %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waited for a runner: %1</source>
        <translation>Wartezeit auf einen Runner: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran: %1</source>
        <translation>Laufzeit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still running, started %1</source>
        <translation>Läuft noch; gestartet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started at %1 on the time axis</source>
        <translation>Start bei %1 auf der Zeitachse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time since the run was created (or its first job was queued, when that was earlier); the axis spans %1</source>
        <translation>Zeit seit der Erstellung des Laufs (oder seit der Einreihung seines ersten Jobs, falls diese früher war); die Achse umfasst %1</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::RunsPage</name>
    <message>
        <location filename="../views/runs/runspage.cpp" line="+83"/>
        <source>Further runs could not be read: %1</source>
        <translation>Weitere Läufe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Select a run to see its jobs and their timeline.</source>
        <translation>Wählen Sie einen Lauf, um seine Jobs und ihre Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>1 run</source>
        <translation>1 Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of 1 pipeline</source>
        <translation>%1 von 1 Pipeline</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n pipelines</source>
        <translation>
            <numerusform>%1 von %n Pipeline</numerusform>
            <numerusform>%1 von %n Pipelines</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <extracomment>The facts under the page title: &quot;3,757 runs of 6 pipelines, 23/11/2025 – 21/11/2026&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No run is selected.</source>
        <translation>Kein Lauf ausgewählt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+124"/>
        <source>The pipeline runs could not be read.</source>
        <translation>Die Pipeline-Läufe konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>The filter could not be applied: %1</source>
        <translation>Der Filter konnte nicht angewendet werden: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 of %2 runs match</source>
        <translation>%1 von %2 Läufen entsprechen den Filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The only run</source>
        <translation>Der einzige Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All %1 runs, newest first</source>
        <translation>Alle %1 Läufe, neueste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No run matches these filters.</source>
        <translation>Kein Lauf entspricht diesen Filtern.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the pipeline runs…</source>
        <translation>Pipeline-Läufe werden gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtering…</source>
        <translation>Wird gefiltert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pipeline runs yet</source>
        <translation>Noch keine Pipeline-Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page lists the runs of your CI pipelines and their jobs: how long each waited for a runner, how long it ran, and where it failed. Connect GitHub, GitLab or Jenkins with Import &gt; CI Connections…, or import with “flowdeck import” on the command line.</source>
        <translation>Diese Seite listet die Läufe Ihrer CI-Pipelines und ihre Jobs: wie lange jeder auf einen Runner wartete, wie lange er lief und wo er fehlschlug. Verbinden Sie GitHub, GitLab oder Jenkins unter Importieren &gt; CI-Verbindungen… oder importieren Sie mit „flowdeck import“ auf der Kommandozeile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline runs</source>
        <translation>Pipeline-Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run details</source>
        <translation>Laufdetails</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::ScopeBar</name>
    <message>
        <location filename="../views/common/scopebar.cpp" line="+217"/>
        <location line="+97"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every service of the workspace counts. Choose some to narrow the figures.</source>
        <translation>Jeder Dienst des Arbeitsbereichs zählt. Wählen Sie einige aus, um die Zahlen einzugrenzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1 counts.</source>
        <translation>Nur %1 zählt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n services</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These services count:</source>
        <extracomment>Followed by the chosen services, one per line.</extracomment>
        <translation>Diese Dienste zählen:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>One day, from its start to its end</source>
        <translation>Ein Tag, von seinem Beginn bis zu seinem Ende</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days, from the start of the first to the end of the last</source>
        <translation>
            <numerusform>%n Tag, vom Beginn des ersten bis zum Ende des letzten</numerusform>
            <numerusform>%n Tage, vom Beginn des ersten bis zum Ende des letzten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period the figures cover; each is compared with the period of the same length before it</source>
        <translation>Der Zeitraum, den die Zahlen abdecken; jede wird mit dem gleich langen Zeitraum davor verglichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::StageCardContent</name>
    <message>
        <location filename="../views/pipelines/stagecarditem.cpp" line="+40"/>
        <source>%1 %</source>
        <extracomment>A share in percent: &quot;97 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Queue</source>
        <extracomment>On a stage card, before the median time its jobs waited in the queue.</extracomment>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run</source>
        <extracomment>On a stage card, before the median time its jobs ran.</extracomment>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs</source>
        <extracomment>On a stage card, before the number of pipeline runs the stage had a job in.</extracomment>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Success</source>
        <extracomment>On a stage card, before the share of its ended jobs that succeeded.</extracomment>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No runs yet</source>
        <translation>Noch keine Läufe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Critical path</source>
        <extracomment>The marker on the stage cards of the critical path; short.</extracomment>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 → %2</source>
        <extracomment>A deploy stage&apos;s kind and the environment it deploys to: &quot;Deploy → staging&quot;.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, deploys to %2</source>
        <translation>%1, stellt in %2 bereit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not known (no job has both times)</source>
        <translation>unbekannt (kein Job hat beide Zeitpunkte)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Median wait in the queue: %1</source>
        <translation>Median der Wartezeit in der Warteschlange: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median run: %1</source>
        <translation>Median der Laufzeit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded: %1 (%2 of %3 jobs that ended)</source>
        <translation>Erfolgreich: %1 (%2 von %3 beendeten Jobs)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Succeeded: no job has ended yet</source>
        <translation>Erfolgreich: noch kein Job beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs: %1 (%2 jobs, retries and matrix legs included)</source>
        <translation>Läufe: %1 (%2 Jobs, einschließlich Wiederholungen und Matrix-Varianten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No job of this stage has been imported yet.</source>
        <translation>Für diese Stage wurde noch kein Job importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the critical path: every delay here delays the whole pipeline.</source>
        <translation>Auf dem kritischen Pfad: Jede Verzögerung hier verzögert die gesamte Pipeline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slack: %1 (it can start that much later without delaying the pipeline)</source>
        <translation>Puffer: %1 (so viel später kann die Stage starten, ohne die Pipeline zu verzögern)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag from the dot on the right edge onto another stage to make that stage need this one.</source>
        <translation>Ziehen Sie vom Punkt am rechten Rand auf eine andere Stage, damit jene Stage auf diese wartet.</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::StageEditing</name>
    <message>
        <location filename="../views/pipelines/stageediting.cpp" line="+80"/>
        <source>Add stage %1</source>
        <extracomment>The name of an edit in Edit &gt; Undo: &quot;Undo Add stage build&quot;.</extracomment>
        <translation>Stage %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename stage %1 to %2</source>
        <translation>Stage %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete stage %1</source>
        <translation>Stage %1 löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” cannot wait for itself.</source>
        <translation>„%1“ kann nicht auf sich selbst warten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” runs after “%2” already.</source>
        <translation>„%1“ läuft bereits nach „%2“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot run after “%2”: that would close the cycle %3, and a pipeline&apos;s stages cannot wait for each other in a circle. The connection was not added.</source>
        <translation>„%1“ kann nicht nach „%2“ laufen: Das würde den Kreis %3 schließen, und die Stages einer Pipeline können nicht im Kreis aufeinander warten. Die Verbindung wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect %1 → %2</source>
        <translation>%1 → %2 verbinden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove connection %1 → %2</source>
        <translation>Verbindung %1 → %2 entfernen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Delete Stage</source>
        <translation>Stage löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete stage “%1”? Its %2 imported jobs will no longer count for any stage, and undoing the delete brings the stage back without them.</source>
        <translation>Stage „%1“ löschen? Ihre %2 importierten Jobs zählen dann für keine Stage mehr, und das Rückgängigmachen des Löschens stellt die Stage ohne sie wieder her.</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::StageKindStyle</name>
    <message>
        <location filename="../views/pipelines/stagekindstyle.cpp" line="+36"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deploy</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Sonstige</translation>
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
    <name>flowdeck::views::StepEditor</name>
    <message>
        <location filename="../views/valuestream/stepeditor.cpp" line="+136"/>
        <source>Select a step to edit it</source>
        <translation>Wählen Sie einen Schritt, um ihn zu bearbeiten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Coding</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code review</source>
        <translation>Code-Review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security check</source>
        <translation>Sicherheitsprüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promotion</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Step name</source>
        <translation>Schrittname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the step is called on the map</source>
        <translation>Wie der Schritt in der Karte heißt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step kind</source>
        <translation>Schrittart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What kind of work the step is</source>
        <translation>Welche Art von Arbeit der Schritt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 3 d 4 h, 2 h 30 min, 45 min</source>
        <translation>z. B. 3 T 4 Std., 2 Std. 30 Min., 45 Min.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait before the step</source>
        <translation>Wartezeit vor dem Schritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wait:</source>
        <translation>&amp;Wartezeit:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Process time</source>
        <translation>Prozesszeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Process time:</source>
        <translation>&amp;Prozesszeit:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <location line="+9"/>
        <source>—</source>
        <extracomment>Shown in a number field that has no value.</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <location line="-21"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percent complete and accurate</source>
        <translation>Prozent vollständig und korrekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent complete and accurate: the share of work the next step can use as it comes, without rework. “—” or empty for none.</source>
        <translation>Prozent vollständig und korrekt: der Anteil der Arbeit, den der nächste Schritt so, wie er ankommt, ohne Nacharbeit verwenden kann. „—“ oder leer für keine Angabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%C&amp;&amp;A:</source>
        <translation>%C&amp;&amp;A:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many people work on the step. “—” or empty for none.</source>
        <translation>Wie viele Personen an dem Schritt arbeiten. „—“ oder leer für keine Angabe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eople:</source>
        <translation>P&amp;ersonen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Work in progress</source>
        <translation>Bestand (WIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many items wait in front of the step. “—” or empty for none.</source>
        <translation>Wie viele Einheiten vor dem Schritt warten. „—“ oder leer für keine Angabe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;IP:</source>
        <translation>W&amp;IP:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on the step, from the workshop or the data</source>
        <translation>Notizen zum Schritt, aus dem Workshop oder aus den Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kaizen ideas</source>
        <translation>Kaizen-Ideen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improvement ideas for the step, shown as Kaizen bursts on the map: one per line</source>
        <translation>Verbesserungsideen für den Schritt, in der Karte als Kaizen-Blitze dargestellt: eine pro Zeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ka&amp;izen ideas (one per line):</source>
        <translation>Ka&amp;izen-Ideen (eine pro Zeile):</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Measured: p85 of 1 record</source>
        <translation>Gemessen: p85 aus 1 Datensatz</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Measured: p85 of %n records</source>
        <translation>
            <numerusform>Gemessen: p85 aus %n Datensatz</numerusform>
            <numerusform>Gemessen: p85 aus %n Datensätzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured: median of 1 record</source>
        <translation>Gemessen: Median aus 1 Datensatz</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Measured: median of %n records</source>
        <translation>
            <numerusform>Gemessen: Median aus %n Datensatz</numerusform>
            <numerusform>Gemessen: Median aus %n Datensätzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured: p85 of the workspace&apos;s records</source>
        <translation>Gemessen: p85 aus den Datensätzen des Arbeitsbereichs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measured: median of the workspace&apos;s records</source>
        <translation>Gemessen: Median aus den Datensätzen des Arbeitsbereichs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≈ Estimate: its measured time was changed by hand</source>
        <translation>≈ Schätzung: Die gemessene Zeit wurde von Hand geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≈ Estimate: entered by hand, not measured</source>
        <translation>≈ Schätzung: von Hand eingegeben, nicht gemessen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
Exactly %2</source>
        <translation>%1
Genau %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long work waits before the step starts, e.g. “3 d 4 h”; a number alone means hours. Empty for none.</source>
        <translation>Wie lange Arbeit wartet, bevor der Schritt beginnt, z. B. „3 T 4 Std.“; eine Zahl allein bedeutet Stunden. Leer für keine Angabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long the step works on one item (touch time), e.g. “2 h 30 min”; a number alone means hours. Empty for none.</source>
        <translation>Wie lange der Schritt an einer Einheit arbeitet (reine Bearbeitungszeit), z. B. „2 Std. 30 Min.“; eine Zahl allein bedeutet Stunden. Leer für keine Angabe.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A step needs a name; the name stays “%1”.</source>
        <translation>Ein Schritt braucht einen Namen; der Name bleibt „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change kind of “%1”</source>
        <translation>Art von „%1“ ändern</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change wait of “%1”</source>
        <translation>Wartezeit von „%1“ ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change process time of “%1”</source>
        <translation>Prozesszeit von „%1“ ändern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change %C&amp;A of “%1”</source>
        <translation>%C&amp;A von „%1“ ändern</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change people of “%1”</source>
        <translation>Personen von „%1“ ändern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change WIP of “%1”</source>
        <translation>WIP von „%1“ ändern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change notes of “%1”</source>
        <translation>Notizen von „%1“ ändern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change Kaizen ideas of “%1”</source>
        <translation>Kaizen-Ideen von „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::TaskBoxItem</name>
    <message>
        <location filename="../views/releases/taskboxitem.cpp" line="+127"/>
        <source>attempt %1 of %2</source>
        <extracomment>The attempt of a task that may be retried: &quot;attempt 2 of 4&quot;.</extracomment>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Started %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A rollback task: runs only when the release rolls back.</source>
        <translation>Eine Rollback-Aufgabe: läuft nur, wenn das Release zurückgerollt wird.</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::TaskDetailsView</name>
    <message>
        <location filename="../views/releases/taskdetails.cpp" line="+51"/>
        <source>%1 (%2)</source>
        <extracomment>A tooltip with the action&apos;s shortcut: &quot;Approve this gate (Ctrl+Shift+A)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>%1 (rollback)</source>
        <translation>%1 (Rollback)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>not started; up to %n retries</source>
        <translation>
            <numerusform>nicht gestartet; bis zu %n Wiederholung</numerusform>
            <numerusform>nicht gestartet; bis zu %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 via %2</source>
        <extracomment>What a deploy task deploys and through which backend: &quot;storefront 2.4.0 → production via deploy-script&quot;.</extracomment>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an unknown backend</source>
        <translation>ein unbekanntes Backend</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+123"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+123"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>%1: ◷ not decided yet</source>
        <extracomment>An approver who has not decided yet: &quot;lee: ◷ not decided yet&quot;.</extracomment>
        <translation>%1: ◷ noch nicht entschieden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: ✓ approved %2</source>
        <translation>%1: ✓ freigegeben am %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: ✕ rejected %2</source>
        <translation>%1: ✕ abgelehnt am %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — “%2”</source>
        <extracomment>A decision with its comment: &quot;dana: ✓ approved 12/03/2026 10:02 — “looks good”&quot;.</extracomment>
        <translation>%1 — „%2“</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>── attempt %1 ──</source>
        <extracomment>A line in a task&apos;s log where the output of another attempt begins.</extracomment>
        <translation>── Versuch %1 ──</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve this gate as %1, with the comment if one is written</source>
        <translation>Diese Freigabe als %1 erteilen, mit dem Kommentar, falls einer geschrieben ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject this gate as %1; say why in the comment, which a rejection needs</source>
        <translation>Diese Freigabe als %1 ablehnen; nennen Sie den Grund im Kommentar, den eine Ablehnung erfordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark this manual task done as %1</source>
        <translation>Diese manuelle Aufgabe als erledigt markieren, im Namen von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this failed task again, as another attempt</source>
        <translation>Diese fehlgeschlagene Aufgabe erneut ausführen, als weiteren Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this task: the tasks after it may go on without it</source>
        <translation>Diese Aufgabe überspringen: Die nachfolgenden Aufgaben können ohne sie fortfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment for the decision (a rejection needs one)</source>
        <translation>Kommentar zur Entscheidung (für eine Ablehnung erforderlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision comment</source>
        <translation>Kommentar zur Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing written yet.</source>
        <translation>Noch nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task output</source>
        <translation>Ausgabe der Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deploys</source>
        <translation>Stellt bereit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approvers</source>
        <translation>Freigebende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waits</source>
        <translation>Wartet</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::TaskGraphView</name>
    <message>
        <location filename="../views/releases/taskgraphview.cpp" line="+33"/>
        <source>Rollback: runs only when a task fails and the release rolls back</source>
        <extracomment>Caption over the rollback tasks in a release&apos;s graph.</extracomment>
        <translation>Rollback: läuft nur, wenn eine Aufgabe fehlschlägt und das Release zurückgerollt wird</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 → %2</source>
        <extracomment>What a deploy task deploys where: &quot;storefront 2.4.0 → production&quot;.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pipelines green</source>
        <translation>Pipelines grün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no open incident</source>
        <translation>kein offener Vorfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inside a window</source>
        <translation>innerhalb eines Fensters</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::TaskSettingsForm</name>
    <message>
        <location filename="../views/releases/tasksettingsform.cpp" line="+91"/>
        <source>Select a task to see its settings. A plan without tasks does nothing: add one with “Add Task”.</source>
        <translation>Wählen Sie eine Aufgabe aus, um ihre Einstellungen zu sehen. Ein Plan ohne Aufgaben bewirkt nichts: Fügen Sie eine mit „Aufgabe hinzufügen“ hinzu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Runs &amp;after:</source>
        <translation>&amp;Läuft nach:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs after</source>
        <translation>Läuft nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the tasks that must finish before this one starts; without any, it starts when the release starts, alongside the others that wait for nothing</source>
        <translation>Haken Sie die Aufgaben an, die abgeschlossen sein müssen, bevor diese beginnt; ohne solche beginnt sie mit dem Release, zusammen mit den anderen, die auf nichts warten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>E&amp;xtra arguments, one per line:</source>
        <translation>&amp;Zusätzliche Argumente, eines pro Zeile:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra arguments</source>
        <translation>Zusätzliche Argumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given to a process backend’s program after its own arguments, one argument per line, never through a shell</source>
        <translation>Werden dem Programm eines Prozess-Backends nach dessen eigenen Argumenten übergeben, ein Argument pro Zeile, nie über eine Shell</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The deploy runs through the backend chosen in the table, with the version given there or, without one, the version the release carries for the service.</source>
        <translation>Die Bereitstellung läuft über das in der Tabelle gewählte Backend, mit der dort angegebenen Version oder, falls keine angegeben ist, mit der Version, die das Release für den Dienst mitführt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it, e.g. dana</source>
        <translation>Wer sie erledigt, z. B. dana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person who does the task and marks it done</source>
        <translation>Die Person, die die Aufgabe erledigt und als erledigt markiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do, and how to tell it is done</source>
        <translation>Was zu tun ist und woran man erkennt, dass es erledigt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown to the owner when the task is due</source>
        <translation>Wird der verantwortlichen Person gezeigt, wenn die Aufgabe fällig ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instructions:</source>
        <translation>&amp;Anleitung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The release waits until someone marks the task done.</source>
        <translation>Das Release wartet, bis jemand die Aufgabe als erledigt markiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approvers</source>
        <translation>Freigebende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, separated by commas: dana, lee</source>
        <translation>Namen, durch Kommas getrennt: dana, lee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone named here must approve; one rejection rejects the gate</source>
        <translation>Alle hier Genannten müssen freigeben; eine Ablehnung lehnt die Freigabe ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprovers:</source>
        <translation>&amp;Freigebende:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every approver named must approve before the tasks after the gate start; one rejection fails it.</source>
        <translation>Alle genannten Freigebenden müssen freigeben, bevor die Aufgaben nach der Freigabe beginnen; eine Ablehnung lässt sie fehlschlagen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The gate passes when all that is ticked holds:</source>
        <translation>Die Prüfung ist bestanden, wenn alles Angehakte zutrifft:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;pipelines of the carried versions are green</source>
        <translation>Die &amp;Pipelines der mitgeführten Versionen sind grün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every pipeline run of each carried service’s version succeeded, and at least one ran</source>
        <translation>Jeder Pipeline-Lauf der Version jedes mitgeführten Dienstes war erfolgreich, und mindestens einer ist gelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No &amp;open incident</source>
        <translation>Kein &amp;offener Vorfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No incident of the task’s service (without one, of any carried service) is still open</source>
        <translation>Kein Vorfall des Dienstes der Aufgabe (ohne einen solchen: eines mitgeführten Dienstes) ist noch offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inside a deployment &amp;window</source>
        <translation>Innerhalb eines Bereitstellungs&amp;fensters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now is inside a deployment window of the task’s environment and outside every blackout</source>
        <translation>Der aktuelle Zeitpunkt liegt innerhalb eines Bereitstellungsfensters der Umgebung der Aufgabe und außerhalb jeder Sperrzeit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;For</source>
        <translation>&amp;Für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait a number of minutes from when the task becomes ready</source>
        <translation>Eine Anzahl von Minuten warten, ab dem Zeitpunkt, an dem die Aufgabe bereit ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes to wait</source>
        <translation>Wartezeit in Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many minutes to wait once the tasks before it are done</source>
        <translation>Wie viele Minuten gewartet wird, sobald die vorherigen Aufgaben erledigt sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait until a date and time</source>
        <translation>Bis zu einem Datum und einer Uhrzeit warten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait until</source>
        <translation>Warten bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The task finishes at this time (your local time), or at once when it is past</source>
        <translation>Die Aufgabe endet zu diesem Zeitpunkt (Ihre Ortszeit) oder sofort, wenn er vorbei ist</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 starts after %2 finishes</source>
        <translation>%1 beginnt, nachdem %2 beendet ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick to make %1 wait for %2</source>
        <translation>Anhaken, damit %1 auf %2 wartet</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Change what %1 runs after</source>
        <translation>Vorgänger von %1 ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the owner of %1</source>
        <translation>Verantwortliche Person von %1 ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the instructions of %1</source>
        <translation>Anleitung von %1 ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the approvers of %1</source>
        <translation>Freigebende von %1 ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the arguments of %1</source>
        <translation>Argumente von %1 ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the conditions of %1</source>
        <translation>Bedingungen von %1 ändern</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Change how long %1 waits</source>
        <translation>Ändern, wie lange %1 wartet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change until when %1 waits</source>
        <translation>Ändern, bis wann %1 wartet</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::ValueStreamPage</name>
    <message>
        <location filename="../views/valuestream/valuestreampage.cpp" line="+53"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Your change to the %1 could not be stored: %2 Press %3 to reload the map; the change stays on the undo stack to make again.</source>
        <translation>Ihre Änderung am %1 konnte nicht gespeichert werden: %2 Drücken Sie %3, um die Karte neu zu laden; die Änderung bleibt im Rückgängig-Verlauf, sodass Sie sie erneut vornehmen können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>future state</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>current state</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <location filename="../views/valuestream/valuestreampageload.cpp" line="+48"/>
        <source>Deriving the value stream…</source>
        <translation>Der Wertstrom wird abgeleitet…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The value stream could not be derived: %1</source>
        <translation>Der Wertstrom konnte nicht abgeleitet werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value stream could not be derived.</source>
        <translation>Der Wertstrom konnte nicht abgeleitet werden.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Nothing to map yet</source>
        <translation>Noch nichts abzubilden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A value stream map is derived from the pull requests, pipeline runs and deployments of the chosen services and period, and this scope has none. Import the history of a repository or connect a CI server, or choose a longer period above.</source>
        <translation>Eine Wertstromkarte wird aus den Pull Requests, Pipeline-Läufen und Bereitstellungen der gewählten Dienste und des gewählten Zeitraums abgeleitet, und in diesem Umfang gibt es keine. Importieren Sie die Historie eines Repositorys oder verbinden Sie einen CI-Server, oder wählen Sie oben einen längeren Zeitraum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Git History…</source>
        <translation>Git-Historie importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a git repository to the workspace and import its history</source>
        <translation>Ein Git-Repository zum Arbeitsbereich hinzufügen und seine Historie importieren</translation>
    </message>
    <message>
        <location filename="../views/valuestream/valuestreampage.cpp" line="+82"/>
        <source>Future state: %1</source>
        <translation>Soll-Zustand: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current state: %1</source>
        <translation>Ist-Zustand: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: 85th percentiles of the data, %2.</source>
        <translation>%1: 85. Perzentile der Daten, %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: medians of the data, %2.</source>
        <translation>%1: Mediane der Daten, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n measured step(s)</source>
        <translation>
            <numerusform>%n gemessener Schritt</numerusform>
            <numerusform>%n gemessene Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n estimate(s)</source>
        <translation>
            <numerusform>%n Schätzung</numerusform>
            <numerusform>%n Schätzungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derived from the data; your first edit keeps the map in the workspace.</source>
        <translation>Aus den Daten abgeleitet; mit Ihrer ersten Änderung wird die Karte im Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the workspace; edits are stored as you make them.</source>
        <translation>Im Arbeitsbereich gespeichert; Änderungen werden gespeichert, sobald Sie sie vornehmen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bottleneck: %1, which %2.</source>
        <translation>Engpass: %1; er %2.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <location filename="../views/valuestream/valuestreampagetools.cpp" line="+56"/>
        <source>The future state could not be made: %1</source>
        <translation>Der Soll-Zustand konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+158"/>
        <source>Delete Future State</source>
        <translation>Soll-Zustand löschen</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Delete the future state “%1” with its steps and ideas? This cannot be undone.</source>
        <translation>Den Soll-Zustand „%1“ mit seinen Schritten und Ideen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The future state could not be deleted: %1</source>
        <translation>Der Soll-Zustand konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Exporting the map to %1…</source>
        <translation>Die Karte wird nach %1 exportiert …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Value Stream Map</source>
        <translation>Wertstromkarte exportieren</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The map was written to %1.</source>
        <translation>Die Karte wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../views/valuestream/valuestreampage.cpp" line="+14"/>
        <source>%1 %</source>
        <extracomment>The zoom of the value stream map, as in &quot;36 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../views/valuestream/valuestreampagetools.cpp" line="+97"/>
        <source>&amp;Map of:</source>
        <translation>&amp;Karte von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value stream map covers one service: the one of the chosen services to map</source>
        <translation>Eine Wertstromkarte umfasst einen Dienst: den aus den gewählten Diensten, der abgebildet werden soll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median times</source>
        <translation>Median-Zeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>85th percentile times</source>
        <translation>Zeiten des 85. Perzentils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the measured times of each step are summarised from its records</source>
        <translation>Wie die gemessenen Zeiten jedes Schritts aus seinen Datensätzen zusammengefasst werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a workshop step after the selected one, as an estimate (Insert)</source>
        <translation>Einen Workshop-Schritt nach dem ausgewählten hinzufügen, als Schätzung (Einfg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected step; the steps around it are joined (Delete)</source>
        <translation>Den ausgewählten Schritt entfernen; die Schritte davor und danach werden verbunden (Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Left</source>
        <translation>Nach links verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected step one place earlier in the stream (Ctrl+Shift+Left)</source>
        <translation>Den ausgewählten Schritt im Wertstrom um eine Stelle nach vorn verschieben (Strg+Umschalt+Links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Right</source>
        <translation>Nach rechts verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected step one place later in the stream (Ctrl+Shift+Right)</source>
        <translation>Den ausgewählten Schritt im Wertstrom um eine Stelle nach hinten verschieben (Strg+Umschalt+Rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh from Data</source>
        <translation>Aus Daten aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Derive the measured steps again from the data of the scope; workshop steps, names, notes and ideas stay (F5)</source>
        <translation>Die gemessenen Schritte erneut aus den Daten des Umfangs ableiten; Workshop-Schritte, Namen, Notizen und Ideen bleiben erhalten (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy as Future State</source>
        <translation>Als Soll-Zustand kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this map as its future state, to change and compare side by side with the current state</source>
        <translation>Diese Karte als ihren Soll-Zustand kopieren, um ihn zu ändern und direkt mit dem Ist-Zustand zu vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the future state of this map</source>
        <translation>Den Soll-Zustand dieser Karte löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the map full screen in large type, for a projector (F11)</source>
        <translation>Die Karte im Vollbild mit großer Schrift zeigen, für einen Projektor (F11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the map as an SVG or PNG image (Ctrl+Shift+E)</source>
        <translation>Die Karte als SVG- oder PNG-Bild schreiben (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the map larger (Ctrl++)</source>
        <translation>Die Karte größer zeigen (Strg++)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show more of the map (Ctrl+-)</source>
        <translation>Mehr von der Karte zeigen (Strg+-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual Size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the map at 100 % (Ctrl+0)</source>
        <translation>Die Karte in 100 % zeigen (Strg+0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit Width</source>
        <translation>An Breite anpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale the map to the width of the page, down to a size that stays readable</source>
        <translation>Die Karte auf die Breite der Seite skalieren, höchstens so klein, dass sie lesbar bleibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current state map</source>
        <translation>Karte des Ist-Zustands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Future state map</source>
        <translation>Karte des Soll-Zustands</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::WelcomePage</name>
    <message>
        <location filename="../views/welcome/welcomepage.cpp" line="+58"/>
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
        <location line="+87"/>
        <source>Explore PETech, a retail company with six services and a year of delivery history.</source>
        <translation>Erkunden Sie PETech, ein Einzelhandelsunternehmen mit sechs Diensten und einem Jahr Auslieferungshistorie.</translation>
    </message>
    <message>
        <location line="-83"/>
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
        <location line="+3"/>
        <source>Open team workspace…</source>
        <translation>Team-Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect to a workspace the team shares on a PostgreSQL server.</source>
        <translation>Mit einem Arbeitsbereich verbinden, den das Team auf einem PostgreSQL-Server teilt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+17"/>
        <source>%1 (team workspace on a PostgreSQL server)</source>
        <translation>%1 (Team-Arbeitsbereich auf einem PostgreSQL-Server)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the workspace %1</source>
        <translation>Arbeitsbereich %1 öffnen</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::WhatIfPanel</name>
    <message>
        <location filename="../views/valuestream/whatifpanel.cpp" line="+244"/>
        <location filename="../views/valuestream/leadtimesketch.cpp" line="+110"/>
        <location line="+25"/>
        <source>%1 %</source>
        <extracomment>A percentage: &quot;12.5 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+179"/>
        <source>= no change</source>
        <translation>= keine Änderung</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>%1 %2 pp</source>
        <extracomment>An arrow and a change in percentage points: &quot;▲ 4.2 pp&quot;.</extracomment>
        <translation>%1 %2 Pp.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait: %1</source>
        <translation>Wartezeit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process time: %1</source>
        <translation>Prozesszeit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time: %1</source>
        <translation>Durchlaufzeit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%C&amp;A: %1 → %2</source>
        <translation>%C&amp;A: %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New in the future state.</source>
        <translation>Neu im Soll-Zustand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed in the future state.</source>
        <translation>Im Soll-Zustand entfernt.</translation>
    </message>
    <message>
        <location filename="../views/valuestream/leadtimesketch.cpp" line="-83"/>
        <source>Distribution of the predicted lead time</source>
        <translation>Verteilung der vorhergesagten Durchlaufzeit</translation>
    </message>
    <message>
        <location filename="../views/valuestream/whatifpanel.cpp" line="+60"/>
        <location filename="../views/valuestream/leadtimesketch.cpp" line="+130"/>
        <source>Current state</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../views/valuestream/leadtimesketch.cpp" line="+2"/>
        <source>Future state</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message>
        <location filename="../views/valuestream/leadtimesketch.cpp" line="+15"/>
        <source>Done within %1:</source>
        <translation>Fertig innerhalb von %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>current state: %1 of %2 trials</source>
        <translation>Ist-Zustand: %1 von %2 Durchgängen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>future state: %1 of %2 trials</source>
        <translation>Soll-Zustand: %1 von %2 Durchgängen</translation>
    </message>
    <message>
        <location filename="../views/valuestream/whatifpanel.cpp" line="-29"/>
        <source>Simulation running</source>
        <translation>Simulation läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulating…</source>
        <translation>Simulation läuft…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p85</source>
        <translation>p85</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half of the changes take at most this long</source>
        <translation>Die Hälfte der Änderungen dauert höchstens so lange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>85 of 100 changes take at most this long</source>
        <translation>85 von 100 Änderungen dauern höchstens so lange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95 of 100 changes take at most this long</source>
        <translation>95 von 100 Änderungen dauern höchstens so lange</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How likely is a change done within a given time?</source>
        <extracomment>The title of a chart: it answers how likely a change is done within a given time.</extracomment>
        <translation>Wie wahrscheinlich ist eine Änderung innerhalb einer bestimmten Zeit fertig?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy this map as its future state to compare</source>
        <translation>Kopieren Sie diese Karte als ihren Soll-Zustand, um zu vergleichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current and future state</source>
        <translation>Ist- und Soll-Zustand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparison of the current and the future state</source>
        <translation>Vergleich von Ist- und Soll-Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current lead</source>
        <translation>Durchlaufzeit Ist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Future lead</source>
        <translation>Durchlaufzeit Soll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Future minus current; ▼ shorter, ▲ longer</source>
        <translation>Soll minus Ist; ▼ kürzer, ▲ länger</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 %2</source>
        <extracomment>An arrow (▼ shorter, ▲ longer) and by how much: &quot;▼ 12 h&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Predicted lead time (%1 trials)</source>
        <translation>Vorhergesagte Durchlaufzeit (%1 Durchgänge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted lead time</source>
        <translation>Vorhergesagte Durchlaufzeit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Future minus current: %1</source>
        <translation>Soll minus Ist: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the current state&apos;s</source>
        <translation>%1 des Werts im Ist-Zustand</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Current state: p50 %1, p85 %2, p95 %3</source>
        <translation>Ist-Zustand: p50 %1, p85 %2, p95 %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Total lead time</source>
        <translation>Gesamte Durchlaufzeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total process time</source>
        <translation>Gesamte Prozesszeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity ratio</source>
        <translation>Flussgrad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rolled %C&amp;A</source>
        <translation>Gesamter %C&amp;A</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::WindowsDialog</name>
    <message>
        <location filename="../views/releases/windowsdialog.cpp" line="+63"/>
        <source>Blackout</source>
        <translation>Sperrzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deployment Windows and Blackouts</source>
        <translation>Bereitstellungsfenster und Sperrzeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a window or blackout (Ctrl+N)</source>
        <translation>Ein Fenster oder eine Sperrzeit hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected entry</source>
        <translation>Den ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store this entry (Ctrl+S)</source>
        <translation>Diesen Eintrag speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Window: deployments are allowed</source>
        <translation>Fenster: Bereitstellungen sind erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blackout: deployments are held</source>
        <translation>Sperrzeit: Bereitstellungen werden zurückgehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An environment with windows deploys only inside one; a blackout holds deployments whatever the windows say</source>
        <translation>Eine Umgebung mit Fenstern erhält Bereitstellungen nur innerhalb eines Fensters; eine Sperrzeit hält Bereitstellungen zurück, unabhängig von den Fenstern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An end before the start runs past midnight; 00:00 as the end means midnight</source>
        <translation>Ein Ende vor dem Beginn reicht über Mitternacht hinaus; 00:00 als Ende bedeutet Mitternacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The times are the wall clock of this zone, summer time included</source>
        <translation>Die Zeiten gelten als Ortszeit dieser Zone, Sommerzeit eingeschlossen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recurs:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every environment</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the environments</source>
        <translation>Lesen der Umgebungen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>every environment</source>
        <translation>alle Umgebungen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Working hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1: deployments allowed</source>
        <translation>%1: Bereitstellungen erlaubt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace has no environments yet.</source>
        <translation>Der Arbeitsbereich hat noch keine Umgebungen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stored %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::chartstyle</name>
    <message>
        <location filename="../views/metrics/chartstyle.cpp" line="+110"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+178"/>
        <source>%1 h</source>
        <extracomment>Hours, as in &quot;51.2 h&quot;.</extracomment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 w</source>
        <translation>%1 Wo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 y</source>
        <translation>%1 J.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>%1 (%2)</source>
        <extracomment>A duration humanised, then in hours: &quot;2 d 3 h (51.2 h)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>flowdeck::views::format</name>
    <message>
        <location filename="../views/common/format.cpp" line="+36"/>
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
        <location line="+67"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>%1 %2</source>
        <extracomment>Two parts of a duration, the larger unit first, as in &quot;3 d 4 h&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+62"/>
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
<context>
    <name>flowdeck::views::pipelineedits</name>
    <message>
        <location filename="../views/pipelines/pipelineedits.cpp" line="+89"/>
        <source>A stage needs a name.</source>
        <translation>Eine Stage braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stage name cannot begin or end with a space.</source>
        <translation>Ein Stage-Name darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is a stage called “%1” already.</source>
        <translation>Es gibt bereits eine Stage namens „%1“.</translation>
    </message>
</context>
</TS>
