// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/diffstats.h"
#include "git/packreader.h"

#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace flowdeck::git {

/// Diff stats for many commits of one repository, as diffStats() computes them but faster: trees and blobs come
/// from an ObjectReader, the changed paths from comparing the trees, added and deleted files are counted without
/// a diff, and only modified text files go through libgit2's diff (the same xdiff git uses). Renames are paired by
/// content where that is certain, else by libgit2's rename detection run on the added and deleted files alone.
///
/// A commit that adds, drops or changes a submodule goes to diffStats() whole. So does every commit when the
/// repository has attributes (.gitattributes at the top of its work tree, info/attributes, or core.attributesFile),
/// which can mark files as binary.
/// One per thread, with a repository of that thread.
class StatsReader
{
public:
    /// `hasAttributes`: whether the repository has attributes (see repositoryHasAttributes()); the repository may
    /// then be opened bare, which spares libgit2 looking for them in the work tree on every diff.
    StatsReader(git_repository *repository, bool hasAttributes);
    explicit StatsReader(git_repository *repository);

    /// Attributes at the top of the work tree, in info/attributes, or named by core.attributesFile (or in its
    /// default place); the files that can mark files as binary.
    static bool repositoryHasAttributes(git_repository *repository);

    Result<CommitStats> stats(const git_oid &commit);

    /// Commits settled here, and handed to diffStats().
    std::uint64_t fastCommits() const { return m_fast; }
    std::uint64_t fallbackCommits() const { return m_fallback; }
    const ObjectReader &objects() const { return m_reader; }

private:
    struct Entry
    {
        std::uint32_t mode = 0;
        const char *name = nullptr;
        std::size_t nameLength = 0;
        const unsigned char *id = nullptr;
    };

    struct Change
    {
        std::string path;
        /// Set for a rename.
        std::string oldPath;
        std::uint32_t oldMode = 0;
        std::uint32_t newMode = 0;
        git_oid oldId{};
        git_oid newId{};
    };

    enum class Outcome
    {
        Done,
        Fallback,
        Failed,
    };

    struct Tree
    {
        RawObject raw;
        std::vector<Entry> entries;
    };
    struct OidHash
    {
        std::size_t operator()(const git_oid &id) const
        {
            std::size_t hash;
            std::memcpy(&hash, id.id, sizeof hash);
            return hash;
        }
    };
    struct OidEqual
    {
        bool operator()(const git_oid &a, const git_oid &b) const { return git_oid_equal(&a, &b); }
    };

    bool parseTree(const RawObject &tree, std::vector<Entry> &entries) const;
    /// The tree `id`, parsed; the trees of the last commits are kept, as each commit's are its child's parent's.
    std::shared_ptr<const Tree> tree(const git_oid &id);
    Outcome compare(const git_oid *before, const git_oid *after, const std::string &prefix);
    /// Turns deleted and added files with the same content into renames; false when rename detection must decide.
    bool pairExactRenames();
    /// Pairs renames with libgit2's rename detection; false when that fails or disagrees with the changes found.
    bool pairRenames(const git_oid *parentTree, const git_oid &tree);
    /// Makes each (deleted, added) pair of changes one rename.
    void applyRenames(const std::vector<std::pair<std::size_t, std::size_t>> &pairs);
    Outcome fileStats(const Change &change, CommitFile &file);
    int readBlob(const git_oid &id, RawObject &blob);

    git_repository *m_repository;
    ObjectReader m_reader;
    bool m_attributes = false;
    std::vector<Change> m_changes;
    std::unordered_map<git_oid, std::shared_ptr<const Tree>, OidHash, OidEqual> m_trees;
    std::deque<git_oid> m_treeOrder;
    std::uint64_t m_fast = 0;
    std::uint64_t m_fallback = 0;
};

} // namespace flowdeck::git
