// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the native format's other document: any bytes as an environments file (`flowdeck environments import`),
// and the same bytes as the pipeline document, since a file is told from the other by a key. Seeds:
// tests/core/data/graph.
#include "fuzzinput.h"
#include "graph/nativeformat.h"

using namespace flowdeck;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = fuzz::input(data, size);
    (void)graph::nativeDocumentKind(text);
    (void)graph::parseEnvironmentsYaml(text, u"fuzz/environments.yml"_s);
    (void)graph::parsePipelineYaml(text, u"fuzz/pipeline.yml"_s);
    return 0;
}
