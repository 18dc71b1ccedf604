// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/commitlogloader.h"

#include "common/background.h"
#include "store/workspace.h"

namespace flowdeck::views {

CommitLogLoader::CommitLogLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Rows>();
}

CommitLogLoader::~CommitLogLoader() = default;

void CommitLogLoader::setWorkspace(std::shared_ptr<const store::Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_rowsRequests.invalidate();
    m_detailsRequests.invalidate();
    m_rowsInFlight = false;
    m_detailsInFlight = false;
    m_factsInFlight = false;
    m_loadInFlight = false;
    m_rows.reset();
    m_repositories.clear();
}

void CommitLogLoader::load(const history::CommitFilter &filter, history::CommitOrder order, Qt::SortOrder direction,
                           bool withFacts)
{
    m_filter = filter;
    m_order = order;
    m_direction = direction;
    // A load that replaces one still reading the facts reads them too.
    m_factsInFlight = withFacts || (m_rowsInFlight && m_factsInFlight);
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    const bool facts = m_factsInFlight;
    QList<history::RepositoryName> repositories = m_repositories;
    m_loadInFlight = true;
    startRows([workspace, filter, order, direction, facts, repositories]() mutable -> Result<Loaded> {
        if (!workspace)
            return Loaded{};
        const QSqlDatabase db = workspace->connection();
        Loaded loaded;
        if (facts) {
            auto read = history::loadCommitLogFacts(db);
            if (!read)
                return read.error();
            repositories = read->repositories;
            loaded.facts = std::move(*read);
        }
        auto rows = history::loadCommitRows(db, filter);
        if (!rows)
            return rows.error();
        if (order != history::CommitOrder::Time || direction != Qt::DescendingOrder)
            history::sortCommitRows(*rows, order, direction, repositories);
        loaded.rows = std::make_shared<const QList<history::CommitRow>>(std::move(*rows));
        return loaded;
    });
}

void CommitLogLoader::sort(history::CommitOrder order, Qt::SortOrder direction)
{
    if (m_loadInFlight || !m_rows) {
        // The rows on their way are sorted the old way: read them again, sorted the new way.
        load(m_filter, order, direction, m_factsInFlight);
        return;
    }
    // A sort in flight started from the same rows: this one replaces it.
    m_order = order;
    m_direction = direction;
    Rows rows = m_rows;
    QList<history::RepositoryName> repositories = m_repositories;
    startRows([rows, order, direction, repositories]() -> Result<Loaded> {
        QList<history::CommitRow> sorted = *rows;
        history::sortCommitRows(sorted, order, direction, repositories);
        Loaded loaded;
        loaded.rows = std::make_shared<const QList<history::CommitRow>>(std::move(sorted));
        return loaded;
    });
}

void CommitLogLoader::startRows(std::function<Result<Loaded>()> work)
{
    m_rowsInFlight = true;
    runLatest(this, m_rowsRequests, std::move(work), [this](const Result<Loaded> &loaded) {
        m_rowsInFlight = false;
        m_factsInFlight = false;
        m_loadInFlight = false;
        if (!loaded) {
            Q_EMIT rowsFailed(loaded.errorMessage());
            return;
        }
        if (loaded->facts) {
            m_repositories = loaded->facts->repositories;
            Q_EMIT factsLoaded(*loaded->facts);
        }
        m_rows = loaded->rows;
        Q_EMIT rowsLoaded(m_rows);
    });
}

void CommitLogLoader::loadDetails(Id commitId)
{
    m_detailsInFlight = true;
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    runLatest(
        this, m_detailsRequests,
        [workspace, commitId]() -> Result<history::CommitDetails> {
            if (!workspace)
                return Error{};
            return history::loadCommitDetails(workspace->connection(), commitId);
        },
        [this, commitId](const Result<history::CommitDetails> &details) {
            m_detailsInFlight = false;
            if (details)
                Q_EMIT detailsLoaded(*details);
            else
                Q_EMIT detailsFailed(commitId, details.errorMessage());
        });
}

} // namespace flowdeck::views
