// SPDX-License-Identifier: GPL-3.0-or-later
#include "historycomparison.h"

#include "gitoutput.h"
#include "importedhistory.h"

#include <QTest>

#include <algorithm>

namespace flowdeck::testing {

using namespace Qt::StringLiterals;

namespace {

QString optionalNumber(const std::optional<int> &value)
{
    return value ? QString::number(*value) : u"NULL"_s;
}

/// Control characters made visible, so that a difference in line ends shows in the failure message.
QString visible(QString text)
{
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'\n', u"\\n"_s);
    text.replace(u'\r', u"\\r"_s);
    text.replace(u'\t', u"\\t"_s);
    return text;
}

QStringList fileLines(const QList<CommitFile> &files)
{
    QStringList lines;
    for (const CommitFile &file : files) {
        lines.append(u"file %1: %2 (from %3) +%4 -%5"_s.arg(file.position)
                         .arg(visible(file.path), file.oldPath ? visible(*file.oldPath) : u"-"_s,
                              optionalNumber(file.insertions), optionalNumber(file.deletions)));
    }
    return lines;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

bool compareLines(const QStringList &actual, const QStringList &expected, const QString &what)
{
    const qsizetype common = std::min(actual.size(), expected.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (actual[i] != expected[i]) {
            const QString message =
                u"%1, line %2:\n   stored: %3\n      git: %4"_s.arg(what).arg(i).arg(actual[i], expected[i]);
            QTest::qFail(qPrintable(message), __FILE__, __LINE__);
            return false;
        }
    }
    if (actual.size() != expected.size()) {
        const QString message =
            u"%1: %2 lines stored, git has %3; first extra: %4"_s.arg(what)
                .arg(actual.size())
                .arg(expected.size())
                .arg(actual.size() > common ? u"stored "_s + actual[common] : u"git "_s + expected[common]);
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
        return false;
    }
    return true;
}

void compareWithGit(GitCli &git, const QSqlDatabase &db, Id repositoryId, const Comparison &comparison)
{
    const QMap<QString, LoggedCommit> logged = loggedCommits(git, comparison.revisions);
    const QSet<QString> listed = revList(git, comparison.revisions);
    const QMap<QString, QStringList> parents =
        comparison.parents ? *comparison.parents : revListParents(git, comparison.revisions);
    const QMap<QString, QList<CommitFile>> numstats =
        comparison.stats ? numstat(git, comparison.revisions) : QMap<QString, QList<CommitFile>>();
    if (QTest::currentTestFailed())
        return;
    if (listed.isEmpty() != logged.isEmpty() || qsizetype(listed.size()) != logged.size()) {
        QTest::qFail("git log and git rev-list disagree: the test's parsing of git log is wrong", __FILE__, __LINE__);
        return;
    }

    QMap<QString, Commit> stored = storedCommits(db, repositoryId);
    if (comparison.skipUnreachable) {
        for (auto it = stored.begin(); it != stored.end();)
            it = it->reachable ? std::next(it) : stored.erase(it);
    }
    compareLines(sorted(stored.keys()), sorted(QStringList(listed.begin(), listed.end())), u"the stored commits"_s);
    if (QTest::currentTestFailed())
        return;

    const QMap<QString, QStringList> storedParentLists = storedParents(db, repositoryId);
    const QMap<QString, QList<CommitFile>> files = storedFiles(db, repositoryId);
    int differing = 0;
    for (const LoggedCommit &expected : logged) {
        const Commit &commit = stored[expected.oid];
        const QStringList expectedParents = parents.value(expected.oid);
        const bool merge = expectedParents.size() > 1;
        QStringList actualLines = {
            u"parents "_s + storedParentLists.value(commit.oid).join(u' '),
            u"author "_s + commit.authorName + u" <"_s + commit.authorEmail + u'>',
            u"author time %1 %2"_s.arg(commit.authorTime).arg(commit.authorOffsetMinutes),
            u"committer "_s + commit.committerName + u" <"_s + commit.committerEmail + u'>',
            u"committer time %1 %2"_s.arg(commit.committerTime).arg(commit.committerOffsetMinutes),
            u"summary "_s + visible(commit.summary),
            u"message "_s + visible(commit.message),
            u"is_merge %1"_s.arg(int(commit.isMerge)),
            u"reachable %1"_s.arg(int(commit.reachable)),
            u"stats %1 +%2 -%3"_s.arg(optionalNumber(commit.filesChanged), optionalNumber(commit.insertions),
                                      optionalNumber(commit.deletions)),
        };
        actualLines += fileLines(files.value(commit.oid));

        QStringList expectedLines = {
            u"parents "_s + expectedParents.join(u' '),
            u"author "_s + expected.authorName + u" <"_s + expected.authorEmail + u'>',
            u"author time %1 %2"_s.arg(expected.authorTime).arg(expected.authorOffsetMinutes),
            u"committer "_s + expected.committerName + u" <"_s + expected.committerEmail + u'>',
            u"committer time %1 %2"_s.arg(expected.committerTime).arg(expected.committerOffsetMinutes),
            u"summary "_s + visible(expected.summary),
            u"message "_s + visible(expected.message),
            u"is_merge %1"_s.arg(int(merge)),
            u"reachable 1"_s,
        };
        if (comparison.statsNotCompared.contains(expected.oid)) {
            actualLines.resize(expectedLines.size());
        } else if (comparison.stats && !merge) {
            const QList<CommitFile> changed = numstats.value(expected.oid);
            int insertions = 0;
            int deletions = 0;
            for (const CommitFile &file : changed) {
                insertions += file.insertions.value_or(0);
                deletions += file.deletions.value_or(0);
            }
            expectedLines.append(u"stats %1 +%2 -%3"_s.arg(changed.size()).arg(insertions).arg(deletions));
            expectedLines += fileLines(changed);
        } else {
            expectedLines.append(u"stats NULL +NULL -NULL"_s);
        }
        // Each commit that differs is reported, up to a few, so that one run shows the whole picture.
        if (!compareLines(actualLines, expectedLines, u"commit "_s + expected.oid) && ++differing == 8)
            return;
    }
}

void compareRefsWithGit(GitCli &git, const QSqlDatabase &db, Id repositoryId, const QStringList &patterns)
{
    auto tagLines = [](const QList<Tag> &tags) {
        QStringList lines;
        for (const Tag &tag : tags) {
            lines.append(u"tag %1 -> %2 annotated %3 by %4 <%5> at %6: %7"_s.arg(tag.name, tag.targetOid)
                             .arg(int(tag.annotated))
                             .arg(tag.taggerName.value_or(u"NULL"_s), tag.taggerEmail.value_or(u"NULL"_s))
                             .arg(tag.taggerTime ? QString::number(*tag.taggerTime) : u"NULL"_s)
                             .arg(tag.message ? visible(*tag.message) : u"NULL"_s));
        }
        return sorted(lines);
    };
    auto branchLines = [](const QList<Branch> &branches) {
        QStringList lines;
        for (const Branch &branch : branches)
            lines.append(u"branch %1 -> %2"_s.arg(branch.name, branch.tipOid));
        return sorted(lines);
    };
    compareLines(tagLines(storedTags(db, repositoryId)), tagLines(gitTags(git, patterns)), u"the tags"_s);
    compareLines(branchLines(storedBranches(db, repositoryId)), branchLines(gitBranches(git, patterns)),
                 u"the branches"_s);
}

} // namespace flowdeck::testing
