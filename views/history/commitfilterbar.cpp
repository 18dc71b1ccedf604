// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/commitfilterbar.h"

#include "common/pagestyle.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

CommitFilterBar::CommitFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_authors(new QStringListModel(this))
{
    m_typing.setSingleShot(true);
    m_typing.setInterval(typingDelayMs);
    connect(&m_typing, &QTimer::timeout, this, &CommitFilterBar::changed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);

    m_repository = new QComboBox(this);
    m_repository->setObjectName(u"repositoryFilter"_s);
    m_repository->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_repository, &QComboBox::currentIndexChanged, this, &CommitFilterBar::changed);

    m_author = createLineEdit(u"authorFilter"_s);
    m_completer = new QCompleter(m_authors, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_author->setCompleter(m_completer);
    m_path = createLineEdit(u"pathFilter"_s);
    m_text = createLineEdit(u"textFilter"_s);

    m_period = new PeriodChooser(this);
    connect(m_period, &PeriodChooser::periodChanged, this, &CommitFilterBar::changed);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(u"clearFilters"_s);
    m_clear->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_clear, &QToolButton::clicked, this, &CommitFilterBar::clear);

    layout->addWidget(m_repository);
    layout->addWidget(m_author, 2);
    layout->addWidget(m_path, 3);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_period);
    layout->addWidget(m_clear);

    setRepositories({});
    retranslate();
}

CommitFilterBar::~CommitFilterBar() = default;

QLineEdit *CommitFilterBar::createLineEdit(const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    edit->setMinimumWidth(14 * unit);
    connect(edit, &QLineEdit::textChanged, this, &CommitFilterBar::typed);
    connect(edit, &QLineEdit::returnPressed, this, [this] {
        if (m_typing.isActive()) {
            m_typing.stop();
            changed();
        }
    });
    return edit;
}

void CommitFilterBar::typed()
{
    if (!m_clearing)
        m_typing.start();
}

void CommitFilterBar::changed()
{
    m_clear->setEnabled(isFiltering());
    if (!m_clearing)
        Q_EMIT filterChanged();
}

history::CommitFilter CommitFilterBar::filter() const
{
    history::CommitFilter filter;
    const QVariant repository = m_repository->currentData();
    if (repository.isValid() && !repository.isNull())
        filter.repositoryId = repository.toLongLong();
    filter.author = m_author->text().trimmed();
    filter.path = m_path->text().trimmed();
    filter.text = m_text->text().trimmed();
    filter.from = m_period->from();
    filter.to = m_period->to();
    return filter;
}

bool CommitFilterBar::isFiltering() const
{
    return !filter().isEmpty();
}

void CommitFilterBar::setRepositories(const QList<history::RepositoryName> &repositories)
{
    const QVariant chosen = m_repository->currentData();
    {
        const QSignalBlocker blocker(m_repository);
        m_repository->clear();
        m_repository->addItem(tr("All repositories"), QVariant());
        for (const history::RepositoryName &repository : repositories)
            m_repository->addItem(repository.name, repository.id);
        const int index = chosen.isValid() ? m_repository->findData(chosen) : 0;
        m_repository->setCurrentIndex(std::max(0, index));
    }
    m_repository->setVisible(repositories.size() > 1);
    if (m_repository->currentData() != chosen)
        changed();
}

void CommitFilterBar::setAuthors(const QStringList &authors)
{
    m_authors->setStringList(authors);
}

void CommitFilterBar::setPeriod(Period period)
{
    m_period->setPeriod(period);
}

void CommitFilterBar::clear()
{
    const bool wasFiltering = isFiltering();
    m_typing.stop();
    m_clearing = true;
    m_repository->setCurrentIndex(0);
    m_author->clear();
    m_path->clear();
    m_text->clear();
    m_period->setPeriod(Period::AnyTime);
    m_clearing = false;
    m_clear->setEnabled(false);
    if (wasFiltering)
        Q_EMIT filterChanged();
}

void CommitFilterBar::retranslate()
{
    m_repository->setItemText(0, tr("All repositories"));
    m_repository->setAccessibleName(tr("Repository"));
    m_author->setPlaceholderText(tr("Author name or email"));
    m_author->setAccessibleName(tr("Author"));
    m_path->setPlaceholderText(tr("Path, or a glob like *.cpp"));
    m_path->setAccessibleName(tr("Changed file"));
    m_path->setToolTip(tr("Commits that changed a matching file. Part of a path (any case), or a glob over the "
                          "whole path with * ? [ ] (case-sensitive): src/ui/*, *.cpp"));
    m_text->setPlaceholderText(tr("Words in the message"));
    m_text->setAccessibleName(tr("Message text"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setEnabled(isFiltering());
}

void CommitFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace flowdeck::views
