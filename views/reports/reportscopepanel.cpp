// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportscopepanel.h"

#include "common/pagestyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

#include <array>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

constexpr auto settingsGroup = "reports";
constexpr auto sectionsKey = "sections";
constexpr auto outputKey = "format";

constexpr std::array outputs = {ReportScopePanel::Output::PdfA4, ReportScopePanel::Output::PdfLetter,
                                ReportScopePanel::Output::Html, ReportScopePanel::Output::CsvFolder,
                                ReportScopePanel::Output::Json};

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

QString ReportScopePanel::outputName(Output output)
{
    switch (output) {
    case Output::PdfA4:
        return u"pdf-a4"_s;
    case Output::PdfLetter:
        return u"pdf-letter"_s;
    case Output::Html:
        return u"html"_s;
    case Output::CsvFolder:
        return u"csv"_s;
    case Output::Json:
        break;
    }
    return u"json"_s;
}

std::optional<ReportScopePanel::Output> ReportScopePanel::outputFromName(const QString &name)
{
    for (const Output output : outputs) {
        if (outputName(output) == name)
            return output;
    }
    return std::nullopt;
}

report::Format ReportScopePanel::formatOf(Output output)
{
    switch (output) {
    case Output::PdfA4:
    case Output::PdfLetter:
        return report::Format::Pdf;
    case Output::Html:
        return report::Format::Html;
    case Output::CsvFolder:
        return report::Format::Csv;
    case Output::Json:
        break;
    }
    return report::Format::Json;
}

ReportPageSize ReportScopePanel::pageSizeOf(Output output)
{
    return output == Output::PdfLetter ? ReportPageSize::Letter : ReportPageSize::A4;
}

ReportScopePanel::Choice ReportScopePanel::readSettings()
{
    QSettings settings;
    settings.beginGroup(key(settingsGroup));
    Choice choice;
    if (settings.contains(key(sectionsKey))) {
        QList<report::Section> sections;
        const QStringList names = settings.value(key(sectionsKey)).toStringList();
        for (const QString &name : names) {
            if (const auto section = report::sectionFromName(name); section && !sections.contains(*section))
                sections.append(*section);
        }
        choice.sections = sections;
    }
    choice.output = outputFromName(settings.value(key(outputKey)).toString()).value_or(Output::PdfA4);
    return choice;
}

void ReportScopePanel::writeSettings(const Choice &choice)
{
    QSettings settings;
    settings.beginGroup(key(settingsGroup));
    QStringList sections;
    for (const report::Section section : choice.sections)
        sections.append(report::sectionName(section));
    settings.setValue(key(sectionsKey), sections);
    settings.setValue(key(outputKey), outputName(choice.output));
}

ReportScopePanel::ReportScopePanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit / 2);

    m_sectionsTitle = pagestyle::sectionTitle(this);
    layout->addWidget(m_sectionsTitle);
    for (const report::Section section : report::allSections()) {
        auto *box = new QCheckBox(this);
        box->setObjectName(u"reportSection-"_s + report::sectionName(section));
        connect(box, &QCheckBox::toggled, this, &ReportScopePanel::sectionToggled);
        layout->addWidget(box);
        m_sections.append(box);
    }
    layout->addSpacing(2 * unit);

    m_outputTitle = pagestyle::sectionTitle(this);
    layout->addWidget(m_outputTitle);
    m_output = new QComboBox(this);
    m_output->setObjectName(u"reportFormat"_s);
    for (const Output output : outputs)
        m_output->addItem(QString(), int(output));
    m_outputTitle->setBuddy(m_output);
    layout->addWidget(m_output);
    m_outputHint = pagestyle::quietLabel(this);
    m_outputHint->setObjectName(u"reportFormatHint"_s);
    layout->addWidget(m_outputHint);

    connect(m_output, &QComboBox::currentIndexChanged, this, &ReportScopePanel::outputChosen);

    retranslate();
    showChoice();
}

ReportScopePanel::~ReportScopePanel() = default;

void ReportScopePanel::setChoice(const Choice &choice)
{
    m_choice = choice;
    showChoice();
}

QList<report::Section> ReportScopePanel::sections() const
{
    QList<report::Section> sections;
    for (const report::Section section : report::allSections()) {
        if (m_choice.sections.contains(section))
            sections.append(section);
    }
    return sections;
}

bool ReportScopePanel::hasSomethingToReport() const
{
    return nothingToReportReason().isEmpty();
}

QString ReportScopePanel::nothingToReportReason() const
{
    if (m_choice.sections.isEmpty())
        return tr("No section is chosen. Choose at least one section under Sections.");
    return {};
}

QCheckBox *ReportScopePanel::sectionBox(report::Section section) const
{
    const qsizetype index = report::allSections().indexOf(section);
    return index >= 0 ? m_sections.value(index) : nullptr;
}

void ReportScopePanel::sectionToggled()
{
    if (m_updating)
        return;
    m_choice.sections.clear();
    const QList<report::Section> all = report::allSections();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (m_sections[i]->isChecked())
            m_choice.sections.append(all[i]);
    }
    changed(true);
}

void ReportScopePanel::outputChosen()
{
    if (m_updating)
        return;
    m_choice.output = Output(m_output->currentData().toInt());
    showOutputHint();
    changed(false);
}

void ReportScopePanel::changed(bool scope)
{
    writeSettings(m_choice);
    if (scope)
        Q_EMIT scopeChanged();
    else
        Q_EMIT outputChanged();
}

void ReportScopePanel::showChoice()
{
    m_updating = true;
    const QList<report::Section> all = report::allSections();
    for (qsizetype i = 0; i < all.size(); ++i)
        m_sections[i]->setChecked(m_choice.sections.contains(all[i]));
    m_output->setCurrentIndex(m_output->findData(int(m_choice.output)));
    m_updating = false;
    showOutputHint();
}

void ReportScopePanel::showOutputHint()
{
    switch (m_choice.output) {
    case Output::PdfA4:
    case Output::PdfLetter:
        m_outputHint->setText(tr("One file, as the preview shows it."));
        break;
    case Output::Html:
        m_outputHint->setText(tr("One file that opens in any browser and prints like the preview."));
        break;
    case Output::CsvFolder:
        m_outputHint->setText(tr("A folder with one file per table of the report, for a spreadsheet."));
        break;
    case Output::Json:
        m_outputHint->setText(tr("The report's figures for scripts: the same numbers as the preview."));
        break;
    }
}

void ReportScopePanel::retranslate()
{
    m_sectionsTitle->setText(tr("Sections"));
    const QList<report::Section> all = report::allSections();
    for (qsizetype i = 0; i < all.size(); ++i) {
        m_sections[i]->setText(report::sectionTitle(all[i]));
    }
    m_sections[all.indexOf(report::Section::Summary)]->setToolTip(
        tr("The first page in plain words: the levels, the main bottleneck and what to improve first"));

    m_outputTitle->setText(tr("F&ormat"));
    const QStringList outputTexts = {tr("PDF, A4"), tr("PDF, US Letter"), tr("HTML page"), tr("CSV files in a folder"),
                                     tr("JSON")};
    for (int i = 0; i < outputTexts.size(); ++i)
        m_output->setItemText(i, outputTexts[i]);
    showOutputHint();
    m_output->setToolTip(tr("What Export… writes: a PDF to print or send, one HTML file that opens in any browser, "
                            "a folder of CSV tables for a spreadsheet, or JSON for scripts"));
}

void ReportScopePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace flowdeck::views
