// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/pagestack.h"

#include "common/pagestyle.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

static_assert(PageStack::textWidth == 70 * unit);

PageStack::PageStack(QWidget *parent)
    : QStackedWidget(parent)
{
    m_blankView = new QWidget(this);
    m_loadingView = new QWidget(this);
    auto *loadingLayout = new QVBoxLayout(m_loadingView);
    loadingLayout->setContentsMargins(0, 0, 0, 0);
    m_loadingText = pagestyle::quietLabel(m_loadingView);
    m_loadingText->setObjectName(u"loadingText"_s);
    loadingLayout->addWidget(m_loadingText);
    loadingLayout->addStretch();
    m_emptyView = createEmptyState();
    m_errorView = createErrorView();
    for (QWidget *view : {m_blankView, m_loadingView, m_emptyView, m_errorView})
        addWidget(view);
    setState(State::Blank);
}

QWidget *PageStack::createEmptyState()
{
    auto *view = new QWidget(this);
    view->setObjectName(u"emptyState"_s);
    // A centred column of fixed width: word-wrapped text only gets its full height without alignment flags.
    auto *column = new QWidget(view);
    column->setFixedWidth(textWidth);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2 * unit);
    m_emptyTitle = new QLabel(column);
    m_emptyTitle->setObjectName(u"emptyTitle"_s);
    m_emptyTitle->setFont(pagestyle::scaledFont(font(), 1.3, QFont::DemiBold));
    m_emptyTitle->setAlignment(Qt::AlignHCenter);
    m_emptyText = new QLabel(column);
    m_emptyText->setObjectName(u"emptyText"_s);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignHCenter);
    m_emptyButton = new QPushButton(column);
    layout->addWidget(m_emptyTitle);
    layout->addWidget(m_emptyText);
    layout->addSpacing(unit);
    m_emptyButtons = new QHBoxLayout;
    m_emptyButtons->setSpacing(unit);
    m_emptyButtons->addStretch();
    m_emptyButtons->addWidget(m_emptyButton);
    m_emptyButtons->addStretch();
    layout->addLayout(m_emptyButtons);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column);
    row->addStretch();
    auto *outer = new QVBoxLayout(view);
    outer->setContentsMargins(0, 4 * unit, 0, 0);
    outer->addLayout(row);
    outer->addStretch();
    return view;
}

QWidget *PageStack::createErrorView()
{
    auto *view = new QWidget(this);
    view->setObjectName(u"errorView"_s);
    auto *row = new QHBoxLayout;
    row->setSpacing(unit);
    m_errorIcon = new QLabel(view);
    m_errorIcon->setObjectName(u"errorIcon"_s);
    m_errorIcon->hide();
    m_errorText = new QLabel(view);
    m_errorText->setObjectName(u"errorText"_s);
    m_errorText->setTextFormat(Qt::PlainText);
    m_errorText->setWordWrap(true);
    m_errorText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorText->setMaximumWidth(textWidth);
    row->addWidget(m_errorIcon, 0, Qt::AlignTop);
    row->addWidget(m_errorText, 1);
    row->addStretch();
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addStretch();
    return view;
}

void PageStack::setContentView(QWidget *view)
{
    if (m_contentView) {
        removeWidget(m_contentView);
        m_contentView->deleteLater();
    }
    m_contentView = view;
    addWidget(view);
    setState(m_state);
}

void PageStack::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::Blank:
        setCurrentWidget(m_blankView);
        break;
    case State::Loading:
        setCurrentWidget(m_loadingView);
        break;
    case State::Content:
        setCurrentWidget(m_contentView ? m_contentView : m_blankView);
        break;
    case State::Empty:
        setCurrentWidget(m_emptyView);
        break;
    case State::Failed:
        setCurrentWidget(m_errorView);
        break;
    }
}

void PageStack::setLoadingText(const QString &text)
{
    m_loadingText->setText(text);
}

void PageStack::setEmptyTitle(const QString &title)
{
    m_emptyTitle->setText(title);
}

void PageStack::setEmptyText(const QString &text)
{
    m_emptyText->setText(text);
}

QPushButton *PageStack::addEmptyStateButton()
{
    auto *button = new QPushButton(m_emptyButton->parentWidget());
    // Before the closing stretch, so that the buttons stay centred together.
    m_emptyButtons->insertWidget(m_emptyButtons->count() - 1, button);
    return button;
}

void PageStack::setErrorText(const QString &text)
{
    m_errorText->setText(text);
}

void PageStack::setErrorIcon(const QIcon &icon)
{
    m_errorIcon->setVisible(!icon.isNull());
    if (icon.isNull()) {
        m_errorIcon->clear();
        return;
    }
    const int side = QFontMetrics(font()).height();
    m_errorIcon->setPixmap(icon.pixmap(QSize(side, side), devicePixelRatio()));
}

} // namespace flowdeck::views
