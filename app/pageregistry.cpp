// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageregistry.h"

#include "environments/environmentspage.h"
#include "history/historypage.h"
#include "metrics/metricspage.h"
#include "overview/overviewpage.h"
#include "pipelines/pipelinespage.h"
#include "releases/releasespage.h"
#include "reports/reportspage.h"
#include "runs/runspage.h"
#include "valuestream/valuestreampage.h"

#include <QCoreApplication>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

constexpr auto context = "flowdeck::app::PageRegistry";

template<typename PageType>
PageEntry page(QString id, const char *label)
{
    return {id, label, u":/icons/pages/%1.svg"_s.arg(id), [](QWidget *parent) {
                return new PageType(parent);
            }};
}

} // namespace

QString PageEntry::label() const
{
    return QCoreApplication::translate(context, sourceLabel);
}

const QList<PageEntry> &pageRegistry()
{
    static const QList<PageEntry> pages = {
        page<views::OverviewPage>(u"overview"_s, QT_TRANSLATE_NOOP("flowdeck::app::PageRegistry", "Overview")),
        page<views::HistoryPage>(u"history"_s, QT_TRANSLATE_NOOP("flowdeck::app::PageRegistry", "History")),
        page<views::PipelinesPage>(u"pipelines"_s, QT_TRANSLATE_NOOP("flowdeck::app::PageRegistry", "Pipelines")),
        page<views::EnvironmentsPage>(u"environments"_s,
                                      QT_TRANSLATE_NOOP("flowdeck::app::PageRegistry", "Environments")),
        page<views::RunsPage>(u"runs"_s, QT_TRANSLATE_NOOP("flowdeck::app::PageRegistry", "Runs")),
        page<views::ValueStreamPage>(u"valuestream"_s,
                                     QT_TRANSLATE_NOOP("flowdeck::app::PageRegistry", "Value stream")),
        page<views::MetricsPage>(u"metrics"_s, QT_TRANSLATE_NOOP("flowdeck::app::PageRegistry", "Metrics")),
        page<views::ReleasesPage>(u"releases"_s, QT_TRANSLATE_NOOP("flowdeck::app::PageRegistry", "Releases")),
        page<views::ReportsPage>(u"reports"_s, QT_TRANSLATE_NOOP("flowdeck::app::PageRegistry", "Reports")),
    };
    return pages;
}

int pageIndex(const QString &id)
{
    const QList<PageEntry> &pages = pageRegistry();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (pages[i].id == id)
            return int(i);
    }
    return -1;
}

QStringList pageIds()
{
    QStringList ids;
    for (const PageEntry &entry : pageRegistry())
        ids.append(entry.id);
    return ids;
}

} // namespace flowdeck::app
