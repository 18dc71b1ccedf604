// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace flowdeck::ci::files {

/// A file opened for reading through the system's own calls. The saved-responses import opens each of some ten
/// thousand files twice (a first look, then to parse it), and QFile asks the system for the file's size when it
/// opens it, when asked for the size, and again at a read to the end: more system calls than the opening and
/// reading themselves. A read here that ends short has reached the end of the file, which is all the import needs to
/// know.
class FileReader
{
public:
    explicit FileReader(const QString &path);
    ~FileReader();
    FileReader(const FileReader &) = delete;
    FileReader &operator=(const FileReader &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    /// Why the last call failed, in the system's words.
    QString errorString() const { return m_error; }

    /// Appends up to `bytes` bytes to `into`: fewer only at the end of the file. False on an error.
    bool read(QByteArray &into, qsizetype bytes);
    /// Appends the rest of the file to `into`, with room for `padding` bytes after it. `expected`: how many bytes
    /// are likely left (the size the folder's listing gave), read at once; a file that grew since is read on to its
    /// end. False on an error.
    bool readToEnd(QByteArray &into, qsizetype expected, qsizetype padding = 0);

private:
    int m_fd = -1;
    QString m_error;
};

} // namespace flowdeck::ci::files
