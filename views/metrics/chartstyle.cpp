// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/chartstyle.h"

#include "common/format.h"
#include "common/pagestyle.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QGraphicsLayout>
#include <QLegend>
#include <QList>
#include <QValueAxis>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace flowdeck::views::chartstyle {

using namespace Qt::StringLiterals;

namespace {

// The translation context of every string in this file.
struct ChartStyle
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::views::chartstyle)
};

// A piece of a date format: a field ("d", "MMMM", "yyyy"), a quoted literal or a run of other characters.
struct FormatToken
{
    QString text;
    bool field = false;
    bool quoted = false;
};

bool isFieldLetter(QChar c)
{
    return c == u'd' || c == u'M' || c == u'y';
}

QList<FormatToken> tokenize(const QString &format)
{
    QList<FormatToken> tokens;
    qsizetype i = 0;
    while (i < format.size()) {
        const QChar c = format.at(i);
        qsizetype end = i + 1;
        if (isFieldLetter(c)) {
            while (end < format.size() && format.at(end) == c)
                ++end;
            tokens.append({format.mid(i, end - i), true, false});
        } else if (c == u'\'') {
            // A quoted literal runs to the next single quote; two quotes stand for one.
            while (end < format.size()) {
                if (format.at(end) == u'\'') {
                    if (end + 1 < format.size() && format.at(end + 1) == u'\'') {
                        end += 2;
                        continue;
                    }
                    ++end;
                    break;
                }
                ++end;
            }
            tokens.append({format.mid(i, end - i), false, true});
        } else {
            while (end < format.size() && !isFieldLetter(format.at(end)) && format.at(end) != u'\'')
                ++end;
            tokens.append({format.mid(i, end - i), false, false});
        }
        i = end;
    }
    return tokens;
}

// Separators and quoted words left at either end once the year and the weekday are gone (", ", " 'de' ").
bool isLooseEnd(const FormatToken &token)
{
    if (token.field)
        return false;
    if (token.quoted)
        return true;
    for (const QChar c : token.text) {
        if (!c.isSpace() && !c.isPunct())
            return false;
    }
    return true;
}

// A round duration that labels a duration axis; the major ones stay when there is no room for all.
struct RoundDuration
{
    double hours;
    bool major;
};

constexpr RoundDuration roundDurations[] = {
    {1.0 / 60, true}, {10.0 / 60, false}, {1, true},     {4, false},   {24, true},     {72, false},   {168, true},
    {336, false},     {672, true},        {2016, false}, {8760, true}, {26280, false}, {87600, true},
};

QString roundDurationLabel(double hours)
{
    if (hours < 1)
        return ChartStyle::tr("%1 min").arg(qRound(hours * 60));
    if (hours < 24)
        return ChartStyle::tr("%1 h").arg(qRound(hours));
    if (hours < 168)
        return ChartStyle::tr("%1 d").arg(qRound(hours / 24));
    if (hours < 8760)
        return ChartStyle::tr("%1 w").arg(qRound(hours / 168));
    return ChartStyle::tr("%1 y").arg(qRound(hours / 8760));
}

