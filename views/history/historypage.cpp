// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historypage.h"

#include "common/flattable.h"
#include "common/format.h"
#include "common/pagestack.h"
#include "common/pagestyle.h"
#include "history/commitdetailsview.h"
#include "history/commitfilterbar.h"
#include "history/commitmarks.h"
#include "history/committablemodel.h"
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

qsizetype rowOf(const CommitLogLoader::Rows &rows, Id commitId)
{
    if (!rows)
        return -1;
    const auto found = std::find_if(rows->cbegin(), rows->cend(),
                                    [commitId](const history::CommitRow &row) { return row.id == commitId; });
    return found == rows->cend() ? -1 : found - rows->cbegin();
}

} // namespace

HistoryPage::HistoryPage(QWidget *parent)
    : Page(parent)
    , m_loader(new CommitLogLoader(this))
    , m_model(new CommitTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(3 * unit, 2 * unit, 3 * unit, unit);
    layout->setSpacing(unit / 2);

    m_title = new QLabel(this);
    m_title->setObjectName(u"historyTitle"_s);
    m_title->setFont(pagestyle::scaledFont(font(), 1.6, QFont::DemiBold));
    m_subtitle = quietLabel(this);
    m_subtitle->setObjectName(u"historyFacts"_s);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(unit);

    m_stack = new PageStack(this);
    m_stack->setContentView(createCommitsView());
    m_addRepositoryButton = m_stack->emptyStateButton();
    m_addRepositoryButton->setObjectName(u"addRepositoryButton"_s);
    m_addRepositoryButton->setDefault(true);
    connect(m_addRepositoryButton, &QPushButton::clicked, this, &HistoryPage::addRepositoryRequested);
    layout->addWidget(m_stack, 1);

    connect(m_loader, &CommitLogLoader::factsLoaded, this, &HistoryPage::showFacts);
    connect(m_loader, &CommitLogLoader::rowsLoaded, this, &HistoryPage::showRows);
    connect(m_loader, &CommitLogLoader::rowsFailed, this, &HistoryPage::showRowsError);
    connect(m_loader, &CommitLogLoader::detailsLoaded, this, &HistoryPage::showDetails);
    connect(m_loader, &CommitLogLoader::detailsFailed, this, &HistoryPage::showDetailsError);
    connect(m_filterBar, &CommitFilterBar::filterChanged, this, [this] { load(false); });
    connect(m_details, &CommitDetailsView::commitActivated, this, [this](Id commitId) {
        if (!selectCommit(commitId)) {
            // Not listed under the current filter: its details still show.
            m_table->selectionModel()->clearSelection();
            m_selected = commitId;
            m_loader->loadDetails(commitId);
        }
    });

    retranslate();
    restyle();
}

HistoryPage::~HistoryPage() = default;

QWidget *HistoryPage::createCommitsView()
{
    auto *view = new QWidget(m_stack);
    view->setObjectName(u"commitsView"_s);
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);

    m_filterBar = new CommitFilterBar(view);
    m_filterBar->setObjectName(u"filterBar"_s);
    layout->addWidget(m_filterBar);

    auto *status = new QHBoxLayout;
    status->setSpacing(unit);
    m_count = quietLabel(view);
    m_count->setObjectName(u"commitCount"_s);
    m_count->setWordWrap(false);
    m_busy = quietLabel(view);
    m_busy->setObjectName(u"busyText"_s);
    m_busy->setWordWrap(false);
    m_busy->hide();
    m_mergeLegendIcon = new QLabel(view);
    m_mergeLegend = quietLabel(view);
    m_mergeLegend->setWordWrap(false);
    m_unreachableLegendIcon = new QLabel(view);
    m_unreachableLegend = quietLabel(view);
    m_unreachableLegend->setWordWrap(false);
    status->addWidget(m_count);
    status->addWidget(m_busy);
    status->addStretch();
    status->addWidget(m_mergeLegendIcon);
    status->addWidget(m_mergeLegend);
    status->addSpacing(unit);
    status->addWidget(m_unreachableLegendIcon);
    status->addWidget(m_unreachableLegend);
    layout->addLayout(status);

    m_splitter = new QSplitter(Qt::Vertical, view);
    m_splitter->setObjectName(u"historySplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_tableStack = new QStackedWidget(m_splitter);

    m_table = new QTableView(m_tableStack);
    m_table->setObjectName(u"commitTable"_s);
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setMinimumHeight(12 * unit);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(CommitTableModel::DateColumn, Qt::DescendingOrder);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CommitTableModel::SummaryColumn, QHeaderView::Stretch);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &HistoryPage::sortRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    m_tableStack->addWidget(m_table);

    m_noMatchView = new QWidget(m_tableStack);
    m_noMatchView->setObjectName(u"noMatchView"_s);
    auto *noMatch = new QVBoxLayout(m_noMatchView);
    noMatch->setContentsMargins(2 * unit, 3 * unit, 2 * unit, 2 * unit);
    noMatch->setSpacing(2 * unit);
    m_noMatchText = quietLabel(m_noMatchView);
    m_noMatchText->setAlignment(Qt::AlignHCenter);
    m_clearFiltersButton = new QPushButton(m_noMatchView);
    m_clearFiltersButton->setObjectName(u"clearFiltersButton"_s);
    connect(m_clearFiltersButton, &QPushButton::clicked, m_filterBar, &CommitFilterBar::clear);
    noMatch->addWidget(m_noMatchText);
    noMatch->addWidget(m_clearFiltersButton, 0, Qt::AlignHCenter);
    noMatch->addStretch();
    m_tableStack->addWidget(m_noMatchView);

    m_details = new CommitDetailsView(m_splitter);
    m_details->setObjectName(u"commitDetails"_s);
    m_details->setMinimumHeight(12 * unit);
    m_splitter->addWidget(m_tableStack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    return view;
}

