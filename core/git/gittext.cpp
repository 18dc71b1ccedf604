// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/gittext.h"

#include <QStringDecoder>

#include <cstring>

namespace flowdeck::git {

namespace {

bool isUtf8(QByteArrayView bytes)
{
    // decode() converts lazily: only turning its result into a QString runs the decoder and sets the error.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

bool isUtf8Name(const char *encoding)
{
    return qstricmp(encoding, "utf-8") == 0 || qstricmp(encoding, "utf8") == 0;
}

} // namespace

QString decodeCommitText(const char *text, qsizetype length, const char *encoding)
{
    if (!text)
        return {};
    const QByteArrayView bytes(text, length);
    if (encoding && *encoding && !isUtf8Name(encoding)) {
        QStringDecoder decoder(encoding);
        if (decoder.isValid()) {
            QString decoded = decoder.decode(bytes);
            if (!decoder.hasError())
                return decoded;
        }
    }
    // Pure ASCII, the common case, needs no validation beyond the fast Latin-1 path.
    bool ascii = true;
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return QString::fromLatin1(bytes);
    if (isUtf8(bytes))
        return QString::fromUtf8(bytes);
    return QString::fromLatin1(bytes);
}

QString decodeCommitText(const char *text, const char *encoding)
{
    return decodeCommitText(text, text ? qsizetype(std::strlen(text)) : 0, encoding);
}

} // namespace flowdeck::git
