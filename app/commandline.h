// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

namespace flowdeck::app {

struct Subcommand;

/// What the GUI is asked to do: which workspace to open, and whether to render a page to a file and exit.
struct GuiRequest
{
    /// The workspace named on the command line; empty for the last one (or the welcome page).
    QString workspace;
    bool demo = false;
    /// A page id from the page registry; empty for the first page.
    QString page;
    /// Where --screenshot writes its PNG; empty to run the GUI normally.
    QString screenshot;
    QSize size;

    static constexpr QSize defaultScreenshotSize{1400, 900};
};

/// Flowdeck's command line. It is parsed before any application object exists, to decide whether a display
/// is needed at all: the GUI, or a headless run (a subcommand, --help, --version, or a usage error).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::app::CommandLine)

public:
    enum class Action
    {
        Gui,
        Subcommand,
        Help,
        Version,
        Error
    };

    /// Parses `arguments` (the program name first). Qt's own GUI options (-platform, -style, ...) are skipped.
    explicit CommandLine(const QStringList &arguments);

    Action action() const { return m_action; }
    const GuiRequest &request() const { return m_request; }
    QString errorText() const { return m_error; }
    const Subcommand *subcommand() const { return m_subcommand; }

    /// The full help: options, then every subcommand. Needs a QCoreApplication.
    QString helpText() const;
    /// Program name, version and the versions of the libraries it uses.
    static QString versionText();

    /// Runs whatever the command line asks that needs no display and returns the exit code. Needs a
    /// QCoreApplication.
    int runHeadless() const;

    /// The exit code of a wrong command line.
    static constexpr int usageError = 2;

private:
    void parse(const QStringList &arguments);
    void validate();

    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_demoOption;
    QCommandLineOption m_pageOption;
    QCommandLineOption m_screenshotOption;
    QCommandLineOption m_sizeOption;
    QStringList m_arguments;
    Action m_action = Action::Gui;
    GuiRequest m_request;
    QString m_error;
    const Subcommand *m_subcommand = nullptr;
};

} // namespace flowdeck::app
