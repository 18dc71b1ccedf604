// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/taskgraphview.h"

#include "common/format.h"
#include "common/pagestyle.h"
#include "pipelines/stageedgeitem.h"
#include "release/releaseplan.h"
#include "releases/taskboxitem.h"

#include <QDateTime>
#include <QEvent>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLocale>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

constexpr qreal margin = 16;
/// The space between the forward graph and the rollback tasks' caption, and under the caption.
constexpr qreal sectionGap = 24;
constexpr qreal captionGap = 8;

} // namespace

QString TaskGraphView::rollbackCaption()
{
    //: Caption over the rollback tasks in a release's graph.
    return tr("Rollback: runs only when a task fails and the release rolls back");
}

TaskGraphView::TaskGraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFrameShape(QFrame::NoFrame);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setFocusPolicy(Qt::StrongFocus);
    m_scene->setPalette(palette());
    m_scene->setFont(font());
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const QList<QGraphicsItem *> selected = m_scene->selectedItems();
        Id id = 0;
        for (QGraphicsItem *item : selected) {
            if (item->type() == TaskBoxItem::Type)
                id = static_cast<TaskBoxItem *>(item)->task().id;
        }
        if (id == 0 && !m_boxes.contains(m_selected))
            m_selected = 0;
        if (id == m_selected || id == 0)
            return;
        m_selected = id;
        Q_EMIT taskSelected(id);
    });
}

TaskGraphView::~TaskGraphView()
{
    // The scene outlives the view's members; the items it deletes must not report their selection to them.
    disconnect(m_scene, nullptr, this, nullptr);
}

ReleaseViewRequest::BoxSize TaskGraphView::boxSize() const
{
    return [font = font()](const ReleaseTask &task, const ReleaseView &view) {
        return TaskBoxItem::sizeFor(font, task, subjectOf(task, view));
    };
}

QString TaskGraphView::subjectOf(const ReleaseTask &task, const ReleaseView &view)
{
    namespace kind = release::kind;
    if (task.kind == kind::deploy) {
        const QString service = task.serviceId ? view.services.value(*task.serviceId) : QString();
        const QString environment = task.environmentId ? view.environments.value(*task.environmentId) : QString();
        const QString what = task.version && !task.version->isEmpty() ? service + u' ' + *task.version : service;
        //: What a deploy task deploys where: "storefront 2.4.0 → production".
        return tr("%1 → %2").arg(what, environment);
    }
    auto settings = release::readTaskSettings(task);
    if (task.kind == kind::approval && settings)
        return settings->approvers.join(u", "_s);
    if (task.kind == kind::manual && task.owner)
        return *task.owner;
    if (task.kind == kind::check && settings) {
        QStringList conditions;
        if (settings->conditions.pipelineGreen)
            conditions.append(tr("pipelines green"));
        if (settings->conditions.noOpenIncident)
            conditions.append(tr("no open incident"));
        if (settings->conditions.insideWindow)
            conditions.append(tr("inside a window"));
        return conditions.join(u", "_s);
    }
    if (task.kind == kind::wait && settings) {
        if (settings->waitMinutes)
            return tr("%n min", nullptr, *settings->waitMinutes);
        if (settings->waitUntil)
            return tr("until %1").arg(format::dateTime(*settings->waitUntil));
    }
    return {};
}

void TaskGraphView::showRelease(const ReleaseView &view, Timestamp now)
{
    if (view.forwardLayout || view.structure != m_structure) {
        rebuild(view, now);
        return;
    }
    for (const ReleaseTask &task : view.plan.tasks) {
        if (TaskBoxItem *box = m_boxes.value(task.id))
            box->setTask(task, subjectOf(task, view), now);
    }
}

