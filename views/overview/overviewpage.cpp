// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/overviewpage.h"

#include "common/format.h"
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
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

// The 8 px grid.
constexpr int unit = 8;
constexpr int emptyStateWidth = 70 * unit;

QFont scaledFont(const QFont &base, qreal factor, QFont::Weight weight)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setWeight(weight);
    return font;
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setFont(scaledFont(parent->font(), 1.1, QFont::DemiBold));
    return label;
}

// Secondary text in the palette's placeholder colour, so that it follows light and dark themes.
QLabel *quietLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    return label;
}

} // namespace

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

    m_stack = new QStackedWidget(content);
    m_blankView = new QWidget(m_stack);
    m_loadingView = new QWidget(m_stack);
    auto *loadingLayout = new QVBoxLayout(m_loadingView);
    loadingLayout->setContentsMargins(0, 0, 0, 0);
    m_loadingText = quietLabel(m_loadingView);
    loadingLayout->addWidget(m_loadingText);
    loadingLayout->addStretch();
    m_summaryView = createSummaryView();
    m_emptyView = createEmptyState();
    m_errorView = createErrorView();
    for (QWidget *view : {m_blankView, m_loadingView, m_summaryView, m_emptyView, m_errorView})
        m_stack->addWidget(view);
    layout->addWidget(m_stack);
    layout->addStretch();
    scroll->setWidget(content);

    retranslate();
    setState(State::Blank);
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
    // Flat: no frame, no raised header. Cell text starts 8 px in, like the header's: the style adds its own text
    // margin inside the item's padding. Column titles are quieter than the values under them.
    const int textMargin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    const QString quiet = palette().color(QPalette::PlaceholderText).name();
    table->setStyleSheet(
        u"QTableView { border: none; }"
        "QTableView::item { padding-left: %1px; padding-right: %1px; border: none; }"
        "QHeaderView { border: none; background: palette(base); }"
        "QHeaderView::section { background: palette(base); color: %4; border: none;"
        "  border-bottom: 1px solid palette(mid); padding: %2px %3px; }"_s.arg(std::max(0, unit - textMargin))
            .arg(unit / 2)
            .arg(unit)
            .arg(quiet));
}

QWidget *OverviewPage::createEmptyState()
{
    auto *view = new QWidget(m_stack);
    view->setObjectName(u"emptyState"_s);
    // A centred column of fixed width: word-wrapped text only gets its full height without alignment flags.
    auto *column = new QWidget(view);
    column->setFixedWidth(emptyStateWidth);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2 * unit);
    m_emptyTitle = sectionTitle(column);
    m_emptyTitle->setFont(scaledFont(font(), 1.3, QFont::DemiBold));
    m_emptyTitle->setAlignment(Qt::AlignHCenter);
    m_emptyText = new QLabel(column);
    m_emptyText->setObjectName(u"emptyText"_s);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignHCenter);
    m_openDemoButton = new QPushButton(column);
    m_openDemoButton->setObjectName(u"openDemoButton"_s);
    connect(m_openDemoButton, &QPushButton::clicked, this, &OverviewPage::openDemoRequested);
    auto *button = new QHBoxLayout;
    button->addStretch();
    button->addWidget(m_openDemoButton);
    button->addStretch();
    layout->addWidget(m_emptyTitle);
    layout->addWidget(m_emptyText);
    layout->addSpacing(unit);
    layout->addLayout(button);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column);
    row->addStretch();
    auto *outer = new QVBoxLayout(view);
    outer->setContentsMargins(0, 4 * unit, 0, 0);
    outer->addLayout(row);
    outer->addStretch();
    return view;
}

QWidget *OverviewPage::createErrorView()
{
    auto *view = new QWidget(m_stack);
    view->setObjectName(u"errorView"_s);
    auto *row = new QHBoxLayout;
    row->setSpacing(unit);
    m_errorIcon = new QLabel(view);
    m_errorText = new QLabel(view);
    m_errorText->setObjectName(u"errorText"_s);
    m_errorText->setTextFormat(Qt::PlainText);
    m_errorText->setWordWrap(true);
    m_errorText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorText->setMaximumWidth(emptyStateWidth);
    row->addWidget(m_errorIcon, 0, Qt::AlignTop);
    row->addWidget(m_errorText, 1);
    row->addStretch();
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addStretch();
    return view;
}

