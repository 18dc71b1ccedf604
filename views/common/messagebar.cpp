// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/messagebar.h"

#include "common/pagestyle.h"
#include "common/statusstyle.h"
#include "domain/delivery.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

QColor blend(const QColor &base, const QColor &accent, float amount)
{
    return QColor::fromRgbF(base.redF() * (1 - amount) + accent.redF() * amount,
                            base.greenF() * (1 - amount) + accent.greenF() * amount,
                            base.blueF() * (1 - amount) + accent.blueF() * amount);
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2 * unit, unit, unit, unit);
    layout->setSpacing(unit);
    m_text->setObjectName(u"messageText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(u"messageDetailsButton"_s);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setToolTip(tr("Show or hide the details of this message"));
    m_detailsButton->hide();
    m_detailsView = new QPlainTextEdit(this);
    m_detailsView->setObjectName(u"messageDetails"_s);
    m_detailsView->setReadOnly(true);
    m_detailsView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detailsView->setFrameShape(QFrame::NoFrame);
    m_detailsView->setAccessibleName(tr("Message details"));
    m_detailsView->hide();
    auto *texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->setSpacing(unit / 2);
    texts->addWidget(m_text);
    texts->addWidget(m_detailsView);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_detailsButton, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    connect(m_detailsButton, &QToolButton::toggled, m_detailsView, &QWidget::setVisible);
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    showMessage(text, kind, {});
}

void MessageBar::showMessage(const QString &text, Kind kind, const QStringList &details)
{
    m_details = details;
    m_detailsView->setPlainText(details.join(u'\n'));
    // As high as the lines need, up to ten: a long list scrolls.
    constexpr int maxLines = 10;
    const int lines = std::clamp(int(details.size()), 1, maxLines);
    m_detailsView->setFixedHeight(lines * QFontMetrics(m_detailsView->font()).lineSpacing() +
                                  2 * int(m_detailsView->document()->documentMargin()) +
                                  2 * m_detailsView->frameWidth() + unit / 2);
    m_detailsButton->setChecked(false);
    m_detailsButton->setVisible(!details.isEmpty());
    m_kind = kind;
    m_text->setText(text);
    setAccessibleName(kind == Kind::Error ? tr("Error") : tr("Information"));
    setAccessibleDescription(text);
    updateIcon();
    show();
    update();
}

void MessageBar::clear()
{
    m_text->clear();
    m_details.clear();
    m_detailsView->clear();
    m_detailsButton->setChecked(false);
    m_detailsButton->hide();
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::paintEvent(QPaintEvent *)
{
    const QColor accent = okabeIto(m_kind == Kind::Error ? OkabeIto::Vermillion : OkabeIto::Blue);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(accent, 1));
    painter.setBrush(blend(palette().color(QPalette::Window), accent, 0.12f));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
    QWidget::changeEvent(event);
}

void MessageBar::updateIcon()
{
    const int side = QFontMetrics(font()).height();
    if (m_kind == Kind::Error)
        m_icon->setPixmap(StatusStyle::of(QString::fromLatin1(Status::Failed))
                              .icon(palette())
                              .pixmap(QSize(side, side), devicePixelRatio()));
    else
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(side, side));
}

} // namespace flowdeck::views
