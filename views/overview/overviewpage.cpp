// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/overviewpage.h"

#include "common/background.h"
#include "common/flattable.h"
#include "common/format.h"
#include "common/pagestack.h"
#include "common/pagestyle.h"
#include "common/statusstyle.h"
#include "overview/environmentmatrixmodel.h"
#include "overview/latestdeploymentsmodel.h"
#include "overview/recordspanmodel.h"
#include "overview/twolinedelegate.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

using pagestyle::quietLabel;
using pagestyle::scaledFont;
using pagestyle::sectionTitle;
using pagestyle::unit;

OverviewPage::OverviewPage(QWidget *parent)
    : Page(parent)
    , m_matrixModel(new EnvironmentMatrixModel(this))
    , m_recordsModel(new RecordSpanModel(this))
    , m_latestModel(new LatestDeploymentsModel(this))
{
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    content->setObjectName(u"overviewContent"_s);
    // The page reads as one sheet: tables sit on the same base colour as the text around them.
    content->setBackgroundRole(QPalette::Base);
    content->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(3 * unit, 2 * unit, 3 * unit, 2 * unit);
    layout->setSpacing(unit / 2);

    m_title = new QLabel(content);
    m_title->setObjectName(u"workspaceTitle"_s);
    m_title->setFont(scaledFont(font(), 1.6, QFont::DemiBold));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = quietLabel(content);
    m_subtitle->setObjectName(u"workspaceFacts"_s);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(2 * unit);

    m_stack = new PageStack(content);
    m_stack->setContentView(createSummaryView());
    QPushButton *openDemo = m_stack->emptyStateButton();
    openDemo->setObjectName(u"openDemoButton"_s);
    connect(openDemo, &QPushButton::clicked, this, &OverviewPage::openDemoRequested);
    layout->addWidget(m_stack);
    layout->addStretch();
    scroll->setWidget(content);

    retranslate();
}

OverviewPage::~OverviewPage() = default;

QWidget *OverviewPage::createSummaryView()
{
    auto *view = new QWidget(m_stack);
    view->setObjectName(u"summaryView"_s);
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3 * unit);

    // Left: what runs where and what happened lately; right: what the workspace holds.
    m_columns = new QHBoxLayout;
    m_columns->setSpacing(4 * unit);
    auto *left = new QVBoxLayout;
    left->setSpacing(unit);
    auto *right = new QVBoxLayout;
    right->setSpacing(unit);

    m_matrixTitle = sectionTitle(view);
    m_matrixCaption = quietLabel(view);
    m_matrixView = createTable(m_matrixModel, u"environmentMatrix"_s, tr("Versions by service and environment"));
    auto *delegate =
        new TwoLineDelegate(EnvironmentMatrixModel::DetailRole, EnvironmentMatrixModel::MissingRole, m_matrixView);
    m_matrixView->setItemDelegate(delegate);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixEmpty = quietLabel(view);
    m_matrixEmpty->setObjectName(u"matrixEmpty"_s);
    left->addWidget(m_matrixTitle);
    left->addWidget(m_matrixCaption);
    left->addWidget(m_matrixView);
    left->addWidget(m_matrixEmpty);
    left->addSpacing(2 * unit);

    m_latestTitle = sectionTitle(view);
    m_latestView = createTable(m_latestModel, u"latestDeployments"_s, tr("Latest deployments"));
    QHeaderView *latestHeader = m_latestView->horizontalHeader();
    latestHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    latestHeader->setSectionResizeMode(LatestDeploymentsModel::ServiceColumn, QHeaderView::Stretch);
    latestHeader->setSectionResizeMode(LatestDeploymentsModel::EnvironmentColumn, QHeaderView::Stretch);
    latestHeader->setSectionResizeMode(LatestDeploymentsModel::VersionColumn, QHeaderView::Stretch);
    m_latestEmpty = quietLabel(view);
    m_latestEmpty->setObjectName(u"latestEmpty"_s);
    left->addWidget(m_latestTitle);
    left->addWidget(m_latestView);
    left->addWidget(m_latestEmpty);
    left->addStretch();

    m_recordsTitle = sectionTitle(view);
    m_recordsView = createTable(m_recordsModel, u"recordSpans"_s, tr("Records in the workspace"));
    QHeaderView *recordsHeader = m_recordsView->horizontalHeader();
    recordsHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    recordsHeader->setSectionResizeMode(RecordSpanModel::KindColumn, QHeaderView::Stretch);
    right->addWidget(m_recordsTitle);
    right->addWidget(m_recordsView);
    right->addStretch();

    m_columns->addLayout(left, 3);
    m_columns->addLayout(right, 2);
    layout->addLayout(m_columns);
    return view;
}