void HistoryPage::setWorkspace(std::shared_ptr<const store::Workspace> workspace)
{
    const bool reload = workspace && workspace == m_workspace && m_stack->state() != PageStack::State::Blank;
    m_ready = false;
    if (!reload) {
        m_workspace = std::move(workspace);
        m_loader->setWorkspace(m_workspace);
        m_rowsShown = false;
        m_selected = 0;
        m_facts = {};
        m_error.clear();
        m_model->clear();
        {
            const QSignalBlocker blocker(m_filterBar);
            m_filterBar->clear();
        }
        {
            const QSignalBlocker blocker(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(CommitTableModel::DateColumn, Qt::DescendingOrder);
        }
        m_details->showPlaceholder(tr("Select a commit to see its message, its files and the deployments that "
                                      "shipped it."));
        m_subtitle->clear();
    }
    if (!m_workspace) {
        m_stack->setState(PageStack::State::Blank);
        finishLoading();
        return;
    }
    if (!reload)
        m_stack->setState(PageStack::State::Loading);
    load(true);
}

bool HistoryPage::isReady() const
{
    return m_ready;
}

void HistoryPage::finishLoading()
{
    if (m_ready)
        return;
    m_ready = true;
    Q_EMIT ready();
}

void HistoryPage::load(bool withFacts)
{
    if (!m_workspace)
        return;
    const QHeaderView *header = m_table->horizontalHeader();
    m_loader->load(m_filterBar->filter(), CommitTableModel::orderOf(header->sortIndicatorSection()),
                   header->sortIndicatorOrder(), withFacts);
    m_busy->setVisible(m_rowsShown);
}

void HistoryPage::sortRequested(int column, Qt::SortOrder order)
{
    if (!m_workspace)
        return;
    m_loader->sort(CommitTableModel::orderOf(column), order);
    m_busy->setVisible(m_rowsShown);
}

void HistoryPage::showFacts(const history::CommitLogFacts &facts)
{
    m_facts = facts;
    m_filterBar->setRepositories(facts.repositories);
    m_filterBar->setAuthors(facts.authors);
    m_model->setRepositories(facts.repositories);
    updateColumns();
    if (facts.commits == 0 && facts.repositories.isEmpty()) {
        m_subtitle->clear();
        return;
    }
    const QString commits = facts.commits == 1 ? tr("1 commit") : tr("%1 commits").arg(format::count(facts.commits));
    const int repositories = int(facts.repositories.size());
    const QString in = repositories == 1 ? tr("in 1 repository") : tr("in %n repositories", nullptr, repositories);
    //: The facts under the page title: "5,213 commits in 6 repositories".
    m_subtitle->setText(tr("%1 %2").arg(commits, in));
}

void HistoryPage::showRows(const CommitLogLoader::Rows &rows)
{
    m_busy->hide();
    if (m_facts.commits == 0) {
        m_model->clear();
        m_stack->setState(PageStack::State::Empty);
        finishLoading();
        return;
    }
    const qsizetype keep = m_selected ? rowOf(rows, m_selected) : -1;
    {
        // The reset clears the selection; the commit the user chose is selected again below.
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->setRows(rows, now(), keep);
    }
    m_rowsShown = true;
    m_stack->setState(PageStack::State::Content);
    m_tableStack->setCurrentWidget(m_model->totalRows() > 0 ? static_cast<QWidget *>(m_table) : m_noMatchView);
    updateCounts();

    if (keep >= 0) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectRow(int(keep));
        m_table->scrollTo(m_model->index(int(keep), 0));
        if (m_details->commitId() == m_selected)
            finishLoading();
        else
            m_loader->loadDetails(m_selected);
        return;
    }
    if (m_model->rowCount() > 0) {
        // The newest commit is selected when none was, or when the chosen one is filtered out: the details pane
        // always belongs to a commit the table lists.
        m_table->selectRow(0);
        return;
    }
    m_selected = 0;
    m_details->showPlaceholder(tr("No commit is selected."));
    finishLoading();
}

