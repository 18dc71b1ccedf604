// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/addrepositorydialog.h"

#include "common/pagestyle.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

QString expandedPath(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed == u"~"_s)
        return QDir::homePath();
    if (trimmed.startsWith(u"~/"_s))
        return QDir::homePath() + trimmed.mid(1);
    return trimmed;
}

bool isBareRepository(const QDir &dir)
{
    return QFileInfo(dir.filePath(u"HEAD"_s)).isFile() && QFileInfo(dir.filePath(u"objects"_s)).isDir() &&
           QFileInfo(dir.filePath(u"refs"_s)).isDir();
}

bool isRepository(const QDir &dir)
{
    return QFileInfo::exists(dir.filePath(u".git"_s)) || isBareRepository(dir);
}

QLabel *hintLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    return label;
}

} // namespace

AddRepositoryDialog::AddRepositoryDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"addRepositoryDialog"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(unit);

    m_sourceTitle = new QLabel(this);
    m_sourceTitle->setFont(pagestyle::scaledFont(font(), 1.0, QFont::DemiBold));
    layout->addWidget(m_sourceTitle);

    auto *source = new QGridLayout;
    source->setHorizontalSpacing(unit);
    source->setVerticalSpacing(unit / 2);
    source->setColumnStretch(1, 1);
    m_sources = new QButtonGroup(this);
    m_folderChoice = new QRadioButton(this);
    m_folderChoice->setObjectName(u"folderChoice"_s);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(u"folderEdit"_s);
    m_folder->setMinimumWidth(50 * unit);
    m_browse = new QPushButton(this);
    m_browse->setObjectName(u"browseButton"_s);
    m_urlChoice = new QRadioButton(this);
    m_urlChoice->setObjectName(u"urlChoice"_s);
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"urlEdit"_s);
    m_urlHint = hintLabel(this);
    m_sources->addButton(m_folderChoice, int(Source::Folder));
    m_sources->addButton(m_urlChoice, int(Source::Url));
    source->addWidget(m_folderChoice, 0, 0);
    source->addWidget(m_folder, 0, 1);
    source->addWidget(m_browse, 0, 2);
    source->addWidget(m_urlChoice, 1, 0);
    source->addWidget(m_url, 1, 1, 1, 2);
    source->addWidget(m_urlHint, 2, 1, 1, 2);
    layout->addLayout(source);
    layout->addSpacing(unit);

    m_refsTitle = new QLabel(this);
    m_refsTitle->setFont(pagestyle::scaledFont(font(), 1.0, QFont::DemiBold));
    layout->addWidget(m_refsTitle);
    auto *refs = new QGridLayout;
    refs->setHorizontalSpacing(unit);
    refs->setVerticalSpacing(unit / 2);
    refs->setColumnStretch(1, 1);
    m_allRefs = new QRadioButton(this);
    m_allRefs->setObjectName(u"allRefsChoice"_s);
    m_someRefs = new QRadioButton(this);
    m_someRefs->setObjectName(u"someRefsChoice"_s);
    m_refs = new QLineEdit(this);
    m_refs->setObjectName(u"refsEdit"_s);
    m_refsHint = hintLabel(this);
    auto *refChoices = new QButtonGroup(this);
    refChoices->addButton(m_allRefs);
    refChoices->addButton(m_someRefs);
    m_allRefs->setChecked(true);
    refs->addWidget(m_allRefs, 0, 0, 1, 2);
    refs->addWidget(m_someRefs, 1, 0);
    refs->addWidget(m_refs, 1, 1);
    refs->addWidget(m_refsHint, 2, 1);
    layout->addLayout(refs);
    layout->addSpacing(unit);

    m_diffStats = new QCheckBox(this);
    m_diffStats->setObjectName(u"diffStatsCheck"_s);
    m_diffStats->setChecked(true);
    m_diffStatsHint = hintLabel(this);
    m_diffStatsHint->setContentsMargins(3 * unit, 0, 0, 0);
    layout->addWidget(m_diffStats);
    layout->addWidget(m_diffStatsHint);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problemText"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    layout->addSpacing(unit);
    layout->addWidget(m_problem);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &AddRepositoryDialog::browse);
    connect(m_sources, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            validate();
    });
    connect(m_someRefs, &QRadioButton::toggled, this, &AddRepositoryDialog::validate);
    for (QLineEdit *edit : {m_folder, m_url, m_refs})
        connect(edit, &QLineEdit::textChanged, this, &AddRepositoryDialog::validate);
    // Typing into a field chooses it.
    connect(m_folder, &QLineEdit::textEdited, this, [this] { m_folderChoice->setChecked(true); });
    connect(m_url, &QLineEdit::textEdited, this, [this] { m_urlChoice->setChecked(true); });
    connect(m_refs, &QLineEdit::textEdited, this, [this] { m_someRefs->setChecked(true); });

    m_folderChoice->setChecked(true);
    retranslate();
    validate();
}

