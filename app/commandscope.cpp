// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandscope.h"

#include "store/query.h"
#include "store/workspace.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

/// A date of the command line, YYYY-MM-DD and nothing else.
std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

Timestamp startOfUtcDay(QDate date)
{
    return date.startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

Result<CommandScope::Period> CommandScope::period(const QString &fromText, const QString &toText, int defaultDays)
{
    std::optional<QDate> to = QDateTime::currentDateTimeUtc().date().addDays(1);
    if (!toText.isEmpty()) {
        to = parseDate(toText);
        if (!to)
            return Error{tr("--to %1 is not a date; write it as YYYY-MM-DD, like 2024-03-31.").arg(toText)};
    }
    std::optional<QDate> from = to->addDays(-defaultDays);
    if (!fromText.isEmpty()) {
        from = parseDate(fromText);
        if (!from)
            return Error{tr("--from %1 is not a date; write it as YYYY-MM-DD, like 2024-01-01.").arg(fromText)};
    }
    if (*from >= *to) {
        return Error{tr("the period is empty: --from %1 must be a day before --to %2 (which is not included).")
                         .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate))};
    }
    return Period{startOfUtcDay(*from), startOfUtcDay(*to)};
}

Result<QList<CommandScope::Service>> CommandScope::services(const QSqlDatabase &db, const QStringList &names)
{
    if (names.isEmpty())
        return QList<Service>();
    auto rows = store::runQuery(db, u"services"_s, u"SELECT id, name FROM services ORDER BY name"_s);
    if (!rows)
        return rows.error();
    QList<Service> all;
    while (rows->next())
        all.append({rows->value(0).toLongLong(), rows->value(1).toString()});
    QList<Service> found;
    for (const QString &name : names) {
        const auto service = std::find_if(all.cbegin(), all.cend(), [&](const Service &s) { return s.name == name; });
        if (service == all.cend()) {
            if (all.isEmpty())
                return Error{tr("there is no service called \"%1\": the workspace has no services.").arg(name)};
            QStringList known;
            for (const Service &s : std::as_const(all))
                known.append(s.name);
            return Error{tr("there is no service called \"%1\"; the services are: %2.").arg(name, known.join(u", "_s))};
        }
        if (std::none_of(found.cbegin(), found.cend(), [&](const Service &s) { return s.id == service->id; }))
            found.append(*service);
    }
    return found;
}

QCommandLineOption CommandScope::fromOption(int defaultDays)
{
    return QCommandLineOption(
        u"from"_s, tr("The first day of the period, YYYY-MM-DD (UTC). Default: %1 days before --to.").arg(defaultDays),
        tr("DATE"));
}

QCommandLineOption CommandScope::toOption()
{
    return QCommandLineOption(u"to"_s,
                              tr("The day the period ends at, YYYY-MM-DD (UTC); the period stops at its start, so "
                                 "this day is not included. Default: tomorrow, so that today is included."),
                              tr("DATE"));
}

Result<std::shared_ptr<store::Workspace>> CommandScope::openForReading(const QString &path)
{
    auto opened = store::Workspace::open(path, {.readOnly = true});
    if (!opened)
        opened = store::Workspace::open(path);
    return opened;
}

QString CommandScope::utcDate(Timestamp at)
{
    return QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace flowdeck::app
