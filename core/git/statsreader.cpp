// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/statsreader.h"

#include "git/gittext.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string_view>

namespace flowdeck::git {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("flowdeck::git", text);
}

constexpr std::uint32_t ModeTypeMask = 0170000;
constexpr std::uint32_t ModeTree = 0040000;
constexpr std::uint32_t ModeFile = 0100000;
constexpr std::uint32_t ModeLink = 0120000;

bool isBinary(const Bytes &content)
{
    return isBinaryContent(content.data(), content.size());
}

/// Lines as git counts them: a last line without a newline counts too.
int lineCount(const Bytes &content)
{
    const char *begin = content.data();
    const char *end = begin + content.size();
    const auto newlines = std::count(begin, end, '\n');
    return int(newlines) + (content.size() > 0 && end[-1] != '\n' ? 1 : 0);
}

/// Orders entries as git stores them in a tree: a tree's name compares as if it ended in '/'.
template<typename Entry>
int compareNames(const Entry &a, const Entry &b)
{
    const std::size_t common = std::min(a.nameLength, b.nameLength);
    const int order = std::memcmp(a.name, b.name, common);
    if (order != 0)
        return order;
    const auto next = [common](const Entry &entry) {
        if (entry.nameLength > common)
            return int(static_cast<unsigned char>(entry.name[common]));
        return (entry.mode & ModeTypeMask) == ModeTree ? int('/') : 0;
    };
    return next(a) - next(b);
}

struct LineCounts
{
    int insertions = 0;
    int deletions = 0;
};

/// Lines in [begin, end), a last line without a newline included.
int linesIn(const char *begin, const char *end)
{
    const auto newlines = std::count(begin, end, '\n');
    return int(newlines) + (begin != end && end[-1] != '\n' ? 1 : 0);
}

/// The counts of an edit that only inserts or only deletes whole lines in one place, found by the lines both
/// versions begin and end with; nothing for any other edit, which the diff must settle. Such an edit is what any
/// diff finds, git's too: it trims the lines both versions share at either end before it looks for anything else.
std::optional<LineCounts> insertedOrDeleted(const Bytes &before, const Bytes &after)
{
    const char *a = before.data();
    const char *b = after.data();
    const std::size_t shorter = std::min(before.size(), after.size());
    if (shorter == 0)
        return std::nullopt;
    // The lines both begin with: up to the last newline before the first difference.
    const std::size_t same = std::size_t(std::mismatch(a, a + shorter, b).first - a);
    const std::size_t newline = std::string_view(a, same).rfind('\n');
    const std::size_t head = newline == std::string_view::npos ? 0 : newline + 1;
    // The lines both end with, not reaching into the head: from the first line start at or after the point
    // where the two ends begin to differ.
    const std::size_t room = shorter - head;
    std::size_t tail = 0;
    while (tail < room && a[before.size() - 1 - tail] == b[after.size() - 1 - tail])
        ++tail;
    const auto lineStartAt = [&](std::size_t fromEnd) {
        // True when both versions have a line start `fromEnd` bytes before their ends.
        const std::size_t x = before.size() - fromEnd;
        const std::size_t y = after.size() - fromEnd;
        return (x == head || a[x - 1] == '\n') && (y == head || b[y - 1] == '\n');
    };
    while (tail > 0 && !lineStartAt(tail)) {
        // Move the start of the shared end forward to the next line start of the (identical) bytes.
        const char *end = a + before.size();
        const char *start = end - tail;
        const char *next = static_cast<const char *>(std::memchr(start, '\n', std::size_t(tail)));
        tail = next ? std::size_t(end - next - 1) : 0;
    }
    const std::size_t middleA = before.size() - tail - head;
    const std::size_t middleB = after.size() - tail - head;
    if (middleA != 0 && middleB != 0)
        return std::nullopt;
    LineCounts counts;
    counts.deletions = linesIn(a + head, a + head + middleA);
    counts.insertions = linesIn(b + head, b + head + middleB);
    return counts;
}

} // namespace

