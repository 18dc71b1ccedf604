// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <unordered_map>
#include <vector>

namespace flowdeck::metrics::detail {

/// Values by row id, for joins done in memory over millions of rows: an array over the range of ids where it is
/// small enough (SQLite numbers rows in order, so ids are nearly always dense), else a hash. A default V means none.
template<typename V>
class IdMap
{
public:
    /// The largest range of ids kept in an array.
    static constexpr Id maxDenseRange = Id(1) << 23;

    IdMap() = default;
    IdMap(Id first, Id last) { reset(first, last); }

    /// Empties the map, to hold ids from `first` to `last` (inclusive; none when last < first) fast.
    void reset(Id first, Id last)
    {
        m_first = first;
        m_dense = last < first || last - first < maxDenseRange;
        m_array.assign(m_dense && last >= first ? std::size_t(last - first + 1) : 0, V());
        m_hash.clear();
    }

    /// The value of `id`, or null when the map has none.
    const V *find(Id id) const
    {
        if (m_dense) {
            const auto offset = quint64(id - m_first);
            return offset < m_array.size() ? &m_array[offset] : nullptr;
        }
        const auto found = m_hash.find(id);
        return found == m_hash.end() ? nullptr : &found->second;
    }
    V *find(Id id) { return const_cast<V *>(std::as_const(*this).find(id)); }

    /// The value of `id`, made when missing; null only for an id outside the range of an array.
    V *get(Id id)
    {
        if (m_dense) {
            const auto offset = quint64(id - m_first);
            return offset < m_array.size() ? &m_array[offset] : nullptr;
        }
        return &m_hash[id];
    }

    /// Calls f(id, value) for every id, in increasing order for an array and in no order for a hash.
    template<typename F>
    void forEach(F &&f)
    {
        if (m_dense) {
            for (std::size_t i = 0; i < m_array.size(); ++i)
                f(m_first + Id(i), m_array[i]);
        } else {
            for (auto &[id, value] : m_hash)
                f(id, value);
        }
    }

    bool isDense() const { return m_dense; }

private:
    Id m_first = 0;
    bool m_dense = true;
    std::vector<V> m_array;
    std::unordered_map<Id, V> m_hash;
};

} // namespace flowdeck::metrics::detail
