// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/messagebar.h"

#include "common/pagestyle.h"
#include "common/statusstyle.h"
#include "domain/delivery.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

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
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
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
