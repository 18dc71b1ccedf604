// SPDX-License-Identifier: GPL-3.0-or-later
#include "runs/rundetailsview.h"

#include "common/flattable.h"
#include "common/format.h"
#include "common/pagestyle.h"
#include "common/statusstyle.h"
#include "runs/jobtablemodel.h"
#include "runs/runtablemodel.h"
#include "runs/runtimeline.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::quietLabel;
using pagestyle::sectionTitle;
using pagestyle::unit;

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void setTime(QLabel *label, OptionalTime at, const QString &unknown)
{
    label->setText(at ? format::dateTime(*at) : format::missing());
    label->setToolTip(at ? format::exactDateTime(*at) : unknown);
}

/// Only addresses of the web are opened: a workspace from elsewhere could hold any URL.
bool isWebAddress(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s);
}

} // namespace

RunDetailsView::RunDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_jobs(new JobTableModel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_placeholderView = new QWidget(m_stack);
    auto *placeholderLayout = new QVBoxLayout(m_placeholderView);
    placeholderLayout->setContentsMargins(3 * unit, 3 * unit, 3 * unit, 3 * unit);
    m_placeholderText = quietLabel(m_placeholderView);
    m_placeholderText->setObjectName(u"runDetailsPlaceholder"_s);
    m_placeholderText->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    placeholderLayout->addWidget(m_placeholderText);
    placeholderLayout->addStretch();
    m_stack->addWidget(m_placeholderView);

    auto *scroll = new QScrollArea(m_stack);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(scroll);
    m_content->setObjectName(u"runDetailsContent"_s);
    m_content->setBackgroundRole(QPalette::Base);
    m_content->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(3 * unit, 2 * unit, 3 * unit, 2 * unit);
    layout->setSpacing(unit);

    auto *header = new QHBoxLayout;
    header->setSpacing(unit);
    m_statusIcon = new QLabel(m_content);
    m_title = valueLabel(m_content);
    m_title->setObjectName(u"runTitle"_s);
    m_title->setFont(pagestyle::scaledFont(font(), 1.25, QFont::DemiBold));
    m_statusText = new QLabel(m_content);
    m_statusText->setObjectName(u"runStatus"_s);
    m_link = new QLabel(m_content);
    m_link->setObjectName(u"runLink"_s);
    m_link->setTextFormat(Qt::RichText);
    m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_link, &QLabel::linkActivated, this, &RunDetailsView::openUrl);
    header->addWidget(m_statusIcon);
    header->addWidget(m_title);
    header->addSpacing(unit);
    header->addWidget(m_statusText);
    header->addStretch();
    header->addWidget(m_link);
    layout->addLayout(header);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(2 * unit);
    grid->setVerticalSpacing(unit / 2);
    m_service = addField(grid, 0, 0, &m_serviceName);
    m_branch = addField(grid, 1, 0, &m_branchName);
    m_branch->setObjectName(u"runBranch"_s);
    m_commit = addField(grid, 2, 0, &m_commitName);
    m_commit->setObjectName(u"runCommit"_s);
    m_commit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_created = addField(grid, 0, 1, &m_createdName);
    m_started = addField(grid, 1, 1, &m_startedName);
    m_finished = addField(grid, 2, 1, &m_finishedName);
    m_waited = addField(grid, 0, 2, &m_waitedName);
    m_waited->setObjectName(u"runWaited"_s);
    m_ran = addField(grid, 1, 2, &m_ranName);
    m_ran->setObjectName(u"runRan"_s);
    m_jobCount = addField(grid, 2, 2, &m_jobCountName);
    m_jobCount->setObjectName(u"runJobCount"_s);
    m_event = addField(grid, 0, 3, &m_eventName);
    m_event->setObjectName(u"runEvent"_s);
    // Values take their room, with a gap before the next name; what is left goes to the right.
    grid->setColumnStretch(8, 1);
    for (int value : {1, 3, 5})
        grid->setColumnMinimumWidth(value, 12 * unit);
    layout->addLayout(grid);
    layout->addSpacing(unit);

    auto *jobsHeader = new QHBoxLayout;
    jobsHeader->setSpacing(unit);
    m_jobsTitle = sectionTitle(m_content);
    m_legend = quietLabel(m_content);
    m_legend->setObjectName(u"timelineLegend"_s);
    m_legend->setWordWrap(false);
    jobsHeader->addWidget(m_jobsTitle);
    jobsHeader->addStretch();
    jobsHeader->addWidget(m_legend);
    layout->addLayout(jobsHeader);

    m_jobsNote = quietLabel(m_content);
    m_jobsNote->setObjectName(u"jobsNote"_s);
    layout->addWidget(m_jobsNote);

    m_jobsView = new QWidget(m_content);
    auto *jobsRow = new QHBoxLayout(m_jobsView);
    jobsRow->setContentsMargins(0, 0, 0, 0);
    jobsRow->setSpacing(2 * unit);
    m_jobTable = new QTableView(m_jobsView);
    m_jobTable->setObjectName(u"jobTable"_s);
    m_jobTable->setModel(m_jobs);
    m_jobTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_jobTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_jobTable->setTextElideMode(Qt::ElideRight);
    flattable::style(m_jobTable);
    QHeaderView *columns = m_jobTable->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(JobTableModel::NameColumn, QHeaderView::Stretch);
    connect(m_jobTable, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openUrl(index.data(JobTableModel::UrlRole).toString()); });
    connect(
        m_jobTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_timeline->setHighlightedRow(current.isValid() ? current.row() : -1); });
    m_timeline = new RunTimeline(m_jobsView);
    jobsRow->addWidget(m_jobTable, 3, Qt::AlignTop);
    jobsRow->addWidget(m_timeline, 2, Qt::AlignTop);
    layout->addWidget(m_jobsView);
    layout->addStretch();

    scroll->setWidget(m_content);
    m_stack->addWidget(scroll);

    retranslate();
    restyle();
}

