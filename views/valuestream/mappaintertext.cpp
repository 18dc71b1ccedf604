// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/mappaintertext.h"

#include "common/format.h"
#include "valuestream/maplayout.h"

#include <QFontMetricsF>
#include <QLocale>

#include <cmath>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using valuestream::formatDuration;
using valuestream::Step;

namespace {

QString number(double value)
{
    // Whole numbers without decimals; others with one, in the user's locale.
    const bool whole = std::abs(value - std::round(value)) < 0.05;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td>"_s + label.toHtmlEscaped() + u"</td><td align=\"right\">"_s + value.toHtmlEscaped() +
           u"</td></tr>"_s;
}

/// A duration for a tooltip: the short form and, when it rounds, the exact one.
QString exactDuration(std::optional<qint64> ms, bool estimate)
{
    if (!ms)
        return MapText::missing();
    const QString text = MapText::estimated(formatDuration(*ms), estimate);
    const QString exact = format::exactDuration(*ms);
    return exact == formatDuration(*ms) ? text : MapText::tr("%1 (%2)").arg(text, exact);
}

} // namespace

QString MapText::missing()
{
    return u"—"_s;
}

QString MapText::estimated(const QString &value, bool estimate)
{
    //: A workshop estimate's figure: "≈ 2 h".
    return estimate ? tr("≈ %1").arg(value) : value;
}

QString MapText::duration(std::optional<qint64> ms, bool estimate)
{
    return ms ? estimated(formatDuration(*ms), estimate) : missing();
}

QString MapText::lead(const Step &step)
{
    if (!step.waitMs && !step.processMs)
        return missing();
    return estimated(formatDuration(step.leadMs()), !step.measured);
}

QString MapText::completeAccurate(std::optional<double> pct, bool estimate)
{
    //: Percent complete and accurate: "92 %".
    return pct ? estimated(tr("%1 %").arg(number(*pct)), estimate) : missing();
}

QString MapText::people(std::optional<double> people, bool estimate)
{
    return people ? estimated(number(*people), estimate) : missing();
}

QString MapText::wip(std::optional<int> wip, bool estimate)
{
    return wip ? estimated(QLocale().toString(*wip), estimate) : missing();
}

QString MapText::percent(double fraction)
{
    const double pct = fraction * 100.0;
    return tr("%1 %").arg(QLocale().toString(pct, 'f', pct < 10.0 && pct > 0.0 ? 1 : 0));
}

QString MapText::optionalPercent(std::optional<double> fraction)
{
    return fraction ? percent(*fraction) : missing();
}

QString MapText::stepToolTip(const MapDrawing &drawing, const Step &step)
{
    const bool estimate = !step.measured;
    QString html = u"<p><b>"_s + step.name.toHtmlEscaped() + u"</b>"_s;
    const auto &bottleneck = drawing.analysis ? drawing.analysis->bottleneck : std::nullopt;
    if (bottleneck && bottleneck->id == step.id)
        html += u"<br/><b>"_s + tr("Bottleneck: %1").arg(bottleneck->reason).toHtmlEscaped() + u"</b>"_s;
    html += u"<br/>"_s;
    if (step.measured) {
        const QString statistic =
            drawing.map.statistic == valuestream::Statistic::P85 ? tr("85th percentile") : tr("median");
        const QString measured = step.sampleCount == 1
                                     ? tr("Measured: the %1 of 1 record").arg(statistic)
                                     : tr("Measured: the %1 of %n records", nullptr, step.sampleCount).arg(statistic);
        html += measured.toHtmlEscaped();
    } else {
        html += tr("Workshop estimate").toHtmlEscaped();
    }
    html += u"</p><table>"_s;
    html += row(tr("Wait before it"), exactDuration(step.waitMs, estimate));
    html += row(tr("Process time (PT)"), exactDuration(step.processMs, estimate));
    html += row(tr("Lead time (LT)"), lead(step));
    html += row(tr("Complete and accurate (%C&A)"), completeAccurate(step.pctCompleteAccurate, estimate));
    html += row(tr("People"), people(step.people, estimate));
    html += row(tr("Work in progress (WIP)"), wip(step.wip, estimate));
    if (const valuestream::StepAnalysis *analysis = stepAnalysis(drawing, step.id)) {
        if (analysis->onCriticalPath) {
            html += row(tr("Share of lead time"), percent(analysis->share));
        } else {
            html += row(tr("Critical path"), tr("not on it"));
            html += row(tr("Slack"), formatDuration(analysis->slackMs));
        }
        html += row(tr("Rank by share"), QLocale().toString(analysis->rank));
    }
    html += u"</table>"_s;
    if (!step.notes.trimmed().isEmpty())
        html += u"<p><b>"_s + tr("Notes").toHtmlEscaped() + u"</b><br/>"_s +
                step.notes.trimmed().toHtmlEscaped().replace(u'\n', u"<br/>"_s) + u"</p>"_s;
    const QStringList ideas = step.ideas();
    if (!ideas.isEmpty()) {
        html += u"<p><b>"_s + tr("Improvement ideas").toHtmlEscaped() + u"</b></p><ul>"_s;
        for (const QString &idea : ideas)
            html += u"<li>"_s + idea.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }
    return html;
}

