// SPDX-License-Identifier: GPL-3.0-or-later
// Runs `flowdeck pipeline ...` as a separate process, on the shared pipeline fixtures and on files written here,
// and checks what it prints, writes and stores.
#include "fixturerows.h"
#include "fixturetime.h"
#include "programrun.h"
#include "rowinserter.h"
#include "scratchfile.h"
#include "store/query.h"
#include "store/workspace.h"
#include "workspacefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <graphviz/cgraph.h>

using namespace flowdeck;
using flowdeck::testing::countRows;
using flowdeck::testing::writeFile;
using namespace Qt::StringLiterals;

namespace {

using Run = flowdeck::testing::ProgramRun;

using Edge = std::pair<QString, QString>;

QString fixture(const QString &relative)
{
    return QStringLiteral(FLOWDECK_SHARED_FIXTURES) + u"/pipelines/"_s + relative;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonDocument parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << bytes.left(500);
    return document;
}

QStringList names(const QJsonArray &array, const QString &key = {})
{
    QStringList result;
    for (const QJsonValue &value : array)
        result.append(key.isEmpty() ? value.toString() : value.toObject().value(key).toString());
    return result;
}

QList<Edge> edgesOf(const QJsonObject &pipeline)
{
    QList<Edge> edges;
    for (const QJsonValue &value : pipeline.value(u"edges"_s).toArray()) {
        const QJsonArray pair = value.toArray();
        if (pair.size() == 2)
            edges.append({pair[0].toString(), pair[1].toString()});
        else
            edges.append(Edge{});
    }
    return edges;
}

QJsonObject stageNamed(const QJsonObject &pipeline, const QString &name)
{
    for (const QJsonValue &value : pipeline.value(u"stages"_s).toArray()) {
        if (value.toObject().value(u"name"_s).toString() == name)
            return value.toObject();
    }
    return {};
}

/// A DOT graph as Graphviz's own parser reads it: the labels of its nodes and its edges between labels.
struct DotGraph
{
    bool parsed = false;
    bool directed = false;
    QString rankdir;
    QString label;
    QStringList nodeLabels;
    QList<Edge> edges;
};

DotGraph readDot(const QByteArray &text)
{
    DotGraph result;
    Agraph_t *graph = agmemread(text.constData());
    if (!graph)
        return result;
    result.parsed = true;
    result.directed = agisdirected(graph);
    const auto attribute = [](void *object, const char *name) {
        const char *value = agget(object, const_cast<char *>(name));
        return value ? QString::fromUtf8(value) : QString();
    };
    result.rankdir = attribute(graph, "rankdir");
    result.label = attribute(graph, "label");
    for (Agnode_t *node = agfstnode(graph); node; node = agnxtnode(graph, node)) {
        result.nodeLabels.append(attribute(node, "label"));
        for (Agedge_t *edge = agfstout(graph, node); edge; edge = agnxtout(graph, edge))
            result.edges.append({attribute(agtail(edge), "label"), attribute(aghead(edge), "label")});
    }
    agclose(graph);
    return result;
}

// A pipeline in Flowdeck's canonical form (docs/pipeline-format.md), written by hand: quoted where YAML would
// read the name otherwise, kinds always, needs as block lists.
const QByteArray canonicalPipeline = "# Flowdeck pipeline\n"
                                     "pipeline: \"release: eu\"\n"
                                     "stages:\n"
                                     "  - name: build\n"
                                     "    kind: build\n"
                                     "  - name: Übersetzung prüfen\n"
                                     "    kind: test\n"
                                     "    needs:\n"
                                     "      - build\n"
                                     "  - name: \"42\"\n"
                                     "    kind: security\n"
                                     "    needs:\n"
                                     "      - build\n"
                                     "  - name: approve\n"
                                     "    kind: approval\n"
                                     "    needs:\n"
                                     "      - Übersetzung prüfen\n"
                                     "      - \"42\"\n"
                                     "  - name: deploy-staging\n"
                                     "    kind: deploy\n"
                                     "    environment: staging\n"
                                     "    needs:\n"
                                     "      - approve\n"
                                     "  - name: \"# nightly\"\n"
                                     "    kind: other\n";

} // namespace

class TestPipelineCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void help();
    void importFixture_data();
    void importFixture();
    void importPrintsWarningsWithPlaces();
    void reimportUpdatesThePipeline();
    void nativeRoundTrip();
    void nativeHandWrittenIsExportedCanonical();
    void dotExport();
    void listPipelines();
    void showWithoutJobs();
    void showWithJobs();
    void unreadableFiles_data();
    void unreadableFiles();
    void cycleIsRefused();
    void nameTakenByAnotherPipeline();
    void unknownPipeline();
    void missingWorkspace_data();
    void missingWorkspace();
    void usageErrors_data();
    void usageErrors();

private:
    Run run(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// Writes `content` to a file of the scratch folder and returns its path.
    QString scratch(const QString &name, const QByteArray &content) const;

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};

void TestPipelineCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(QStringLiteral(FLOWDECK_BINARY)).isExecutable());
    m_environment = flowdeck::testing::isolatedEnvironment(m_dir.path());
    QVERIFY(!m_environment.isEmpty());
    // Headless: no display at all is needed.
    m_environment.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
    m_environment.remove(u"DISPLAY"_s);
    m_environment.remove(u"WAYLAND_DISPLAY"_s);
}

Run TestPipelineCommand::run(const QStringList &arguments) const
{
    return flowdeck::testing::runProgram(QStringLiteral(FLOWDECK_BINARY), QStringList{u"pipeline"_s} + arguments,
                                         m_environment, m_dir.path());
}

QString TestPipelineCommand::scratch(const QString &name, const QByteArray &content) const
{
    const QString file = path(name);
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (!writeFile(file, content))
        return {};
    return file;
}

