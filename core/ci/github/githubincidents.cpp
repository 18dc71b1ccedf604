// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub issues as incidents: the convention is in docs/ci-import.md, "Incidents from issues".
#include "ci/github/githubreading.h"

#include <QRegularExpression>

namespace flowdeck::ci::github::detail {

using namespace Qt::StringLiterals;

namespace {

/// What an issue's labels say: whether it is an incident, and its severity.
struct LabelReading
{
    bool incident = false;
    std::optional<QString> severity;
};

/// `sev1`, `SEV-2`, `severity: 3` read as `sev1`, `sev2`, `sev3`; `severity:high`, `Severity - High`,
/// `sev/critical` as `high`, `high`, `critical`.
std::optional<QString> severityOfLabel(const QString &label)
{
    static const QRegularExpression numbered(u"^sev(?:erity)?[\\s:/=_-]*(\\d+)$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression named(u"^sev(?:erity)?(?:\\s*[:/=_-]\\s*|\\s+)(\\S.*)$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = label.trimmed();
    QRegularExpressionMatch match = numbered.match(trimmed);
    if (match.hasMatch())
        return u"sev"_s + match.captured(1);
    match = named.match(trimmed);
    if (match.hasMatch())
        return match.captured(1).trimmed().toLower();
    return std::nullopt;
}

/// Labels are objects with a `name` on the issues pages, plain strings in some saved or hand-written files.
LabelReading readLabels(const json::Value &labels, const QString &incidentLabel)
{
    LabelReading reading;
    const json::Array list = labels.toArray();
    for (const json::Value label : list) {
        const QString name = label.isObject() ? label.toObject().value("name"_L1).toString() : label.toString();
        if (name.isEmpty())
            continue;
        if (!incidentLabel.isEmpty() && name.compare(incidentLabel, Qt::CaseInsensitive) == 0)
            reading.incident = true;
        else if (!reading.severity)
            reading.severity = severityOfLabel(name);
    }
    return reading;
}

/// The first full commit id in the text (40 hexadecimal digits standing alone), in lower case.
std::optional<QString> commitInText(const QString &text)
{
    static const QRegularExpression commit(u"(?<![0-9A-Za-z])[0-9A-Fa-f]{40}(?![0-9A-Za-z])"_s);
    const QRegularExpressionMatch match = commit.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(0).toLower();
}

/// The deployment the text names: a URL with `/deployments/<id>` first, else "deployment: 42", "deployment #42"
/// or "deployment id: 42", as GitLab incidents write it. A bare "deployment 3" in a sentence is not taken.
std::optional<QString> deploymentInText(const QString &text)
{
    static const QRegularExpression url(u"/deployments/(\\d+)(?!\\d)"_s);
    static const QRegularExpression words(u"\\bdeployment(?:[ _]id)?\\s*(?::\\s*#?|#)\\s*(\\d+)\\b"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch match = url.match(text);
    if (!match.hasMatch())
        match = words.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1);
}

} // namespace

Result<void> readIssue(const json::Object &item, const ItemPlace &place, Batch &batch)
{
    std::optional<QString> id = readId(item.value("id"_L1));
    if (!id)
        return missingKey(place, Messages::tr("issue"), "id"_L1);
    // The issues endpoint lists pull requests too; they are never incidents.
    if (item.contains("pull_request"_L1))
        return {};
    const LabelReading labels = readLabels(item.value("labels"_L1), place.context.incidentLabel);
    if (!labels.incident)
        return {};

    IncidentRecord incident;
    incident.externalId = std::move(*id);
    incident.title = item.value("title"_L1).toString();
    const std::optional<QString> number = readId(item.value("number"_L1));
    const auto label = [&] {
        return number ? Messages::tr("issue #%1 “%2”").arg(*number, incident.title)
                      : Messages::tr("issue %1 “%2”").arg(incident.externalId, incident.title);
    };
    const OptionalTime opened = readTime(item, "created_at"_L1, label, batch.warnings);
    if (!opened) {
        batch.warnings.append(Messages::tr("%1: has no opening time; the incident is left out").arg(label()));
        return {};
    }
    incident.startedAt = *opened;
    incident.resolvedAt = readTime(item, "closed_at"_L1, label, batch.warnings);
    const QString state = item.value("state"_L1).toString();
    if (state == u"open" && incident.resolvedAt) {
        // Reopened: the earlier closing did not resolve it.
        batch.warnings.append(
            Messages::tr("%1: is open but has a closing time; it is stored as unresolved").arg(label()));
        incident.resolvedAt.reset();
    } else if (state == u"closed" && !incident.resolvedAt && isAbsent(item.value("closed_at"_L1))) {
        batch.warnings.append(
            Messages::tr("%1: is closed without a closing time; its resolution is stored as unknown").arg(label()));
    }
    if (incident.resolvedAt && *incident.resolvedAt < incident.startedAt) {
        batch.warnings.append(
            Messages::tr("%1: closed before it was opened; its resolution time is stored as unknown").arg(label()));
        incident.resolvedAt.reset();
    }
    incident.severity = labels.severity;
    incident.url = readText(item.value("html_url"_L1));
    const QString body = item.value("body"_L1).toString();
    if (!body.isEmpty()) {
        incident.commitOid = commitInText(body);
        incident.deploymentExternalId = deploymentInText(body);
    }
    batch.incidents.append(std::move(incident));
    return {};
}

} // namespace flowdeck::ci::github::detail