QTableView *OverviewPage::createTable(QAbstractItemModel *model, const QString &objectName,
                                      const QString &accessibleName)
{
    auto *table = new QTableView(m_stack);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    table->setFrameShape(QFrame::NoFrame);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsClickable(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(8 * unit);
    styleTable(table);
    return table;
}

void OverviewPage::styleTable(QTableView *table)
{
    // The palette of the page: during a palette change the tables still have the old one.
    flattable::styleSheet(table, palette());
}

void OverviewPage::retranslate()
{
    m_stack->setLoadingText(tr("Reading the workspace…"));
    m_matrixTitle->setText(tr("What runs where"));
    m_matrixCaption->setText(tr("The version of each service in each environment: its last successful deployment "
                                "there. Environments in promotion order."));
    m_matrixEmpty->setText(tr("No services or environments are defined in this workspace."));
    m_recordsTitle->setText(tr("What the workspace holds"));
    m_latestTitle->setText(tr("Latest deployments"));
    m_latestEmpty->setText(tr("No deployments recorded."));
    m_stack->setEmptyTitle(tr("No delivery history yet"));
    QPushButton *openDemo = m_stack->emptyStateButton();
    openDemo->setText(tr("Open demo workspace"));
    openDemo->setToolTip(tr("Open a sample workspace with a year of a retail company's delivery history"));
    m_matrixView->setAccessibleName(tr("Versions by service and environment"));
    m_recordsView->setAccessibleName(tr("Records in the workspace"));
    m_latestView->setAccessibleName(tr("Latest deployments"));
    const PageStack::State state = m_stack->state();
    if (state == PageStack::State::Content || state == PageStack::State::Empty)
        showSummary(m_summary);
    else if (state == PageStack::State::Failed)
        showError(m_error);
}

void OverviewPage::setWorkspace(std::shared_ptr<const store::Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_ready = false;
    m_summary = {};
    m_error.clear();
    m_matrixModel->clear();
    m_recordsModel->clear();
    m_latestModel->clear();
    m_subtitle->clear();
    if (!m_workspace) {
        m_title->clear();
        m_title->setToolTip({});
        m_loads.invalidate();
        m_stack->setState(PageStack::State::Blank);
        finishLoading();
        return;
    }
    m_title->setText(m_workspace->displayName());
    m_title->setToolTip(m_workspace->path());
    m_stack->setState(PageStack::State::Loading);

    std::shared_ptr<const store::Workspace> target = m_workspace;
    runLatest(
        this, m_loads,
        [target] {
            // connection() opens this worker thread's own connection: a connection belongs to the thread that made
            // it.
            return loadWorkspaceSummary(target->connection(), latestDeploymentCount);
        },
        [this](const Result<WorkspaceSummary> &summary) {
            if (summary)
                showSummary(*summary);
            else
                showError(summary.errorMessage());
            finishLoading();
        });
}

bool OverviewPage::isReady() const
{
    return m_ready;
}

void OverviewPage::finishLoading()
{
    m_ready = true;
    Q_EMIT ready();
}

void OverviewPage::showSummary(const WorkspaceSummary &summary)
{
    m_summary = summary;
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();

    const int services = int(summary.services.size());
    const int environments = int(summary.environments.size());
    QStringList facts = {services == 1 ? tr("1 service") : tr("%n services", nullptr, services),
                         environments == 1 ? tr("1 environment") : tr("%n environments", nullptr, environments)};
    OptionalTime first;
    OptionalTime last;
    for (const RecordSpan *span :
         {&summary.commits, &summary.pipelineRuns, &summary.jobs, &summary.deployments, &summary.incidents}) {
        if (span->first)
            first = first ? std::min(*first, *span->first) : *span->first;
        if (span->last)
            last = last ? std::max(*last, *span->last) : *span->last;
    }
    if (first || last)
        facts.append(tr("history %1").arg(format::dateRange(first, last)));
    if (services == 0 && environments == 0 && !first && !last)
        facts.clear();
    //: Separates the facts under the workspace name: "6 services · 4 environments · history …".
    m_subtitle->setText(facts.join(tr(" · ")));

    if (!summary.hasHistory()) {
        QString text = tr("This page shows which version of each service runs in each environment, and the "
                          "commits, pipeline runs, jobs, deployments and incidents behind them. Import a git "
                          "repository or your CI history to fill it, or open the demo workspace to explore a "
                          "year of a retail company's deliveries.");
        m_stack->setEmptyText(text);
        m_matrixModel->clear();
        m_recordsModel->clear();
        m_latestModel->clear();
        m_stack->setState(PageStack::State::Empty);
        return;
    }

    m_matrixModel->setSummary(summary, now);
    m_recordsModel->setSummary(summary);
    m_latestModel->setPalette(palette());
    m_latestModel->setDeployments(summary.latestDeployments, now);
    const bool hasMatrix = !summary.services.isEmpty() && !summary.environments.isEmpty();
    m_matrixView->setVisible(hasMatrix);
    m_matrixCaption->setVisible(hasMatrix);
    m_matrixEmpty->setVisible(!hasMatrix);
    m_latestView->setVisible(!summary.latestDeployments.isEmpty());
    m_latestEmpty->setVisible(summary.latestDeployments.isEmpty());
    fitTables();
    m_stack->setState(PageStack::State::Content);
}

void OverviewPage::showError(const QString &message)
{
    m_error = message;
    const QString name = m_workspace ? m_workspace->displayName() : QString();
    m_stack->setErrorText(tr("The overview of %1 could not be read.").arg(name) + u"\n\n"_s + message + u"\n\n"_s +
                          tr("Check that the file still exists and can be read, then open it again."));
    m_stack->setErrorIcon(StatusStyle::of(QString::fromLatin1(Status::Failed)).icon(palette()));
    m_stack->setState(PageStack::State::Failed);
}

void OverviewPage::fitTables()
{
    // The tables show every row at full height; the page scrolls instead of the tables.
    const int plainRow = std::max(3 * unit + unit / 2, QFontMetrics(font()).height() + 10);
    m_matrixView->verticalHeader()->setDefaultSectionSize(TwoLineDelegate::rowHeight(font()));
    m_recordsView->verticalHeader()->setDefaultSectionSize(plainRow);
    m_latestView->verticalHeader()->setDefaultSectionSize(plainRow);
    for (QTableView *table : {m_matrixView, m_recordsView, m_latestView}) {
        const int rows = table->model()->rowCount();
        const int height = table->horizontalHeader()->sizeHint().height() +
                           rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth();
        table->setFixedHeight(height);
    }

    // No table gets narrower than its text; the matrix elides service descriptions rather than widen for them.
    m_matrixView->setMinimumWidth(m_matrixModel->columnCount() * 15 * unit);
    m_latestView->setMinimumWidth(contentWidth(m_latestView));
    m_recordsView->setMinimumWidth(contentWidth(m_recordsView));
    // Side by side where both columns fit, one above the other where they do not.
    const QMargins margins = m_columns->parentWidget()->contentsMargins();
    m_sideBySideWidth = std::max(m_matrixView->minimumWidth(), m_latestView->minimumWidth()) +
                        m_recordsView->minimumWidth() + m_columns->spacing() + margins.left() + margins.right() +
                        6 * unit + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    arrangeColumns();
}

int OverviewPage::contentWidth(const QTableView *table) const
{
    const QAbstractItemModel *model = table->model();
    const QFontMetrics metrics(table->font());
    const QFontMetrics headerMetrics(table->horizontalHeader()->font());
    const int icon = table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, table) + unit;
    int width = 0;
    for (int column = 0; column < model->columnCount(); ++column) {
        int widest = headerMetrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            const int decoration = index.data(Qt::DecorationRole).isNull() ? 0 : icon;
            widest = std::max(widest, metrics.horizontalAdvance(index.data().toString()) + decoration);
        }
        width += widest + 3 * unit;
    }
    return width + 2 * table->frameWidth();
}

void OverviewPage::arrangeColumns()
{
    m_columns->setDirection(width() >= m_sideBySideWidth ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void OverviewPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    arrangeColumns();
}

void OverviewPage::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
        m_latestModel->setPalette(palette());
        for (QTableView *table : {m_matrixView, m_recordsView, m_latestView})
            styleTable(table);
        if (m_stack->state() == PageStack::State::Failed)
            showError(m_error);
        break;
    case QEvent::FontChange:
        fitTables();
        break;
    case QEvent::LanguageChange:
        retranslate();
        break;
    default:
        break;
    }
    Page::changeEvent(event);
}

} // namespace flowdeck::views
