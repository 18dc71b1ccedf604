// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "commandline.h"
#include "console.h"
#include "language.h"
#include "mainwindow.h"
#include "pageregistry.h"
#include "recentworkspaces.h"
#include "screenshot.h"
#include "subcommands.h"
#include "version.h"

#include "memory/allocator.h"
#include "store/workspace.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

QStringList argumentList(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int runGui(const GuiRequest &request)
{
    MainWindow window;
    if (!request.screenshot.isEmpty()) {
        Screenshot screenshot(&window, request);
        QObject::connect(&screenshot, &Screenshot::finished, qApp, &QCoreApplication::exit, Qt::QueuedConnection);
        screenshot.start();
        return QApplication::exec();
    }

    window.restoreSession();
    if (request.size.isValid())
        window.resize(request.size);
    if (!request.page.isEmpty())
        window.showPage(pageIndex(request.page));
    window.show();
    if (request.demo) {
        window.openDemo();
    } else if (!request.workspace.isEmpty()) {
        window.openWorkspace(request.workspace);
    } else if (const QString last = RecentWorkspaces::lastOpen();
               !last.isEmpty() && (QFileInfo::exists(last) || store::Workspace::isServerAddress(last))) {
        // A team workspace goes through its dialog, which connects at once when the keychain has the password.
        window.openWorkspace(last);
    }
    return QApplication::exec();
}

} // namespace

void Application::setIdentity()
{
    QCoreApplication::setOrganizationName(u"Flowdeck"_s);
    QCoreApplication::setApplicationName(u"Flowdeck"_s);
    QCoreApplication::setApplicationVersion(applicationVersion());
}

int Application::run(int argc, char **argv)
{
    // Before any thread: analyses of a large workspace reuse the memory of the one before (see allocator.h).
    memory::tuneAllocator();
    const CommandLine preview(argumentList(argc, argv));
    // A command that lays out text with fonts (`flowdeck report`) needs a QGuiApplication but no display: it renders
    // offscreen unless the caller chose a platform, and falls back to offscreen when that one cannot start (Qt tries
    // the platforms of a list separated by ';' in turn) rather than abort.
    if (preview.action() != CommandLine::Action::Gui && preview.subcommand() && preview.subcommand()->needsFonts) {
        const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
        if (platform.isEmpty())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        else if (!platform.split(';').contains("offscreen"))
            qputenv("QT_QPA_PLATFORM", platform + ";offscreen");
        QGuiApplication app(argc, argv);
        setIdentity();
        Language::installTranslators();
        return CommandLine(QCoreApplication::arguments()).runHeadless();
    }
    if (preview.action() != CommandLine::Action::Gui) {
        QCoreApplication app(argc, argv);
        setIdentity();
        Language::installTranslators();
        // Parsed again now that the translations are in place, so that messages and help are translated.
        return CommandLine(QCoreApplication::arguments()).runHeadless();
    }

    // A screenshot needs no screen: render offscreen unless the caller chose a platform.
    if (!preview.request().screenshot.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(u":/icons/flowdeck.svg"_s));
    // Matches the installed .desktop file, so that desktops show the right name and icon for the window.
    QGuiApplication::setDesktopFileName(u"io.flowdeck.Flowdeck"_s);
    Language::installTranslators();
    const CommandLine commandLine(QCoreApplication::arguments());
    if (commandLine.action() != CommandLine::Action::Gui)
        return commandLine.runHeadless();
    return runGui(commandLine.request());
}

} // namespace flowdeck::app
