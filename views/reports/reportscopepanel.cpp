// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportscopepanel.h"

#include "common/pagestyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

constexpr auto settingsGroup = "reports";
constexpr auto periodKey = "period";
constexpr auto fromKey = "from";
constexpr auto toKey = "to";
constexpr auto excludedKey = "excludedServices";
constexpr auto sectionsKey = "sections";
constexpr auto outputKey = "format";

constexpr std::array periods = {ReportScopePanel::Period::Last30Days, ReportScopePanel::Period::Last90Days,
                                ReportScopePanel::Period::LastQuarter, ReportScopePanel::Period::Custom};
constexpr std::array outputs = {ReportScopePanel::Output::PdfA4, ReportScopePanel::Output::PdfLetter,
                                ReportScopePanel::Output::Html, ReportScopePanel::Output::CsvFolder,
                                ReportScopePanel::Output::Json};

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

QString ReportScopePanel::periodName(Period period)
{
    switch (period) {
    case Period::Last30Days:
        return u"last-30-days"_s;
    case Period::Last90Days:
        return u"last-90-days"_s;
    case Period::LastQuarter:
        return u"last-quarter"_s;
    case Period::Custom:
        break;
    }
    return u"custom"_s;
}

std::optional<ReportScopePanel::Period> ReportScopePanel::periodFromName(const QString &name)
{
    for (const Period period : periods) {
        if (periodName(period) == name)
            return period;
    }
    return std::nullopt;
}

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

QDate ReportScopePanel::today()
{
    return QDateTime::currentDateTimeUtc().date();
}

std::optional<std::pair<QDate, QDate>> ReportScopePanel::presetDays(Period period, const QDate &today)
{
    switch (period) {
    case Period::Last30Days:
        return std::pair(today.addDays(-29), today);
    case Period::Last90Days:
        return std::pair(today.addDays(-89), today);
    case Period::LastQuarter: {
        const QDate thisQuarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        return std::pair(thisQuarter.addMonths(-3), thisQuarter.addDays(-1));
    }
    case Period::Custom:
        break;
    }
    return std::nullopt;
}

ReportScopePanel::Choice ReportScopePanel::readSettings(const QDate &today)
{
    QSettings settings;
    settings.beginGroup(key(settingsGroup));
    Choice choice;
    choice.period = periodFromName(settings.value(key(periodKey)).toString()).value_or(Period::Last90Days);
    if (const auto days = presetDays(choice.period, today)) {
        choice.from = days->first;
        choice.to = days->second;
    } else {
        choice.from = QDate::fromString(settings.value(key(fromKey)).toString(), Qt::ISODate);
        choice.to = QDate::fromString(settings.value(key(toKey)).toString(), Qt::ISODate);
        if (!choice.from.isValid() || !choice.to.isValid()) {
            // A custom range that cannot be read is no range: the default stands in for it.
            choice.period = Period::Last90Days;
            std::tie(choice.from, choice.to) = *presetDays(choice.period, today);
        } else if (choice.from > choice.to) {
            std::swap(choice.from, choice.to);
        }
    }
    choice.excludedServices = settings.value(key(excludedKey)).toStringList();
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
    settings.setValue(key(periodKey), periodName(choice.period));
    settings.setValue(key(fromKey), choice.from.toString(Qt::ISODate));
    settings.setValue(key(toKey), choice.to.toString(Qt::ISODate));
    settings.setValue(key(excludedKey), choice.excludedServices);
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

    m_periodTitle = pagestyle::sectionTitle(this);
    layout->addWidget(m_periodTitle);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"reportPeriod"_s);
    for (const Period period : periods)
        m_period->addItem(QString(), int(period));
    m_periodTitle->setBuddy(m_period);
    layout->addWidget(m_period);
    auto *dates = new QGridLayout;
    dates->setContentsMargins(0, 0, 0, 0);
    dates->setHorizontalSpacing(unit);
    dates->setVerticalSpacing(unit / 2);
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"reportFrom"_s);
    m_to = new QDateEdit(this);
    m_to->setObjectName(u"reportTo"_s);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        // The page gathers the report once the typing stopped; a half-typed year is not a period.
        edit->setKeyboardTracking(false);
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    dates->addWidget(m_fromLabel, 0, 0);
    dates->addWidget(m_from, 0, 1);
    dates->addWidget(m_toLabel, 1, 0);
    dates->addWidget(m_to, 1, 1);
    dates->setColumnStretch(1, 1);
    layout->addLayout(dates);
    layout->addSpacing(2 * unit);

    m_servicesTitle = pagestyle::sectionTitle(this);
    layout->addWidget(m_servicesTitle);
    m_allServices = new QCheckBox(this);
    m_allServices->setObjectName(u"reportAllServices"_s);
    layout->addWidget(m_allServices);
    m_services = new QListWidget(this);
    m_services->setObjectName(u"reportServices"_s);
    m_services->setUniformItemSizes(true);
    m_servicesTitle->setBuddy(m_services);
    layout->addWidget(m_services);
    layout->addSpacing(2 * unit);

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

    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportScopePanel::periodChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportScopePanel::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportScopePanel::datesEdited);
    connect(m_allServices, &QCheckBox::clicked, this, &ReportScopePanel::allServicesToggled);
    connect(m_services, &QListWidget::itemChanged, this, &ReportScopePanel::serviceItemChanged);
    connect(m_output, &QComboBox::currentIndexChanged, this, &ReportScopePanel::outputChosen);

    retranslate();
    std::tie(m_choice.from, m_choice.to) = *presetDays(m_choice.period, today());
    showChoice();
}

