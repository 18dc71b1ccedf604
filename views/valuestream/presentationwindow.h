// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace flowdeck::views {

class MapCanvas;

/// The map full screen in large type, for a projector: no chrome, the map at full size in a scroll area, Left and
/// Right to go from step to step (the selection scrolls into view), Esc or F11 to end. It deletes itself when
/// closed.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    PresentationWindow();

    /// The canvas the page gives the drawing to.
    MapCanvas *canvas() const { return m_canvas; }
    /// Shows the window full screen with the focus on the map.
    void present();

Q_SIGNALS:
    /// Esc or F11.
    void endRequested();

private:
    MapCanvas *m_canvas = nullptr;
};

} // namespace flowdeck::views
