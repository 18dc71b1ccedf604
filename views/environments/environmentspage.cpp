// SPDX-License-Identifier: GPL-3.0-or-later
#include "environments/environmentspage.h"

#include "common/background.h"
#include "common/flattable.h"
#include "common/format.h"
#include "common/pagestack.h"
#include "common/pagestyle.h"
#include "common/statusstyle.h"
#include "environments/environmentgraphitems.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using namespace pagestyle;

namespace {

constexpr int periodDays = 90;
/// The short form of a commit id on a card, as git abbreviates it.
constexpr int shortOid = 7;

QString tierLabel(const QString &tier)
{
    if (tier == QLatin1StringView(Tier::Development))
        return EnvironmentsPage::tr("development");
    if (tier == QLatin1StringView(Tier::Testing))
        return EnvironmentsPage::tr("testing");
    if (tier == QLatin1StringView(Tier::Staging))
        return EnvironmentsPage::tr("staging");
    if (tier == QLatin1StringView(Tier::Production))
        return EnvironmentsPage::tr("production");
    return EnvironmentsPage::tr("other");
}

/// The tiers' colours, from development (sky) to production (green); the tier is always written too.
QColor tierColour(const QString &tier)
{
    if (tier == QLatin1StringView(Tier::Development))
        return okabeIto(OkabeIto::Sky);
    if (tier == QLatin1StringView(Tier::Testing))
        return okabeIto(OkabeIto::Blue);
    if (tier == QLatin1StringView(Tier::Staging))
        return okabeIto(OkabeIto::Orange);
    if (tier == QLatin1StringView(Tier::Production))
        return okabeIto(OkabeIto::Green);
    return okabeIto(OkabeIto::Purple);
}

QString cardId(Id environmentId)
{
    return u"environment-%1"_s.arg(environmentId);
}

struct EdgeText
{
    QStringList label;
    QString toolTip;
};

/// What an edge says: the median wait and its 85th percentile with the number of promotions; the exact
/// values, and what was left out, in its tooltip.
EdgeText edgeText(const PromotionWait &wait, const QString &from, const QString &to)
{
    EdgeText text;
    if (wait.promotions > 0 && wait.medianMs && wait.p85Ms) {
        const QString p85 = format::duration(*wait.p85Ms);
        text.label << EnvironmentsPage::tr("waits %1").arg(format::duration(*wait.medianMs))
                   << (wait.promotions == 1
                           ? EnvironmentsPage::tr("p85 %1 · 1 promotion").arg(p85)
                           : EnvironmentsPage::tr("p85 %1 · %n promotions", nullptr, wait.promotions).arg(p85));
        text.toolTip =
            wait.promotions == 1
                ? EnvironmentsPage::tr("One version waited in %1 for %2 before its deployment to %3 "
                                       "started.")
                      .arg(from, format::exactDuration(*wait.medianMs), to)
                : EnvironmentsPage::tr("Versions waited in %1 a median of %2 (85th percentile %3) before "
                                       "their deployment to %4 started, over %n promotions.",
                                       nullptr, wait.promotions)
                      .arg(from, format::exactDuration(*wait.medianMs), format::exactDuration(*wait.p85Ms), to);
    } else {
        text.label << EnvironmentsPage::tr("no promotions");
        text.toolTip = EnvironmentsPage::tr("No version went from %1 to %2 in the period.").arg(from, to);
    }
    if (wait.unmatched > 0) {
        text.toolTip +=
            u' ' + (wait.unmatched == 1
                        ? EnvironmentsPage::tr("One deployment to %1 brought a version that had not been in %2 "
                                               "before; it is not counted.")
                        : EnvironmentsPage::tr("%n deployments to %1 brought versions that had not been in %2 "
                                               "before; they are not counted.",
                                               nullptr, wait.unmatched))
                       .arg(to, from);
    }
    return text;
}

} // namespace

