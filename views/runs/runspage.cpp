// SPDX-License-Identifier: GPL-3.0-or-later
#include "runs/runspage.h"

#include "common/flattable.h"
#include "common/format.h"
#include "common/pagestack.h"
#include "common/pagestyle.h"
#include "common/statusstyle.h"
#include "domain/delivery.h"
#include "runs/rundetailsview.h"
#include "runs/runfilterbar.h"
#include "runs/runlogloader.h"
#include "runs/runtablemodel.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::quietLabel;
using pagestyle::unit;

namespace {

Timestamp now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

int rowOf(const runs::RunPage &page, Id runId)
{
    for (qsizetype i = 0; i < page.rows.size(); ++i) {
        if (page.rows[i].id == runId)
            return int(i);
    }
    return -1;
}

} // namespace

RunsPage::RunsPage(QWidget *parent)
    : Page(parent)
    , m_loader(new RunLogLoader(this))
    , m_model(new RunTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(3 * unit, 2 * unit, 3 * unit, unit);
    layout->setSpacing(unit / 2);

    m_title = new QLabel(this);
    m_title->setObjectName(u"runsTitle"_s);
    m_title->setFont(pagestyle::scaledFont(font(), 1.6, QFont::DemiBold));
    m_subtitle = quietLabel(this);
    m_subtitle->setObjectName(u"runsFacts"_s);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(unit);

    m_stack = new PageStack(this);
    m_stack->setContentView(createRunsView());
    // Runs come from the command line for now: the empty state says how, and offers no button.
    m_stack->emptyStateButton()->hide();
    layout->addWidget(m_stack, 1);

    connect(m_loader, &RunLogLoader::factsLoaded, this, &RunsPage::showFacts);
    connect(m_loader, &RunLogLoader::runsLoaded, this, &RunsPage::showRuns);
    connect(m_loader, &RunLogLoader::runsFailed, this, &RunsPage::showRunsError);
    connect(m_loader, &RunLogLoader::moreLoaded, this, &RunsPage::showMore);
    connect(m_loader, &RunLogLoader::moreFailed, this, [this](const QString &message) {
        m_model->stopFetching();
        m_count->setText(tr("Further runs could not be read: %1").arg(message));
    });
    connect(m_loader, &RunLogLoader::jobsLoaded, this, &RunsPage::showJobs);
    connect(m_loader, &RunLogLoader::jobsFailed, this, &RunsPage::showJobsError);
    connect(m_model, &RunTableModel::moreRequested, m_loader, &RunLogLoader::loadMore);
    connect(m_filterBar, &RunFilterBar::filterChanged, this, [this] { load(false); });

    retranslate();
    restyle();
}

RunsPage::~RunsPage() = default;

QWidget *RunsPage::createRunsView()
{
    auto *view = new QWidget(m_stack);
    view->setObjectName(u"runsView"_s);
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);

    m_filterBar = new RunFilterBar(view);
    m_filterBar->setObjectName(u"runFilterBar"_s);
    layout->addWidget(m_filterBar);

    auto *status = new QHBoxLayout;
    status->setSpacing(unit);
    m_count = quietLabel(view);
    m_count->setObjectName(u"runCount"_s);
    m_count->setWordWrap(false);
    m_busy = quietLabel(view);
    m_busy->setObjectName(u"runsBusy"_s);
    m_busy->setWordWrap(false);
    m_busy->hide();
    status->addWidget(m_count);
    status->addWidget(m_busy);
    status->addStretch();
    layout->addLayout(status);

    m_splitter = new QSplitter(Qt::Vertical, view);
    m_splitter->setObjectName(u"runsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_tableStack = new QStackedWidget(m_splitter);

    m_table = new QTableView(m_tableStack);
    m_table->setObjectName(u"runTable"_s);
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setMinimumHeight(12 * unit);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RunTableModel::BranchColumn, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    m_tableStack->addWidget(m_table);

    m_noMatchView = new QWidget(m_tableStack);
    m_noMatchView->setObjectName(u"noRunMatchView"_s);
    auto *noMatch = new QVBoxLayout(m_noMatchView);
    noMatch->setContentsMargins(2 * unit, 3 * unit, 2 * unit, 2 * unit);
    noMatch->setSpacing(2 * unit);
    m_noMatchText = quietLabel(m_noMatchView);
    m_noMatchText->setObjectName(u"noRunMatchText"_s);
    m_noMatchText->setAlignment(Qt::AlignHCenter);
    m_clearFiltersButton = new QPushButton(m_noMatchView);
    m_clearFiltersButton->setObjectName(u"clearRunFiltersButton"_s);
    connect(m_clearFiltersButton, &QPushButton::clicked, m_filterBar, &RunFilterBar::clear);
    noMatch->addWidget(m_noMatchText);
    noMatch->addWidget(m_clearFiltersButton, 0, Qt::AlignHCenter);
    noMatch->addStretch();
    m_tableStack->addWidget(m_noMatchView);

    m_details = new RunDetailsView(m_splitter);
    m_details->setObjectName(u"runDetails"_s);
    m_details->setMinimumHeight(12 * unit);
    m_splitter->addWidget(m_tableStack);
    m_splitter->addWidget(m_details);
    // The details get the larger part: a run's jobs and their timeline fit without scrolling.
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({200, 300});
    layout->addWidget(m_splitter, 1);
    return view;
}

