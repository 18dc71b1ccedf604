// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/pipelinegraphpanel.h"

#include "common/messagebar.h"
#include "common/pagestyle.h"
#include "pipelines/pipelinegraphview.h"
#include "pipelines/pipelineicons.h"
#include "pipelines/pipelinescene.h"
#include "pipelines/stageedgeitem.h"
#include "pipelines/stagekindstyle.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

/// The legend's sample: a bold arrow in the critical path's colour into an outlined card.
QPixmap legendSwatch(const QPalette &palette, int height, qreal ratio)
{
    const QSize size(3 * height, height);
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = criticalPathColor(palette);
    const qreal middle = height / 2.0;
    painter.setPen(QPen(colour, 3.5, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(1, middle), QPointF(height * 1.5, middle));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPolygon(QPolygonF({QPointF(height * 1.75, middle), QPointF(height * 1.3, middle - height * 0.28),
                                   QPointF(height * 1.3, middle + height * 0.28)}));
    painter.setPen(QPen(colour, 2.5));
    painter.setBrush(palette.color(QPalette::Base));
    painter.drawRoundedRect(QRectF(height * 1.85, 1.5, height * 1.1, height - 3), 3, 3);
    return pixmap;
}

} // namespace

PipelineGraphPanel::PipelineGraphPanel(QWidget *parent)
    : QWidget(parent)
    , m_scene(new PipelineScene(this))
{
    auto *layout = new QVBoxLayout(this);
    // Clear of the list on the left.
    layout->setContentsMargins(2 * unit, 0, 0, 0);
    layout->setSpacing(unit);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(u"pipelineToolBar"_s);
    m_toolBar->setIconSize(QSize(2 * unit + unit / 4, 2 * unit + unit / 4));
    m_toolBar->setFloatable(false);
    m_toolBar->setMovable(false);

    m_import = createAction(u"importPipelineAction"_s);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_add = createAction(u"addStageAction"_s);
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_rename = createAction(u"renameStageAction"_s);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete = createAction(u"deleteAction"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_connect = createAction(u"connectStagesAction"_s);
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_zoomOut = createAction(u"zoomOutAction"_s);
    m_zoomOut->setShortcuts({QKeySequence::ZoomOut, QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    m_zoomIn = createAction(u"zoomInAction"_s);
    m_zoomIn->setShortcuts(
        {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_fit = createAction(u"fitAction"_s);
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    for (QAction *action : {m_import, m_add, m_rename, m_delete, m_connect}) {
        m_toolBar->addAction(action);
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    m_toolBar->insertSeparator(m_add);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_zoomOut);
    m_zoomText = new QLabel(m_toolBar);
    m_zoomText->setObjectName(u"zoomText"_s);
    m_zoomText->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_zoomText->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(u"400 %"_s) + unit);
    m_toolBar->addWidget(m_zoomText);
    m_toolBar->addAction(m_zoomIn);
    m_toolBar->addAction(m_fit);
    // Reachable with Tab as well as by their keys.
    for (QAction *action : m_toolBar->actions()) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)))
            button->setFocusPolicy(Qt::TabFocus);
    }
    layout->addWidget(m_toolBar);

    m_messages = new MessageBar(this);
    m_messages->setObjectName(u"pipelineMessages"_s);
    layout->addWidget(m_messages);

    auto *heading = new QHBoxLayout;
    heading->setSpacing(unit);
    m_heading = pagestyle::sectionTitle(this);
    m_heading->setObjectName(u"pipelineName"_s);
    m_facts = pagestyle::quietLabel(this);
    m_facts->setObjectName(u"pipelineFacts"_s);
    m_facts->setWordWrap(false);
    m_facts->setMinimumWidth(0);
    m_legendSwatch = new QLabel(this);
    m_legend = pagestyle::quietLabel(this);
    m_legend->setObjectName(u"criticalPathLegend"_s);
    m_legend->setWordWrap(false);
    heading->addWidget(m_heading, 0, Qt::AlignBaseline);
    heading->addWidget(m_facts, 1, Qt::AlignBaseline);
    layout->addLayout(heading);
    // The legend on a line of its own, so that a long name and a long path never crowd each other.
    auto *legend = new QHBoxLayout;
    legend->setSpacing(unit);
    legend->addWidget(m_legendSwatch, 0, Qt::AlignVCenter);
    legend->addWidget(m_legend, 1, Qt::AlignVCenter);
    layout->addLayout(legend);

    auto *stack = new QStackedWidget(this);
    stack->setObjectName(u"graphStack"_s);
    m_view = new PipelineGraphView(m_scene, stack);
    m_view->setObjectName(u"pipelineGraph"_s);
    m_note = pagestyle::quietLabel(stack);
    m_note->setObjectName(u"graphNote"_s);
    m_note->setAlignment(Qt::AlignCenter);
    stack->addWidget(m_view);
    stack->addWidget(m_note);
    layout->addWidget(stack, 1);

    // Renaming and deleting act on what is selected in the drawing, so their keys work where the drawing is.
    addAction(m_rename);
    addAction(m_delete);
    connect(m_zoomIn, &QAction::triggered, m_view, &PipelineGraphView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_view, &PipelineGraphView::zoomOut);
    connect(m_fit, &QAction::triggered, m_view, &PipelineGraphView::fitAll);
    connect(m_view, &PipelineGraphView::zoomChanged, this, &PipelineGraphPanel::updateZoomText);

    setCriticalPath({}, {}, false);
    retranslate();
    restyle();
    updateZoomText();
}

