// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/graphvizsession.h"

#include <QCoreApplication>

#include <cstdlib>

#include <gvc.h>
#ifdef FLOWDECK_GRAPHVIZ_BUILTIN_DOT
#include <gvplugin.h>

extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
}
#endif

namespace flowdeck::layout::detail {

namespace {

struct GraphvizText
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::layout::GraphLayout)
};

std::mutex graphvizMutex;

/// Where Graphviz's messages go while a session lives; only touched with graphvizMutex held.
QString *capturedMessages = nullptr;

/// The process's context, made once and kept for its life: freeing it at exit could race a layout that a
/// worker thread is still running then.
GVC_t *processContext = nullptr;

int captureMessage(char *text)
{
    if (capturedMessages)
        capturedMessages->append(QString::fromUtf8(text));
    return 0;
}

#ifdef FLOWDECK_GRAPHVIZ_BUILTIN_DOT
/// Only the dot layout, linked in: nothing is loaded at run time and no plugin configuration file is read,
/// so a missing or stale configuration (written by libgvc6's postinst) cannot break the layout.
const lt_symlist_t builtinPlugins[] = {
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {nullptr, nullptr},
};
#else
bool hasDotLayout(GVC_t *context)
{
    int count = 0;
    char **names = gvPluginList(context, "layout", &count, nullptr);
    bool found = false;
    for (int i = 0; names && i < count; ++i) {
        found = found || qstrcmp(names[i], "dot") == 0;
        free(names[i]);
    }
    free(names);
    return found;
}
#endif

} // namespace

GraphvizSession::GraphvizSession()
    : m_lock(graphvizMutex)
{
    capturedMessages = &m_messages;
    m_previousHandler = agseterrf(captureMessage);
    agreseterrors();
}

GraphvizSession::~GraphvizSession()
{
    agseterrf(m_previousHandler);
    capturedMessages = nullptr;
}

Result<GVC_s *> GraphvizSession::context()
{
    if (!processContext) {
#ifdef FLOWDECK_GRAPHVIZ_BUILTIN_DOT
        processContext = gvContextPlugins(builtinPlugins, 0);
#else
        processContext = gvContext();
#endif
    }
    if (!processContext)
        return Error{GraphvizText::tr("Graphviz could not start its layout library: %1").arg(messages())};
#ifndef FLOWDECK_GRAPHVIZ_BUILTIN_DOT
    if (!hasDotLayout(processContext)) {
        return Error{GraphvizText::tr(
            "Graphviz's dot layout is not available: its plugin (libgvplugin_dot_layout, "
            "package libgvc6) is missing or not listed in Graphviz's plugin "
            "configuration. As root, “libgvc6-config-update -c” (Debian) or “dot -c” writes it again.")};
    }
#endif
    return processContext;
}

QString GraphvizSession::messages() const
{
    return m_messages.trimmed();
}

} // namespace flowdeck::layout::detail
