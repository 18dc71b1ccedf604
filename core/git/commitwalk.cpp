// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/commitwalk.h"

#include "git/gittext.h"

namespace flowdeck::git {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("flowdeck::git", text);
}

/// git's notion of white space: ' ', '\t', '\n' and '\r' only (its own isspace()).
bool isGitSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

/// git's subject (%s): blank lines skipped, then the lines of the first paragraph, each without trailing blanks,
/// joined by spaces.
QString subjectOf(const QString &message)
{
    QStringList lines;
    for (QStringView line : QStringView(message).split(u'\n')) {
        qsizetype length = line.size();
        while (length > 0 && isGitSpace(line.at(length - 1)))
            --length;
        if (length == 0) {
            if (lines.isEmpty())
                continue;
            break;
        }
        lines.append(line.first(length).toString());
    }
    return lines.join(u' ');
}

WalkedCommit describe(const git_commit *commit)
{
    WalkedCommit walked;
    walked.oid = *git_commit_id(commit);
    Commit &row = walked.commit;
    const char *encoding = git_commit_message_encoding(commit);
    row.oid = oidToString(walked.oid);
    const git_signature *author = git_commit_author(commit);
    const git_signature *committer = git_commit_committer(commit);
    row.authorName = decodeCommitText(author->name, encoding);
    row.authorEmail = decodeCommitText(author->email, encoding);
    row.authorTime = qint64(author->when.time) * 1000;
    row.authorOffsetMinutes = author->when.offset;
    row.committerName = decodeCommitText(committer->name, encoding);
    row.committerEmail = decodeCommitText(committer->email, encoding);
    row.committerTime = qint64(committer->when.time) * 1000;
    row.committerOffsetMinutes = committer->when.offset;
    // The message as stored, as %B prints it: git_commit_message() would drop leading blank lines.
    row.message = decodeCommitText(git_commit_message_raw(commit), encoding);
    row.summary = subjectOf(row.message);
    const unsigned parentCount = git_commit_parentcount(commit);
    row.isMerge = parentCount > 1;
    for (unsigned i = 0; i < parentCount; ++i)
        walked.parents.append(oidToString(*git_commit_parent_id(commit, i)));
    return walked;
}

} // namespace

Result<WalkResult> walkNewCommits(git_repository *repository, const std::vector<git_oid> &tips, const OidSet &known,
                                  const TaskControl &control, const CommitSink &sink)
{
    WalkResult result;
    OidSet visited;
    // Depth-first along first parents (an explicit stack: histories are deep), each commit handed on as it is
    // read: storing a commit never waits for its ancestors to be read.
    std::vector<git_oid> stack(tips.rbegin(), tips.rend());
    while (!stack.empty()) {
        const git_oid oid = stack.back();
        stack.pop_back();
        if (known.count(oid) || !visited.insert(oid).second)
            continue;

        git_commit *raw = nullptr;
        const int status = git_commit_lookup(&raw, repository, &oid);
        if (status == GIT_ENOTFOUND) {
            result.missingParents.insert(oid);
            continue;
        }
        if (status < 0)
            return gitError(tr("Reading commit %1").arg(oidToString(oid)));
        CommitPtr commit(raw);
        const unsigned parentCount = git_commit_parentcount(commit.get());
        for (unsigned i = parentCount; i-- > 0;) {
            const git_oid *parent = git_commit_parent_id(commit.get(), i);
            if (!known.count(*parent) && !visited.count(*parent))
                stack.push_back(*parent);
        }
        if (!sink(describe(commit.get())) || (++result.commits % 4096 == 0 && control.isCanceled()))
            return Error{TaskControl::canceledMessage()};
    }
    return result;
}

} // namespace flowdeck::git
