// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/files/savedresponses.h"

#include "ci/files/backgroundcheckpoints.h"
#include "ci/files/filereader.h"
#include "ci/files/jsontext.h"
#include "ci/files/readahead.h"
#include "ci/github/githubpages.h"
#include "ci/gitlab/gitlabpages.h"
#include "ci/jenkins/jenkinspages.h"
#include "ci/json.h"
#include "ci/sync/cisources.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonParseError>

#include <algorithm>
#include <functional>
#include <future>
#include <vector>

namespace flowdeck::ci {

namespace {

using namespace Qt::StringLiterals;

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::ci::SavedResponses)
};

/// The order files are stored in: what other records refer to comes first.
namespace Rank {
constexpr int RunLists = 0;
constexpr int SingleRuns = 10;
/// Jenkins api/json builds: after the wfapi runs of the same builds, whose fields they complete.
constexpr int BuildLists = 15;
constexpr int SingleBuilds = 16;
constexpr int Jobs = 20;
/// Before deployments, so that the tier an environment page declares is the one an environment is made with.
constexpr int Environments = 30;
constexpr int Deployments = 40;
constexpr int SingleDeployments = 41;
/// Deployment statuses and incidents, which name deployments.
constexpr int DeploymentReferences = 50;
constexpr int Independent = 60;
/// Files whose kind the outline did not tell: last, where their error or skip does not hold up the others.
constexpr int Unknown = 100;
} // namespace Rank

/// One provider's parsers as this import uses them; kinds are their PageKind values as ints.
struct ProviderPages
{
    QString title;
    std::function<std::optional<int>(const json::Value &)> detect;
    std::function<int(int kind)> rank;
    std::function<Result<Batch>(int kind, const json::Value &, const QString &where)> parse;
};

template<typename Kind>
std::optional<int> kindNumber(std::optional<Kind> kind)
{
    return kind ? std::optional<int>(int(*kind)) : std::nullopt;
}

int githubRank(github::PageKind kind)
{
    using github::PageKind;
    switch (kind) {
    case PageKind::WorkflowRuns:
        return Rank::RunLists;
    case PageKind::Jobs:
        return Rank::Jobs;
    case PageKind::Deployments:
        return Rank::Deployments;
    case PageKind::DeploymentStatuses:
    case PageKind::Issues:
        return Rank::DeploymentReferences;
    case PageKind::PullRequests:
    case PageKind::Releases:
        return Rank::Independent;
    }
    return Rank::Independent;
}

int gitlabRank(gitlab::PageKind kind)
{
    using gitlab::PageKind;
    switch (kind) {
    case PageKind::Pipelines:
        return Rank::RunLists;
    case PageKind::Pipeline:
        return Rank::SingleRuns;
    case PageKind::Jobs:
    case PageKind::Bridges:
        return Rank::Jobs;
    case PageKind::Environments:
    case PageKind::Environment:
        return Rank::Environments;
    case PageKind::Deployments:
        return Rank::Deployments;
    case PageKind::Deployment:
        return Rank::SingleDeployments;
    case PageKind::Issues:
        return Rank::DeploymentReferences;
    case PageKind::MergeRequests:
        return Rank::Independent;
    }
    return Rank::Independent;
}

int jenkinsRank(jenkins::PageKind kind)
{
    using jenkins::PageKind;
    switch (kind) {
    case PageKind::WfapiRuns:
        return Rank::RunLists;
    case PageKind::WfapiRun:
        return Rank::SingleRuns;
    case PageKind::JobBuilds:
        return Rank::BuildLists;
    case PageKind::Build:
        return Rank::SingleBuilds;
    case PageKind::WfapiStageNode:
        return Rank::Jobs;
    case PageKind::WfapiJob:
        return Rank::Independent;
    }
    return Rank::Independent;
}

