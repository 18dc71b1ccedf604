// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/serverconnection.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace flowdeck::store {

using namespace Qt::StringLiterals;

namespace {

constexpr int connectTimeoutSeconds = 10;

const QStringList &sslModes()
{
    static const QStringList modes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                                   u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    return modes;
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString hostForUrl(const QString &host)
{
    return host.contains(u':') ? u'[' + host + u']' : host;
}

/// "host:port/database", how messages name the place they could not reach.
QString where(const ServerAddress &address)
{
    return hostForUrl(address.host) + u':' + QString::number(address.port) + u'/' + address.database;
}

QString userOrDefault(const ServerAddress &address)
{
    if (!address.user.isEmpty())
        return address.user;
    const QString fromEnvironment = qEnvironmentVariable("PGUSER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

} // namespace

QString ServerAddress::toString() const
{
    QString text = u"postgresql://"_s;
    if (!user.isEmpty())
        text += encoded(user) + u'@';
    text += hostForUrl(host) + u':' + QString::number(port) + u'/' + encoded(database);
    if (!sslMode.isEmpty())
        text += u"?sslmode="_s + sslMode;
    return text;
}

QString ServerAddress::displayName() const
{
    return Workspace::tr("%1 on %2").arg(database, host);
}

namespace {

/// `location` as messages may show it: a password in it replaced by ***.
QString withoutPassword(const QString &location)
{
    static const QRegularExpression userPassword(u"(://[^/@]*?):[^/@]*@"_s);
    static const QRegularExpression passwordParameter(u"([?&]password=)[^&]*"_s);
    QString shown = location;
    shown.replace(userPassword, u"\\1:***@"_s);
    shown.replace(passwordParameter, u"\\1***"_s);
    return shown;
}

} // namespace

Result<ServerAddress> ServerConnection::parse(const QString &location)
{
    auto fail = [&](const QString &why) -> Result<ServerAddress> {
        return Error{tr("The server address %1 is not valid: %2").arg(withoutPassword(location), why)};
    };
    const QString trimmed = location.trimmed();
    QString rest;
    for (const QString &scheme : {u"postgresql://"_s, u"postgres://"_s}) {
        if (trimmed.startsWith(scheme, Qt::CaseInsensitive))
            rest = trimmed.mid(scheme.size());
    }
    if (rest.isNull())
        return fail(tr("it must start with postgresql:// or postgres://."));

    QString query;
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    const qsizetype slash = rest.indexOf(u'/');
    const QString authority = slash >= 0 ? rest.left(slash) : rest;
    const QString databasePart = slash >= 0 ? rest.mid(slash + 1) : QString();

    ServerAddress address;
    QString hostPort = authority;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        if (userInfo.contains(u':')) {
            return fail(tr("it contains a password (after the user name and a colon). Flowdeck never keeps a "
                           "password in an address: remove it, and enter the password when Flowdeck asks, or keep "
                           "it in the keychain, PGPASSWORD or ~/.pgpass."));
        }
        address.user = QUrl::fromPercentEncoding(userInfo.toUtf8());
        if (address.user.isEmpty())
            return fail(tr("the user name before @ is empty."));
    }

    QString portText;
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            return fail(tr("the IPv6 address in brackets has no closing bracket."));
        address.host = hostPort.mid(1, close - 1);
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                return fail(tr("unexpected text \"%1\" after the host.").arg(after));
            portText = after.mid(1);
            if (portText.isEmpty())
                return fail(tr("the port after the colon is missing."));
        }
    } else if (const qsizetype colon = hostPort.lastIndexOf(u':'); colon >= 0) {
        address.host = hostPort.left(colon);
        portText = hostPort.mid(colon + 1);
        if (portText.isEmpty())
            return fail(tr("the port after the colon is missing."));
    } else {
        address.host = hostPort;
    }
    if (address.host.isEmpty())
        return fail(tr("the host name is missing."));
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(tr("the port \"%1\" is not a number from 1 to 65535.").arg(portText));
        address.port = port;
    }

    address.database = QUrl::fromPercentEncoding(databasePart.toUtf8());
    if (address.database.isEmpty())
        return fail(tr("the database name after the host is missing (…/database)."));
    if (address.database.contains(u'/'))
        return fail(tr("the database name \"%1\" contains a slash.").arg(address.database));

    if (!query.isEmpty()) {
        const QStringList parameters = query.split(u'&');
        for (const QString &parameter : parameters) {
            const QString name = parameter.section(u'=', 0, 0);
            const QString value = parameter.section(u'=', 1);
            if (name == u"password"_s) {
                return fail(tr("it contains a password parameter. Flowdeck never keeps a password in an address: "
                               "remove it, and enter the password when Flowdeck asks, or keep it in the keychain, "
                               "PGPASSWORD or ~/.pgpass."));
            }
            if (name != u"sslmode"_s) {
                return fail(tr("the parameter \"%1\" is not known; the only parameter is sslmode (one of %2).")
                                .arg(name, sslModes().join(u", "_s)));
            }
            if (!sslModes().contains(value)) {
                return fail(tr("sslmode \"%1\" is not one of %2.").arg(value, sslModes().join(u", "_s)));
            }
            address.sslMode = value;
        }
    }
    return address;
}

