// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/json.h"
#include "domain/types.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

#include <optional>

/// What the GitHub, GitLab and Jenkins page readers share: a page's body read into one document, the
/// flowdeck::Status values without comparing strings, and the reading of ids, texts and times for messages.
namespace flowdeck::ci {

struct PageReading
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::ci::PageReading)
};

/// A page's body as one document: "<where>: not JSON (at byte N: <what>)" when it is none, with N no further
/// than the body's end (Qt points one past the end of a body cut short).
Result<QJsonDocument> readJsonBody(const QByteArray &body, const QString &where);
/// readJsonBody, but a body of white space only is "<where>: the response is empty" (the usual answer of a
/// server that had nothing to say), not a JSON error.
Result<QJsonDocument> readPageBody(const QByteArray &body, const QString &where);

/// The body as one document, or nothing when it is not JSON: for telling what kind of page a saved file is.
std::optional<QJsonDocument> jsonDocument(const QByteArray &body);

/// readJsonBody, readPageBody and jsonDocument parsing into a json::Document, which the page parsers read.
Result<json::Document> readJsonPage(const QByteArray &body, const QString &where);
Result<json::Document> readPage(const QByteArray &body, const QString &where);
std::optional<json::Document> jsonPage(const QByteArray &body);

/// The flowdeck::Status values, for choosing one without comparing strings (the constants are `const char *`,
/// and two translation units may hold two copies of the same text).
enum class StatusCode
{
    Queued,
    Running,
    Waiting,
    Succeeded,
    Failed,
    Canceled,
    Skipped
};
/// The flowdeck::Status string, shared by every record instead of a new string each.
const QString &statusText(StatusCode status);
/// Whether the status is an outcome (the record has ended) rather than a state on the way.
bool isFinal(StatusCode status);

/// A provider id as a decimal string: a JSON integer, or a string of digits (as a hand-edited file may have).
std::optional<QString> readId(const QJsonValue &value);
std::optional<QString> readId(const json::Value &value);
/// A non-empty string; anything else is nullopt.
std::optional<QString> readText(const QJsonValue &value);
std::optional<QString> readText(const json::Value &value);
/// A time for messages: 2016-08-11T11:32:35.444Z.
QString timeText(Timestamp time);
/// The JSON value as it reads in the page, for messages: “text”, null, 42, absent, or the compact JSON of a list
/// or object.
QString quotedValue(const QJsonValue &value);
QString quotedValue(const json::Value &value);

} // namespace flowdeck::ci