QAction *PipelineGraphPanel::createAction(const QString &objectName)
{
    auto *action = new QAction(this);
    action->setObjectName(objectName);
    return action;
}

void PipelineGraphPanel::setHeading(const QString &name, const QString &facts)
{
    m_heading->setText(name);
    m_facts->setText(facts);
}

void PipelineGraphPanel::setCriticalPath(const QString &text, const QString &toolTip, bool marked)
{
    m_legend->setText(text);
    m_legend->setToolTip(toolTip);
    m_legendSwatch->setToolTip(toolTip);
    m_legend->setVisible(!text.isEmpty());
    m_legendSwatch->setVisible(!text.isEmpty() && marked);
}

void PipelineGraphPanel::setNote(const QString &text)
{
    m_note->setText(text);
    auto *stack = static_cast<QStackedWidget *>(m_view->parentWidget());
    stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_view) : m_note);
}

QString PipelineGraphPanel::note() const
{
    return m_note->isVisibleTo(m_note->parentWidget()) ? m_note->text() : QString();
}

QString PipelineGraphPanel::heading() const
{
    return m_heading->text();
}

QString PipelineGraphPanel::facts() const
{
    return m_facts->text();
}

QString PipelineGraphPanel::criticalPathText() const
{
    return m_legend->text();
}

void PipelineGraphPanel::updateActions(bool editable, bool canImport)
{
    const bool stageSelected = !m_scene->selectedStage().isEmpty();
    const bool edgeSelected = m_scene->selectedEdge() != nullptr;
    m_import->setEnabled(canImport);
    m_add->setEnabled(editable);
    m_rename->setEnabled(editable && stageSelected);
    m_delete->setEnabled(editable && (stageSelected || edgeSelected));
    m_connect->setEnabled(editable && m_scene->cards().size() >= 2);
    const bool drawn = m_scene->isLaidOut() && !m_scene->cards().isEmpty();
    m_zoomIn->setEnabled(drawn);
    m_zoomOut->setEnabled(drawn);
    m_fit->setEnabled(drawn);
}

void PipelineGraphPanel::updateZoomText()
{
    //: The zoom of the pipeline drawing: "80 %".
    m_zoomText->setText(tr("%1 %").arg(QLocale().toString(qRound(m_view->zoom() * 100))));
    m_zoomText->setToolTip(tr("Zoom"));
}

void PipelineGraphPanel::retranslate()
{
    const auto describe = [](QAction *action, const QString &text, const QString &toolTip) {
        action->setText(text);
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(keys.isEmpty() ? toolTip : tr("%1 (%2)").arg(toolTip, keys));
        action->setStatusTip(toolTip);
    };
    describe(m_import, tr("Import…"),
             tr("Import a pipeline from a GitHub Actions, GitLab CI, Concourse or Flowdeck YAML file"));
    describe(m_add, tr("Add Stage…"), tr("Add a stage to this pipeline"));
    describe(m_rename, tr("Rename…"), tr("Rename the selected stage"));
    describe(m_delete, tr("Delete"), tr("Delete the selected stage or connection"));
    describe(m_connect, tr("Connect…"),
             tr("Make one stage wait for another; you can also drag from a stage's right edge onto another stage"));
    describe(m_zoomOut, tr("Zoom Out"), tr("Zoom out"));
    describe(m_zoomIn, tr("Zoom In"), tr("Zoom in (or Ctrl+wheel)"));
    describe(m_fit, tr("Fit"), tr("Show the whole pipeline"));
    m_toolBar->setAccessibleName(tr("Pipeline tools"));
    m_view->setAccessibleName(tr("Pipeline drawing"));
    m_view->setAccessibleDescription(tr("The stages as cards and what each waits for as arrows. Arrow keys move "
                                        "from stage to stage, F2 renames, Delete deletes."));
    updateZoomText();
}

void PipelineGraphPanel::restyle()
{
    const QColor text = palette().color(QPalette::ButtonText);
    m_import->setIcon(pipelineicons::importFile(text));
    m_add->setIcon(pipelineicons::addStage(text));
    m_rename->setIcon(pipelineicons::rename(text));
    m_delete->setIcon(pipelineicons::remove(text));
    m_connect->setIcon(pipelineicons::connectStages(text));
    m_zoomIn->setIcon(pipelineicons::zoomIn(text));
    m_zoomOut->setIcon(pipelineicons::zoomOut(text));
    m_fit->setIcon(pipelineicons::fit(text));
    m_legendSwatch->setPixmap(legendSwatch(palette(), QFontMetrics(font()).height(), devicePixelRatio()));
}

void PipelineGraphPanel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
        restyle();
        break;
    case QEvent::LanguageChange:
        retranslate();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace flowdeck::views