void RunsPage::setWorkspace(std::shared_ptr<const store::Workspace> workspace)
{
    const bool reload = workspace && workspace == m_workspace && m_stack->state() != PageStack::State::Blank;
    m_ready = false;
    if (!reload) {
        m_workspace = std::move(workspace);
        m_loader->setWorkspace(m_workspace);
        m_runsShown = false;
        m_selected = 0;
        m_facts = {};
        m_error.clear();
        m_model->clear();
        {
            const QSignalBlocker blocker(m_filterBar);
            m_filterBar->clear();
            m_filterBar->setChoices({});
        }
        m_details->showPlaceholder(tr("Select a run to see its jobs and their timeline."));
        m_subtitle->clear();
    }
    if (!m_workspace) {
        m_stack->setState(PageStack::State::Blank);
        finishLoading();
        return;
    }
    if (!reload)
        m_stack->setState(PageStack::State::Loading);
    m_refreshDetails = reload;
    load(true);
}

bool RunsPage::isReady() const
{
    return m_ready;
}

void RunsPage::finishLoading()
{
    if (m_ready)
        return;
    m_ready = true;
    Q_EMIT ready();
}

void RunsPage::load(bool withFacts)
{
    if (!m_workspace)
        return;
    m_loader->load(m_filterBar->filter(), withFacts);
    m_busy->setVisible(m_runsShown);
}

void RunsPage::showFacts(const runs::RunLogFacts &facts)
{
    m_facts = facts;
    m_filterBar->setChoices(facts);
    updateColumns();
    if (facts.runs == 0) {
        m_subtitle->clear();
        return;
    }
    const QString count = facts.runs == 1 ? tr("1 run") : tr("%1 runs").arg(format::count(facts.runs));
    const int pipelines = int(facts.pipelines.size());
    QString text = pipelines == 0   ? count
                   : pipelines == 1 ? tr("%1 of 1 pipeline").arg(count)
                                    : tr("%1 of %n pipelines", nullptr, pipelines).arg(count);
    if (facts.firstCreated)
        //: The facts under the page title: "3,757 runs of 6 pipelines, 23/11/2025 – 21/11/2026".
        text = tr("%1, %2").arg(text, format::dateRange(facts.firstCreated, facts.lastCreated));
    m_subtitle->setText(text);
}

void RunsPage::showRuns(const runs::RunPage &page, qint64 total)
{
    m_busy->hide();
    m_error.clear();
    if (m_facts.runs == 0 && page.rows.isEmpty()) {
        m_model->clear();
        m_stack->setState(PageStack::State::Empty);
        finishLoading();
        return;
    }
    const int keep = m_selected ? rowOf(page, m_selected) : -1;
    if (keep < 0)
        m_refreshDetails = false;
    {
        // The reset clears the selection; the run the user chose is selected again below.
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->setRuns(page, total);
    }
    m_runsShown = true;
    m_stack->setState(PageStack::State::Content);
    m_tableStack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_noMatchView);
    updateCounts();

    if (keep >= 0) {
        {
            const QSignalBlocker blocker(m_table->selectionModel());
            m_table->selectRow(keep);
        }
        m_table->scrollTo(m_model->index(keep, 0));
        // A filter that keeps the run keeps its details; after the workspace changed they are read again.
        const bool refresh = std::exchange(m_refreshDetails, false);
        if (!refresh && m_details->runId() == m_selected && m_details->run() == page.rows[keep] &&
            m_details->hasJobs()) {
            finishLoading();
            return;
        }
        m_details->showRun(page.rows[keep], now());
        m_loader->loadJobs(m_selected);
        return;
    }
    if (m_model->rowCount() > 0) {
        // The newest run is selected when none was, or when the chosen one is filtered out: the details pane
        // always belongs to a run the table lists.
        m_table->selectRow(0);
        return;
    }
    m_selected = 0;
    m_details->showPlaceholder(tr("No run is selected."));
    finishLoading();
}

void RunsPage::showRunsError(const QString &message)
{
    m_busy->hide();
    m_error = message;
    if (!m_runsShown) {
        m_stack->setErrorText(tr("The pipeline runs could not be read.") + u"\n\n"_s + message);
        m_stack->setErrorIcon(StatusStyle::of(QString::fromLatin1(Status::Failed)).icon(palette()));
        m_stack->setState(PageStack::State::Failed);
    } else {
        m_count->setText(tr("The filter could not be applied: %1").arg(message));
    }
    finishLoading();
}

void RunsPage::showMore(const runs::RunPage &page)
{
    m_model->appendRuns(page);
    updateCounts();
}