ReportScopePanel::~ReportScopePanel() = default;

void ReportScopePanel::setServices(const QList<Service> &services)
{
    m_serviceList = services;
    const QSignalBlocker blocker(m_services);
    m_services->clear();
    for (const Service &service : services) {
        auto *item = new QListWidgetItem(service.name, m_services);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setData(Qt::UserRole, service.id);
        if (!service.description.isEmpty())
            item->setToolTip(service.description);
    }
    // As high as its services, from three to eight of them in sight; more scroll.
    const int rows = std::clamp(int(services.size()), 3, 8);
    const int row = services.isEmpty() ? m_services->fontMetrics().height() + unit / 2 : m_services->sizeHintForRow(0);
    m_services->setFixedHeight(rows * row + 2 * m_services->frameWidth() + unit / 2);
    showChoice();
}

void ReportScopePanel::setChoice(const Choice &choice)
{
    m_choice = choice;
    showChoice();
}

report::ReportScope ReportScopePanel::scope() const
{
    report::ReportScope scope;
    scope.from = m_choice.from.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    scope.to = m_choice.to.addDays(1).startOfDay(Qt::UTC).toMSecsSinceEpoch();
    for (const Service &service : m_serviceList) {
        if (!m_choice.excludedServices.contains(service.name))
            scope.serviceIds.append(service.id);
    }
    // Every service chosen is the whole workspace, services added after the choice included.
    if (scope.serviceIds.size() == m_serviceList.size())
        scope.serviceIds.clear();
    scope.sections.clear();
    for (const report::Section section : report::allSections()) {
        if (m_choice.sections.contains(section))
            scope.sections.append(section);
    }
    return scope;
}

bool ReportScopePanel::hasSomethingToReport() const
{
    return nothingToReportReason().isEmpty();
}

QString ReportScopePanel::nothingToReportReason() const
{
    const bool anyService = m_serviceList.isEmpty() ||
                            std::any_of(m_serviceList.begin(), m_serviceList.end(), [this](const Service &service) {
                                return !m_choice.excludedServices.contains(service.name);
                            });
    if (!anyService)
        return tr("No service is chosen. Choose at least one service under Services.");
    if (m_choice.sections.isEmpty())
        return tr("No section is chosen. Choose at least one section under Sections.");
    return {};
}

