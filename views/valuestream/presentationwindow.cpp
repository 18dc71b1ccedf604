// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/presentationwindow.h"

#include "common/pagestyle.h"
#include "valuestream/mapcanvas.h"

#include <QLabel>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace flowdeck::views {

PresentationWindow::PresentationWindow()
    : QWidget(nullptr, Qt::Window)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Value stream: presentation"));
    auto *layout = new QVBoxLayout(this);
    const int margin = 4 * pagestyle::unit;
    layout->setContentsMargins(margin, margin, margin, margin);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAlignment(Qt::AlignCenter);
    m_canvas = new MapCanvas(scroll);
    m_canvas->setEditable(false);
    // Large type at full size; Left and Right scroll the selected step into view.
    m_canvas->setFitToWidth(false);
    scroll->setWidget(m_canvas);
    scroll->setWidgetResizable(false);
    layout->addWidget(scroll, 1);
    auto *hint = new QLabel(tr("Left and Right go from step to step; Esc or F11 ends the presentation."), this);
    hint->setAlignment(Qt::AlignCenter);
    layout->addWidget(hint);
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::Key_F11)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &PresentationWindow::endRequested);
    }
}

void PresentationWindow::present()
{
    m_canvas->adjustSize();
    showFullScreen();
    m_canvas->setFocus(Qt::OtherFocusReason);
}

} // namespace flowdeck::views
