// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/durationtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <cmath>
#include <utility>

namespace flowdeck::valuestream {

using namespace Qt::StringLiterals;

namespace {

struct DurationText
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::valuestream::DurationText)
};

constexpr double Second = 1000.0;
constexpr double Minute = 60 * Second;
constexpr double Hour = 60 * Minute;
constexpr double Day = 24 * Hour;
constexpr double Week = 7 * Day;
constexpr double Longest = 100 * 365 * Day;

/// Milliseconds per unit, by the unit's name in lower case without a full stop: English and German.
const QHash<QString, double> &units()
{
    static const QHash<QString, double> table = [] {
        const std::pair<double, QStringList> groups[] = {
            {Week, {u"w"_s, u"wk"_s, u"wks"_s, u"week"_s, u"weeks"_s, u"wo"_s, u"woche"_s, u"wochen"_s}},
            {Day, {u"d"_s, u"day"_s, u"days"_s, u"t"_s, u"tag"_s, u"tage"_s, u"tagen"_s}},
            {Hour, {u"h"_s, u"hr"_s, u"hrs"_s, u"hour"_s, u"hours"_s, u"std"_s, u"stunde"_s, u"stunden"_s}},
            {Minute, {u"m"_s, u"min"_s, u"mins"_s, u"minute"_s, u"minutes"_s, u"minuten"_s}},
            {Second, {u"s"_s, u"sec"_s, u"secs"_s, u"second"_s, u"seconds"_s, u"sek"_s, u"sekunde"_s, u"sekunden"_s}},
        };
        QHash<QString, double> byName;
        for (const auto &[ms, names] : groups) {
            for (const QString &name : names)
                byName.insert(name, ms);
        }
        return byName;
    }();
    return table;
}

bool isMinus(QChar c)
{
    return c == u'-' || c == u'−' || c == u'–';
}

/// formatDuration()'s text for a duration under half a minute, in English or German, with blanks and case ignored.
bool isUnderOneMinute(const QString &text)
{
    QString simple = text.simplified().toLower();
    if (simple.endsWith(u'.'))
        simple.chop(1);
    return simple == u"under 1 min" || simple == u"unter 1 min";
}

Error notADuration(const QString &text)
{
    return Error{DurationText::tr("“%1” is not a duration: write it like “3 d 4 h”, “2 h 30 min” or “45 min” (a "
                                  "number alone means hours).")
                     .arg(text)};
}

} // namespace

Result<std::optional<qint64>> readDuration(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::optional<qint64>();
    if (isMinus(text.front()))
        return Error{DurationText::tr("“%1” is negative: a duration cannot be less than 0.").arg(text)};
    if (isUnderOneMinute(text))
        return std::optional<qint64>(0);

    const qsizetype n = text.size();
    qsizetype i = 0;
    double total = 0;
    int parts = 0;
    bool bareNumber = false;
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i == n)
            break;
        // The number: digits, then a decimal point or comma and more digits.
        const qsizetype numberStart = i;
        while (i < n && text[i].isDigit())
            ++i;
        qsizetype integerDigits = i - numberStart;
        qsizetype fractionDigits = 0;
        if (i < n && (text[i] == u'.' || text[i] == u',')) {
            ++i;
            const qsizetype fractionStart = i;
            while (i < n && text[i].isDigit())
                ++i;
            fractionDigits = i - fractionStart;
        }
        if (integerDigits == 0 && fractionDigits == 0)
            return notADuration(text);
        if (fractionDigits == 0 && i > numberStart + integerDigits)
            return notADuration(text); // "3." or "3," with nothing after the separator
        QString number = text.mid(numberStart, i - numberStart);
        number.replace(u',', u'.');
        bool ok = false;
        const double value = number.toDouble(&ok);
        if (!ok)
            return notADuration(text);

        while (i < n && text[i].isSpace())
            ++i;
        const qsizetype unitStart = i;
        while (i < n && text[i].isLetter())
            ++i;
        const QString unit = text.mid(unitStart, i - unitStart).toLower();
        if (i < n && text[i] == u'.' && !unit.isEmpty())
            ++i;
        ++parts;
        if (unit.isEmpty()) {
            bareNumber = true;
            total += value * Hour;
        } else {
            const auto it = units().constFind(unit);
            if (it == units().constEnd()) {
                return Error{DurationText::tr("“%1” is not a duration: “%2” is not a unit of time (use w, d, h, min "
                                              "or s).")
                                 .arg(text, text.mid(unitStart, i - unitStart))};
            }
            total += value * *it;
        }
        if (i < n && !text[i].isSpace() && !text[i].isDigit())
            return notADuration(text);
    }
    if (bareNumber && parts > 1) {
        return Error{DurationText::tr("“%1” is not a duration: give each number its unit, as in “2 h 30 min” (a number "
                                      "alone means hours).")
                         .arg(text)};
    }
    if (total > Longest)
        return Error{DurationText::tr("“%1” is longer than 100 years.").arg(text)};
    return std::optional<qint64>(std::llround(total));
}

std::optional<qint64> parseDuration(const QString &text)
{
    auto result = readDuration(text);
    return result.ok() ? *result : std::nullopt;
}

} // namespace flowdeck::valuestream
