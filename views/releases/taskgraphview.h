// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "releases/releaseload.h"

#include <QGraphicsView>
#include <QHash>

class QGraphicsScene;
class QGraphicsSimpleTextItem;

namespace flowdeck::views {

class TaskBoxItem;

/// The graph of a release's tasks, left to right as the layout placed them, each task a box in its state's colour;
/// the rollback tasks apart beneath the forward ones. A plan of the same structure as the one on show updates the
/// boxes in place, so that a running release changes colour without moving. Arrow keys walk through the tasks in
/// plan order.
class TaskGraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TaskGraphView(QWidget *parent = nullptr);
    ~TaskGraphView() override;

    /// How the layout sizes each task's box: to its text in the view's font (TaskBoxItem::sizeFor()). Safe to call
    /// on a worker thread.
    ReleaseViewRequest::BoxSize boxSize() const;
    /// The structure of the graph on show with its boxes' sizes (ReleaseView::structure); empty when none is.
    QString structure() const { return m_structure; }

    /// Shows `view`: a new drawing when it carries a layout, else the boxes updated in place. `now` decides the
    /// durations of running tasks.
    void showRelease(const ReleaseView &view, Timestamp now);
    void clear();

    /// Selects the task's box (none for 0) and scrolls it into view.
    void selectTask(Id taskId);
    Id selectedTask() const;
    TaskBoxItem *box(Id taskId) const;
    QList<TaskBoxItem *> boxes() const;

    /// What a deploy task acts on ("storefront 2.4.0 → production"), an approval gate waits for, and so on.
    static QString subjectOf(const ReleaseTask &task, const ReleaseView &view);

Q_SIGNALS:
    /// The user selected a task (0: none).
    void taskSelected(Id taskId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static QString rollbackCaption();
    void rebuild(const ReleaseView &view, Timestamp now);
    void fit();

    QGraphicsScene *m_scene = nullptr;
    QString m_structure;
    QHash<Id, TaskBoxItem *> m_boxes;
    /// Task ids in plan order, for the arrow keys.
    QList<Id> m_order;
    QGraphicsSimpleTextItem *m_rollbackCaption = nullptr;
    Id m_selected = 0;
};

} // namespace flowdeck::views
