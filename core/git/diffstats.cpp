// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/diffstats.h"

#include "git/gittext.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace flowdeck::git {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("flowdeck::git", text);
}

struct Counter
{
    CommitStats *stats = nullptr;
    int current = -1;
};

int onFile(const git_diff_delta *delta, float, void *payload)
{
    auto *counter = static_cast<Counter *>(payload);
    CommitFile file;
    file.position = int(counter->stats->files.size());
    file.path = decodeCommitText(delta->new_file.path, nullptr);
    if (delta->status == GIT_DELTA_DELETED)
        file.path = decodeCommitText(delta->old_file.path, nullptr);
    if (delta->status == GIT_DELTA_RENAMED || delta->status == GIT_DELTA_COPIED)
        file.oldPath = decodeCommitText(delta->old_file.path, nullptr);
    const bool binary = (delta->flags & GIT_DIFF_FLAG_BINARY) != 0;
    if (!binary) {
        file.insertions = 0;
        file.deletions = 0;
    }
    counter->stats->files.append(file);
    counter->current = file.position;
    return 0;
}

int onBinary(const git_diff_delta *, const git_diff_binary *, void *payload)
{
    auto *counter = static_cast<Counter *>(payload);
    CommitFile &file = counter->stats->files[counter->current];
    file.insertions.reset();
    file.deletions.reset();
    return 0;
}

int onLine(const git_diff_delta *, const git_diff_hunk *, const git_diff_line *line, void *payload)
{
    auto *counter = static_cast<Counter *>(payload);
    CommitFile &file = counter->stats->files[counter->current];
    if (line->origin == GIT_DIFF_LINE_ADDITION)
        *file.insertions += 1;
    else if (line->origin == GIT_DIFF_LINE_DELETION)
        *file.deletions += 1;
    return 0;
}

int countHunk(const git_diff_delta *, const git_diff_hunk *hunk, void *payload)
{
    auto *file = static_cast<CommitFile *>(payload);
    // Without context lines, a hunk holds only what was taken away and what was put in.
    *file->deletions += hunk->old_lines;
    *file->insertions += hunk->new_lines;
    return 0;
}

bool typeChangeLines(git_repository *repository, const git_diff_delta &delta, CommitFile &file)
{
    git_blob *rawBlobs[2] = {nullptr, nullptr};
    if (git_blob_lookup(&rawBlobs[0], repository, &delta.old_file.id) < 0)
        return false;
    const BlobPtr before(rawBlobs[0]);
    if (git_blob_lookup(&rawBlobs[1], repository, &delta.new_file.id) < 0)
        return false;
    const BlobPtr after(rawBlobs[1]);
    const auto binary = [](const git_blob *blob) {
        return isBinaryContent(static_cast<const char *>(git_blob_rawcontent(blob)),
                               std::size_t(git_blob_rawsize(blob)));
    };
    if (binary(before.get()) || binary(after.get())) {
        file.insertions.reset();
        file.deletions.reset();
        return true;
    }
    return blobLineCounts(before.get(), after.get(), delta.new_file.path, file);
}

/// Orders tree entries as git stores them: a tree's name compares as if it ended in '/'.
int compareEntries(const git_tree_entry *a, const git_tree_entry *b)
{
    const char *x = git_tree_entry_name(a);
    const char *y = git_tree_entry_name(b);
    while (*x && *x == *y) {
        ++x;
        ++y;
    }
    const unsigned char cx =
        *x ? static_cast<unsigned char>(*x) : (git_tree_entry_type(a) == GIT_OBJECT_TREE ? '/' : 0);
    const unsigned char cy =
        *y ? static_cast<unsigned char>(*y) : (git_tree_entry_type(b) == GIT_OBJECT_TREE ? '/' : 0);
    return int(cx) - int(cy);
}

class ChangedPaths
{
public:
    explicit ChangedPaths(git_repository *repository)
        : m_repository(repository)
    {}

    /// Every path below `prefix` whose entry differs between the two trees (either may be null), skipping
    /// subtrees with the same id: the work is proportional to the change, not to the size of the tree.
    bool compare(const git_tree *before, const git_tree *after, const std::string &prefix)
    {
        const std::size_t count[2] = {before ? git_tree_entrycount(before) : 0, after ? git_tree_entrycount(after) : 0};
        std::size_t i = 0;
        std::size_t j = 0;
        while (i < count[0] || j < count[1]) {
            const git_tree_entry *a = i < count[0] ? git_tree_entry_byindex(before, i) : nullptr;
            const git_tree_entry *b = j < count[1] ? git_tree_entry_byindex(after, j) : nullptr;
            const int order = !a ? 1 : !b ? -1 : compareEntries(a, b);
            if (order == 0) {
                ++i;
                ++j;
                if (git_oid_equal(git_tree_entry_id(a), git_tree_entry_id(b)) &&
                    git_tree_entry_filemode(a) == git_tree_entry_filemode(b))
                    continue;
                const std::string path = prefix + git_tree_entry_name(a);
                if (git_tree_entry_type(a) == GIT_OBJECT_TREE && git_tree_entry_type(b) == GIT_OBJECT_TREE) {
                    TreePtr left = lookup(a);
                    TreePtr right = lookup(b);
                    if (!left || !right || !compare(left.get(), right.get(), path + '/'))
                        return false;
                } else {
                    m_paths.push_back(path);
                }
            } else {
                const git_tree_entry *only = order < 0 ? a : b;
                order < 0 ? ++i : ++j;
                const std::string path = prefix + git_tree_entry_name(only);
                if (git_tree_entry_type(only) == GIT_OBJECT_TREE) {
                    TreePtr tree = lookup(only);
                    if (!tree ||
                        !compare(order < 0 ? tree.get() : nullptr, order < 0 ? nullptr : tree.get(), path + '/'))
                        return false;
                } else {
                    m_paths.push_back(path);
                }
            }
        }
        return true;
    }