void TestPipelineCommand::help()
{
    const Run overview = run({u"--help"_s});
    QCOMPARE(overview.exitCode, 0);
    for (const QString &action : {u"import"_s, u"export"_s, u"list"_s, u"show"_s})
        QVERIFY2(overview.text().contains(action), qPrintable(action));

    const QList<std::pair<QString, QStringList>> options = {
        {u"import"_s, {u"--workspace"_s, u"--name"_s, u"--format"_s, u"--json"_s}},
        {u"export"_s, {u"--workspace"_s, u"--format"_s, u"--output"_s}},
        {u"list"_s, {u"--workspace"_s, u"--json"_s}},
        {u"show"_s, {u"--workspace"_s, u"--json"_s}},
    };
    for (const auto &[action, expected] : options) {
        const Run help = run({action, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const QString &option : expected)
            QVERIFY2(help.text().contains(option), qPrintable(action + u' ' + option));
    }
    // Options of other actions are not offered.
    QVERIFY(!run({u"export"_s, u"--help"_s}).text().contains(u"--name"_s));
    QVERIFY(!run({u"list"_s, u"--help"_s}).text().contains(u"--format"_s));
}

void TestPipelineCommand::importFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("stages");
    QTest::addColumn<int>("edges");
    QTest::addColumn<QList<Edge>>("someEdges");
    QTest::addColumn<QList<Edge>>("notEdges");
    QTest::addColumn<QStringList>("criticalPath");
    QTest::addColumn<int>("warnings");

    // One job (check_source) that the seven others need; the name is the workflow's `name:`. Without jobs every
    // stage weighs the same: the path is a chain of two, through the earliest defined of the seven.
    QTest::newRow("github cpython") << fixture(u"github-actions/python-cpython__build.yml"_s) << u"Tests"_s
                                    << u"github"_s << 8 << 7
                                    << QList<Edge>{{u"check_source"_s, u"check_abi"_s},
                                                   {u"check_source"_s, u"build_win32"_s},
                                                   {u"check_source"_s, u"build_ubuntu_ssltests"_s}}
                                    << QList<Edge>{{u"check_abi"_s, u"check_generated_files"_s}}
                                    << QStringList{u"check_source"_s, u"check_abi"_s} << 0;

    // plan; custom-build-binaries and -docker need plan; build-global-artifacts needs those three; host needs
    // the four before it; custom-publish-pypi and -wasm need plan and host; announce needs plan, host and both
    // publishes; notify-dependents, publish-docs and publish-playground need plan and announce: 1+1+3+4+2+2+4+2+2+2
    // = 23 edges. The longest chain runs over seven stages (ties go to the stage defined first).
    QTest::newRow("github ruff") << fixture(u"github-actions/astral-sh-ruff__release.yml"_s) << u"Release"_s
                                 << u"github"_s << 11 << 23
                                 << QList<Edge>{{u"plan"_s, u"custom-build-binaries"_s},
                                                {u"custom-build-docker"_s, u"build-global-artifacts"_s},
                                                {u"build-global-artifacts"_s, u"host"_s},
                                                {u"custom-publish-wasm"_s, u"announce"_s},
                                                {u"announce"_s, u"custom-publish-playground"_s}}
                                 << QList<Edge>{{u"announce"_s, u"host"_s},
                                                {u"custom-publish-pypi"_s, u"custom-publish-wasm"_s}}
                                 << QStringList{u"plan"_s,
                                                u"custom-build-binaries"_s,
                                                u"build-global-artifacts"_s,
                                                u"host"_s,
                                                u"custom-publish-pypi"_s,
                                                u"announce"_s,
                                                u"custom-notify-dependents"_s}
                                 << 0;

    // 20 jobs in 8 declared stages. Without needs a job waits for every job of the stage before: the two
    // pre-review jobs -> build-fedora-container (prep) -> the five review jobs; build-sysext has no stage (so
    // test) and waits for build and flatpak (build). The others name their needs: 2 + 5 + 2 + 9 = 18 edges, none
    // into build-toolbox and rebuild-toolbox (needs: []). 18 notes (docs/pipeline-import.md).
    QTest::newRow("gitlab gnome-shell") << fixture(u"gitlab-ci/GNOME-gnome-shell__.gitlab-ci.yml"_s)
                                        << u"GNOME-gnome-shell__.gitlab-ci"_s << u"gitlab"_s << 20 << 18
                                        << QList<Edge>{{u"check-merge-request"_s, u"build-fedora-container"_s},
                                                       {u"build-fedora-container"_s, u"potfile-js-check"_s},
                                                       {u"flatpak"_s, u"build-sysext"_s},
                                                       {u"build"_s, u"build-sysext"_s},
                                                       {u"flatpak"_s, u"nightly"_s},
                                                       {u"reference"_s, u"pages"_s},
                                                       {u"build"_s, u"dist-tarball"_s}}
                                        << QList<Edge>{{u"dist"_s, u"build-toolbox"_s},
                                                       {u"check-commit-log"_s, u"check-merge-request"_s}}
                                        << QStringList{u"check-commit-log"_s, u"build"_s, u"reference"_s, u"pages"_s}
                                        << 18;

    // 69 jobs; promote's one `passed:` gives the only edges, from four test jobs.
    QTest::newRow("concourse bosh-deployment")
        << fixture(u"concourse/cloudfoundry-bosh-deployment__ci__pipeline.yml"_s)
        << u"cloudfoundry-bosh-deployment__ci__pipeline"_s << u"concourse"_s << 69 << 4
        << QList<Edge>{{u"test-smoke"_s, u"promote"_s},
                       {u"test-noble-gcp"_s, u"promote"_s},
                       {u"test-noble-warden"_s, u"promote"_s},
                       {u"test-noble-docker"_s, u"promote"_s}}
        << QList<Edge>{{u"test-resolute-gcp"_s, u"promote"_s}} << QStringList{u"test-noble-gcp"_s, u"promote"_s} << 0;
}