/// The provider's parsers; `project` is already in the form its PageContext takes.
ProviderPages providerPages(const QString &provider, const QString &project, const QString &incidentLabel)
{
    ProviderPages pages;
    if (provider == QLatin1String(Source::GitHub)) {
        pages.title = u"GitHub"_s;
        pages.detect = [](const json::Value &page) {
            return kindNumber(github::detectPageKind(page));
        };
        pages.rank = [](int kind) {
            return githubRank(github::PageKind(kind));
        };
        pages.parse = [project, incidentLabel](int kind, const json::Value &page, const QString &where) {
            github::PageContext context;
            context.where = where;
            context.repository = project;
            context.incidentLabel = incidentLabel;
            return github::parsePage(github::PageKind(kind), page, context);
        };
    } else if (provider == QLatin1String(Source::GitLab)) {
        pages.title = u"GitLab"_s;
        pages.detect = [](const json::Value &page) {
            return kindNumber(gitlab::detectPageKind(page));
        };
        pages.rank = [](int kind) {
            return gitlabRank(gitlab::PageKind(kind));
        };
        pages.parse = [project](int kind, const json::Value &page, const QString &where) {
            return gitlab::parsePage(gitlab::PageKind(kind), page, gitlab::PageContext{where, project});
        };
    } else {
        pages.title = u"Jenkins"_s;
        pages.detect = [](const json::Value &page) {
            return kindNumber(jenkins::detectPageKind(page));
        };
        pages.rank = [](int kind) {
            return jenkinsRank(jenkins::PageKind(kind));
        };
        pages.parse = [project](int kind, const json::Value &page, const QString &where) {
            return jenkins::parsePage(jenkins::PageKind(kind), page, jenkins::PageContext{where, project});
        };
    }
    return pages;
}

/// The pages of a document: itself when the provider knows its kind; else, for an array of pages (what
/// `gh api --paginate --slurp` writes) whose first page the provider knows, each of its items. Empty otherwise.
QList<json::Value> pagesOfDocument(const json::Value &document, const ProviderPages &pages)
{
    if (pages.detect(document))
        return {document};
    if (!document.isArray())
        return {};
    const json::Array items = document.toArray();
    if (items.isEmpty())
        return {};
    const json::Value first = items.first();
    if (!(first.isArray() || first.isObject()) || !pages.detect(first))
        return {};
    QList<json::Value> result;
    result.reserve(items.size());
    for (const json::Value item : items) {
        if (!item.isArray() && !item.isObject())
            return {};
        result.append(item);
    }
    return result;
}

bool isEmptyList(const json::Value &document)
{
    return document.isArray() && document.toArray().isEmpty();
}

/// Why a document is of no kind the provider knows, in the user's terms.
QString unrecognisedReason(const json::Value &document, const QString &provider)
{
    if (document.isObject()) {
        const json::Object object = document.toObject();
        // What an API answers instead of a page, saved by a curl that did not check the status.
        for (const auto key : {"message"_L1, "error_description"_L1, "error"_L1}) {
            if (const json::Value value = object.value(key); value.isString()) {
                return Messages::tr("an error answer of the %1 API (“%2”), not a page of records")
                    .arg(provider, value.toString());
            }
        }
        QStringList keys = object.keys();
        const bool more = keys.size() > 6;
        keys = keys.mid(0, 6);
        return Messages::tr("an object with the keys %1%2: not a page of a kind Flowdeck reads from %3")
            .arg(u"“"_s + keys.join(u"”, “"_s) + u"”"_s, more ? u", …"_s : QString(), provider);
    }
    if (document.isArray())
        return Messages::tr("a list whose items are of no kind Flowdeck reads from %1").arg(provider);
    return Messages::tr("a JSON value that is neither an object nor a list");
}

/// `message` with `note` after it as a sentence of its own.
QString withNote(const QString &message, const QString &note)
{
    const bool ended = message.endsWith(u'.') || message.endsWith(u'!') || message.endsWith(u'?');
    return message + (ended ? u" "_s : u". "_s) + note;
}

struct FolderFile
{
    QString absolute;
    /// The folder as the user gave it, then the path inside it: how messages name the file.
    QString shown;
    QString relative;
    int rank = Rank::Unknown;
    /// In bytes, when listed.
    qint64 size = 0;
};

