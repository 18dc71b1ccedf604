// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/csv/csvimport.h"

#include "ci/csv/csvcells.h"
#include "ci/csv/csvreader.h"
#include "domain/delivery.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <array>

namespace flowdeck::ci::csv {

namespace {

using namespace Qt::StringLiterals;

enum class Column
{
    Id,
    Service,
    Environment,
    Version,
    Commit,
    StartedAt,
    FinishedAt,
    Status,
    Tier,
    TriggeredBy,
    Url,
    Title,
    ResolvedAt,
    Deployment,
    Severity,
};
constexpr size_t columnCount = size_t(Column::Severity) + 1;

struct ColumnName
{
    Column column;
    QLatin1StringView name;
    bool required;
};

constexpr ColumnName deploymentColumns[] = {
    {Column::Service, "service"_L1, true},
    {Column::Environment, "environment"_L1, true},
    {Column::Version, "version"_L1, true},
    {Column::Commit, "commit"_L1, true},
    {Column::StartedAt, "started_at"_L1, true},
    {Column::FinishedAt, "finished_at"_L1, true},
    {Column::Status, "status"_L1, true},
    {Column::Id, "id"_L1, false},
    {Column::Tier, "tier"_L1, false},
    {Column::TriggeredBy, "triggered_by"_L1, false},
    {Column::Url, "url"_L1, false},
};

// The deployment and commit columns are each optional, but one of them must be there (checked on its own).
constexpr ColumnName incidentColumns[] = {
    {Column::Service, "service"_L1, true},
    {Column::StartedAt, "started_at"_L1, true},
    {Column::ResolvedAt, "resolved_at"_L1, true},
    {Column::Severity, "severity"_L1, true},
    {Column::Deployment, "deployment"_L1, false},
    {Column::Commit, "commit"_L1, false},
    {Column::Title, "title"_L1, false},
    {Column::Id, "id"_L1, false},
    {Column::Url, "url"_L1, false},
};

/// Problems found in the rows, gathered so that one reading reports them all (the first ones in full).
class Problems
{
public:
    static constexpr int shown = 20;

    void add(QString message)
    {
        if (m_messages.size() < shown)
            m_messages.append(std::move(message));
        ++m_count;
    }
    bool isEmpty() const { return m_count == 0; }
    Error error() const
    {
        QString text = m_messages.join(u'\n');
        if (m_count > shown)
            text += u'\n' + (m_count - shown == 1 ? CsvImport::tr("… and 1 more problem")
                                                  : CsvImport::tr("… and %n more problems", nullptr, m_count - shown));
        return Error{text};
    }

private:
    QStringList m_messages;
    int m_count = 0;
};

/// Where each column of the file is: header names in any case and order, spaces or hyphens for underscores.
class Header
{
public:
    int index(Column column) const { return m_index[size_t(column)]; }
    bool has(Column column) const { return index(column) >= 0; }
    /// The column's name as the file writes it.
    QString name(Column column) const { return m_names[size_t(column)]; }
    int size() const { return m_size; }

    /// Finds the columns of `names` in the header row, reporting duplicates and missing required columns as
    /// problems and columns it does not know as warnings.
    template<size_t N>
    static Header read(const CsvText &csv, const ColumnName (&names)[N], const QString &where, Table table,
                       Problems &problems, QStringList &warnings)
    {
        Header header;
        header.m_index.fill(-1);
        header.m_size = int(csv.header.cells.size());
        const int line = csv.header.line;
        for (int i = 0; i < header.m_size; ++i) {
            const QString written = csv.header.cells[i].trimmed();
            QString key = written.toLower();
            key.replace(u' ', u'_');
            key.replace(u'-', u'_');
            if (key.isEmpty()) {
                if (columnHoldsData(csv, i)) {
                    warnings.append(CsvImport::tr("%1, line %2: column %3 has no name in the header and was ignored")
                                        .arg(where, QString::number(line), QString::number(i + 1)));
                }
                continue;
            }
            const auto known = std::find_if(std::begin(names), std::end(names),
                                            [&](const ColumnName &name) { return name.name == key; });
            if (known == std::end(names)) {
                warnings.append(table == Table::Deployments
                                    ? CsvImport::tr("%1, line %2: the column “%3” is not a deployment column and was "
                                                    "ignored")
                                          .arg(where, QString::number(line), written)
                                    : CsvImport::tr("%1, line %2: the column “%3” is not an incident column and was "
                                                    "ignored")
                                          .arg(where, QString::number(line), written));
                continue;
            }
            const size_t slot = size_t(known->column);
            if (header.m_index[slot] >= 0) {
                problems.add(CsvImport::tr("%1, line %2: the column “%3” appears twice (columns %4 and %5)")
                                 .arg(where, QString::number(line), known->name,
                                      QString::number(header.m_index[slot] + 1), QString::number(i + 1)));
                continue;
            }
            header.m_index[slot] = i;
            header.m_names[slot] = written;
        }

        QStringList missing;
        QStringList required;
        for (const ColumnName &name : names) {
            if (!name.required)
                continue;
            required.append(name.name);
            if (!header.has(name.column))
                missing.append(name.name);
        }
        if (!missing.isEmpty()) {
            const QString list = missing.join(u", "_s);
            const QString all = required.join(u", "_s);
            problems.add(table == Table::Deployments
                             ? CsvImport::tr("%1, line %2: columns missing from the header: %3; a deployments file "
                                             "has the columns %4")
                                   .arg(where, QString::number(line), list, all)
                             : CsvImport::tr("%1, line %2: columns missing from the header: %3; an incidents file "
                                             "has the columns %4, and deployment or commit")
                                   .arg(where, QString::number(line), list, all));
        }
        if (table == Table::Incidents && !header.has(Column::Deployment) && !header.has(Column::Commit)) {
            problems.add(CsvImport::tr("%1, line %2: the header has neither a deployment nor a commit column; an "
                                       "incidents file needs one of them (its cells may be empty)")
                             .arg(where, QString::number(line)));
        }
        return header;
    }

private:
    static bool columnHoldsData(const CsvText &csv, int index)
    {
        return std::any_of(csv.rows.cbegin(), csv.rows.cend(), [index](const CsvRow &row) {
            return index < row.cells.size() && !row.cells[index].trimmed().isEmpty();
        });
    }