RunDetailsView::~RunDetailsView() = default;

QLabel *RunDetailsView::addField(QGridLayout *grid, int row, int column, QLabel **name)
{
    *name = quietLabel(m_content);
    (*name)->setWordWrap(false);
    auto *value = valueLabel(m_content);
    grid->addWidget(*name, row, 2 * column, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(value, row, 2 * column + 1, Qt::AlignLeft | Qt::AlignTop);
    return value;
}

void RunDetailsView::showPlaceholder(const QString &text)
{
    m_shown = false;
    m_jobsShown = false;
    m_placeholder = text;
    m_placeholderText->setText(text);
    m_jobs->clear();
    m_timeline->clear();
    m_stack->setCurrentWidget(m_placeholderView);
}

void RunDetailsView::showRun(const runs::RunRow &run, Timestamp now)
{
    m_run = run;
    m_now = now;
    m_shown = true;
    m_jobsShown = false;
    m_jobsError.clear();
    m_jobRows.clear();
    m_jobs->clear();
    m_timeline->clear();
    render();
    renderJobs();
    m_stack->setCurrentIndex(1);
}

void RunDetailsView::showJobs(Id runId, const QList<runs::JobRow> &jobs)
{
    if (!m_shown || runId != m_run.id)
        return;
    m_jobRows = jobs;
    m_jobsShown = true;
    m_jobsError.clear();
    renderJobs();
}

void RunDetailsView::showJobsError(Id runId, const QString &message)
{
    if (!m_shown || runId != m_run.id)
        return;
    m_jobRows.clear();
    m_jobsShown = true;
    m_jobsError = message;
    renderJobs();
}

void RunDetailsView::render()
{
    if (!m_shown)
        return;
    const runs::RunRow &run = m_run;
    const QString pipeline = RunTableModel::pipelineText(run);
    const QString number = RunTableModel::numberText(run);
    QString title;
    if (pipeline.isEmpty())
        title = number.isEmpty() ? tr("Run") : tr("Run %1").arg(number);
    else
        //: A run's title: its pipeline and number, "checkout delivery #601".
        title = number.isEmpty() ? pipeline : tr("%1 %2").arg(pipeline, number);
    if (run.attempt > 1)
        //: A re-run's title: "checkout delivery #601 · attempt 2".
        title = tr("%1 · attempt %2").arg(title).arg(run.attempt);
    m_title->setText(title);
    const StatusStyle status = StatusStyle::of(run.status);
    m_statusText->setText(status.label);
    const int side = QFontMetrics(m_title->font()).height();
    m_statusIcon->setPixmap(status.icon(palette()).pixmap(QSize(side, side), devicePixelRatio()));
    m_statusIcon->setAccessibleName(status.label);

    const QUrl url(run.url);
    m_link->setVisible(isWebAddress(url));
    m_link->setText(u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                   tr("Open on the CI server").toHtmlEscaped()));
    m_link->setToolTip(run.url);

    m_service->setText(run.service.isEmpty() ? format::missing() : run.service);
    m_branch->setText(run.branch.isEmpty() ? format::missing() : run.branch);
    m_commit->setText(run.commitOid.isEmpty() ? format::missing() : run.commitOid);
    m_event->setText(run.event.isEmpty() ? format::missing() : run.event);
    setTime(m_created, run.createdAt, tr("The CI server did not say when the run was created."));
    setTime(m_started, run.startedAt, tr("Not started, or its start is not known."));
    setTime(m_finished, run.finishedAt, tr("Not finished, or its end is not known."));
    m_waited->setText(run.queueMs ? format::duration(*run.queueMs) : format::missing());
    m_waited->setToolTip(run.queueMs ? format::exactDuration(*run.queueMs)
                                     : tr("Unknown: the creation or the start of the run is not known."));
    m_ran->setText(run.runMs ? format::duration(*run.runMs) : format::missing());
    m_ran->setToolTip(run.runMs ? format::exactDuration(*run.runMs)
                                : tr("Unknown: the start or the end of the run is not known."));
    if (run.jobs == 0)
        m_jobCount->setText(tr("none"));
    else if (run.failedJobs == 0)
        m_jobCount->setText(format::count(run.jobs));
    else
        //: Jobs of a run and how many failed: "10, 1 failed".
        m_jobCount->setText(tr("%1, %2 failed").arg(format::count(run.jobs), format::count(run.failedJobs)));
}

