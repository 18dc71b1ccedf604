// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

#include <mutex>

struct GVC_s;

namespace flowdeck::layout::detail {

/// Exclusive use of Graphviz's library for as long as it lives. Graphviz keeps global state (its error
/// handler, the attribute defaults of new graphs, the locale it switches to while it reads numbers), so every
/// use of it in the process goes through one session at a time; a second thread waits in the constructor.
/// While the session lives, what Graphviz reports goes into messages() instead of stderr.
class GraphvizSession
{
public:
    GraphvizSession();
    ~GraphvizSession();
    GraphvizSession(const GraphvizSession &) = delete;
    GraphvizSession &operator=(const GraphvizSession &) = delete;

    /// The process's Graphviz context, made on first use with the dot layout built in (or, when the layout
    /// plugin could not be linked, with the plugins that Graphviz's configuration file lists).
    Result<GVC_s *> context();

    /// Errors and warnings Graphviz reported during this session, one per line.
    QString messages() const;

private:
    std::unique_lock<std::mutex> m_lock;
    QString m_messages;
    int (*m_previousHandler)(char *) = nullptr;
};

} // namespace flowdeck::layout::detail
