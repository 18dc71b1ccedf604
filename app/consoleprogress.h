// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QString>

#include <cstdio>

namespace flowdeck::app {

/// Progress of a long command on standard error: done and total, the rate and the time left. On a terminal one
/// line is rewritten in place a few times a second; otherwise (a log, a pipe) a line is written every few
/// seconds, so that logs stay short.
class ConsoleProgress
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::app::ConsoleProgress)

public:
    /// `title` starts each line ("Importing api"); `stream` is where the lines go; `interactive` whether it is a
    /// terminal (by default: isatty()).
    explicit ConsoleProgress(QString title, std::FILE *stream = stderr);
    ConsoleProgress(QString title, std::FILE *stream, bool interactive);
    ~ConsoleProgress();

    ConsoleProgress(const ConsoleProgress &) = delete;
    ConsoleProgress &operator=(const ConsoleProgress &) = delete;

    /// `done` of `total` (0 while unknown). Thread-safe; writes only when the last line is old enough.
    void report(qint64 done, qint64 total);
    /// Ends the line in place on a terminal, so that what follows starts on a line of its own.
    void finish();
    /// What the rate counts, translated, with %1 for the number: "%1 files/s". Commits unless set.
    void setRateFormat(const QString &format);

    /// The text after the title: "12,345 of 80,000, 5,400 commits/s, about 13 s left".
    static QString describe(qint64 done, qint64 total, double perSecond);
    /// The same with another rate: `rateFormat` as setRateFormat() takes it.
    static QString describe(qint64 done, qint64 total, double perSecond, const QString &rateFormat);

private:
    void write(const QString &text);

    const QString m_title;
    std::FILE *m_stream;
    const bool m_interactive;
    QMutex m_mutex;
    QElapsedTimer m_sinceWrite;
    QElapsedTimer m_sincePhase;
    qint64 m_phaseStart = 0;
    qint64 m_lastDone = 0;
    qint64 m_lastTotal = 0;
    bool m_lineOpen = false;
    QString m_rateFormat;
};

} // namespace flowdeck::app