bool StatsReader::repositoryHasAttributes(git_repository *repository)
{
    if (const char *workdir = git_repository_workdir(repository);
        workdir && QFile::exists(QString::fromUtf8(workdir) + QStringLiteral(".gitattributes")))
        return true;
    if (QFile::exists(QString::fromUtf8(git_repository_path(repository)) + QStringLiteral("info/attributes")))
        return true;
    const QByteArray xdg = qgetenv("XDG_CONFIG_HOME");
    const QString xdgHome = xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.config") : QString::fromLocal8Bit(xdg);
    if (QFile::exists(xdgHome + QStringLiteral("/git/attributes")))
        return true;
    git_config *config = nullptr;
    if (git_repository_config_snapshot(&config, repository) < 0)
        return true;
    const char *value = nullptr;
    const bool configured = git_config_get_string(&value, config, "core.attributesFile") == 0;
    git_config_free(config);
    return configured;
}

StatsReader::StatsReader(git_repository *repository)
    : StatsReader(repository, repositoryHasAttributes(repository))
{}

StatsReader::StatsReader(git_repository *repository, bool hasAttributes)
    : m_repository(repository)
    , m_reader(repository)
    , m_attributes(hasAttributes)
{
    // The commits left to diffStats() read through the reader as well; without it they are only slower.
    m_reader.serve(repository);
}

int StatsReader::readBlob(const git_oid &id, RawObject &blob)
{
    const int status = m_reader.read(id, blob);
    if (status == 0 && blob.type != GIT_OBJECT_BLOB)
        return GIT_EINVALID;
    return status;
}

bool StatsReader::parseTree(const RawObject &tree, std::vector<Entry> &entries) const
{
    entries.clear();
    if (tree.type != GIT_OBJECT_TREE)
        return false;
    // An entry takes at least 28 bytes ("100644 " and a short name, NUL, id); most take about twice that.
    entries.reserve(tree.data->size() / 40 + 1);
    const char *at = tree.data->data();
    const char *end = at + tree.data->size();
    while (at < end) {
        Entry entry;
        while (at < end && *at != ' ') {
            if (*at < '0' || *at > '7')
                return false;
            entry.mode = entry.mode * 8 + std::uint32_t(*at - '0');
            ++at;
        }
        if (at == end)
            return false;
        entry.name = ++at;
        const void *nul = std::memchr(at, 0, std::size_t(end - at));
        if (!nul)
            return false;
        entry.nameLength = std::size_t(static_cast<const char *>(nul) - at);
        at = static_cast<const char *>(nul) + 1;
        if (end - at < GIT_OID_RAWSZ)
            return false;
        entry.id = reinterpret_cast<const unsigned char *>(at);
        at += GIT_OID_RAWSZ;
        entries.push_back(entry);
    }
    return true;
}

std::shared_ptr<const StatsReader::Tree> StatsReader::tree(const git_oid &id)
{
    if (const auto found = m_trees.find(id); found != m_trees.end())
        return found->second;
    auto parsed = std::make_shared<Tree>();
    if (m_reader.read(id, parsed->raw) < 0 || !parseTree(parsed->raw, parsed->entries))
        return nullptr;
    // Enough for the trees that a few commits in a row change.
    constexpr std::size_t kept = 512;
    if (m_treeOrder.size() == kept) {
        m_trees.erase(m_treeOrder.front());
        m_treeOrder.pop_front();
    }
    m_trees.emplace(id, parsed);
    m_treeOrder.push_back(id);
    return parsed;
}

