// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyfixture.h"

#include "history/commitlog.h"
#include "history/repositoryimports.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::history;
using namespace flowdeck::store;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(flowdeck::history::CommitFilter)
Q_DECLARE_METATYPE(flowdeck::history::CommitOrder)

class TestCommitLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_workspace;
    HistoryFixture m_f;

    QList<Id> ids(const QList<CommitRow> &rows) const
    {
        QList<Id> result;
        for (const CommitRow &row : rows)
            result.append(row.id);
        return result;
    }

    // The fixture's commits by letter, so that expected orders read like the fixture's description.
    QList<Id> letters(const char *names) const
    {
        QList<Id> result;
        for (const char *c = names; *c; ++c) {
            switch (*c) {
            case 'A':
                result.append(m_f.a);
                break;
            case 'U':
                result.append(m_f.u);
                break;
            case 'B':
                result.append(m_f.b);
                break;
            case 'C':
                result.append(m_f.c);
                break;
            case 'M':
                result.append(m_f.m);
                break;
            case 'X':
                result.append(m_f.x);
                break;
            default:
                break;
            }
        }
        return result;
    }

    QList<Id> filtered(const CommitFilter &filter)
    {
        auto rows = loadCommitRows(m_workspace->connection(), filter);
        if (!rows) {
            qWarning() << rows.errorMessage();
            return {-1};
        }
        return ids(*rows);
    }

    QStringList plan(const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(m_workspace->connection());
        query.prepare(u"EXPLAIN QUERY PLAN "_s + sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        query.exec();
        QStringList steps;
        while (query.next())
            steps.append(query.value(3).toString());
        return steps;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto workspace = Workspace::create(m_dir.filePath(u"history.flowdeck"_s));
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        m_workspace = *workspace;
        m_f = buildHistory(*m_workspace);
        QVERIFY2(m_f.error.isEmpty(), qPrintable(m_f.error));
    }

    void rowsCarryWhatTheTableShows()
    {
        auto rows = loadCommitRows(m_workspace->connection(), {});
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        QCOMPARE(rows->size(), 6);
        // Newest first: X (T+4 h) … A (T).
        const CommitRow &a = rows->last();
        QCOMPARE(a.id, m_f.a);
        QCOMPARE(a.repositoryId, m_f.shop);
        QCOMPARE(a.shortOid, u"aaaaaaaaaa"_s);
        QCOMPARE(a.summary, u"Add cart"_s);
        QCOMPARE(a.authorName, u"Ada"_s);
        QCOMPARE(a.authorEmail, u"ada@shop.example"_s);
        QCOMPARE(a.authorTime, T);
        QCOMPARE(a.authorOffsetMinutes, 60);
        QVERIFY(!a.isMerge);
        QCOMPARE(a.filesChanged, 2);
        QCOMPARE(a.insertions, 50);
        QCOMPARE(a.deletions, 0);
        QCOMPARE(a.size(), 50);
        QVERIFY(a.reachable);

        const CommitRow &m = rows->at(1);
        QCOMPARE(m.id, m_f.m);
        QVERIFY(m.isMerge);
        QCOMPARE(m.filesChanged, std::nullopt);
        QCOMPARE(m.size(), std::nullopt);

        const CommitRow &u = rows->at(4);
        QCOMPARE(u.id, m_f.u);
        QVERIFY(!u.reachable);
        QCOMPARE(rows->at(3).authorOffsetMinutes, -300);
    }

    void filters_data()
    {
        QTest::addColumn<CommitFilter>("filter");
        QTest::addColumn<QString>("expected");
        auto make = [](auto change) {
            CommitFilter filter;
            change(filter);
            return filter;
        };
        QTest::newRow("none") << CommitFilter{} << u"XMCBUA"_s;
        QTest::newRow("repository shop") << make([this](CommitFilter &f) { f.repositoryId = m_f.shop; }) << u"MCBUA"_s;
        QTest::newRow("repository tools") << make([this](CommitFilter &f) { f.repositoryId = m_f.tools; }) << u"X"_s;
        QTest::newRow("author name, any case") << make([](CommitFilter &f) { f.author = u"aDA"_s; }) << u"MCA"_s;
        QTest::newRow("author email") << make([](CommitFilter &f) { f.author = u"SHOP.EXAMPLE"_s; }) << u"MCBA"_s;
        QTest::newRow("author non-ASCII") << make([](CommitFilter &f) { f.author = u"Björn"_s; }) << u"B"_s;
        // _ and % are literal characters, not LIKE wildcards: "_@shop" would otherwise match "ada@shop".
        QTest::newRow("author underscore") << make([](CommitFilter &f) { f.author = u"_berg"_s; }) << u"B"_s;
        QTest::newRow("author literal underscore only")
            << make([](CommitFilter &f) { f.author = u"_@shop"_s; }) << QString();
        QTest::newRow("text in summary or body") << make([](CommitFilter &f) { f.text = u"CART"_s; }) << u"UA"_s;
        QTest::newRow("text with percent") << make([](CommitFilter &f) { f.text = u"100%"_s; }) << u"B"_s;
        // As a wildcard, _ would also match "is the" in A's message.
        QTest::newRow("text with underscore") << make([](CommitFilter &f) { f.text = u"s_t"_s; }) << u"B"_s;
        QTest::newRow("path part") << make([](CommitFilter &f) { f.path = u"cart"_s; }) << u"UA"_s;
        QTest::newRow("path part, any case") << make([](CommitFilter &f) { f.path = u"readme"_s; }) << u"C"_s;
        QTest::newRow("path binary file") << make([](CommitFilter &f) { f.path = u"image.png"_s; }) << u"X"_s;
        QTest::newRow("glob suffix") << make([](CommitFilter &f) { f.path = u"*.cpp"_s; }) << u"BUA"_s;
        QTest::newRow("glob folder") << make([](CommitFilter &f) { f.path = u"src/*"_s; }) << u"BUA"_s;
        QTest::newRow("glob is case-sensitive") << make([](CommitFilter &f) { f.path = u"*.CPP"_s; }) << QString();
        // The whole path must match: README.md does not, the old name README does.
        QTest::newRow("glob old path") << make([](CommitFilter &f) { f.path = u"READM?"_s; }) << u"C"_s;
        QTest::newRow("glob class") << make([](CommitFilter &f) { f.path = u"src/[ch]*.h"_s; }) << u"A"_s;
        QTest::newRow("date range") << make([](CommitFilter &f) {
            f.from = T + hour;
            f.to = T + 3 * hour;
        }) << u"CB"_s;
        QTest::newRow("from only") << make([](CommitFilter &f) { f.from = T + 3 * hour; }) << u"XM"_s;
        QTest::newRow("to only") << make([](CommitFilter &f) { f.to = T + hour; }) << u"UA"_s;
        QTest::newRow("combined") << make([this](CommitFilter &f) {
            f.repositoryId = m_f.shop;
            f.author = u"ada"_s;
            f.path = u"cart"_s;
        }) << u"A"_s;
        QTest::newRow("nothing matches") << make([](CommitFilter &f) { f.text = u"no such words"_s; }) << QString();
    }

    void filters()
    {
        QFETCH(CommitFilter, filter);
        QFETCH(QString, expected);
        QCOMPARE(filtered(filter), letters(expected.toLatin1().constData()));
        QCOMPARE(filter.isEmpty(), QTest::currentDataTag() == QByteArray("none"));
    }

    void sorting_data()
    {
        QTest::addColumn<CommitOrder>("order");
        QTest::addColumn<Qt::SortOrder>("direction");
        QTest::addColumn<QString>("expected");
        QTest::newRow("time, newest first") << CommitOrder::Time << Qt::DescendingOrder << u"XMCBUA"_s;
        QTest::newRow("time, oldest first") << CommitOrder::Time << Qt::AscendingOrder << u"AUBCMX"_s;
        // Ada: M, C, A; Björn Berg: B; Chen: X, U (equal authors newest first).
        QTest::newRow("author ascending") << CommitOrder::Author << Qt::AscendingOrder << u"MCABXU"_s;
        QTest::newRow("author descending") << CommitOrder::Author << Qt::DescendingOrder << u"XUBMCA"_s;
        // Lines changed: A 50, C 12, X 10, B 5, U 2, M none.
        QTest::newRow("size ascending") << CommitOrder::Size << Qt::AscendingOrder << u"MUBXCA"_s;
        QTest::newRow("size descending") << CommitOrder::Size << Qt::DescendingOrder << u"ACXBUM"_s;
        // Files: M none; B, U 1; X, C, A 2.
        QTest::newRow("files ascending") << CommitOrder::Files << Qt::AscendingOrder << u"MBUXCA"_s;
        QTest::newRow("insertions descending") << CommitOrder::Insertions << Qt::DescendingOrder << u"ACXBUM"_s;
        // Deletions: X 5, B 2, U 1, C 0, A 0, M none.
        QTest::newRow("deletions descending") << CommitOrder::Deletions << Qt::DescendingOrder << u"XBUCAM"_s;
        QTest::newRow("repository ascending") << CommitOrder::Repository << Qt::AscendingOrder << u"MCBUAX"_s;
        QTest::newRow("repository descending") << CommitOrder::Repository << Qt::DescendingOrder << u"XMCBUA"_s;
        // Object ids: X 111…, A aaa…, B bbb…, C ccc…, U ddd…, M eee….
        QTest::newRow("oid ascending") << CommitOrder::Oid << Qt::AscendingOrder << u"XABCUM"_s;
        QTest::newRow("summary ascending") << CommitOrder::Summary << Qt::AscendingOrder << u"AUBMCX"_s;
    }

    void sorting()
    {
        QFETCH(CommitOrder, order);
        QFETCH(Qt::SortOrder, direction);
        QFETCH(QString, expected);
        auto rows = loadCommitRows(m_workspace->connection(), {});
        QVERIFY(rows);
        // Sorting starts from an order that is not the expected one.
        std::reverse(rows->begin(), rows->end());
        auto facts = loadCommitLogFacts(m_workspace->connection());
        QVERIFY(facts);
        sortCommitRows(*rows, order, direction, facts->repositories);
        QCOMPARE(ids(*rows), letters(expected.toLatin1().constData()));
    }

    void facts()
    {
        auto facts = loadCommitLogFacts(m_workspace->connection());
        QVERIFY2(facts, qPrintable(facts.errorMessage()));
        QCOMPARE(facts->commits, 6);
        const QList<RepositoryName> repositories = {{m_f.shop, u"shop"_s}, {m_f.tools, u"tools"_s}};
        QCOMPARE(facts->repositories, repositories);
        // Ada wrote 3, Chen 2, Björn Berg 1.
        QCOMPARE(facts->authors, (QStringList{u"Ada"_s, u"Chen"_s, u"Björn Berg"_s}));
    }

    void detailsOfAShippedCommit()
    {
        auto details = loadCommitDetails(m_workspace->connection(), m_f.b);
        QVERIFY2(details, qPrintable(details.errorMessage()));
        QCOMPARE(details->commit.id, m_f.b);
        QCOMPARE(details->commit.oid, oidOf('b'));
        QCOMPARE(details->commit.message, u"Fix checkout rounding\n\nUse 100% of the cents_total"_s);
        QCOMPARE(details->commit.committerTime, T + hour + minute);
        QCOMPARE(details->repository, u"shop"_s);
        QCOMPARE(details->parents.size(), 1);
        QCOMPARE(details->parents[0].oid, oidOf('a'));
        QCOMPARE(details->parents[0].id, m_f.a);
        QCOMPARE(details->parents[0].summary, u"Add cart"_s);
        QCOMPARE(details->files.size(), 1);
        QCOMPARE(details->files[0].path, u"src/checkout.cpp"_s);
        QCOMPARE(details->files[0].insertions, 3);
        QCOMPARE(details->files[0].deletions, 2);

        // By finish (else start) time: d5 T+4:30, d1 T+5:10, d2 T+6:20, d3 T+8:30, then the running d6 (T+9).
        QCOMPARE(details->deployments.size(), 5);
        const QList<Id> order = {m_f.d5, m_f.d1, m_f.d2, m_f.d3, m_f.d6};
        for (qsizetype i = 0; i < order.size(); ++i)
            QCOMPARE(details->deployments[i].id, order[i]);
        const CommitDeployment &failed = details->deployments[2];
        QCOMPARE(failed.service, u"cart"_s);
        QCOMPARE(failed.environment, u"production"_s);
        QCOMPARE(failed.version, u"1.0"_s);
        QCOMPARE(failed.status, u"failed"_s);
        QCOMPARE(failed.startedAt, T + 6 * hour);
        QCOMPARE(failed.finishedAt, T + 6 * hour + 20 * minute);
        QCOMPARE(details->deployments[4].finishedAt, std::nullopt);

        // test: first through cart-worker 0.9 at T+4:30, 3 h 30 min after B was written (T+1 h). production:
        // the failed 1.0 did not bring it there; 1.0.1 did at T+8:30, 7 h 30 min after. staging: still running.
        QCOMPARE(details->arrivals.size(), 2);
        const EnvironmentArrival test{u"test"_s, u"cart-worker"_s, u"0.9"_s, T + 4 * hour + 30 * minute,
                                      3 * hour + 30 * minute};
        const EnvironmentArrival production{u"production"_s, u"cart"_s, u"1.0.1"_s, T + 8 * hour + 30 * minute,
                                            7 * hour + 30 * minute};
        QCOMPARE(details->arrivals[0], test);
        QCOMPARE(details->arrivals[1], production);
    }

    void detailsOfAMerge()
    {
        auto details = loadCommitDetails(m_workspace->connection(), m_f.m);
        QVERIFY2(details, qPrintable(details.errorMessage()));
        QVERIFY(details->commit.isMerge);
        QCOMPARE(details->parents.size(), 2);
        QCOMPARE(details->parents[0].id, m_f.b);
        QCOMPARE(details->parents[1].id, m_f.c);
        QCOMPARE(details->parents[1].summary, u"Rename README"_s);
        QVERIFY(details->files.isEmpty());
        QCOMPARE(details->deployments.size(), 3);
        QCOMPARE(details->arrivals.size(), 2);
        QCOMPARE(details->arrivals[0].environment, u"test"_s);
        QCOMPARE(details->arrivals[0].version, u"1.0"_s);
        // Written at T+3 h, in test at T+5:10.
        QCOMPARE(details->arrivals[0].afterMs, 2 * hour + 10 * minute);
    }

    void detailsOfRenamesAndBoundaries()
    {
        auto c = loadCommitDetails(m_workspace->connection(), m_f.c);
        QVERIFY(c);
        QCOMPARE(c->files.size(), 2);
        QCOMPARE(c->files[0].path, u"README.md"_s);
        QCOMPARE(c->files[0].oldPath, u"README"_s);
        QCOMPARE(c->files[1].path, u"docs/guide_v1.md"_s);
        QCOMPARE(c->files[1].oldPath, std::nullopt);

        // A's parent lies beyond the workspace's history: known by oid only.
        auto a = loadCommitDetails(m_workspace->connection(), m_f.a);
        QVERIFY(a);
        QCOMPARE(a->parents.size(), 1);
        QCOMPARE(a->parents[0].oid, oidOf('f'));
        QCOMPARE(a->parents[0].id, std::nullopt);
        QVERIFY(a->parents[0].summary.isEmpty());

        // X's binary file has no line counts; X was never deployed.
        auto x = loadCommitDetails(m_workspace->connection(), m_f.x);
        QVERIFY(x);
        QCOMPARE(x->repository, u"tools"_s);
        QCOMPARE(x->files[1].insertions, std::nullopt);
        QVERIFY(x->deployments.isEmpty());
        QVERIFY(x->arrivals.isEmpty());
        QVERIFY(x->parents.isEmpty());
    }

    void detailsOfAMissingCommit()
    {
        auto details = loadCommitDetails(m_workspace->connection(), 9999);
        QVERIFY(!details);
        QVERIFY(details.errorMessage().contains(u"9999"_s));
    }

    void importsForEveryRepository()
    {
        auto workspace = Workspace::create(m_dir.filePath(u"imports.flowdeck"_s));
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        auto written = (*workspace)->write([](QSqlDatabase &db) -> Result<void> {
            HistoryBuilder in(db);
            // A clone: imported from its URL, with the patterns it was imported with and with statistics.
            const Id api = in.add(Repository{0,
                                             u"api"_s,
                                             u"https://example.com/api.git"_s,
                                             u"/cache/api"_s,
                                             {},
                                             u"refs/heads/main\nrefs/tags/v*"_s,
                                             {}});
            in.commit(api, 'a', u"Ada"_s, u"ada@example.com"_s, T, u"One"_s, 1, 1, 0);
            in.commit(api, 'b', u"Ada"_s, u"ada@example.com"_s, T + 1, u"Two"_s, {}, {}, {}, true);
            // Never imported yet: statistics by default.
            in.add(Repository{0, u"local"_s, {}, u"/src/local"_s, {}, {}, {}});
            // Imported without statistics: merges never carry them, so only the other commits tell.
            const Id bare = in.add(Repository{0, u"nostats"_s, {}, u"/src/nostats"_s, {}, {}, {}});
            in.commit(bare, 'c', u"Ada"_s, u"ada@example.com"_s, T, u"Three"_s, {}, {}, {});
            in.commit(bare, 'd', u"Ada"_s, u"ada@example.com"_s, T + 1, u"Four"_s, {}, {}, {}, true);
            // Nowhere to import from.
            in.add(Repository{0, u"orphan"_s, {}, {}, {}, {}, {}});
            if (!in.error().isEmpty())
                return Error{in.error()};
            return {};
        });
        QVERIFY2(written, qPrintable(written.errorMessage()));

        auto plan = history::importsForEveryRepository((*workspace)->connection());
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        QCOMPARE(plan->names, (QStringList{u"api"_s, u"local"_s, u"nostats"_s}));
        QCOMPARE(plan->skipped, QStringList{u"orphan"_s});
        QCOMPARE(plan->imports.size(), 3);
        QCOMPARE(plan->imports[0].source, u"https://example.com/api.git"_s);
        QCOMPARE(plan->imports[0].refPatterns, (QStringList{u"refs/heads/main"_s, u"refs/tags/v*"_s}));
        QVERIFY(plan->imports[0].diffStats);
        QCOMPARE(plan->imports[1].source, u"/src/local"_s);
        QVERIFY(plan->imports[1].refPatterns.isEmpty());
        QVERIFY(plan->imports[1].diffStats);
        QCOMPARE(plan->imports[2].source, u"/src/nostats"_s);
        QVERIFY(!plan->imports[2].diffStats);
    }

    void queriesUseIndexes()
    {
        // What the details pane asks for one commit reads indexes, never a whole table.
        const QStringList deployments =
            plan(u"SELECT d.id FROM deployment_commits dc JOIN deployments d ON d.id = dc.deployment_id "
                 "JOIN services s ON s.id = d.service_id JOIN environments e ON e.id = d.environment_id "
                 "WHERE dc.commit_id = ?"_s,
                 {m_f.b});
        QVERIFY2(deployments.first().contains(u"deployment_commits_commit"_s), qPrintable(deployments.join(u'\n')));
        const QStringList parents = plan(u"SELECT cp.parent_oid, p.id FROM commit_parents cp LEFT JOIN commits p "
                                         "ON p.repository_id = ? AND p.oid = cp.parent_oid WHERE cp.commit_id = ?"_s,
                                         {m_f.shop, m_f.b});
        for (const QString &step : parents)
            QVERIFY2(!step.startsWith(u"SCAN"_s), qPrintable(parents.join(u'\n')));
        // A glob with a fixed prefix narrows the file search through the path index.
        const QStringList files = plan(u"SELECT commit_id FROM commit_files WHERE path GLOB ? "
                                       "UNION SELECT commit_id FROM commit_files WHERE old_path GLOB ?"_s,
                                       {u"src/*"_s, u"src/*"_s});
        QVERIFY2(files.join(u'\n').contains(u"commit_files_path"_s), qPrintable(files.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCommitLog)
#include "tst_commitlog.moc"
