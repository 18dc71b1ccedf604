// SPDX-License-Identifier: GPL-3.0-or-later
// Folders of saved API responses imported: copies of the shared GitHub, GitLab and Jenkins fixtures, as they are,
// with what was stored compared with the values the fixture files hold (times worked out from their ISO 8601 text
// by hand); files of several pages, bad files, links, cancel, and the text scanner underneath. Every case runs on
// SQLite and again on PostgreSQL (a database of its own on the test server for each workspace).
#include "engineworkspaces.h"

#include "ci/files/backgroundcheckpoints.h"
#include "ci/files/filereader.h"
#include "ci/files/jsontext.h"
#include "ci/files/savedresponses.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace flowdeck;
using namespace flowdeck::ci;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &provider, const QString &name)
{
    return QStringLiteral(FLOWDECK_SHARED_FIXTURES) + u"/ci/"_s + provider + u'/' + name;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// Copies every fixture of `provider` into `folder`, names unchanged.
bool copyFixtures(const QString &provider, const QString &folder)
{
    QDir().mkpath(folder);
    const QDir source(QStringLiteral(FLOWDECK_SHARED_FIXTURES) + u"/ci/"_s + provider);
    const QStringList names = source.entryList(QDir::Files);
    if (names.isEmpty())
        return false;
    for (const QString &name : names) {
        if (!QFile::copy(source.filePath(name), folder + u'/' + name))
            return false;
    }
    return true;
}

bool copyFixture(const QString &provider, const QString &name, const QString &folder, const QString &as = {})
{
    QDir().mkpath(folder);
    return QFile::copy(fixture(provider, name), folder + u'/' + (as.isEmpty() ? name : as));
}

qint64 count(const store::Workspace &workspace, const QString &table)
{
    auto query = store::runQuery(workspace.connection(), table, u"SELECT count(*) FROM "_s + table);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

/// The row counts of every table an import writes to.
QList<qint64> rowCounts(const store::Workspace &workspace)
{
    QList<qint64> counts;
    for (const auto table : {"services", "environments", "pipeline_runs", "jobs", "job_steps", "deployments",
                             "deployment_statuses", "pull_requests", "incidents", "ci_releases", "repositories"})
        counts.append(count(workspace, QString::fromLatin1(table)));
    return counts;
}

/// The values of the first row `sql` selects, as strings ("" for NULL); empty when there is no row.
QStringList row(const store::Workspace &workspace, const QString &sql, const QVariantList &values = {})
{
    auto query = store::runQuery(workspace.connection(), u"test"_s, sql, values);
    QStringList result;
    if (!query || !query->next())
        return result;
    for (int i = 0; i < query->record().count(); ++i)
        result.append(query->value(i).isNull() ? QString() : query->value(i).toString());
    return result;
}

QStringList column(const store::Workspace &workspace, const QString &sql)
{
    auto query = store::runQuery(workspace.connection(), u"test"_s, sql);
    QStringList result;
    while (query && query->next())
        result.append(query->value(0).toString());
    return result;
}

bool anyContains(const QStringList &lines, const QString &part1, const QString &part2 = {})
{
    return std::any_of(lines.begin(), lines.end(), [&](const QString &line) {
        return line.contains(part1) && (part2.isEmpty() || line.contains(part2));
    });
}

QStringList fileNames(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths)
        names.append(QFileInfo(path).fileName());
    return names;
}

QByteArray trimmedEnd(QByteArray bytes)
{
    while (!bytes.isEmpty() && QByteArrayView(" \n\r\t").contains(bytes.back()))
        bytes.chop(1);
    return bytes;
}

} // namespace

class TestSavedResponses : public QObject
{
    Q_OBJECT

public:
    /// `engine`: "sqlite" or "postgresql", where every workspace of the test is made.
    explicit TestSavedResponses(const QString &engine)
        : m_workspaces(engine)
    {}

private:
    QTemporaryDir m_dir;
    EngineWorkspaces m_workspaces;
    int m_count = 0;

    /// A new empty workspace; initTestCase() has made sure the engine can make one.
    std::shared_ptr<store::Workspace> newWorkspace()
    {
        auto workspace = m_workspaces.create(u"saved-%1"_s.arg(++m_count));
        if (!workspace)
            qFatal("%s", qPrintable(workspace.errorMessage()));
        return *workspace;
    }
    /// A new empty folder named `name` (inside a folder of its own, so names may repeat between tests).
    QString newFolder(const QString &name)
    {
        const QString path = m_dir.filePath(u"f%1/"_s.arg(++m_count) + name);
        QDir().mkpath(path);
        return path;
    }

    static SavedResponsesOptions options(const char *provider)
    {
        SavedResponsesOptions result;
        result.provider = QString::fromLatin1(provider);
        return result;
    }

private slots:
    void initTestCase()
    {
        qInfo().noquote() << "Workspaces on" << m_workspaces.engine();
        QVERIFY(m_dir.isValid());
        FLOWDECK_REQUIRE_ENGINE(m_workspaces);
    }

    // --- the text scanner ---------------------------------------------------------------------------------

    void splitDocuments_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QList<qsizetype>>("offsets");
        QTest::addColumn<QList<QByteArray>>("documents");