StatsReader::Outcome StatsReader::compare(const git_oid *before, const git_oid *after, const std::string &prefix)
{
    std::shared_ptr<const Tree> trees[2];
    static const std::vector<Entry> none;
    const git_oid *ids[2] = {before, after};
    for (int side = 0; side < 2; ++side) {
        if (ids[side] && !(trees[side] = tree(*ids[side])))
            return Outcome::Fallback;
    }
    const std::vector<Entry> *entries[2] = {trees[0] ? &trees[0]->entries : &none,
                                            trees[1] ? &trees[1]->entries : &none};
    const auto kind = [](std::uint32_t mode) {
        return mode & ModeTypeMask;
    };
    const auto isFileOrLink = [&](std::uint32_t mode) {
        return kind(mode) == ModeFile || kind(mode) == ModeLink;
    };
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < entries[0]->size() || j < entries[1]->size()) {
        const Entry *a = i < entries[0]->size() ? &(*entries[0])[i] : nullptr;
        const Entry *b = j < entries[1]->size() ? &(*entries[1])[j] : nullptr;
        const int order = !a ? 1 : !b ? -1 : compareNames(*a, *b);
        if (order == 0) {
            ++i;
            ++j;
            if (a->mode == b->mode && std::memcmp(a->id, b->id, GIT_OID_RAWSZ) == 0)
                continue;
            const std::string path = prefix + std::string(a->name, a->nameLength);
            if (kind(a->mode) == ModeTree && kind(b->mode) == ModeTree) {
                git_oid left;
                git_oid right;
                git_oid_fromraw(&left, a->id);
                git_oid_fromraw(&right, b->id);
                if (const Outcome outcome = compare(&left, &right, path + '/'); outcome != Outcome::Done)
                    return outcome;
                continue;
            }
            // A submodule: diffStats() settles those. A file that became a link is one change, as in git.
            if (!isFileOrLink(a->mode) || !isFileOrLink(b->mode))
                return Outcome::Fallback;
            Change change;
            change.path = path;
            change.oldMode = a->mode;
            change.newMode = b->mode;
            git_oid_fromraw(&change.oldId, a->id);
            git_oid_fromraw(&change.newId, b->id);
            m_changes.push_back(std::move(change));
        } else {
            const Entry *only = order < 0 ? a : b;
            order < 0 ? ++i : ++j;
            const std::string path = prefix + std::string(only->name, only->nameLength);
            git_oid id;
            git_oid_fromraw(&id, only->id);
            if (kind(only->mode) == ModeTree) {
                const Outcome outcome =
                    order < 0 ? compare(&id, nullptr, path + '/') : compare(nullptr, &id, path + '/');
                if (outcome != Outcome::Done)
                    return outcome;
                continue;
            }
            if (!isFileOrLink(only->mode))
                return Outcome::Fallback;
            Change change;
            change.path = path;
            (order < 0 ? change.oldMode : change.newMode) = only->mode;
            (order < 0 ? change.oldId : change.newId) = id;
            m_changes.push_back(std::move(change));
        }
    }
    return Outcome::Done;
}

StatsReader::Outcome StatsReader::fileStats(const Change &change, CommitFile &file)
{
    file.path = decodeCommitText(change.path.c_str(), nullptr);
    if (!change.oldPath.empty())
        file.oldPath = decodeCommitText(change.oldPath.c_str(), nullptr);
    RawObject blobs[2];
    const bool present[2] = {change.oldMode != 0, change.newMode != 0};
    const git_oid *ids[2] = {&change.oldId, &change.newId};
    for (int side = 0; side < 2; ++side) {
        if (present[side] && readBlob(*ids[side], blobs[side]) < 0)
            return Outcome::Fallback;
    }
    const bool binary = (present[0] && isBinary(*blobs[0].data)) || (present[1] && isBinary(*blobs[1].data));
    if (binary) {
        file.insertions.reset();
        file.deletions.reset();
        return Outcome::Done;
    }
    if (!present[0] || !present[1] || git_oid_equal(&change.oldId, &change.newId)) {
        file.insertions = present[1] && present[0] ? 0 : present[1] ? lineCount(*blobs[1].data) : 0;
        file.deletions = present[0] && present[1] ? 0 : present[0] ? lineCount(*blobs[0].data) : 0;
        return Outcome::Done;
    }
    if (const std::optional<LineCounts> counts = insertedOrDeleted(*blobs[0].data, *blobs[1].data)) {
        file.insertions = counts->insertions;
        file.deletions = counts->deletions;
        return Outcome::Done;
    }
    // As blobs, whose ids libgit2 knows: given plain buffers, it would hash both first.
    git_blob *rawBlobs[2] = {nullptr, nullptr};
    for (int side = 0; side < 2; ++side) {
        if (git_blob_lookup(&rawBlobs[side], m_repository, ids[side]) < 0)
            return Outcome::Failed;
    }
    const BlobPtr before(rawBlobs[0]);
    const BlobPtr after(rawBlobs[1]);
    // An empty path: libgit2 then looks up no attributes for a diff driver, of which this repository has none.
    if (!blobLineCounts(before.get(), after.get(), "", file))
        return Outcome::Failed;
    return Outcome::Done;
}