EnvironmentsPage::EnvironmentsPage(QWidget *parent)
    : Page(parent)
    , m_scene(new QGraphicsScene(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(3 * unit, 2 * unit, 3 * unit, 2 * unit);
    layout->setSpacing(unit / 2);
    m_title = new QLabel(this);
    m_title->setObjectName(u"environmentsTitle"_s);
    m_title->setFont(scaledFont(font(), 1.6, QFont::DemiBold));
    m_subtitle = quietLabel(this);
    m_subtitle->setObjectName(u"environmentsPeriod"_s);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(unit);

    m_stack = new PageStack(this);
    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(unit);
    m_view = new QGraphicsView(m_scene, content);
    m_view->setObjectName(u"promotionGraph"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAlignment(Qt::AlignCenter);
    m_legend = quietLabel(content);
    m_legend->setObjectName(u"environmentsLegend"_s);
    m_waitingTitle = sectionTitle(content);
    m_waitingEmpty = quietLabel(content);
    m_waitingModel = new QStandardItemModel(this);
    m_waitingView = new QTableView(content);
    m_waitingView->setObjectName(u"waitingVersions"_s);
    m_waitingView->setModel(m_waitingModel);
    flattable::style(m_waitingView);
    contentLayout->addWidget(m_view, 1);
    contentLayout->addWidget(m_legend);
    contentLayout->addSpacing(unit);
    contentLayout->addWidget(m_waitingTitle);
    contentLayout->addWidget(m_waitingView);
    contentLayout->addWidget(m_waitingEmpty);
    m_stack->setContentView(content);
    QPushButton *openDemo = m_stack->emptyStateButton();
    openDemo->setObjectName(u"openDemoButton"_s);
    connect(openDemo, &QPushButton::clicked, this, &EnvironmentsPage::openDemoRequested);
    layout->addWidget(m_stack, 1);
    // The page reads as one sheet, the graph on the same base colour as the text around it.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    retranslate();
}

EnvironmentsPage::~EnvironmentsPage() = default;

void EnvironmentsPage::retranslate()
{
    m_title->setText(tr("Environments"));
    m_stack->setLoadingText(tr("Reading the environments…"));
    m_stack->setEmptyTitle(tr("No environments yet"));
    m_stack->setEmptyText(tr("This page shows the path changes take from environment to environment, what each "
                             "service runs in each of them, and how long versions wait before they move on. "
                             "Environments come with imported pipelines and deployments; open the demo workspace "
                             "to see a promotion path with a year of deployments."));
    QPushButton *openDemo = m_stack->emptyStateButton();
    openDemo->setText(tr("Open demo workspace"));
    openDemo->setToolTip(tr("Open a sample workspace with a year of a retail company's delivery history"));
    m_view->setAccessibleName(tr("Promotion graph of the environments"));
    m_legend->setText(tr("Each arrow is a promotion path, labelled with how long versions waited before they were "
                         "promoted along it: the median, and the 85th percentile after it. ◷ marks a version still "
                         "waiting to move on."));
    m_waitingTitle->setText(tr("Waiting for promotion"));
    m_waitingEmpty->setText(tr("No version is waiting: every environment's version has moved on to the next."));
    m_waitingView->setAccessibleName(tr("Versions waiting for promotion"));
    m_waitingModel->setHorizontalHeaderLabels(
        {tr("Service"), tr("Version"), tr("Waiting in"), tr("Next"), tr("Since"), tr("Waiting for")});
    if (m_stack->state() == PageStack::State::Content || m_stack->state() == PageStack::State::Empty)
        showOverview(m_overview);
    else if (m_stack->state() == PageStack::State::Failed)
        showError(m_error);
}

void EnvironmentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
    Page::changeEvent(event);
}

void EnvironmentsPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    fitGraph();
}

void EnvironmentsPage::setWorkspace(std::shared_ptr<const store::Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_ready = false;
    m_overview = {};
    m_error.clear();
    m_scene->clear();
    m_cards.clear();
    m_edges.clear();
    m_subtitle->clear();
    if (!m_workspace) {
        m_loads.invalidate();
        m_stack->setState(PageStack::State::Blank);
        finishLoading();
        return;
    }
    m_stack->setState(PageStack::State::Loading);
    std::shared_ptr<const store::Workspace> target = m_workspace;
    runLatest(
        this, m_loads, [target] { return loadEnvironmentOverview(target->connection(), periodDays); },
        [this](const Result<EnvironmentOverview> &overview) {
            if (!overview) {
                showError(overview.errorMessage());
                finishLoading();
                return;
            }
            showOverview(*overview);
        });
}