    std::array<int, columnCount> m_index{};
    std::array<QString, columnCount> m_names;
    int m_size = 0;
};

/// The cells of one data row, read column by column; each bad cell is a problem naming file, line and column.
class Row
{
public:
    Row(const Header &header, const CsvRow &row, const QString &where, Problems &problems)
        : m_header(header)
        , m_row(row)
        , m_where(where)
        , m_problems(problems)
    {}

    int line() const { return m_row.line; }
    bool ok() const { return m_ok; }

    /// The trimmed cell; empty when the file has no such column.
    QString text(Column column) const
    {
        const int index = m_header.index(column);
        return index >= 0 && index < m_row.cells.size() ? m_row.cells[index].trimmed() : QString();
    }
    std::optional<QString> optionalText(Column column) const
    {
        QString cell = text(column);
        return cell.isEmpty() ? std::nullopt : std::optional<QString>(std::move(cell));
    }

    /// The cell, which must not be empty.
    QString required(Column column)
    {
        QString cell = text(column);
        if (cell.isEmpty())
            fail(column, CsvImport::tr("the cell is empty, but it is needed"));
        return cell;
    }

    /// The cell read by `read` (one of the readCsv... functions), or nullopt when it is empty or bad.
    template<typename T, typename Read>
    std::optional<T> cell(Column column, Read read)
    {
        const QString cell = text(column);
        if (cell.isEmpty())
            return std::nullopt;
        auto value = read(cell);
        if (!value) {
            fail(column, value.error().message);
            return std::nullopt;
        }
        return std::move(*value);
    }
    OptionalTime time(Column column) { return cell<Timestamp>(column, readCsvTime); }
    OptionalTime requiredTime(Column column)
    {
        if (text(column).isEmpty()) {
            required(column);
            return std::nullopt;
        }
        return time(column);
    }

    /// A time that must not be before `start`, read from `startColumn`.
    void checkOrder(Column column, OptionalTime end, Column startColumn, OptionalTime start)
    {
        if (start && end && *end < *start) {
            fail(column, CsvImport::tr("“%1” is before %2 “%3”")
                             .arg(text(column), m_header.name(startColumn), text(startColumn)));
        }
    }

