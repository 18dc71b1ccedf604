// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/pullrequestfigures.h"
#include "metrics/figurerow.h"

#include "common/format.h"
#include "common/pagestyle.h"
#include "metrics/doratiles.h"
#include "metrics/phasebar.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::quietLabel;
using pagestyle::unit;

namespace {

QString pullRequestCount(int count)
{
    return count == 1 ? PullRequestFigures::tr("1 pull request")
                      : PullRequestFigures::tr("%n pull requests", nullptr, count);
}

} // namespace

PullRequestFigures::PullRequestFigures(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"pullRequestFigures"_s);
    m_grid = figurerow::grid(this);
    m_title = figurerow::title(this);
    for (int i = 0; i < figureCount; ++i) {
        auto *caption = figurerow::caption(this);
        caption->setTextFormat(Qt::RichText);
        m_captions.append(caption);
        QToolButton *value = figurerow::value(this, u"pullRequestFigure%1"_s.arg(i), caption);
        m_values.append(value);
        const auto figure = Figure(i);
        connect(value, &QToolButton::clicked, this, [this, figure] { Q_EMIT drillDownRequested(drillDown(figure)); });
    }
    m_bar = new PhaseBar(this);
    m_bar->setObjectName(u"pullRequestPhases"_s);
    m_count = quietLabel(this);
    m_count->setObjectName(u"pullRequestCount"_s);
    m_count->setWordWrap(false);
    m_count->setContentsMargins(unit, 0, 0, 0);
    m_empty = quietLabel(this);
    m_empty->setObjectName(u"pullRequestsEmpty"_s);
    m_empty->setWordWrap(false);
    m_empty->setContentsMargins(2 * unit, 0, 0, 0);
    retranslate();
    setColumns(figureCount);
    showFigures();
}

void PullRequestFigures::setReport(const metrics::MetricsReport &report)
{
    m_leadTime = report.leadTime;
    m_scope = report.scope;
    showFigures();
}

QString PullRequestFigures::figureText(Figure figure) const
{
    return m_leadTime && !m_leadTime->pullRequests.isEmpty() ? m_values[int(figure)]->text() : QString();
}

QString PullRequestFigures::emptyText() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

QString PullRequestFigures::countText() const
{
    return m_count->isHidden() ? QString() : m_count->text();
}

DrillDown PullRequestFigures::drillDown(Figure figure) const
{
    DrillDown records;
    if (!m_leadTime)
        return records;
    const QString period = doratiles::periodText(m_scope);
    switch (figure) {
    case Figure::Coding:
        records.title = tr("Pull requests deployed to production and their coding time, %1").arg(period);
        break;
    case Figure::Review:
        records.title = tr("Pull requests deployed to production and their review time, %1").arg(period);
        break;
    case Figure::Deploy:
        records.title = tr("Pull requests deployed to production and their time from merge, %1").arg(period);
        break;
    case Figure::Total:
        records.title = tr("Pull requests deployed to production and their lead time, %1").arg(period);
        break;
    }
    records.pullRequests = m_leadTime->pullRequests;
    return records;
}

int PullRequestFigures::singleLineWidth() const
{
    int width = m_title->sizeHint().width() + m_bar->minimumSizeHint().width() + m_count->sizeHint().width();
    for (int i = 0; i < figureCount; ++i)
        width += m_captions[i]->sizeHint().width() + m_values[i]->sizeHint().width() + unit;
    return width;
}

