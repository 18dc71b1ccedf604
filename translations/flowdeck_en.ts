<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>flowdeck::app::CiImportCommand</name>
    <message numerus="yes">
        <location filename="../app/ciimportcommand.cpp" line="+260"/>
        <source>Imported %n files of %1 into %2.</source>
        <translation>
            <numerusform>Imported %n file of %1 into %2.</numerusform>
            <numerusform>Imported %n files of %1 into %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>Imported %n deployments from %1 into %2.</source>
        <translation>
            <numerusform>Imported %n deployment from %1 into %2.</numerusform>
            <numerusform>Imported %n deployments from %1 into %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n incidents from %1 into %2.</source>
        <translation>
            <numerusform>Imported %n incident from %1 into %2.</numerusform>
            <numerusform>Imported %n incidents from %1 into %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::app::CredentialsCommand</name>
    <message numerus="yes">
        <location filename="../app/credentialscommand.cpp" line="+135"/>
        <source>%1: user %2, with a password or token of %n character(s).</source>
        <translation>
            <numerusform>%1: user %2, with a password or token of %n character.</numerusform>
            <numerusform>%1: user %2, with a password or token of %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::ci::SavedResponses</name>
    <message numerus="yes">
        <location filename="../core/ci/files/savedresponses.cpp" line="+577"/>
        <source>The %n files stored before it stay stored; after fixing it, import the folder again: nothing is stored twice.</source>
        <translation>
            <numerusform>The file stored before it stays stored; after fixing it, import the folder again: nothing is stored twice.</numerusform>
            <numerusform>The %n files stored before it stay stored; after fixing it, import the folder again: nothing is stored twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::ci::SyncSession</name>
    <message numerus="yes">
        <location filename="../core/ci/sync/githubsync.cpp" line="+300"/>
        <source>%1: reachable, %n workflow runs.</source>
        <translation>
            <numerusform>%1: reachable, %n workflow run.</numerusform>
            <numerusform>%1: reachable, %n workflow runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::ci::csv::CsvImport</name>
    <message numerus="yes">
        <location filename="../core/ci/csv/csvimport.cpp" line="+92"/>
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+210"/>
        <source>%1, line %2: the header has %3 columns but this row has %n cells; is a quote missing, or a delimiter too many?</source>
        <translation>
            <numerusform>%1, line %2: the header has %3 columns but this row has %n cell; is a quote missing, or a delimiter too many?</numerusform>
            <numerusform>%1, line %2: the header has %3 columns but this row has %n cells; is a quote missing, or a delimiter too many?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>%1: %n deployments that ended have no finished_at; their durations are unknown</source>
        <translation>
            <numerusform>%1: %n deployment that ended has no finished_at; its duration is unknown</numerusform>
            <numerusform>%1: %n deployments that ended have no finished_at; their durations are unknown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::git</name>
    <message numerus="yes">
        <location filename="../core/git/gitimport.cpp" line="+335"/>
        <source>%n parent commit(s) are not in the repository (a shallow clone or missing objects); the history ends there.</source>
        <translation>
            <numerusform>%n parent commit is not in the repository (a shallow clone or missing objects); the history ends there.</numerusform>
            <numerusform>%n parent commits are not in the repository (a shallow clone or missing objects); the history ends there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::layout::GraphLayout</name>
    <message numerus="yes">
        <location filename="../core/layout/graphlayout.cpp" line="+312"/>
        <source>Graphviz could not lay out the graph of %n box(es): %1</source>
        <translation>
            <numerusform>Graphviz could not lay out the graph of %n box: %1</numerusform>
            <numerusform>Graphviz could not lay out the graph of %n boxes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::release::CheckText</name>
    <message numerus="yes">
        <location filename="../core/release/checks.cpp" line="+88"/>
        <source>Pipeline runs of %1: %n, all green.</source>
        <translation>
            <numerusform>Pipeline runs of %1: %n, green.</numerusform>
            <numerusform>Pipeline runs of %1: %n, all green.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::release::DeploymentCalendar</name>
    <message numerus="yes">
        <location filename="../core/release/calendar.cpp" line="+250"/>
        <source>Blackout %1, which lasts beyond the next %n day(s)</source>
        <translation>
            <numerusform>Blackout %1, which lasts beyond the next day</numerusform>
            <numerusform>Blackout %1, which lasts beyond the next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Outside every deployment window, and deploying is not allowed within the next %n day(s)</source>
        <translation>
            <numerusform>Outside every deployment window, and deploying is not allowed within the next day</numerusform>
            <numerusform>Outside every deployment window, and deploying is not allowed within the next %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::release::ReleaseStore</name>
    <message numerus="yes">
        <location filename="../core/release/releasestore.cpp" line="+333"/>
        <source>Created the %1 from the template %2, with %n task(s)</source>
        <translation>
            <numerusform>Created the %1 from the template %2, with %n task</numerusform>
            <numerusform>Created the %1 from the template %2, with %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Created the %1 with %n task(s)</source>
        <translation>
            <numerusform>Created the %1 with %n task</numerusform>
            <numerusform>Created the %1 with %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Edited the %1; it now has %n task(s) and is at revision %2</source>
        <translation>
            <numerusform>Edited the %1; it now has %n task and is at revision %2</numerusform>
            <numerusform>Edited the %1; it now has %n tasks and is at revision %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::report::ReportText</name>
    <message numerus="yes">
        <location filename="../core/report/summary.cpp" line="+97"/>
        <source>The %n days before have no data to compare with.</source>
        <translation>
            <numerusform>The day before has no data to compare with.</numerusform>
            <numerusform>The %n days before have no data to compare with.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Better than the %n days before (%1, level %2).</source>
        <translation>
            <numerusform>Better than the day before (%1, level %2).</numerusform>
            <numerusform>Better than the %n days before (%1, level %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Worse than the %n days before (%1, level %2).</source>
        <translation>
            <numerusform>Worse than the day before (%1, level %2).</numerusform>
            <numerusform>Worse than the %n days before (%1, level %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The same as the %n days before (%1, level %2).</source>
        <translation>
            <numerusform>The same as the day before (%1, level %2).</numerusform>
            <numerusform>The same as the %n days before (%1, level %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>This report covers %1 from %2 to %3 (%n days, UTC), measured against the DORA %4 benchmark.</source>
        <translation>
            <numerusform>This report covers %1 from %2 to %3 (%n day, UTC), measured against the DORA %4 benchmark.</numerusform>
            <numerusform>This report covers %1 from %2 to %3 (%n days, UTC), measured against the DORA %4 benchmark.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::CommitDetailsView</name>
    <message numerus="yes">
        <location filename="../views/history/commitdetailsview.cpp" line="+257"/>
        <source>Merge commit: it joins the work of %n parents.</source>
        <translation>
            <numerusform>Merge commit: it joins the work of %n parent.</numerusform>
            <numerusform>Merge commit: it joins the work of %n parents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n files changed</source>
        <translation>
            <numerusform>%n file changed</numerusform>
            <numerusform>%n files changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::CommitTableModel</name>
    <message numerus="yes">
        <location filename="../views/history/committablemodel.cpp" line="+316"/>
        <source>%n files changed</source>
        <translation>
            <numerusform>%n file changed</numerusform>
            <numerusform>%n files changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::DrillDownDialog</name>
    <message numerus="yes">
        <location filename="../views/metrics/drilldowndialog.cpp" line="+125"/>
        <source>%n failures</source>
        <translation>
            <numerusform>%n failure</numerusform>
            <numerusform>%n failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deployments</source>
        <translation>
            <numerusform>%n deployment</numerusform>
            <numerusform>%n deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n runs</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pull requests</source>
        <translation>
            <numerusform>%n pull request</numerusform>
            <numerusform>%n pull requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::EnvironmentsPage</name>
    <message numerus="yes">
        <location filename="../views/environments/environmentspage.cpp" line="+84"/>
        <source>p85 %1 · %n promotions</source>
        <translation>
            <numerusform>p85 %1 · %n promotion</numerusform>
            <numerusform>p85 %1 · %n promotions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Versions waited in %1 a median of %2 (85th percentile %3) before their deployment to %4 started, over %n promotions.</source>
        <translation>
            <numerusform>Versions waited in %1 a median of %2 (85th percentile %3) before their deployment to %4 started, over %n promotion.</numerusform>
            <numerusform>Versions waited in %1 a median of %2 (85th percentile %3) before their deployment to %4 started, over %n promotions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n deployments to %1 brought versions that had not been in %2 before; they are not counted.</source>
        <translation>
            <numerusform>%n deployment to %1 brought a version that had not been in %2 before; it is not counted.</numerusform>
            <numerusform>%n deployments to %1 brought versions that had not been in %2 before; they are not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::FlowFigures</name>
    <message numerus="yes">
        <location filename="../views/metrics/flowfigures.cpp" line="+139"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::HistoryPage</name>
    <message numerus="yes">
        <location filename="../views/history/historypage.cpp" line="+262"/>
        <source>in %n repositories</source>
        <translation>
            <numerusform>in %n repository</numerusform>
            <numerusform>in %n repositories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::LeadTimeHistogram</name>
    <message numerus="yes">
        <location filename="../views/metrics/leadtimehistogram.cpp" line="+116"/>
        <source>Lead time of %n changes</source>
        <translation>
            <numerusform>Lead time of %n change</numerusform>
            <numerusform>Lead time of %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cycle time of %n changes</source>
        <translation>
            <numerusform>Cycle time of %n change</numerusform>
            <numerusform>Cycle time of %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::MapCanvas</name>
    <message numerus="yes">
        <location filename="../views/valuestream/mappainter.cpp" line="+295"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/valuestream/mappaintertext.cpp" line="+108"/>
        <source>Measured: the %1 of %n records</source>
        <translation>
            <numerusform>Measured: the %1 of %n record</numerusform>
            <numerusform>Measured: the %1 of %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n steps</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::NewReleaseDialog</name>
    <message numerus="yes">
        <location filename="../views/releases/newreleasedialog.cpp" line="+81"/>
        <source>%n task(s); carries %1</source>
        <translation>
            <numerusform>%n task; carries %1</numerusform>
            <numerusform>%n tasks; carries %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::OverviewPage</name>
    <message numerus="yes">
        <location filename="../views/overview/overviewpage.cpp" line="+258"/>
        <source>%n services</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n environments</source>
        <translation>
            <numerusform>%n environment</numerusform>
            <numerusform>%n environments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::PipelineFileImport</name>
    <message numerus="yes">
        <location filename="../views/pipelines/pipelinefileimport.cpp" line="+59"/>
        <source>%n stages</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n things in the file were not interpreted:</source>
        <translation>
            <numerusform>%n thing in the file was not interpreted:</numerusform>
            <numerusform>%n things in the file were not interpreted:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::PipelineListModel</name>
    <message numerus="yes">
        <location filename="../views/pipelines/pipelinelistmodel.cpp" line="+43"/>
        <source>%n stages</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::PipelinesPage</name>
    <message numerus="yes">
        <location filename="../views/pipelines/pipelinespage.cpp" line="+334"/>
        <source>%n pipelines</source>
        <translation>
            <numerusform>%n pipeline</numerusform>
            <numerusform>%n pipelines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n stages</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n connections</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::PullRequestFigures</name>
    <message numerus="yes">
        <location filename="../views/metrics/pullrequestfigures.cpp" line="+26"/>
        <source>%n pull requests</source>
        <translation>
            <numerusform>%n pull request</numerusform>
            <numerusform>%n pull requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::ReportsPage</name>
    <message numerus="yes">
        <location filename="../views/reports/reportspageexport.cpp" line="+317"/>
        <source>✓ The report&apos;s tables were written to %1 (%n files).</source>
        <translation>
            <numerusform>✓ The report&apos;s tables were written to %1 (%n file).</numerusform>
            <numerusform>✓ The report&apos;s tables were written to %1 (%n files).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::RunTableModel</name>
    <message numerus="yes">
        <location filename="../views/runs/runtablemodel.cpp" line="+260"/>
        <source>%n jobs</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n jobs failed (a retried job counts each failed attempt)</source>
        <translation>
            <numerusform>%n job failed (a retried job counts each failed attempt)</numerusform>
            <numerusform>%n jobs failed (a retried job counts each failed attempt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::RunsPage</name>
    <message numerus="yes">
        <location filename="../views/runs/runspage.cpp" line="+235"/>
        <source>%1 of %n pipelines</source>
        <translation>
            <numerusform>%1 of %n pipeline</numerusform>
            <numerusform>%1 of %n pipelines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::ScopeBar</name>
    <message numerus="yes">
        <location filename="../views/common/scopebar.cpp" line="+320"/>
        <source>%n services</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n days, from the start of the first to the end of the last</source>
        <translation>
            <numerusform>%n day, from the start of the first to the end of the last</numerusform>
            <numerusform>%n days, from the start of the first to the end of the last</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::StepEditor</name>
    <message numerus="yes">
        <location filename="../views/valuestream/stepeditor.cpp" line="+378"/>
        <source>Measured: p85 of %n records</source>
        <translation>
            <numerusform>Measured: p85 of %n record</numerusform>
            <numerusform>Measured: p85 of %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Measured: median of %n records</source>
        <translation>
            <numerusform>Measured: median of %n record</numerusform>
            <numerusform>Measured: median of %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::TaskDetailsView</name>
    <message numerus="yes">
        <location filename="../views/releases/taskdetails.cpp" line="+271"/>
        <source>not started; up to %n retries</source>
        <translation>
            <numerusform>not started; up to %n retry</numerusform>
            <numerusform>not started; up to %n retries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::TaskGraphView</name>
    <message numerus="yes">
        <location filename="../views/releases/taskgraphview.cpp" line="+104"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::ValueStreamPage</name>
    <message numerus="yes">
        <location filename="../views/valuestream/valuestreampage.cpp" line="+329"/>
        <source>%n measured step(s)</source>
        <translation>
            <numerusform>%n measured step</numerusform>
            <numerusform>%n measured steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n estimate(s)</source>
        <translation>
            <numerusform>%n estimate</numerusform>
            <numerusform>%n estimates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdeck::views::format</name>
    <message numerus="yes">
        <location filename="../views/common/format.cpp" line="+165"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n months ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n years ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
</TS>