bool StatsReader::pairExactRenames()
{
    std::vector<std::size_t> added;
    std::vector<std::size_t> deleted;
    for (std::size_t i = 0; i < m_changes.size(); ++i) {
        if (m_changes[i].oldMode == 0)
            added.push_back(i);
        else if (m_changes[i].newMode == 0)
            deleted.push_back(i);
    }
    if (added.empty() || deleted.empty())
        return true;
    // Only a file deleted in one place and added with the same content, kind and nothing else alike in another is
    // surely a rename; for anything else (renames of changed files, files that look alike) rename detection decides.
    if (added.size() != deleted.size())
        return false;
    const auto byId = [this](std::size_t x, std::size_t y, bool old) {
        const git_oid &a = old ? m_changes[x].oldId : m_changes[x].newId;
        const git_oid &b = old ? m_changes[y].oldId : m_changes[y].newId;
        return git_oid_cmp(&a, &b) < 0;
    };
    std::sort(added.begin(), added.end(), [&](std::size_t x, std::size_t y) { return byId(x, y, false); });
    std::sort(deleted.begin(), deleted.end(), [&](std::size_t x, std::size_t y) { return byId(x, y, true); });
    for (std::size_t k = 0; k < added.size(); ++k) {
        const Change &to = m_changes[added[k]];
        const Change &from = m_changes[deleted[k]];
        if (!git_oid_equal(&to.newId, &from.oldId) || (to.newMode & ModeTypeMask) != (from.oldMode & ModeTypeMask))
            return false;
        if (k > 0 && git_oid_equal(&to.newId, &m_changes[added[k - 1]].newId))
            return false;
    }
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t k = 0; k < added.size(); ++k)
        pairs.emplace_back(deleted[k], added[k]);
    applyRenames(pairs);
    return true;
}

void StatsReader::applyRenames(const std::vector<std::pair<std::size_t, std::size_t>> &pairs)
{
    // A rename takes the place of the file it added; the file it deleted goes.
    std::vector<const Change *> sourceOf(m_changes.size(), nullptr);
    std::vector<bool> isSource(m_changes.size(), false);
    for (const auto &[from, to] : pairs) {
        sourceOf[to] = &m_changes[from];
        isSource[from] = true;
    }
    std::vector<Change> paired;
    paired.reserve(m_changes.size() - pairs.size());
    for (std::size_t i = 0; i < m_changes.size(); ++i) {
        if (isSource[i])
            continue;
        Change change = m_changes[i];
        if (const Change *source = sourceOf[i]) {
            change.oldPath = source->path;
            change.oldMode = source->oldMode;
            change.oldId = source->oldId;
        }
        paired.push_back(std::move(change));
    }
    m_changes = std::move(paired);
}