bool EnvironmentsPage::isReady() const
{
    return m_ready;
}

void EnvironmentsPage::finishLoading()
{
    m_ready = true;
    Q_EMIT ready();
}

void EnvironmentsPage::showOverview(const EnvironmentOverview &overview)
{
    m_overview = overview;
    m_scene->clear();
    m_cards.clear();
    m_edges.clear();
    if (overview.environments.isEmpty()) {
        m_subtitle->clear();
        m_stack->setState(PageStack::State::Empty);
        finishLoading();
        return;
    }
    m_subtitle->setText(overview.periodEnd > 0 ? tr("Waits over the %1 days up to the latest deployment, %2.")
                                                     .arg(periodDays)
                                                     .arg(format::date(overview.periodEnd - 1))
                                               : tr("No deployments recorded yet."));

    QHash<Id, QString> serviceNames;
    for (const Service &service : overview.services)
        serviceNames.insert(service.id, service.name);
    QHash<std::pair<Id, Id>, Timestamp> waitingSince;
    for (const WaitingVersion &waiting : overview.flow.waiting)
        waitingSince.insert({waiting.environmentId, waiting.serviceId}, waiting.since);
    const Timestamp now = std::max(QDateTime::currentMSecsSinceEpoch(), overview.periodEnd);
    fillWaiting(now);

    layout::LayoutRequest request;
    request.direction = layout::LayoutDirection::LeftToRight;
    request.nodeSpacing = 3 * unit;
    // The gap between ranks holds the edges' labels.
    const QFontMetricsF labelMetrics(scaledFont(font(), 0.9, QFont::Normal));
    qreal widestLabel = 0;
    for (const PromotionWait &wait : overview.flow.waits) {
        for (const QString &line : edgeText(wait, QString(), QString()).label)
            widestLabel = std::max(widestLabel, labelMetrics.horizontalAdvance(line));
    }
    request.rankSpacing = std::max(12.0 * unit, widestLabel + 6 * unit);
    for (const Environment &environment : overview.environments) {
        QList<CardRow> rows;
        for (const RunningVersion &running : overview.running) {
            if (running.environmentId != environment.id)
                continue;
            CardRow row;
            row.service = serviceNames.value(running.serviceId);
            row.version = running.version.isEmpty() ? format::missing() : running.version;
            const QString commit = running.commitOid ? running.commitOid->left(shortOid) : QString();
            const QString age = format::age(running.since, now);
            //: On an environment card, under the service: "3f2a1bc · 2 days ago".
            row.detail = commit.isEmpty() ? age : tr("%1 · %2").arg(commit, age);
            row.toolTip = tr("%1 %2 runs in %3 since %4.")
                              .arg(row.service, row.version, environment.name, format::exactDateTime(running.since));
            if (const auto waiting = waitingSince.constFind({environment.id, running.serviceId});
                waiting != waitingSince.constEnd()) {
                row.waiting = tr("◷ waiting %1").arg(format::duration(now - *waiting));
                row.toolTip +=
                    u' ' +
                    tr("It has not been promoted since it arrived, %1 ago.").arg(format::duration(now - *waiting));
            }
            rows.append(row);
        }
        std::sort(rows.begin(), rows.end(),
                  [](const CardRow &a, const CardRow &b) { return a.service.localeAwareCompare(b.service) < 0; });
        auto *card =
            new EnvironmentCardItem(environment.name, tierLabel(environment.tier), tierColour(environment.tier), rows,
                                    tr("Nothing deployed yet"), font(), palette());
        card->setObjectName(cardId(environment.id));
        m_cards.append(card);
        request.nodes.append({cardId(environment.id), card->preferredSize()});
    }
    for (const EnvironmentEdge &edge : overview.edges)
        request.edges.append({cardId(edge.fromEnvironmentId), cardId(edge.toEnvironmentId)});

    // The cards are measured here, on the GUI thread; Graphviz places them on a worker.
    runLatest(
        this, m_loads, [request] { return layout::layoutGraph(request); },
        [this](const Result<layout::GraphLayout> &placed) {
            if (!placed) {
                qDeleteAll(m_cards);
                m_cards.clear();
                showError(placed.errorMessage());
            } else {
                drawGraph(*placed);
                m_stack->setState(PageStack::State::Content);
                fitGraph();
            }
            finishLoading();
        });
}