void TestPipelineCommand::importFixture()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QString, format);
    QFETCH(int, stages);
    QFETCH(int, edges);
    QFETCH(QList<Edge>, someEdges);
    QFETCH(QList<Edge>, notEdges);
    QFETCH(QStringList, criticalPath);
    QFETCH(int, warnings);

    const QString workspace =
        path(u"fixture-%1.flowdeck"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
    QVERIFY(!QFileInfo::exists(workspace));
    // The format is told from the file.
    const Run result = run({u"import"_s, file, u"-w"_s, workspace, u"--json"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QJsonObject json = parseJson(result.out).object();
    QCOMPARE(json.value(u"name"_s).toString(), name);
    QCOMPARE(json.value(u"format"_s).toString(), format);
    QCOMPARE(json.value(u"revision"_s).toInt(), 1);
    QCOMPARE(json.value(u"stages"_s).toArray().size(), stages);
    const QList<Edge> stored = edgesOf(json);
    QCOMPARE(stored.size(), edges);
    QCOMPARE(QSet<Edge>(stored.cbegin(), stored.cend()).size(), edges);
    for (const Edge &edge : someEdges)
        QVERIFY2(stored.contains(edge), qPrintable(edge.first + u" -> "_s + edge.second));
    for (const Edge &edge : notEdges)
        QVERIFY2(!stored.contains(edge), qPrintable(edge.first + u" -> "_s + edge.second));
    // Every edge joins two stages of the pipeline.
    const QStringList stageNames = names(json.value(u"stages"_s).toArray(), u"name"_s);
    for (const Edge &edge : stored)
        QVERIFY(stageNames.contains(edge.first) && stageNames.contains(edge.second));
    QCOMPARE(names(json.value(u"critical_path"_s).toArray()), criticalPath);
    QCOMPARE(json.value(u"critical_path_weight"_s).toString(), u"stage_count"_s);
    QCOMPARE(json.value(u"warnings"_s).toArray().size(), warnings);
    for (const QJsonValue &stage : json.value(u"stages"_s).toArray()) {
        const QJsonObject object = stage.toObject();
        QVERIFY(object.contains(u"kind"_s));
        QVERIFY(object.contains(u"environment"_s));
        QCOMPARE(object.value(u"jobs"_s).toInt(), 0);
    }

    // What was stored: the rows, and the file's own text with its format.
    QCOMPARE(countRows(workspace, u"pipelines"_s), 1);
    QCOMPARE(countRows(workspace, u"stages"_s), stages);
    QCOMPARE(countRows(workspace, u"stage_edges"_s), edges);
    auto opened = store::Workspace::open(workspace);
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    QSqlQuery query((*opened)->connection());
    QVERIFY(query.exec(u"SELECT name, source, format, definition FROM pipelines"_s) && query.next());
    QCOMPARE(query.value(0).toString(), name);
    QCOMPARE(query.value(1).toString(), format);
    QCOMPARE(query.value(2).toString(), format);
    QCOMPARE(query.value(3).toString().toUtf8(), contents(file));
}

void TestPipelineCommand::importPrintsWarningsWithPlaces()
{
    const QString file = fixture(u"gitlab-ci/GNOME-gnome-shell__.gitlab-ci.yml"_s);
    const QString workspace = path(u"gnome-words.flowdeck"_s);
    const Run result = run({u"import"_s, file, u"-w"_s, workspace});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList lines = result.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 18);
    // Each warning names the file and its line: the includes at lines 2 to 17, build-sysext at line 180.
    const QRegularExpression placed(u"^Warning: "_s + QRegularExpression::escape(file) + u":(\\d+)(:\\d+)?: \\S"_s);
    QSet<int> lineNumbers;
    for (const QString &line : lines) {
        const auto match = placed.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        lineNumbers.insert(match.captured(1).toInt());
    }
    for (int expected : {2, 4, 6, 9, 12, 17, 180})
        QVERIFY2(lineNumbers.contains(expected), qPrintable(QString::number(expected)));
    QVERIFY2(result.text().contains(u"“GNOME-gnome-shell__.gitlab-ci”"_s), qPrintable(result.text()));
    QVERIFY(result.text().contains(QRegularExpression(u"\\b20 stages\\n"_s)));
    QVERIFY(result.text().contains(QRegularExpression(u"\\b18 edges\\n"_s)));
    QVERIFY(result.text().contains(QRegularExpression(u"\\b18 warnings\\n"_s)));
}

void TestPipelineCommand::reimportUpdatesThePipeline()
{
    const QString file = fixture(u"github-actions/python-cpython__build.yml"_s);
    const QString workspace = path(u"reimport.flowdeck"_s);
    QCOMPARE(run({u"import"_s, file, u"-w"_s, workspace}).exitCode, 0);
    QCOMPARE(countRows(workspace, u"pipelines"_s), 1);

    // The same file again updates that pipeline; its stages keep their rows.
    auto stageIds = [&] {
        QList<qint64> ids;
        auto opened = store::Workspace::open(workspace);
        if (!opened)
            return ids;
        QSqlQuery query((*opened)->connection());
        query.exec(u"SELECT id FROM stages ORDER BY id"_s);
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    };
    const QList<qint64> before = stageIds();
    QCOMPARE(before.size(), 8);
    const Run again = run({u"import"_s, file, u"-w"_s, workspace, u"--format"_s, u"github"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.text().contains(u"Updated"_s) && again.text().contains(u"revision 2"_s), qPrintable(again.text()));
    QCOMPARE(countRows(workspace, u"pipelines"_s), 1);
    QCOMPARE(stageIds(), before);

    // Under another name it is another pipeline.
    const Run renamed = run({u"import"_s, file, u"-w"_s, workspace, u"--name"_s, u"CPython tests"_s, u"--json"_s});
    QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.err));
    QCOMPARE(parseJson(renamed.out).object().value(u"name"_s).toString(), u"CPython tests"_s);
    QCOMPARE(parseJson(renamed.out).object().value(u"revision"_s).toInt(), 1);
    QCOMPARE(countRows(workspace, u"pipelines"_s), 2);
    QCOMPARE(countRows(workspace, u"stages"_s), 16);

    const Run listed = run({u"list"_s, u"-w"_s, workspace, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray pipelines = parseJson(listed.out).array();
    QCOMPARE(names(pipelines, u"name"_s), (QStringList{u"CPython tests"_s, u"Tests"_s}));
    QCOMPARE(pipelines[0].toObject().value(u"revision"_s).toInt(), 1);
    QCOMPARE(pipelines[1].toObject().value(u"revision"_s).toInt(), 2);
}

void TestPipelineCommand::nativeRoundTrip()
{
    const QString file = scratch(u"native/release.yml"_s, canonicalPipeline);
    QVERIFY(!file.isEmpty());
    const QString workspace = path(u"native.flowdeck"_s);
    const Run imported = run({u"import"_s, file, u"-w"_s, workspace, u"--json"_s});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QJsonObject json = parseJson(imported.out).object();
    QCOMPARE(json.value(u"name"_s).toString(), u"release: eu"_s);
    QCOMPARE(json.value(u"format"_s).toString(), u"flowdeck"_s);
    QCOMPARE(
        names(json.value(u"stages"_s).toArray(), u"name"_s),
        (QStringList{u"build"_s, u"Übersetzung prüfen"_s, u"42"_s, u"approve"_s, u"deploy-staging"_s, u"# nightly"_s}));
    QCOMPARE(edgesOf(json), (QList<Edge>{{u"build"_s, u"Übersetzung prüfen"_s},
                                         {u"build"_s, u"42"_s},
                                         {u"Übersetzung prüfen"_s, u"approve"_s},
                                         {u"42"_s, u"approve"_s},
                                         {u"approve"_s, u"deploy-staging"_s}}));
    const QJsonObject deploy = stageNamed(json, u"deploy-staging"_s);
    QCOMPARE(deploy.value(u"kind"_s).toString(), u"deploy"_s);
    QCOMPARE(deploy.value(u"environment"_s).toString(), u"staging"_s);
    QVERIFY(stageNamed(json, u"build"_s).value(u"environment"_s).isNull());
    QCOMPARE(names(json.value(u"added_environments"_s).toArray()), QStringList{u"staging"_s});
    QCOMPARE(names(json.value(u"critical_path"_s).toArray()),
             (QStringList{u"build"_s, u"Übersetzung prüfen"_s, u"approve"_s, u"deploy-staging"_s}));

    // Exported as YAML: the very bytes of the file, to standard output and to a file.
    const Run exported = run({u"export"_s, u"release: eu"_s, u"--format"_s, u"yaml"_s, u"-w"_s, workspace});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(exported.out, canonicalPipeline);
    const QString out = path(u"native/exported.yaml"_s);
    const Run written = run({u"export"_s, u"release: eu"_s, u"-w"_s, workspace, u"-o"_s, out});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QCOMPARE(contents(out), canonicalPipeline);

    // The export imports again to the same pipeline: nothing changes but the revision.
    const Run again = run({u"import"_s, out, u"-w"_s, workspace, u"--json"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(parseJson(again.out).object().value(u"revision"_s).toInt(), 2);
    QCOMPARE(countRows(workspace, u"pipelines"_s), 1);
    QCOMPARE(run({u"export"_s, u"release: eu"_s, u"--format"_s, u"yaml"_s, u"-w"_s, workspace}).out, canonicalPipeline);
}

void TestPipelineCommand::nativeHandWrittenIsExportedCanonical()
{
    // Flow lists, other quoting, comments, a kind left out, and a name needed twice.
    const QString file = scratch(u"native/checkout.yaml"_s, "pipeline: 'checkout'   # the shop\n"
                                                            "stages:\n"
                                                            "- {name: build, kind: build}\n"
                                                            "- name: 'unit tests'\n"
                                                            "  kind: test\n"
                                                            "  needs: [build, build]\n"
                                                            "- name: yes\n"
                                                            "  needs: [\"unit tests\"]\n");
    const QString workspace = path(u"handwritten.flowdeck"_s);
    const Run imported = run({u"import"_s, file, u"-w"_s, workspace, u"--format"_s, u"flowdeck"_s});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    // The repeated need is a note with its place.
    QVERIFY2(
        imported.err.contains(QRegularExpression(u"Warning: "_s + QRegularExpression::escape(file) + u":6:\\d+: "_s)),
        qPrintable(imported.err));
    const Run exported = run({u"export"_s, u"checkout"_s, u"--format"_s, u"yaml"_s, u"-w"_s, workspace});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(exported.out, QByteArray("# Flowdeck pipeline\n"
                                      "pipeline: checkout\n"
                                      "stages:\n"
                                      "  - name: build\n"
                                      "    kind: build\n"
                                      "  - name: unit tests\n"
                                      "    kind: test\n"
                                      "    needs:\n"
                                      "      - build\n"
                                      "  - name: \"yes\"\n"
                                      "    kind: other\n"
                                      "    needs:\n"
                                      "      - unit tests\n"));
}

void TestPipelineCommand::dotExport()
{
    const QString workspace = path(u"dot.flowdeck"_s);
    QCOMPARE(run({u"import"_s, fixture(u"github-actions/astral-sh-ruff__release.yml"_s), u"-w"_s, workspace}).exitCode,
             0);
    const Run exported = run({u"export"_s, u"Release"_s, u"--format"_s, u"dot"_s, u"-w"_s, workspace});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const DotGraph graph = readDot(exported.out);
    QVERIFY2(graph.parsed, exported.out.constData());
    QVERIFY(graph.directed);
    QCOMPARE(graph.rankdir, u"LR"_s);
    QCOMPARE(graph.label, u"Release"_s);
    QCOMPARE(graph.nodeLabels.size(), 11);
    QCOMPARE(
        QSet<QString>(graph.nodeLabels.cbegin(), graph.nodeLabels.cend()),
        (QSet<QString>{u"plan"_s, u"custom-build-binaries"_s, u"custom-build-docker"_s, u"build-global-artifacts"_s,
                       u"host"_s, u"custom-publish-pypi"_s, u"custom-publish-wasm"_s, u"announce"_s,
                       u"custom-notify-dependents"_s, u"custom-publish-docs"_s, u"custom-publish-playground"_s}));
    QCOMPARE(graph.edges.size(), 23);
    for (const Edge &edge : {Edge{u"plan"_s, u"host"_s}, Edge{u"custom-build-docker"_s, u"host"_s},
                             Edge{u"host"_s, u"custom-publish-wasm"_s}, Edge{u"announce"_s, u"custom-publish-docs"_s}})
        QVERIFY2(graph.edges.contains(edge), qPrintable(edge.first + u" -> "_s + edge.second));
    QVERIFY(!graph.edges.contains(Edge{u"host"_s, u"plan"_s}));

    // A deploy stage's box names its environment; -o with a .dot name needs no --format.
    const QString native = scratch(u"dot/native.yml"_s, canonicalPipeline);
    QCOMPARE(run({u"import"_s, native, u"-w"_s, workspace}).exitCode, 0);
    const QString out = path(u"dot/release.dot"_s);
    const Run written = run({u"export"_s, u"release: eu"_s, u"-w"_s, workspace, u"-o"_s, out});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    const DotGraph release = readDot(contents(out));
    QVERIFY(release.parsed);
    QCOMPARE(release.label, u"release: eu"_s);
    QCOMPARE(release.nodeLabels.size(), 6);
    QCOMPARE(release.edges.size(), 5);
    const auto deploy = std::find_if(release.nodeLabels.cbegin(), release.nodeLabels.cend(),
                                     [](const QString &label) { return label.startsWith(u"deploy-staging"_s); });
    QVERIFY(deploy != release.nodeLabels.cend());
    QVERIFY2(deploy->mid(QStringLiteral("deploy-staging").size()).contains(u"staging"_s), qPrintable(*deploy));
    QVERIFY(release.nodeLabels.contains(u"# nightly"_s));
    QVERIFY(release.edges.contains(Edge{u"Übersetzung prüfen"_s, u"approve"_s}));
}

void TestPipelineCommand::listPipelines()
{
    const QString workspace = path(u"list.flowdeck"_s);
    // A workspace without pipelines lists none.
    {
        auto created = store::Workspace::create(workspace);
        QVERIFY2(created, qPrintable(created.errorMessage()));
    }
    const Run empty = run({u"list"_s, u"-w"_s, workspace, u"--json"_s});
    QVERIFY2(empty.exitCode == 0, qPrintable(empty.err));
    QVERIFY(parseJson(empty.out).isArray());
    QCOMPARE(parseJson(empty.out).array().size(), 0);
    const Run emptyWords = run({u"list"_s, u"-w"_s, workspace});
    QCOMPARE(emptyWords.exitCode, 0);
    QVERIFY2(emptyWords.text().contains(u"no pipelines"_s), qPrintable(emptyWords.text()));

    QCOMPARE(
        run({u"import"_s, fixture(u"concourse/cloudfoundry-bosh-deployment__ci__pipeline.yml"_s), u"-w"_s, workspace})
            .exitCode,
        0);
    QCOMPARE(run({u"import"_s, fixture(u"github-actions/astral-sh-ruff__release.yml"_s), u"-w"_s, workspace}).exitCode,
             0);
    const Run listed = run({u"list"_s, u"-w"_s, workspace, u"--json"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray pipelines = parseJson(listed.out).array();
    QCOMPARE(pipelines.size(), 2);
    // By name.
    const QJsonObject release = pipelines[0].toObject();
    const QJsonObject bosh = pipelines[1].toObject();
    QCOMPARE(release.value(u"name"_s).toString(), u"Release"_s);
    QCOMPARE(release.value(u"stages"_s).toInt(), 11);
    QCOMPARE(release.value(u"edges"_s).toInt(), 23);
    QCOMPARE(release.value(u"revision"_s).toInt(), 1);
    QCOMPARE(release.value(u"format"_s).toString(), u"github"_s);
    QVERIFY(release.value(u"service"_s).isNull());
    QCOMPARE(bosh.value(u"name"_s).toString(), u"cloudfoundry-bosh-deployment__ci__pipeline"_s);
    QCOMPARE(bosh.value(u"stages"_s).toInt(), 69);
    QCOMPARE(bosh.value(u"edges"_s).toInt(), 4);
    QCOMPARE(bosh.value(u"source"_s).toString(), u"concourse"_s);
    QVERIFY(QDateTime::fromString(bosh.value(u"updated_at"_s).toString(), Qt::ISODateWithMs).isValid());

    // In words: one line per pipeline under a heading.
    const Run words = run({u"list"_s, u"-w"_s, workspace});
    QVERIFY2(words.exitCode == 0, qPrintable(words.err));
    const QStringList lines = words.text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[1].contains(QRegularExpression(u"^Release\\s+11\\s+23\\s+1\\s+github$"_s)), qPrintable(lines[1]));
    QVERIFY2(lines[2].contains(QRegularExpression(u"^cloudfoundry-bosh-deployment__ci__pipeline\\s+69\\s+4\\s+1\\s+"
                                                  u"concourse$"_s)),
             qPrintable(lines[2]));
}

void TestPipelineCommand::showWithoutJobs()
{
    const QString workspace = path(u"show.flowdeck"_s);
    QCOMPARE(run({u"import"_s, fixture(u"github-actions/astral-sh-ruff__release.yml"_s), u"-w"_s, workspace}).exitCode,
             0);
    const Run json = run({u"show"_s, u"Release"_s, u"-w"_s, workspace, u"--json"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject pipeline = parseJson(json.out).object();
    QCOMPARE(pipeline.value(u"name"_s).toString(), u"Release"_s);
    QCOMPARE(pipeline.value(u"stages"_s).toArray().size(), 11);
    QCOMPARE(edgesOf(pipeline).size(), 23);
    QCOMPARE(pipeline.value(u"warnings"_s).toArray().size(), 0);
    QVERIFY(pipeline.value(u"critical_path_ms"_s).isNull());
    // Layers: the longest chain of needs to each stage.
    const QList<std::pair<QString, int>> layers = {{u"plan"_s, 0},
                                                   {u"custom-build-docker"_s, 1},
                                                   {u"build-global-artifacts"_s, 2},
                                                   {u"host"_s, 3},
                                                   {u"custom-publish-wasm"_s, 4},
                                                   {u"announce"_s, 5},
                                                   {u"custom-publish-docs"_s, 6}};
    for (const auto &[name, layer] : layers)
        QCOMPARE(stageNamed(pipeline, name).value(u"layer"_s).toInt(), layer);

    // In words: the stages in topological order, each after every stage it needs, the critical ones marked.
    const Run words = run({u"show"_s, u"Release"_s, u"-w"_s, workspace});
    QVERIFY2(words.exitCode == 0, qPrintable(words.err));
    const QStringList lines = words.text().split(u'\n');
    const QRegularExpression stageLine(u"^([ *]) +(\\d+) +(\\S+) +(\\S+)"_s);
    QStringList order;
    QStringList marked;
    for (const QString &line : lines) {
        const auto match = stageLine.match(line);
        if (!match.hasMatch())
            continue;
        order.append(match.captured(3));
        if (match.captured(1) == u"*"_s)
            marked.append(match.captured(3));
    }
    QCOMPARE(order.size(), 11);
    QCOMPARE(order.first(), u"plan"_s);
    QVERIFY(order.indexOf(u"host"_s) > order.indexOf(u"build-global-artifacts"_s));
    QVERIFY(order.indexOf(u"announce"_s) > order.indexOf(u"custom-publish-wasm"_s));
    QVERIFY(order.indexOf(u"custom-publish-docs"_s) > order.indexOf(u"announce"_s));
    QCOMPARE(marked, (QStringList{u"plan"_s, u"custom-build-binaries"_s, u"build-global-artifacts"_s, u"host"_s,
                                  u"custom-publish-pypi"_s, u"announce"_s, u"custom-notify-dependents"_s}));
    QVERIFY2(words.text().contains(u"plan → custom-build-binaries → build-global-artifacts → host"_s),
             qPrintable(words.text()));
    // No jobs: no statistics columns.
    QVERIFY(!words.text().contains(u"success"_s));
}

void TestPipelineCommand::showWithJobs()
{
    using testing::hour;
    using testing::minute;
    using testing::T;
    const QString file =
        scratch(u"jobs/pipeline.yml"_s,
                "pipeline: shop\n"
                "stages:\n"
                "  - {name: build, kind: build}\n"
                "  - {name: lint, kind: test}\n"
                "  - {name: unit, kind: test, needs: [build]}\n"
                "  - {name: package, kind: build, needs: [build]}\n"
                "  - {name: deploy, kind: deploy, environment: staging, needs: [unit, package, lint]}\n");
    const QString workspace = path(u"jobs.flowdeck"_s);
    QCOMPARE(run({u"import"_s, file, u"-w"_s, workspace}).exitCode, 0);

    {
        auto opened = store::Workspace::open(workspace);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QHash<QString, Id> stage;
        QSqlQuery query((*opened)->connection());
        QVERIFY(query.exec(u"SELECT id, name FROM stages"_s));
        while (query.next())
            stage.insert(query.value(1).toString(), query.value(0).toLongLong());
        QCOMPARE(stage.size(), 5);
        testing::RowInserter in(**opened);
        const Id run1 = in.add(testing::runRow(Status::Succeeded, T, T, T + hour));
        const Id run2 = in.add(testing::runRow(Status::Failed, T + hour, T + hour, T + 2 * hour));
        const auto job = [&](Id run, const QString &name, const char *status, Timestamp queued, Timestamp started,
                             Timestamp finished) {
            Job row = testing::jobRow(run, name, status, queued, started, finished);
            row.stageId = stage.value(name);
            in.add(row);
        };
        // build: queues 1 and 3 min (median 2), runs 4 and 6 min (median 5): 7 min; one of two failed.
        job(run1, u"build"_s, Status::Succeeded, T, T + minute, T + 5 * minute);
        job(run2, u"build"_s, Status::Failed, T + hour, T + hour + 3 * minute, T + hour + 9 * minute);
        // lint: no queue, 20 min; unit: 1 + 2 min; package: 6 min; deploy: no jobs (0).
        job(run1, u"lint"_s, Status::Succeeded, T, T, T + 20 * minute);
        job(run1, u"unit"_s, Status::Succeeded, T + 5 * minute, T + 6 * minute, T + 8 * minute);
        job(run1, u"package"_s, Status::Succeeded, T + 5 * minute, T + 5 * minute, T + 11 * minute);
        QVERIFY2(in.error().isEmpty(), qPrintable(in.error()));
    }

    // build -> unit -> deploy takes 7 + 3 = 10 min, build -> package -> deploy 13, lint -> deploy 20: the critical
    // path is lint, deploy (20 min), though by stage count it would go through build. build may start 7 min late.
    const Run json = run({u"show"_s, u"shop"_s, u"-w"_s, workspace, u"--json"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject pipeline = parseJson(json.out).object();
    QCOMPARE(names(pipeline.value(u"critical_path"_s).toArray()), (QStringList{u"lint"_s, u"deploy"_s}));
    QCOMPARE(pipeline.value(u"critical_path_weight"_s).toString(), u"median_duration"_s);
    QCOMPARE(pipeline.value(u"critical_path_ms"_s).toInteger(), 20 * minute);
    const QJsonObject build = stageNamed(pipeline, u"build"_s);
    QCOMPARE(build.value(u"median_queue_ms"_s).toInteger(), 2 * minute);
    QCOMPARE(build.value(u"median_run_ms"_s).toInteger(), 5 * minute);
    QCOMPARE(build.value(u"success_rate"_s).toDouble(), 0.5);
    QCOMPARE(build.value(u"jobs"_s).toInt(), 2);
    QCOMPARE(build.value(u"runs"_s).toInt(), 2);
    QCOMPARE(build.value(u"slack_ms"_s).toInteger(), 7 * minute);
    QCOMPARE(build.value(u"on_critical_path"_s).toBool(), false);
    const QJsonObject deploy = stageNamed(pipeline, u"deploy"_s);
    QCOMPARE(deploy.value(u"jobs"_s).toInt(), 0);
    QVERIFY(deploy.value(u"median_run_ms"_s).isNull());
    QVERIFY(deploy.value(u"success_rate"_s).isNull());
    QCOMPARE(deploy.value(u"on_critical_path"_s).toBool(), true);
    QCOMPARE(deploy.value(u"environment"_s).toString(), u"staging"_s);

    const Run words = run({u"show"_s, u"shop"_s, u"-w"_s, workspace});
    QVERIFY2(words.exitCode == 0, qPrintable(words.err));
    const QStringList lines = words.text().split(u'\n');
    const auto lineOf = [&](const QString &stage) {
        for (const QString &line : lines) {
            if (line.contains(QRegularExpression(u"^[ *] +\\d+ +"_s + stage + u" "_s)))
                return line;
        }
        return QString();
    };
    // Topological order: build and lint (layer 0), unit and package (1), deploy (2).
    QStringList order;
    for (const QString &line : lines) {
        const auto match = QRegularExpression(u"^[ *] +\\d+ +(\\S+) "_s).match(line);
        if (match.hasMatch())
            order.append(match.captured(1));
    }
    QCOMPARE(order, (QStringList{u"build"_s, u"lint"_s, u"unit"_s, u"package"_s, u"deploy"_s}));
    QVERIFY2(lineOf(u"build"_s).contains(QRegularExpression(u"^  +0 +build +build +2 min +5 min +50% +2$"_s)),
             qPrintable(lineOf(u"build"_s)));
    QVERIFY2(lineOf(u"lint"_s).startsWith(u'*'), qPrintable(lineOf(u"lint"_s)));
    QVERIFY2(lineOf(u"deploy"_s)
                 .contains(QRegularExpression(u"^\\* +2 +deploy +deploy +staging .* 0 +unit, package, "
                                              u"lint$"_s)),
             qPrintable(lineOf(u"deploy"_s)));
    QVERIFY2(words.text().contains(u"20 min"_s) && words.text().contains(u"lint → deploy"_s), qPrintable(words.text()));
}

void TestPipelineCommand::unreadableFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("arguments");
    // Where the fault is, after the file's name: the importers write "FILE, line L, column C", the Flowdeck
    // reader "FILE:L:C".
    QTest::addColumn<QString>("place");

    // A flow list not closed: yaml-cpp reports it where the file ends, after the line end of line 4.
    QTest::newRow("yaml syntax") << u"broken/workflow.yml"_s
                                 << QByteArray("on: push\njobs:\n  build:\n    runs-on: [ubuntu\n") << QStringList()
                                 << u", line 5, column 1:"_s;
    // An unknown kind in a Flowdeck file: line 4, where the value starts (column 11).
    QTest::newRow("native kind") << u"broken/native.yml"_s
                                 << QByteArray("pipeline: broken\nstages:\n  - name: build\n    kind: compile\n")
                                 << QStringList() << u":4:11:"_s;
    // A tab used to indent, in a file given as GitLab CI.
    QTest::newRow("tab") << u"broken/ci.yml"_s << QByteArray("build:\n\tscript: make\n")
                         << QStringList{u"--format"_s, u"gitlab"_s} << u", line 2, column \\d+:"_s;
    // YAML, but no pipeline definition Flowdeck knows: the file is named.
    QTest::newRow("unknown kind of file")
        << u"broken/settings.yml"_s << QByteArray("colour: blue\nsize: 3\n") << QStringList() << QString();
    QTest::newRow("missing file") << u"broken/none.yml"_s << QByteArray() << QStringList() << QString();
    QTest::newRow("folder") << u"broken"_s << QByteArray() << QStringList() << QString();
}

void TestPipelineCommand::unreadableFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, arguments);
    QFETCH(QString, place);
    QDir().mkpath(path(u"broken"_s));
    const QString file = path(name);
    if (!content.isEmpty())
        QVERIFY(writeFile(file, content));

    // Into a new workspace: it is not created.
    const QString workspace = path(u"unreadable.flowdeck"_s);
    const Run result = run(QStringList{u"import"_s, file, u"-w"_s, workspace} + arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QRegularExpression(QRegularExpression::escape(file) + place)), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFileInfo::exists(workspace));

    // Into an existing one: it is left as it was.
    const QString existing = path(u"unreadable-existing.flowdeck"_s);
    if (!QFileInfo::exists(existing)) {
        QCOMPARE(run({u"import"_s, fixture(u"github-actions/python-cpython__build.yml"_s), u"-w"_s, existing}).exitCode,
                 0);
    }
    QCOMPARE(run(QStringList{u"import"_s, file, u"-w"_s, existing} + arguments).exitCode, 1);
    QCOMPARE(countRows(existing, u"pipelines"_s), 1);
    QCOMPARE(countRows(existing, u"stages"_s), 8);
}

void TestPipelineCommand::cycleIsRefused()
{
    // build needs deploy, test needs build, deploy needs test.
    const QString workflow = scratch(u"cycle/.github/workflows/loop.yml"_s, "name: Loop\n"
                                                                            "on: push\n"
                                                                            "jobs:\n"
                                                                            "  build:\n"
                                                                            "    runs-on: ubuntu-latest\n"
                                                                            "    needs: deploy\n"
                                                                            "    steps: [{run: make}]\n"
                                                                            "  test:\n"
                                                                            "    runs-on: ubuntu-latest\n"
                                                                            "    needs: [build]\n"
                                                                            "    steps: [{run: make check}]\n"
                                                                            "  deploy:\n"
                                                                            "    runs-on: ubuntu-latest\n"
                                                                            "    needs: test\n"
                                                                            "    steps: [{run: make install}]\n");
    const QString workspace = path(u"cycle.flowdeck"_s);
    const Run fresh = run({u"import"_s, workflow, u"-w"_s, workspace});
    QCOMPARE(fresh.exitCode, 1);
    QVERIFY2(fresh.err.contains(u"“build” → “test” → “deploy” → “build”"_s), qPrintable(fresh.err));
    QVERIFY2(fresh.err.contains(workflow), qPrintable(fresh.err));
    QVERIFY(!QFileInfo::exists(workspace));

    // A Flowdeck file with a stage that needs itself, into a workspace that has a pipeline: nothing changes.
    const QString native = scratch(u"cycle/self.yml"_s, "pipeline: Loop\n"
                                                        "stages:\n"
                                                        "  - name: a\n"
                                                        "  - name: b\n"
                                                        "    needs: [a, b]\n");
    QCOMPARE(run({u"import"_s, fixture(u"github-actions/python-cpython__build.yml"_s), u"-w"_s, workspace}).exitCode,
             0);
    const Run self = run({u"import"_s, native, u"-w"_s, workspace, u"--json"_s});
    QCOMPARE(self.exitCode, 1);
    QVERIFY2(self.err.contains(native + u":4:5: Stage “b” needs itself"_s), qPrintable(self.err));
    QVERIFY(self.out.isEmpty());
    QCOMPARE(countRows(workspace, u"pipelines"_s), 1);
    QCOMPARE(countRows(workspace, u"stages"_s), 8);
}

void TestPipelineCommand::nameTakenByAnotherPipeline()
{
    // A Flowdeck pipeline called Tests, then the cpython workflow, which is called Tests too.
    const QString native = scratch(u"taken/tests.yml"_s, "pipeline: Tests\nstages:\n  - name: only\n");
    const QString workspace = path(u"taken.flowdeck"_s);
    QCOMPARE(run({u"import"_s, native, u"-w"_s, workspace}).exitCode, 0);
    const QString workflow = fixture(u"github-actions/python-cpython__build.yml"_s);
    const Run taken = run({u"import"_s, workflow, u"-w"_s, workspace});
    QCOMPARE(taken.exitCode, 1);
    QVERIFY2(taken.err.contains(u"“Tests”"_s) && taken.err.contains(u"--name"_s), qPrintable(taken.err));
    QCOMPARE(countRows(workspace, u"pipelines"_s), 1);
    QCOMPARE(countRows(workspace, u"stages"_s), 1);
    // Under another name it goes in.
    QCOMPARE(run({u"import"_s, workflow, u"-w"_s, workspace, u"--name"_s, u"Tests (GitHub)"_s}).exitCode, 0);
    QCOMPARE(countRows(workspace, u"pipelines"_s), 2);
}

void TestPipelineCommand::unknownPipeline()
{
    const QString workspace = path(u"unknown.flowdeck"_s);
    QCOMPARE(run({u"import"_s, fixture(u"github-actions/python-cpython__build.yml"_s), u"-w"_s, workspace}).exitCode,
             0);
    const Run exported = run({u"export"_s, u"Nightly"_s, u"--format"_s, u"yaml"_s, u"-w"_s, workspace});
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains(u"Nightly"_s), qPrintable(exported.err));
    QVERIFY(exported.out.isEmpty());
    const QString out = path(u"nightly.dot"_s);
    QCOMPARE(run({u"export"_s, u"Nightly"_s, u"-w"_s, workspace, u"-o"_s, out}).exitCode, 1);
    QVERIFY(!QFileInfo::exists(out));
    const Run shown = run({u"show"_s, u"Nightly"_s, u"-w"_s, workspace});
    QCOMPARE(shown.exitCode, 1);
    QVERIFY2(shown.err.contains(u"Nightly"_s), qPrintable(shown.err));
    // A file that cannot be written is named.
    const Run unwritable =
        run({u"export"_s, u"Tests"_s, u"-w"_s, workspace, u"-o"_s, path(u"no-such-folder/tests.yml"_s)});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY2(unwritable.err.contains(u"no-such-folder/tests.yml"_s), qPrintable(unwritable.err));
}

void TestPipelineCommand::missingWorkspace_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("export") << QStringList{u"export"_s, u"Tests"_s, u"--format"_s, u"dot"_s};
    QTest::newRow("list") << QStringList{u"list"_s};
    QTest::newRow("show") << QStringList{u"show"_s, u"Tests"_s, u"--json"_s};
}

void TestPipelineCommand::missingWorkspace()
{
    QFETCH(QStringList, arguments);
    const QString workspace = path(u"nowhere.flowdeck"_s);
    const Run result = run(arguments + QStringList{u"-w"_s, workspace});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(workspace) && result.err.contains(u"does not exist"_s), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFileInfo::exists(workspace));
}

void TestPipelineCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QString file = fixture(u"github-actions/python-cpython__build.yml"_s);
    const QString w = u"usage.flowdeck"_s;
    QTest::newRow("no action") << QStringList{} << u"import, export, list or show"_s;
    QTest::newRow("unknown action") << QStringList{u"draw"_s, u"-w"_s, w} << u"draw"_s;
    QTest::newRow("unknown option") << QStringList{u"list"_s, u"-w"_s, w, u"--colour"_s} << u"colour"_s;
    QTest::newRow("import without file") << QStringList{u"import"_s, u"-w"_s, w} << u"file"_s;
    QTest::newRow("import without workspace") << QStringList{u"import"_s, file} << u"-w"_s;
    QTest::newRow("import two files") << QStringList{u"import"_s, file, u"second.yml"_s, u"-w"_s, w} << u"second.yml"_s;
    QTest::newRow("import unknown format")
        << QStringList{u"import"_s, file, u"-w"_s, w, u"--format"_s, u"jenkins"_s} << u"jenkins"_s;
    QTest::newRow("import empty name") << QStringList{u"import"_s, file, u"-w"_s, w, u"--name"_s, u" "_s}
                                       << u"--name"_s;
    QTest::newRow("import with -o") << QStringList{u"import"_s, file, u"-w"_s, w, u"-o"_s, u"x"_s} << u"'o'"_s;
    QTest::newRow("export without name") << QStringList{u"export"_s, u"--format"_s, u"dot"_s, u"-w"_s, w}
                                         << u"name the pipeline"_s;
    QTest::newRow("export without format") << QStringList{u"export"_s, u"Tests"_s, u"-w"_s, w} << u"--format"_s;
    QTest::newRow("export unknown format")
        << QStringList{u"export"_s, u"Tests"_s, u"--format"_s, u"png"_s, u"-w"_s, w} << u"png"_s;
    QTest::newRow("export format from unknown suffix")
        << QStringList{u"export"_s, u"Tests"_s, u"-o"_s, u"tests.png"_s, u"-w"_s, w} << u"--format"_s;
    QTest::newRow("export with --name") << QStringList{u"export"_s, u"Tests"_s, u"--format"_s, u"dot"_s,
                                                       u"-w"_s,     w,          u"--name"_s,   u"x"_s}
                                        << u"'name'"_s;
    QTest::newRow("export without workspace")
        << QStringList{u"export"_s, u"Tests"_s, u"--format"_s, u"dot"_s} << u"-w"_s;
    QTest::newRow("list with argument") << QStringList{u"list"_s, u"Tests"_s, u"-w"_s, w} << u"Tests"_s;
    QTest::newRow("list without workspace") << QStringList{u"list"_s} << u"-w"_s;
    QTest::newRow("show without name") << QStringList{u"show"_s, u"-w"_s, w} << u"name the pipeline"_s;
}

void TestPipelineCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFileInfo::exists(path(u"usage.flowdeck"_s)));
}

QTEST_GUILESS_MAIN(TestPipelineCommand)
#include "tst_pipelinecommand.moc"