    void fail(Column column, const QString &reason)
    {
        m_problems.add(CsvImport::tr("%1, line %2, column %3: %4")
                           .arg(m_where, QString::number(m_row.line), m_header.name(column), reason));
        m_ok = false;
    }
    void failRow(const QString &reason)
    {
        m_problems.add(CsvImport::tr("%1, line %2: %3").arg(m_where, QString::number(m_row.line), reason));
        m_ok = false;
    }

private:
    const Header &m_header;
    const CsvRow &m_row;
    const QString &m_where;
    Problems &m_problems;
    bool m_ok = true;
};

/// A row whose cells are all empty: what spreadsheets leave below the data.
bool isBlank(const CsvRow &row)
{
    return std::all_of(row.cells.cbegin(), row.cells.cend(),
                       [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

/// A row must have a cell for each column of the header; empty cells beyond the header are tolerated.
bool checkCellCount(const CsvRow &row, const Header &header, const QString &where, Problems &problems)
{
    qsizetype count = row.cells.size();
    while (count > header.size() && row.cells[count - 1].trimmed().isEmpty())
        --count;
    if (count == header.size())
        return true;
    problems.add((count == 1 ? CsvImport::tr("%1, line %2: the header has %3 columns but this row has 1 cell; is "
                                             "a quote missing, or a delimiter too many?")
                             : CsvImport::tr("%1, line %2: the header has %3 columns but this row has %n cells; is a "
                                             "quote missing, or a delimiter too many?",
                                             nullptr, int(count)))
                     .arg(where, QString::number(row.line), QString::number(header.size())));
    return false;
}

QString escapedIdPart(const QString &part)
{
    QString escaped = part;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'|', u"\\|"_s);
    return escaped;
}

/// External ids must be unique in a file: two rows with one id would be stored as one.
class Ids
{
public:
    /// The line that already has `id`, or 0.
    int claim(const QString &id, int line)
    {
        const auto it = m_lines.constFind(id);
        if (it != m_lines.cend())
            return *it;
        m_lines.insert(id, line);
        return 0;
    }

private:
    QHash<QString, int> m_lines;
};

void readDeployments(const CsvText &csv, const Header &header, const QString &where, Problems &problems, Batch &batch)
{
    struct TierGiven
    {
        QString tier;
        int line = 0;
    };
    QHash<QString, TierGiven> tiers;
    Ids ids;
    int endedWithoutFinish = 0;
    for (const CsvRow &csvRow : csv.rows) {
        if (isBlank(csvRow) || !checkCellCount(csvRow, header, where, problems))
            continue;
        Row row(header, csvRow, where, problems);
        DeploymentRecord deployment;
        deployment.service = row.required(Column::Service);
        deployment.environment = row.required(Column::Environment);
        deployment.commitOid = row.cell<QString>(Column::Commit, readCsvCommit);
        deployment.version = row.text(Column::Version);
        if (deployment.version.isEmpty()) {
            // A team that deploys commits has no other version to give.
            if (row.text(Column::Commit).isEmpty())
                row.fail(Column::Version, CsvImport::tr("the cell is empty, and so is the commit: a deployment needs "
                                                        "a version or a commit"));
            else if (deployment.commitOid)
                deployment.version = *deployment.commitOid;
        }
        deployment.startedAt = row.requiredTime(Column::StartedAt);
        deployment.finishedAt = row.time(Column::FinishedAt);
        row.checkOrder(Column::FinishedAt, deployment.finishedAt, Column::StartedAt, deployment.startedAt);
        if (row.text(Column::Status).isEmpty())
            row.required(Column::Status);
        else if (auto status = row.cell<QString>(Column::Status, readCsvDeploymentStatus))
            deployment.status = *status;
        const bool unfinished = deployment.status == QLatin1StringView(Status::Running) ||
                                deployment.status == QLatin1StringView(Status::Queued) ||
                                deployment.status == QLatin1StringView(Status::Waiting);
        const bool ended = deployment.status == QLatin1StringView(Status::Succeeded) ||
                           deployment.status == QLatin1StringView(Status::Failed) ||
                           deployment.status == QLatin1StringView(Status::Canceled);
        if (unfinished && deployment.finishedAt) {
            row.fail(Column::FinishedAt,
                     CsvImport::tr("“%1” is given, but the status “%2” says the deployment has not finished")
                         .arg(row.text(Column::FinishedAt), row.text(Column::Status)));
        }
        if (ended && row.text(Column::FinishedAt).isEmpty()) {
            ++endedWithoutFinish;
        }
        if (auto tier = row.cell<QString>(Column::Tier, readCsvTier); tier && !deployment.environment.isEmpty()) {
            const auto given = tiers.constFind(deployment.environment);
            if (given == tiers.cend()) {
                tiers.insert(deployment.environment, TierGiven{*tier, row.line()});
            } else if (given->tier != *tier) {
                row.fail(Column::Tier, CsvImport::tr("“%1” contradicts line %2, which gives the environment “%3” the "
                                                     "tier %4")
                                           .arg(row.text(Column::Tier), QString::number(given->line),
                                                deployment.environment, given->tier));
            }
        }
        deployment.triggeredBy = row.optionalText(Column::TriggeredBy);
        deployment.url = row.cell<QString>(Column::Url, readCsvUrl);
        if (!row.ok())
            continue;

        if (const QString id = row.text(Column::Id); !id.isEmpty()) {
            deployment.externalId = id;
            if (const int earlier = ids.claim(id, row.line()))
                row.fail(Column::Id, CsvImport::tr("“%1” is also the id of line %2").arg(id, QString::number(earlier)));
        } else {
            deployment.externalId = deploymentExternalId(deployment.service, deployment.environment, deployment.version,
                                                         *deployment.startedAt);
            if (const int earlier = ids.claim(deployment.externalId, row.line())) {
                row.failRow(CsvImport::tr("the same service, environment, version and start as line %1; give the "
                                          "rows an id column to tell them apart")
                                .arg(earlier));
            }
        }
        if (row.ok())
            batch.deployments.append(std::move(deployment));
    }
    for (auto it = tiers.cbegin(); it != tiers.cend(); ++it)
        batch.environments.append(EnvironmentRecord{it.key(), it->tier});
    // QHash has no order; the environments are listed by name so that reading a file twice gives the same batch.
    std::sort(batch.environments.begin(), batch.environments.end(),
              [](const EnvironmentRecord &a, const EnvironmentRecord &b) { return a.name < b.name; });
    if (endedWithoutFinish > 0) {
        batch.warnings.append((endedWithoutFinish == 1
                                   ? CsvImport::tr("%1: 1 deployment that ended has no finished_at; its duration is "
                                                   "unknown")
                                   : CsvImport::tr("%1: %n deployments that ended have no finished_at; their "
                                                   "durations are unknown",
                                                   nullptr, endedWithoutFinish))
                                  .arg(where));
    }
}

void readIncidents(const CsvText &csv, const Header &header, const QString &where, Problems &problems, Batch &batch)
{
    Ids ids;
    for (const CsvRow &csvRow : csv.rows) {
        if (isBlank(csvRow) || !checkCellCount(csvRow, header, where, problems))
            continue;
        Row row(header, csvRow, where, problems);
        IncidentRecord incident;
        incident.service = row.required(Column::Service);
        const OptionalTime startedAt = row.requiredTime(Column::StartedAt);
        incident.resolvedAt = row.time(Column::ResolvedAt);
        row.checkOrder(Column::ResolvedAt, incident.resolvedAt, Column::StartedAt, startedAt);
        incident.deploymentExternalId = row.optionalText(Column::Deployment);
        incident.commitOid = row.cell<QString>(Column::Commit, readCsvCommit);
        incident.severity = row.optionalText(Column::Severity);
        incident.url = row.cell<QString>(Column::Url, readCsvUrl);
        if (!row.ok())
            continue;

        incident.startedAt = *startedAt;
        incident.title = row.text(Column::Title);
        if (incident.title.isEmpty())
            incident.title = CsvImport::tr("%1 incident at %2").arg(incident.service, utcIsoTime(*startedAt));
        if (const QString id = row.text(Column::Id); !id.isEmpty()) {
            incident.externalId = id;
            if (const int earlier = ids.claim(id, row.line()))
                row.fail(Column::Id, CsvImport::tr("“%1” is also the id of line %2").arg(id, QString::number(earlier)));
        } else {
            incident.externalId = incidentExternalId(incident.service, incident.startedAt);
            if (const int earlier = ids.claim(incident.externalId, row.line())) {
                row.failRow(CsvImport::tr("the same service and start as line %1; give the rows an id column to tell "
                                          "them apart")
                                .arg(earlier));
            }
        }
        if (row.ok())
            batch.incidents.append(std::move(incident));
    }
}

} // namespace

QString deploymentExternalId(const QString &service, const QString &environment, const QString &version,
                             Timestamp startedAt)
{
    return escapedIdPart(service) + u'|' + escapedIdPart(environment) + u'|' + escapedIdPart(version) + u'|' +
           utcIsoTime(startedAt);
}

QString incidentExternalId(const QString &service, Timestamp startedAt)
{
    return escapedIdPart(service) + u'|' + utcIsoTime(startedAt);
}

Result<Batch> readCsv(Table table, const QByteArray &content, const QString &where)
{
    auto csv = readCsvText(content, where);
    if (!csv)
        return csv.error();
    Problems problems;
    Batch batch;
    const Header header = table == Table::Deployments
                              ? Header::read(*csv, deploymentColumns, where, table, problems, batch.warnings)
                              : Header::read(*csv, incidentColumns, where, table, problems, batch.warnings);
    // Rows are only read against a complete header: otherwise every row would repeat the header's problem.
    if (!problems.isEmpty())
        return problems.error();
    if (table == Table::Deployments)
        readDeployments(*csv, header, where, problems, batch);
    else
        readIncidents(*csv, header, where, problems, batch);
    if (!problems.isEmpty())
        return problems.error();
    if (batch.deployments.isEmpty() && batch.incidents.isEmpty()) {
        batch.warnings.append(table == Table::Deployments
                                  ? CsvImport::tr("%1: no deployments below the header line").arg(where)
                                  : CsvImport::tr("%1: no incidents below the header line").arg(where));
    }
    return batch;
}

Result<Batch> readCsvFile(Table table, const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{CsvImport::tr("Cannot read %1: %2").arg(where, file.errorString())};
    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{CsvImport::tr("Cannot read %1: %2").arg(where, file.errorString())};
    return readCsv(table, content, where);
}

} // namespace flowdeck::ci::csv
