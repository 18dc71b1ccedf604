// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small, hand-built history shared by the commit log and History page tests. Every expectation in those
// tests is worked out by hand from the rows written here.

#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QString>

namespace flowdeck::testing {

using namespace Qt::StringLiterals;

// 2023-11-14 22:13:20 UTC; every time in the fixture is an offset from here.
inline constexpr Timestamp T = 1'700'000'000'000;
inline constexpr Timestamp minute = 60'000;
inline constexpr Timestamp hour = 60 * minute;
inline constexpr Timestamp day = 24 * hour;

inline QString oidOf(char c)
{
    return QString(40, QLatin1Char(c));
}

/// The ids of what buildHistory() wrote.
///
/// shop:  A (T, Ada, +50 -0, 2 files, its parent fff… lies outside the workspace)
///        U (T+30 min, Chen, unreachable, +1 -1)
///        B (T+1 h, Björn Berg, +3 -2, child of A)
///        C (T+2 h, Ada, renames README to README.md, +12 -0, child of A)
///        M (T+3 h, Ada, merges B and C, no stats)
/// tools: X (T+4 h, Chen, +5 -5 and a binary file)
struct HistoryFixture
{
    Id shop = 0;
    Id tools = 0;
    Id a = 0, u = 0, b = 0, c = 0, m = 0, x = 0;
    Id cart = 0, cartWorker = 0;
    Id test = 0, staging = 0, production = 0;
    Id d1 = 0, d2 = 0, d3 = 0, d5 = 0, d6 = 0;
    QString error;
};

class HistoryBuilder
{
public:
    explicit HistoryBuilder(QSqlDatabase &db)
        : m_db(db)
    {}

    template<typename Row>
    Id add(const Row &row)
    {
        store::TableWriter<Row> writer(m_db);
        auto inserted = writer.insert(row);
        if (!inserted && m_error.isEmpty())
            m_error = inserted.errorMessage();
        return inserted ? *inserted : -1;
    }

    Id commit(Id repository, char oid, const QString &author, const QString &email, Timestamp at,
              const QString &message, std::optional<int> files, std::optional<int> insertions,
              std::optional<int> deletions, bool merge = false, bool reachable = true, int offset = 0)
    {
        Commit c;
        c.repositoryId = repository;
        c.oid = oidOf(oid);
        c.authorName = author;
        c.authorEmail = email;
        c.authorTime = at;
        c.authorOffsetMinutes = offset;
        c.committerName = author;
        c.committerEmail = email;
        c.committerTime = at + minute;
        c.committerOffsetMinutes = offset;
        c.summary = message.section(u'\n', 0, 0);
        c.message = message;
        c.isMerge = merge;
        c.filesChanged = files;
        c.insertions = insertions;
        c.deletions = deletions;
        c.reachable = reachable;
        return add(c);
    }

    void parent(Id commit, int position, char oid) { add(CommitParent{commit, position, oidOf(oid)}); }

    void file(Id commit, int position, const QString &path, std::optional<QString> oldPath,
              std::optional<int> insertions, std::optional<int> deletions)
    {
        add(CommitFile{commit, position, path, std::move(oldPath), insertions, deletions});
    }

    Id deployment(Id service, Id environment, const QString &version, const char *status, OptionalTime started,
                  OptionalTime finished, const QList<Id> &commits)
    {
        Deployment d;
        d.serviceId = service;
        d.environmentId = environment;
        d.version = version;
        d.status = QString::fromLatin1(status);
        d.startedAt = started;
        d.finishedAt = finished;
        d.source = u"test"_s;
        d.externalId = u"deployment-%1"_s.arg(++m_deployments);
        const Id id = add(d);
        for (Id commit : commits)
            add(DeploymentCommit{id, commit});
        return id;
    }

