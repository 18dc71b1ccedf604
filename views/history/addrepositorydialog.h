// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/gitimport.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace flowdeck::views {

/// Asks which git repository to add to the workspace: a folder on this computer or a clone URL, which refs to
/// import and whether to count the lines each commit changed. Checks the input as it is typed and says what is
/// wrong next to it; Import stays disabled until the input is usable.
class AddRepositoryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source
    {
        Folder,
        Url
    };

    explicit AddRepositoryDialog(QWidget *parent = nullptr);
    ~AddRepositoryDialog() override;

    void setSource(Source source);
    Source source() const;
    void setFolder(const QString &path);
    void setUrl(const QString &url);
    /// Patterns separated by spaces, commas or new lines; empty imports every branch and tag.
    void setRefPatterns(const QString &patterns);
    void setDiffStats(bool diffStats);

    /// What the import should do, as the dialog's fields say.
    git::GitImportOptions options() const;
    /// What keeps the input from being imported, in the user's words; empty when it can be.
    QString problem() const;

    /// Why `path` is not a git repository folder, or an empty string when it is one.
    static QString folderProblem(const QString &path);
    /// Why `url` is not a clone URL, or an empty string when it is one.
    static QString urlProblem(const QString &url);
    static QStringList parseRefPatterns(const QString &text);
    /// Why the patterns cannot select refs, or an empty string.
    static QString refPatternsProblem(const QStringList &patterns);

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void validate();
    void retranslate();

    QButtonGroup *m_sources = nullptr;
    QRadioButton *m_folderChoice = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QRadioButton *m_urlChoice = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlHint = nullptr;
    QRadioButton *m_allRefs = nullptr;
    QRadioButton *m_someRefs = nullptr;
    QLineEdit *m_refs = nullptr;
    QLabel *m_refsHint = nullptr;
    QCheckBox *m_diffStats = nullptr;
    QLabel *m_diffStatsHint = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_sourceTitle = nullptr;
    QLabel *m_refsTitle = nullptr;
};

} // namespace flowdeck::views
