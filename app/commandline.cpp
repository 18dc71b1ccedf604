// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "console.h"
#include "pageregistry.h"
#include "subcommands.h"
#include "version.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

// Options that QGuiApplication takes out of argv before Flowdeck sees them, with and without a value.
const QStringList qtOptionsWithValue = {
    u"platform"_s,    u"platformpluginpath"_s, u"platformtheme"_s, u"plugin"_s,     u"qwindowgeometry"_s,
    u"qwindowicon"_s, u"qwindowtitle"_s,       u"style"_s,         u"stylesheet"_s, u"session"_s,
    u"display"_s,     u"geometry"_s,           u"title"_s,         u"name"_s,       u"qmljsdebugger"_s};
const QStringList qtOptionsWithoutValue = {u"reverse"_s, u"widgetcount"_s, u"nograb"_s, u"dograb"_s, u"sync"_s};

QStringList withoutQtOptions(const QStringList &arguments)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (i > 0 && argument.startsWith(u'-') && argument != u"--"_s) {
            QString name = argument.mid(argument.startsWith(u"--"_s) ? 2 : 1);
            if (qtOptionsWithValue.contains(name)) {
                ++i;
                continue;
            }
            if (qtOptionsWithoutValue.contains(name))
                continue;
        }
        kept.append(argument);
    }
    return kept;
}

constexpr int minimumScreenshotSide = 320;
constexpr int maximumScreenshotSide = 8192;

} // namespace

CommandLine::CommandLine(const QStringList &arguments)
    : m_helpOption({u"h"_s, u"help"_s},
                   QCoreApplication::translate("QCommandLineParser", "Displays help on commandline options."))
    , m_versionOption({u"v"_s, u"version"_s},
                      QCoreApplication::translate("QCommandLineParser", "Displays version information."))
    , m_demoOption(u"demo"_s, tr("Open a freshly generated demo workspace (PETech)."))
    , m_pageOption(u"page"_s, tr("The page to show: %1.").arg(pageIds().join(u", "_s)), tr("PAGE"))
    , m_screenshotOption(u"screenshot"_s, tr("Render the page to a PNG file and exit."), tr("FILE"))
    , m_sizeOption(u"size"_s,
                   tr("The window size for --screenshot, as WIDTHxHEIGHT (default %1x%2).")
                       .arg(GuiRequest::defaultScreenshotSize.width())
                       .arg(GuiRequest::defaultScreenshotSize.height()),
                   tr("SIZE"))
{
    m_parser.setApplicationDescription(tr("Flowdeck: release orchestration and value stream mapping."));
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_versionOption);
    m_parser.addOption(m_demoOption);
    m_parser.addOption(m_pageOption);
    m_parser.addOption(m_screenshotOption);
    m_parser.addOption(m_sizeOption);
    m_parser.addPositionalArgument(
        u"workspace"_s, tr("The workspace file (*.flowdeck) to open. Without one, the last workspace opens."),
        tr("[WORKSPACE]"));
    // A subcommand runs under a QCoreApplication, which takes no option out of argv, so it gets its arguments as
    // given: `flowdeck pipeline import FILE --name N` keeps its --name.
    if (arguments.size() > 1 && findSubcommand(arguments.at(1))) {
        parse(arguments);
        return;
    }
    parse(withoutQtOptions(arguments));
}

void CommandLine::parse(const QStringList &arguments)
{
    m_arguments = arguments;
    if (arguments.size() > 1) {
        if (const Subcommand *command = findSubcommand(arguments.at(1))) {
            m_action = Action::Subcommand;
            m_subcommand = command;
            return;
        }
    }
    if (!m_parser.parse(arguments)) {
        m_action = Action::Error;
        m_error = m_parser.errorText();
        return;
    }
    if (m_parser.isSet(m_helpOption)) {
        m_action = Action::Help;
        return;
    }
    if (m_parser.isSet(m_versionOption)) {
        m_action = Action::Version;
        return;
    }
    validate();
}