QString MapText::accessibleDescription(const MapDrawing &drawing)
{
    QStringList parts;
    const int steps = int(drawing.map.steps.size());
    parts.append(steps == 1 ? tr("1 step") : tr("%n steps", nullptr, steps));
    if (drawing.map.hasParallelBranches())
        parts.append(tr("with parallel branches"));
    if (const auto &analysis = drawing.analysis) {
        parts.append(tr("total lead time %1, process time %2, activity ratio %3")
                         .arg(formatDuration(analysis->totalLeadMs), formatDuration(analysis->totalProcessMs),
                              optionalPercent(analysis->activityRatio)));
        if (const auto &bottleneck = analysis->bottleneck) {
            const int index = drawing.map.indexOfStep(bottleneck->id);
            if (index >= 0)
                parts.append(tr("bottleneck %1: %2").arg(drawing.map.steps[index].name, bottleneck->reason));
        }
    }
    const int selected = drawing.map.indexOfStep(drawing.selectedStepId);
    if (drawing.selectedStepId != 0 && selected >= 0) {
        const Step &step = drawing.map.steps[selected];
        const bool estimate = !step.measured;
        parts.append(tr("selected: %1, wait %2, process time %3, lead time %4%5")
                         .arg(step.name, duration(step.waitMs, estimate), duration(step.processMs, estimate),
                              lead(step), estimate ? tr(", an estimate") : QString()));
    }
    //: Separates the parts of the map's spoken summary.
    return parts.join(tr("; "));
}

QStringList wrappedLines(const QString &text, const QFontMetricsF &metrics, qreal width, int maxLines)
{
    QStringList lines;
    const QString simplified = text.simplified();
    if (simplified.isEmpty() || maxLines <= 0)
        return lines;
    qsizetype start = 0;
    while (start < simplified.size() && lines.size() < maxLines) {
        const QString rest = simplified.mid(start);
        if (lines.size() == maxLines - 1 || metrics.horizontalAdvance(rest) <= width) {
            lines.append(metrics.elidedText(rest, Qt::ElideRight, width));
            break;
        }
        // The longest run of whole words that fits; a word longer than the line is cut.
        qsizetype end = rest.size();
        qsizetype lastSpace = -1;
        for (qsizetype i = 1; i <= rest.size(); ++i) {
            if (i < rest.size() && rest.at(i) == u' ' && metrics.horizontalAdvance(rest.left(i)) <= width)
                lastSpace = i;
            if (metrics.horizontalAdvance(rest.left(i)) > width) {
                end = lastSpace > 0 ? lastSpace : std::max<qsizetype>(1, i - 1);
                break;
            }
        }
        lines.append(rest.left(end).trimmed());
        start += end;
        while (start < simplified.size() && simplified.at(start) == u' ')
            ++start;
    }
    return lines;
}

} // namespace flowdeck::views
