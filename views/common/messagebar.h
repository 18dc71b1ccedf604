// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace flowdeck::views {

/// A message shown in place, where the action was taken (above the window's content, above a page's drawing),
/// until the user closes it or another message replaces it: errors appear once, instead of in a modal box that
/// interrupts the work.
class MessageBar : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,
        Information
    };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    /// A message with a "Details" button that shows `details` (warnings, one per line) beneath it.
    void showMessage(const QString &text, Kind kind, const QStringList &details);
    void clear();
    QString text() const;
    QStringList details() const { return m_details; }
    Kind kind() const { return m_kind; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_detailsView = nullptr;
    QStringList m_details;
};

} // namespace flowdeck::views
