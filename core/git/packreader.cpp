// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/packreader.h"

#include <git2/sys/odb_backend.h>

#include <QDir>
#include <QFile>

#include <algorithm>
#include <climits>
#include <cstring>

namespace flowdeck::git {

namespace {

constexpr int ObjOfsDelta = 6;
constexpr int ObjRefDelta = 7;

std::uint32_t bigEndian32(const uchar *bytes)
{
    return (std::uint32_t(bytes[0]) << 24) | (std::uint32_t(bytes[1]) << 16) | (std::uint32_t(bytes[2]) << 8) |
           std::uint32_t(bytes[3]);
}

/// A size in a delta's header: little-endian groups of seven bits.
bool deltaSize(const uchar *&at, const uchar *end, std::size_t &size)
{
    size = 0;
    int shift = 0;
    for (;;) {
        if (at >= end || shift > 56)
            return false;
        const uchar byte = *at++;
        size |= std::size_t(byte & 0x7f) << shift;
        shift += 7;
        if (!(byte & 0x80))
            return true;
    }
}

/// Applies a git delta to `base`; nothing for a delta that does not fit it.
std::shared_ptr<Bytes> applyDelta(const Bytes &base, const Bytes &delta)
{
    const auto *at = reinterpret_cast<const uchar *>(delta.data());
    const uchar *end = at + delta.size();
    std::size_t baseSize = 0;
    std::size_t resultSize = 0;
    if (!deltaSize(at, end, baseSize) || baseSize != base.size() || !deltaSize(at, end, resultSize))
        return nullptr;
    auto result = std::make_shared<Bytes>(resultSize);
    Bytes &out = *result;
    char *write = out.data();
    const char *writeEnd = write + resultSize;
    while (at < end) {
        const uchar op = *at++;
        if (op & 0x80) {
            std::size_t offset = 0;
            std::size_t size = 0;
            for (int i = 0; i < 4; ++i) {
                if (op & (1 << i)) {
                    if (at >= end)
                        return nullptr;
                    offset |= std::size_t(*at++) << (8 * i);
                }
            }
            for (int i = 0; i < 3; ++i) {
                if (op & (0x10 << i)) {
                    if (at >= end)
                        return nullptr;
                    size |= std::size_t(*at++) << (8 * i);
                }
            }
            if (size == 0)
                size = 0x10000;
            if (offset > base.size() || size > base.size() - offset || size > std::size_t(writeEnd - write))
                return nullptr;
            std::memcpy(write, base.data() + offset, size);
            write += size;
        } else if (op != 0) {
            if (op > std::size_t(end - at) || op > std::size_t(writeEnd - write))
                return nullptr;
            std::memcpy(write, at, op);
            write += op;
            at += op;
        } else {
            return nullptr;
        }
    }
    return write == writeEnd ? result : nullptr;
}

} // namespace

struct ObjectReader::Pack
{
    QFile indexFile;
    QFile packFile;
    const uchar *index = nullptr;
    qint64 indexSize = 0;
    const uchar *pack = nullptr;
    qint64 packSize = 0;
    std::uint32_t count = 0;

    const uchar *fanout() const { return index + 8; }
    const uchar *ids() const { return index + 8 + 256 * 4; }
    const uchar *offsets32() const { return ids() + std::size_t(count) * (GIT_OID_RAWSZ + 4); }
    const uchar *offsets64() const { return offsets32() + std::size_t(count) * 4; }

    /// Maps a version 2 index and its pack; false for anything else, which libgit2 then reads.
    bool open(const QString &indexPath)
    {
        indexFile.setFileName(indexPath);
        QString packPath = indexPath;
        packPath.replace(packPath.size() - 4, 4, QStringLiteral(".pack"));
        packFile.setFileName(packPath);
        if (!indexFile.open(QIODevice::ReadOnly) || !packFile.open(QIODevice::ReadOnly))
            return false;
        indexSize = indexFile.size();
        packSize = packFile.size();
        if (indexSize < 8 + 256 * 4 + 2 * GIT_OID_RAWSZ || packSize < 12 + GIT_OID_RAWSZ)
            return false;
        index = indexFile.map(0, indexSize);
        pack = packFile.map(0, packSize);
        if (!index || !pack)
            return false;
        if (bigEndian32(index) != 0xff744f63 || bigEndian32(index + 4) != 2)
            return false;
        std::uint32_t previous = 0;
        for (int i = 0; i < 256; ++i) {
            const std::uint32_t n = bigEndian32(fanout() + 4 * i);
            if (n < previous)
                return false;
            previous = n;
        }
        count = previous;
        const qint64 minimum = 8 + 256 * 4 + qint64(count) * (GIT_OID_RAWSZ + 8) + 2 * GIT_OID_RAWSZ;
        if (indexSize < minimum)
            return false;
        const std::uint32_t version = bigEndian32(pack + 4);
        return std::memcmp(pack, "PACK", 4) == 0 && (version == 2 || version == 3) && bigEndian32(pack + 8) == count;
    }

