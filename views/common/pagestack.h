// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QHBoxLayout;
class QIcon;
class QLabel;
class QPushButton;

namespace flowdeck::views {

/// The states every page goes through and the views that show them: nothing (no workspace), a loading note, the
/// page's own content, an empty state that says what would fill the page and offers the button that does it, and
/// an error that says what could not be read. The page sets the texts (and retranslates them); the stack lays
/// them out the same way on every page.
class PageStack : public QStackedWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Blank,
        Loading,
        Content,
        Empty,
        Failed
    };

    /// The width of the empty state's column and the longest line of an error.
    static constexpr int textWidth = 70 * 8;

    explicit PageStack(QWidget *parent = nullptr);

    /// The page's own view, shown in State::Content; the stack takes it over.
    void setContentView(QWidget *view);
    QWidget *contentView() const { return m_contentView; }

    void setState(State state);
    State state() const { return m_state; }

    void setLoadingText(const QString &text);

    void setEmptyTitle(const QString &title);
    void setEmptyText(const QString &text);
    /// The empty state's button: the page names it, labels it and connects it.
    QPushButton *emptyStateButton() const { return m_emptyButton; }
    /// One more button beside the others, for a page that two actions can fill; the page names, labels and
    /// connects it.
    QPushButton *addEmptyStateButton();

    /// The error, as plain text.
    void setErrorText(const QString &text);
    /// An icon before the error, at the height of a line of text; a null icon shows none.
    void setErrorIcon(const QIcon &icon);

private:
    QWidget *createEmptyState();
    QWidget *createErrorView();

    State m_state = State::Blank;
    QWidget *m_blankView = nullptr;
    QWidget *m_loadingView = nullptr;
    QWidget *m_contentView = nullptr;
    QWidget *m_emptyView = nullptr;
    QWidget *m_errorView = nullptr;
    QLabel *m_loadingText = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QHBoxLayout *m_emptyButtons = nullptr;
    QLabel *m_errorIcon = nullptr;
    QLabel *m_errorText = nullptr;
};

} // namespace flowdeck::views
