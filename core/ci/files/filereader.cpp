// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/files/filereader.h"

#include <QFile>

#include <algorithm>
#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

namespace flowdeck::ci::files {

FileReader::FileReader(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    do {
        m_fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    } while (m_fd < 0 && errno == EINTR);
    if (m_fd < 0)
        m_error = qt_error_string(errno);
}

FileReader::~FileReader()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool FileReader::read(QByteArray &into, qsizetype bytes)
{
    const qsizetype start = into.size();
    into.resize(start + std::max<qsizetype>(bytes, 0));
    qsizetype done = start;
    while (done < into.size()) {
        const ssize_t got = ::read(m_fd, into.data() + done, std::size_t(into.size() - done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            m_error = qt_error_string(errno);
            into.resize(start);
            return false;
        }
        if (got == 0)
            break;
        done += got;
    }
    into.resize(done);
    return true;
}

bool FileReader::readToEnd(QByteArray &into, qsizetype expected, qsizetype padding)
{
    const qsizetype start = into.size();
    expected = std::max<qsizetype>(expected, 0);
    // One byte more than expected: a read that ends short of it has met the end of the file.
    qsizetype wanted = expected + 1;
    for (;;) {
        const qsizetype at = into.size();
        if (into.capacity() < at + wanted + padding)
            into.reserve(at + wanted + padding);
        into.resize(at + wanted);
        ssize_t got = 0;
        do {
            got = ::read(m_fd, into.data() + at, std::size_t(wanted));
        } while (got < 0 && errno == EINTR);
        if (got < 0) {
            m_error = qt_error_string(errno);
            into.resize(at);
            return false;
        }
        into.resize(at + got);
        if (got == 0)
            return true;
        // Short, and as long as expected: the end, without a read that would find nothing. Short anywhere else
        // (the file shrank, or a file system that reads in pieces), or not short (the file grew): read on.
        if (got < wanted && into.size() - start == expected)
            return true;
        wanted = std::max<qsizetype>(64 * 1024, into.size() - start);
    }
}

} // namespace flowdeck::ci::files