AddRepositoryDialog::~AddRepositoryDialog() = default;

void AddRepositoryDialog::setSource(Source source)
{
    (source == Source::Folder ? m_folderChoice : m_urlChoice)->setChecked(true);
}

AddRepositoryDialog::Source AddRepositoryDialog::source() const
{
    return m_urlChoice->isChecked() ? Source::Url : Source::Folder;
}

void AddRepositoryDialog::setFolder(const QString &path)
{
    m_folder->setText(QDir::toNativeSeparators(path));
    setSource(Source::Folder);
}

void AddRepositoryDialog::setUrl(const QString &url)
{
    m_url->setText(url);
    setSource(Source::Url);
}

void AddRepositoryDialog::setRefPatterns(const QString &patterns)
{
    m_refs->setText(patterns);
    (patterns.trimmed().isEmpty() ? m_allRefs : m_someRefs)->setChecked(true);
}

void AddRepositoryDialog::setDiffStats(bool diffStats)
{
    m_diffStats->setChecked(diffStats);
}

git::GitImportOptions AddRepositoryDialog::options() const
{
    git::GitImportOptions options;
    if (source() == Source::Folder)
        options.source = QDir::cleanPath(QFileInfo(expandedPath(m_folder->text())).absoluteFilePath());
    else
        options.source = m_url->text().trimmed();
    if (m_someRefs->isChecked())
        options.refPatterns = parseRefPatterns(m_refs->text());
    options.diffStats = m_diffStats->isChecked();
    return options;
}

QString AddRepositoryDialog::problem() const
{
    const QString sourceProblem =
        source() == Source::Folder ? folderProblem(m_folder->text()) : urlProblem(m_url->text());
    if (!sourceProblem.isEmpty())
        return sourceProblem;
    if (m_someRefs->isChecked())
        return refPatternsProblem(parseRefPatterns(m_refs->text()));
    return {};
}

QString AddRepositoryDialog::folderProblem(const QString &path)
{
    const QString expanded = expandedPath(path);
    if (expanded.isEmpty())
        return tr("Choose the folder of a git repository.");
    const QFileInfo info(expanded);
    const QString shown = QDir::toNativeSeparators(expanded);
    if (!info.exists())
        return tr("%1 does not exist.").arg(shown);
    if (!info.isDir())
        return tr("%1 is a file, not a folder.").arg(shown);
    if (!info.isReadable())
        return tr("%1 cannot be read: check its permissions.").arg(shown);
    QDir dir(info.absoluteFilePath());
    if (isRepository(dir))
        return {};
    while (dir.cdUp()) {
        if (isRepository(dir)) {
            return tr("%1 is a folder inside the repository %2: choose %2 itself.")
                .arg(shown, QDir::toNativeSeparators(dir.absolutePath()));
        }
    }
    return tr("%1 is not a git repository: it has no .git folder and is not a bare repository.").arg(shown);
}

