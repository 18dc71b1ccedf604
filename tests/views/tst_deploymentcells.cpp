// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/deploymentcells.h"
#include "domain/delivery.h"
#include "fixturetime.h"

#include <QIcon>
#include <QLocale>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::testing;
using namespace flowdeck::views;
using namespace Qt::StringLiterals;

namespace {

// The test runs with TZ=UTC and a German locale, so T reads "14.11.23 22:13".
DeploymentRow row(const char *status, OptionalTime started, OptionalTime finished)
{
    DeploymentRow d;
    d.id = 7;
    d.service = u"cart"_s;
    d.environment = u"production"_s;
    d.version = u"1.2"_s;
    d.status = QString::fromLatin1(status);
    d.startedAt = started;
    d.finishedAt = finished;
    return d;
}

QString text(const DeploymentCells &cells, const DeploymentRow &d, int column, int role = Qt::DisplayRole)
{
    return cells.data(d, column, role).toString();
}

Qt::Alignment alignment(const QVariant &value)
{
    return value.value<Qt::Alignment>();
}

} // namespace

class TestDeploymentCells : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }

    void namesAndStatus()
    {
        DeploymentCells cells(DeploymentCells::Finished::Age);
        const DeploymentRow failed = row(Status::Failed, T, T + 20 * minute);
        QCOMPARE(text(cells, failed, DeploymentCells::ServiceColumn), u"cart"_s);
        QCOMPARE(text(cells, failed, DeploymentCells::EnvironmentColumn), u"production"_s);
        QCOMPARE(text(cells, failed, DeploymentCells::VersionColumn), u"1.2"_s);
        QCOMPARE(text(cells, failed, DeploymentCells::VersionColumn, Qt::ToolTipRole), u"1.2"_s);
        // Symbol, colour and label together: the label in the cell, symbol and label for tooltips and screen readers.
        QCOMPARE(text(cells, failed, DeploymentCells::StatusColumn), u"Failed"_s);
        QCOMPARE(text(cells, failed, DeploymentCells::StatusColumn, Qt::ToolTipRole), u"✕ Failed"_s);
        QCOMPARE(text(cells, failed, DeploymentCells::StatusColumn, Qt::AccessibleTextRole), u"✕ Failed"_s);
        QVERIFY(!cells.data(failed, DeploymentCells::StatusColumn, Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(cells.data(failed, DeploymentCells::ServiceColumn, Qt::DecorationRole).isNull());
        QCOMPARE(text(cells, failed, DeploymentCells::ServiceColumn, Qt::AccessibleTextRole), u"cart"_s);
    }

    void finishedAsAge()
    {
        DeploymentCells cells(DeploymentCells::Finished::Age);
        cells.setNow(T + 2 * day);
        const DeploymentRow done = row(Status::Succeeded, T - 10 * minute, T);
        QCOMPARE(text(cells, done, DeploymentCells::FinishedColumn), u"2 days ago"_s);
        // The cell says how long ago; the tooltip the exact time.
        const QString tip = text(cells, done, DeploymentCells::FinishedColumn, Qt::ToolTipRole);
        QVERIFY2(tip.startsWith(u"Finished "_s), qPrintable(tip));
        QVERIFY2(tip.endsWith(u"(2023-11-14T22:13:20Z)"_s), qPrintable(tip));

        const DeploymentRow running = row(Status::Running, T, {});
        QCOMPARE(text(cells, running, DeploymentCells::FinishedColumn), u"—"_s);
        const QString started = text(cells, running, DeploymentCells::FinishedColumn, Qt::ToolTipRole);
        QVERIFY2(started.startsWith(u"Not finished; started "_s), qPrintable(started));
        QVERIFY2(started.endsWith(u"(2023-11-14T22:13:20Z)"_s), qPrintable(started));

        QCOMPARE(text(cells, row(Status::Queued, {}, {}), DeploymentCells::FinishedColumn, Qt::ToolTipRole),
                 u"Not started yet"_s);
    }

    void finishedAsDateTime()
    {
        DeploymentCells cells(DeploymentCells::Finished::DateTime);
        cells.setNow(T + 3 * hour);
        const DeploymentRow done = row(Status::Succeeded, T - 10 * minute, T);
        QCOMPARE(text(cells, done, DeploymentCells::FinishedColumn), u"14.11.23 22:13"_s);
        // The cell gives the time; the tooltip adds how long ago.
        const QString tip = text(cells, done, DeploymentCells::FinishedColumn, Qt::ToolTipRole);
        QVERIFY2(tip.startsWith(u"Finished "_s), qPrintable(tip));
        QVERIFY2(tip.endsWith(u"(2023-11-14T22:13:20Z), 3 h ago"_s), qPrintable(tip));

        const DeploymentRow running = row(Status::Running, T + hour, {});
        const QString started = text(cells, running, DeploymentCells::FinishedColumn, Qt::ToolTipRole);
        QVERIFY2(started.startsWith(u"Not finished; started "_s), qPrintable(started));
        QVERIFY2(started.endsWith(u"(2023-11-14T23:13:20Z), 2 h ago"_s), qPrintable(started));
    }

    void timesSitRight()
    {
        DeploymentCells cells(DeploymentCells::Finished::Age);
        const DeploymentRow done = row(Status::Succeeded, T, T);
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
        QCOMPARE(alignment(cells.data(done, DeploymentCells::FinishedColumn, Qt::TextAlignmentRole)), right);
        QCOMPARE(alignment(DeploymentCells::headerData(DeploymentCells::FinishedColumn, Qt::TextAlignmentRole)), right);
        for (int column :
             {DeploymentCells::ServiceColumn, DeploymentCells::VersionColumn, DeploymentCells::StatusColumn}) {
            QCOMPARE(alignment(cells.data(done, column, Qt::TextAlignmentRole)), left);
            QCOMPARE(alignment(DeploymentCells::headerData(column, Qt::TextAlignmentRole)), left);
        }
    }

    void titles()
    {
        QStringList titles;
        for (int column = 0; column < DeploymentCells::columns; ++column)
            titles.append(DeploymentCells::headerData(column, Qt::DisplayRole).toString());
        QCOMPARE(titles, (QStringList{u"Service"_s, u"Environment"_s, u"Version"_s, u"Status"_s, u"Finished"_s}));
    }

    void otherColumnsAreLeftToTheModel()
    {
        DeploymentCells cells(DeploymentCells::Finished::Age);
        const DeploymentRow done = row(Status::Succeeded, T, T);
        QVERIFY(cells.data(done, DeploymentCells::columns, Qt::DisplayRole).isNull());
        QVERIFY(cells.data(done, -1, Qt::DisplayRole).isNull());
        QVERIFY(DeploymentCells::headerData(DeploymentCells::columns, Qt::DisplayRole).isNull());
        QVERIFY(cells.data(done, DeploymentCells::ServiceColumn, Qt::UserRole).isNull());
    }
};

QTEST_MAIN(TestDeploymentCells)
#include "tst_deploymentcells.moc"
