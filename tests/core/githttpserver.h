// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace flowdeck::testing {

/// Serves the bare repositories under a folder over git's smart HTTP protocol on 127.0.0.1, through git's own
/// `git http-backend` (a CGI program run for every request), on a thread of its own so that a test can import
/// from it synchronously. With a user name set, every request must sign in with HTTP Basic authentication.
class GitHttpServer
{
public:
    GitHttpServer(const QString &projectRoot, const QString &user = {}, const QString &password = {});
    ~GitHttpServer();
    GitHttpServer(const GitHttpServer &) = delete;
    GitHttpServer &operator=(const GitHttpServer &) = delete;

    bool isListening() const { return m_port != 0; }
    /// http://127.0.0.1:PORT/RELATIVE
    QString url(const QString &relative) const;

    /// Requests answered, and those refused for missing or wrong credentials.
    int requests() const { return m_stats->requests; }
    int refusals() const { return m_stats->refusals; }

    struct Stats
    {
        std::atomic<int> requests = 0;
        std::atomic<int> refusals = 0;
    };

private:
    std::shared_ptr<Stats> m_stats;
    QThread *m_thread = nullptr;
    quint16 m_port = 0;
};

} // namespace flowdeck::testing
