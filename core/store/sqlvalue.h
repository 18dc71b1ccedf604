// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

#include <optional>

namespace flowdeck::store {

using namespace Qt::StringLiterals;

// Conversions between domain members and bound SQL values. A null QString would bind as NULL, so text
// that the schema declares NOT NULL is always bound as a (possibly empty) string.

inline QVariant toSql(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}
inline QVariant toSql(qint64 value)
{
    return QVariant(value);
}
inline QVariant toSql(int value)
{
    return QVariant(value);
}
inline QVariant toSql(bool value)
{
    return QVariant(value ? 1 : 0);
}
inline QVariant toSql(double value)
{
    return QVariant(value);
}
template<typename V>
QVariant toSql(const std::optional<V> &value)
{
    return value ? toSql(*value) : QVariant();
}

template<typename M>
struct FromSql;

template<>
struct FromSql<QString>
{
    static QString convert(const QVariant &v) { return v.toString(); }
};
template<>
struct FromSql<qint64>
{
    static qint64 convert(const QVariant &v) { return v.toLongLong(); }
};
template<>
struct FromSql<int>
{
    static int convert(const QVariant &v) { return v.toInt(); }
};
template<>
struct FromSql<bool>
{
    static bool convert(const QVariant &v) { return v.toLongLong() != 0; }
};
template<>
struct FromSql<double>
{
    static double convert(const QVariant &v) { return v.toDouble(); }
};
template<typename V>
struct FromSql<std::optional<V>>
{
    static std::optional<V> convert(const QVariant &v)
    {
        if (v.isNull())
            return std::nullopt;
        return FromSql<V>::convert(v);
    }
};

template<typename M>
M fromSql(const QVariant &value)
{
    return FromSql<M>::convert(value);
}

} // namespace flowdeck::store
