// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes a CI provider's page reader with any bytes as a saved response: the page kind detected from the document's
// shape, as `flowdeck import files` does, and every kind read from the bytes, as a sync reads an endpoint's answer.
// Built once per provider: FLOWDECK_FUZZ_PROVIDER names its namespace (github, gitlab or jenkins).
// Seeds: ../shared/fixtures/ci/PROVIDER and tests/core/data/ci/PROVIDER.
#include "ci/github/githubpages.h"
#include "ci/gitlab/gitlabpages.h"
#include "ci/jenkins/jenkinspages.h"
#include "ci/json.h"
#include "fuzzinput.h"

using namespace flowdeck::ci;
using namespace Qt::StringLiterals;

namespace {

namespace provider = flowdeck::ci::FLOWDECK_FUZZ_PROVIDER;

/// What each provider's pages are read with, as an import of a saved folder reads them.
template<typename Context>
Context pageContext();
template<>
[[maybe_unused]] github::PageContext pageContext()
{
    return {u"fuzz/page.json"_s, {}, u"incident"_s};
}
template<>
[[maybe_unused]] gitlab::PageContext pageContext()
{
    return {u"fuzz/page.json"_s, {}};
}
template<>
[[maybe_unused]] jenkins::PageContext pageContext()
{
    return {u"fuzz/page.json"_s, u"https://ci.example/job/app/"_s};
}

/// The last page kind of each provider.
template<typename Kind>
constexpr Kind lastKind();
template<>
[[maybe_unused]] constexpr github::PageKind lastKind()
{
    return github::PageKind::Issues;
}
template<>
[[maybe_unused]] constexpr gitlab::PageKind lastKind()
{
    return gitlab::PageKind::Issues;
}
template<>
[[maybe_unused]] constexpr jenkins::PageKind lastKind()
{
    return jenkins::PageKind::WfapiJob;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = flowdeck::fuzz::input(data, size);
    const auto context = pageContext<provider::PageContext>();
    const json::Document document = json::Document::fromJson(body);
    if (!document.isNull()) {
        const json::Value root = document.root();
        if (const auto kind = provider::detectPageKind(root))
            (void)provider::parsePage(*kind, root, context);
    }
    for (int kind = 0; kind <= int(lastKind<provider::PageKind>()); ++kind)
        (void)provider::parsePage(provider::PageKind(kind), body, context);
    return 0;
}
