// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/cistore.h"
#include "result.h"
#include "taskcontrol.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace flowdeck::store {
class Workspace;
}

/// Importing a folder of API responses saved with curl or `gh api` (docs/ci-import.md, "Saved responses"): the
/// same parsers as a live sync, for a team whose desktop cannot reach the CI server.
namespace flowdeck::ci {

struct SavedResponsesOptions
{
    /// "github", "gitlab" or "jenkins": whose parsers read the files.
    QString provider;
    /// The service the records belong to (made when missing); empty: the folder's name.
    QString service;
    /// owner/repo, the GitLab project path or id, or the Jenkins job URL, when known. Empty: the project is taken
    /// from the payloads where they carry it (Jenkins wfapi pages then give server-relative build URLs).
    QString project;
    /// GitHub issues with this label are incidents.
    QString incidentLabel = QStringLiteral("incident");
};

/// A file of the folder that gave no records, and why.
struct SkippedFile
{
    /// As the user would name it: the folder as given, then the path inside it.
    QString path;
    QString reason;
};

struct SavedResponsesReport
{
    /// What was stored, with the parsers' and the store's warnings (each naming its file).
    StoreCounts counts;
    /// The files whose records were stored, in the order they were stored.
    QStringList files;
    /// Files of no kind the provider's parsers know (other JSON kept in the folder, an API error answer), and
    /// files holding only empty lists.
    QList<SkippedFile> skipped;
};

/// Imports every *.json file under `folder` (subfolders too; hidden entries ignored). Each file's kind is told by its
/// shape (by its first 16 KiB when they tell it, so that a file is read whole once); files are stored so that records
/// others refer to come first (runs, then jobs, environments, deployments, then deployment statuses and incidents;
/// lists before single items of the same kind; for Jenkins, api/json builds after the wfapi runs they add the commit
/// and cause to), in path order within a kind, each file whole or not at all (the files of a quarter of a second share
/// a transaction; one that fails is taken out of it), read and parsed on other threads while the files before it are
/// stored (the WAL of a workspace file is checkpointed on a thread of its own meanwhile, BackgroundCheckpoints). A file
/// may hold several documents back to back (`gh api --paginate`) or an array of pages (`--slurp`). A symbolic link in
/// the folder is refused before anything is read. A file that cannot be read, is not JSON, or is of a known kind but
/// cannot be parsed stops the import with an error naming it; the files stored before it stay (the message says how
/// many), and importing again after fixing it adds nothing twice. Cancelling (checked between files) keeps what was
/// stored. Deployment ranges of the services whose deployments changed are recomputed at the end, also after an error
/// or a cancel. Progress: files stored of the files to store.
Result<SavedResponsesReport> importSavedResponses(const store::Workspace &workspace, const QString &folder,
                                                  const SavedResponsesOptions &options,
                                                  const TaskControl &control = {});

} // namespace flowdeck::ci
