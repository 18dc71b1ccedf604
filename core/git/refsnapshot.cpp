// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/refsnapshot.h"

#include "git/gittext.h"

#include <QRegularExpression>

#include <unordered_set>

namespace flowdeck::git {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("flowdeck::git", text);
}

/// A glob over ref names, where '*' matches any run of characters including '/', as in `git log --glob`
/// without the implied "/*".
QRegularExpression globToRegularExpression(const QString &glob)
{
    QString pattern = u"^"_s;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*') {
            pattern += u".*"_s;
        } else if (c == u'?') {
            pattern += u'.';
        } else if (c == u'[') {
            const qsizetype close = glob.indexOf(u']', i + 1);
            if (close < 0) {
                pattern += u"\\["_s;
                continue;
            }
            pattern += glob.mid(i, close - i + 1);
            i = close;
        } else {
            pattern += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(pattern + u'$');
}

QList<QRegularExpression> compilePatterns(QStringList patterns)
{
    if (patterns.isEmpty())
        patterns = {u"refs/heads/*"_s, u"refs/tags/*"_s};
    QList<QRegularExpression> compiled;
    for (const QString &pattern : std::as_const(patterns)) {
        const QString trimmed = pattern.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.contains(u'*') || trimmed.contains(u'?') || trimmed.contains(u'[')) {
            compiled.append(globToRegularExpression(trimmed));
        } else {
            // A plain name selects that ref and everything below it, as `git log --branches=name` does.
            compiled.append(QRegularExpression(u"^"_s + QRegularExpression::escape(trimmed) + u"(/.*)?$"_s));
        }
    }
    return compiled;
}

bool selected(const QList<QRegularExpression> &patterns, const QString &name)
{
    for (const QRegularExpression &pattern : patterns) {
        if (pattern.match(name).hasMatch())
            return true;
    }
    return false;
}

} // namespace

Result<RefSnapshot> readRefs(git_repository *repository, const QStringList &patterns)
{
    const QList<QRegularExpression> compiled = compilePatterns(patterns);
    RefSnapshot snapshot;
    std::unordered_set<git_oid, OidHash, OidEqual> seen;

    git_reference_iterator *iterator = nullptr;
    if (git_reference_iterator_new(&iterator, repository) < 0)
        return gitError(tr("Reading the refs"));
    std::unique_ptr<git_reference_iterator, GitFree<git_reference_iterator, git_reference_iterator_free>> owner(
        iterator);

    git_reference *raw = nullptr;
    int status = 0;
    while ((status = git_reference_next(&raw, iterator)) == 0) {
        ReferencePtr reference(raw);
        const QString name = QString::fromUtf8(git_reference_name(reference.get()));
        if (git_reference_type(reference.get()) != GIT_REFERENCE_DIRECT || !selected(compiled, name))
            continue;
        const bool isBranch = git_reference_is_branch(reference.get());
        const bool isTag = git_reference_is_tag(reference.get());

        git_object *peeled = nullptr;
        if (git_reference_peel(&peeled, reference.get(), GIT_OBJECT_COMMIT) < 0) {
            // A tag of a tree or a blob, or a ref to an object the repository lacks: nothing to import.
            snapshot.warnings.append(tr("The ref %1 does not point at a commit; it was skipped.").arg(name));
            continue;
        }
        ObjectPtr commit(peeled);
        const git_oid target = *git_object_id(commit.get());
        if (seen.insert(target).second)
            snapshot.tips.push_back(target);

        if (isBranch) {
            snapshot.branches.append(Branch{0, 0, name.mid(int(qstrlen("refs/heads/"))), oidToString(target)});
        } else if (isTag) {
            Tag tag;
            tag.name = name.mid(int(qstrlen("refs/tags/")));
            tag.targetOid = oidToString(target);
            git_tag *annotated = nullptr;
            if (git_tag_lookup(&annotated, repository, git_reference_target(reference.get())) == 0) {
                TagPtr owned(annotated);
                tag.annotated = true;
                if (const git_signature *tagger = git_tag_tagger(owned.get())) {
                    tag.taggerName = decodeCommitText(tagger->name, nullptr);
                    tag.taggerEmail = decodeCommitText(tagger->email, nullptr);
                    tag.taggerTime = qint64(tagger->when.time) * 1000;
                }
                if (const char *message = git_tag_message(owned.get()))
                    tag.message = decodeCommitText(message, nullptr);
            }
            snapshot.tags.append(tag);
        }
    }
    if (status != GIT_ITEROVER)
        return gitError(tr("Reading the refs"));
    return snapshot;
}

} // namespace flowdeck::git
