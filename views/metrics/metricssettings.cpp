// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metricssettings.h"

#include "store/workspace.h"

namespace flowdeck::views::metricssettings {

using namespace Qt::StringLiterals;

metrics::Options readOptions(const store::Workspace &workspace, metrics::Options options)
{
    const QString basis = workspace.setting(QString::fromLatin1(leadTimeFromKey));
    if (basis == u"committer"_s)
        options.leadTimeFrom = metrics::TimeBasis::Committer;
    else if (basis == u"author"_s)
        options.leadTimeFrom = metrics::TimeBasis::Author;
    // An empty value is kept as such (no pattern); only an absent one leaves the pattern given.
    options.hotfixPattern = workspace.setting(QString::fromLatin1(hotfixPatternKey), options.hotfixPattern);
    return options;
}

Result<void> writeOptions(const store::Workspace &workspace, const metrics::Options &options)
{
    const QString basis = options.leadTimeFrom == metrics::TimeBasis::Committer ? u"committer"_s : u"author"_s;
    if (auto written = workspace.setSetting(QString::fromLatin1(leadTimeFromKey), basis); !written)
        return written;
    return workspace.setSetting(QString::fromLatin1(hotfixPatternKey), options.hotfixPattern);
}

} // namespace flowdeck::views::metricssettings
