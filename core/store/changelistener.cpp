// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelistener.h"

#include "workspace.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>
#include <QVariant>

namespace flowdeck::store {

using namespace Qt::StringLiterals;

ChangeListener::ChangeListener(std::shared_ptr<const Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
{}

ChangeListener::~ChangeListener()
{
    stop();
}

Result<void> ChangeListener::listen()
{
    if (isListening() || !m_workspace || m_workspace->engine() != Workspace::Engine::PostgreSql)
        return {};
    const QString name =
        u"flowdeck-listener-"_s + m_workspace->sessionId() + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto db = m_workspace->openSeparateConnection(name);
    if (!db) {
        QSqlDatabase::removeDatabase(name);
        return Error{tr("Cannot listen for changes made elsewhere to %1: %2")
                         .arg(m_workspace->displayName(), db.error().message)};
    }
    QSqlDriver *driver = db->driver();
    const QString channel = QString::fromLatin1(Workspace::changesChannel);
    if (!driver->subscribeToNotification(channel)) {
        const QString reason = db->lastError().text();
        *db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{tr("Cannot listen for changes made elsewhere to %1: %2").arg(m_workspace->displayName(), reason)};
    }
    connect(driver, &QSqlDriver::notification, this,
            [this, channel](const QString &notified, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (notified == channel && payload.toString() != m_workspace->sessionId())
                    Q_EMIT changedElsewhere();
            });
    m_connectionName = name;
    return {};
}

void ChangeListener::stop()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.driver()->unsubscribeFromNotification(QString::fromLatin1(Workspace::changesChannel));
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

} // namespace flowdeck::store