void PullRequestFigures::setColumns(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    m_grid->removeWidget(m_title);
    for (int i = 0; i < figureCount; ++i) {
        m_grid->removeWidget(m_captions[i]);
        m_grid->removeWidget(m_values[i]);
    }
    m_grid->removeWidget(m_bar);
    m_grid->removeWidget(m_count);
    m_grid->removeWidget(m_empty);
    m_grid->addWidget(m_title, 0, 0);
    for (int i = 0; i < figureCount; ++i) {
        const int column = 1 + i % columns * 2;
        m_grid->addWidget(m_captions[i], i / columns, column);
        m_grid->addWidget(m_values[i], i / columns, column + 1, Qt::AlignLeft);
    }
    // The bar and the count follow the last figure; the note of an empty scope takes the figures' place.
    const int last = (figureCount - 1) / columns;
    const int after = 1 + 2 * columns;
    m_grid->addWidget(m_bar, last, after, Qt::AlignVCenter);
    m_grid->addWidget(m_count, last, after + 1);
    m_grid->addWidget(m_empty, 0, 1, 1, after + 2);
    for (int column = 0; column <= 2 * figureCount + 3; ++column)
        m_grid->setColumnStretch(column, column == after + 2 ? 1 : 0);
}

void PullRequestFigures::showFigures()
{
    const bool any = m_leadTime && !m_leadTime->pullRequests.isEmpty();
    for (int i = 0; i < figureCount; ++i) {
        m_captions[i]->setVisible(any);
        m_values[i]->setVisible(any);
    }
    m_bar->setVisible(any);
    m_count->setVisible(any);
    // Before the first report there is nothing to say yet.
    m_empty->setVisible(m_leadTime && !any);
    if (!any)
        return;

    const metrics::LeadTimeForChanges &lt = *m_leadTime;
    const int count = int(lt.pullRequests.size());
    auto set = [this](Figure figure, const metrics::Summary &summary, const QString &definition, const QString &note) {
        QToolButton *button = m_values[int(figure)];
        button->setText(summary.medianHours ? doratiles::hours(summary.medianHours) : format::missing());
        QString tip = definition + u"\n"_s +
                      tr("Median %1, 85th percentile %2, over %3.")
                          .arg(doratiles::exactHours(summary.medianHours), doratiles::exactHours(summary.p85Hours),
                               pullRequestCount(summary.count));
        if (!note.isEmpty())
            tip += u"\n"_s + note;
        button->setToolTip(tip + u"\n"_s + tr("Click to see the pull requests."));
    };
    const int withoutFirstCommit = count - lt.coding.count;
    set(Figure::Coding, lt.coding, tr("Coding: from a pull request's first commit to its opening."),
        withoutFirstCommit > 0 ? tr("Left out: %1 whose first commit is unknown or later than the opening.")
                                     .arg(pullRequestCount(withoutFirstCommit))
                               : QString());
    set(Figure::Review, lt.review, tr("Review: from a pull request's opening to its merge."), {});
    set(Figure::Deploy, lt.deploy,
        tr("Deploy: from a pull request's merge to the finish of the first successful production deployment that "
           "shipped it."),
        {});
    set(Figure::Total, lt.pullRequestTotal,
        tr("Total: from a pull request's first commit (or its opening, when that is unknown) to its deployment to "
           "production. The medians of the phases need not add up to it."),
        {});

    const QList<QColor> colors = PhaseBar::pullRequestColors(palette());
    m_bar->setPhases({{tr("Coding"), lt.coding.medianHours.value_or(0), colors[0]},
                      {tr("Review"), lt.review.medianHours.value_or(0), colors[1]},
                      {tr("Deploy"), lt.deploy.medianHours.value_or(0), colors[2]}});
    m_count->setText(pullRequestCount(count));
}

void PullRequestFigures::retranslate()
{
    m_title->setText(tr("Pull requests"));
    const QStringList captions = {tr("Coding"), tr("Review"), tr("Deploy"), tr("Total")};
    const QList<QColor> colors = PhaseBar::pullRequestColors(palette());
    for (int i = 0; i < figureCount; ++i) {
        // The phases' captions carry their colour in the bar, so that the bar reads without its own legend.
        const QString swatch =
            i < colors.size() ? u"<span style=\"color:%1\">■</span>&nbsp;"_s.arg(colors[i].name()) : QString();
        m_captions[i]->setText(swatch + captions[i].toHtmlEscaped());
    }
    m_empty->setText(tr("No merged pull requests reached production in this period"));
    m_bar->setAccessibleName(tr("Shares of the pull-request phases"));
    showFigures();
}

void PullRequestFigures::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace flowdeck::views
