// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedhttpserver.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace flowdeck::testing {

using namespace Qt::StringLiterals;

ScriptedResponse &ScriptedResponse::withHeader(QByteArray name, QByteArray value)
{
    headers.append(HeaderPair(std::move(name), std::move(value)));
    return *this;
}

ScriptedResponse &ScriptedResponse::withHeaders(const QList<HeaderPair> &more)
{
    headers.append(more);
    return *this;
}

ScriptedResponse ScriptedResponse::ok(QByteArray body, QByteArray contentType)
{
    ScriptedResponse response;
    response.body = std::move(body);
    response.headers.append(HeaderPair("Content-Type", std::move(contentType)));
    return response;
}

ScriptedResponse ScriptedResponse::withStatus(int status, QByteArray body)
{
    ScriptedResponse response;
    response.status = status;
    response.body = std::move(body);
    if (!response.body.isEmpty())
        response.headers.append(HeaderPair("Content-Type", "application/json; charset=utf-8"));
    return response;
}

QByteArray ReceivedRequest::header(QByteArrayView name) const
{
    for (const HeaderPair &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QList<HeaderPair> readHeaderFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<HeaderPair> headers;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QByteArray trimmed = line.trimmed();
        const qsizetype colon = trimmed.indexOf(':');
        if (trimmed.startsWith("HTTP/") || colon <= 0)
            continue;
        headers.append(HeaderPair(trimmed.left(colon).trimmed(), trimmed.mid(colon + 1).trimmed()));
    }
    return headers;
}