    QString error() const { return m_error; }

private:
    QSqlDatabase &m_db;
    QString m_error;
    int m_deployments = 0;
};

inline HistoryFixture buildHistory(const store::Workspace &workspace)
{
    HistoryFixture f;
    auto written = workspace.write([&f](QSqlDatabase &db) -> Result<void> {
        HistoryBuilder in(db);
        f.shop = in.add(Repository{0, u"shop"_s, {}, {}, {}, {}, {}});
        f.tools = in.add(Repository{0, u"tools"_s, {}, {}, {}, {}, {}});

        f.a = in.commit(f.shop, 'a', u"Ada"_s, u"ada@shop.example"_s, T,
                        u"Add cart\n\nThe cart holds items. This is the first step."_s, 2, 50, 0, false, true, 60);
        in.parent(f.a, 0, 'f');
        in.file(f.a, 0, u"src/cart.cpp"_s, {}, 40, 0);
        in.file(f.a, 1, u"src/cart.h"_s, {}, 10, 0);

        f.u = in.commit(f.shop, 'd', u"Chen"_s, u"chen@tools.example"_s, T + 30 * minute,
                        u"Experiment\n\nTry a smaller cart"_s, 1, 1, 1, false, false);
        in.parent(f.u, 0, 'a');
        in.file(f.u, 0, u"src/cart.cpp"_s, {}, 1, 1);

        f.b = in.commit(f.shop, 'b', u"Björn Berg"_s, u"b_berg@shop.example"_s, T + hour,
                        u"Fix checkout rounding\n\nUse 100% of the cents_total"_s, 1, 3, 2, false, true, -300);
        in.parent(f.b, 0, 'a');
        in.file(f.b, 0, u"src/checkout.cpp"_s, {}, 3, 2);

        f.c = in.commit(f.shop, 'c', u"Ada"_s, u"ada@shop.example"_s, T + 2 * hour, u"Rename README"_s, 2, 12, 0);
        in.parent(f.c, 0, 'a');
        in.file(f.c, 0, u"README.md"_s, u"README"_s, 0, 0);
        in.file(f.c, 1, u"docs/guide_v1.md"_s, {}, 12, 0);

        f.m = in.commit(f.shop, 'e', u"Ada"_s, u"ada@shop.example"_s, T + 3 * hour, u"Merge branch 'docs'"_s, {}, {},
                        {}, true);
        in.parent(f.m, 0, 'b');
        in.parent(f.m, 1, 'c');

        f.x = in.commit(f.tools, '1', u"Chen"_s, u"chen@tools.example"_s, T + 4 * hour,
                        u"Tool: 50% faster\n\nCache the runs."_s, 2, 5, 5);
        in.file(f.x, 0, u"tools/run.py"_s, {}, 5, 5);
        in.file(f.x, 1, u"tools/image.png"_s, {}, {}, {});

        f.cart = in.add(Service{0, u"cart"_s, {}, f.shop});
        f.cartWorker = in.add(Service{0, u"cart-worker"_s, {}, f.shop});
        f.test = in.add(Environment{0, u"test"_s, QString::fromLatin1(Tier::Testing), 0});
        f.staging = in.add(Environment{0, u"staging"_s, QString::fromLatin1(Tier::Staging), 1});
        f.production = in.add(Environment{0, u"production"_s, QString::fromLatin1(Tier::Production), 2});

        const QList<Id> release = {f.a, f.b, f.c, f.m};
        f.d1 = in.deployment(f.cart, f.test, u"1.0"_s, Status::Succeeded, T + 5 * hour, T + 5 * hour + 10 * minute,
                             release);
        f.d2 = in.deployment(f.cart, f.production, u"1.0"_s, Status::Failed, T + 6 * hour, T + 6 * hour + 20 * minute,
                             release);
        f.d3 = in.deployment(f.cart, f.production, u"1.0.1"_s, Status::Succeeded, T + 8 * hour,
                             T + 8 * hour + 30 * minute, release);
        f.d5 = in.deployment(f.cartWorker, f.test, u"0.9"_s, Status::Succeeded, T + 4 * hour,
                             T + 4 * hour + 30 * minute, {f.b});
        f.d6 = in.deployment(f.cart, f.staging, u"1.0"_s, Status::Running, T + 9 * hour, {}, {f.b});
        if (!in.error().isEmpty())
            return Error{in.error()};
        return {};
    });
    if (!written)
        f.error = written.errorMessage();
    return f;
}

} // namespace flowdeck::testing