        QTest::newRow("one") << QByteArray("[1, 2]\n") << QList<qsizetype>{0} << QList<QByteArray>{"[1, 2]"};
        // gh api --paginate: pages back to back.
        QTest::newRow("arrays") << QByteArray("[{\"a\":1}][{\"a\":2}]") << QList<qsizetype>{0, 9}
                                << QList<QByteArray>{"[{\"a\":1}]", "[{\"a\":2}]"};
        QTest::newRow("objects, newline") << QByteArray("{\"x\":[1]}\n{\"x\":[2]}\n") << QList<qsizetype>{0, 10}
                                          << QList<QByteArray>{"{\"x\":[1]}", "{\"x\":[2]}"};
        // Brackets, braces and escaped quotes inside strings are text.
        QTest::newRow("strings") << QByteArray("[{\"n\":\"a ][ b\"},{\"n\":\"q\\\"]}{\"}]{\"n\":\"\\\\\"}")
                                 << QList<qsizetype>{0, 31}
                                 << QList<QByteArray>{"[{\"n\":\"a ][ b\"},{\"n\":\"q\\\"]}{\"}]", "{\"n\":\"\\\\\"}"};
        // A quote after an even number of backslashes ends its string, after an odd number it is text.
        QTest::newRow("backslashes") << QByteArray("[\"a\\\\\\\\\",\"b\\\\\\\"]\"][2]") << QList<qsizetype>{0, 18}
                                     << QList<QByteArray>{"[\"a\\\\\\\\\",\"b\\\\\\\"]\"]", "[2]"};
        QTest::newRow("whitespace only") << QByteArray(" \r\n\t ") << QList<qsizetype>{} << QList<QByteArray>{};
        // What starts no object or array runs to the end, for the parser to refuse.
        QTest::newRow("garbage after") << QByteArray("[1]  oops [2]") << QList<qsizetype>{0, 5}
                                       << QList<QByteArray>{"[1]", "oops [2]"};
        QTest::newRow("never closed") << QByteArray("[1] [2, [3]") << QList<qsizetype>{0, 4}
                                      << QList<QByteArray>{"[1]", "[2, [3]"};
    }

    void splitDocuments()
    {
        QFETCH(QByteArray, text);
        QFETCH(QList<qsizetype>, offsets);
        QFETCH(QList<QByteArray>, documents);
        const QList<files::JsonSpan> spans = files::splitJsonDocuments(text);
        QCOMPARE(spans.size(), offsets.size());
        for (qsizetype i = 0; i < spans.size(); ++i) {
            QCOMPARE(spans[i].offset, offsets[i]);
            QCOMPARE(spans[i].text.toByteArray(), documents[i]);
        }
    }

    void outline_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QByteArray>("outline");
        QTest::newRow("list") << QByteArray("[{\"id\":1,\"a\":[1,2]},{\"id\":2}]")
                              << QByteArray("[{\"id\":1,\"a\":[1]}]");
        QTest::newRow("object")
            << QByteArray("{\"total_count\":2,\"jobs\":[{\"id\":1,\"steps\":[{\"n\":1},{\"n\":2}]},{\"id\":2}]}")
            << QByteArray("{\"total_count\":2,\"jobs\":[{\"id\":1,\"steps\":[{\"n\":1}]}]}");
        QTest::newRow("strings") << QByteArray("[{\"s\":\"x,],[y\"},\"z,]\"]") << QByteArray("[{\"s\":\"x,],[y\"}]");
        QTest::newRow("slurped") << QByteArray("[[{\"a\":1},{\"a\":2}],[{\"a\":3}]]") << QByteArray("[[{\"a\":1}]]");
        QTest::newRow("empty") << QByteArray("[]") << QByteArray("[]");
        // Only the first of pages back to back.
        QTest::newRow("pages") << QByteArray("[{\"a\":1},{\"a\":2}]\n[{\"b\":1}]") << QByteArray("[{\"a\":1}]");
    }

    void outline()
    {
        QFETCH(QByteArray, document);
        QFETCH(QByteArray, outline);
        QCOMPARE(files::firstItemsOutline(document), outline);
        // A head holding the whole first document outlines as the whole text does.
        QCOMPARE(files::headOutline(document), std::optional<QByteArray>(outline));
    }

    void headOutline_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<std::optional<QByteArray>>("outline");
        const QByteArray jobs =
            "{\"jobs\":[{\"id\":1,\"steps\":[{\"n\":1},{\"n\":2}]},{\"id\":2,\"name\":\"b,]}\"},{\"id\":3}]"
            ",\"total_count\":3}";
        const std::optional<QByteArray> jobsOutline("{\"jobs\":[{\"id\":1,\"steps\":[{\"n\":1}]}]}");
        // Cut in the rest of the jobs list, inside a string of it, or inside the rest of the first job's steps: the
        // outline so far, closed ("total_count" after the list is not seen).
        QTest::newRow("in the rest of the list") << jobs.left(jobs.indexOf("{\"id\":3")) << jobsOutline;
        QTest::newRow("in a string of the rest") << jobs.left(jobs.indexOf("b,]}")) << jobsOutline;
        QTest::newRow("in the rest of the steps")
            << jobs.left(jobs.indexOf("{\"n\":2}") + 3)
            << std::optional<QByteArray>("{\"jobs\":[{\"id\":1,\"steps\":[{\"n\":1}]}]}");
        // Cut inside the first job, or the first step: the head tells nothing.
        QTest::newRow("in the first item") << jobs.left(jobs.indexOf(",\"steps\"")) << std::optional<QByteArray>();
        QTest::newRow("in the first step") << jobs.left(jobs.indexOf("\"n\":1") + 3) << std::optional<QByteArray>();
        QTest::newRow("in a key") << QByteArray("[{\"id\":1,\"na") << std::optional<QByteArray>();
        QTest::newRow("a bare list") << QByteArray("[{\"a\":[1,2]},{\"a\":3")
                                     << std::optional<QByteArray>("[{\"a\":[1]}]");
    }

    void headOutline()
    {
        QFETCH(QByteArray, head);
        QFETCH(std::optional<QByteArray>, outline);
        QCOMPARE(files::headOutline(head), outline);
    }

    // A file read to its end whatever size the folder's listing gave: right, too small (the file grew since) or too
    // large (it shrank), with room for the parser's padding after it; and read in heads first.
    void fileReaderReadsToTheEnd_data()
    {
        QTest::addColumn<qsizetype>("expected");
        QTest::newRow("as listed") << qsizetype(100'000);
        QTest::newRow("grew") << qsizetype(10);
        QTest::newRow("shrank") << qsizetype(150'000);
        QTest::newRow("empty listed") << qsizetype(0);
    }

    void fileReaderReadsToTheEnd()
    {
        QFETCH(qsizetype, expected);
        QByteArray bytes(100'000, 'x');
        for (qsizetype i = 0; i < bytes.size(); i += 7)
            bytes[i] = char('a' + i % 26);
        const QString path = m_dir.filePath(u"reader/bytes.json"_s);
        QVERIFY(writeBytes(path, bytes));
        {
            files::FileReader reader(path);
            QVERIFY(reader.isOpen());
            QByteArray read;
            QVERIFY(reader.readToEnd(read, expected, 64));
            QCOMPARE(read, bytes);
            QVERIFY(read.capacity() - read.size() >= 64);
        }
        files::FileReader reader(path);
        QByteArray read;
        QVERIFY(reader.read(read, 4096));
        QCOMPARE(read, bytes.first(4096));
        QVERIFY(reader.readToEnd(read, expected));
        QCOMPARE(read, bytes);
        QVERIFY(reader.read(read, 10));
        QCOMPARE(read.size(), bytes.size());

        files::FileReader missing(m_dir.filePath(u"reader/missing.json"_s));
        QVERIFY(!missing.isOpen());
        QVERIFY(!missing.errorString().isEmpty());
    }

    // While BackgroundCheckpoints lives, the writing connection makes no checkpoint of its own, and the log is
    // checkpointed all the same: 20 MB committed in 20 transactions, one every 150 ms as an import commits every
    // 250 ms, leave a log file far smaller than what was written (without checkpoints it would hold all of it), and
    // an empty log at the end.
    // Afterwards the connection's own setting is back, and every row is there.
    void checkpointsOnAThreadOfItsOwn()
    {
        if (m_workspaces.onPostgreSql())
            QSKIP("a log of SQLite's");
        auto workspace = store::Workspace::create(m_dir.filePath(u"checkpoints.flowdeck"_s));
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        const auto autoCheckpoint = [&] {
            auto query = store::runQuery((*workspace)->connection(), u"test"_s, u"PRAGMA wal_autocheckpoint"_s);
            return query && query->next() ? query->value(0).toInt() : -1;
        };
        const int before = autoCheckpoint();
        QVERIFY(before > 0);
        const QString value(1'000'000, u'v');
        qint64 largestLog = 0;
        {
            files::BackgroundCheckpoints checkpoints(**workspace);
            QCOMPARE(autoCheckpoint(), 0);
            for (int transaction = 0; transaction < 20; ++transaction) {
                auto written = (*workspace)->write([&](QSqlDatabase &db) -> Result<void> {
                    auto inserted =
                        store::runQuery(db, u"settings"_s, u"INSERT INTO settings (key, value) VALUES (?, ?)"_s,
                                        {u"test.%1"_s.arg(transaction), value});
                    if (!inserted)
                        return inserted.error();
                    return {};
                });
                QVERIFY2(written, qPrintable(written.errorMessage()));
                largestLog = std::max(largestLog, QFileInfo((*workspace)->path() + u"-wal"_s).size());
                QThread::msleep(150);
            }
        }
        QCOMPARE(autoCheckpoint(), before);
        QVERIFY2(largestLog < 10'000'000, qPrintable(QString::number(largestLog)));
        // Cut back at the end, everything in it checkpointed.
        QCOMPARE(QFileInfo((*workspace)->path() + u"-wal"_s).size(), 0);
        auto rows = store::runQuery((*workspace)->connection(), u"test"_s,
                                    u"SELECT count(*), sum(length(value)) FROM settings WHERE key LIKE 'test.%'"_s);
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(0).toInt(), 20);
        QCOMPARE(rows->value(1).toLongLong(), qint64(20) * value.size());
    }

    void utf8Text()
    {
        const QString text = u"[{\"name\":\"Übersetzung\"}]"_s;
        QCOMPARE(files::jsonUtf8(QByteArray("\xEF\xBB\xBF") + text.toUtf8()), text.toUtf8());
        QStringEncoder little(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QCOMPARE(files::jsonUtf8(QByteArray(little.encode(text))), text.toUtf8());
        QStringEncoder big(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        QCOMPARE(files::jsonUtf8(QByteArray(big.encode(text))), text.toUtf8());
        QCOMPARE(files::jsonUtf8(text.toUtf8()), text.toUtf8());
        // UTF-16 with an odd byte at its end: the byte is not dropped silently.
        QCOMPARE(files::jsonUtf8(QByteArray("\xFF\xFE[\x00]\x00\x0A", 7)), QByteArray("[]\xEF\xBF\xBD"));
    }

    // --- whole folders of fixtures ------------------------------------------------------------------------

    void githubFixtures()
    {
        auto workspace = newWorkspace();
        const QString folder = newFolder(u"storefront"_s);
        QVERIFY(copyFixtures(u"github"_s, folder));
        QList<QPair<qint64, qint64>> progress;
        const TaskControl control([&](qint64 done, qint64 total) { progress.append({done, total}); }, nullptr);
        auto report = importSavedResponses(*workspace, folder, options("github"), control);
        QVERIFY2(report, qPrintable(report.errorMessage()));

        // Stored in the order of what refers to what: runs, jobs, deployments (the list, then the single one),
        // statuses, then the rest; files of no GitHub page kind are skipped.
        QCOMPARE(fileNames(report->files),
                 QStringList({u"workflow-run-paginated.json"_s, u"job-paginated.json"_s, u"deployment-items.json"_s,
                              u"deployment.json"_s, u"deployment-status-items.json"_s,
                              u"pull-request-simple-items.json"_s, u"release-items.json"_s}));
        QStringList skipped;
        for (const SkippedFile &file : std::as_const(report->skipped)) {
            skipped.append(QFileInfo(file.path).fileName());
            QVERIFY2(file.path.startsWith(folder), qPrintable(file.path));
        }
        QCOMPARE(skipped, QStringList({u"status.json"_s, u"tag-items.json"_s, u"workflow-paginated.json"_s,
                                       u"workflow-run-usage.json"_s}));
        // workflow-run-usage.json holds `billable` and `run_duration_ms`.
        QVERIFY2(report->skipped[3].reason.contains(u"“billable”, “run_duration_ms”"_s),
                 qPrintable(report->skipped[3].reason));
        QCOMPARE(progress.constFirst(), (QPair<qint64, qint64>{0, 11}));
        QCOMPARE(progress.constLast(), (QPair<qint64, qint64>{11, 11}));

        // One run; the job page's job belongs to run 29679449, which no file holds; deployment 1 is in two files;
        // the status names deployment 42, which no file holds.
        QCOMPARE(report->counts.runs, 1);
        QCOMPARE(report->counts.jobs, 0);
        QCOMPARE(report->counts.deployments, 2);
        QCOMPARE(report->counts.deploymentStatuses, 0);
        QCOMPARE(report->counts.pullRequests, 1);
        QCOMPARE(report->counts.releases, 1);
        QCOMPARE(report->counts.incidents, 0);
        QVERIFY(anyContains(report->counts.warnings, u"399444496"_s, u"29679449"_s));
        QVERIFY(anyContains(report->counts.warnings, u"Status 1 of deployment 42"_s));

        QCOMPARE(column(*workspace, u"SELECT name FROM services"_s), QStringList{u"storefront"_s});
        QCOMPARE(row(*workspace,
                     u"SELECT r.external_id, r.source, r.number, r.commit_oid, r.branch, r.event, r.status, "
                     u"r.created_at, r.started_at, r.finished_at, r.name, s.name FROM pipeline_runs r "
                     u"JOIN services s ON s.id = r.service_id"_s),
                 QStringList({u"30433642"_s, u"github"_s, u"562"_s, u"acb5820ced9479c074f688cc328bf03f341a511d"_s,
                              u"master"_s, u"push"_s, u"queued"_s, u"1579721588000"_s, u"1579721588000"_s, QString(),
                              u"Build"_s, u"storefront"_s}));
        QCOMPARE(count(*workspace, u"deployments"_s), 1);
        QCOMPARE(row(*workspace,
                     u"SELECT d.external_id, e.name, d.version, d.commit_oid, d.status, d.started_at, d.triggered_by "
                     u"FROM deployments d JOIN environments e ON e.id = d.environment_id"_s),
                 QStringList({u"1"_s, u"production"_s, u"topic-branch"_s, u"a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d"_s,
                              u"queued"_s, u"1342747153000"_s, u"octocat"_s}));
        QCOMPARE(row(*workspace, u"SELECT external_id, number, title, author, head_branch, base_branch, created_at "
                                 u"FROM pull_requests"_s),
                 QStringList({u"1"_s, u"1347"_s, u"Amazing new feature"_s, u"octocat"_s, u"new-topic"_s, u"master"_s,
                              u"1296068472000"_s}));
        QCOMPARE(column(*workspace, u"SELECT tag_name FROM ci_releases"_s), QStringList{u"v1.0.0"_s});
        QCOMPARE(count(*workspace, u"jobs"_s), 0);
        QCOMPARE(count(*workspace, u"deployment_statuses"_s), 0);

        // A second import stores the same records again and adds no row.
        const QList<qint64> before = rowCounts(*workspace);
        auto again = importSavedResponses(*workspace, folder, options("github"));
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->counts.runs, 1);
        QCOMPARE(rowCounts(*workspace), before);
    }

    void gitlabFixtures()
    {
        auto workspace = newWorkspace();
        const QString folder = newFolder(u"bar"_s);
        QVERIFY(copyFixtures(u"gitlab"_s, folder));
        auto report = importSavedResponses(*workspace, folder, options("gitlab"));
        QVERIFY2(report, qPrintable(report.errorMessage()));

        // The pipelines list before the single pipeline, environments before deployments, the deployments list
        // before the single deployment.
        QCOMPARE(
            fileNames(report->files),
            QStringList({u"pipelines-list.json"_s, u"pipeline-single.json"_s, u"jobs-list-pipeline.json"_s,
                         u"jobs-list-project.json"_s, u"pipeline-bridges-list.json"_s, u"environment-single.json"_s,
                         u"environments-list.json"_s, u"deployments-list.json"_s, u"deployment-single.json"_s}));
        QVERIFY(report->skipped.isEmpty());
        // Pipelines 47 and 48 (list) and 287 (single); every job and bridge belongs to pipeline 6, which no file
        // holds; deployments: 100 (the environment's last), 41 and 42 (list), 42 again (single).
        QCOMPARE(report->counts.runs, 3);
        QCOMPARE(report->counts.jobs, 0);
        QCOMPARE(report->counts.deployments, 4);
        QCOMPARE(report->counts.pullRequests, 0);
        QCOMPARE(report->counts.incidents, 0);
        qsizetype orphans = 0;
        for (const QString &warning : std::as_const(report->counts.warnings))
            orphans += warning.contains(u"belongs to run 6, which is not imported"_s);
        QCOMPARE(orphans, 5);

        QCOMPARE(column(*workspace, u"SELECT external_id FROM pipeline_runs ORDER BY external_id"_s),
                 QStringList({u"287"_s, u"47"_s, u"48"_s}));
        // The list gives no start or finish; the single pipeline does.
        QCOMPARE(row(*workspace, u"SELECT created_at, started_at, finished_at, status, commit_oid FROM pipeline_runs "
                                 u"WHERE external_id = '47'"_s),
                 QStringList({u"1470914914085"_s, QString(), QString(), u"queued"_s,
                              u"a91957a858320c0e17f3a0eca7cfacbff50ea29a"_s}));
        QCOMPARE(row(*workspace, u"SELECT created_at, started_at, finished_at, status FROM pipeline_runs "
                                 u"WHERE external_id = '287'"_s),
                 QStringList({u"1663722307200"_s, u"1663722314197"_s, u"1663722350175"_s, u"succeeded"_s}));
        QCOMPARE(column(*workspace, u"SELECT external_id FROM deployments ORDER BY external_id"_s),
                 QStringList({u"100"_s, u"41"_s, u"42"_s}));
        // Deployment 42 is "created" in the list and "success" on its own page, which is stored after it; its
        // deploy job finished at 11:32:35.145Z and has no start.
        QCOMPARE(row(*workspace, u"SELECT d.status, d.started_at, d.finished_at, d.version, e.name FROM deployments d "
                                 u"JOIN environments e ON e.id = d.environment_id WHERE d.external_id = '42'"_s),
                 QStringList({u"succeeded"_s, QString(), u"1470915155145"_s,
                              u"a91957a858320c0e17f3a0eca7cfacbff50ea29a"_s, u"production"_s}));
        // The environment pages come first, so review/fix-foo has the tier they declare.
        QCOMPARE(row(*workspace, u"SELECT tier FROM environments WHERE name = 'review/fix-foo'"_s),
                 QStringList{u"development"_s});
        QCOMPARE(row(*workspace, u"SELECT tier FROM environments WHERE name = 'production'"_s),
                 QStringList{u"production"_s});

        const QList<qint64> before = rowCounts(*workspace);
        auto again = importSavedResponses(*workspace, folder, options("gitlab"));
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(rowCounts(*workspace), before);
    }

    void jenkinsFixtures()
    {
        auto workspace = newWorkspace();
        const QString folder = newFolder(u"pipelines"_s);
        QVERIFY(copyFixtures(u"jenkins"_s, folder));
        auto report = importSavedResponses(*workspace, folder, options("jenkins"));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        // wfapi runs, then the run describe, then api/json (after the wfapi pages of the same builds), then the
        // stage nodes, then the job describe (no records).
        QCOMPARE(
            fileNames(report->files),
            QStringList({u"wfapi-readme-runs.json"_s, u"wfapi-runs-in-progress.json"_s,
                         u"wfapi-runs-mixed-statuses.json"_s, u"wfapi-readme-run-describe.json"_s,
                         u"jenkins-rest-job-info.json"_s, u"jenkins-rest-build-info.json"_s,
                         u"wfapi-readme-stage-node-describe-failed.json"_s,
                         u"wfapi-readme-stage-node-describe-success.json"_s, u"wfapi-readme-job-describe.json"_s}));
        // Runs: 2 + 1 + 3 + 1 from wfapi, 1 build from api/json (the job info lists builds by number only).
        // Stages: 6 + 2 + 6 + 3, and stage 5 of run 16 from its node page; the failed node is of run 17, which
        // no file holds.
        QCOMPARE(report->counts.runs, 8);
        QCOMPARE(report->counts.jobs, 18);
        QCOMPARE(report->counts.steps, 2);
        QVERIFY(anyContains(report->counts.warnings, u"/jenkins/job/Test%20Workflow/17/"_s, u"not imported"_s));

        QCOMPARE(
            column(*workspace, u"SELECT external_id FROM pipeline_runs ORDER BY external_id"_s),
            QStringList({u"/jenkins/job/Test%20Workflow/15/"_s, u"/jenkins/job/Test%20Workflow/16/"_s, u"/job/cd/1/"_s,
                         u"/job/cd/2/"_s, u"/job/cd/3/"_s, u"http://localhost:32769/job/fish/10/"_s}));
        QCOMPARE(count(*workspace, u"jobs"_s), 14);
        // Run cd/1 is in progress in one file and a success in the next (by path): the later one stays.
        QCOMPARE(row(*workspace, u"SELECT status, started_at, finished_at FROM pipeline_runs "
                                 u"WHERE external_id = '/job/cd/1/'"_s),
                 QStringList({u"succeeded"_s, u"1414318232950"_s, u"1414318242950"_s}));
        QCOMPARE(column(*workspace, u"SELECT j.external_id FROM jobs j JOIN pipeline_runs r ON r.id = j.run_id "
                                    u"WHERE r.external_id = '/job/cd/1/' ORDER BY j.external_id"_s),
                 QStringList({u"/job/cd/1/#10"_s, u"/job/cd/1/#20"_s, u"/job/cd/1/#27"_s, u"/job/cd/1/#33"_s}));
        // The stage node page comes after the runs pages, so its steps stay.
        QCOMPARE(column(*workspace,
                        u"SELECT s.name FROM job_steps s JOIN jobs j ON j.id = s.job_id "
                        u"WHERE j.external_id = '/jenkins/job/Test%20Workflow/16/#5' ORDER BY s.position"_s),
                 QStringList({u"Git"_s, u"Shell Script"_s}));
        // fish #10: SUCCESS, started 1461091892486, 60750 ms long.
        QCOMPARE(row(*workspace, u"SELECT status, number, started_at, finished_at FROM pipeline_runs "
                                 u"WHERE external_id = 'http://localhost:32769/job/fish/10/'"_s),
                 QStringList({u"succeeded"_s, u"10"_s, u"1461091892486"_s, u"1461091953236"_s}));

        const QList<qint64> before = rowCounts(*workspace);
        auto again = importSavedResponses(*workspace, folder, options("jenkins"));
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(rowCounts(*workspace), before);
    }

    void jenkinsJobUrlAndService()
    {
        auto workspace = newWorkspace();
        const QString folder = newFolder(u"saved"_s);
        QVERIFY(copyFixture(u"jenkins"_s, u"wfapi-readme-runs.json"_s, folder));
        QVERIFY(copyFixture(u"jenkins"_s, u"wfapi-readme-stage-node-describe-success.json"_s, folder));
        SavedResponsesOptions given = options("jenkins");
        given.project = u"https://ci.example.com/jenkins/job/Test%20Workflow"_s;
        given.service = u"checkout"_s;
        auto report = importSavedResponses(*workspace, folder, given);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        // The wfapi links become build URLs on the job's server.
        QCOMPARE(column(*workspace, u"SELECT external_id FROM pipeline_runs ORDER BY external_id"_s),
                 QStringList({u"https://ci.example.com/jenkins/job/Test%20Workflow/15/"_s,
                              u"https://ci.example.com/jenkins/job/Test%20Workflow/16/"_s}));
        QCOMPARE(count(*workspace, u"job_steps"_s), 2);
        QCOMPARE(column(*workspace, u"SELECT DISTINCT s.name FROM pipeline_runs r JOIN services s "
                                    u"ON s.id = r.service_id"_s),
                 QStringList{u"checkout"_s});
    }

    // --- files of several pages ---------------------------------------------------------------------------

    void concatenatedPages()
    {
        auto workspace = newWorkspace();
        const QString folder = newFolder(u"cd"_s);
        // `gh api --paginate` on a bare-array endpoint: "][" between the pages.
        const QByteArray runs = trimmedEnd(contents(fixture(u"jenkins"_s, u"wfapi-readme-runs.json"_s))) +
                                contents(fixture(u"jenkins"_s, u"wfapi-runs-mixed-statuses.json"_s));
        QVERIFY(writeBytes(folder + u"/runs.json"_s, runs));
        // Two objects back to back: "}{", a run and a stage node of it.
        const QByteArray describe = trimmedEnd(contents(fixture(u"jenkins"_s, u"wfapi-readme-run-describe.json"_s))) +
                                    contents(fixture(u"jenkins"_s, u"wfapi-readme-stage-node-describe-success.json"_s));
        QVERIFY(writeBytes(folder + u"/describe.json"_s, describe));
        auto report = importSavedResponses(*workspace, folder, options("jenkins"));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(fileNames(report->files), QStringList({u"runs.json"_s, u"describe.json"_s}));
        // 2 + 3 runs with 6 + 6 stages; then run 16 with its 3 stages, and stage 5 with its 2 steps.
        QCOMPARE(report->counts.runs, 6);
        QCOMPARE(report->counts.jobs, 16);
        QCOMPARE(report->counts.steps, 2);
        QCOMPARE(count(*workspace, u"pipeline_runs"_s), 5);
        QCOMPARE(count(*workspace, u"jobs"_s), 12);
        // Warnings name the page of the file they come from.
        QVERIFY2(anyContains(report->counts.warnings, u"runs.json, page 2"_s),
                 qPrintable(report->counts.warnings.join(u'\n')));
    }

    void largeFilesTakeTheirPlace()
    {
        auto workspace = newWorkspace();
        const QString folder = newFolder(u"storefront"_s);
        // Files longer than the first look reads (16 KiB), named so that path order would store the jobs before
        // their run: a-jobs.json is told by its head (80 jobs of 7 steps, about 40 KB); b-jobs.json's first job has
        // a name of 20,000 characters, so its head ends inside that job and the file is looked at whole. Both must
        // follow z-runs.json, which holds their run, or their jobs would be skipped.
        const auto jobJson = [](int id, const QString &name) {
            QString steps;
            for (int p = 1; p <= 7; ++p) {
                steps += u"%1{\"name\":\"step %2\",\"status\":\"completed\",\"conclusion\":\"success\",\"number\":%2,"
                         u"\"started_at\":\"2024-01-01T00:00:0%2Z\",\"completed_at\":\"2024-01-01T00:00:0%3Z\"}"_s
                             .arg(p == 1 ? u""_s : u","_s)
                             .arg(p)
                             .arg(p + 1);
            }
            return u"{\"id\":%1,\"run_id\":900,\"name\":\"%2\",\"status\":\"completed\",\"conclusion\":\"success\","
                   u"\"created_at\":\"2024-01-01T00:00:00Z\",\"started_at\":\"2024-01-01T00:00:01Z\","
                   u"\"completed_at\":\"2024-01-01T00:01:00Z\",\"steps\":[%3]}"_s.arg(id)
                       .arg(name, steps);
        };
        QStringList first;
        for (int j = 1; j <= 80; ++j)
            first.append(jobJson(j, u"job %1"_s.arg(j)));
        const QByteArray a = (u"{\"jobs\":["_s + first.join(u',') + u"],\"total_count\":80}"_s).toUtf8();
        QVERIFY(a.size() > 16 * 1024);
        QVERIFY(writeBytes(folder + u"/a-jobs.json"_s, a));
        const QByteArray b = (u"{\"jobs\":["_s + jobJson(81, QString(20000, u'x')) + u","_s + jobJson(82, u"last"_s) +
                              u"],\"total_count\":2}"_s)
                                 .toUtf8();
        QVERIFY(writeBytes(folder + u"/b-jobs.json"_s, b));
        const QByteArray runs =
            "{\"total_count\":1,\"workflow_runs\":[{\"id\":900,\"name\":\"CI\",\"workflow_id\":1,"
            "\"run_number\":5,\"status\":\"completed\",\"conclusion\":\"success\",\"head_sha\":"
            "\"acb5820ced9479c074f688cc328bf03f341a511d\",\"created_at\":\"2024-01-01T00:00:00Z\","
            "\"run_started_at\":\"2024-01-01T00:00:00Z\",\"updated_at\":\"2024-01-01T00:02:00Z\"}]}";
        QVERIFY(writeBytes(folder + u"/z-runs.json"_s, runs));
        // A deployment, stored after jobs: b-jobs.json comes before it only when its kind is told.
        QVERIFY(writeBytes(folder + u"/c-deployments.json"_s,
                           "[{\"id\":7,\"sha\":\"acb5820ced9479c074f688cc328bf03f341a511d\",\"ref\":\"main\","
                           "\"environment\":\"production\",\"created_at\":\"2024-01-01T00:03:00Z\"}]"));

        auto report = importSavedResponses(*workspace, folder, options("github"));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(fileNames(report->files),
                 QStringList({u"z-runs.json"_s, u"a-jobs.json"_s, u"b-jobs.json"_s, u"c-deployments.json"_s}));
        QVERIFY2(report->counts.warnings.isEmpty(), qPrintable(report->counts.warnings.join(u'\n')));
        QCOMPARE(report->counts.runs, 1);
        QCOMPARE(report->counts.jobs, 82);
        QCOMPARE(report->counts.steps, 82 * 7);
        QCOMPARE(report->counts.deployments, 1);
        QCOMPARE(count(*workspace, u"jobs"_s), 82);
        QCOMPARE(column(*workspace, u"SELECT length(name) FROM jobs WHERE external_id = '81'"_s),
                 QStringList{u"20000"_s});
    }

    void slurpedPages()
    {
        auto workspace = newWorkspace();
        const QString folder = newFolder(u"cd"_s);
        // `gh api --paginate --slurp`: an array of the pages.
        const QByteArray slurped = "[" + contents(fixture(u"jenkins"_s, u"wfapi-readme-runs.json"_s)) + ",\n" +
                                   contents(fixture(u"jenkins"_s, u"wfapi-runs-mixed-statuses.json"_s)) + "]";
        QVERIFY(writeBytes(folder + u"/runs.json"_s, slurped));
        auto report = importSavedResponses(*workspace, folder, options("jenkins"));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->counts.runs, 5);
        QCOMPARE(report->counts.jobs, 12);
    }

    void utf16File()
    {
        auto workspace = newWorkspace();
        const QString folder = newFolder(u"bar"_s);
        // What Windows PowerShell's `>` writes.
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const QByteArray utf16 =
            encoder.encode(QString::fromUtf8(contents(fixture(u"gitlab"_s, u"pipelines-list.json"_s))));
        QVERIFY(writeBytes(folder + u"/pipelines.json"_s, utf16));
        auto report = importSavedResponses(*workspace, folder, options("gitlab"));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(column(*workspace, u"SELECT external_id FROM pipeline_runs ORDER BY external_id"_s),
                 QStringList({u"47"_s, u"48"_s}));
    }

    // --- bad files ----------------------------------------------------------------------------------------

    void unparseablePageStopsAndKeepsEarlierFiles()
    {
        auto workspace = newWorkspace();
        const QString folder = newFolder(u"bar"_s);
        QVERIFY(copyFixture(u"gitlab"_s, u"pipelines-list.json"_s, folder));
        QVERIFY(copyFixture(u"gitlab"_s, u"pipeline-single.json"_s, folder));
        QVERIFY(copyFixture(u"gitlab"_s, u"deployments-list.json"_s, folder));
        // A jobs page (it has `stage` and `pipeline`) whose job names no pipeline: stored after the pipelines,
        // before the deployments.
        QVERIFY(writeBytes(
            folder + u"/jobs.json"_s,
            "[{\"id\": 9, \"name\": \"rspec\", \"stage\": \"test\", \"status\": \"success\", \"pipeline\": {}}]"));
        auto report = importSavedResponses(*workspace, folder, options("gitlab"));
        QVERIFY(!report);
        const QString message = report.errorMessage();
        QVERIFY2(message.contains(folder + u"/jobs.json"_s), qPrintable(message));
        QVERIFY2(message.contains(u"The 2 files stored before it stay stored"_s), qPrintable(message));
        QCOMPARE(count(*workspace, u"pipeline_runs"_s), 3);
        QCOMPARE(count(*workspace, u"deployments"_s), 0);
    }

    void failedImportIsResumedWithoutDuplicates()
    {
        auto workspace = newWorkspace();
        const QString folder = newFolder(u"storefront"_s);
        const auto jobsPage = [](int firstId, int jobs, int steps) {
            QStringList items;
            for (int id = firstId; id < firstId + jobs; ++id) {
                QStringList stepItems;
                for (int p = 1; p <= steps; ++p) {
                    stepItems.append(u"{\"name\":\"step %1\",\"status\":\"completed\",\"conclusion\":\"success\","
                                     u"\"number\":%1,\"started_at\":\"2024-01-01T00:00:0%1.000+00:00\","
                                     u"\"completed_at\":\"2024-01-01T00:00:0%2.000+00:00\"}"_s.arg(p)
                                         .arg(p + 1));
                }
                items.append(u"{\"id\":%1,\"run_id\":900,\"name\":\"job %1\",\"status\":\"completed\","
                             u"\"conclusion\":\"success\",\"started_at\":\"2024-01-01T00:00:01Z\","
                             u"\"completed_at\":\"2024-01-01T00:01:00Z\",\"steps\":[%2]}"_s.arg(id)
                                 .arg(stepItems.join(u',')));
            }
            return (u"{\"total_count\":%1,\"jobs\":["_s.arg(jobs) + items.join(u',') + u"]}"_s).toUtf8();
        };
        QVERIFY(
            writeBytes(folder + u"/runs.json"_s,
                       "{\"total_count\":1,\"workflow_runs\":[{\"id\":900,\"name\":\"CI\",\"run_number\":5,"
                       "\"status\":\"completed\",\"conclusion\":\"success\",\"created_at\":\"2024-01-01T00:00:00Z\","
                       "\"run_started_at\":\"2024-01-01T00:00:00Z\",\"updated_at\":\"2024-01-01T00:02:00Z\"}]}"));
        // Three jobs of two steps, then a page whose job has no id, then two jobs of three steps.
        QVERIFY(writeBytes(folder + u"/jobs/a.json"_s, jobsPage(1, 3, 2)));
        QVERIFY(writeBytes(folder + u"/jobs/b.json"_s,
                           "{\"total_count\":1,\"jobs\":[{\"run_id\":900,\"name\":\"no id\",\"status\":\"queued\"}]}"));
        QVERIFY(writeBytes(folder + u"/jobs/c.json"_s, jobsPage(4, 2, 3)));

        auto failed = importSavedResponses(*workspace, folder, options("github"));
        QVERIFY(!failed);
        QVERIFY2(failed.errorMessage().contains(folder + u"/jobs/b.json"_s), qPrintable(failed.errorMessage()));
        QVERIFY2(failed.errorMessage().contains(u"The 2 files stored before it stay stored"_s),
                 qPrintable(failed.errorMessage()));
        // The run and the first page's jobs and steps stay.
        QCOMPARE(count(*workspace, u"pipeline_runs"_s), 1);
        QCOMPARE(count(*workspace, u"jobs"_s), 3);
        QCOMPARE(count(*workspace, u"job_steps"_s), 6);

        // Fixed: the whole folder is stored, nothing of the first attempt twice.
        QVERIFY(writeBytes(folder + u"/jobs/b.json"_s, jobsPage(6, 1, 1)));
        auto resumed = importSavedResponses(*workspace, folder, options("github"));
        QVERIFY2(resumed, qPrintable(resumed.errorMessage()));
        QCOMPARE(resumed->counts.runs, 1);
        QCOMPARE(resumed->counts.jobs, 3 + 1 + 2);
        QCOMPARE(resumed->counts.steps, 6 + 1 + 6);
        const QList<qint64> counts = rowCounts(*workspace);
        QCOMPARE(count(*workspace, u"jobs"_s), 6);
        QCOMPARE(count(*workspace, u"job_steps"_s), 13);
        QCOMPARE(column(*workspace, u"SELECT external_id FROM jobs ORDER BY CAST(external_id AS INTEGER)"_s),
                 QStringList({u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s}));
        // Job 4's second step: 2024-01-01T00:00:02.000+00:00 to 00:00:03, 1,704,067,200,000 ms being the day.
        QCOMPARE(row(*workspace,
                     u"SELECT s.name, s.started_at, s.finished_at FROM job_steps s JOIN jobs j ON j.id = s.job_id "
                     u"WHERE j.external_id = '4' AND s.position = 2"_s),
                 QStringList({u"step 2"_s, u"1704067202000"_s, u"1704067203000"_s}));
        // And once more: the same counts, not a row more.
        auto again = importSavedResponses(*workspace, folder, options("github"));
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->counts.jobs, 6);
        QCOMPARE(rowCounts(*workspace), counts);
    }

    void fileThatFailsToStoreLeavesNothingOfItself()
    {
        auto workspace = newWorkspace();
        const QString folder = newFolder(u"storefront"_s);
        QVERIFY(copyFixture(u"github"_s, u"workflow-run-paginated.json"_s, folder));
        // Two deployments that parse; the store refuses the second, whose environment is blank, after it has
        // stored the first one and made its environment. Both files are stored in the same short transaction.
        QJsonArray deployments =
            QJsonDocument::fromJson(contents(fixture(u"github"_s, u"deployment-items.json"_s))).array();
        QJsonObject blank = deployments.first().toObject();
        blank[u"id"_s] = 2;
        blank[u"environment"_s] = u"  "_s;
        deployments.append(blank);
        QVERIFY(writeBytes(folder + u"/deployments.json"_s, QJsonDocument(deployments).toJson()));
        auto report = importSavedResponses(*workspace, folder, options("github"));
        QVERIFY(!report);
        const QString message = report.errorMessage();
        QVERIFY2(message.contains(u"environment"_s), qPrintable(message));
        QVERIFY2(message.contains(u"The file stored before it stays stored"_s), qPrintable(message));
        // The run of the first file stays; nothing of the deployments file does.
        QCOMPARE(column(*workspace, u"SELECT external_id FROM pipeline_runs"_s), QStringList({u"30433642"_s}));
        QCOMPARE(count(*workspace, u"deployments"_s), 0);
        QCOMPARE(count(*workspace, u"environments"_s), 0);
    }

    void malformedJson()
    {
        auto workspace = newWorkspace();
        const QString folder = newFolder(u"bar"_s);
        QVERIFY(copyFixture(u"gitlab"_s, u"pipelines-list.json"_s, folder));
        // A download cut short: the first 300 bytes of the pipeline.
        const QByteArray cut = contents(fixture(u"gitlab"_s, u"pipeline-single.json"_s)).left(300);
        QVERIFY(writeBytes(folder + u"/a-pipeline.json"_s, cut));
        auto report = importSavedResponses(*workspace, folder, options("gitlab"));
        QVERIFY(!report);
        const QString message = report.errorMessage();
        QVERIFY2(message.contains(folder + u"/a-pipeline.json: not JSON (at byte "_s), qPrintable(message));
        // The file's kind is not known before it is parsed: it comes after the files that can be read.
        QVERIFY2(message.contains(u"The file stored before it stays stored"_s), qPrintable(message));
        QCOMPARE(count(*workspace, u"pipeline_runs"_s), 2);

        // Two pages back to back, the second cut short: the byte counts from the start of the file.
        const QString second = newFolder(u"bar"_s);
        const QByteArray page = trimmedEnd(contents(fixture(u"gitlab"_s, u"pipelines-list.json"_s)));
        QVERIFY(writeBytes(second + u"/pipelines.json"_s, page + page.left(10)));
        auto twice = importSavedResponses(*newWorkspace(), second, options("gitlab"));
        QVERIFY(!twice);
        QVERIFY2(twice.errorMessage().contains(u"pipelines.json: not JSON (at byte "_s),
                 qPrintable(twice.errorMessage()));
        const qsizetype at = twice.errorMessage().indexOf(u"at byte "_s) + 8;
        const qsizetype offset = twice.errorMessage().mid(at).section(u':', 0, 0).toLongLong();
        QVERIFY2(offset >= page.size() && offset <= page.size() + 10, qPrintable(twice.errorMessage()));
        QVERIFY2(twice.errorMessage().contains(u"Nothing was stored"_s), qPrintable(twice.errorMessage()));
    }

    void unrecognisedFilesAreSkipped()
    {
        auto workspace = newWorkspace();
        const QString folder = newFolder(u"storefront"_s);
        QVERIFY(copyFixture(u"github"_s, u"deployment-items.json"_s, folder));
        // What curl saves when GitHub answers 404.
        QVERIFY(writeBytes(folder + u"/deployments/statuses.json"_s,
                           "{\"message\": \"Not Found\", \"documentation_url\": \"https://docs.github.com/rest\"}"));
        QVERIFY(writeBytes(folder + u"/empty.json"_s, "[]\n"));
        QVERIFY(writeBytes(folder + u"/blank.json"_s, " \r\n"));
        QVERIFY(writeBytes(folder + u"/package.json"_s, "{\"name\": \"site\", \"version\": \"1.0.0\"}"));
        // Hidden files and files of other names are not read.
        QVERIFY(writeBytes(folder + u"/.cache.json"_s, "not json"));
        QVERIFY(writeBytes(folder + u"/notes.txt"_s, "not json"));
        auto report = importSavedResponses(*workspace, folder, options("github"));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(fileNames(report->files), QStringList{u"deployment-items.json"_s});
        QCOMPARE(report->skipped.size(), 4);
        QCOMPARE(report->skipped[0].path, folder + u"/blank.json"_s);
        QCOMPARE(report->skipped[0].reason, u"the file is empty"_s);
        QCOMPARE(report->skipped[1].path, folder + u"/deployments/statuses.json"_s);
        QVERIFY2(report->skipped[1].reason.contains(u"“Not Found”"_s), qPrintable(report->skipped[1].reason));
        QCOMPARE(report->skipped[2].path, folder + u"/empty.json"_s);
        QVERIFY2(report->skipped[2].reason.contains(u"empty lists"_s), qPrintable(report->skipped[2].reason));
        QCOMPARE(report->skipped[3].path, folder + u"/package.json"_s);
        QVERIFY2(report->skipped[3].reason.contains(u"“name”, “version”"_s), qPrintable(report->skipped[3].reason));
        QCOMPARE(count(*workspace, u"deployments"_s), 1);

        // A page of a file that is not one is skipped with a warning; the file's other pages are read.
        const QString mixed = newFolder(u"storefront"_s);
        QVERIFY(writeBytes(mixed + u"/deployments.json"_s,
                           trimmedEnd(contents(fixture(u"github"_s, u"deployment-items.json"_s))) +
                               "{\"message\": \"API rate limit exceeded\"}"));
        auto partly = importSavedResponses(*newWorkspace(), mixed, options("github"));
        QVERIFY2(partly, qPrintable(partly.errorMessage()));
        QCOMPARE(partly->counts.deployments, 1);
        QVERIFY2(anyContains(partly->counts.warnings, u"deployments.json"_s, u"“API rate limit exceeded”"_s),
                 qPrintable(partly->counts.warnings.join(u'\n')));
    }

    void symbolicLinksAreRefused_data()
    {
        QTest::addColumn<bool>("directory");
        QTest::newRow("file") << false;
        QTest::newRow("folder") << true;
    }

    void symbolicLinksAreRefused()
    {
        QFETCH(bool, directory);
        auto workspace = newWorkspace();
        const QString folder = newFolder(u"bar"_s);
        QVERIFY(copyFixture(u"gitlab"_s, u"pipelines-list.json"_s, folder));
        // A link that leads out of the folder: ../outside.json, or ../elsewhere/ holding a page.
        const QString outside = QFileInfo(folder).absolutePath();
        QVERIFY(copyFixture(u"gitlab"_s, u"pipeline-single.json"_s, outside, u"outside.json"_s));
        QVERIFY(copyFixture(u"gitlab"_s, u"pipeline-single.json"_s, outside + u"/elsewhere"_s));
        const QString link = directory ? folder + u"/more"_s : folder + u"/linked.json"_s;
        QVERIFY(QFile::link(directory ? u"../elsewhere"_s : u"../outside.json"_s, link));
        auto report = importSavedResponses(*workspace, folder, options("gitlab"));
        QVERIFY(!report);
        QVERIFY2(report.errorMessage().contains(link), qPrintable(report.errorMessage()));
        QVERIFY2(report.errorMessage().contains(u"symbolic link"_s), qPrintable(report.errorMessage()));
        QCOMPARE(count(*workspace, u"pipeline_runs"_s), 0);
    }

    void cancelKeepsWhatWasStored()
    {
        auto workspace = newWorkspace();
        const QString folder = newFolder(u"bar"_s);
        QVERIFY(copyFixture(u"gitlab"_s, u"pipelines-list.json"_s, folder));
        QVERIFY(copyFixture(u"gitlab"_s, u"pipeline-single.json"_s, folder));
        QVERIFY(copyFixture(u"gitlab"_s, u"deployments-list.json"_s, folder));
        std::atomic_bool cancel = false;
        QList<qint64> done;
        // The user cancels once the first file is stored.
        const TaskControl control(
            [&](qint64 files, qint64) {
                done.append(files);
                if (files == 1)
                    cancel = true;
            },
            &cancel);
        auto report = importSavedResponses(*workspace, folder, options("gitlab"), control);
        QVERIFY(!report);
        QCOMPARE(report.errorMessage(), TaskControl::canceledMessage());
        QCOMPARE(done, QList<qint64>({0, 1}));
        QCOMPARE(column(*workspace, u"SELECT external_id FROM pipeline_runs ORDER BY external_id"_s),
                 QStringList({u"47"_s, u"48"_s}));
        QCOMPARE(count(*workspace, u"deployments"_s), 0);
    }

    void badOptions()
    {
        auto workspace = newWorkspace();
        const QString folder = newFolder(u"bar"_s);
        QVERIFY(copyFixture(u"gitlab"_s, u"pipelines-list.json"_s, folder));

        auto provider = importSavedResponses(*workspace, folder, options("travis"));
        QVERIFY(!provider);
        QVERIFY2(provider.errorMessage().contains(u"travis"_s), qPrintable(provider.errorMessage()));

        SavedResponsesOptions repository = options("github");
        repository.project = u"just-a-name"_s;
        auto project = importSavedResponses(*workspace, folder, repository);
        QVERIFY(!project);
        QVERIFY2(project.errorMessage().contains(u"OWNER/REPO"_s), qPrintable(project.errorMessage()));

        const QString missing = folder + u"/nothing-here"_s;
        auto absent = importSavedResponses(*workspace, missing, options("gitlab"));
        QVERIFY(!absent);
        QVERIFY2(absent.errorMessage().contains(missing), qPrintable(absent.errorMessage()));

        const QString file = folder + u"/pipelines-list.json"_s;
        auto notFolder = importSavedResponses(*workspace, file, options("gitlab"));
        QVERIFY(!notFolder);
        QVERIFY2(notFolder.errorMessage().contains(u"not a folder"_s), qPrintable(notFolder.errorMessage()));
        QCOMPARE(count(*workspace, u"pipeline_runs"_s), 0);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnBothEngines<TestSavedResponses>(argc, argv);
}
#include "tst_savedresponses.moc"