namespace {

struct Route
{
    /// Empty: any method.
    QByteArray method;
    QString path;
    QList<std::pair<QString, QString>> query;
    QList<ScriptedResponse> queue;
    /// The queue is down to its last response and that has been served: responses added later replace it.
    bool lastServed = false;
};

QList<std::pair<QString, QString>> queryItems(const QString &query)
{
    return QUrlQuery(query).queryItems(QUrl::FullyEncoded);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

/// The request line, headers and body (Content-Length bytes) of one request, once they are complete.
std::optional<ReceivedRequest> takeRequest(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    ReceivedRequest request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    const QByteArray target = first.value(1);
    const qsizetype question = target.indexOf('?');
    request.path = QString::fromLatin1(question < 0 ? target : target.left(question));
    request.query = question < 0 ? QString() : QString::fromLatin1(target.mid(question + 1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.append(HeaderPair(lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()));
    }
    const qsizetype length = request.header("content-length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    request.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return request;
}

} // namespace

struct ScriptedHttpServer::State
{
    mutable QMutex mutex;
    QList<Route> routes;
    QList<ReceivedRequest> received;

    /// Records `request` and picks its response: the first route of the most query items that all match (of
    /// those, one for the request's method before one for any), its queue's front (the last one stays).
    ScriptedResponse answer(const ReceivedRequest &request)
    {
        QMutexLocker lock(&mutex);
        received.append(request);
        const QList<std::pair<QString, QString>> asked = queryItems(request.query);
        const auto rank = [](const Route &route) {
            return std::pair(route.query.size(), !route.method.isEmpty());
        };
        Route *best = nullptr;
        for (Route &route : routes) {
            if (route.path != request.path || route.queue.isEmpty() ||
                (!route.method.isEmpty() && route.method != request.method))
                continue;
            const bool matches = std::all_of(route.query.cbegin(), route.query.cend(),
                                             [&](const auto &item) { return asked.contains(item); });
            if (matches && (!best || rank(route) > rank(*best)))
                best = &route;
        }
        if (!best) {
            return ScriptedResponse::withStatus(404, R"({"message":"Not Found"})");
        }
        if (best->queue.size() > 1)
            return best->queue.takeFirst();
        best->lastServed = true;
        return best->queue.constFirst();
    }
};

namespace {

class Responder : public QObject
{
public:
    explicit Responder(std::shared_ptr<ScriptedHttpServer::State> state)
        : m_state(std::move(state))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    if (socket->property("answered").toBool()) {
                        socket->readAll();
                        return;
                    }
                    *buffer += socket->readAll();
                    if (const auto request = takeRequest(*buffer)) {
                        socket->setProperty("answered", true);
                        respond(socket, m_state->answer(*request));
                    }
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    quint16 listen() { return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0; }

private:
    static void respond(QTcpSocket *socket, const ScriptedResponse &response)
    {
        if (response.delay.count() > 0) {
            QTimer::singleShot(response.delay, socket, [socket, response] { send(socket, response); });
            return;
        }
        send(socket, response);
    }

    static void send(QTcpSocket *socket, const ScriptedResponse &response)
    {
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        for (const HeaderPair &header : response.headers) {
            if (header.first.compare("content-length", Qt::CaseInsensitive) == 0 ||
                header.first.compare("connection", Qt::CaseInsensitive) == 0 ||
                header.first.compare("transfer-encoding", Qt::CaseInsensitive) == 0)
                continue;
            head += header.first + ": " + header.second + "\r\n";
        }
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
        socket->write(head);
        socket->write(response.truncateAfter ? response.body.left(*response.truncateAfter) : response.body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    std::shared_ptr<ScriptedHttpServer::State> m_state;
};

} // namespace

ScriptedHttpServer::ScriptedHttpServer()
    : m_state(std::make_shared<State>())
    , m_thread(new QThread)
{
    // The server's objects are made on its thread, through an object that lives there.
    auto *context = new QObject;
    context->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, context, &QObject::deleteLater);
    QSemaphore ready;
    m_thread->start();
    QMetaObject::invokeMethod(
        context,
        [&, context] {
            auto *responder = new Responder(m_state);
            responder->setParent(context);
            m_port = responder->listen();
            ready.release();
        },
        Qt::QueuedConnection);
    ready.acquire();
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QString ScriptedHttpServer::origin() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

QUrl ScriptedHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(origin() + pathAndQuery, QUrl::StrictMode);
}

void ScriptedHttpServer::script(const QString &path, const QList<ScriptedResponse> &responses, const QString &query)
{
    scriptMethod({}, path, responses, query);
}

void ScriptedHttpServer::script(const QString &path, const ScriptedResponse &response, const QString &query)
{
    script(path, QList<ScriptedResponse>{response}, query);
}

void ScriptedHttpServer::scriptMethod(const QByteArray &method, const QString &path,
                                      const QList<ScriptedResponse> &responses, const QString &query)
{
    QMutexLocker lock(&m_state->mutex);
    const QList<std::pair<QString, QString>> items = queryItems(query);
    for (Route &route : m_state->routes) {
        if (route.method == method && route.path == path && route.query == items) {
            if (route.lastServed && !responses.isEmpty()) {
                route.queue.clear();
                route.lastServed = false;
            }
            route.queue.append(responses);
            return;
        }
    }
    m_state->routes.append(Route{method, path, items, responses});
}

void ScriptedHttpServer::scriptMethod(const QByteArray &method, const QString &path, const ScriptedResponse &response,
                                      const QString &query)
{
    scriptMethod(method, path, QList<ScriptedResponse>{response}, query);
}

QList<ReceivedRequest> ScriptedHttpServer::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->received;
}

int ScriptedHttpServer::requestCount(const QString &path) const
{
    QMutexLocker lock(&m_state->mutex);
    return int(std::count_if(m_state->received.cbegin(), m_state->received.cend(),
                             [&](const ReceivedRequest &request) { return request.path == path; }));
}

int ScriptedHttpServer::requestCount(const QByteArray &method, const QString &path) const
{
    QMutexLocker lock(&m_state->mutex);
    return int(std::count_if(m_state->received.cbegin(), m_state->received.cend(), [&](const ReceivedRequest &request) {
        return request.method == method && request.path == path;
    }));
}

} // namespace flowdeck::testing
