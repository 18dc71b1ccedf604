// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/csv/csvcells.h"

#include "ci/timestamps.h"
#include "domain/delivery.h"

#include <QDate>
#include <QDateTime>
#include <QUrl>

namespace flowdeck::ci::csv {

namespace {

struct Word
{
    QLatin1StringView word;
    const char *value;
};

using namespace Qt::StringLiterals;

// Each provider and each team has its words for the same outcomes; these are the common ones.
constexpr Word statusWords[] = {
    {"succeeded"_L1, Status::Succeeded}, {"success"_L1, Status::Succeeded},   {"successful"_L1, Status::Succeeded},
    {"ok"_L1, Status::Succeeded},        {"passed"_L1, Status::Succeeded},    {"done"_L1, Status::Succeeded},
    {"deployed"_L1, Status::Succeeded},  {"completed"_L1, Status::Succeeded}, {"failed"_L1, Status::Failed},
    {"failure"_L1, Status::Failed},      {"fail"_L1, Status::Failed},         {"error"_L1, Status::Failed},
    {"errored"_L1, Status::Failed},      {"canceled"_L1, Status::Canceled},   {"cancelled"_L1, Status::Canceled},
    {"aborted"_L1, Status::Canceled},    {"running"_L1, Status::Running},     {"in_progress"_L1, Status::Running},
    {"started"_L1, Status::Running},     {"deploying"_L1, Status::Running},   {"queued"_L1, Status::Queued},
    {"pending"_L1, Status::Queued},      {"scheduled"_L1, Status::Queued},    {"created"_L1, Status::Queued},
    {"waiting"_L1, Status::Waiting},     {"skipped"_L1, Status::Skipped},
};

constexpr Word tierWords[] = {
    {"production"_L1, Tier::Production}, {"prod"_L1, Tier::Production}, {"live"_L1, Tier::Production},
    {"staging"_L1, Tier::Staging},       {"stage"_L1, Tier::Staging},   {"testing"_L1, Tier::Testing},
    {"test"_L1, Tier::Testing},          {"qa"_L1, Tier::Testing},      {"development"_L1, Tier::Development},
    {"dev"_L1, Tier::Development},       {"other"_L1, Tier::Other},
};

/// Lower case, with spaces and hyphens as underscores: "In Progress" and "in-progress" read as "in_progress".
QString normalizedWord(QStringView cell)
{
    QString word = cell.toString().toLower();
    word.replace(u' ', u'_');
    word.replace(u'-', u'_');
    return word;
}

template<size_t N>
const char *lookUp(const Word (&words)[N], QStringView cell)
{
    const QString word = normalizedWord(cell);
    for (const Word &entry : words) {
        if (entry.word == word)
            return entry.value;
    }
    return nullptr;
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

} // namespace

Result<Timestamp> readCsvTime(QStringView cell)
{
    const OptionalTime time = parseIsoTime(cell);
    if (!time)
        return Error{CsvImport::tr("“%1” is not an ISO 8601 time").arg(cell)};
    // parseIsoTime() has checked the form: YYYY-MM-DD, then optionally a separator, the time and an offset.
    if (!QDate::isValid(cell.first(4).toInt(), cell.sliced(5, 2).toInt(), cell.sliced(8, 2).toInt()))
        return Error{CsvImport::tr("“%1” is not a day of the calendar").arg(cell)};
    if (cell.size() == 10) {
        return Error{CsvImport::tr("“%1” has no time of day; write the time with its UTC offset, as in "
                                   "2024-03-05T09:30:00+01:00")
                         .arg(cell)};
    }
    // After the date, only an offset has a Z, a plus or a minus.
    const QStringView rest = cell.sliced(10);
    if (!rest.contains(u'Z') && !rest.contains(u'z') && !rest.contains(u'+') && !rest.contains(u'-')) {
        return Error{CsvImport::tr("“%1” has no UTC offset, so the time it means is unknown; add Z for UTC or the "
                                   "offset of its time zone, such as +01:00")
                         .arg(cell)};
    }
    return *time;
}

Result<QString> readCsvDeploymentStatus(QStringView cell)
{
    if (const char *status = lookUp(statusWords, cell))
        return QString::fromLatin1(status);
    return Error{CsvImport::tr("“%1” is not a deployment status; use succeeded (or success, ok), failed (or failure, "
                               "error), canceled, running (or in_progress), queued (or pending), waiting or skipped")
                     .arg(cell)};
}

Result<QString> readCsvTier(QStringView cell)
{
    if (const char *tier = lookUp(tierWords, cell))
        return QString::fromLatin1(tier);
    return Error{
        CsvImport::tr("“%1” is not an environment tier; use production, staging, testing, development or other")
            .arg(cell)};
}

Result<QString> readCsvCommit(QStringView cell)
{
    if (cell.size() < 4 || cell.size() > 64 || !std::all_of(cell.begin(), cell.end(), isHexDigit))
        return Error{CsvImport::tr("“%1” is not a commit id (4 to 64 hexadecimal digits)").arg(cell)};
    return cell.toString().toLower();
}

Result<QString> readCsvUrl(QStringView cell)
{
    const QUrl url(cell.toString(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty())
        return Error{CsvImport::tr("“%1” is not an http or https address").arg(cell)};
    return cell.toString();
}

QString utcIsoTime(Timestamp time)
{
    return QDateTime::fromMSecsSinceEpoch(time, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace flowdeck::ci::csv
