// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the records behind a drill-down from a real workspace: the pull requests, by id, across more ids than
// one statement takes. Both cases run on SQLite and again on PostgreSQL (a database of its own on the test server).

#include "engineworkspaces.h"

#include "metrics/drilldownrecords.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::metrics;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr Timestamp t0 = 1'700'000'000'000;
constexpr Timestamp minute = 60'000;
// More than two slices of 500 ids.
constexpr int pullRequestCount = 1203;

Result<void> exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    // Without values, run as it is: PostgreSQL prepares no DDL such as DROP TABLE.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return Error{query.lastError().text()};
        return {};
    }
    if (!query.prepare(sql))
        return Error{query.lastError().text()};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{query.lastError().text()};
    return {};
}

// Pull request i (1..1203) is number 1000 + i, "Change i" by ana (odd) or ben (even), opened at t0 + i min; every
// third is not merged, the others merged an hour after opening; the even ones have no url.
PullRequestRecord expected(int i)
{
    PullRequestRecord record;
    record.id = i;
    record.number = 1000 + i;
    record.title = u"Change %1"_s.arg(i);
    record.author = i % 2 == 1 ? u"ana"_s : u"ben"_s;
    record.createdAt = t0 + i * minute;
    if (i % 3 != 0)
        record.mergedAt = t0 + i * minute + 60 * minute;
    if (i % 2 == 1)
        record.url = u"https://example.org/shop/pull/%1"_s.arg(1000 + i);
    return record;
}

Result<void> writePullRequests(QSqlDatabase &db)
{
    if (auto done = exec(db, u"INSERT INTO repositories (id, name) VALUES (1, 'shop')"_s); !done)
        return done;
    for (int i = 1; i <= pullRequestCount; ++i) {
        const PullRequestRecord r = expected(i);
        auto done =
            exec(db,
                 u"INSERT INTO pull_requests (id, repository_id, number, title, author, head_branch, "
                 "base_branch, created_at, merged_at, source, external_id, url) "
                 "VALUES (?, 1, ?, ?, ?, 'topic', 'main', ?, ?, 'github', ?, ?)"_s,
                 {r.id, r.number, r.title, r.author, r.createdAt,
                  r.mergedAt ? QVariant(*r.mergedAt) : QVariant(QMetaType(QMetaType::LongLong)),
                  QString::number(r.number), r.url ? QVariant(*r.url) : QVariant(QMetaType(QMetaType::QString))});
        if (!done)
            return done;
    }
    return {};
}

} // namespace

class TestDrillDownRecords : public QObject
{
    Q_OBJECT

public:
    /// `engine`: "sqlite" or "postgresql", where the workspaces of the test are made.
    explicit TestDrillDownRecords(const QString &engine)
        : m_workspaces(engine)
    {}

private:
    EngineWorkspaces m_workspaces;

private Q_SLOTS:
    void initTestCase() { qInfo().noquote() << "Workspaces on" << m_workspaces.engine(); }

    void readsPullRequestsById()
    {
        auto workspace = m_workspaces.create(u"shop"_s);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        auto written = (*workspace)->write(writePullRequests);
        QVERIFY2(written, qPrintable(written.errorMessage()));

        // Every pull request, one of them twice, and an id that names none (deleted since).
        RecordIds ids;
        for (int i = pullRequestCount; i >= 1; --i)
            ids.pullRequests.append(i);
        ids.pullRequests.append(5);
        ids.pullRequests.append(99'999);
        auto records = loadDrillDownRecords((*workspace)->connection(), ids);
        QVERIFY2(records, qPrintable(records.errorMessage()));
        QCOMPARE(records->pullRequests.size(), pullRequestCount);
        for (int i = 1; i <= pullRequestCount; ++i)
            QCOMPARE(records->pullRequests.value(i), expected(i));
        QVERIFY(!records->pullRequests.contains(99'999));
        // Only what was asked for is read.
        QVERIFY(records->deployments.isEmpty());
        QVERIFY(records->commits.isEmpty());
        QVERIFY(records->incidents.isEmpty());
        QVERIFY(records->runs.isEmpty());

        // Spot checks written out: an odd merged one with its url, and an unmerged even one without.
        const PullRequestRecord first = records->pullRequests.value(1);
        QCOMPARE(first.number, 1001);
        QCOMPARE(first.title, u"Change 1"_s);
        QCOMPARE(first.author, u"ana"_s);
        QCOMPARE(first.mergedAt, OptionalTime(t0 + 61 * minute));
        QCOMPARE(first.url, std::optional<QString>(u"https://example.org/shop/pull/1001"_s));
        const PullRequestRecord sixth = records->pullRequests.value(6);
        QCOMPARE(sixth.author, u"ben"_s);
        QCOMPARE(sixth.createdAt, t0 + 6 * minute);
        QCOMPARE(sixth.mergedAt, OptionalTime());
        QCOMPARE(sixth.url, std::optional<QString>());

        // No ids, no query and nothing read.
        auto none = loadDrillDownRecords((*workspace)->connection(), RecordIds{});
        QVERIFY(none);
        QVERIFY(none->pullRequests.isEmpty());
    }

    void aMissingTableIsNamed()
    {
        auto workspace = m_workspaces.create(u"broken"_s);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        auto dropped = (*workspace)->write([](QSqlDatabase &db) { return exec(db, u"DROP TABLE pull_requests"_s); });
        QVERIFY2(dropped, qPrintable(dropped.errorMessage()));
        RecordIds ids;
        ids.pullRequests = {1, 2};
        auto records = loadDrillDownRecords((*workspace)->connection(), ids);
        QVERIFY(!records);
        QVERIFY2(records.errorMessage().contains(u"pull_requests"_s), qPrintable(records.errorMessage()));
    }

    void cleanupTestCase() { m_workspaces.clear(); }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnBothEngines<TestDrillDownRecords>(argc, argv);
}
#include "tst_drilldownrecords.moc"
