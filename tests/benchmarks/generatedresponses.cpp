// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedresponses.h"

#include "responsewriting.h"

namespace flowdeck::bench {

using namespace Qt::StringLiterals;

Result<GeneratedResponses> generateResponses(const QString &provider, const QString &folder, qint64 jobs,
                                             const QString &fixtures)
{
    GeneratedResponses counts;
    counts.provider = provider;
    counts.folder = folder;
    Result<void> written = Error{u"unknown provider %1"_s.arg(provider)};
    if (provider == u"github"_s) {
        written = detail::writeGitHub(counts, jobs, fixtures);
    } else if (provider == u"gitlab"_s) {
        written = detail::writeGitLab(counts, jobs, fixtures);
    } else if (provider == u"jenkins"_s) {
        counts.project = u"https://ci.example.com/jenkins/job/storefront/"_s;
        written = detail::writeJenkins(counts, jobs, fixtures);
    }
    if (!written)
        return written.error();
    return counts;
}

} // namespace flowdeck::bench
