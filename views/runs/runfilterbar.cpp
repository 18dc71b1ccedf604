// SPDX-License-Identifier: GPL-3.0-or-later
#include "runs/runfilterbar.h"

#include "common/pagestyle.h"
#include "common/periodchooser.h"
#include "common/statusstyle.h"
#include "domain/delivery.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLineEdit>
#include <QToolButton>

#include <algorithm>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

/// Where a status comes in the status list: outcomes first, then what is under way, then the rest by name.
int statusRank(const QString &status)
{
    static const QStringList order{QString::fromLatin1(Status::Succeeded), QString::fromLatin1(Status::Failed),
                                   QString::fromLatin1(Status::Running),   QString::fromLatin1(Status::Queued),
                                   QString::fromLatin1(Status::Waiting),   QString::fromLatin1(Status::Canceled),
                                   QString::fromLatin1(Status::Skipped)};
    const qsizetype rank = order.indexOf(status);
    return rank < 0 ? int(order.size()) : int(rank);
}

/// Keeps the chosen item (by its data) across a refill, or chooses the first ("All …") when it is gone.
void restore(QComboBox *combo, const QVariant &chosen)
{
    const int index = chosen.isValid() ? combo->findData(chosen) : 0;
    combo->setCurrentIndex(std::max(0, index));
}

} // namespace

RunFilterBar::RunFilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_typing.setSingleShot(true);
    m_typing.setInterval(typingDelayMs);
    connect(&m_typing, &QTimer::timeout, this, &RunFilterBar::changed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);

    auto combo = [this](const QString &objectName) {
        auto *box = new QComboBox(this);
        box->setObjectName(objectName);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &RunFilterBar::changed);
        return box;
    };
    m_pipeline = combo(u"pipelineFilter"_s);
    m_service = combo(u"serviceFilter"_s);
    m_status = combo(u"statusFilter"_s);

    m_text = new QLineEdit(this);
    m_text->setObjectName(u"runTextFilter"_s);
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(24 * unit);
    connect(m_text, &QLineEdit::textChanged, this, [this] {
        if (!m_clearing)
            m_typing.start();
    });
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        if (m_typing.isActive()) {
            m_typing.stop();
            changed();
        }
    });

    m_period = new PeriodChooser(this);
    connect(m_period, &PeriodChooser::periodChanged, this, &RunFilterBar::changed);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(u"clearRunFilters"_s);
    m_clear->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_clear, &QToolButton::clicked, this, &RunFilterBar::clear);

    layout->addWidget(m_pipeline);
    layout->addWidget(m_service);
    layout->addWidget(m_status);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_period);
    layout->addWidget(m_clear);

    setChoices({});
    retranslate();
}

RunFilterBar::~RunFilterBar() = default;

void RunFilterBar::changed()
{
    m_clear->setEnabled(isFiltering());
    if (!m_clearing)
        Q_EMIT filterChanged();
}

runs::RunFilter RunFilterBar::filter() const
{
    runs::RunFilter filter;
    if (const QVariant pipeline = m_pipeline->currentData(); pipeline.isValid())
        filter.pipelineId = pipeline.toLongLong();
    if (const QVariant service = m_service->currentData(); service.isValid())
        filter.serviceId = service.toLongLong();
    filter.status = m_status->currentData().toString();
    filter.text = m_text->text().trimmed();
    filter.from = m_period->from();
    filter.to = m_period->to();
    return filter;
}

bool RunFilterBar::isFiltering() const
{
    return !filter().isEmpty();
}

void RunFilterBar::setChoices(const runs::RunLogFacts &facts)
{
    const runs::RunFilter before = filter();
    const QVariant pipeline = m_pipeline->currentData();
    const QVariant service = m_service->currentData();
    const QVariant status = m_status->currentData();
    {
        const QSignalBlocker pipelineBlocker(m_pipeline);
        const QSignalBlocker serviceBlocker(m_service);
        const QSignalBlocker statusBlocker(m_status);

        // Pipelines of the same name in different services are told apart by the service.
        QHash<QString, int> names;
        for (const runs::PipelineName &p : facts.pipelines)
            ++names[p.name];
        m_pipeline->clear();
        m_pipeline->addItem(tr("All pipelines"), QVariant());
        for (const runs::PipelineName &p : facts.pipelines) {
            const bool ambiguous = names.value(p.name) > 1 && !p.service.isEmpty();
            //: A pipeline in the pipeline filter when another of the same name exists: "deploy (checkout)".
            m_pipeline->addItem(ambiguous ? tr("%1 (%2)").arg(p.name, p.service) : p.name, p.id);
        }
        restore(m_pipeline, pipeline);

        m_service->clear();
        m_service->addItem(tr("All services"), QVariant());
        for (const runs::ServiceName &s : facts.services)
            m_service->addItem(s.name, s.id);
        restore(m_service, service);
        // The service narrows differently from the pipeline only where a service has several pipelines.
        QHash<Id, int> pipelinesOf;
        bool several = false;
        for (const runs::PipelineName &p : facts.pipelines) {
            if (p.serviceId && ++pipelinesOf[*p.serviceId] > 1)
                several = true;
        }
        const bool offerServices = facts.services.size() > 1 && several;
        m_service->setVisible(offerServices);
        if (!offerServices)
            m_service->setCurrentIndex(0);

        fillStatuses(facts.statuses);
        restore(m_status, status);
        // One pipeline leaves nothing to choose.
        m_pipeline->setVisible(facts.pipelines.size() > 1);
        if (facts.pipelines.size() <= 1)
            m_pipeline->setCurrentIndex(0);
    }
    m_clear->setEnabled(isFiltering());
    // A choice that is gone (its pipeline deleted, say) no longer filters.
    if (filter() != before)
        changed();
}

void RunFilterBar::fillStatuses(QStringList statuses)
{
    std::stable_sort(statuses.begin(), statuses.end(),
                     [](const QString &a, const QString &b) { return statusRank(a) < statusRank(b); });
    m_status->clear();
    m_status->addItem(tr("All statuses"), QVariant());
    for (const QString &status : std::as_const(statuses)) {
        const StatusStyle style = StatusStyle::of(status);
        m_status->addItem(style.icon(palette()), style.label, status);
    }
}

void RunFilterBar::clear()
{
    const bool wasFiltering = isFiltering();
    m_typing.stop();
    m_clearing = true;
    m_pipeline->setCurrentIndex(0);
    m_service->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_text->clear();
    m_period->setPeriod(PeriodChooser::Period::AnyTime);
    m_clearing = false;
    m_clear->setEnabled(false);
    if (wasFiltering)
        Q_EMIT filterChanged();
}

void RunFilterBar::retranslate()
{
    m_pipeline->setItemText(0, tr("All pipelines"));
    m_pipeline->setAccessibleName(tr("Pipeline"));
    m_service->setItemText(0, tr("All services"));
    m_service->setAccessibleName(tr("Service"));
    m_status->setItemText(0, tr("All statuses"));
    m_status->setAccessibleName(tr("Status"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i, StatusStyle::of(m_status->itemData(i).toString()).label);
    m_text->setPlaceholderText(tr("Branch, commit or pipeline"));
    m_text->setAccessibleName(tr("Branch, commit or pipeline"));
    m_text->setToolTip(tr("Runs whose branch, commit id, pipeline or name on the CI server contains this text, in "
                          "any case"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setEnabled(isFiltering());
}

void RunFilterBar::restyle()
{
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemIcon(i, StatusStyle::of(m_status->itemData(i).toString()).icon(palette()));
}

void RunFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        restyle();
    QWidget::changeEvent(event);
}

} // namespace flowdeck::views
