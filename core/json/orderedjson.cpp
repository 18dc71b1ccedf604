// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/orderedjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace flowdeck::json {

namespace {

/// A string, number, boolean or null as JSON text, written by Qt.
QByteArray scalarText(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

QByteArray indentation(int depth)
{
    return QByteArray(4 * depth, ' ');
}

void writeObject(QByteArray &out, const QList<Member> &members, int depth);

void writeValue(QByteArray &out, const QJsonValue &value, int depth)
{
    if (!value.isArray()) {
        out += scalarText(value);
        return;
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty()) {
        out += "[]";
        return;
    }
    out += "[\n";
    for (qsizetype i = 0; i < array.size(); ++i) {
        out += indentation(depth + 1);
        writeValue(out, array.at(i), depth + 1);
        out += i + 1 < array.size() ? ",\n" : "\n";
    }
    out += indentation(depth) + ']';
}

void writeObjects(QByteArray &out, const QList<QList<Member>> &elements, int depth)
{
    if (elements.isEmpty()) {
        out += "[]";
        return;
    }
    out += "[\n";
    for (qsizetype i = 0; i < elements.size(); ++i) {
        out += indentation(depth + 1);
        writeObject(out, elements.at(i), depth + 1);
        out += i + 1 < elements.size() ? ",\n" : "\n";
    }
    out += indentation(depth) + ']';
}

void writeObject(QByteArray &out, const QList<Member> &members, int depth)
{
    if (members.isEmpty()) {
        out += "{}";
        return;
    }
    out += "{\n";
    for (qsizetype i = 0; i < members.size(); ++i) {
        const Member &member = members.at(i);
        out += indentation(depth + 1) + scalarText(member.key) + ": ";
        switch (member.kind) {
        case Member::Kind::Value:
            writeValue(out, member.value, depth + 1);
            break;
        case Member::Kind::Object:
            writeObject(out, member.members, depth + 1);
            break;
        case Member::Kind::ObjectArray:
            writeObjects(out, member.elements, depth + 1);
            break;
        }
        out += i + 1 < members.size() ? ",\n" : "\n";
    }
    out += indentation(depth) + '}';
}

} // namespace

QByteArray write(const QList<Member> &members)
{
    QByteArray out;
    writeObject(out, members, 0);
    out += '\n';
    return out;
}

} // namespace flowdeck::json
