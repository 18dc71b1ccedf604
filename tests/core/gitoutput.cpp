// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitoutput.h"

namespace flowdeck::testing {

using namespace Qt::StringLiterals;

namespace {

constexpr QChar unitSeparator(0x1f);
constexpr QChar recordSeparator(0x1e);

/// The refs under `prefix` that for-each-ref selects with `patterns` (all of them when there are none), each
/// as its fields split at the unit separator.
QList<QStringList> forEachRef(GitCli &git, const QString &format, const QString &prefix, const QStringList &patterns)
{
    const QStringList selection = patterns.isEmpty() ? QStringList{prefix} : patterns;
    const QString out = QString::fromUtf8(git.run(QStringList{u"for-each-ref"_s, u"--format="_s + format} + selection));
    QList<QStringList> refs;
    for (QString record : out.split(recordSeparator + u'\n', Qt::SkipEmptyParts)) {
        QStringList fields = record.split(unitSeparator);
        if (fields.constFirst().startsWith(prefix + u'/'))
            refs.append(fields);
    }
    return refs;
}

} // namespace

QStringList allRefs()
{
    return {u"--branches"_s, u"--tags"_s};
}

QSet<QString> revList(GitCli &git, const QStringList &revisions)
{
    const QStringList oids = git.lines(QStringList{u"rev-list"_s} + revisions);
    return QSet<QString>(oids.begin(), oids.end());
}

QMap<QString, QStringList> revListParents(GitCli &git, const QStringList &revisions)
{
    QMap<QString, QStringList> parents;
    for (const QString &line : git.lines(QStringList{u"rev-list"_s, u"--parents"_s} + revisions)) {
        QStringList oids = line.split(u' ');
        const QString oid = oids.takeFirst();
        parents.insert(oid, oids);
    }
    return parents;
}

int offsetMinutes(QStringView offset)
{
    const int sign = offset.startsWith(u'-') ? -1 : 1;
    const int hours = offset.mid(1, 2).toInt();
    const int minutes = offset.mid(3, 2).toInt();
    return sign * (hours * 60 + minutes);
}

QMap<QString, LoggedCommit> loggedCommits(GitCli &git, const QStringList &revisions)
{
    // Fields apart by the unit separator, records by NUL (-z): neither occurs in the tests' messages.
    const QString format = u"--format=%H%x1f%P%x1f%an%x1f%ae%x1f%at%x1f%ai%x1f%cn%x1f%ce%x1f%ct%x1f%ci%x1f%s%x1f%B"_s;
    const QByteArray out = git.run(QStringList{u"log"_s, u"-z"_s, format} + revisions);
    QMap<QString, LoggedCommit> commits;
    for (const QByteArray &record : out.split('\0')) {
        if (record.isEmpty())
            continue;
        const QStringList fields = QString::fromUtf8(record).split(unitSeparator);
        if (fields.size() != 12)
            continue;
        LoggedCommit commit;
        commit.oid = fields[0];
        commit.parents = fields[1].split(u' ', Qt::SkipEmptyParts);
        commit.authorName = fields[2];
        commit.authorEmail = fields[3];
        commit.authorTime = fields[4].toLongLong() * 1000;
        commit.authorOffsetMinutes = offsetMinutes(QStringView(fields[5]).right(5));
        commit.committerName = fields[6];
        commit.committerEmail = fields[7];
        commit.committerTime = fields[8].toLongLong() * 1000;
        commit.committerOffsetMinutes = offsetMinutes(QStringView(fields[9]).right(5));
        commit.summary = fields[10];
        commit.message = fields[11];
        commits.insert(commit.oid, commit);
    }
    return commits;
}

std::pair<QString, std::optional<QString>> numstatPaths(const QString &printed)
{
    const qsizetype arrow = printed.indexOf(u" => "_s);
    if (arrow < 0)
        return {printed, std::nullopt};
    const qsizetype open = printed.lastIndexOf(u'{', arrow);
    const qsizetype close = printed.indexOf(u'}', arrow);
    if (open < 0 || close < 0)
        return {printed.mid(arrow + 4), printed.left(arrow)};
    const QString prefix = printed.left(open);
    const QString suffix = printed.mid(close + 1);
    // "dir/{ => sub}/file": an empty side leaves a doubled or leading slash that is not part of the path.
    auto join = [&](const QString &middle) {
        QString path = prefix + middle + suffix;
        path.replace(u"//"_s, u"/"_s);
        if (path.startsWith(u'/'))
            path.remove(0, 1);
        return path;
    };
    return {join(printed.mid(arrow + 4, close - arrow - 4)), join(printed.mid(open + 1, arrow - open - 1))};
}

QMap<QString, QList<CommitFile>> numstat(GitCli &git, const QStringList &revisions)
{
    const QByteArray out = git.run(
        QStringList{u"-c"_s, u"core.quotePath=false"_s, u"log"_s, u"--numstat"_s, u"--format=%x00%H"_s} + revisions);
    QMap<QString, QList<CommitFile>> files;
    QList<CommitFile> *current = nullptr;
    for (const QString &line : QString::fromUtf8(out).split(u'\n')) {
        if (line.startsWith(QChar(0))) {
            current = &files[line.mid(1)];
            continue;
        }
        if (line.isEmpty() || !current)
            continue;
        const QStringList parts = line.split(u'\t');
        CommitFile file;
        file.position = int(current->size());
        if (parts.value(0) != u"-"_s) {
            file.insertions = parts.value(0).toInt();
            file.deletions = parts.value(1).toInt();
        }
        std::tie(file.path, file.oldPath) = numstatPaths(parts.mid(2).join(u'\t'));
        current->append(file);
    }
    return files;
}

QList<Tag> gitTags(GitCli &git, const QStringList &patterns)
{
    const QString format = u"%(refname)%1f%(objecttype)%1f%(objectname)%1f%(*objectname)%1f%(taggername)%1f"
                           u"%(taggeremail:trim)%1f%(taggerdate:unix)%1f%(contents)%1e"_s;
    QList<Tag> tags;
    for (const QStringList &fields : forEachRef(git, format, u"refs/tags"_s, patterns)) {
        Tag tag;
        tag.name = fields[0].mid(int(qstrlen("refs/tags/")));
        tag.annotated = fields[1] == u"tag"_s;
        tag.targetOid = tag.annotated ? fields[3] : fields[2];
        if (tag.annotated) {
            tag.taggerName = fields[4];
            tag.taggerEmail = fields[5];
            tag.taggerTime = fields[6].toLongLong() * 1000;
            tag.message = fields[7];
        }
        tags.append(tag);
    }
    return tags;
}

QList<Branch> gitBranches(GitCli &git, const QStringList &patterns)
{
    QList<Branch> branches;
    for (const QStringList &fields : forEachRef(git, u"%(refname)%1f%(objectname)%1e"_s, u"refs/heads"_s, patterns)) {
        Branch branch;
        branch.name = fields[0].mid(int(qstrlen("refs/heads/")));
        branch.tipOid = fields[1];
        branches.append(branch);
    }
    return branches;
}

} // namespace flowdeck::testing