/// Every *.json file under the folder, by path; an error for a symbolic link with a *.json name or to a folder.
Result<QList<FolderFile>> listFiles(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return Error{Messages::tr("%1: there is no such folder.").arg(folder)};
    if (!info.isDir())
        return Error{Messages::tr("%1: is not a folder. Name the folder that holds the saved responses.").arg(folder)};
    const QDir root(info.canonicalFilePath());
    const QString shownRoot = QDir::cleanPath(folder);
    QList<FolderFile> files;
    // Hidden entries are not listed and hidden folders not entered; symbolic links are listed, never followed.
    QDirIterator entries(root.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System,
                         QDirIterator::Subdirectories);
    while (entries.hasNext()) {
        const QString path = entries.next();
        const QFileInfo entry = entries.fileInfo();
        const QString relative = root.relativeFilePath(path);
        const QString shown = shownRoot + u'/' + relative;
        const bool json = entry.fileName().endsWith(".json"_L1, Qt::CaseInsensitive);
        if (entry.isSymLink()) {
            // A link could lead anywhere on the disk; a folder of saved responses holds the files themselves.
            if (json || entry.isDir()) {
                return Error{Messages::tr("%1: is a symbolic link (to %2). Flowdeck reads only the files inside the "
                                          "folder: copy the file or folder there instead. Nothing was stored.")
                                 .arg(shown, entry.symLinkTarget())};
            }
            continue;
        }
        if (!json || !entry.isFile())
            continue;
        files.append(FolderFile{path, shown, relative, Rank::Unknown, entry.size()});
    }
    std::sort(files.begin(), files.end(),
              [](const FolderFile &a, const FolderFile &b) { return a.relative < b.relative; });
    return files;
}

/// A file's text as UTF-8. `padded`: json::padding bytes after it may be read, so that it is parsed where it lies.
struct FileText
{
    QByteArray bytes;
    bool padded = false;
};

Result<FileText> readText(const FolderFile &file)
{
    files::FileReader reader(file.absolute);
    // Read at once into a buffer of the listed size with room for the padding; a file that grows meanwhile is read
    // to its end.
    QByteArray bytes;
    if (!reader.isOpen() || !reader.readToEnd(bytes, qsizetype(std::min<qint64>(file.size, 1 << 30)), json::padding))
        return Error{Messages::tr("%1: cannot be read (%2).").arg(file.shown, reader.errorString())};
    FileText text{files::jsonUtf8(bytes)};
    // Unless its byte order mark was dropped or it was converted from UTF-16, the text is the buffer read into.
    text.padded = text.bytes.constData() == bytes.constData() && bytes.capacity() - bytes.size() >= json::padding;
    return text;
}

/// The place of a document in the store order, from its outline; nullopt when the outline tells nothing.
std::optional<int> outlineRank(const QByteArray &outlineText, const ProviderPages &pages)
{
    const json::Document outline = json::Document::fromJson(outlineText);
    if (outline.isNull())
        return std::nullopt;
    const QList<json::Value> found = pagesOfDocument(outline.root(), pages);
    if (found.isEmpty())
        return std::nullopt;
    return pages.rank(*pages.detect(found.first()));
}

/// How much of a file the first look reads: the first item of a page and the keys before its list fit in it,
/// while the file is read whole only when it is stored.
constexpr qsizetype headBytes = 16 * 1024;
/// What the first look at a file longer than headBytes reads first: the first item of most pages (a GitHub job
/// with its steps) fits in it, and reading and outlining a quarter of the head costs a quarter of the time.
constexpr qsizetype firstHeadBytes = 4 * 1024;

/// The place of a file's first document in the store order, from its outline; Unknown when the outline tells
/// nothing (the file is then parsed, and refused or skipped, after every other file). A file longer than
/// firstHeadBytes is told by the outline of its first firstHeadBytes, else (longer than headBytes) of its first
/// headBytes, when that outline tells a kind (headOutline()), else read whole. The file is opened once: a file no
/// longer than a head (by the listing) is read whole at once, and a file the heads do not tell is read on from where
/// they stopped.
Result<int> surveyRank(const FolderFile &file, const ProviderPages &pages)
{
    files::FileReader reader(file.absolute);
    const auto readError = [&] {
        return Error{Messages::tr("%1: cannot be read (%2).").arg(file.shown, reader.errorString())};
    };
    if (!reader.isOpen())
        return readError();
    QByteArray head;
    bool whole = false;
    for (const qsizetype bytes : {firstHeadBytes, headBytes}) {
        if (file.size <= bytes)
            break;
        if (!reader.read(head, bytes - head.size()))
            return readError();
        if (head.size() < bytes) {
            whole = true;
            break;
        }
        // UTF-16 is read whole: a head may end in the middle of a character.
        if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
            break;
        if (const auto outline = files::headOutline(files::jsonUtf8(head))) {
            if (const std::optional<int> rank = outlineRank(*outline, pages))
                return *rank;
        }
    }
    if (!whole && !reader.readToEnd(head, qsizetype(std::min<qint64>(file.size, 1 << 30)) - head.size()))
        return readError();
    return outlineRank(files::firstItemsOutline(files::jsonUtf8(head)), pages).value_or(Rank::Unknown);
}

