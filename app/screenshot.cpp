// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include "console.h"
#include "mainwindow.h"
#include "pageregistry.h"

#include "common/page.h"
#include "store/workspace.h"

#include <QDir>
#include <QPixmap>

namespace flowdeck::app {

Screenshot::Screenshot(MainWindow *window, GuiRequest request, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_request(std::move(request))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("The page did not finish loading within %1 s; no screenshot was written.").arg(timeoutMs / 1000));
    });
}

void Screenshot::start()
{
    m_timeout.start();
    m_window->setRemembersSession(false);
    m_window->resize(m_request.size.isValid() ? m_request.size : GuiRequest::defaultScreenshotSize);
    if (!m_request.page.isEmpty())
        m_window->showPage(pageIndex(m_request.page));
    m_window->show();
    connect(m_window, &MainWindow::errorShown, this, [this](const QString &message) { m_lastError = message; });

    if (m_request.demo) {
        connect(m_window, &MainWindow::workspaceChanged, this, &Screenshot::workspaceOpened, Qt::SingleShotConnection);
        connect(m_window, &MainWindow::demoNotOpened, this,
                [this] { fail(m_lastError.isEmpty() ? tr("The demo workspace was not opened.") : m_lastError); });
        m_window->openDemo();
        return;
    }
    if (!m_request.workspace.isEmpty() && store::Workspace::isServerAddress(m_request.workspace)) {
        // A screenshot has no one to answer a dialog: the password comes from the keychain or PGPASSWORD.
        auto opened = store::Workspace::open(m_request.workspace);
        if (!opened) {
            fail(opened.errorMessage());
            return;
        }
        m_window->openWorkspace(*opened);
        workspaceOpened();
        return;
    }
    if (!m_request.workspace.isEmpty()) {
        if (!m_window->openWorkspace(m_request.workspace)) {
            fail(m_lastError);
            return;
        }
        workspaceOpened();
        return;
    }
    // Nothing to open: the welcome page, which needs no loading.
    QTimer::singleShot(0, this, &Screenshot::capture);
}

void Screenshot::workspaceOpened()
{
    if (!m_request.page.isEmpty())
        m_window->showPage(pageIndex(m_request.page));
    waitForPage();
}

void Screenshot::waitForPage()
{
    views::Page *page = m_window->currentPage();
    if (!page || page->isReady()) {
        QTimer::singleShot(0, this, &Screenshot::capture);
        return;
    }
    connect(
        page, &views::Page::ready, this, [this] { QTimer::singleShot(0, this, &Screenshot::capture); },
        Qt::SingleShotConnection);
}

void Screenshot::capture()
{
    if (m_done || !m_window)
        return;
    const QPixmap pixmap = m_window->grab();
    if (pixmap.isNull()) {
        fail(tr("The window could not be rendered."));
        return;
    }
    if (!pixmap.save(m_request.screenshot, "PNG")) {
        fail(tr("Cannot write the screenshot %1: check that the folder exists and can be written.")
                 .arg(QDir::toNativeSeparators(m_request.screenshot)));
        return;
    }
    finish(0);
}

void Screenshot::fail(const QString &message)
{
    if (m_done)
        return;
    console::error(tr("flowdeck: %1").arg(message));
    finish(1);
}

void Screenshot::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    Q_EMIT finished(exitCode);
}

} // namespace flowdeck::app
