// SPDX-License-Identifier: GPL-3.0-or-later
// Deployments and incidents read from the CSV files in tests/core/data/ci/csv, and every way a row can be refused.
// Times are worked out by hand from the calendar: 2024-01-01 is day 19,723 after 1970-01-01, so 2024-03-05 is day
// 19,723 + 31 (January) + 29 (February, a leap year) + 4 = 19,787, and its midnight UTC is
// 19,787 * 86,400,000 = 1,709,596,800,000 ms.
#include "ci/csv/csvimport.h"
#include "domain/delivery.h"

#include <QFile>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::ci;
using namespace flowdeck::ci::csv;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 march5 = 1'709'596'800'000; // 2024-03-05T00:00:00Z
constexpr qint64 day = 86'400'000;
constexpr qint64 hour = 3'600'000;
constexpr qint64 minute = 60'000;

QString dataFile(const char *name)
{
    return QStringLiteral(FLOWDECK_TEST_DATA "/ci/csv/") + QLatin1StringView(name);
}

const QString deploymentsHeader = u"service,environment,version,commit,started_at,finished_at,status\n"_s;
const QString incidentsHeader = u"service,started_at,resolved_at,deployment,commit,severity\n"_s;

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void deployments()
    {
        const QString path = dataFile("deployments.csv");
        const auto batch = readCsvFile(Table::Deployments, path);
        QVERIFY2(batch, qPrintable(batch.errorMessage()));
        QVERIFY(batch->incidents.isEmpty());
        QVERIFY(batch->runs.isEmpty());
        // Five rows; line 7 is empty and line 9 has only delimiters.
        QCOMPARE(batch->deployments.size(), 5);

        // Line 2: every optional column given. 10:15 at +01:00 is 09:15 UTC: 9 h 15 min after midnight.
        const DeploymentRecord &first = batch->deployments[0];
        QCOMPARE(first.externalId, u"dep-101"_s);
        QCOMPARE(first.service, u"checkout"_s);
        QCOMPARE(first.environment, u"production"_s);
        QCOMPARE(first.version, u"1.4.2"_s);
        QCOMPARE(first.commitOid, std::optional<QString>(u"9fceb02d0ae598e95dc970b74767f19372d61af8"_s));
        QCOMPARE(first.status, QString::fromLatin1(Status::Succeeded));
        QCOMPARE(first.startedAt, OptionalTime(march5 + 9 * hour + 15 * minute));
        QCOMPARE(first.finishedAt, OptionalTime(march5 + 9 * hour + 21 * minute + 30'000));
        QCOMPARE(first.triggeredBy, std::optional<QString>(u"alice"_s));
        QCOMPARE(first.url, std::optional<QString>(u"https://ci.example.com/deploy/101"_s));
        QCOMPARE(first.runExternalId, std::nullopt);

        // Line 3: no id, so one made of service, environment, version and the UTC start; an abbreviated commit.
        const DeploymentRecord &staging = batch->deployments[1];
        QCOMPARE(staging.externalId, u"checkout|staging|1.4.2|2024-03-05T08:00:00.000Z"_s);
        QCOMPARE(staging.commitOid, std::optional<QString>(u"9fceb02"_s));
        QCOMPARE(staging.startedAt, OptionalTime(march5 + 8 * hour));
        QCOMPARE(staging.finishedAt, OptionalTime(march5 + 8 * hour + 4 * minute + 59'250));
        QCOMPARE(staging.url, std::nullopt);

        // Lines 4-5: a quoted service with a comma, a version that looks like a formula (kept as text), no commit,
        // and a notes cell spanning two lines. 23:30 at -05:00 on March 4 is 04:30 UTC on March 5.
        const DeploymentRecord &payments = batch->deployments[2];
        QCOMPARE(payments.externalId, u"dep-102"_s);
        QCOMPARE(payments.service, u"payments, EU"_s);
        QCOMPARE(payments.version, u"=1+2"_s);
        QCOMPARE(payments.commitOid, std::nullopt);
        QCOMPARE(payments.status, QString::fromLatin1(Status::Failed));
        QCOMPARE(payments.startedAt, OptionalTime(march5 + 4 * hour + 30 * minute));
        // 00:10 at -05:00 is 05:10 UTC.
        QCOMPARE(payments.finishedAt, OptionalTime(march5 + 5 * hour + 10 * minute));
        QCOMPARE(payments.triggeredBy, std::optional<QString>(u"@oncall"_s));

        // Line 6: still running. 12:00 at +05:30 on March 6 is 06:30 UTC on March 6.
        const DeploymentRecord &search = batch->deployments[3];
        QCOMPARE(search.externalId, u"search|production|2.0.0|2024-03-06T06:30:00.000Z"_s);
        QCOMPARE(search.status, QString::fromLatin1(Status::Running));
        QCOMPARE(search.startedAt, OptionalTime(march5 + day + 6 * hour + 30 * minute));
        QCOMPARE(search.finishedAt, std::nullopt);
        QCOMPARE(search.commitOid, std::optional<QString>(u"abcdef0123"_s));
        QCOMPARE(search.triggeredBy, std::optional<QString>(u"-deploy-bot"_s));

        // Line 8: ended ("ok") without a finish time: unknown, counted in a warning.
        const DeploymentRecord &billing = batch->deployments[4];
        QCOMPARE(billing.externalId, u"billing|production|3.1|2024-03-07T00:00:00.000Z"_s);
        QCOMPARE(billing.status, QString::fromLatin1(Status::Succeeded));
        QCOMPARE(billing.startedAt, OptionalTime(march5 + 2 * day));
        QCOMPARE(billing.finishedAt, std::nullopt);
        QCOMPARE(billing.triggeredBy, std::optional<QString>(u"+ops"_s));

        // "prod" and "production" name one tier; search's row gives none.
        QCOMPARE(batch->environments.size(), 2);
        QCOMPARE(batch->environments[0].name, u"production"_s);
        QCOMPARE(batch->environments[0].tier, std::optional<QString>(QString::fromLatin1(Tier::Production)));
        QCOMPARE(batch->environments[1].name, u"staging"_s);
        QCOMPARE(batch->environments[1].tier, std::optional<QString>(QString::fromLatin1(Tier::Staging)));

        QCOMPARE(batch->warnings,
                 QStringList({path + u", line 1: the column “notes” is not a deployment column and was ignored"_s,
                              path + u": 1 deployment that ended has no finished_at; its duration is unknown"_s}));
    }

    void spreadsheetExport()
    {
        // A byte order mark, CRLF line ends, semicolons, and the header in another order, case and spelling.
        const QString path = dataFile("deployments-excel.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFStatus;"));
        QCOMPARE(bytes.count("\r\n"), 3);
        const auto batch = readCsvFile(Table::Deployments, path);
        QVERIFY2(batch, qPrintable(batch.errorMessage()));
        QCOMPARE(batch->deployments.size(), 2);
        QVERIFY(batch->warnings.isEmpty());
        QVERIFY(batch->environments.isEmpty());

        const DeploymentRecord &first = batch->deployments[0];
        QCOMPARE(first.service, u"checkout"_s);
        QCOMPARE(first.environment, u"production"_s);
        QCOMPARE(first.version, u"1.4.2"_s);
        QCOMPARE(first.commitOid, std::optional<QString>(u"9fceb02"_s)); // written in capitals
        QCOMPARE(first.status, QString::fromLatin1(Status::Succeeded));
        QCOMPARE(first.startedAt, OptionalTime(march5 + 9 * hour + 15 * minute));
        QCOMPARE(first.finishedAt, OptionalTime(march5 + 9 * hour + 21 * minute + 30'000));
        QCOMPARE(first.externalId, u"checkout|production|1.4.2|2024-03-05T09:15:00.000Z"_s);

        // A quoted version holding the delimiter; 11:00 and 11:02 at +01:00 are 10:00 and 10:02 UTC.
        const DeploymentRecord &second = batch->deployments[1];
        QCOMPARE(second.version, u"1;4;3"_s);
        QCOMPARE(second.commitOid, std::nullopt);
        QCOMPARE(second.status, QString::fromLatin1(Status::Failed));
        QCOMPARE(second.startedAt, OptionalTime(march5 + 10 * hour));
        QCOMPARE(second.finishedAt, OptionalTime(march5 + 10 * hour + 2 * minute));
        QCOMPARE(second.externalId, u"checkout|production|1;4;3|2024-03-05T10:00:00.000Z"_s);
    }

    void incidents()
    {
        // Tab separated, header names capitalised and with spaces.
        const QString path = dataFile("incidents.tsv");
        const auto batch = readCsvFile(Table::Incidents, path);
        QVERIFY2(batch, qPrintable(batch.errorMessage()));
        QVERIFY(batch->deployments.isEmpty());
        QVERIFY(batch->warnings.isEmpty());
        QCOMPARE(batch->incidents.size(), 3);

        // 10:30 and 11:45 at +01:00 are 09:30 and 10:45 UTC. The quoted title holds a tab and doubled quotes.
        const IncidentRecord &first = batch->incidents[0];
        QCOMPARE(first.externalId, u"inc-7"_s);
        QCOMPARE(first.service, u"checkout"_s);
        QCOMPARE(first.title, u"Checkout 500s\tafter \"1.4.2\""_s);
        QCOMPARE(first.startedAt, march5 + 9 * hour + 30 * minute);
        QCOMPARE(first.resolvedAt, OptionalTime(march5 + 10 * hour + 45 * minute));
        QCOMPARE(first.deploymentExternalId, std::optional<QString>(u"dep-101"_s));
        QCOMPARE(first.commitOid, std::nullopt);
        QCOMPARE(first.severity, std::optional<QString>(u"SEV2"_s));
        QCOMPARE(first.url, std::optional<QString>(u"https://status.example.com/incidents/7"_s));

        // Unresolved, linked to a commit only, no title, severity or id.
        const IncidentRecord &second = batch->incidents[1];
        QCOMPARE(second.service, u"payments, EU"_s);
        QCOMPARE(second.title, u"payments, EU incident at 2024-03-05T05:00:00.000Z"_s);
        QCOMPARE(second.startedAt, march5 + 5 * hour);
        QCOMPARE(second.resolvedAt, std::nullopt);
        QCOMPARE(second.deploymentExternalId, std::nullopt);
        QCOMPARE(second.commitOid, std::optional<QString>(u"9fceb02d"_s));
        QCOMPARE(second.severity, std::nullopt);
        QCOMPARE(second.externalId, u"payments, EU|2024-03-05T05:00:00.000Z"_s);

        // A title and a severity that look like formulas stay text. 07:00 at -08:00 is 15:00 UTC; resolved at the
        // same moment it started is allowed.
        const IncidentRecord &third = batch->incidents[2];
        QCOMPARE(third.title, u"=HYPERLINK(\"http://evil.example/\")"_s);
        QCOMPARE(third.severity, std::optional<QString>(u"-1"_s));
        QCOMPARE(third.startedAt, march5 + day + 15 * hour);
        QCOMPARE(third.resolvedAt, OptionalTime(march5 + day + 15 * hour));
        QCOMPARE(third.externalId, u"search|2024-03-06T15:00:00.000Z"_s);
    }

    void idsAreStable()
    {
        // Reading the same file again gives the same ids, so storing it again upserts the same rows.
        const auto once = readCsvFile(Table::Deployments, dataFile("deployments.csv"));
        const auto again = readCsvFile(Table::Deployments, dataFile("deployments.csv"));
        QVERIFY(once && again);
        QStringList ids;
        for (const DeploymentRecord &deployment : once->deployments)
            ids.append(deployment.externalId);
        QStringList idsAgain;
        for (const DeploymentRecord &deployment : again->deployments)
            idsAgain.append(deployment.externalId);
        QCOMPARE(idsAgain, ids);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());

        // The same start written at another offset, and the cells with spaces around them, give the same id:
        // 10:00 at +02:00 and 09:00 at +01:00 are both 08:00 UTC.
        const auto utc =
            readCsv(Table::Deployments, (deploymentsHeader + u"api,prod,7,,2024-03-05T08:00:00Z,,running\n"_s).toUtf8(),
                    u"a.csv"_s);
        const auto berlin = readCsv(
            Table::Deployments,
            (deploymentsHeader + u" api , prod ,7 ,,2024-03-05T09:00:00+01:00,,in_progress\n"_s).toUtf8(), u"b.csv"_s);
        QVERIFY(utc && berlin);
        QCOMPARE(utc->deployments[0].externalId, u"api|prod|7|2024-03-05T08:00:00.000Z"_s);
        QCOMPARE(berlin->deployments[0].externalId, utc->deployments[0].externalId);

        const auto incident = readCsv(
            Table::Incidents, (incidentsHeader + u"api,2024-03-05T10:00:00+02:00,,,,\n"_s).toUtf8(), u"i.csv"_s);
        QVERIFY2(incident, qPrintable(incident.errorMessage()));
        QCOMPARE(incident->incidents[0].externalId, u"api|2024-03-05T08:00:00.000Z"_s);
        QCOMPARE(incidentExternalId(u"api"_s, march5 + 8 * hour), u"api|2024-03-05T08:00:00.000Z"_s);
    }

    void idPartsAreEscaped()
    {
        // Without the escapes, service "a|b" in environment "c" and service "a" in environment "b|c" would share an id.
        const qint64 start = march5;
        QCOMPARE(deploymentExternalId(u"a|b"_s, u"c"_s, u"1"_s, start), u"a\\|b|c|1|2024-03-05T00:00:00.000Z"_s);
        QCOMPARE(deploymentExternalId(u"a"_s, u"b|c"_s, u"1"_s, start), u"a|b\\|c|1|2024-03-05T00:00:00.000Z"_s);
        QCOMPARE(deploymentExternalId(u"a\\"_s, u"c"_s, u"1"_s, start), u"a\\\\|c|1|2024-03-05T00:00:00.000Z"_s);
    }

    void statuses_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("status");
        const auto row = [](const char *cell, const char *status) {
            QTest::newRow(cell) << QString::fromUtf8(cell) << QString::fromLatin1(status);
        };
        row("success", Status::Succeeded);
        row("Succeeded", Status::Succeeded);
        row("OK", Status::Succeeded);
        row("failed", Status::Failed);
        row("failure", Status::Failed);
        row("Error", Status::Failed);
        row("canceled", Status::Canceled);
        row("cancelled", Status::Canceled);
        row("running", Status::Running);
        row("in_progress", Status::Running);
        row("In Progress", Status::Running);
        row("in-progress", Status::Running);
        row("queued", Status::Queued);
        row("pending", Status::Queued);
        row("waiting", Status::Waiting);
        row("skipped", Status::Skipped);
    }
    void statuses()
    {
        QFETCH(QString, cell);
        QFETCH(QString, status);
        const QString content = deploymentsHeader + u"api,prod,7,,2024-03-05T08:00:00Z,,"_s + cell + u'\n';
        const auto batch = readCsv(Table::Deployments, content.toUtf8(), u"d.csv"_s);
        QVERIFY2(batch, qPrintable(batch.errorMessage()));
        QCOMPARE(batch->deployments.size(), 1);
        QCOMPARE(batch->deployments[0].status, status);
    }

    void versionFromCommit()
    {
        // A team that deploys commits leaves the version empty: the commit is the version.
        const auto batch = readCsv(
            Table::Deployments,
            (deploymentsHeader + u"api,prod,,ABCDEF1,2024-03-05T08:00:00Z,2024-03-05T08:01:00Z,ok\n"_s).toUtf8(),
            u"d.csv"_s);
        QVERIFY2(batch, qPrintable(batch.errorMessage()));
        QCOMPARE(batch->deployments[0].version, u"abcdef1"_s);
        QCOMPARE(batch->deployments[0].externalId, u"api|prod|abcdef1|2024-03-05T08:00:00.000Z"_s);
    }

    void headerOnly()
    {
        const auto batch = readCsv(Table::Deployments, deploymentsHeader.toUtf8(), u"d.csv"_s);
        QVERIFY2(batch, qPrintable(batch.errorMessage()));
        QVERIFY(batch->isEmpty());
        QCOMPARE(batch->warnings, QStringList({u"d.csv: no deployments below the header line"_s}));
    }

    void unnamedColumn()
    {
        // A trailing delimiter in the header is harmless while the column stays empty, and warned about once it
        // holds data.
        const QString header = u"service,environment,version,commit,started_at,finished_at,status,\n"_s;
        const auto empty = readCsv(Table::Deployments,
                                   (header + u"api,prod,7,,2024-03-05T08:00:00Z,,running,\n"_s).toUtf8(), u"d.csv"_s);
        QVERIFY2(empty, qPrintable(empty.errorMessage()));
        QVERIFY(empty->warnings.isEmpty());
        const auto filled = readCsv(Table::Deployments,
                                    (header + u"api,prod,7,,2024-03-05T08:00:00Z,,running,x\n"_s).toUtf8(), u"d.csv"_s);
        QVERIFY2(filled, qPrintable(filled.errorMessage()));
        QCOMPARE(filled->warnings,
                 QStringList({u"d.csv, line 1: column 8 has no name in the header and was ignored"_s}));
        QCOMPARE(filled->deployments.size(), 1);
    }

    void deploymentErrors_data()
    {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("message");
        const QString good = u"api,prod,7,,2024-03-05T08:00:00Z,2024-03-05T08:01:00Z,ok\n"_s;
        const auto row = [&](const char *name, const QString &rows, const QString &message) {
            QTest::newRow(name) << rows << message;
        };
        // Each bad row is line 3, after a good one on line 2 (rows spanning lines count them all).
        row("not a time", good + u"api,prod,8,,yesterday,,ok\n"_s,
            u"deployments.csv, line 3, column started_at: “yesterday” is not an ISO 8601 time"_s);
        row("no offset", good + u"api,prod,8,,2024-03-05T10:15:00,,ok\n"_s,
            u"deployments.csv, line 3, column started_at: “2024-03-05T10:15:00” has no UTC offset, so the time it "
            "means is unknown; add Z for UTC or the offset of its time zone, such as +01:00"_s);
        row("date only", good + u"api,prod,8,,2024-03-05,,ok\n"_s,
            u"deployments.csv, line 3, column started_at: “2024-03-05” has no time of day; write the time with its "
            "UTC offset, as in 2024-03-05T09:30:00+01:00"_s);
        row("no such day", good + u"api,prod,8,,2024-02-30T10:00:00Z,,ok\n"_s,
            u"deployments.csv, line 3, column started_at: “2024-02-30T10:00:00Z” is not a day of the calendar"_s);
        row("bad finish", good + u"api,prod,8,,2024-03-05T10:00:00Z,later,ok\n"_s,
            u"deployments.csv, line 3, column finished_at: “later” is not an ISO 8601 time"_s);
        // 10:00 at +01:00 is 09:00 UTC, a minute before the start at 09:01 UTC.
        row("finished before started", good + u"api,prod,8,,2024-03-05T09:01:00Z,2024-03-05T10:00:00+01:00,ok\n"_s,
            u"deployments.csv, line 3, column finished_at: “2024-03-05T10:00:00+01:00” is before started_at "
            "“2024-03-05T09:01:00Z”"_s);
        row("no start", good + u"api,prod,8,,,,ok\n"_s,
            u"deployments.csv, line 3, column started_at: the cell is empty, but it is needed"_s);
        row("no service", good + u"  ,prod,8,,2024-03-05T08:00:00Z,,ok\n"_s,
            u"deployments.csv, line 3, column service: the cell is empty, but it is needed"_s);
        row("no environment", good + u"api,,8,,2024-03-05T08:00:00Z,,ok\n"_s,
            u"deployments.csv, line 3, column environment: the cell is empty, but it is needed"_s);
        row("no status", good + u"api,prod,8,,2024-03-05T08:00:00Z,,\n"_s,
            u"deployments.csv, line 3, column status: the cell is empty, but it is needed"_s);
        row("unknown status", good + u"api,prod,8,,2024-03-05T08:00:00Z,,rolled back\n"_s,
            u"deployments.csv, line 3, column status: “rolled back” is not a deployment status; use succeeded (or "
            "success, ok), failed (or failure, error), canceled, running (or in_progress), queued (or pending), "
            "waiting or skipped"_s);
        row("no version or commit", good + u"api,prod,,,2024-03-05T08:00:00Z,,ok\n"_s,
            u"deployments.csv, line 3, column version: the cell is empty, and so is the commit: a deployment needs a "
            "version or a commit"_s);
        row("bad commit", good + u"api,prod,8,main,2024-03-05T08:00:00Z,,ok\n"_s,
            u"deployments.csv, line 3, column commit: “main” is not a commit id (4 to 64 hexadecimal digits)"_s);
        row("short commit", good + u"api,prod,8,abc,2024-03-05T08:00:00Z,,ok\n"_s,
            u"deployments.csv, line 3, column commit: “abc” is not a commit id (4 to 64 hexadecimal digits)"_s);
        row("running but finished", good + u"api,prod,8,,2024-03-05T08:00:00Z,2024-03-05T08:05:00Z,in progress\n"_s,
            u"deployments.csv, line 3, column finished_at: “2024-03-05T08:05:00Z” is given, but the status “in "
            "progress” says the deployment has not finished"_s);
        // The quoted cell of line 2 spans lines 2 to 4, so the bad row is on line 5.
        row("after a multi-line cell",
            u"api,prod,\"7\nbuilt\nfriday\",,2024-03-05T08:00:00Z,,ok\napi,prod,8,,noon,,ok\n"_s,
            u"deployments.csv, line 5, column started_at: “noon” is not an ISO 8601 time"_s);
        row("too few cells", good + u"api,prod,8,2024-03-05T08:00:00Z,,ok\n"_s,
            u"deployments.csv, line 3: the header has 7 columns but this row has 6 cells; is a quote missing, or a "
            "delimiter too many?"_s);
        row("too many cells", good + u"api,prod,8,,2024-03-05T08:00:00Z,,ok,extra\n"_s,
            u"deployments.csv, line 3: the header has 7 columns but this row has 8 cells; is a quote missing, or a "
            "delimiter too many?"_s);
        row("same row twice", good + good,
            u"deployments.csv, line 3: the same service, environment, version and start as line 2; give the rows an "
            "id column to tell them apart"_s);
    }
    void deploymentErrors()
    {
        QFETCH(QString, rows);
        QFETCH(QString, message);
        const auto batch = readCsv(Table::Deployments, (deploymentsHeader + rows).toUtf8(), u"deployments.csv"_s);
        QVERIFY(!batch);
        QCOMPARE(batch.errorMessage(), message);
    }

    void optionalColumnErrors_data()
    {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const QString &rows, const QString &message) {
            QTest::newRow(name) << rows << message;
        };
        row("bad tier", u"d1,api,prod,7,,2024-03-05T08:00:00Z,,ok,live-ish,\n"_s,
            u"d.csv, line 2, column tier: “live-ish” is not an environment tier; use production, staging, testing, "
            "development or other"_s);
        row("tiers contradict",
            u"d1,api,prod,7,,2024-03-05T08:00:00Z,,ok,production,\nd2,web,prod,7,,2024-03-05T08:00:00Z,,ok,qa,\n"_s,
            u"d.csv, line 3, column tier: “qa” contradicts line 2, which gives the environment “prod” the tier "
            "production"_s);
        row("bad address", u"d1,api,prod,7,,2024-03-05T08:00:00Z,,ok,,javascript:alert(1)\n"_s,
            u"d.csv, line 2, column url: “javascript:alert(1)” is not an http or https address"_s);
        row("same id twice",
            u"d1,api,prod,7,,2024-03-05T08:00:00Z,,ok,,\nd1,api,prod,8,,2024-03-05T09:00:00Z,,ok,,\n"_s,
            u"d.csv, line 3, column id: “d1” is also the id of line 2"_s);
        // Text from the file is never taken for a placeholder of the message.
        row("same id with a percent sign",
            u"%2x%1,api,prod,7,,2024-03-05T08:00:00Z,,ok,,\n%2x%1,api,prod,8,,2024-03-05T09:00:00Z,,ok,,\n"_s,
            u"d.csv, line 3, column id: “%2x%1” is also the id of line 2"_s);
    }
    void optionalColumnErrors()
    {
        QFETCH(QString, rows);
        QFETCH(QString, message);
        const QString header = u"id,service,environment,version,commit,started_at,finished_at,status,tier,url\n"_s;
        const auto batch = readCsv(Table::Deployments, (header + rows).toUtf8(), u"d.csv"_s);
        QVERIFY(!batch);
        QCOMPARE(batch.errorMessage(), message);
    }

    void headerErrors_data()
    {
        QTest::addColumn<int>("table");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("message");
        QTest::newRow("deployment columns missing")
            << int(Table::Deployments) << u"Service,Environment,Version,Commit,Started_At\n"_s
            << u"h.csv, line 1: columns missing from the header: finished_at, status; a deployments file has the "
               "columns service, environment, version, commit, started_at, finished_at, status"_s;
        QTest::newRow("column twice") << int(Table::Deployments)
                                      << u"service,environment,version,commit,started_at,finished_at,status,Service\n"_s
                                      << u"h.csv, line 1: the column “service” appears twice (columns 1 and 8)"_s;
        QTest::newRow("incident columns missing")
            << int(Table::Incidents) << u"service,started_at,commit\n"_s
            << u"h.csv, line 1: columns missing from the header: resolved_at, severity; an incidents file has the "
               "columns service, started_at, resolved_at, severity, and deployment or commit"_s;
        QTest::newRow("no deployment or commit")
            << int(Table::Incidents) << u"service,started_at,resolved_at,severity\n"_s
            << u"h.csv, line 1: the header has neither a deployment nor a commit column; an incidents file needs one "
               "of them (its cells may be empty)"_s;
        // A deployments file read as incidents: the header tells.
        QTest::newRow("wrong table")
            << int(Table::Incidents) << deploymentsHeader
            << u"h.csv, line 1: columns missing from the header: resolved_at, "
               "severity; an incidents file has the columns service, started_at, resolved_at, severity, "
               "and deployment or commit"_s;
    }
    void headerErrors()
    {
        QFETCH(int, table);
        QFETCH(QString, header);
        QFETCH(QString, message);
        // The row is fine: a bad header is reported alone.
        const QString content = header + u"api,prod,7,,2024-03-05T08:00:00Z,,ok\n"_s;
        const auto batch = readCsv(Table(table), content.toUtf8(), u"h.csv"_s);
        QVERIFY(!batch);
        QCOMPARE(batch.errorMessage(), message);
    }

    void incidentErrors_data()
    {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("message");
        // 09:00 at +02:00 is 07:00 UTC, an hour before the start at 08:00 UTC.
        QTest::newRow("resolved before started")
            << u"api,2024-03-05T08:00:00Z,2024-03-05T09:00:00+02:00,,,SEV1\n"_s
            << u"i.csv, line 2, column resolved_at: “2024-03-05T09:00:00+02:00” is before started_at "
               "“2024-03-05T08:00:00Z”"_s;
        QTest::newRow("no start") << u"api,,,,,SEV1\n"_s
                                  << u"i.csv, line 2, column started_at: the cell is empty, but it is needed"_s;
        QTest::newRow("bad resolved") << u"api,2024-03-05T08:00:00Z,soon,,,\n"_s
                                      << u"i.csv, line 2, column resolved_at: “soon” is not an ISO 8601 time"_s;
        QTest::newRow("bad commit") << u"api,2024-03-05T08:00:00Z,,,v1.2,\n"_s
                                    << u"i.csv, line 2, column commit: “v1.2” is not a commit id (4 to 64 "
                                       "hexadecimal digits)"_s;
        QTest::newRow("same start twice")
            << u"api,2024-03-05T08:00:00Z,,,,\napi,2024-03-05T09:00:00+01:00,,,,\n"_s
            << u"i.csv, line 3: the same service and start as line 2; give the rows an id column to tell them apart"_s;
    }
    void incidentErrors()
    {
        QFETCH(QString, rows);
        QFETCH(QString, message);
        const auto batch = readCsv(Table::Incidents, (incidentsHeader + rows).toUtf8(), u"i.csv"_s);
        QVERIFY(!batch);
        QCOMPARE(batch.errorMessage(), message);
    }

    void everyProblemOfAFile()
    {
        // Lines 2 and 3-4 are good; line 5 has a bad start; line 6 finishes before it starts and has an unknown
        // status. Nothing is returned, and each problem is named.
        const QString path = dataFile("deployments-bad.csv");
        const auto batch = readCsvFile(Table::Deployments, path);
        QVERIFY(!batch);
        QCOMPARE(batch.errorMessage(),
                 path + u", line 5, column started_at: “yesterday” is not an ISO 8601 time\n"_s + path +
                     u", line 6, column finished_at: “2024-03-05T11:59:59Z” is before started_at "
                     "“2024-03-05T12:00:00Z”\n"_s +
                     path +
                     u", line 6, column status: “rolled back” is not a deployment status; use succeeded (or success, "
                     "ok), failed (or failure, error), canceled, running (or in_progress), queued (or pending), "
                     "waiting or skipped"_s);
    }

    void manyProblemsShortened()
    {
        // 23 rows with a bad start, lines 2 to 24: the first 20 are named, the other 3 counted.
        QString content = deploymentsHeader;
        for (int i = 0; i < 23; ++i)
            content += u"api,prod,%1,,never,,ok\n"_s.arg(i);
        const auto batch = readCsv(Table::Deployments, content.toUtf8(), u"d.csv"_s);
        QVERIFY(!batch);
        const QStringList lines = batch.errorMessage().split(u'\n');
        QCOMPARE(lines.size(), 21);
        QCOMPARE(lines.first(), u"d.csv, line 2, column started_at: “never” is not an ISO 8601 time"_s);
        QCOMPARE(lines[19], u"d.csv, line 21, column started_at: “never” is not an ISO 8601 time"_s);
        QCOMPARE(lines.last(), u"… and 3 more problems"_s);
    }

    void unreadableFile()
    {
        const QString path = dataFile("no-such-file.csv");
        const auto batch = readCsvFile(Table::Incidents, path);
        QVERIFY(!batch);
        QVERIFY2(batch.errorMessage().startsWith(u"Cannot read "_s + path + u": "_s), qPrintable(batch.errorMessage()));
    }

    void documentedExamples()
    {
        // The examples of docs/csv-import.md import as the page says: its first csv block holds four deployments,
        // its second two incidents, without warnings.
        QFile page(QStringLiteral(FLOWDECK_TEST_DATA "/../../../docs/csv-import.md"));
        QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
        const QString text = QString::fromUtf8(page.readAll());
        QStringList blocks;
        for (qsizetype at = text.indexOf(u"```csv\n"_s); at >= 0; at = text.indexOf(u"```csv\n"_s, at)) {
            at += 7;
            const qsizetype end = text.indexOf(u"```"_s, at);
            QVERIFY(end > at);
            blocks.append(text.sliced(at, end - at));
        }
        QCOMPARE(blocks.size(), 2);

        const auto deployments = readCsv(Table::Deployments, blocks[0].toUtf8(), u"example"_s);
        QVERIFY2(deployments, qPrintable(deployments.errorMessage()));
        QCOMPARE(deployments->deployments.size(), 4);
        QVERIFY2(deployments->warnings.isEmpty(), qPrintable(deployments->warnings.join(u'\n')));
        // The last one gives only a commit, so that is its version.
        QCOMPARE(deployments->deployments[3].version, u"abcdef0123"_s);
        QCOMPARE(deployments->environments.size(), 2);

        const auto incidents = readCsv(Table::Incidents, blocks[1].toUtf8(), u"example"_s);
        QVERIFY2(incidents, qPrintable(incidents.errorMessage()));
        QCOMPARE(incidents->incidents.size(), 2);
        QVERIFY2(incidents->warnings.isEmpty(), qPrintable(incidents->warnings.join(u'\n')));
        // The page's id example: 10:15 at +01:00 is 09:15 UTC.
        QCOMPARE(deployments->deployments[1].externalId, u"dep-101"_s);
        QVERIFY(text.contains(
            deploymentExternalId(u"checkout"_s, u"production"_s, u"1.4.2"_s, *deployments->deployments[1].startedAt)
                .replace(u'|', u"\\|"_s)));
    }

    void readerErrorsNameTheFile()
    {
        const auto batch = readCsv(Table::Incidents, (incidentsHeader + u"api,\"2024-03-05T08:00:00Z,,,,\n"_s).toUtf8(),
                                   u"incidents.csv"_s);
        QVERIFY(!batch);
        QCOMPARE(batch.errorMessage(), u"incidents.csv, line 2: the quote opening field 2 is never closed"_s);
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
