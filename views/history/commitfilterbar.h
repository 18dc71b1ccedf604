// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/periodchooser.h"
#include "history/commitlog.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QCompleter;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace flowdeck::views {

/// The filters above the History page's commits: repository, author, path, message text and period. Typing
/// settles for a moment before the filter counts as changed, so that each keystroke does not start a query.
class CommitFilterBar : public QWidget
{
    Q_OBJECT

public:
    /// How long typing must pause before filterChanged() is emitted.
    static constexpr int typingDelayMs = 250;

    using Period = PeriodChooser::Period;

    explicit CommitFilterBar(QWidget *parent = nullptr);
    ~CommitFilterBar() override;

    /// The filter the controls describe now; periods end today, in local time.
    history::CommitFilter filter() const;
    bool isFiltering() const;

    /// The repositories to choose from; the chosen one stays chosen while it is there. The choice is hidden
    /// when there is only one.
    void setRepositories(const QList<history::RepositoryName> &repositories);
    /// Names the author filter completes.
    void setAuthors(const QStringList &authors);
    void setPeriod(Period period);

public Q_SLOTS:
    /// Resets every filter; emits filterChanged() once when something was set.
    void clear();

Q_SIGNALS:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineEdit *createLineEdit(const QString &objectName);
    void changed();
    void typed();
    void retranslate();

    bool m_clearing = false;
    QTimer m_typing;
    QComboBox *m_repository = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_text = nullptr;
    PeriodChooser *m_period = nullptr;
    QToolButton *m_clear = nullptr;
    QStringListModel *m_authors = nullptr;
    QCompleter *m_completer = nullptr;
};

} // namespace flowdeck::views
