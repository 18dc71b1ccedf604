// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/gitptr.h"

#include <cstdint>
#include <cstring>
#include <list>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <zlib.h>

class QFile;

namespace flowdeck::git {

/// Object content, not zeroed first: it is written over at once.
class Bytes
{
public:
    explicit Bytes(std::size_t size)
        : m_bytes(size ? new char[size] : nullptr)
        , m_size(size)
    {}
    Bytes(const char *data, std::size_t size)
        : Bytes(size)
    {
        if (size)
            std::memcpy(m_bytes.get(), data, size);
    }

    char *data() { return m_bytes.get(); }
    const char *data() const { return m_bytes.get(); }
    std::size_t size() const { return m_size; }
    std::string_view view() const { return {m_bytes.get(), m_size}; }

private:
    std::unique_ptr<char[]> m_bytes;
    std::size_t m_size;
};

/// An object's type and content, shared with the reader's cache.
struct RawObject
{
    git_object_t type = GIT_OBJECT_INVALID;
    std::shared_ptr<const Bytes> data;
};

/// Reads objects of one repository for a walk through its history, straight from its pack files where it can.
///
/// libgit2 resolves a deltified object by applying its whole delta chain from the chain's base on every read, and
/// keeps only that base: reading the versions of a tree or file one after another costs the chain's length each
/// time. This reader keeps every object it resolves, base or intermediate, in a cache bounded in bytes, as git
/// does, so that the next version costs one delta. It reads version 2 pack indexes and version 2 and 3 packs
/// (offset and reference deltas); anything else — a loose object, an alternate object store, an object it cannot
/// find or make sense of — it reads through libgit2, which also names any error. One reader per thread.
class ObjectReader
{
public:
    /// `cacheBytes` bounds the content kept for later reads.
    explicit ObjectReader(git_repository *repository, std::size_t cacheBytes = std::size_t(64) << 20);
    ~ObjectReader();
    ObjectReader(const ObjectReader &) = delete;
    ObjectReader &operator=(const ObjectReader &) = delete;

    /// The object `id`; libgit2's error code (GIT_ENOTFOUND for a missing object) when neither the packs nor
    /// libgit2 have it.
    int read(const git_oid &id, RawObject &out);

    /// The object `id` from the packs only; false when they do not have it or it cannot be read from them.
    bool readFromPacks(const git_oid &id, RawObject &out);

    /// Makes libgit2 read `repository`'s objects through this reader first, so that its own diffs profit from the
    /// cache too. The reader must outlive every read through the repository.
    int serve(git_repository *repository);

    /// Objects read from the packs, and through libgit2.
    std::uint64_t packedReads() const { return m_packedReads; }
    std::uint64_t fallbackReads() const { return m_fallbackReads; }

private:
    struct Pack;
    struct CacheEntry
    {
        std::uint64_t key = 0;
        RawObject object;
    };

    bool findInPacks(const git_oid &id, std::size_t &pack, std::uint64_t &offset) const;
    bool readPacked(std::size_t pack, std::uint64_t offset, RawObject &out);
    bool inflateInto(const Pack &pack, std::uint64_t position, Bytes &out);
    const RawObject *cached(std::uint64_t key);
    void remember(std::uint64_t key, const RawObject &object);

    git_repository *m_repository;
    std::vector<std::unique_ptr<Pack>> m_packs;
    mutable std::size_t m_lastPack = 0;
    z_stream m_zlib{};
    bool m_zlibReady = false;

    std::size_t m_cacheLimit;
    std::size_t m_cacheBytes = 0;
    std::list<CacheEntry> m_lru;
    std::unordered_map<std::uint64_t, std::list<CacheEntry>::iterator> m_cache;

    std::uint64_t m_packedReads = 0;
    std::uint64_t m_fallbackReads = 0;
};

} // namespace flowdeck::git
