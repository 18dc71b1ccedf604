// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/pagereading.h"

#include "domain/delivery.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace flowdeck::ci {

using namespace Qt::StringLiterals;

namespace {

Error notJson(const QString &where, const QJsonParseError &error, qsizetype size)
{
    const qsizetype offset = std::min<qsizetype>(error.offset, size);
    return Error{
        PageReading::tr("%1: not JSON (at byte %2: %3)").arg(where, QString::number(offset), error.errorString())};
}

} // namespace

Result<QJsonDocument> readJsonBody(const QByteArray &body, const QString &where)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return notJson(where, error, body.size());
    return document;
}

std::optional<QJsonDocument> jsonDocument(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return document;
}

Result<QJsonDocument> readPageBody(const QByteArray &body, const QString &where)
{
    if (QByteArrayView(body).trimmed().isEmpty())
        return Error{PageReading::tr("%1: the response is empty").arg(where)};
    return readJsonBody(body, where);
}

Result<json::Document> readJsonPage(const QByteArray &body, const QString &where)
{
    QJsonParseError error;
    json::Document document = json::Document::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return notJson(where, error, body.size());
    return document;
}

Result<json::Document> readPage(const QByteArray &body, const QString &where)
{
    if (QByteArrayView(body).trimmed().isEmpty())
        return Error{PageReading::tr("%1: the response is empty").arg(where)};
    return readJsonPage(body, where);
}

std::optional<json::Document> jsonPage(const QByteArray &body)
{
    json::Document document = json::Document::fromJson(body);
    if (document.isNull())
        return std::nullopt;
    return document;
}

const QString &statusText(StatusCode status)
{
    static const QString texts[] = {
        QString::fromLatin1(Status::Queued),  QString::fromLatin1(Status::Running),
        QString::fromLatin1(Status::Waiting), QString::fromLatin1(Status::Succeeded),
        QString::fromLatin1(Status::Failed),  QString::fromLatin1(Status::Canceled),
        QString::fromLatin1(Status::Skipped),
    };
    return texts[int(status)];
}

bool isFinal(StatusCode status)
{
    switch (status) {
    case StatusCode::Succeeded:
    case StatusCode::Failed:
    case StatusCode::Canceled:
    case StatusCode::Skipped:
        return true;
    case StatusCode::Queued:
    case StatusCode::Running:
    case StatusCode::Waiting:
        return false;
    }
    return false;
}

std::optional<QString> readId(const QJsonValue &value)
{
    if (value.isDouble()) {
        // Integral JSON numbers are kept as 64-bit integers; toInteger refuses fractions.
        const qint64 id = value.toInteger(-1);
        if (id < 0)
            return std::nullopt;
        return QString::number(id);
    }
    if (value.isString()) {
        QString text = value.toString();
        if (text.isEmpty())
            return std::nullopt;
        for (const QChar c : std::as_const(text)) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
        return text;
    }
    return std::nullopt;
}

std::optional<QString> readId(const json::Value &value)
{
    if (value.isDouble()) {
        const qint64 id = value.toInteger(-1);
        if (id < 0)
            return std::nullopt;
        return QString::number(id);
    }
    const std::string_view text = value.utf8();
    if (text.empty())
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

std::optional<QString> readText(const json::Value &value)
{
    const std::string_view text = value.utf8();
    if (text.empty())
        return std::nullopt;
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::optional<QString> readText(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    QString text = value.toString();
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

QString timeText(Timestamp time)
{
    return QDateTime::fromMSecsSinceEpoch(time, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString quotedValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return PageReading::tr("absent");
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return PageReading::tr("“%1”").arg(value.toString());
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString quotedValue(const json::Value &value)
{
    switch (value.type()) {
    case json::Type::Undefined:
    case json::Type::Null:
    case json::Type::Bool:
    case json::Type::Array:
    case json::Type::Object:
        return quotedValue(value.toQt());
    case json::Type::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case json::Type::String:
        return PageReading::tr("“%1”").arg(value.toString());
    }
    return {};
}

} // namespace flowdeck::ci
