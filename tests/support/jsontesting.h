// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the JSON a command printed, and comparing its numbers with figures worked out by hand.

#include <QByteArray>
#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cmath>

namespace flowdeck::testing {

/// The object `bytes` hold; an empty one, with a warning showing the start of the text, when they hold none.
inline QJsonObject parseObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning() << "not a JSON object:" << error.errorString() << bytes.left(500);
    return document.object();
}

/// `a` and `b` equal to 1e-9 (hand values like 115 / 6 are not exact in binary).
inline bool near(const QJsonValue &a, double b)
{
    return a.isDouble() && std::abs(a.toDouble() - b) < 1e-9;
}

} // namespace flowdeck::testing

/// Compares a JSON number with a figure worked out by hand, naming both when they differ.
#define COMPARE_NEAR(value, expected)                                                                                  \
    QVERIFY2(flowdeck::testing::near((value), (expected)),                                                             \
             qPrintable(QStringLiteral("%1 is %2, expected %3")                                                        \
                            .arg(QStringLiteral(#value))                                                               \
                            .arg(QString::fromUtf8(QJsonDocument(QJsonArray{(value)}).toJson(QJsonDocument::Compact))) \
                            .arg(expected, 0, 'g', 17)))
