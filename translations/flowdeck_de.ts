<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/democommand.cpp" line="+37"/>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowdeck</name>
    <message>
        <location filename="../core/overview/workspacesummary.cpp" line="+183"/>
        <source>The workspace database is not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowdeck::TaskControl</name>
    <message>
        <location filename="../core/taskcontrol.h" line="+35"/>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowdeck::app</name>
    <message>
        <location filename="../app/democommand.cpp" line="-4"/>
        <source>Writes the demo workspace: PETech, a retail company with six services and a year of delivery history (commits, pipeline runs, jobs, deployments and incidents). The same seed gives the same workspace on the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workspace file to create; it must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The random seed (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what was written as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>flowdeck demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>flowdeck demo: unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flowdeck demo: name the workspace file to write with -w FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>flowdeck demo: the seed must be a whole number from 0 to 18446744073709551615, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Wrote the demo workspace %1 in %2 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pipeline runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowdeck::app::DemoWorkspace</name>
    <message>
        <location filename="../app/demoworkspace.cpp" line="+86"/>
        <source>Cannot create the folder %1 for the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot move the demo workspace into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowdeck::app::Language</name>
    <message>
        <location filename="../app/language.cpp" line="+21"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowdeck::app::MessageBar</name>
    <message>
        <location filename="../app/messagebar.cpp" line="+42"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowdeck::app::PageRegistry</name>
    <message>
        <location filename="../app/pageregistry.cpp" line="+32"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowdeck::app::SettingsDialog</name>
    <message>
        <location filename="../app/settingsdialog.cpp" line="+18"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language changes the next time Flowdeck starts. &quot;System default&quot; follows the language of your desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowdeck::app::Subcommand</name>
    <message>
        <location filename="../app/subcommands.cpp" line="+20"/>
        <source>Write the demo workspace (PETech) to a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowdeck::app::TaskIndicator</name>
    <message>
        <location filename="../app/taskindicator.cpp" line="+41"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopping %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowdeck::demo</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+200"/>
        <source>Checking the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The demo can only be written into an empty workspace; %1 already holds data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowdeck::store</name>
    <message>
        <location filename="../core/store/workspace.cpp" line="+76"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flowdeck::store::Workspace</name>
    <message>
        <location line="+24"/>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the workspace %1: a file with that name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the workspace %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot open %1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open %1: it is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <location line="+3"/>
        <location line="+23"/>
        <location line="+11"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Cannot open %1: it is not a Flowdeck workspace (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open %1: it is an SQLite database, but not a Flowdeck workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open %1: it was written by a newer version of Flowdeck (workspace format %2; this version reads up to format %3). Update Flowdeck to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open %1: the workspace has no schema; it was not written completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open %1: it uses an older workspace format that must be upgraded, but the file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open %1: another program is writing to it right now. Close that program or wait for it to finish, then open the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot upgrade %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+28"/>
        <source>Opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The workspace %1 is open read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>migration %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save a copy as %1: a file with that name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save a copy as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