void RunDetailsView::renderJobs()
{
    if (!m_jobsShown) {
        m_jobsNote->setText(tr("Reading the jobs…"));
        m_jobsNote->show();
        m_jobsView->hide();
        m_legend->hide();
        return;
    }
    if (!m_jobsError.isEmpty() || m_jobRows.isEmpty()) {
        m_jobsNote->setText(m_jobsError.isEmpty() ? tr("No jobs of this run are stored.")
                                                  : tr("The jobs could not be read: %1").arg(m_jobsError));
        m_jobsNote->show();
        m_jobsView->hide();
        m_legend->hide();
        m_jobs->clear();
        m_timeline->clear();
        return;
    }
    m_jobsNote->hide();
    m_jobs->setJobs(m_jobRows);
    m_timeline->setJobs(m_run, m_jobRows, m_now);
    m_jobsView->show();
    m_legend->show();
    alignTimeline();
}

void RunDetailsView::alignTimeline()
{
    // Every job in view (the pane scrolls), and the timeline's rows level with the table's.
    flattable::fitRows(m_jobTable, std::max(1, m_jobs->rowCount()));
    m_timeline->setRowMetrics(m_jobTable->horizontalHeader()->sizeHint().height(),
                              m_jobTable->verticalHeader()->defaultSectionSize());
    m_timeline->setFixedHeight(m_jobTable->height());
}

void RunDetailsView::openUrl(const QString &text)
{
    const QUrl url(text);
    if (!isWebAddress(url))
        return;
    Q_EMIT urlActivated(url);
    QDesktopServices::openUrl(url);
}

void RunDetailsView::retranslate()
{
    m_serviceName->setText(tr("Service"));
    m_branchName->setText(tr("Branch"));
    m_commitName->setText(tr("Commit"));
    m_eventName->setText(tr("Event"));
    m_createdName->setText(tr("Created"));
    m_startedName->setText(tr("Started"));
    m_finishedName->setText(tr("Finished"));
    m_waitedName->setText(tr("Waited"));
    m_ranName->setText(tr("Ran"));
    m_jobCountName->setText(tr("Jobs"));
    m_jobsTitle->setText(tr("Jobs"));
    m_legend->setText(tr("Timeline: a line while a job waits for a runner, a bar while it runs"));
    m_jobTable->setAccessibleName(tr("Jobs of the run"));
    m_timeline->setAccessibleName(tr("Timeline of the run's jobs"));
    m_placeholderText->setText(m_placeholder);
    render();
    renderJobs();
}

void RunDetailsView::restyle()
{
    flattable::style(m_jobTable);
    m_jobs->setPalette(palette());
    render();
    if (m_jobsShown && !m_jobRows.isEmpty())
        alignTimeline();
}

void RunDetailsView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
        restyle();
        break;
    case QEvent::LanguageChange:
        m_jobs->retranslate();
        retranslate();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace flowdeck::views