/// A JSON document of a file and the byte it starts at.
struct FileDocument
{
    json::Document document;
    qsizetype offset = 0;
};

/// The JSON documents of a file's text; none for an empty file. The text is parsed as one document first, and split
/// only when there is more after it (pages back to back), so that an ordinary file is scanned once.
Result<std::vector<FileDocument>> parseDocuments(const FileText &text, const QString &where)
{
    std::vector<FileDocument> documents;
    const auto notJson = [&where](const QJsonParseError &error, qsizetype at) {
        return Error{Messages::tr("%1: not JSON (at byte %2: %3)").arg(where).arg(at).arg(error.errorString())};
    };
    QJsonParseError error;
    json::Document whole = json::Document::fromJson(text.bytes, &error, text.padded);
    if (error.error == QJsonParseError::NoError) {
        documents.push_back({std::move(whole), 0});
        return documents;
    }
    if (error.error != QJsonParseError::GarbageAtEnd) {
        if (files::splitJsonDocuments(text.bytes).isEmpty())
            return documents;
        return notJson(error, qMin<qsizetype>(error.offset, text.bytes.size()));
    }
    for (const files::JsonSpan &span : files::splitJsonDocuments(text.bytes)) {
        // A span lies inside the text: the rest of the text, or the padding, follows it.
        json::Document document = json::Document::fromJson(span.text, &error, text.padded);
        if (error.error != QJsonParseError::NoError)
            return notJson(error, span.offset + qMin<qsizetype>(error.offset, span.text.size()));
        documents.push_back({std::move(document), span.offset});
    }
    return documents;
}

/// What one file gives: its records, or why it gives none.
struct FileRecords
{
    Batch batch;
    std::optional<QString> skipped;
};

Result<FileRecords> readFile(const FolderFile &file, const ProviderPages &pages)
{
    auto text = readText(file);
    if (!text)
        return text.error();
    auto documents = parseDocuments(*text, file.shown);
    if (!documents)
        return documents.error();
    FileRecords records;
    if (documents->empty()) {
        records.skipped = Messages::tr("the file is empty");
        return records;
    }
    struct Page
    {
        json::Value document;
        qsizetype offset;
    };
    QList<Page> found;
    QStringList unrecognised;
    for (const auto &[parsed, offset] : std::as_const(*documents)) {
        const json::Value document = parsed.root();
        if (isEmptyList(document))
            continue;
        const QList<json::Value> pagesFound = pagesOfDocument(document, pages);
        if (pagesFound.isEmpty()) {
            const QString reason = unrecognisedReason(document, pages.title);
            unrecognised.append(documents->size() == 1
                                    ? reason
                                    : Messages::tr("the document at byte %1 is %2: skipped").arg(offset).arg(reason));
            continue;
        }
        for (const json::Value &page : pagesFound)
            found.append(Page{page, offset});
    }
    if (found.isEmpty()) {
        records.skipped = unrecognised.isEmpty() ? Messages::tr("holds only empty lists: nothing to import")
                                                 : unrecognised.constFirst();
        return records;
    }
    for (const QString &reason : std::as_const(unrecognised))
        records.batch.warnings.append(u"%1: %2"_s.arg(file.shown, reason));
    for (qsizetype i = 0; i < found.size(); ++i) {
        const Page &page = found.at(i);
        const QString where =
            found.size() == 1 ? file.shown
                              : Messages::tr("%1, page %2 (at byte %3)").arg(file.shown).arg(i + 1).arg(page.offset);
        // Each page's own kind: pages of one file are normally of one endpoint, but nothing requires it.
        const std::optional<int> kind = pages.detect(page.document);
        if (!kind) {
            records.batch.warnings.append(
                Messages::tr("%1: %2: skipped").arg(where, unrecognisedReason(page.document, pages.title)));
            continue;
        }
        auto batch = pages.parse(*kind, page.document, where);
        if (!batch)
            return batch.error();
        records.batch.append(std::move(*batch));
    }
    return records;
}

