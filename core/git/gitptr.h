// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <git2.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace flowdeck::git {

/// Owning pointers over libgit2 objects, freed with libgit2's own free functions.
template<typename T, void (*Free)(T *)>
struct GitFree
{
    void operator()(T *object) const { Free(object); }
};

using RepositoryPtr = std::unique_ptr<git_repository, GitFree<git_repository, git_repository_free>>;
using CommitPtr = std::unique_ptr<git_commit, GitFree<git_commit, git_commit_free>>;
using TreePtr = std::unique_ptr<git_tree, GitFree<git_tree, git_tree_free>>;
using DiffPtr = std::unique_ptr<git_diff, GitFree<git_diff, git_diff_free>>;
using PatchPtr = std::unique_ptr<git_patch, GitFree<git_patch, git_patch_free>>;
using BlobPtr = std::unique_ptr<git_blob, GitFree<git_blob, git_blob_free>>;
using ObjectPtr = std::unique_ptr<git_object, GitFree<git_object, git_object_free>>;
using TagPtr = std::unique_ptr<git_tag, GitFree<git_tag, git_tag_free>>;
using ReferencePtr = std::unique_ptr<git_reference, GitFree<git_reference, git_reference_free>>;
using RemotePtr = std::unique_ptr<git_remote, GitFree<git_remote, git_remote_free>>;

/// Keeps libgit2 initialised while alive; cheap to nest. The first one also tunes libgit2 for reading whole
/// histories: parsed trees and small blobs stay cached (a commit's parent trees are the next commit's), and
/// objects are not hashed again on every read, which `git log` does not do either.
class LibGit2
{
public:
    LibGit2()
    {
        git_libgit2_init();
        static std::once_flag tuned;
        std::call_once(tuned, [] {
            // Every commit is read once by the walk (and once more by the diff of its stats): caching commits
            // costs more, in inserting and finally freeing 80,000 of them, than it could save.
            git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_COMMIT, std::size_t(0));
            git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_TREE, std::size_t(4) << 20);
            git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_BLOB, std::size_t(256) << 10);
            // Small: the import's diff stats read through ObjectReader's cache of its own, and a large cache here
            // costs more in evictions than it saves.
            git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, ssize_t(32) << 20);
            git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
        });
    }
    ~LibGit2() { git_libgit2_shutdown(); }
    LibGit2(const LibGit2 &) = delete;
    LibGit2 &operator=(const LibGit2 &) = delete;
};

/// libgit2's message for the call that just failed on this thread, prefixed with what was being done.
inline Error gitError(const QString &what)
{
    const git_error *error = git_error_last();
    const QString reason = error && error->message ? QString::fromUtf8(error->message)
                                                   : QCoreApplication::translate("flowdeck::git", "unknown error");
    return Error{QCoreApplication::translate("flowdeck::git", "%1: %2").arg(what, reason)};
}

inline QString oidToString(const git_oid &oid)
{
    char text[GIT_OID_HEXSZ + 1];
    git_oid_tostr(text, sizeof text, &oid);
    return QString::fromLatin1(text, GIT_OID_HEXSZ);
}

/// Hash for git_oid keys in unordered containers: an oid is already uniformly distributed.
struct OidHash
{
    std::size_t operator()(const git_oid &oid) const
    {
        std::size_t value;
        std::memcpy(&value, oid.id, sizeof value);
        return value;
    }
};

struct OidEqual
{
    bool operator()(const git_oid &a, const git_oid &b) const { return git_oid_equal(&a, &b); }
};

} // namespace flowdeck::git
