// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportpreviewview.h"

#include "common/pagestyle.h"
#include "reports/reportpreviewload.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

/// The room around the page in the scroll area, so that the paper's edge shows.
constexpr int paperMargin = 2 * unit;

} // namespace

ReportPageView::ReportPageView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ReportPageView::setImage(const QImage &image)
{
    m_image = image;
    m_scaled = QPixmap();
    update();
}

void ReportPageView::fitToWidth(int width)
{
    if (m_image.isNull() || width <= 0) {
        setFixedSize(0, 0);
        return;
    }
    // Never wider than the image: a page scaled up would blur.
    width = std::min(width, qRound(m_image.width() / devicePixelRatioF()));
    setFixedSize(width, qRound(double(width) * m_image.height() / m_image.width()));
}

void ReportPageView::paintEvent(QPaintEvent *)
{
    if (m_image.isNull())
        return;
    QPainter painter(this);
    const QRect paper = rect().adjusted(0, 0, -1, -1);
    const QSize size = paper.size() * devicePixelRatioF();
    if (m_scaled.size() != size) {
        m_scaled = QPixmap::fromImage(m_image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        m_scaled.setDevicePixelRatio(devicePixelRatioF());
    }
    painter.drawPixmap(paper.topLeft(), m_scaled);
    // The paper's edge, in the palette's quiet line colour, so that a white page stands out on a light window.
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(paper);
}

ReportPreviewView::ReportPreviewView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);

    auto *header = new QHBoxLayout;
    header->setSpacing(unit / 2);
    m_previous = new QToolButton(this);
    m_previous->setObjectName(u"reportPreviousPage"_s);
    m_previous->setArrowType(Qt::LeftArrow);
    m_next = new QToolButton(this);
    m_next->setObjectName(u"reportNextPage"_s);
    m_next->setArrowType(Qt::RightArrow);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(u"reportPageLabel"_s);
    m_pageLabel->setMinimumWidth(12 * unit);
    m_busyText = pagestyle::quietLabel(this);
    m_busyText->setObjectName(u"reportBusyText"_s);
    m_busyText->setWordWrap(false);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"reportBusy"_s);
    // No figure to show while gathering: the bar only says that work goes on.
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(16 * unit);
    m_busy->setMaximumHeight(unit + unit / 2);
    header->addWidget(m_previous);
    header->addWidget(m_pageLabel);
    header->addWidget(m_next);
    header->addStretch(1);
    header->addWidget(m_busyText);
    header->addWidget(m_busy);
    layout->addLayout(header);

    m_stack = new QStackedWidget(this);
    auto *pages = new QWidget(m_stack);
    auto *pagesLayout = new QHBoxLayout(pages);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    pagesLayout->setSpacing(unit);
    m_thumbnails = new QListWidget(pages);
    m_thumbnails->setObjectName(u"reportThumbnails"_s);
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setSpacing(unit / 2);
    m_thumbnails->setIconSize(QSize(reportThumbnailWidth, reportThumbnailWidth * 297 / 210));
    m_thumbnails->setFixedWidth(reportThumbnailWidth + 4 * unit +
                                m_thumbnails->verticalScrollBar()->sizeHint().width());
    m_thumbnails->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    pagesLayout->addWidget(m_thumbnails);
    m_scroll = new QScrollArea(pages);
    m_scroll->setObjectName(u"reportPageScroll"_s);
    m_scroll->setBackgroundRole(QPalette::Mid);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there, so that the page fitted to the width never makes it come and go.
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_pageView = new ReportPageView(m_scroll);
    m_pageView->setObjectName(u"reportPageView"_s);
    m_scroll->setWidget(m_pageView);
    m_scroll->viewport()->installEventFilter(this);
    pagesLayout->addWidget(m_scroll, 1);
    m_stack->addWidget(pages);

    auto *message = new QWidget(m_stack);
    auto *messageLayout = new QHBoxLayout(message);
    messageLayout->setContentsMargins(4 * unit, 4 * unit, 4 * unit, 4 * unit);
    // A column of readable width in the middle; its labels take the column's whole width, so that wrapped text gets
    // the height it needs.
    auto *column = new QWidget(message);
    column->setMaximumWidth(60 * unit);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(unit);
    columnLayout->addStretch(1);
    m_messageTitle = new QLabel(column);
    m_messageTitle->setObjectName(u"reportMessageTitle"_s);
    m_messageTitle->setFont(pagestyle::scaledFont(font(), 1.3, QFont::DemiBold));
    m_messageTitle->setAlignment(Qt::AlignHCenter);
    m_messageTitle->setWordWrap(true);
    m_messageText = pagestyle::quietLabel(column);
    m_messageText->setObjectName(u"reportMessageText"_s);
    m_messageText->setAlignment(Qt::AlignHCenter);
    m_messageButton = new QPushButton(column);
    m_messageButton->setObjectName(u"reportMessageButton"_s);
    columnLayout->addWidget(m_messageTitle);
    columnLayout->addWidget(m_messageText);
    columnLayout->addSpacing(unit);
    columnLayout->addWidget(m_messageButton, 0, Qt::AlignHCenter);
    columnLayout->addStretch(2);
    messageLayout->addWidget(column, 1);
    m_stack->addWidget(message);
    layout->addWidget(m_stack, 1);

    // Page Up and Page Down turn the pages where the preview has the focus; elsewhere on the page they scroll.
    auto *previous = new QAction(this);
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(previous);
    connect(previous, &QAction::triggered, m_previous, &QToolButton::click);
    auto *next = new QAction(this);
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(next);
    connect(next, &QAction::triggered, m_next, &QToolButton::click);
    connect(m_previous, &QToolButton::clicked, this, [this] { showPage(m_current - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showPage(m_current + 1); });
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(row);
    });
    connect(m_messageButton, &QPushButton::clicked, this, &ReportPreviewView::messageButtonClicked);

    setBusy(false);
    retranslate();
    showPosition();
}

