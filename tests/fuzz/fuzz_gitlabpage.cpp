// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the GitLab page reader with any bytes as a saved response: the page kind detected from the document's
// shape, as `flowdeck import files` does, and every kind read from the bytes, as a sync reads an endpoint's answer.
// Seeds: ../shared/fixtures/ci/gitlab and tests/core/data/ci/gitlab.
#include "ci/gitlab/gitlabpages.h"
#include "ci/json.h"
#include "fuzzinput.h"

using namespace flowdeck::ci;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = flowdeck::fuzz::input(data, size);
    const gitlab::PageContext context{u"fuzz/page.json"_s, {}};
    const json::Document document = json::Document::fromJson(body);
    if (!document.isNull()) {
        const json::Value root = document.root();
        if (const auto kind = gitlab::detectPageKind(root))
            (void)gitlab::parsePage(*kind, root, context);
    }
    for (int kind = 0; kind <= int(gitlab::PageKind::Issues); ++kind)
        (void)gitlab::parsePage(gitlab::PageKind(kind), body, context);
    return 0;
}
