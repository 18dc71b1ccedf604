// SPDX-License-Identifier: GPL-3.0-or-later
// WorkspaceCopy: every record of the demo workspace (plus value streams whose future state refers to its current
// state) arrives in a new workspace with its id and every column equal, read back straight from both files; and
// the same through a workspace on the test PostgreSQL server, there and back.

#include "demo/demogenerator.h"
#include "postgresqltesting.h"
#include "store/workspace.h"
#include "store/workspacecopy.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <atomic>

using namespace flowdeck;
using namespace Qt::StringLiterals;

namespace {

/// Every row of every table of the SQLite file at `path` (bookkeeping tables aside), as text, sorted: equal
/// dumps mean equal records with equal ids.
QMap<QString, QStringList> dump(const QString &path)
{
    QMap<QString, QStringList> tables;
    const QString name = u"dump-"_s + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            return tables;
        QSqlQuery list(db);
        list.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"_s);
        QStringList names;
        while (list.next())
            names.append(list.value(0).toString());
        for (const QString &table : std::as_const(names)) {
            QSqlQuery rows(db);
            rows.exec(u"SELECT * FROM \"%1\""_s.arg(table));
            QStringList lines;
            while (rows.next()) {
                QStringList cells;
                for (int i = 0; i < rows.record().count(); ++i) {
                    const QVariant value = rows.value(i);
                    cells.append(value.isNull() ? u"NULL"_s : rows.record().fieldName(i) + u'=' + value.toString());
                }
                lines.append(cells.join(u'|'));
            }
            lines.sort();
            tables.insert(table, lines);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}

store::OpenOptions readOnly()
{
    store::OpenOptions options;
    options.readOnly = true;
    return options;
}

qint64 scalar(const store::Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestWorkspaceCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sourcePath = m_dir.filePath(u"source.flowdeck"_s);
        auto created = store::Workspace::create(m_sourcePath);
        QVERIFY2(created, qPrintable(created ? QString() : created.errorMessage()));
        auto generated = demo::generateDemo(**created);
        QVERIFY2(generated, qPrintable(generated ? QString() : generated.errorMessage()));
        // Both tables that refer to themselves get such a reference, to a row with a higher id: a release made from
        // a template, and a future state based on a current state.
        auto added = (*created)->write([](QSqlDatabase &db) -> Result<void> {
            QSqlQuery query(db);
            for (const QString &sql :
                 {u"INSERT INTO releases (id, name, is_template, created_at) VALUES (9, 'Monthly train', 1, 1)"_s,
                  u"INSERT INTO releases (id, name, template_id, created_at) VALUES (4, 'March train', 9, 2)"_s,
                  u"INSERT INTO value_streams (id, name, state, updated_at) VALUES (7, 'Checkout', 'current', 1)"_s,
                  u"INSERT INTO value_streams (id, name, state, based_on_id, updated_at) "
                  u"VALUES (3, 'Checkout (future)', 'future', 7, 2)"_s}) {
                if (!query.exec(sql))
                    return Error{sql};
            }
            return {};
        });
        QVERIFY(added);
        QCOMPARE(scalar(**created, u"SELECT COUNT(*) FROM releases WHERE template_id IS NOT NULL"_s), 1);
        m_sourceRows = 0;
        for (const QStringList &rows : dump(m_sourcePath))
            m_sourceRows += rows.size();
    }

    void copiesEveryRecord()
    {
        const QString targetPath = m_dir.filePath(u"copy.flowdeck"_s);
        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        {
            auto source = store::Workspace::open(m_sourcePath, readOnly());
            QVERIFY(source);
            auto target = store::Workspace::create(targetPath);
            QVERIFY(target);
            const TaskControl control(
                [&](qint64 done, qint64 total) {
                    QVERIFY(done >= lastDone);
                    lastDone = done;
                    lastTotal = total;
                },
                nullptr);
            auto copied = store::WorkspaceCopy::copy(**source, **target, control);
            QVERIFY2(copied, qPrintable(copied ? QString() : copied.errorMessage()));
            QCOMPARE(copied->rows, m_sourceRows);
            QCOMPARE(lastDone, m_sourceRows);
            QCOMPARE(lastTotal, m_sourceRows);

            // The target's ids go on after the highest copied.
            const qint64 highest = scalar(**target, u"SELECT MAX(id) FROM services"_s);
            auto inserted = (*target)->write([](QSqlDatabase &db) -> Result<void> {
                QSqlQuery query(db);
                if (!query.exec(u"INSERT INTO services (name) VALUES ('added after the copy')"_s))
                    return Error{u"insert"_s};
                return {};
            });
            QVERIFY(inserted);
            QVERIFY(scalar(**target, u"SELECT id FROM services WHERE name = 'added after the copy'"_s) > highest);
            auto removed = (*target)->write([](QSqlDatabase &db) -> Result<void> {
                QSqlQuery query(db);
                if (!query.exec(u"DELETE FROM services WHERE name = 'added after the copy'"_s))
                    return Error{u"delete"_s};
                return {};
            });
            QVERIFY(removed);
        }
        const auto expected = dump(m_sourcePath);
        const auto actual = dump(targetPath);
        QCOMPARE(actual.keys(), expected.keys());
        for (auto table = expected.cbegin(); table != expected.cend(); ++table)
            QCOMPARE(actual.value(table.key()), table.value());
        QVERIFY(expected.value(u"jobs"_s).size() > 1000);
        QVERIFY(expected.value(u"value_streams"_s).join(u'\n').contains(u"based_on_id=7"_s));
        QVERIFY(expected.value(u"releases"_s).join(u'\n').contains(u"template_id=9"_s));
    }

    void roundTripThroughPostgreSql()
    {
        testing::PostgreSqlTestDatabase database(u"copy"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        const QString backPath = m_dir.filePath(u"back.flowdeck"_s);
        {
            auto source = store::Workspace::open(m_sourcePath, readOnly());
            QVERIFY(source);
            auto server = store::Workspace::create(database.address(), database.options());
            QVERIFY2(server, qPrintable(server ? QString() : server.errorMessage()));
            QCOMPARE((*server)->engine(), store::Workspace::Engine::PostgreSql);
            auto there = store::WorkspaceCopy::copy(**source, **server);
            QVERIFY2(there, qPrintable(there ? QString() : there.errorMessage()));
            QCOMPARE(there->rows, m_sourceRows);
            QCOMPARE(database.scalar(u"SELECT COUNT(*) FROM jobs"_s).toLongLong(),
                     scalar(**source, u"SELECT COUNT(*) FROM jobs"_s));
            QCOMPARE(database.scalar(u"SELECT template_id FROM releases WHERE id = 4"_s).toLongLong(), 9);

            // The server's id counters go on after the highest id copied.
            QVERIFY(database.exec(u"INSERT INTO services (name) VALUES ('added on the server')"_s));
            QVERIFY(database.scalar(u"SELECT id FROM services WHERE name = 'added on the server'"_s).toLongLong() >
                    scalar(**source, u"SELECT MAX(id) FROM services"_s));
            QVERIFY(database.exec(u"DELETE FROM services WHERE name = 'added on the server'"_s));

            auto back = store::Workspace::create(backPath);
            QVERIFY(back);
            auto returned = store::WorkspaceCopy::copy(**server, **back);
            QVERIFY2(returned, qPrintable(returned ? QString() : returned.errorMessage()));
            QCOMPARE(returned->rows, m_sourceRows);
        }
        const auto expected = dump(m_sourcePath);
        const auto actual = dump(backPath);
        QCOMPARE(actual.keys(), expected.keys());
        for (auto table = expected.cbegin(); table != expected.cend(); ++table)
            QCOMPARE(actual.value(table.key()), table.value());
    }

    void refusesATargetWithRecords()
    {
        const QString targetPath = m_dir.filePath(u"used.flowdeck"_s);
        auto source = store::Workspace::open(m_sourcePath, readOnly());
        QVERIFY(source);
        auto target = store::Workspace::create(targetPath);
        QVERIFY(target);
        auto stored = (*target)->write([](QSqlDatabase &db) -> Result<void> {
            QSqlQuery query(db);
            if (!query.exec(u"INSERT INTO services (name) VALUES ('kept')"_s))
                return Error{u"insert"_s};
            return {};
        });
        QVERIFY(stored);
        auto copied = store::WorkspaceCopy::copy(**source, **target);
        QVERIFY(!copied);
        QVERIFY2(copied.errorMessage().contains(u"already holds records"_s), qPrintable(copied.errorMessage()));
        QVERIFY(copied.errorMessage().contains(u"services"_s));
        QCOMPARE(scalar(**target, u"SELECT COUNT(*) FROM services"_s), 1);
        QCOMPARE(scalar(**target, u"SELECT COUNT(*) FROM jobs"_s), 0);
    }

    void cancelLeavesNoCopiedRecord()
    {
        const QString targetPath = m_dir.filePath(u"canceled.flowdeck"_s);
        auto source = store::Workspace::open(m_sourcePath, readOnly());
        QVERIFY(source);
        auto target = store::Workspace::create(targetPath);
        QVERIFY(target);
        std::atomic_bool cancel = false;
        qint64 reached = 0;
        const TaskControl control(
            [&](qint64 done, qint64 total) {
                reached = done;
                if (done > total / 2)
                    cancel = true;
            },
            &cancel);
        auto copied = store::WorkspaceCopy::copy(**source, **target, control);
        QVERIFY(!copied);
        QCOMPARE(copied.errorMessage(), TaskControl::canceledMessage());
        QVERIFY(reached > 0 && reached < m_sourceRows);
        for (const QString &table : {u"services"_s, u"commits"_s, u"jobs"_s, u"deployments"_s})
            QCOMPARE(scalar(**target, u"SELECT COUNT(*) FROM %1"_s.arg(table)), 0);
        // The creation settings are still there, and a second try copies everything.
        QCOMPARE(scalar(**target, u"SELECT COUNT(*) FROM settings WHERE key = 'workspace.created_at'"_s), 1);
        auto again = store::WorkspaceCopy::copy(**source, **target);
        QVERIFY2(again, qPrintable(again ? QString() : again.errorMessage()));
        QCOMPARE(again->rows, m_sourceRows);
    }

private:
    QTemporaryDir m_dir;
    QString m_sourcePath;
    qint64 m_sourceRows = 0;
};

QTEST_GUILESS_MAIN(TestWorkspaceCopy)
#include "tst_workspacecopy.moc"