void RunsPage::currentRowChanged(const QModelIndex &current)
{
    const runs::RunRow *run = current.isValid() ? m_model->runAt(current.row()) : nullptr;
    if (!run)
        return;
    if (run->id == m_selected && m_details->runId() == run->id)
        return;
    m_selected = run->id;
    m_details->showRun(*run, now());
    m_loader->loadJobs(run->id);
}

void RunsPage::showJobs(Id runId, const QList<runs::JobRow> &jobs)
{
    if (runId != m_selected)
        return;
    m_details->showJobs(runId, jobs);
    finishLoading();
}

void RunsPage::showJobsError(Id runId, const QString &message)
{
    if (runId != m_selected)
        return;
    m_details->showJobsError(runId, message);
    finishLoading();
}

bool RunsPage::selectRun(Id runId)
{
    const int row = m_model->rowOfRun(runId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

Id RunsPage::selectedRun() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.data(RunTableModel::IdRole).toLongLong();
}

void RunsPage::updateCounts()
{
    const qint64 shown = m_model->totalRuns();
    if (m_filterBar->isFiltering())
        m_count->setText(tr("%1 of %2 runs match").arg(format::count(shown), format::count(m_facts.runs)));
    else
        m_count->setText(shown == 1 ? tr("The only run") : tr("All %1 runs, newest first").arg(format::count(shown)));
    m_noMatchText->setText(tr("No run matches these filters."));
}

void RunsPage::updateColumns()
{
    const QFontMetrics metrics(m_table->font());
    const QFontMetrics oid(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int padding = 3 * unit;
    const auto fit = [&](int column, const QStringList &samples, int minimum = 0) {
        int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString &sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample));
        m_table->setColumnWidth(column, std::max(minimum, width + padding));
    };
    QStringList statuses;
    for (const QString &status : std::as_const(m_facts.statuses))
        statuses.append(StatusStyle::of(status).label);
    // Room for the status icon as well as its label.
    fit(RunTableModel::StatusColumn, statuses, 14 * unit);
    m_table->setColumnWidth(RunTableModel::StatusColumn,
                            m_table->columnWidth(RunTableModel::StatusColumn) + metrics.height() + unit / 2);
    QStringList pipelines;
    for (const runs::PipelineName &pipeline : std::as_const(m_facts.pipelines))
        pipelines.append(pipeline.name);
    fit(RunTableModel::PipelineColumn, pipelines, 16 * unit);
    m_table->setColumnWidth(RunTableModel::PipelineColumn,
                            std::min(m_table->columnWidth(RunTableModel::PipelineColumn), 36 * unit));
    fit(RunTableModel::NumberColumn, {u"#00000"_s});
    m_table->setColumnWidth(RunTableModel::CommitColumn,
                            oid.horizontalAdvance(QString(RunTableModel::shortOidLength, u'0')) + padding);
    fit(RunTableModel::EventColumn, {u"pull_request"_s});
    fit(RunTableModel::CreatedColumn,
        {format::dateTime(QDateTime(QDate(2000, 12, 28), QTime(23, 59)).toMSecsSinceEpoch())});
    // The longest durations as they read in this language: minutes with seconds, hours with minutes.
    const QStringList durations{format::duration(59 * 60'000 + 59'000), format::duration(23 * 3'600'000 + 59 * 60'000)};
    fit(RunTableModel::QueueColumn, durations);
    fit(RunTableModel::DurationColumn, durations);
    fit(RunTableModel::JobsColumn, {u"000"_s});
    fit(RunTableModel::FailedColumn, {u"000"_s});
}

void RunsPage::retranslate()
{
    m_title->setText(tr("Runs"));
    m_stack->setLoadingText(tr("Reading the pipeline runs…"));
    m_busy->setText(tr("Filtering…"));
    m_stack->setEmptyTitle(tr("No pipeline runs yet"));
    m_stack->setEmptyText(tr("This page lists the runs of your CI pipelines and their jobs: how long each waited "
                             "for a runner, how long it ran, and where it failed. Connect GitHub, GitLab or Jenkins "
                             "with Import > CI Connections…, or import with “flowdeck import” on the command line."));
    m_clearFiltersButton->setText(tr("Clear filters"));
    m_table->setAccessibleName(tr("Pipeline runs"));
    m_details->setAccessibleName(tr("Run details"));
    if (m_runsShown)
        updateCounts();
    if (m_stack->state() == PageStack::State::Failed)
        m_stack->setErrorText(tr("The pipeline runs could not be read.") + u"\n\n"_s + m_error);
    updateColumns();
}

void RunsPage::restyle()
{
    flattable::style(m_table);
    m_model->setPalette(palette());
}

void RunsPage::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
        restyle();
        break;
    case QEvent::LanguageChange:
        retranslate();
        m_model->retranslate();
        break;
    default:
        break;
    }
    Page::changeEvent(event);
}

} // namespace flowdeck::views
