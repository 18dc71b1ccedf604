// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace flowdeck::views {

/// Numbers the requests of one kind (a page's load, a query's rows) so that only the latest one counts: a late
/// result of an outdated request, for an older filter or another workspace, is recognised and dropped.
class Generation
{
public:
    /// Starts a request and returns its number; every earlier request becomes outdated.
    quint64 start() { return ++m_latest; }
    /// Makes every request in flight outdated.
    void invalidate() { ++m_latest; }
    /// True when `request` is the latest one started and nothing invalidated it since.
    bool isLatest(quint64 request) const { return request == m_latest; }

private:
    quint64 m_latest = 0;
};

} // namespace flowdeck::views
