// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON of `flowdeck metrics --json` (docs/metrics.md, "JSON") from reports filled in by hand: the documented
// keys in the documented order, null for what has no value, exact numbers and escaped names. The expected texts are
// written out in full.
#include "metrics/metricsjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace flowdeck;
using namespace flowdeck::metrics;
using namespace Qt::StringLiterals;

namespace {

Timestamp utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

/// A report with a value in every figure, each exactly representable so that its JSON text is plain.
MetricsReport fullReport()
{
    MetricsReport report;
    report.scope = {utc(2024, 3, 1), utc(2024, 3, 15), {4, 7}};
    report.options.benchmark = Benchmark::Dora2021;
    report.deploymentFrequency.deployments = 7;
    report.deploymentFrequency.perDay = 0.5;
    report.deploymentFrequency.perWeek = 3.5;
    report.deploymentFrequency.medianDeployDaysPerWeek = 3;
    report.deploymentFrequency.level = Level::High;
    report.leadTime.summary = {6, 18.0, 30.0, 19.25};
    report.leadTime.excludedRecords.append(ChangeLeadTime{});
    report.leadTime.level = Level::Elite;
    // Four pull requests, one of them without a known first commit: coding has three values.
    report.leadTime.pullRequests.resize(4);
    report.leadTime.coding = {3, 1.5, 20.5, 8.0};
    report.leadTime.review = {4, 2.25, 6.0, 3.0};
    report.leadTime.deploy = {4, 12.0, 26.5, 15.75};
    report.leadTime.pullRequestTotal = {4, 40.0, 52.125, 41.5};
    report.changeFailureRate.deployments = 7;
    report.changeFailureRate.failed = 1;
    report.changeFailureRate.rate = 0.125;
    report.changeFailureRate.level = Level::Medium;
    report.recoveryTime.summary = {2, 29.0, 47.25, 29.0};
    report.recoveryTime.level = Level::Low;
    report.rework.deployments = 7;
    report.rework.rework = 3;
    report.rework.rate = 0.1;
    report.flow.throughputPerWeek = 4;
    report.flow.flowEfficiency = 0.625;
    report.flow.wipNow = 12;
    return report;
}

} // namespace

class TestMetricsJson : public QObject
{
    Q_OBJECT

private slots:
    void everyFigure();
    void nothingMeasured();
    void codingUnknown();
    void namesEscaped();
    void numbersNotFinite();
};

void TestMetricsJson::everyFigure()
{
    const QByteArray expected = R"({
    "from": "2024-03-01",
    "to": "2024-03-15",
    "services": [
        "shop",
        "search"
    ],
    "benchmark": "2021",
    "deployment_frequency": {
        "deployments": 7,
        "per_day": 0.5,
        "per_week": 3.5,
        "median_deploy_days_per_week": 3,
        "level": "high"
    },
    "lead_time_for_changes": {
        "changes": 6,
        "excluded": 1,
        "median_hours": 18,
        "p85_hours": 30,
        "mean_hours": 19.25,
        "level": "elite"
    },
    "lead_time_by_pull_request": {
        "pull_requests": 4,
        "coding": {
            "median_hours": 1.5,
            "p85_hours": 20.5
        },
        "review": {
            "median_hours": 2.25,
            "p85_hours": 6
        },
        "deploy": {
            "median_hours": 12,
            "p85_hours": 26.5
        },
        "total": {
            "median_hours": 40,
            "p85_hours": 52.125,
            "mean_hours": 41.5
        }
    },
    "change_failure_rate": {
        "deployments": 7,
        "failed": 1,
        "rate": 0.125,
        "level": "medium"
    },
    "failed_deployment_recovery_time": {
        "recoveries": 2,
        "median_hours": 29,
        "p85_hours": 47.25,
        "level": "low"
    },
    "rework_rate": {
        "deployments": 7,
        "rework": 3,
        "rate": 0.1
    },
    "flow": {
        "throughput_per_week": 4,
        "flow_efficiency": 0.625,
        "wip_now": 12
    }
}
)";
    const QByteArray json = metricsJson(fullReport(), {u"shop"_s, u"search"_s});
    QCOMPARE(json, expected);
    // And a JSON reader reads it.
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestMetricsJson::nothingMeasured()
{
    // An empty period of every service: counts 0, every figure that needs a value null, levels null, keys kept.
    MetricsReport report;
    report.scope = {utc(2023, 12, 31), utc(2024, 1, 1), {}};
    const QByteArray expected = R"({
    "from": "2023-12-31",
    "to": "2024-01-01",
    "services": [],
    "benchmark": "2024",
    "deployment_frequency": {
        "deployments": 0,
        "per_day": 0,
        "per_week": 0,
        "median_deploy_days_per_week": 0,
        "level": null
    },
    "lead_time_for_changes": {
        "changes": 0,
        "excluded": 0,
        "median_hours": null,
        "p85_hours": null,
        "mean_hours": null,
        "level": null
    },
    "lead_time_by_pull_request": {
        "pull_requests": 0,
        "coding": {
            "median_hours": null,
            "p85_hours": null
        },
        "review": {
            "median_hours": null,
            "p85_hours": null
        },
        "deploy": {
            "median_hours": null,
            "p85_hours": null
        },
        "total": {
            "median_hours": null,
            "p85_hours": null,
            "mean_hours": null
        }
    },
    "change_failure_rate": {
        "deployments": 0,
        "failed": 0,
        "rate": null,
        "level": null
    },
    "failed_deployment_recovery_time": {
        "recoveries": 0,
        "median_hours": null,
        "p85_hours": null,
        "level": null
    },
    "rework_rate": {
        "deployments": 0,
        "rework": 0,
        "rate": null
    },
    "flow": {
        "throughput_per_week": 0,
        "flow_efficiency": null,
        "wip_now": 0
    }
}
)";
    QCOMPARE(metricsJson(report, {}), expected);
}

void TestMetricsJson::codingUnknown()
{
    // Pull requests whose first commits are unknown: coding has no value, the other phases have theirs.
    MetricsReport report = fullReport();
    report.leadTime.coding = {};
    const QByteArray json = metricsJson(report, {});
    QVERIFY2(json.contains(R"(
    "lead_time_by_pull_request": {
        "pull_requests": 4,
        "coding": {
            "median_hours": null,
            "p85_hours": null
        },
        "review": {
            "median_hours": 2.25,
)"),
             json.constData());
}

void TestMetricsJson::namesEscaped()
{
    // A quote, a backslash, a tab and a non-ASCII letter in a service name; the text stays valid UTF-8 JSON.
    const QString name = u"Bestellung \"Ü\\2\"\tneu"_s;
    const QByteArray json = metricsJson(fullReport(), {name});
    QVERIFY2(json.contains(R"("services": [
        "Bestellung \"Ü\\2\"\tneu"
    ],)"),
             json.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object().value(u"services"_s).toArray().at(0).toString(), name);
}

void TestMetricsJson::numbersNotFinite()
{
    // JSON has no infinity or NaN: such a figure is written as null rather than as invalid JSON.
    MetricsReport report = fullReport();
    report.deploymentFrequency.perDay = std::numeric_limits<double>::infinity();
    report.leadTime.summary.meanHours = std::numeric_limits<double>::quiet_NaN();
    const QByteArray json = metricsJson(report, {});
    QVERIFY2(json.contains("\"per_day\": null,\n"), json.constData());
    QVERIFY2(json.contains("\"mean_hours\": null,\n"), json.constData());
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

QTEST_GUILESS_MAIN(TestMetricsJson)
#include "tst_metricsjson.moc"
