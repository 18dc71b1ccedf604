// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace flowdeck::app {

class MainWindow;

/// `--screenshot`: opens what the command line names in `window`, waits until the page is ready, renders
/// the whole window to a PNG file and reports the exit code through finished().
class Screenshot : public QObject
{
    Q_OBJECT

public:
    /// How long loading may take before the run gives up.
    static constexpr int timeoutMs = 120'000;

    Screenshot(MainWindow *window, GuiRequest request, QObject *parent = nullptr);

    /// Starts the run; finished() follows, and until then the event loop must run.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void workspaceOpened();
    void waitForPage();
    void capture();
    void fail(const QString &message);
    void finish(int exitCode);

    QPointer<MainWindow> m_window;
    GuiRequest m_request;
    QString m_lastError;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace flowdeck::app