void CommandLine::validate()
{
    auto fail = [this](const QString &message) {
        m_action = Action::Error;
        m_error = message;
    };

    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > 1) {
        fail(tr("Give one workspace file, not %1: %2.").arg(positional.size()).arg(positional.join(u' ')));
        return;
    }
    m_request.demo = m_parser.isSet(m_demoOption);
    if (!positional.isEmpty()) {
        m_request.workspace = positional.first();
        if (m_request.demo) {
            fail(tr("Give either a workspace file or --demo, not both."));
            return;
        }
        if (!QFileInfo::exists(m_request.workspace) && !store::Workspace::isServerAddress(m_request.workspace)) {
            QStringList commands;
            for (const Subcommand &command : subcommands())
                commands.append(command.name);
            fail(tr("There is no workspace file or command called \"%1\". The commands are: %2.")
                     .arg(m_request.workspace, commands.join(u", "_s)));
            return;
        }
    }

    if (m_parser.isSet(m_pageOption)) {
        m_request.page = m_parser.value(m_pageOption);
        if (pageIndex(m_request.page) < 0) {
            fail(tr("There is no page called \"%1\". The pages are: %2.").arg(m_request.page, pageIds().join(u", "_s)));
            return;
        }
    }

    m_request.screenshot = m_parser.value(m_screenshotOption);
    if (m_parser.isSet(m_screenshotOption) && m_request.screenshot.isEmpty()) {
        fail(tr("--screenshot needs the name of the PNG file to write."));
        return;
    }
    if (!m_request.screenshot.isEmpty() && !m_request.page.isEmpty() && m_request.workspace.isEmpty() &&
        !m_request.demo) {
        fail(tr("--page with --screenshot needs a workspace file or --demo to show."));
        return;
    }

    if (m_parser.isSet(m_sizeOption)) {
        static const QRegularExpression pattern(u"^(\\d{1,5})x(\\d{1,5})$"_s);
        const QRegularExpressionMatch match = pattern.match(m_parser.value(m_sizeOption));
        const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
        const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (width < minimumScreenshotSide || height < minimumScreenshotSide || width > maximumScreenshotSide ||
            height > maximumScreenshotSide) {
            fail(tr("--size takes WIDTHxHEIGHT in pixels, each from %1 to %2 (like 1400x900), not \"%3\".")
                     .arg(minimumScreenshotSide)
                     .arg(maximumScreenshotSide)
                     .arg(m_parser.value(m_sizeOption)));
            return;
        }
        m_request.size = QSize(width, height);
    } else if (!m_request.screenshot.isEmpty()) {
        m_request.size = GuiRequest::defaultScreenshotSize;
    }
}

QString CommandLine::helpText() const
{
    QString text = m_parser.helpText();
    if (!text.endsWith(u'\n'))
        text += u'\n';
    text += u'\n' + tr("Commands:") + u'\n';
    qsizetype width = 0;
    for (const Subcommand &command : subcommands())
        width = std::max(width, command.name.size());
    for (const Subcommand &command : subcommands())
        text += u"  "_s + command.name.leftJustified(width + 2) + command.summary() + u'\n';
    text += u'\n' + tr("Run \"flowdeck COMMAND --help\" for the options of a command.") + u'\n';
    return text;
}

QString CommandLine::versionText()
{
    return tr("Flowdeck %1").arg(applicationVersion()) + u'\n' + libraryVersions().join(u", "_s);
}

int CommandLine::runHeadless() const
{
    switch (m_action) {
    case Action::Subcommand:
        return m_subcommand->run(m_arguments);
    case Action::Help:
        console::out(helpText());
        return 0;
    case Action::Version:
        console::out(versionText());
        return 0;
    case Action::Error:
        console::error(tr("flowdeck: %1").arg(m_error));
        console::error(tr("Run \"flowdeck --help\" for usage."));
        return usageError;
    case Action::Gui:
        break;
    }
    console::error(tr("flowdeck: this command needs a display."));
    return usageError;
}

} // namespace flowdeck::app