/// How many files are read and parsed ahead of the one being stored: about 16 MiB of JSON, at least 16 files (the
/// read-ahead's own window on two processors) and at most 1,024. A transaction's commit takes a tenth of a second
/// or more, and the threads that parse should fill it with the files after it rather than wait for it: a
/// folder of GitHub job pages of 30 KB each is read some 540 files ahead.
qsizetype readAheadWindow(const QList<FolderFile> &files)
{
    if (files.isEmpty())
        return 16;
    qint64 bytes = 0;
    for (const FolderFile &file : files)
        bytes += file.size;
    const qint64 average = std::max<qint64>(1, bytes / files.size());
    return qsizetype(std::clamp<qint64>(qint64(16) * 1024 * 1024 / average, 16, 1024));
}

/// How long the files stored in one transaction take at most: what a failure of the disk or the process may lose
/// (importing again stores it), and how late a reader of the workspace sees what was stored.
constexpr qint64 filesTransactionMs = 250;

/// The provider's checked name and the project in the form its parsers take, or what is wrong with them.
Result<std::pair<QString, QString>> checkedSource(const SavedResponsesOptions &options)
{
    const QString provider = options.provider.trimmed().toLower();
    if (provider != QLatin1String(Source::GitHub) && provider != QLatin1String(Source::GitLab) &&
        provider != QLatin1String(Source::Jenkins)) {
        return Error{Messages::tr("Unknown CI provider \"%1\": use github, gitlab or jenkins.").arg(options.provider)};
    }
    if (options.project.trimmed().isEmpty())
        return std::pair{provider, QString()};
    CiSource source;
    source.provider = provider;
    source.project = options.project;
    auto normalised = normalisedSource(source);
    if (!normalised)
        return normalised.error();
    // The Jenkins parsers take the job's URL as the user wrote it (percent-encoded, as build URLs are).
    if (provider == QLatin1String(Source::Jenkins)) {
        QString jobUrl = options.project.trimmed();
        if (!jobUrl.endsWith(u'/'))
            jobUrl.append(u'/');
        return std::pair{provider, jobUrl};
    }
    return std::pair{provider, normalised->project};
}

} // namespace