QDate localDay(Timestamp at)
{
    return QDateTime::fromMSecsSinceEpoch(at, Qt::LocalTime).date();
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor colour(OkabeIto colour, const QPalette &palette)
{
    if (colour == OkabeIto::Black)
        return palette.color(QPalette::Text);
    // Blue is too dark to read on a dark background; sky is its light sibling (as for statuses).
    if (colour == OkabeIto::Blue && isDark(palette))
        return okabeIto(OkabeIto::Sky);
    return okabeIto(colour);
}

void applyTheme(QChart *chart, const QWidget *widget)
{
    const QPalette &palette = widget->palette();
    const QColor text = palette.color(QPalette::Text);
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    // Room above the title; the view's background shows there, in the same colour (MetricsChart::restyle).
    chart->layout()->setContentsMargins(0, pagestyle::unit, 0, 0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(pagestyle::unit, pagestyle::unit / 2, pagestyle::unit, pagestyle::unit / 2));
    chart->setTitleBrush(text);
    chart->setTitleFont(pagestyle::scaledFont(widget->font(), 1.1, QFont::DemiBold));
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    QLegend *legend = chart->legend();
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(widget->font());
    legend->setLabelColor(text);
    legend->setBackgroundVisible(false);
    legend->setBorderColor(Qt::transparent);
}

void styleAxis(QAbstractAxis *axis, const QWidget *widget)
{
    const QPalette &palette = widget->palette();
    QColor text = palette.color(QPalette::Text);
    QColor line = text;
    line.setAlpha(110);
    QColor grid = text;
    grid.setAlpha(36);
    axis->setLabelsFont(pagestyle::scaledFont(widget->font(), 0.9, QFont::Normal));
    axis->setLabelsColor(text);
    axis->setTitleFont(pagestyle::scaledFont(widget->font(), 0.9, QFont::Normal));
    axis->setTitleBrush(text);
    axis->setLinePenColor(line);
    axis->setGridLineColor(grid);
    axis->setMinorGridLineColor(grid);
    axis->setShadesVisible(false);
}

void setCountRange(QValueAxis *axis, double maximum)
{
    // The smallest step of 1, 2 or 5 times a power of ten that needs at most five intervals.
    double step = 1;
    for (double magnitude = 1;; magnitude *= 10) {
        const double candidates[] = {magnitude, 2 * magnitude, 5 * magnitude};
        const auto fits = std::find_if(std::begin(candidates), std::end(candidates),
                                       [maximum](double candidate) { return maximum <= 5 * candidate; });
        if (fits != std::end(candidates)) {
            step = *fits;
            break;
        }
    }
    const int intervals = std::max(1, int(std::ceil(maximum / step)));
    axis->setRange(0, intervals * step);
    axis->setTickCount(intervals + 1);
    axis->setMinorTickCount(0);
    // "%.0f" is the one integer format that QtCharts 6.4 writes when it localises numbers.
    axis->setLabelFormat(u"%.0f"_s);
}

double durationPosition(double hours)
{
    return std::log10(std::max(shortestHours, hours));
}

void setDurationRange(QCategoryAxis *axis, double lowHours, double highHours)
{
    const qsizetype count = std::size(roundDurations);
    qsizetype first = 0;
    while (first + 1 < count && roundDurations[first + 1].hours <= lowHours)
        ++first;
    qsizetype last = count - 1;
    while (last > 0 && roundDurations[last - 1].hours >= highHours)
        --last;
    if (last <= first)
        last = std::min(count - 1, first + 1);
    if (last <= first)
        first = last - 1;
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    const double bottom = durationPosition(roundDurations[first].hours);
    const double top = durationPosition(roundDurations[last].hours);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(bottom);
    axis->setRange(bottom, top);
    // Every round duration in range when they fit (nine labels), else the major ones and the ends.
    const bool all = last - first < 9;
    for (qsizetype i = first; i <= last; ++i) {
        if (all || roundDurations[i].major || i == first || i == last)
            axis->append(roundDurationLabel(roundDurations[i].hours), durationPosition(roundDurations[i].hours));
    }
}

QString dayMonthFormat(const QLocale &locale, const QString &month)
{
    QList<FormatToken> tokens = tokenize(locale.dateFormat(QLocale::LongFormat));
    // The year goes with the separator before it ("d MMMM yyyy", "MMMM d, yyyy"), or after it when it leads
    // ("yyyy年M月d日"); the weekday goes alone, since the separators next to it are trimmed below.
    for (qsizetype i = 0; i < tokens.size();) {
        const FormatToken &token = tokens.at(i);
        if (token.field && token.text.startsWith(u'y')) {
            if (i == 0 && tokens.size() > 1 && !tokens.at(1).field) {
                tokens.remove(0, 2);
            } else if (i > 0 && !tokens.at(i - 1).field) {
                tokens.remove(i - 1, 2);
                --i;
            } else {
                tokens.remove(i);
            }
            continue;
        }
        if (token.field && token.text.startsWith(u'd') && token.text.size() >= 3) {
            tokens.remove(i);
            continue;
        }
        ++i;
    }
    while (!tokens.isEmpty() && isLooseEnd(tokens.first()))
        tokens.removeFirst();
    while (!tokens.isEmpty() && isLooseEnd(tokens.last()))
        tokens.removeLast();
    QString format;
    for (const FormatToken &token : std::as_const(tokens))
        format += token.field && token.text.startsWith(u'M') && token.text.size() >= 3 ? month : token.text;
    return format.isEmpty() ? u"d MMM"_s : format;
}

QString axisDay(Timestamp at)
{
    const QLocale locale;
    return locale.toString(localDay(at), dayMonthFormat(locale, u"MMM"_s));
}

QString titleDay(Timestamp at)
{
    const QLocale locale;
    return locale.toString(localDay(at), dayMonthFormat(locale, u"MMMM"_s));
}

QString hours(double value)
{
    const QString number = value < 1 ? QLocale().toString(value, 'g', 2) : QLocale().toString(value, 'f', 1);
    //: Hours, as in "51.2 h".
    return ChartStyle::tr("%1 h").arg(number);
}

QString durationWithHours(qint64 milliseconds)
{
    //: A duration humanised, then in hours: "2 d 3 h (51.2 h)".
    return ChartStyle::tr("%1 (%2)").arg(format::duration(milliseconds), hours(double(milliseconds) / 3600000.0));
}

} // namespace flowdeck::views::chartstyle
