// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace flowdeck::app {

/// `flowdeck credentials set|show|remove URL [--user NAME]`: the user name and password or token Flowdeck signs
/// in to a git server with, kept in the desktop's keychain. `set` reads the secret from standard input (without
/// echo on a terminal), never from the command line, where other users and the shell's history could see it.
class CredentialsCommand
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::app::CredentialsCommand)

public:
    /// `arguments` starts with the program name and "credentials". Returns 0, 1 when the keychain failed or
    /// holds nothing to show or remove, 2 for a usage error.
    static int run(const QStringList &arguments);
};

} // namespace flowdeck::app