bool StatsReader::pairRenames(const git_oid *parentTree, const git_oid &tree)
{
    // libgit2's rename detection, as diffStats() runs it, on the added and deleted files alone; their lines are
    // still counted here.
    std::vector<char *> paths;
    std::unordered_map<std::string, std::size_t> addedAt;
    std::unordered_map<std::string, std::size_t> deletedAt;
    for (std::size_t i = 0; i < m_changes.size(); ++i) {
        Change &change = m_changes[i];
        if (change.oldMode != 0 && change.newMode != 0)
            continue;
        paths.push_back(change.path.data());
        (change.oldMode == 0 ? addedAt : deletedAt).emplace(change.path, i);
    }
    git_tree *rawTrees[2] = {nullptr, nullptr};
    if (parentTree && git_tree_lookup(&rawTrees[0], m_repository, parentTree) < 0)
        return false;
    const TreePtr before(rawTrees[0]);
    if (git_tree_lookup(&rawTrees[1], m_repository, &tree) < 0)
        return false;
    const TreePtr after(rawTrees[1]);
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH;
    options.pathspec.strings = paths.data();
    options.pathspec.count = paths.size();
    git_diff *rawDiff = nullptr;
    if (git_diff_tree_to_tree(&rawDiff, m_repository, before.get(), after.get(), &options) < 0)
        return false;
    const DiffPtr diff(rawDiff);
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    find.flags = GIT_DIFF_FIND_RENAMES;
    if (git_diff_find_similar(diff.get(), &find) < 0)
        return false;
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    std::size_t seen = 0;
    for (std::size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        if (delta->status == GIT_DELTA_RENAMED) {
            const auto from = deletedAt.find(delta->old_file.path);
            const auto to = addedAt.find(delta->new_file.path);
            if (from == deletedAt.end() || to == addedAt.end())
                return false;
            pairs.emplace_back(from->second, to->second);
            seen += 2;
        } else if (delta->status == GIT_DELTA_ADDED || delta->status == GIT_DELTA_DELETED) {
            ++seen;
        } else {
            return false;
        }
    }
    // Anything the two diffs see differently goes to diffStats() whole.
    if (seen != paths.size())
        return false;
    applyRenames(pairs);
    return true;
}

Result<CommitStats> StatsReader::stats(const git_oid &oid)
{
    const auto fallback = [&]() {
        ++m_fallback;
        return diffStats(m_repository, oid);
    };
    if (m_attributes)
        return fallback();

    RawObject commit;
    if (m_reader.read(oid, commit) < 0 || commit.type != GIT_OBJECT_COMMIT)
        return fallback();
    // The header: "tree <hex>", then one "parent <hex>" per parent.
    const std::string_view text = commit.data->view();
    git_oid tree;
    git_oid parent;
    int parents = 0;
    std::size_t at = 0;
    if (text.compare(0, 5, "tree ") != 0 || text.size() < 46 || git_oid_fromstrn(&tree, text.data() + 5, 40) < 0)
        return fallback();
    at = 46;
    while (text.compare(at, 7, "parent ") == 0 && text.size() >= at + 48) {
        if (git_oid_fromstrn(&parent, text.data() + at + 7, 40) < 0)
            return fallback();
        ++parents;
        at += 48;
    }
    CommitStats stats;
    if (parents > 1) {
        ++m_fast;
        return stats;
    }

    // A parent beyond a shallow boundary is missing: git then diffs against the empty tree, and so does this.
    std::optional<git_oid> parentTree;
    if (parents == 1) {
        RawObject parentCommit;
        const int status = m_reader.read(parent, parentCommit);
        if (status == 0) {
            git_oid id;
            const std::string_view header = parentCommit.data->view();
            if (parentCommit.type != GIT_OBJECT_COMMIT || header.compare(0, 5, "tree ") != 0 || header.size() < 46 ||
                git_oid_fromstrn(&id, header.data() + 5, 40) < 0)
                return fallback();
            parentTree = id;
        } else if (status != GIT_ENOTFOUND) {
            return fallback();
        }
    }

    m_changes.clear();
    if (compare(parentTree ? &*parentTree : nullptr, &tree, {}) != Outcome::Done)
        return fallback();
    if (!pairExactRenames() && !pairRenames(parentTree ? &*parentTree : nullptr, tree))
        return fallback();

    stats.files.reserve(qsizetype(m_changes.size()));
    for (const Change &change : m_changes) {
        CommitFile file;
        file.position = int(stats.files.size());
        switch (fileStats(change, file)) {
        case Outcome::Done:
            break;
        case Outcome::Fallback:
            return fallback();
        case Outcome::Failed:
            return gitError(tr("Diff of commit %1").arg(oidToString(oid)));
        }
        stats.files.append(file);
    }
    stats.filesChanged = int(stats.files.size());
    for (const CommitFile &file : std::as_const(stats.files)) {
        stats.insertions += file.insertions.value_or(0);
        stats.deletions += file.deletions.value_or(0);
    }
    ++m_fast;
    return stats;
}

} // namespace flowdeck::git