    const std::vector<std::string> &paths() const { return m_paths; }

private:
    TreePtr lookup(const git_tree_entry *entry)
    {
        git_tree *tree = nullptr;
        git_tree_lookup(&tree, m_repository, git_tree_entry_id(entry));
        return TreePtr(tree);
    }

    git_repository *m_repository;
    std::vector<std::string> m_paths;
};

} // namespace

bool isBinaryContent(const char *data, std::size_t size)
{
    if (size > (std::size_t(512) << 20))
        return true;
    return size > 0 && std::memchr(data, 0, std::min<std::size_t>(size, 8000)) != nullptr;
}

bool blobLineCounts(const git_blob *before, const git_blob *after, const char *path, CommitFile &file)
{
    file.insertions = 0;
    file.deletions = 0;
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.context_lines = 0;
    options.interhunk_lines = 0;
    options.flags |= GIT_DIFF_FORCE_TEXT;
    return git_diff_blobs(before, path, after, path, &options, nullptr, nullptr, countHunk, nullptr, &file) == 0;
}

Result<CommitStats> diffStats(git_repository *repository, const git_oid &oid)
{
    const QString what = tr("Diff of commit %1").arg(oidToString(oid));
    git_commit *rawCommit = nullptr;
    if (git_commit_lookup(&rawCommit, repository, &oid) < 0)
        return gitError(what);
    CommitPtr commit(rawCommit);
    CommitStats stats;
    const unsigned parents = git_commit_parentcount(commit.get());
    if (parents > 1)
        return stats;

    git_tree *rawTree = nullptr;
    if (git_commit_tree(&rawTree, commit.get()) < 0)
        return gitError(what);
    TreePtr tree(rawTree);
    TreePtr parentTree;
    if (parents == 1) {
        git_commit *rawParent = nullptr;
        const int status = git_commit_parent(&rawParent, commit.get(), 0);
        if (status == 0) {
            CommitPtr parent(rawParent);
            git_tree *rawParentTree = nullptr;
            if (git_commit_tree(&rawParentTree, parent.get()) < 0)
                return gitError(what);
            parentTree.reset(rawParentTree);
        } else if (status != GIT_ENOTFOUND) {
            return gitError(what);
        }
        // A parent beyond a shallow boundary: git diffs the commit against the empty tree, and so do we.
    }

    // libgit2 walks both trees in full; naming the changed paths first lets it skip everything else.
    ChangedPaths changed(repository);
    if (!changed.compare(parentTree.get(), tree.get(), {}))
        return gitError(what);
    if (changed.paths().empty())
        return stats;
    std::vector<char *> pathspec;
    pathspec.reserve(changed.paths().size());
    for (const std::string &path : changed.paths())
        pathspec.push_back(const_cast<char *>(path.c_str()));

    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.context_lines = 0;
    options.interhunk_lines = 0;
    // A file that became a symbolic link (or back) is one change with its lines, as git shows it.
    options.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH | GIT_DIFF_INCLUDE_TYPECHANGE;
    options.pathspec.strings = pathspec.data();
    options.pathspec.count = pathspec.size();
    git_diff *rawDiff = nullptr;
    if (git_diff_tree_to_tree(&rawDiff, repository, parentTree.get(), tree.get(), &options) < 0)
        return gitError(what);
    DiffPtr diff(rawDiff);
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    find.flags = GIT_DIFF_FIND_RENAMES;
    if (git_diff_find_similar(diff.get(), &find) < 0)
        return gitError(what);

    Counter counter{&stats, -1};
    if (git_diff_foreach(diff.get(), onFile, onBinary, nullptr, onLine, &counter) < 0)
        return gitError(what);
    // libgit2 shows no lines for a file that became a link (or back); git diffs the two contents.
    for (qsizetype i = 0; i < stats.files.size(); ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), std::size_t(i));
        if (delta && delta->status == GIT_DELTA_TYPECHANGE && !typeChangeLines(repository, *delta, stats.files[i]))
            return gitError(what);
    }
    stats.filesChanged = int(stats.files.size());
    for (const CommitFile &file : std::as_const(stats.files)) {
        stats.insertions += file.insertions.value_or(0);
        stats.deletions += file.deletions.value_or(0);
    }
    return stats;
}

} // namespace flowdeck::git
