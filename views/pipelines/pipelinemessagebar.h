// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace flowdeck::views {

/// The Pipelines page's messages, shown once where the action was taken, above the drawing: a refused edit, an
/// import's notes. It stays until closed or replaced.
class PipelineMessageBar : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,
        Information
    };

    explicit PipelineMessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind);
    void clear();
    QString text() const;
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
};

} // namespace flowdeck::views
