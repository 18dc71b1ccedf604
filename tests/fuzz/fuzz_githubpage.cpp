// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the GitHub page reader with any bytes as a saved response: the page kind detected from the document's
// shape, as `flowdeck import files` does, and every kind read from the bytes, as a sync reads an endpoint's answer.
// Seeds: ../shared/fixtures/ci/github and tests/core/data/ci/github.
#include "ci/github/githubpages.h"
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
    const github::PageContext context{u"fuzz/page.json"_s, {}, u"incident"_s};
    const json::Document document = json::Document::fromJson(body);
    if (!document.isNull()) {
        const json::Value root = document.root();
        if (const auto kind = github::detectPageKind(root))
            (void)github::parsePage(*kind, root, context);
    }
    for (int kind = 0; kind <= int(github::PageKind::Issues); ++kind)
        (void)github::parsePage(github::PageKind(kind), body, context);
    return 0;
}
