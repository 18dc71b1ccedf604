// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

/// What every fuzz target of tests/fuzz shares. Each target defines LLVMFuzzerTestOneInput (and may define
/// LLVMFuzzerInitialize); built with the fuzz preset they link libFuzzer, and in every other build they link
/// replay.cpp, which runs them over the files of the seed and regression folders as a test.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace flowdeck::fuzz {

/// The input as the importers get a file: a copy of its own, ending in the NUL that QFile::readAll() leaves.
inline QByteArray input(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace flowdeck::fuzz
