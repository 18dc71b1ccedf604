// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/deploymentschart.h"

#include "common/format.h"
#include "metrics/chartstyle.h"
#include "metrics/weekaxis.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

DeploymentsChart::DeploymentsChart(QWidget *parent)
    : MetricsChart(parent)
    , m_series(new QStackedBarSeries(this))
    , m_sound(new QBarSet(tr("Deployed without failure"), this))
    , m_failed(new QBarSet(tr("Caused a failure"), this))
    , m_weekAxis(new QCategoryAxis(this))
    , m_countAxis(new QValueAxis(this))
{
    setQuestion(tr("How often do we deploy to production?"));
    m_series->setObjectName(u"deployments"_s);
    m_sound->setObjectName(u"sound"_s);
    m_failed->setObjectName(u"failed"_s);
    m_series->append(m_sound);
    m_series->append(m_failed);
    m_series->setBarWidth(0.7);
    chart()->addSeries(m_series);
    m_weekAxis->setTitleText(tr("Week starting"));
    m_weekAxis->setGridLineVisible(false);
    m_countAxis->setTitleText(tr("Deployments per week"));
    chart()->addAxis(m_weekAxis, Qt::AlignBottom);
    chart()->addAxis(m_countAxis, Qt::AlignLeft);
    m_series->attachAxis(m_weekAxis);
    m_series->attachAxis(m_countAxis);
    for (QBarSet *set : {m_sound, m_failed}) {
        connect(set, &QBarSet::hovered, this, [this, set](bool hovered, int week) { showWeek(hovered, week, set); });
        connect(set, &QBarSet::clicked, this, [this, set](int week) { drillIntoWeek(week, set); });
    }
    // A wider or narrower plot fits more or fewer week labels.
    connect(chart(), &QChart::plotAreaChanged, this, &DeploymentsChart::labelWeeks);
    restyle();
    setEmptyState(tr("No production deployments in this period"));
}

void DeploymentsChart::setReport(const metrics::MetricsReport &report)
{
    m_weeks = report.weeks;
    const qsizetype count = m_weeks.size();
    m_weekDeployments = QList<QList<Id>>(count);
    m_weekFailures = QList<QList<metrics::DeploymentFailure>>(count);
    // The deployment ids are in finishing order and the weeks count them, so each week's ids follow the last
    // week's.
    const QList<Id> &ids = report.deploymentFrequency.deploymentIds;
    qsizetype next = 0;
    QList<qreal> sound;
    QList<qreal> failed;
    int highest = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const metrics::WeekFigures &week = m_weeks.at(i);
        const qsizetype taken = std::clamp<qsizetype>(week.deployments, 0, ids.size() - next);
        m_weekDeployments[i] = ids.mid(next, taken);
        next += taken;
        sound.append(std::max(0, week.deployments - week.failures));
        failed.append(week.failures);
        highest = std::max(highest, std::max(week.deployments, week.failures));
    }
    for (const metrics::DeploymentFailure &failure : report.changeFailureRate.failures) {
        if (const qsizetype week = weekaxis::weekOf(m_weeks, failure.finishedAt); week >= 0)
            m_weekFailures[week].append(failure);
    }
    m_sound->remove(0, m_sound->count());
    m_failed->remove(0, m_failed->count());
    m_sound->append(sound);
    m_failed->append(failed);
    m_weekLabelStep = 0;
    labelWeeks();
    chartstyle::setCountRange(m_countAxis, highest);
    setEmptyState(highest == 0 ? tr("No production deployments in this period") : QString());
}

void DeploymentsChart::labelWeeks()
{
    const qsizetype step = weekaxis::labelStep(m_weekAxis, m_weeks, chart()->plotArea().width());
    if (step == m_weekLabelStep)
        return;
    m_weekLabelStep = step;
    weekaxis::fill(m_weekAxis, m_weeks, step);
}

void DeploymentsChart::restyle()
{
    MetricsChart::restyle();
    const QPalette &palette = this->palette();
    m_sound->setColor(chartstyle::colour(OkabeIto::Blue, palette));
    m_failed->setColor(chartstyle::colour(OkabeIto::Vermillion, palette));
    m_sound->setBorderColor(palette.color(QPalette::Base));
    m_failed->setBorderColor(palette.color(QPalette::Base));
    // Another font fits another number of labels.
    m_weekLabelStep = 0;
    labelWeeks();
}

void DeploymentsChart::showWeek(bool hovered, int week, QBarSet *set)
{
    if (!hovered || week < 0 || week >= m_weeks.size()) {
        showToolTip({});
        return;
    }
    const metrics::WeekFigures &figures = m_weeks.at(week);
    const QString day = chartstyle::titleDay(figures.start);
    const int total = figures.deployments;
    if (set == m_failed) {
        showToolTip(tr("Week of %1\nCaused a failure: %2\nProduction deployments: %3")
                        .arg(day, format::count(figures.failures), format::count(total)));
    } else {
        showToolTip(tr("Week of %1\nWithout a failure: %2\nProduction deployments: %3")
                        .arg(day, format::count(std::max(0, total - figures.failures)), format::count(total)));
    }
}

void DeploymentsChart::drillIntoWeek(int week, QBarSet *set)
{
    if (week < 0 || week >= m_weeks.size())
        return;
    const QString day = chartstyle::titleDay(m_weeks.at(week).start);
    DrillDown records;
    records.failures = m_weekFailures.at(week);
    if (set == m_failed) {
        records.title = tr("Deployments that caused a failure in the week of %1").arg(day);
        for (const metrics::DeploymentFailure &failure : std::as_const(records.failures))
            records.deploymentIds.append(failure.deploymentId);
    } else {
        records.title = tr("Production deployments in the week of %1").arg(day);
        records.deploymentIds = m_weekDeployments.at(week);
    }
    Q_EMIT drillDown(records);
}

} // namespace flowdeck::views