Result<SavedResponsesReport> importSavedResponses(const store::Workspace &workspace, const QString &folder,
                                                  const SavedResponsesOptions &options, const TaskControl &control)
{
    auto source = checkedSource(options);
    if (!source)
        return source.error();
    const auto &[provider, project] = *source;
    auto listed = listFiles(folder);
    if (!listed)
        return listed.error();
    QList<FolderFile> folderFiles = std::move(*listed);
    QString service = options.service.trimmed();
    if (service.isEmpty())
        service = QFileInfo(QFileInfo(folder).canonicalFilePath()).fileName();
    if (service.isEmpty())
        return Error{Messages::tr("%1: the folder has no name to give the service: name the service.").arg(folder)};

    const ProviderPages pages = providerPages(
        provider, project, options.incidentLabel.trimmed().isEmpty() ? u"incident"_s : options.incidentLabel.trimmed());
    // A first look at each file, on every processor, orders them; the files are parsed only when they are stored.
    QList<int> ranks;
    ranks.reserve(folderFiles.size());
    {
        files::ReadAhead<Result<int>> survey(folderFiles.size(),
                                             [&](qsizetype i) { return surveyRank(folderFiles.at(i), pages); });
        for (qsizetype i = 0; i < folderFiles.size(); ++i) {
            if (control.isCanceled())
                return Error{TaskControl::canceledMessage()};
            auto rank = survey.take(i);
            if (!rank)
                return Error{withNote(rank.errorMessage(), Messages::tr("Nothing was stored."))};
            ranks.append(*rank);
        }
    }
    for (qsizetype i = 0; i < folderFiles.size(); ++i)
        folderFiles[i].rank = ranks.at(i);
    std::stable_sort(folderFiles.begin(), folderFiles.end(),
                     [](const FolderFile &a, const FolderFile &b) { return a.rank < b.rank; });

    SavedResponsesReport report;
    // One writer for every file: preparing its statements for each file would cost more than storing most files.
    BatchWriter writer(workspace.connection(), StoreContext{provider, std::nullopt, service});
    const qint64 total = folderFiles.size();
    control.report(0, total);
    // The log is checkpointed on another thread while the files are stored, so that this one never waits for the disk.
    std::optional<files::BackgroundCheckpoints> checkpoints(std::in_place, workspace);
    // Files are read and parsed on other threads while the ones before them are stored, as far ahead as
    // readAheadWindow() allows, so that they go on while a transaction is committed.
    files::ReadAhead<Result<FileRecords>> ahead(
        folderFiles.size(), [&](qsizetype i) { return readFile(folderFiles.at(i), pages); }, 0,
        readAheadWindow(folderFiles));
    const auto storedBeforeNote = [&report] {
        return report.files.isEmpty() ? Messages::tr("Nothing was stored.")
               : report.files.size() == 1
                   ? Messages::tr("The file stored before it stays stored; after fixing it, import "
                                  "the folder again: nothing is stored twice.")
                   : Messages::tr("The %n files stored before it stay stored; after fixing it, "
                                  "import the folder again: nothing is stored twice.",
                                  nullptr, int(report.files.size()));
    };
    std::optional<Error> failure;
    // The records of each group are freed on a thread of their own while the next group is stored: millions of
    // small strings, which would otherwise be freed by the one thread that stores.
    std::future<void> freeing;
    qsizetype next = 0;
    while (next < folderFiles.size() && !failure) {
        // The files of a quarter of a second share a transaction: one for each file would write the same pages to
        // the journal again for every few jobs. A file that fails to store takes the transaction with it; the
        // files before it in the transaction are then stored again, without it.
        StoreCounts groupCounts;
        QStringList groupFiles;
        QList<Batch> groupBatches;
        std::optional<Error> failedFile;
        bool rolledBack = false;
        bool canceled = false;
        auto written = workspace.write([&](QSqlDatabase &) -> Result<void> {
            QElapsedTimer elapsed;
            elapsed.start();
            for (; next < folderFiles.size() && elapsed.elapsed() < filesTransactionMs; ++next) {
                if (control.isCanceled()) {
                    canceled = true;
                    return {};
                }
                const FolderFile &file = folderFiles.at(next);
                auto records = ahead.take(next);
                if (!records) {
                    // Nothing of it was stored: the files before it are kept.
                    failedFile = records.error();
                    ++next;
                    return {};
                }
                if (records->skipped) {
                    report.skipped.append(SkippedFile{file.shown, *records->skipped});
                    control.report(next + 1, total);
                    continue;
                }
                auto stored = writer.store(records->batch);
                if (!stored) {
                    failedFile = stored.error();
                    rolledBack = true;
                    ++next;
                    return stored.error();
                }
                groupCounts.add(*stored);
                groupFiles.append(file.shown);
                groupBatches.append(std::move(records->batch));
                control.report(next + 1, total);
            }
            return {};
        });
        if (rolledBack && !groupBatches.isEmpty()) {
            groupCounts = StoreCounts();
            written = workspace.write([&](QSqlDatabase &) -> Result<void> {
                for (const Batch &batch : std::as_const(groupBatches)) {
                    auto stored = writer.store(batch);
                    if (!stored)
                        return stored.error();
                    groupCounts.add(*stored);
                }
                return {};
            });
        } else if (rolledBack) {
            written = Result<void>();
        }
        if (!written) {
            failure = Error{withNote(written.errorMessage(), storedBeforeNote())};
            break;
        }
        report.counts.add(groupCounts);
        report.files += groupFiles;
        freeing = std::async(std::launch::async, [batches = std::move(groupBatches)]() mutable { batches.clear(); });
        if (failedFile)
            failure = Error{withNote(failedFile->message, storedBeforeNote())};
        else if (canceled)
            failure = Error{TaskControl::canceledMessage()};
    }
    checkpoints.reset();
    // What was stored is consistent even when the import stopped: its deployments get their commits.
    auto ranges = recomputeDeploymentRanges(workspace, report.counts.changedServices);
    if (failure)
        return *failure;
    if (!ranges)
        return ranges.error();
    return report;
}

} // namespace flowdeck::ci
