// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace flowdeck::graph::importers {

/// What an importer knows about a stage that says what kind of stage it is.
struct StageKindHints
{
    /// The environment the stage deploys to, if the definition names one.
    QString environment;
    /// A gate a person has to open (GitLab `when: manual`).
    bool manualGate = false;
    /// Names to read, most telling first: the job's id, its display name, its declared stage, a workflow file.
    QStringList names;
    /// References to what the stage runs, such as GitHub actions in its steps (`github/codeql-action/analyze@v3`).
    QStringList actions;
};

/// The StageKind (domain/pipeline.h) of a stage, by the rules in docs/pipeline-import.md: an environment makes
/// a deploy stage, a manual gate an approval; otherwise the first name with a telling word decides, the words
/// of approval, security, deploy, test and build taken in that order; then the actions it runs; else other.
QString guessStageKind(const StageKindHints &hints);

/// The lower-case words of a name: split at anything that is not a letter or a digit, and where a lower-case
/// letter is followed by an upper-case one ("publishDocs_v2" -> publish, docs, v2).
QStringList nameWords(const QString &name);

} // namespace flowdeck::graph::importers