void OverviewPage::retranslate()
{
    m_loadingText->setText(tr("Reading the workspace…"));
    m_matrixTitle->setText(tr("What runs where"));
    m_matrixCaption->setText(tr("The version of each service in each environment: its last successful deployment "
                                "there. Environments in promotion order."));
    m_matrixEmpty->setText(tr("No services or environments are defined in this workspace."));
    m_recordsTitle->setText(tr("What the workspace holds"));
    m_latestTitle->setText(tr("Latest deployments"));
    m_latestEmpty->setText(tr("No deployments recorded."));
    m_emptyTitle->setText(tr("No delivery history yet"));
    m_openDemoButton->setText(tr("Open demo workspace"));
    m_openDemoButton->setToolTip(tr("Open a sample workspace with a year of a retail company's delivery history"));
    m_matrixView->setAccessibleName(tr("Versions by service and environment"));
    m_recordsView->setAccessibleName(tr("Records in the workspace"));
    m_latestView->setAccessibleName(tr("Latest deployments"));
    if (m_state == State::Summary || m_state == State::Empty)
        showSummary(m_summary);
    else if (m_state == State::Failed)
        showError(m_error);
}

void OverviewPage::setWorkspace(std::shared_ptr<const store::Workspace> workspace)
{
    const quint64 generation = ++m_generation;
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
        setState(State::Blank);
        finishLoading();
        return;
    }
    m_title->setText(m_workspace->displayName());
    m_title->setToolTip(m_workspace->path());
    setState(State::Loading);

    // Qt 6.4 requires the context of a continuation to outlive the task (it asserts otherwise), and a page can be
    // closed while its workspace loads: the continuation's context is a receiver of its own, deleted once it ran.
    auto *receiver = new QObject;
    QPointer<OverviewPage> page(this);
    std::shared_ptr<const store::Workspace> target = m_workspace;
    QtConcurrent::run([target] {
        // connection() opens this worker thread's own connection: a connection belongs to the thread that made it.
        return loadWorkspaceSummary(target->connection(), latestDeploymentCount);
    }).then(receiver, [receiver, page, generation](const Result<WorkspaceSummary> &summary) {
        receiver->deleteLater();
        // A result for a closed page, or for a workspace the page no longer shows, is dropped.
        if (!page || generation != page->m_generation)
            return;
        if (summary)
            page->showSummary(*summary);
        else
            page->showError(summary.errorMessage());
        page->finishLoading();
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

void OverviewPage::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::Blank:
        m_stack->setCurrentWidget(m_blankView);
        break;
    case State::Loading:
        m_stack->setCurrentWidget(m_loadingView);
        break;
    case State::Summary:
        m_stack->setCurrentWidget(m_summaryView);
        break;
    case State::Empty:
        m_stack->setCurrentWidget(m_emptyView);
        break;
    case State::Failed:
        m_stack->setCurrentWidget(m_errorView);
        break;
    }
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
        m_emptyText->setText(text);
        m_matrixModel->clear();
        m_recordsModel->clear();
        m_latestModel->clear();
        setState(State::Empty);
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
    setState(State::Summary);
}

void OverviewPage::showError(const QString &message)
{
    m_error = message;
    const QString name = m_workspace ? m_workspace->displayName() : QString();
    m_errorText->setText(tr("The overview of %1 could not be read.").arg(name) + u"\n\n"_s + message + u"\n\n"_s +
                         tr("Check that the file still exists and can be read, then open it again."));
    const int side = QFontMetrics(font()).height();
    m_errorIcon->setPixmap(StatusStyle::of(QString::fromLatin1(Status::Failed))
                               .icon(palette())
                               .pixmap(QSize(side, side), devicePixelRatio()));
    setState(State::Failed);
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
        if (m_state == State::Failed)
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
