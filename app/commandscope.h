// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::app {

/// What the analytical commands (metrics, valuestream) share on their command lines: the period of --from and
/// --to, and services named with --service.
class CommandScope
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::app::CommandScope)

public:
    /// [from, to) in ms, at the starts of UTC days.
    struct Period
    {
        Timestamp from = 0;
        Timestamp to = 0;
    };

    struct Service
    {
        Id id = 0;
        QString name;
    };

    /// The period of --from and --to, YYYY-MM-DD in UTC, --to not included; an empty text means the option was not
    /// given: --to is then tomorrow (so that today is included) and --from `defaultDays` before --to. The error (a
    /// bad date, an empty period) names the option and what to write instead.
    static Result<Period> period(const QString &fromText, const QString &toText, int defaultDays);

    /// The services named, in the order given and each once; an error naming the first name that no service of the
    /// workspace has, with the names it does have.
    static Result<QList<Service>> services(const QSqlDatabase &db, const QStringList &names);

    /// The start of a UTC day as YYYY-MM-DD.
    static QString utcDate(Timestamp at);

    /// --from DATE, described with the default of `defaultDays` before --to.
    static QCommandLineOption fromOption(int defaultDays);
    /// --to DATE, described as not included, by default tomorrow.
    static QCommandLineOption toOption();

    /// The workspace at `path`, opened for reading; a workspace of an older format is upgraded first, as when the
    /// window opens it.
    static Result<std::shared_ptr<store::Workspace>> openForReading(const QString &path);
};

} // namespace flowdeck::app