    bool find(const git_oid &id, std::uint64_t &offset) const
    {
        const uchar first = id.id[0];
        std::uint32_t low = first == 0 ? 0 : bigEndian32(fanout() + 4 * (first - 1));
        std::uint32_t high = bigEndian32(fanout() + 4 * first);
        while (low < high) {
            const std::uint32_t middle = low + (high - low) / 2;
            const int order = std::memcmp(ids() + std::size_t(middle) * GIT_OID_RAWSZ, id.id, GIT_OID_RAWSZ);
            if (order == 0)
                return offsetOf(middle, offset);
            if (order < 0)
                low = middle + 1;
            else
                high = middle;
        }
        return false;
    }

    bool offsetOf(std::uint32_t position, std::uint64_t &offset) const
    {
        const std::uint32_t small = bigEndian32(offsets32() + std::size_t(position) * 4);
        if (!(small & 0x80000000u)) {
            offset = small;
        } else {
            const std::size_t large = small & 0x7fffffffu;
            const uchar *at = offsets64() + large * 8;
            if (at + 8 > index + indexSize - 2 * GIT_OID_RAWSZ)
                return false;
            offset = (std::uint64_t(bigEndian32(at)) << 32) | bigEndian32(at + 4);
        }
        return offset >= 12 && offset < std::uint64_t(packSize - GIT_OID_RAWSZ);
    }
};

ObjectReader::ObjectReader(git_repository *repository, std::size_t cacheBytes)
    : m_repository(repository)
    , m_cacheLimit(cacheBytes)
{
    if (inflateInit(&m_zlib) == Z_OK)
        m_zlibReady = true;
    const char *common = git_repository_commondir(repository);
    if (!common || !m_zlibReady)
        return;
    const QDir packs(QString::fromUtf8(common) + QStringLiteral("objects/pack"));
    const QStringList indexes = packs.entryList({QStringLiteral("pack-*.idx")}, QDir::Files, QDir::Name);
    for (const QString &name : indexes) {
        auto pack = std::make_unique<Pack>();
        if (pack->open(packs.filePath(name)))
            m_packs.push_back(std::move(pack));
    }
}

ObjectReader::~ObjectReader()
{
    if (m_zlibReady)
        inflateEnd(&m_zlib);
}

bool ObjectReader::readFromPacks(const git_oid &id, RawObject &out)
{
    std::size_t pack = 0;
    std::uint64_t offset = 0;
    if (!findInPacks(id, pack, offset) || !readPacked(pack, offset, out))
        return false;
    ++m_packedReads;
    return true;
}

namespace {

struct ReaderBackend
{
    git_odb_backend backend;
    ObjectReader *reader;
};

int backendRead(void **data, std::size_t *size, git_object_t *type, git_odb_backend *backend, const git_oid *id)
{
    RawObject object;
    if (!reinterpret_cast<ReaderBackend *>(backend)->reader->readFromPacks(*id, object))
        return GIT_ENOTFOUND;
    void *copy = git_odb_backend_data_alloc(backend, object.data->size());
    if (!copy)
        return -1;
    // An empty object (an empty file's blob) holds no pointer (see Bytes), which memcpy does not allow.
    if (object.data->size() > 0)
        std::memcpy(copy, object.data->data(), object.data->size());
    *data = copy;
    *size = object.data->size();
    *type = object.type;
    return 0;
}

void backendFree(git_odb_backend *backend)
{
    delete reinterpret_cast<ReaderBackend *>(backend);
}

} // namespace

int ObjectReader::serve(git_repository *repository)
{
    git_odb *odb = nullptr;
    if (const int status = git_repository_odb(&odb, repository); status < 0)
        return status;
    auto *backend = new ReaderBackend{};
    git_odb_init_backend(&backend->backend, GIT_ODB_BACKEND_VERSION);
    backend->reader = this;
    backend->backend.read = backendRead;
    backend->backend.free = backendFree;
    // Above libgit2's own pack and loose object backends; what it misses, they find.
    const int status = git_odb_add_backend(odb, &backend->backend, 1000);
    if (status < 0)
        delete backend;
    git_odb_free(odb);
    return status;
}

int ObjectReader::read(const git_oid &id, RawObject &out)
{
    if (readFromPacks(id, out))
        return 0;
    ++m_fallbackReads;
    git_odb *odb = nullptr;
    if (const int status = git_repository_odb(&odb, m_repository); status < 0)
        return status;
    git_odb_object *object = nullptr;
    const int status = git_odb_read(&object, odb, &id);
    git_odb_free(odb);
    if (status < 0)
        return status;
    out.type = git_odb_object_type(object);
    out.data = std::make_shared<const Bytes>(static_cast<const char *>(git_odb_object_data(object)),
                                             git_odb_object_size(object));
    git_odb_object_free(object);
    return 0;
}

bool ObjectReader::findInPacks(const git_oid &id, std::size_t &pack, std::uint64_t &offset) const
{
    if (m_packs.empty())
        return false;
    if (m_packs[m_lastPack]->find(id, offset)) {
        pack = m_lastPack;
        return true;
    }
    for (std::size_t i = 0; i < m_packs.size(); ++i) {
        if (i != m_lastPack && m_packs[i]->find(id, offset)) {
            pack = m_lastPack = i;
            return true;
        }
    }
    return false;
}

bool ObjectReader::inflateInto(const Pack &pack, std::uint64_t position, Bytes &out)
{
    const std::size_t size = out.size();
    if (size > UINT_MAX || inflateReset(&m_zlib) != Z_OK)
        return false;
    const std::uint64_t available = std::uint64_t(pack.packSize) - position;
    m_zlib.next_in = const_cast<uchar *>(pack.pack + position);
    m_zlib.avail_in = uInt(std::min<std::uint64_t>(available, UINT_MAX));
    // An empty object still has a stream to end.
    char spare = 0;
    m_zlib.next_out = reinterpret_cast<Bytef *>(size ? out.data() : &spare);
    m_zlib.avail_out = uInt(size ? size : 1);
    const int status = inflate(&m_zlib, Z_FINISH);
    return status == Z_STREAM_END && m_zlib.total_out == size;
}

bool ObjectReader::readPacked(std::size_t packIndex, std::uint64_t offset, RawObject &out)
{
    const Pack &pack = *m_packs[packIndex];
    const auto keyOf = [packIndex](std::uint64_t at) {
        return (std::uint64_t(packIndex) << 48) | at;
    };
    struct Link
    {
        std::uint64_t offset;
        std::uint64_t data;
        std::size_t size;
    };
    // Down the chain to a cached object or a whole one, then back up applying each delta and keeping each result.
    std::vector<Link> chain;
    RawObject base;
    std::uint64_t at = offset;
    for (;;) {
        if (const RawObject *hit = cached(keyOf(at))) {
            base = *hit;
            break;
        }
        if (chain.size() > 10000)
            return false;
        const uchar *end = pack.pack + pack.packSize - GIT_OID_RAWSZ;
        const uchar *p = pack.pack + at;
        uchar byte = *p++;
        const int type = (byte >> 4) & 7;
        std::size_t size = byte & 15;
        int shift = 4;
        while (byte & 0x80) {
            if (p >= end || shift > 56)
                return false;
            byte = *p++;
            size |= std::size_t(byte & 0x7f) << shift;
            shift += 7;
        }
        if (type == ObjOfsDelta) {
            if (p >= end)
                return false;
            byte = *p++;
            std::uint64_t distance = byte & 0x7f;
            while (byte & 0x80) {
                if (p >= end || distance >> 56)
                    return false;
                byte = *p++;
                distance = ((distance + 1) << 7) | (byte & 0x7f);
            }
            if (distance == 0 || distance > at)
                return false;
            chain.push_back({at, std::uint64_t(p - pack.pack), size});
            at -= distance;
        } else if (type == ObjRefDelta) {
            if (end - p < GIT_OID_RAWSZ)
                return false;
            git_oid baseId;
            git_oid_fromraw(&baseId, p);
            p += GIT_OID_RAWSZ;
            std::uint64_t baseOffset = 0;
            if (!pack.find(baseId, baseOffset))
                return false;
            chain.push_back({at, std::uint64_t(p - pack.pack), size});
            at = baseOffset;
        } else if (type >= GIT_OBJECT_COMMIT && type <= GIT_OBJECT_TAG) {
            if (p >= end)
                return false;
            auto data = std::make_shared<Bytes>(size);
            if (!inflateInto(pack, std::uint64_t(p - pack.pack), *data))
                return false;
            base.type = git_object_t(type);
            base.data = std::move(data);
            remember(keyOf(at), base);
            break;
        } else {
            return false;
        }
    }
    for (auto link = chain.rbegin(); link != chain.rend(); ++link) {
        Bytes delta(link->size);
        if (!inflateInto(pack, link->data, delta))
            return false;
        std::shared_ptr<Bytes> result = applyDelta(*base.data, delta);
        if (!result)
            return false;
        base.data = std::move(result);
        remember(keyOf(link->offset), base);
    }
    out = std::move(base);
    return true;
}

const RawObject *ObjectReader::cached(std::uint64_t key)
{
    const auto found = m_cache.find(key);
    if (found == m_cache.end())
        return nullptr;
    m_lru.splice(m_lru.begin(), m_lru, found->second);
    return &found->second->object;
}

void ObjectReader::remember(std::uint64_t key, const RawObject &object)
{
    const std::size_t size = object.data->size();
    if (size > m_cacheLimit / 4 || m_cache.count(key))
        return;
    m_lru.push_front({key, object});
    m_cache.emplace(key, m_lru.begin());
    m_cacheBytes += size;
    while (m_cacheBytes > m_cacheLimit && !m_lru.empty()) {
        const CacheEntry &oldest = m_lru.back();
        m_cacheBytes -= oldest.object.data->size();
        m_cache.erase(oldest.key);
        m_lru.pop_back();
    }
}

} // namespace flowdeck::git
