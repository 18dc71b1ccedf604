// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QToolBar;

namespace flowdeck::views {

class PipelineGraphView;
class MessageBar;
class PipelineScene;

/// The right side of the Pipelines page: a tool bar (import, add, rename, delete, connect; zoom and fit), the
/// page's messages, the pipeline's name with its facts and the critical path legend, and the drawing.
class PipelineGraphPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineGraphPanel(QWidget *parent = nullptr);

    PipelineScene *scene() const { return m_scene; }
    PipelineGraphView *view() const { return m_view; }
    MessageBar *messageBar() const { return m_messages; }
    QToolBar *toolBar() const { return m_toolBar; }

    QAction *importAction() const { return m_import; }
    QAction *addStageAction() const { return m_add; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *connectAction() const { return m_connect; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitAction() const { return m_fit; }

    /// The pipeline's name and a line of facts about it.
    void setHeading(const QString &name, const QString &facts);
    /// The critical path legend's text and tooltip, with the sample of its marking when the drawing shows it
    /// (`marked`); hidden when `text` is empty.
    void setCriticalPath(const QString &text, const QString &toolTip, bool marked);
    /// A note in place of the drawing ("no stages yet"); an empty text shows the drawing.
    void setNote(const QString &text);
    QString note() const;
    QString heading() const;
    QString facts() const;
    QString criticalPathText() const;

    /// Enables the editing actions for what is selected; `editable` false disables them all (read-only workspace,
    /// no pipeline shown).
    void updateActions(bool editable, bool canImport);

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *createAction(const QString &objectName);
    void retranslate();
    void restyle();
    void updateZoomText();

    PipelineScene *m_scene = nullptr;
    PipelineGraphView *m_view = nullptr;
    MessageBar *m_messages = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_zoomText = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_legendSwatch = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_note = nullptr;

    QAction *m_import = nullptr;
    QAction *m_add = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fit = nullptr;
};

} // namespace flowdeck::views