void TaskGraphView::rebuild(const ReleaseView &view, Timestamp now)
{
    const Id selected = m_selected;
    {
        const QSignalBlocker blocker(m_scene);
        m_scene->clear();
    }
    m_boxes.clear();
    m_order.clear();
    m_rollbackCaption = nullptr;
    m_structure = view.structure;
    if (!view.forwardLayout || !view.rollbackLayout) {
        // No layout for this structure: nothing is drawn rather than boxes in the wrong places.
        m_structure.clear();
        return;
    }

    const auto place = [&](const layout::GraphLayout &layout, QPointF offset) {
        for (const layout::PlacedNode &node : layout.nodes) {
            const ReleaseTask *task = view.plan.task(node.id);
            if (!task)
                continue;
            auto *box = new TaskBoxItem(*task, subjectOf(*task, view), font(), node.rect.size());
            box->setTask(*task, subjectOf(*task, view), now);
            box->setPos(node.rect.topLeft() + offset);
            box->setZValue(1);
            m_scene->addItem(box);
            m_boxes.insert(task->id, box);
        }
        for (const layout::PlacedEdge &edge : layout.edges) {
            QList<QPointF> path;
            for (const QPointF &point : edge.path)
                path.append(point + offset);
            auto *item = new StageEdgeItem(edge.from, edge.to, path, edge.arrowTip + offset, false);
            item->setFlag(QGraphicsItem::ItemIsSelectable, false);
            m_scene->addItem(item);
        }
    };
    place(*view.forwardLayout, QPointF(margin, margin));
    qreal height = margin + view.forwardLayout->size.height();
    qreal width = view.forwardLayout->size.width();
    if (!view.rollbackLayout->nodes.isEmpty()) {
        height += sectionGap;
        m_rollbackCaption = m_scene->addSimpleText(QString());
        m_rollbackCaption->setFont(pagestyle::scaledFont(font(), 1.0, QFont::DemiBold));
        m_rollbackCaption->setBrush(palette().color(QPalette::PlaceholderText));
        m_rollbackCaption->setText(rollbackCaption());
        m_rollbackCaption->setPos(margin, height);
        height += m_rollbackCaption->boundingRect().height() + captionGap;
        place(*view.rollbackLayout, QPointF(margin, height));
        height += view.rollbackLayout->size.height();
        width = std::max(width, view.rollbackLayout->size.width());
        width = std::max(width, m_rollbackCaption->boundingRect().width());
    }
    for (const QString &name : release::topologicalOrder(view.plan)) {
        if (const ReleaseTask *task = view.plan.task(name))
            m_order.append(task->id);
    }
    m_scene->setSceneRect(QRectF(0, 0, width + 2 * margin, height + margin));
    fit();
    if (m_boxes.contains(selected)) {
        const QSignalBlocker blocker(m_scene);
        m_boxes.value(selected)->setSelected(true);
    } else {
        m_selected = 0;
    }
}

void TaskGraphView::clear()
{
    {
        const QSignalBlocker blocker(m_scene);
        m_scene->clear();
    }
    m_boxes.clear();
    m_order.clear();
    m_rollbackCaption = nullptr;
    m_structure.clear();
    m_selected = 0;
    m_scene->setSceneRect(QRectF());
}

void TaskGraphView::selectTask(Id taskId)
{
    TaskBoxItem *box = m_boxes.value(taskId);
    {
        const QSignalBlocker blocker(m_scene);
        m_scene->clearSelection();
        if (box)
            box->setSelected(true);
    }
    m_selected = box ? taskId : 0;
    if (box)
        ensureVisible(box, 16, 16);
}

Id TaskGraphView::selectedTask() const
{
    return m_selected;
}

TaskBoxItem *TaskGraphView::box(Id taskId) const
{
    return m_boxes.value(taskId);
}

QList<TaskBoxItem *> TaskGraphView::boxes() const
{
    return m_boxes.values();
}

void TaskGraphView::fit()
{
    const QRectF scene = m_scene->sceneRect();
    if (scene.isEmpty())
        return;
    // Shrink to show the whole graph, but never below a size whose text can be read; never enlarge.
    // A few pixels spare, so that rounding never brings in a scroll bar.
    const qreal width = std::max(1, viewport()->width() - 4);
    const qreal height = std::max(1, viewport()->height() - 4);
    const qreal scale = std::clamp(std::min(width / scene.width(), height / scene.height()), 0.75, 1.0);
    setTransform(QTransform::fromScale(scale, scale));
}

void TaskGraphView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool forward = key == Qt::Key_Right || key == Qt::Key_Down;
    const bool backward = key == Qt::Key_Left || key == Qt::Key_Up;
    if ((!forward && !backward) || m_order.isEmpty() || event->modifiers() != Qt::NoModifier) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    qsizetype at = m_order.indexOf(m_selected);
    if (at < 0)
        at = forward ? 0 : m_order.size() - 1;
    else
        at = std::clamp<qsizetype>(at + (forward ? 1 : -1), 0, m_order.size() - 1);
    const Id next = m_order.at(at);
    if (next != m_selected) {
        selectTask(next);
        Q_EMIT taskSelected(next);
    }
    event->accept();
}

void TaskGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void TaskGraphView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_scene->setPalette(palette());
        if (m_rollbackCaption)
            m_rollbackCaption->setBrush(palette().color(QPalette::PlaceholderText));
    } else if (event->type() == QEvent::FontChange) {
        m_scene->setFont(font());
    } else if (event->type() == QEvent::LanguageChange && m_rollbackCaption) {
        m_rollbackCaption->setText(rollbackCaption());
    }
    QGraphicsView::changeEvent(event);
}

} // namespace flowdeck::views
