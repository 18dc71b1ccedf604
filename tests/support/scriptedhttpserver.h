// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>
#include <utility>

class QThread;

namespace flowdeck::testing {

/// A header as it goes over the wire: name and value.
using HeaderPair = std::pair<QByteArray, QByteArray>;

/// One scripted answer of a ScriptedHttpServer.
struct ScriptedResponse
{
    int status = 200;
    /// Sent as given, in this order. The server writes Content-Length and Connection itself and drops those
    /// two from here, so that header captures from real servers can be served with another body.
    QList<HeaderPair> headers;
    QByteArray body;
    /// Close the connection after this many body bytes, while Content-Length announces the whole body.
    std::optional<qsizetype> truncateAfter;
    /// Wait this long before sending anything.
    std::chrono::milliseconds delay{0};

    ScriptedResponse &withHeader(QByteArray name, QByteArray value);
    ScriptedResponse &withHeaders(const QList<HeaderPair> &more);

    static ScriptedResponse ok(QByteArray body, QByteArray contentType = "application/json; charset=utf-8");
    static ScriptedResponse withStatus(int status, QByteArray body = {});
};

/// A request the server received.
struct ReceivedRequest
{
    QByteArray method;
    QString path;
    /// Percent-encoded, as sent.
    QString query;
    QList<HeaderPair> headers;
    /// As sent, Content-Length bytes long (empty without one).
    QByteArray body;

    /// The value of a header (names compare case-insensitively), empty when it was not sent.
    QByteArray header(QByteArrayView name) const;
};

/// The header lines of a file (`Name: value`, one a line): a status line (`HTTP/...`), blank lines and lines
/// without a colon are skipped. For header captures such as `curl -i` output. Empty when the file is unreadable.
QList<HeaderPair> readHeaderFile(const QString &path);

/// A plain HTTP/1.1 server on 127.0.0.1 that answers each path (and, optionally, query) with a scripted queue of
/// responses, on a thread of its own so that a test can make blocking requests against it. The last response
/// of a queue repeats once the others are used up; a request no route matches gets 404. Every response closes
/// its connection. Routes can be added while the server runs.
class ScriptedHttpServer
{
public:
    ScriptedHttpServer();
    ~ScriptedHttpServer();
    ScriptedHttpServer(const ScriptedHttpServer &) = delete;
    ScriptedHttpServer &operator=(const ScriptedHttpServer &) = delete;

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:PORT
    QString origin() const;
    /// The URL of `pathAndQuery` ("/repos/o/r/actions/runs?per_page=100") on this server.
    QUrl url(const QString &pathAndQuery) const;

    /// Appends responses to the queue of `path`. With a query ("page=2&per_page=3"), the route matches only
    /// requests whose query holds each of those items; such a route goes before one with the path alone.
    void script(const QString &path, const QList<ScriptedResponse> &responses, const QString &query = {});
    void script(const QString &path, const ScriptedResponse &response, const QString &query = {});
    /// Like script(), for requests of one method ("POST") only; such a route goes before one for any method with
    /// as many query items.
    void scriptMethod(const QByteArray &method, const QString &path, const QList<ScriptedResponse> &responses,
                      const QString &query = {});
    void scriptMethod(const QByteArray &method, const QString &path, const ScriptedResponse &response,
                      const QString &query = {});

    /// Every request received so far, in order.
    QList<ReceivedRequest> requests() const;
    /// How many requests asked for `path` (any query).
    int requestCount(const QString &path) const;
    /// How many `method` requests asked for `path` (any query).
    int requestCount(const QByteArray &method, const QString &path) const;

    struct State;

private:
    std::shared_ptr<State> m_state;
    QThread *m_thread = nullptr;
    quint16 m_port = 0;
};

} // namespace flowdeck::testing
