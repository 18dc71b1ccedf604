// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/addrepositorydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::views;
using namespace Qt::StringLiterals;

namespace {

bool runGit(const QString &directory, const QStringList &arguments)
{
    QProcess git;
    git.setWorkingDirectory(directory);
    git.start(u"git"_s, arguments);
    return git.waitForFinished(30'000) && git.exitStatus() == QProcess::NormalExit && git.exitCode() == 0;
}

} // namespace

class TestAddRepositoryDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_repository;
    QString m_bare;
    QString m_file;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A working tree (with a subfolder), a bare repository, a plain folder and a file.
        m_repository = m_dir.filePath(u"repo"_s);
        QVERIFY(QDir().mkpath(m_repository + u"/src"_s));
        QVERIFY(runGit(m_repository, {u"init"_s, u"-q"_s}));
        m_bare = m_dir.filePath(u"bare.git"_s);
        QVERIFY(runGit(m_dir.path(), {u"init"_s, u"-q"_s, u"--bare"_s, m_bare}));
        QFile file(m_dir.filePath(u"notes.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        m_file = file.fileName();
    }

    void checksFolders()
    {
        QVERIFY(AddRepositoryDialog::folderProblem(m_repository).isEmpty());
        QVERIFY(AddRepositoryDialog::folderProblem(m_bare).isEmpty());
        QVERIFY(AddRepositoryDialog::folderProblem(m_dir.filePath(u"missing"_s)).endsWith(u"does not exist."_s));
        QVERIFY(AddRepositoryDialog::folderProblem(m_file).contains(u"is a file"_s));
        QVERIFY(AddRepositoryDialog::folderProblem(m_dir.path()).contains(u"is not a git repository"_s));
        QCOMPARE(AddRepositoryDialog::folderProblem(m_repository + u"/src"_s),
                 u"%1/src is a folder inside the repository %1: choose %1 itself."_s.arg(m_repository));
        QVERIFY(!AddRepositoryDialog::folderProblem(u"  "_s).isEmpty());
    }

    void checksUrls()
    {
        for (const QString &url : {u"https://example.com/team/repo.git"_s, u"git@example.com:team/repo.git"_s,
                                   u"ssh://git@example.com:2222/repo.git"_s, u"file:///srv/git/repo.git"_s})
            QVERIFY2(AddRepositoryDialog::urlProblem(url).isEmpty(), qPrintable(url));
        QVERIFY(AddRepositoryDialog::urlProblem(u"ftp://example.com/repo.git"_s).contains(u"not ftp URLs"_s));
        QVERIFY(AddRepositoryDialog::urlProblem(u"https://example.com/"_s).contains(u"names no repository"_s));
        QVERIFY(AddRepositoryDialog::urlProblem(u"https://exa mple.com/repo"_s).contains(u"no spaces"_s));
        QVERIFY(AddRepositoryDialog::urlProblem(u"example.com/repo"_s).contains(u"is not a clone URL"_s));
    }

    void checksRefPatterns()
    {
        QCOMPARE(AddRepositoryDialog::parseRefPatterns(u" refs/heads/main, refs/tags/v*\nrefs/heads/release/*"_s),
                 (QStringList{u"refs/heads/main"_s, u"refs/tags/v*"_s, u"refs/heads/release/*"_s}));
        QVERIFY(AddRepositoryDialog::refPatternsProblem({u"refs/heads/*"_s, u"refs/tags/v[0-9]*"_s}).isEmpty());
        QCOMPARE(AddRepositoryDialog::refPatternsProblem({u"main"_s}),
                 u"“main” is not a full ref name: write refs/heads/main for a branch or refs/tags/main for a tag."_s);
        for (const QString &bad : {u"refs/heads/a..b"_s, u"refs/heads/x.lock"_s, u"refs/heads/"_s, u"refs/heads/a~1"_s})
            QVERIFY2(AddRepositoryDialog::refPatternsProblem({bad}).contains(u"cannot name a ref"_s), qPrintable(bad));
        QVERIFY(!AddRepositoryDialog::refPatternsProblem({}).isEmpty());
    }

    // Import is enabled only for usable input, and the problem is said in place.
    void dialogSaysWhatIsWrong()
    {
        AddRepositoryDialog dialog;
        dialog.show();
        QPushButton *import = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *problem = dialog.findChild<QLabel *>(u"problemText"_s);
        QVERIFY(!import->isEnabled());
        QVERIFY(!problem->isVisible());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"folderEdit"_s), m_dir.path());
        QVERIFY(!import->isEnabled());
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(u"is not a git repository"_s));
        dialog.setFolder(m_repository);
        QVERIFY(import->isEnabled());
        QVERIFY(!problem->isVisible());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"refsEdit"_s), u"main"_s);
        QVERIFY(dialog.findChild<QRadioButton *>(u"someRefsChoice"_s)->isChecked());
        QVERIFY(!import->isEnabled());
        QVERIFY(problem->text().contains(u"refs/heads/main"_s));
        dialog.setRefPatterns(u"refs/heads/main refs/tags/*"_s);
        QVERIFY(import->isEnabled());
        dialog.setDiffStats(false);
        git::GitImportOptions options = dialog.options();
        QCOMPARE(options.source, m_repository);
        QCOMPARE(options.refPatterns, (QStringList{u"refs/heads/main"_s, u"refs/tags/*"_s}));
        QVERIFY(!options.diffStats);

        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"urlEdit"_s), u"file://"_s + m_bare);
        QCOMPARE(dialog.source(), AddRepositoryDialog::Source::Url);
        QVERIFY(import->isEnabled());
        dialog.findChild<QRadioButton *>(u"allRefsChoice"_s)->setChecked(true);
        options = dialog.options();
        QCOMPARE(options.source, u"file://"_s + m_bare);
        QVERIFY(options.refPatterns.isEmpty());
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestAddRepositoryDialog)
#include "tst_addrepositorydialog.moc"
