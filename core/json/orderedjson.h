// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace flowdeck::json {

/// A member of a JSON object written in the order it was given (QJsonObject would sort the keys): a value (a scalar
/// or an array of scalars), an object of members of its own, or an array of such objects. The stable JSON of the
/// command line is written with it, so that its documented key order holds.
struct Member
{
    enum class Kind
    {
        Value,
        Object,
        ObjectArray,
    };

    QString key;
    Kind kind = Kind::Value;
    QJsonValue value;
    QList<Member> members;
    QList<QList<Member>> elements;
};

inline Member field(const QString &key, const QJsonValue &value)
{
    return {key, Member::Kind::Value, value, {}, {}};
}

inline Member object(const QString &key, const QList<Member> &members)
{
    return {key, Member::Kind::Object, QJsonValue(), members, {}};
}

inline Member objectArray(const QString &key, const QList<QList<Member>> &elements)
{
    return {key, Member::Kind::ObjectArray, QJsonValue(), {}, elements};
}

/// The number, or null.
template<typename T>
QJsonValue optional(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

/// The members as one JSON object, indented by four spaces, with a final newline. Strings are escaped and numbers
/// written in their shortest exact form by Qt; a number that is not finite becomes null.
QByteArray write(const QList<Member> &members);

} // namespace flowdeck::json
