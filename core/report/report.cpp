// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report.h"

#include "report/reporttext.h"

#include <QLocale>

#include <cmath>

namespace flowdeck::report {

using namespace Qt::StringLiterals;

namespace {

/// Figures are written with a point for decimals whatever the locale, so that the PDF, the HTML and the CSV of one
/// report print the very same characters and the CSV reads back in any spreadsheet setting.
QString fixed(double value, int decimals)
{
    if (!std::isfinite(value))
        return ReportText::tr("no data");
    QString text = QLocale::c().toString(value, 'f', decimals);
    // "-0.0" reads as a negative figure; a rounded zero is zero.
    if (text.startsWith(u'-') && QLocale::c().toDouble(text) == 0.0)
        text.remove(0, 1);
    return text;
}

} // namespace

QList<Section> allSections()
{
    return {Section::Summary,  Section::Dora,     Section::Trends,  Section::ValueStream,
            Section::LeadTime, Section::Releases, Section::Appendix};
}

QString sectionName(Section section)
{
    switch (section) {
    case Section::Summary:
        return u"summary"_s;
    case Section::Dora:
        return u"dora"_s;
    case Section::Trends:
        return u"trends"_s;
    case Section::ValueStream:
        return u"valuestream"_s;
    case Section::LeadTime:
        return u"leadtime"_s;
    case Section::Releases:
        return u"releases"_s;
    case Section::Appendix:
        break;
    }
    return u"appendix"_s;
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Summary:
        return ReportText::tr("Summary");
    case Section::Dora:
        return ReportText::tr("Delivery performance (DORA)");
    case Section::Trends:
        return ReportText::tr("Trends by week");
    case Section::ValueStream:
        return ReportText::tr("Value stream and opportunities");
    case Section::LeadTime:
        return ReportText::tr("How long changes take");
    case Section::Releases:
        return ReportText::tr("Releases");
    case Section::Appendix:
        break;
    }
    return ReportText::tr("Appendix: definitions and data");
}

std::optional<Section> sectionFromName(const QString &name)
{
    for (const Section section : allSections()) {
        if (sectionName(section) == name)
            return section;
    }
    return std::nullopt;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Pdf:
        return u"pdf"_s;
    case Format::Html:
        return u"html"_s;
    case Format::Csv:
        return u"csv"_s;
    case Format::Json:
        break;
    }
    return u"json"_s;
}

std::optional<Format> formatFromName(const QString &name)
{
    for (const Format format : {Format::Pdf, Format::Html, Format::Csv, Format::Json}) {
        if (formatName(format) == name)
            return format;
    }
    return std::nullopt;
}

QString Numbers::keyValue(metrics::Key key, std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return tr("no data");
    switch (key) {
    case metrics::Key::DeploymentFrequency:
        //: Deployments per day, as in "1.73 per day".
        return tr("%1 per day").arg(fixed(*value, 2));
    case metrics::Key::LeadTime:
    case metrics::Key::RecoveryTime:
        //: Hours, as in "112.3 h".
        return tr("%1 h").arg(hours(*value));
    case metrics::Key::ChangeFailureRate:
        break;
    }
    //: A percentage, as in "12.5 %".
    return tr("%1 %").arg(percent(*value));
}

QString Numbers::hours(double hours)
{
    return fixed(hours, 1);
}

QString Numbers::percent(double fraction)
{
    return fixed(fraction * 100.0, 1);
}

QString ReportText::keyTitle(metrics::Key key)
{
    switch (key) {
    case metrics::Key::DeploymentFrequency:
        return tr("Deployment frequency");
    case metrics::Key::LeadTime:
        return tr("Lead time for changes");
    case metrics::Key::ChangeFailureRate:
        return tr("Change failure rate");
    case metrics::Key::RecoveryTime:
        break;
    }
    return tr("Failed deployment recovery time");
}

QString ReportText::keyName(metrics::Key key)
{
    switch (key) {
    case metrics::Key::DeploymentFrequency:
        return u"deployment_frequency"_s;
    case metrics::Key::LeadTime:
        return u"lead_time_for_changes"_s;
    case metrics::Key::ChangeFailureRate:
        return u"change_failure_rate"_s;
    case metrics::Key::RecoveryTime:
        break;
    }
    return u"failed_deployment_recovery_time"_s;
}

QString ReportText::levelText(metrics::Level level)
{
    return level == metrics::Level::None ? tr("no data") : metrics::levelTitle(level);
}

} // namespace flowdeck::report
