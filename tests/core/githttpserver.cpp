// SPDX-License-Identifier: GPL-3.0-or-later
#include "githttpserver.h"

#include <QHash>
#include <QProcess>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

namespace flowdeck::testing {

using namespace Qt::StringLiterals;

namespace {

struct Request
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

/// Parses one whole request from the front of `buffer` and removes it; nothing while it is incomplete.
std::optional<Request> takeRequest(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    Request request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype bodyStart = end + 4;
    if (request.headers.value("transfer-encoding").toLower() == "chunked") {
        QByteArray body;
        qsizetype at = bodyStart;
        for (;;) {
            const qsizetype lineEnd = buffer.indexOf("\r\n", at);
            if (lineEnd < 0)
                return std::nullopt;
            bool ok = false;
            const qsizetype size = buffer.mid(at, lineEnd - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok)
                return std::nullopt;
            if (buffer.size() < lineEnd + 2 + size + 2)
                return std::nullopt;
            body += buffer.mid(lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
            if (size == 0)
                break;
        }
        request.body = body;
        buffer.remove(0, at);
        return request;
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < bodyStart + length)
        return std::nullopt;
    request.body = buffer.mid(bodyStart, length);
    buffer.remove(0, bodyStart + length);
    return request;
}

class Responder : public QObject
{
public:
    Responder(QString root, QByteArray expectedAuthorization, std::shared_ptr<GitHttpServer::Stats> stats)
        : m_root(std::move(root))
        , m_expected(std::move(expectedAuthorization))
        , m_stats(std::move(stats))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    quint16 listen() { return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0; }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        while (auto request = takeRequest(buffer))
            socket->write(respond(*request));
    }

    QByteArray respond(const Request &request)
    {
        ++m_stats->requests;
        if (!m_expected.isEmpty() && request.headers.value("authorization") != m_expected) {
            ++m_stats->refusals;
            return "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"flowdeck tests\"\r\n"
                   "Content-Length: 0\r\n\r\n";
        }
        const QUrl target(QString::fromLatin1(request.target));
        QProcess backend;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"GIT_PROJECT_ROOT"_s, m_root);
        environment.insert(u"GIT_HTTP_EXPORT_ALL"_s, u"1"_s);
        environment.insert(u"GATEWAY_INTERFACE"_s, u"CGI/1.1"_s);
        environment.insert(u"REQUEST_METHOD"_s, QString::fromLatin1(request.method));
        environment.insert(u"PATH_INFO"_s, target.path());
        environment.insert(u"QUERY_STRING"_s, target.query(QUrl::FullyEncoded));
        environment.insert(u"CONTENT_TYPE"_s, QString::fromLatin1(request.headers.value("content-type")));
        environment.insert(u"CONTENT_LENGTH"_s, QString::number(request.body.size()));
        environment.insert(u"REMOTE_ADDR"_s, u"127.0.0.1"_s);
        if (!m_expected.isEmpty())
            environment.insert(u"REMOTE_USER"_s, u"tester"_s);
        if (!request.headers.value("git-protocol").isEmpty())
            environment.insert(u"GIT_PROTOCOL"_s, QString::fromLatin1(request.headers.value("git-protocol")));
        backend.setProcessEnvironment(environment);
        backend.start(u"git"_s, {u"http-backend"_s});
        backend.write(request.body);
        backend.closeWriteChannel();
        backend.waitForFinished(60000);
        const QByteArray output = backend.readAllStandardOutput();

        // CGI output: headers (with an optional Status), a blank line, the body.
        qsizetype split = output.indexOf("\r\n\r\n");
        qsizetype skip = 4;
        if (split < 0) {
            split = output.indexOf("\n\n");
            skip = 2;
        }
        if (split < 0)
            return "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n";
        QByteArray status = "200 OK";
        QByteArray headers;
        for (const QByteArray &line : output.left(split).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.toLower().startsWith("status:"))
                status = trimmed.mid(7).trimmed();
            else if (!trimmed.isEmpty())
                headers += trimmed + "\r\n";
        }
        const QByteArray body = output.mid(split + skip);
        return "HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size()) +
               "\r\n\r\n" + body;
    }

    QTcpServer m_server;
    QString m_root;
    QByteArray m_expected;
    std::shared_ptr<GitHttpServer::Stats> m_stats;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

GitHttpServer::GitHttpServer(const QString &projectRoot, const QString &user, const QString &password)
    : m_stats(std::make_shared<Stats>())
    , m_thread(new QThread)
{
    const QByteArray expected = user.isEmpty() ? QByteArray() : "Basic " + (user + u':' + password).toUtf8().toBase64();
    // The server's objects are made on its thread, through an object that lives there.
    auto *context = new QObject;
    context->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, context, &QObject::deleteLater);
    QSemaphore ready;
    m_thread->start();
    QMetaObject::invokeMethod(
        context,
        [&, context] {
            auto *responder = new Responder(projectRoot, expected, m_stats);
            responder->setParent(context);
            m_port = responder->listen();
            ready.release();
        },
        Qt::QueuedConnection);
    ready.acquire();
}

GitHttpServer::~GitHttpServer()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QString GitHttpServer::url(const QString &relative) const
{
    return u"http://127.0.0.1:%1/%2"_s.arg(m_port).arg(relative);
}

} // namespace flowdeck::testing