Result<QSqlDatabase> ServerConnection::connect(const QString &name, const ServerAddress &address,
                                               const std::optional<QString> &password, bool readOnly)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        return Error{tr("Cannot connect to the PostgreSQL server %1: Qt's PostgreSQL driver (QPSQL) is not "
                        "installed. On Debian and Ubuntu it is the package libqt6sql6-psql.")
                         .arg(where(address))};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    if (!address.user.isEmpty())
        db.setUserName(address.user);
    if (password)
        db.setPassword(*password);
    QString options = u"connect_timeout=%1;application_name=Flowdeck"_s.arg(connectTimeoutSeconds);
    if (!address.sslMode.isEmpty())
        options += u";sslmode="_s + address.sslMode;
    db.setConnectOptions(options);
    if (!db.open())
        return connectionError(address, db.lastError());
    QSqlQuery query(db);
    // Text as the SQLite file keeps it, whatever the server's or the client's default.
    QStringList statements{u"SET client_encoding = 'UTF8'"_s};
    if (readOnly)
        statements.append(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement))
            return Error{tr("Cannot prepare the connection to %1: %2").arg(where(address), query.lastError().text())};
    }
    return db;
}

Error ServerConnection::connectionError(const ServerAddress &address, const QSqlError &error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString place = where(address);
    const QString server = hostForUrl(address.host) + u':' + QString::number(address.port);
    const QString user = userOrDefault(address);
    QString why;
    if (detail.contains(u"password authentication failed"_s) || detail.contains(u"authentication failed for user"_s)) {
        why = tr("the server refused the password of the user %1. Check the password (Flowdeck looks in the "
                 "keychain, then PGPASSWORD and ~/.pgpass, unless one is typed in).")
                  .arg(user);
    } else if (detail.contains(u"no password supplied"_s)) {
        why = tr("the server asks for the password of the user %1, and none was given: none was typed in, and none "
                 "is in the keychain, PGPASSWORD or ~/.pgpass.")
                  .arg(user);
    } else if (detail.contains(u"does not exist"_s) && detail.contains(u"database"_s)) {
        why = tr("the server has no database %1. Ask its administrator to create it (CREATE DATABASE), empty, for "
                 "the workspace.")
                  .arg(address.database);
    } else if (detail.contains(u"does not exist"_s) && detail.contains(u"role"_s)) {
        why = tr("the server has no user (role) %1.").arg(user);
    } else if (detail.contains(u"server does not support SSL"_s)) {
        why = tr("the address asks for an encrypted connection (sslmode=%1), and the server does not offer TLS.")
                  .arg(address.sslMode);
    } else if (detail.contains(u"no pg_hba.conf entry"_s) &&
               (detail.contains(u"no encryption"_s) || detail.contains(u"SSL off"_s))) {
        why = tr("the server accepts only encrypted connections from here for this user and database. Add "
                 "?sslmode=require (or verify-full, to check the server's certificate) to the address.");
    } else if (detail.contains(u"no pg_hba.conf entry"_s)) {
        why = tr("the server's access rules (pg_hba.conf) let no connection in from this computer for the user %1 "
                 "and this database.")
                  .arg(user);
    } else if (detail.contains(u"certificate"_s)) {
        why = tr("the server's TLS certificate could not be verified (sslmode=%1): %2")
                  .arg(address.sslMode, detail.trimmed());
    } else if (detail.contains(u"could not translate host name"_s) || detail.contains(u"Name or service not known"_s)) {
        why = tr("the host name %1 is not known.").arg(address.host);
    } else if (detail.contains(u"Connection refused"_s)) {
        why = tr("nothing accepts connections at %1. Is the server running, and are the host and port right?")
                  .arg(server);
    } else if (detail.contains(u"timeout expired"_s) || detail.contains(u"timed out"_s)) {
        why = tr("%1 did not answer within %2 seconds.").arg(server).arg(connectTimeoutSeconds);
    } else {
        why = detail.trimmed();
    }
    return Error{tr("Cannot connect to the PostgreSQL server %1: %2").arg(place, why)};
}

Result<ServerConnection::Inspection> ServerConnection::inspect(QSqlDatabase &db)
{
    QSqlQuery query(db);
    // Tables, views and sequences of the schema the workspace would be created in (the first of search_path).
    if (!query.exec(u"SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    u"WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p', 'f', 'S') "
                    u"ORDER BY c.relname"_s))
        return Error{tr("Reading which tables the database holds failed: %1").arg(query.lastError().text())};
    Inspection inspection;
    bool hasMarker = false;
    while (query.next()) {
        const QString name = query.value(0).toString();
        hasMarker = hasMarker || name == u"flowdeck_workspace"_s;
        if (inspection.tables.size() < 5)
            inspection.tables.append(name);
    }
    if (inspection.tables.isEmpty())
        return inspection;
    inspection.contents = Contents::Other;
    if (!hasMarker)
        return inspection;
    if (!query.exec(u"SELECT application_id, schema_version FROM flowdeck_workspace"_s))
        return Error{tr("Reading flowdeck_workspace failed: %1").arg(query.lastError().text())};
    if (!query.next())
        return inspection;
    inspection.applicationId = query.value(0).toInt();
    inspection.schemaVersion = query.value(1).toInt();
    if (inspection.applicationId == Workspace::applicationId)
        inspection.contents = Contents::Workspace;
    return inspection;
}

Result<void> ServerConnection::lockSchema(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(Workspace::applicationId)))
        return Error{tr("Waiting for the workspace's schema lock failed: %1").arg(query.lastError().text())};
    return {};
}

} // namespace flowdeck::store
