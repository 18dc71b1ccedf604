// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace flowdeck::ci::detail {

/// Which UTF-16 code units copyAscii() copies as they are.
enum class AsciiKind
{
    /// Below 0x80.
    Any,
    /// Below 0x80 and written into a JSON string as it is: not a control character, a quote or a backslash.
    JsonPlain,
};

/// Copies the leading code units of `in` that are of `kind` to `out`, a byte each, and returns how many it copied:
/// the caller writes the rest its own way. The texts the CI import stores (names, statuses, URLs) are nearly all
/// ASCII, and were copied a unit at a time, with a test of each; where the processor has SSE2 (every x86-64 one)
/// eight units are tested and narrowed at once. Writes at most `size` bytes.
template<AsciiKind kind>
qsizetype copyAscii(char *out, const QChar *in, qsizetype size)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    // Compared as signed 16-bit numbers: units from 0x8000 are negative, below 0x20 too.
    const __m128i below = _mm_set1_epi16(kind == AsciiKind::JsonPlain ? 0x20 : 0);
    const __m128i above = _mm_set1_epi16(0x7F);
    for (; i + 8 <= size; i += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i));
        __m128i other = _mm_or_si128(_mm_cmplt_epi16(units, below), _mm_cmpgt_epi16(units, above));
        if constexpr (kind == AsciiKind::JsonPlain) {
            other = _mm_or_si128(other, _mm_cmpeq_epi16(units, _mm_set1_epi16('"')));
            other = _mm_or_si128(other, _mm_cmpeq_epi16(units, _mm_set1_epi16('\\')));
        }
        if (_mm_movemask_epi8(other) != 0)
            break;
        _mm_storel_epi64(reinterpret_cast<__m128i *>(out + i), _mm_packus_epi16(units, units));
    }
#endif
    for (; i < size; ++i) {
        const char16_t unit = in[i].unicode();
        if (unit >= 0x80)
            break;
        if constexpr (kind == AsciiKind::JsonPlain) {
            if (unit < 0x20 || unit == u'"' || unit == u'\\')
                break;
        }
        out[i] = char(unit);
    }
    return i;
}

} // namespace flowdeck::ci::detail