void HistoryPage::showRowsError(const QString &message)
{
    m_busy->hide();
    m_error = message;
    if (!m_rowsShown) {
        m_stack->setErrorText(tr("The history could not be read.") + u"\n\n"_s + message);
        m_stack->setState(PageStack::State::Failed);
    } else {
        m_count->setText(tr("The filter could not be applied: %1").arg(message));
    }
    finishLoading();
}

void HistoryPage::currentRowChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const Id commitId = current.data(CommitTableModel::IdRole).toLongLong();
    if (commitId == m_selected && m_details->commitId() == commitId)
        return;
    m_selected = commitId;
    m_loader->loadDetails(commitId);
}

void HistoryPage::showDetails(const history::CommitDetails &details)
{
    if (details.commit.id != m_selected)
        return;
    m_details->showDetails(details, now());
    finishLoading();
}

void HistoryPage::showDetailsError(Id commitId, const QString &message)
{
    if (commitId != m_selected)
        return;
    m_details->showError(message);
    finishLoading();
}

bool HistoryPage::selectCommit(Id commitId)
{
    const qsizetype row = m_model->rowOfCommit(commitId);
    if (row < 0)
        return false;
    m_model->fetchUpTo(row);
    m_table->selectRow(int(row));
    m_table->scrollTo(m_model->index(int(row), 0));
    return true;
}

Id HistoryPage::selectedCommit() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.data(CommitTableModel::IdRole).toLongLong();
}

void HistoryPage::updateCounts()
{
    const qsizetype shown = m_model->totalRows();
    if (m_filterBar->isFiltering())
        m_count->setText(tr("%1 of %2 commits match").arg(format::count(shown), format::count(m_facts.commits)));
    else
        m_count->setText(shown == 1 ? tr("The only commit") : tr("All %1 commits").arg(format::count(shown)));
    m_noMatchText->setText(tr("No commit matches these filters."));
}

void HistoryPage::updateColumns()
{
    m_table->setColumnHidden(CommitTableModel::RepositoryColumn, m_facts.repositories.size() <= 1);
    const QFontMetrics metrics(m_table->font());
    const QFontMetrics oid(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int padding = 3 * unit;
    // Room for the longest repository name, within reason.
    int repository = metrics.horizontalAdvance(tr("Repository"));
    for (const history::RepositoryName &name : std::as_const(m_facts.repositories))
        repository = std::max(repository, metrics.horizontalAdvance(name.name));
    m_table->setColumnWidth(CommitTableModel::RepositoryColumn, std::clamp(repository + padding, 12 * unit, 28 * unit));
    m_table->setColumnWidth(CommitTableModel::AuthorColumn, 20 * unit);
    m_table->setColumnWidth(CommitTableModel::DateColumn,
                            std::max(14 * unit, metrics.horizontalAdvance(tr("11 months ago")) + padding));
    m_table->setColumnWidth(CommitTableModel::CommitColumn,
                            oid.horizontalAdvance(QString(history::shortOidLength, u'0')) + padding);
    m_table->setColumnWidth(CommitTableModel::FilesColumn,
                            std::max(metrics.horizontalAdvance(tr("Files")), metrics.horizontalAdvance(u"0,000"_s)) +
                                padding + unit);
    m_table->setColumnWidth(CommitTableModel::ChangesColumn, metrics.horizontalAdvance(u"+00,000 −00,000"_s) + padding);
}

void HistoryPage::retranslate()
{
    m_title->setText(tr("History"));
    m_stack->setLoadingText(tr("Reading the history…"));
    m_busy->setText(tr("Filtering…"));
    m_mergeLegend->setText(tr("merge"));
    m_unreachableLegend->setText(tr("no longer on any branch or tag"));
    m_stack->setEmptyTitle(tr("No commits yet"));
    m_stack->setEmptyText(tr("This page lists every commit of the workspace's git repositories: who changed what "
                             "and when, the files each commit touched, and which deployments shipped it to which "
                             "environment. Add a git repository, from a folder on this computer or by its clone "
                             "URL, to import its history."));
    m_addRepositoryButton->setText(tr("Add repository…"));
    m_clearFiltersButton->setText(tr("Clear filters"));
    m_table->setAccessibleName(tr("Commits"));
    m_details->setAccessibleName(tr("Commit details"));
    if (m_rowsShown)
        updateCounts();
    if (m_stack->state() == PageStack::State::Failed)
        m_stack->setErrorText(tr("The history could not be read.") + u"\n\n"_s + m_error);
    updateColumns();
}

void HistoryPage::restyle()
{
    flattable::style(m_table);
    m_model->setPalette(palette());
    const int side = QFontMetrics(font()).height();
    m_mergeLegendIcon->setPixmap(commitmarks::mergeIcon(palette()).pixmap(QSize(side, side), devicePixelRatio()));
    m_unreachableLegendIcon->setPixmap(commitmarks::unreachableIcon().pixmap(QSize(side, side), devicePixelRatio()));
}

void HistoryPage::changeEvent(QEvent *event)
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