void EnvironmentsPage::drawGraph(const layout::GraphLayout &placed)
{
    for (qsizetype i = 0; i < m_cards.size() && i < placed.nodes.size(); ++i) {
        m_cards[i]->setPos(placed.nodes[i].rect.topLeft());
        m_cards[i]->setSize(placed.nodes[i].rect.size());
        m_scene->addItem(m_cards[i]);
    }
    QHash<QString, QString> names;
    for (const Environment &environment : std::as_const(m_overview.environments))
        names.insert(cardId(environment.id), environment.name);
    for (qsizetype i = 0; i < placed.edges.size() && i < m_overview.flow.waits.size(); ++i) {
        const QString from = names.value(placed.edges[i].from);
        const QString to = names.value(placed.edges[i].to);
        const EdgeText text = edgeText(m_overview.flow.waits[i], from, to);
        auto *edge = new PromotionEdgeItem(placed.edges[i].path, placed.edges[i].arrowTip, text.label, text.toolTip,
                                           font(), palette());
        m_edges.append(edge);
        m_scene->addItem(edge);
    }
    m_scene->setSceneRect(QRectF(QPointF(0, 0), placed.size).adjusted(-2 * unit, -2 * unit, 2 * unit, 2 * unit));
}

void EnvironmentsPage::fillWaiting(Timestamp now)
{
    m_waitingModel->removeRows(0, m_waitingModel->rowCount());
    QHash<Id, QString> services;
    for (const Service &service : std::as_const(m_overview.services))
        services.insert(service.id, service.name);
    QHash<Id, QString> environments;
    for (const Environment &environment : std::as_const(m_overview.environments))
        environments.insert(environment.id, environment.name);
    QHash<Id, QStringList> next;
    for (const EnvironmentEdge &edge : std::as_const(m_overview.edges))
        next[edge.fromEnvironmentId].append(environments.value(edge.toEnvironmentId));

    QList<WaitingVersion> waiting = m_overview.flow.waiting;
    std::sort(waiting.begin(), waiting.end(), [&](const WaitingVersion &a, const WaitingVersion &b) {
        return std::tie(a.since, services[a.serviceId]) < std::tie(b.since, services[b.serviceId]);
    });
    for (const WaitingVersion &version : std::as_const(waiting)) {
        auto cell = [](const QString &text, const QString &toolTip = {}) {
            auto *item = new QStandardItem(text);
            item->setEditable(false);
            item->setToolTip(toolTip.isEmpty() ? text : toolTip);
            return item;
        };
        QStandardItem *waitedFor =
            cell(format::duration(now - version.since), format::exactDuration(now - version.since));
        waitedFor->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_waitingModel->appendRow(
            {cell(services.value(version.serviceId)),
             cell(version.version.isEmpty() ? format::missing() : version.version),
             cell(environments.value(version.environmentId)), cell(next.value(version.environmentId).join(u", "_s)),
             cell(format::dateTime(version.since), format::exactDateTime(version.since)), waitedFor});
    }
    m_waitingView->setVisible(!waiting.isEmpty());
    m_waitingEmpty->setVisible(waiting.isEmpty());
    m_waitingView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    flattable::fitRows(m_waitingView, 8);
}

void EnvironmentsPage::fitGraph()
{
    if (m_cards.isEmpty())
        return;
    // Whole graph in view, never larger than its natural size: text stays at the size of the rest of the page.
    m_view->resetTransform();
    const QRectF scene = m_scene->sceneRect();
    const QSizeF viewport = m_view->viewport()->size();
    const qreal scale = std::min({1.0, viewport.width() / scene.width(), viewport.height() / scene.height()});
    if (scale < 1.0)
        m_view->scale(scale, scale);
}

void EnvironmentsPage::showError(const QString &message)
{
    m_error = message;
    const QString name = m_workspace ? m_workspace->displayName() : QString();
    m_stack->setErrorText(tr("The environments of %1 could not be read.").arg(name) + u"\n\n"_s + message);
    m_stack->setErrorIcon(StatusStyle::of(QString::fromLatin1(Status::Failed)).icon(palette()));
    m_stack->setState(PageStack::State::Failed);
}

} // namespace flowdeck::views
