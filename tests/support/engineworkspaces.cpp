// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineworkspaces.h"

#include "store/workspacecopy.h"

#include <QSqlError>
#include <QSqlQuery>

namespace flowdeck::testing {

using namespace Qt::StringLiterals;

EngineWorkspaces::EngineWorkspaces(QString engine)
    : m_engine(std::move(engine))
{}

EngineWorkspaces::~EngineWorkspaces() = default;

bool EngineWorkspaces::onPostgreSql() const
{
    return m_engine == u"postgresql"_s;
}

Result<std::shared_ptr<store::Workspace>> EngineWorkspaces::create(const QString &name)
{
    if (!onPostgreSql()) {
        if (!m_dir.isValid())
            return Error{u"Cannot make a temporary folder: "_s + m_dir.errorString()};
        const QString path = m_dir.filePath(name + u".flowdeck"_s);
        m_locations.insert(name, path);
        return store::Workspace::create(path);
    }
    const auto &database = m_databases.emplace_back(std::make_unique<PostgreSqlTestDatabase>(name));
    if (!database->isReady())
        return Error{database->error()};
    m_password = database->password();
    m_locations.insert(name, database->address());
    return store::Workspace::create(database->address(), database->options());
}

Result<void> EngineWorkspaces::check() const
{
    if (!m_dir.isValid())
        return Error{u"Cannot make a temporary folder: "_s + m_dir.errorString()};
    if (!onPostgreSql())
        return {};
    const PostgreSqlTestDatabase probe(u"probe"_s);
    if (!probe.isReady())
        return Error{probe.error()};
    return {};
}

Result<QString> EngineWorkspaces::newLocation(const QString &name)
{
    if (!onPostgreSql()) {
        if (!m_dir.isValid())
            return Error{u"Cannot make a temporary folder: "_s + m_dir.errorString()};
        const QString path = m_dir.filePath(name + u".flowdeck"_s);
        m_locations.insert(name, path);
        return path;
    }
    const auto &database = m_databases.emplace_back(std::make_unique<PostgreSqlTestDatabase>(name));
    if (!database->isReady())
        return Error{database->error()};
    m_password = database->password();
    m_locations.insert(name, database->address());
    return database->address();
}

Result<std::shared_ptr<store::Workspace>> EngineWorkspaces::copy(const store::Workspace &source, const QString &name)
{
    auto target = create(name);
    if (!target)
        return target.error();
    if (auto copied = store::WorkspaceCopy::copy(source, **target); !copied)
        return copied.error();
    return *target;
}

QString EngineWorkspaces::location(const QString &name) const
{
    return m_locations.value(name);
}

store::OpenOptions EngineWorkspaces::options() const
{
    return {.readOnly = false, .password = m_password};
}

Result<void> EngineWorkspaces::shuffleRows(const store::Workspace &workspace, const QString &table,
                                           const QString &column)
{
    return workspace.write([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery query(db);
        const QString sql = u"UPDATE %1 SET %2 = %2 WHERE %2 % 2 = 1"_s.arg(table, column);
        if (!query.exec(sql))
            return Error{sql + u": "_s + query.lastError().text()};
        return {};
    });
}

void EngineWorkspaces::clear()
{
    m_databases.clear();
    m_locations.clear();
}

} // namespace flowdeck::testing
