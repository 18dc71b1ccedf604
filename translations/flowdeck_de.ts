<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/commandline.cpp" line="+52"/>
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
        <location filename="../app/democommand.cpp" line="+28"/>
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
        <location filename="../app/importcommand.cpp" line="+64"/>
        <source>Imports history into a workspace. From git: the commits reachable from the branches and tags of a repository, with their parents, authors, messages and diff statistics, and the tags and branches themselves. The repository is a folder (a working tree or a bare repository) or a URL to clone (https://, ssh:// or file://). Importing again reads only what is new.</source>
        <translation>Importiert Historie in einen Arbeitsbereich. Aus Git: die Commits, die von den Branches und Tags eines Repositorys aus erreichbar sind, mit ihren Eltern-Commits, Autoren, Nachrichten und Diff-Statistiken, sowie die Tags und Branches selbst. Das Repository ist ein Ordner (ein Arbeitsverzeichnis oder ein Bare-Repository) oder eine zu klonende URL (https://, ssh:// oder file://). Ein erneuter Import liest nur, was neu ist.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+7"/>
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
        <location line="-12"/>
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
        <location filename="../app/mainwindow.cpp" line="+64"/>
        <source>Flowdeck workspaces (*.%1)</source>
        <translation>Flowdeck-Arbeitsbereiche (*.%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+311"/>
        <source>Flowdeck</source>
        <translation>Flowdeck</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+39"/>
        <source>%1 — Flowdeck</source>
        <translation>%1 — Flowdeck</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location line="+67"/>
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
        <location filename="../app/pageregistry.cpp" line="+37"/>
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
        <location line="+27"/>
        <location line="+57"/>
        <location line="+128"/>
        <location line="+37"/>
        <location line="+55"/>
        <source>%1: name the workspace file with -w FILE.</source>
        <translation>%1: Geben Sie die Arbeitsbereichsdatei mit -w DATEI an.</translation>
    </message>
    <message>
        <location line="-236"/>
        <location line="+177"/>
        <source>%1: unexpected argument %2.</source>
        <translation>%1: Unerwartetes Argument %2.</translation>
    </message>
    <message>
        <location line="-167"/>
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
        <location line="+48"/>
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
        <location filename="../app/subcommands.cpp" line="+23"/>
        <source>Write the demo workspace (PETech) to a file</source>
        <translation>Schreibt den Demo-Arbeitsbereich (PETech) in eine Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the history of a git repository into a workspace</source>
        <translation>Importiert die Historie eines Git-Repositorys in einen Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the user name and password or token for a git server in the keychain</source>
        <translation>Bewahrt Benutzername und Passwort oder Token für einen Git-Server im Schlüsselbund auf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import, export, list and show the pipelines (stages and their needs) of a workspace</source>
        <translation>Importiert, exportiert, listet und zeigt die Pipelines (Stages und ihre Abhängigkeiten) eines Arbeitsbereichs</translation>
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
        <location filename="../core/git/commitwalk.cpp" line="+90"/>
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
        <location line="+160"/>
        <source>No repository was given: name a folder or a clone URL.</source>
        <translation>Es wurde kein Repository angegeben: Geben Sie einen Ordner oder eine Klon-URL an.</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location filename="../core/git/gitptr.h" line="+65"/>
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
        <location filename="../core/graph/nativeformatread.cpp" line="+30"/>
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
        <location filename="../core/graph/import/yamltree.cpp" line="+155"/>
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
        <location line="+6"/>
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
        <location line="+14"/>
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
    <name>flowdeck::views::MessageBar</name>
    <message>
        <location filename="../views/common/messagebar.cpp" line="+46"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+12"/>
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
