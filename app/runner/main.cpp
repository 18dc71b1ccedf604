// SPDX-License-Identifier: GPL-3.0-or-later
// flowdeck-runner --job DIR [--timeout-ms N] [--cwd DIR] [--env NAME=VALUE]... -- PROGRAM [ARG]...
// Runs one deployment program for the process backend and records its output and outcome in DIR.
#include "release/processrunner.h"

#include <QCoreApplication>

#include <unistd.h>

int main(int argc, char *argv[])
{
    // A session of its own: the job goes on when the program that started it ends, or its terminal is closed or
    // interrupted. (It fails, harmlessly, when the runner already leads a group.)
    ::setsid();
    QCoreApplication application(argc, argv);
    return flowdeck::release::runSupervised(application.arguments().mid(1));
}