ReportPreviewView::~ReportPreviewView() = default;

void ReportPreviewView::setPages(const QList<QImage> &pages, const QList<QImage> &thumbnails)
{
    m_pages = pages;
    {
        const QSignalBlocker blocker(m_thumbnails);
        m_thumbnails->clear();
        for (qsizetype i = 0; i < thumbnails.size(); ++i) {
            auto *item =
                new QListWidgetItem(QIcon(QPixmap::fromImage(thumbnails[i])), QString::number(i + 1), m_thumbnails);
            item->setTextAlignment(Qt::AlignHCenter);
        }
    }
    m_stack->setCurrentIndex(0);
    const int keep = m_current;
    m_current = -1;
    showPage(std::clamp(keep, 0, std::max(0, pageCount() - 1)));
}

void ReportPreviewView::showMessage(const QString &title, const QString &text, const QString &buttonText)
{
    m_messageTitle->setText(title);
    m_messageText->setText(text);
    m_messageButton->setText(buttonText);
    m_messageButton->setVisible(!buttonText.isEmpty());
    m_pages.clear();
    m_thumbnails->clear();
    m_pageView->setImage({});
    m_current = -1;
    m_stack->setCurrentIndex(1);
    showPosition();
}

void ReportPreviewView::setBusy(bool busy, const QString &text)
{
    m_busy->setVisible(busy);
    m_busyText->setText(text);
    m_busyText->setVisible(busy && !text.isEmpty());
}

bool ReportPreviewView::isBusy() const
{
    return !m_busy->isHidden();
}

bool ReportPreviewView::isShowingMessage() const
{
    return m_stack->currentIndex() == 1;
}

QString ReportPreviewView::messageTitle() const
{
    return m_messageTitle->text();
}

QString ReportPreviewView::messageText() const
{
    return m_messageText->text();
}

void ReportPreviewView::showPage(int index)
{
    if (index < 0 || index >= pageCount()) {
        if (pageCount() == 0) {
            m_pageView->setImage({});
            m_current = -1;
            showPosition();
        }
        return;
    }
    m_current = index;
    m_pageView->setImage(m_pages[index]);
    fitPage();
    {
        const QSignalBlocker blocker(m_thumbnails);
        m_thumbnails->setCurrentRow(index);
    }
    m_scroll->verticalScrollBar()->setValue(0);
    showPosition();
}

void ReportPreviewView::fitPage()
{
    const int width = m_scroll->viewport()->width() - 2 * paperMargin;
    m_pageView->fitToWidth(std::max(width, 8 * unit));
}

void ReportPreviewView::showPosition()
{
    const bool pages = pageCount() > 0;
    // Without pages there is nothing to turn.
    m_previous->setVisible(pages);
    m_next->setVisible(pages);
    m_pageLabel->setVisible(pages);
    m_pageLabel->setText(pages ? tr("Page %1 of %2").arg(m_current + 1).arg(pageCount()) : QString());
    m_previous->setEnabled(pages && m_current > 0);
    m_next->setEnabled(pages && m_current + 1 < pageCount());
}

bool ReportPreviewView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        fitPage();
    return QWidget::eventFilter(watched, event);
}

void ReportPreviewView::retranslate()
{
    m_previous->setToolTip(tr("Previous page (Page Up)"));
    m_previous->setAccessibleName(tr("Previous page"));
    m_next->setToolTip(tr("Next page (Page Down)"));
    m_next->setAccessibleName(tr("Next page"));
    m_thumbnails->setAccessibleName(tr("Pages"));
    m_thumbnails->setToolTip(tr("The report's pages; choose one to see it beside"));
    m_pageView->setAccessibleName(tr("The report's page as it prints"));
    m_busy->setAccessibleName(tr("Gathering the report"));
    showPosition();
}

void ReportPreviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace flowdeck::views
