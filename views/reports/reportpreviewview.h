// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QPixmap>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QToolButton;

namespace flowdeck::views {

/// One page of a report drawn as paper: the page's image scaled to the widget's width, with a quiet border.
class ReportPageView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    QImage image() const { return m_image; }
    /// Sizes the view to `width` (at most the image's own width) and the height the page's proportions give it.
    void fitToWidth(int width);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    /// The image at the size last painted, so that a repaint does not scale it again.
    QPixmap m_scaled;
};

/// The preview of a report: its pages one at a time beside a column of thumbnails, with previous and next; a busy
/// indicator while the report is gathered; and a message in place of the pages when there is nothing to show.
class ReportPreviewView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPreviewView(QWidget *parent = nullptr);
    ~ReportPreviewView() override;

    /// Shows `pages` (with `thumbnails` of the same pages), keeping the page shown when it still exists.
    void setPages(const QList<QImage> &pages, const QList<QImage> &thumbnails);
    /// Shows `text` in place of the pages, and a button labelled `buttonText` when it is not empty.
    void showMessage(const QString &title, const QString &text, const QString &buttonText = {});
    void setBusy(bool busy, const QString &text = {});
    bool isBusy() const;

    int pageCount() const { return int(m_pages.size()); }
    int currentPage() const { return m_current; }
    void showPage(int index);
    bool isShowingMessage() const;
    QString messageTitle() const;
    QString messageText() const;

    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }
    QListWidget *thumbnailList() const { return m_thumbnails; }
    ReportPageView *pageView() const { return m_pageView; }
    QPushButton *messageButton() const { return m_messageButton; }
    QLabel *pageLabel() const { return m_pageLabel; }

Q_SIGNALS:
    /// The message's button was clicked.
    void messageButtonClicked();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitPage();
    void showPosition();
    void retranslate();

    QList<QImage> m_pages;
    int m_current = -1;

    QLabel *m_pageLabel = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_busyText = nullptr;
    QProgressBar *m_busy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListWidget *m_thumbnails = nullptr;
    QScrollArea *m_scroll = nullptr;
    ReportPageView *m_pageView = nullptr;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageText = nullptr;
    QPushButton *m_messageButton = nullptr;
};

} // namespace flowdeck::views