QString AddRepositoryDialog::urlProblem(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the clone URL of a git repository.");
    static const QRegularExpression space(u"\\s"_s);
    if (trimmed.contains(space))
        return tr("A clone URL has no spaces.");
    // The short form ssh understands: user@host:path.
    static const QRegularExpression scpLike(u"^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^\\\\]+$"_s);
    if (scpLike.match(trimmed).hasMatch())
        return {};
    const QString example = tr("Write it like https://example.com/team/repository.git, "
                               "git@example.com:team/repository.git or file:///path/to/repository.");
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty())
        return tr("“%1” is not a clone URL. %2").arg(trimmed, example);
    const QString scheme = parsed.scheme().toLower();
    static const QStringList schemes = {u"https"_s, u"http"_s, u"ssh"_s, u"git"_s, u"file"_s};
    if (!schemes.contains(scheme))
        return tr("Flowdeck clones https, http, ssh, git and file URLs, not %1 URLs. %2").arg(scheme, example);
    if (scheme != u"file"_s && parsed.host().isEmpty())
        return tr("“%1” names no host. %2").arg(trimmed, example);
    const QString path = parsed.path();
    if (path.isEmpty() || path == u"/"_s)
        return tr("“%1” names no repository. %2").arg(trimmed, example);
    return {};
}

QStringList AddRepositoryDialog::parseRefPatterns(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

QString AddRepositoryDialog::refPatternsProblem(const QStringList &patterns)
{
    if (patterns.isEmpty())
        return tr("Enter at least one ref pattern, or import all branches and tags.");
    static const QRegularExpression forbidden(u"[\\x00-\\x20~^:\\\\\\x7f]|\\.\\.|//|@\\{|/\\.|^refs/$"_s);
    for (const QString &pattern : patterns) {
        if (!pattern.startsWith(u"refs/"_s)) {
            return tr("“%1” is not a full ref name: write refs/heads/%1 for a branch or refs/tags/%1 for a tag.")
                .arg(pattern);
        }
        if (pattern.contains(forbidden) || pattern.endsWith(u'/') || pattern.endsWith(u'.') ||
            pattern.endsWith(u".lock"_s)) {
            return tr("“%1” cannot name a ref: refs contain no “..”, “//”, “@{” or any of ~ ^ : \\, and do not "
                      "end in “/”, “.” or “.lock”.")
                .arg(pattern);
        }
    }
    return {};
}

void AddRepositoryDialog::browse()
{
    const QString current = expandedPath(m_folder->text());
    const QString start = QFileInfo(current).isDir() ? current : QDir::homePath();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose a Git Repository"), start);
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void AddRepositoryDialog::validate()
{
    const QString problem = this->problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    // An empty field is not an error yet: the disabled button says enough until the user types.
    const QString typed = source() == Source::Folder ? m_folder->text() : m_url->text();
    const bool refsProblem = m_someRefs->isChecked() && !m_refs->text().trimmed().isEmpty();
    const bool show = !problem.isEmpty() && (!typed.trimmed().isEmpty() || refsProblem);
    m_problem->setText(show ? problem : QString());
    m_problem->setVisible(show);
}

void AddRepositoryDialog::retranslate()
{
    setWindowTitle(tr("Add Repository"));
    m_sourceTitle->setText(tr("Repository"));
    m_folderChoice->setText(tr("&Folder:"));
    m_folder->setPlaceholderText(tr("A git working tree or bare repository on this computer"));
    m_folder->setAccessibleName(tr("Repository folder"));
    m_browse->setText(tr("&Browse…"));
    m_urlChoice->setText(tr("Clone &URL:"));
    m_url->setPlaceholderText(tr("https://example.com/team/repository.git"));
    m_url->setAccessibleName(tr("Clone URL"));
    m_urlHint->setText(tr("Flowdeck clones the repository into its cache folder and fetches from it on every "
                          "import. https, ssh (user@host:path) and file URLs work."));
    m_refsTitle->setText(tr("Branches and tags"));
    m_allRefs->setText(tr("&All branches and tags"));
    m_someRefs->setText(tr("&Only:"));
    m_refs->setPlaceholderText(tr("refs/heads/main refs/tags/v*"));
    m_refs->setAccessibleName(tr("Ref patterns"));
    m_refsHint->setText(tr("Full ref names or globs, separated by spaces or commas."));
    m_diffStats->setText(tr("With &diff statistics"));
    m_diffStatsHint->setText(tr("Files and lines changed by each commit, as git log --numstat counts them. The "
                                "History page's file filter needs them; importing takes longer."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    validate();
}

void AddRepositoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace flowdeck::views
