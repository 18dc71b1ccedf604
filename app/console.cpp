// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace flowdeck::app::console {

namespace {

void write(std::FILE *stream, const QString &text)
{
    QByteArray bytes = text.toLocal8Bit();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

QCommandLineOption helpOption()
{
    return QCommandLineOption(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("QCommandLineParser", "Displays help on commandline options."));
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                                  const QCommandLineOption &help)
{
    constexpr int usageError = 2;
    if (!parser.parse(arguments)) {
        error(command + QStringLiteral(": ") + parser.errorText());
        return usageError;
    }
    if (parser.isSet(help)) {
        out(parser.helpText());
        return 0;
    }
    return std::nullopt;
}

void out(const QString &text)
{
    write(stdout, text);
}

void error(const QString &text)
{
    write(stderr, text);
}

void outBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace flowdeck::app::console
