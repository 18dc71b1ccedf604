// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "generatedresponses.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <numeric>
#include <optional>
#include <random>

/// What the generators of each provider's responses share.
namespace flowdeck::bench::detail {

/// 2024-01-01T00:00:00Z: the history starts here and runs forward.
constexpr qint64 historyStart = 1704067200000;
constexpr qint64 second = 1000;
/// Items a list page holds, as the APIs serve them at their largest page size.
constexpr qsizetype pageSize = 100;

/// Seeded, so that the same arguments give the same folder.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {}

    qint64 between(qint64 low, qint64 high) { return std::uniform_int_distribution<qint64>(low, high)(m_engine); }
    double real(double low, double high) { return std::uniform_real_distribution<double>(low, high)(m_engine); }
    bool chance(double probability) { return real(0, 1) < probability; }
    const QString &pick(const QStringList &list) { return list.at(between(0, list.size() - 1)); }
    /// `digits` random hexadecimal digits, as commit ids are written.
    QString hex(int digits);
    /// `count` of the indexes 0 .. size - 1, in order.
    QList<qsizetype> orderedSubset(qsizetype size, qsizetype count);

private:
    std::mt19937_64 m_engine;
};

/// "2024-01-01T10:00:00Z", as GitHub writes its times.
QString isoSeconds(qint64 ms);
/// "2024-01-01T10:00:00.123Z", as GitLab writes its times.
QString isoMillis(qint64 ms);
/// "2024-01-01T02:00:00.000-08:00": GitHub's step times and GitLab's commit times are in a zone.
QString isoOffset(qint64 ms, int offsetSeconds);
/// The time in `format`, or null when there is none.
QJsonValue timeOrNull(const std::optional<qint64> &ms, QString (*format)(qint64));

/// Writes the documents of the folder, compact as the APIs send them, counting files and bytes.
class FolderWriter
{
public:
    explicit FolderWriter(GeneratedResponses &counts)
        : m_counts(counts)
    {}

    Result<void> write(const QString &relative, const QJsonDocument &document);

private:
    GeneratedResponses &m_counts;
    QString m_directory;
};

/// A fixture of the shared fixtures' ci folder (`fixtures`), parsed.
Result<QJsonDocument> readFixture(const QString &fixtures, const QString &relative);

/// Writes `items` in pages of `pageSize`, to `pattern` with the page number (from 1, four digits) as its %1, each
/// page the document `makePage` makes of its items.
template<typename MakePage>
Result<void> writePages(FolderWriter &writer, const QString &pattern, const QList<QJsonObject> &items,
                        const MakePage &makePage)
{
    for (qsizetype first = 0, page = 1; first < items.size(); first += pageSize, ++page) {
        QJsonArray array;
        for (qsizetype i = first; i < std::min(first + pageSize, items.size()); ++i)
            array.append(items[i]);
        if (auto written = writer.write(pattern.arg(page, 4, 10, QLatin1Char('0')), makePage(array)); !written)
            return written;
    }
    return {};
}

/// Commit titles for runs and pipelines.
const QStringList &commitTitles();
/// main most of the time, a feature branch otherwise.
QString branch(Random &random);

/// Each provider's folder; `counts` holds the folder and receives what was written.
Result<void> writeGitHub(GeneratedResponses &counts, qint64 jobs, const QString &fixtures);
Result<void> writeGitLab(GeneratedResponses &counts, qint64 jobs, const QString &fixtures);
Result<void> writeJenkins(GeneratedResponses &counts, qint64 jobs, const QString &fixtures);

} // namespace flowdeck::bench::detail
