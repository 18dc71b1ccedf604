// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialscommand.h"

#include "console.h"

#include "git/remoteclone.h"
#include "git/storedcredentials.h"

#include <QCommandLineParser>
#include <QUrl>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int failure = 1;
constexpr int usageError = 2;

/// One line from standard input, without its line end; on a terminal it asks with `prompt` and does not echo.
QString readSecret(const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line);
}

} // namespace

int CredentialsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Keeps the user name and password or token for a git server in the desktop's keychain, where imports "
           "of its repositories find them. One entry serves every repository of the server (its scheme, host and "
           "port). \"set\" reads the password or token from standard input."));
    const QCommandLineOption helpOption = console::helpOption();
    const QCommandLineOption userOption(
        {u"u"_s, u"user"_s}, tr("The user name (for set; default: the one in the URL, else the current user)."),
        tr("NAME"));
    parser.addOption(helpOption);
    parser.addOption(userOption);
    parser.addPositionalArgument(u"credentials"_s, tr("The command."), u"credentials"_s);
    parser.addPositionalArgument(u"action"_s, tr("set, show or remove."), u"set|show|remove"_s);
    parser.addPositionalArgument(u"url"_s, tr("A clone URL of the server, or the server's address."), tr("URL"));

    if (const auto finished = console::parseArguments(parser, arguments, u"flowdeck credentials"_s, helpOption))
        return *finished;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.isEmpty()) {
        console::error(tr("flowdeck credentials: name what to do: set, show or remove."));
        return usageError;
    }
    const QString action = positional.first();
    if (action != u"set"_s && action != u"show"_s && action != u"remove"_s) {
        console::error(tr("flowdeck credentials: there is no action called \"%1\"; the actions are: set, show, "
                          "remove.")
                           .arg(action));
        return usageError;
    }
    if (positional.size() < 2) {
        console::error(tr("flowdeck credentials %1: name the server with a URL, such as "
                          "https://git.example.com/team/shop.git.")
                           .arg(action));
        return usageError;
    }
    if (positional.size() > 2) {
        console::error(tr("flowdeck credentials %1: unexpected argument %2.").arg(action, positional.at(2)));
        return usageError;
    }
    const QString url = positional.at(1);
    if (!git::isRemoteSource(url)) {
        console::error(tr("flowdeck credentials %1: \"%2\" is not a URL; name the server as in a clone URL, such as "
                          "https://git.example.com/team/shop.git.")
                           .arg(action, url));
        return usageError;
    }
    const secrets::Keychain keychain;
    const QString key = git::credentialKey(url);

    if (action == u"set"_s) {
        QString user = parser.value(userOption);
        if (user.isEmpty())
            user = QUrl(url).userName();
        if (user.isEmpty())
            user = qEnvironmentVariable("USER");
        const QString secret = readSecret(tr("Password or token for %1 at %2: ").arg(user, key.section(u' ', 1)));
        if (secret.isEmpty()) {
            console::error(tr("flowdeck credentials set: no password or token was given on standard input."));
            return usageError;
        }
        if (auto stored = git::storeCredential(keychain, url, git::Credential{user, secret}); !stored) {
            console::error(tr("flowdeck credentials set: %1").arg(stored.errorMessage()));
            return failure;
        }
        console::out(tr("Stored the credentials of %1 for %2 in the keychain.").arg(user, key.section(u' ', 1)));
        return 0;
    }
    if (action == u"show"_s) {
        auto stored = git::storedCredential(keychain, url);
        if (!stored) {
            console::error(tr("flowdeck credentials show: %1").arg(stored.errorMessage()));
            return failure;
        }
        if (!*stored) {
            console::error(tr("No credentials are stored for %1.").arg(key.section(u' ', 1)));
            return failure;
        }
        // The secret itself is never printed.
        console::out(
            tr("%1: user %2, with a password or token of %n character(s).", nullptr, int((*stored)->secret.size()))
                .arg(key.section(u' ', 1), (*stored)->username));
        return 0;
    }
    auto removed = git::forgetCredential(keychain, url);
    if (!removed) {
        console::error(tr("flowdeck credentials remove: %1").arg(removed.errorMessage()));
        return failure;
    }
    if (!*removed) {
        console::error(tr("No credentials are stored for %1.").arg(key.section(u' ', 1)));
        return failure;
    }
    console::out(tr("Removed the credentials for %1 from the keychain.").arg(key.section(u' ', 1)));
    return 0;
}

} // namespace flowdeck::app
