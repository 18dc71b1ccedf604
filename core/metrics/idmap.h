// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

namespace flowdeck::metrics::detail {

/// Values by row id, for joins done in memory over millions of rows. Within a range of ids it is an array in
/// pages of 4096 values, each made when a value in it is first asked for: SQLite numbers rows in order, so ids are
/// nearly always dense and a lookup is two reads, while ids far apart cost no more memory than their pages. Ids
/// spread over a range too wide even for the list of pages go to a hash. A default V means none.
template<typename V>
class IdMap
{
public:
    /// The widest range of ids kept in pages (a list of 262,144 pages).
    static constexpr Id maxPagedRange = Id(1) << 30;

    IdMap() = default;

    /// Empties the map, to hold ids from `first` to `last` (inclusive; none when last < first).
    void reset(Id first, Id last)
    {
        m_first = first;
        m_size = last >= first ? quint64(last - first) + 1 : 0;
        m_paged = last < first || last - first < maxPagedRange;
        m_pages.clear();
        m_pages.resize(m_paged ? std::size_t((m_size + pageSize - 1) / pageSize) : 0);
        m_hash.clear();
    }

    /// The value of `id`, or null when the map has none.
    const V *find(Id id) const
    {
        if (m_paged) {
            const auto offset = quint64(id - m_first);
            if (offset >= m_size)
                return nullptr;
            const V *page = m_pages[std::size_t(offset / pageSize)].get();
            return page ? &page[offset % pageSize] : nullptr;
        }
        const auto found = m_hash.find(id);
        return found == m_hash.end() ? nullptr : &found->second;
    }
    V *find(Id id) { return const_cast<V *>(std::as_const(*this).find(id)); }

    /// The value of `id`, made when missing; null only for an id outside the range of the pages.
    V *get(Id id)
    {
        if (m_paged) {
            const auto offset = quint64(id - m_first);
            if (offset >= m_size)
                return nullptr;
            std::unique_ptr<V[]> &page = m_pages[std::size_t(offset / pageSize)];
            if (!page)
                page.reset(new V[pageSize]());
            return &page[offset % pageSize];
        }
        return &m_hash[id];
    }

    /// Calls f(id, value) for every value made, ids of pages in increasing order (every id of a made page: the
    /// default values too), ids of a hash in no order.
    template<typename F>
    void forEach(F &&f)
    {
        if (m_paged) {
            for (std::size_t p = 0; p < m_pages.size(); ++p) {
                if (!m_pages[p])
                    continue;
                const quint64 begin = quint64(p) * pageSize;
                const quint64 end = std::min<quint64>(begin + pageSize, m_size);
                for (quint64 offset = begin; offset < end; ++offset)
                    f(m_first + Id(offset), m_pages[p][offset - begin]);
            }
        } else {
            for (auto &[id, value] : m_hash)
                f(id, value);
        }
    }

    /// Whether forEach() goes in the order of ids.
    bool isOrdered() const { return m_paged; }

private:
    static constexpr quint64 pageSize = 4096;

    Id m_first = 0;
    quint64 m_size = 0;
    bool m_paged = true;
    std::vector<std::unique_ptr<V[]>> m_pages;
    std::unordered_map<Id, V> m_hash;
};

} // namespace flowdeck::metrics::detail
