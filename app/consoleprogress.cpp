// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleprogress.h"

#include <QLocale>

#include <cmath>

#include <unistd.h>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

// A terminal line is rewritten about ten times a second; a log gets a line every five seconds.
constexpr qint64 terminalIntervalMs = 100;
constexpr qint64 logIntervalMs = 5000;
// A rate measured over less time than this is mostly noise.
constexpr double minimumRateSeconds = 0.25;

QString duration(double seconds)
{
    const qint64 whole = qint64(std::ceil(seconds));
    if (whole < 60)
        return ConsoleProgress::tr("%1 s").arg(whole);
    if (whole < 3600)
        return ConsoleProgress::tr("%1 min %2 s").arg(whole / 60).arg(whole % 60);
    return ConsoleProgress::tr("%1 h %2 min").arg(whole / 3600).arg(whole % 3600 / 60);
}

} // namespace

ConsoleProgress::ConsoleProgress(QString title, std::FILE *stream)
    : ConsoleProgress(std::move(title), stream, isatty(fileno(stream)) != 0)
{}

ConsoleProgress::ConsoleProgress(QString title, std::FILE *stream, bool interactive)
    : m_title(std::move(title))
    , m_stream(stream)
    , m_interactive(interactive)
{
    // Nothing is written during the first interval: a quick command stays quiet.
    m_sinceWrite.start();
}

ConsoleProgress::~ConsoleProgress()
{
    finish();
}

QString ConsoleProgress::describe(qint64 done, qint64 total, double perSecond)
{
    return describe(done, total, perSecond, tr("%1 commits/s"));
}

QString ConsoleProgress::describe(qint64 done, qint64 total, double perSecond, const QString &rateFormat)
{
    const QLocale locale;
    QString text =
        total > 0 ? tr("%1 of %2").arg(locale.toString(done), locale.toString(total)) : locale.toString(done);
    if (perSecond > 0) {
        text += u", "_s + rateFormat.arg(locale.toString(qint64(std::llround(perSecond))));
        if (total > done)
            text += u", "_s + tr("about %1 left").arg(duration(double(total - done) / perSecond));
    }
    return text;
}

void ConsoleProgress::report(qint64 done, qint64 total)
{
    QMutexLocker lock(&m_mutex);
    // A count that goes back or a new total starts a new phase (such as the diff stats after the commits), with
    // a rate and a time left of its own.
    if (!m_sincePhase.isValid() || done < m_lastDone || total != m_lastTotal) {
        m_sincePhase.start();
        m_phaseStart = done;
    }
    m_lastDone = done;
    m_lastTotal = total;
    if (m_sinceWrite.elapsed() < (m_interactive ? terminalIntervalMs : logIntervalMs))
        return;
    const double seconds = double(m_sincePhase.elapsed()) / 1000;
    const double rate = seconds >= minimumRateSeconds ? double(done - m_phaseStart) / seconds : 0;
    //: Progress on the command line, as in "Importing api: 1,234 of 5,678, 900 commits/s, about 5 s left".
    write(tr("%1: %2").arg(m_title, m_rateFormat.isEmpty() ? describe(done, total, rate)
                                                           : describe(done, total, rate, m_rateFormat)));
    m_sinceWrite.start();
}

void ConsoleProgress::finish()
{
    QMutexLocker lock(&m_mutex);
    if (m_lineOpen) {
        // Clears the progress line: the command's own output follows in its place.
        std::fputs("\r\x1b[K", m_stream);
        std::fflush(m_stream);
        m_lineOpen = false;
    }
}

void ConsoleProgress::setRateFormat(const QString &format)
{
    QMutexLocker lock(&m_mutex);
    m_rateFormat = format;
}

void ConsoleProgress::write(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    if (m_interactive) {
        std::fputs("\r", m_stream);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream);
        std::fputs("\x1b[K", m_stream);
        m_lineOpen = true;
    } else {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream);
        std::fputs("\n", m_stream);
    }
    std::fflush(m_stream);
}

} // namespace flowdeck::app