QCheckBox *ReportScopePanel::sectionBox(report::Section section) const
{
    const qsizetype index = report::allSections().indexOf(section);
    return index >= 0 ? m_sections.value(index) : nullptr;
}

void ReportScopePanel::periodChosen()
{
    if (m_updating)
        return;
    m_choice.period = Period(m_period->currentData().toInt());
    if (const auto days = presetDays(m_choice.period, today()))
        std::tie(m_choice.from, m_choice.to) = *days;
    showChoice();
    changed(true);
}

void ReportScopePanel::datesEdited()
{
    if (m_updating)
        return;
    // Dates typed or picked are a range of their own.
    m_choice.period = Period::Custom;
    m_choice.from = m_from->date();
    m_choice.to = m_to->date();
    if (m_choice.from > m_choice.to)
        std::swap(m_choice.from, m_choice.to);
    showChoice();
    changed(true);
}

void ReportScopePanel::allServicesToggled(bool checked)
{
    if (m_updating)
        return;
    m_choice.excludedServices.clear();
    if (!checked) {
        for (const Service &service : std::as_const(m_serviceList))
            m_choice.excludedServices.append(service.name);
    }
    showChoice();
    changed(true);
}

void ReportScopePanel::serviceItemChanged(QListWidgetItem *item)
{
    if (m_updating)
        return;
    const QString name = item->text();
    m_choice.excludedServices.removeAll(name);
    if (item->checkState() != Qt::Checked)
        m_choice.excludedServices.append(name);
    showAllServicesState();
    changed(true);
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
    m_period->setCurrentIndex(m_period->findData(int(m_choice.period)));
    m_from->setDate(m_choice.from);
    m_to->setDate(m_choice.to);
    for (int i = 0; i < m_services->count(); ++i) {
        QListWidgetItem *item = m_services->item(i);
        item->setCheckState(m_choice.excludedServices.contains(item->text()) ? Qt::Unchecked : Qt::Checked);
    }
    const QList<report::Section> all = report::allSections();
    for (qsizetype i = 0; i < all.size(); ++i)
        m_sections[i]->setChecked(m_choice.sections.contains(all[i]));
    m_output->setCurrentIndex(m_output->findData(int(m_choice.output)));
    m_updating = false;
    showAllServicesState();
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

void ReportScopePanel::showAllServicesState()
{
    int chosen = 0;
    for (const Service &service : std::as_const(m_serviceList)) {
        if (!m_choice.excludedServices.contains(service.name))
            ++chosen;
    }
    const QSignalBlocker blocker(m_allServices);
    m_allServices->setTristate(chosen > 0 && chosen < m_serviceList.size());
    m_allServices->setCheckState(chosen == m_serviceList.size() ? Qt::Checked
                                 : chosen == 0                  ? Qt::Unchecked
                                                                : Qt::PartiallyChecked);
    m_allServices->setEnabled(!m_serviceList.isEmpty());
}

void ReportScopePanel::retranslate()
{
    m_periodTitle->setText(tr("&Period"));
    const QStringList periodTexts = {tr("Last 30 days"), tr("Last 90 days"), tr("Last quarter"), tr("Custom range")};
    for (int i = 0; i < periodTexts.size(); ++i)
        m_period->setItemText(i, periodTexts[i]);
    m_period->setToolTip(tr("The days the report covers. Each figure is compared with the period of the same "
                            "length before it. Last quarter is the whole calendar quarter before this one."));
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&To"));
    m_from->setToolTip(tr("The first day of the report, included; days are UTC days, as the report prints them"));
    m_to->setToolTip(tr("The last day of the report, included; days are UTC days, as the report prints them"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));

    m_servicesTitle->setText(tr("&Services"));
    m_allServices->setText(tr("All services"));
    m_allServices->setToolTip(tr("Report on every service of the workspace, those added later included"));
    m_services->setAccessibleName(tr("Services"));
    m_services->setToolTip(tr("The services the report covers"));

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
