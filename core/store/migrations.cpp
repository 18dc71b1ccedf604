// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrations.h"

#include <QRegularExpression>

#include <utility>

namespace flowdeck::store {

namespace {

// Written once for both engines: {ID} becomes the engine's auto-numbered primary key. Times are BIGINT
// milliseconds (SQLite reads BIGINT as INTEGER), flags are INTEGER 0/1, fractions DOUBLE PRECISION.
const char *const initialSchema = R"sql(
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE repositories (
    id {ID},
    name TEXT NOT NULL UNIQUE,
    url TEXT,
    path TEXT,
    default_branch TEXT,
    ref_patterns TEXT NOT NULL DEFAULT '',
    last_import_at BIGINT
);
CREATE TABLE commits (
    id {ID},
    repository_id BIGINT NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    oid TEXT NOT NULL,
    author_name TEXT NOT NULL,
    author_email TEXT NOT NULL,
    author_time BIGINT NOT NULL,
    author_offset_minutes INTEGER NOT NULL DEFAULT 0,
    committer_name TEXT NOT NULL,
    committer_email TEXT NOT NULL,
    committer_time BIGINT NOT NULL,
    committer_offset_minutes INTEGER NOT NULL DEFAULT 0,
    summary TEXT NOT NULL,
    message TEXT NOT NULL,
    is_merge INTEGER NOT NULL DEFAULT 0 CHECK (is_merge IN (0, 1)),
    files_changed INTEGER,
    insertions INTEGER,
    deletions INTEGER,
    reachable INTEGER NOT NULL DEFAULT 1 CHECK (reachable IN (0, 1)),
    UNIQUE (repository_id, oid)
);
CREATE INDEX commits_author_time ON commits (repository_id, author_time);
CREATE TABLE commit_parents (
    commit_id BIGINT NOT NULL REFERENCES commits(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    parent_oid TEXT NOT NULL,
    PRIMARY KEY (commit_id, position)
);
CREATE INDEX commit_parents_parent ON commit_parents (parent_oid);
CREATE TABLE tags (
    id {ID},
    repository_id BIGINT NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    target_oid TEXT NOT NULL,
    annotated INTEGER NOT NULL DEFAULT 0 CHECK (annotated IN (0, 1)),
    tagger_name TEXT,
    tagger_email TEXT,
    tagger_time BIGINT,
    message TEXT,
    UNIQUE (repository_id, name)
);
CREATE TABLE branches (
    id {ID},
    repository_id BIGINT NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    tip_oid TEXT NOT NULL,
    UNIQUE (repository_id, name)
);
CREATE TABLE pull_requests (
    id {ID},
    repository_id BIGINT NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    author TEXT NOT NULL,
    head_branch TEXT NOT NULL,
    base_branch TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    merged_at BIGINT,
    closed_at BIGINT,
    merge_commit_oid TEXT,
    first_commit_at BIGINT,
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    url TEXT,
    UNIQUE (source, external_id)
);
CREATE TABLE services (
    id {ID},
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    repository_id BIGINT REFERENCES repositories(id) ON DELETE SET NULL
);
CREATE TABLE environments (
    id {ID},
    name TEXT NOT NULL UNIQUE,
    tier TEXT NOT NULL DEFAULT 'other'
        CHECK (tier IN ('development', 'testing', 'staging', 'production', 'other')),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE environment_edges (
    id {ID},
    from_environment_id BIGINT NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    to_environment_id BIGINT NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    UNIQUE (from_environment_id, to_environment_id),
    CHECK (from_environment_id <> to_environment_id)
);
CREATE TABLE pipelines (
    id {ID},
    name TEXT NOT NULL,
    service_id BIGINT REFERENCES services(id) ON DELETE SET NULL,
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    format TEXT,
    definition TEXT,
    revision INTEGER NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    UNIQUE (source, external_id)
);
CREATE TABLE stages (
    id {ID},
    pipeline_id BIGINT NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('build', 'test', 'security', 'approval', 'deploy', 'other')),
    environment_id BIGINT REFERENCES environments(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (pipeline_id, name)
);
CREATE TABLE stage_edges (
    id {ID},
    pipeline_id BIGINT NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
    from_stage_id BIGINT NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
    to_stage_id BIGINT NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
    UNIQUE (from_stage_id, to_stage_id),
    CHECK (from_stage_id <> to_stage_id)
);
CREATE TABLE pipeline_runs (
    id {ID},
    pipeline_id BIGINT REFERENCES pipelines(id) ON DELETE SET NULL,
    service_id BIGINT REFERENCES services(id) ON DELETE SET NULL,
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    number BIGINT,
    commit_oid TEXT,
    branch TEXT,
    event TEXT,
    status TEXT NOT NULL,
    created_at BIGINT,
    started_at BIGINT,
    finished_at BIGINT,
    url TEXT,
    UNIQUE (source, external_id)
);
CREATE INDEX pipeline_runs_created ON pipeline_runs (created_at);
CREATE TABLE jobs (
    id {ID},
    run_id BIGINT NOT NULL REFERENCES pipeline_runs(id) ON DELETE CASCADE,
    stage_id BIGINT REFERENCES stages(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    status TEXT NOT NULL,
    attempt INTEGER NOT NULL DEFAULT 1,
    queued_at BIGINT,
    started_at BIGINT,
    finished_at BIGINT,
    runner TEXT,
    url TEXT,
    UNIQUE (source, external_id)
);
CREATE INDEX jobs_run ON jobs (run_id);
CREATE TABLE deployments (
    id {ID},
    service_id BIGINT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    environment_id BIGINT NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    version TEXT NOT NULL,
    commit_oid TEXT,
    run_id BIGINT REFERENCES pipeline_runs(id) ON DELETE SET NULL,
    release_task_id BIGINT,
    status TEXT NOT NULL,
    started_at BIGINT,
    finished_at BIGINT,
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    triggered_by TEXT,
    url TEXT,
    UNIQUE (source, external_id)
);
CREATE INDEX deployments_service_environment ON deployments (service_id, environment_id, finished_at);
CREATE TABLE deployment_commits (
    deployment_id BIGINT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
    commit_id BIGINT NOT NULL REFERENCES commits(id) ON DELETE CASCADE,
    PRIMARY KEY (deployment_id, commit_id)
);
CREATE INDEX deployment_commits_commit ON deployment_commits (commit_id);
CREATE TABLE incidents (
    id {ID},
    service_id BIGINT REFERENCES services(id) ON DELETE SET NULL,
    deployment_id BIGINT REFERENCES deployments(id) ON DELETE SET NULL,
    commit_oid TEXT,
    title TEXT NOT NULL,
    severity TEXT,
    started_at BIGINT NOT NULL,
    resolved_at BIGINT,
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    url TEXT,
    UNIQUE (source, external_id)
);
CREATE TABLE value_streams (
    id {ID},
    name TEXT NOT NULL,
    service_id BIGINT REFERENCES services(id) ON DELETE SET NULL,
    state TEXT NOT NULL DEFAULT 'current' CHECK (state IN ('current', 'future')),
    based_on_id BIGINT REFERENCES value_streams(id) ON DELETE SET NULL,
    period_from BIGINT,
    period_to BIGINT,
    statistic TEXT NOT NULL DEFAULT 'median',
    notes TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL
);
CREATE TABLE value_stream_steps (
    id {ID},
    value_stream_id BIGINT NOT NULL REFERENCES value_streams(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'other',
    process_ms BIGINT,
    wait_ms BIGINT,
    pct_complete_accurate DOUBLE PRECISION,
    people DOUBLE PRECISION,
    wip INTEGER,
    measured INTEGER NOT NULL DEFAULT 0 CHECK (measured IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '',
    improvement_ideas TEXT NOT NULL DEFAULT ''
);
CREATE TABLE value_stream_step_edges (
    id {ID},
    value_stream_id BIGINT NOT NULL REFERENCES value_streams(id) ON DELETE CASCADE,
    from_step_id BIGINT NOT NULL REFERENCES value_stream_steps(id) ON DELETE CASCADE,
    to_step_id BIGINT NOT NULL REFERENCES value_stream_steps(id) ON DELETE CASCADE,
    UNIQUE (from_step_id, to_step_id)
);
CREATE TABLE backends (
    id {ID},
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('process', 'webhook', 'github', 'gitlab', 'jenkins', 'argocd')),
    config TEXT NOT NULL DEFAULT '{}',
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1))
);
CREATE TABLE releases (
    id {ID},
    name TEXT NOT NULL UNIQUE,
    version TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    is_template INTEGER NOT NULL DEFAULT 0 CHECK (is_template IN (0, 1)),
    template_id BIGINT REFERENCES releases(id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'planned',
    planned_start BIGINT,
    planned_end BIGINT,
    started_at BIGINT,
    finished_at BIGINT,
    revision INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);
CREATE TABLE release_items (
    id {ID},
    release_id BIGINT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    service_id BIGINT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    version TEXT NOT NULL,
    UNIQUE (release_id, service_id)
);
CREATE TABLE release_tasks (
    id {ID},
    release_id BIGINT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('deploy', 'manual', 'approval', 'check', 'wait')),
    state TEXT NOT NULL DEFAULT 'planned'
        CHECK (state IN ('planned', 'ready', 'running', 'succeeded', 'failed', 'skipped', 'aborted')),
    service_id BIGINT REFERENCES services(id) ON DELETE SET NULL,
    environment_id BIGINT REFERENCES environments(id) ON DELETE SET NULL,
    version TEXT,
    backend_id BIGINT REFERENCES backends(id) ON DELETE SET NULL,
    config TEXT NOT NULL DEFAULT '{}',
    owner TEXT,
    instructions TEXT,
    max_retries INTEGER NOT NULL DEFAULT 0,
    attempt INTEGER NOT NULL DEFAULT 0,
    is_rollback INTEGER NOT NULL DEFAULT 0 CHECK (is_rollback IN (0, 1)),
    backend_handle TEXT,
    started_at BIGINT,
    finished_at BIGINT,
    UNIQUE (release_id, name)
);
CREATE TABLE release_task_edges (
    id {ID},
    release_id BIGINT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    from_task_id BIGINT NOT NULL REFERENCES release_tasks(id) ON DELETE CASCADE,
    to_task_id BIGINT NOT NULL REFERENCES release_tasks(id) ON DELETE CASCADE,
    UNIQUE (from_task_id, to_task_id),
    CHECK (from_task_id <> to_task_id)
);
CREATE TABLE audit_log (
    id {ID},
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id BIGINT,
    outcome TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
)sql";

// The files a commit changed, as `git log --numstat` lists them: for the History page's path filter and the
// commit details. Binary files have no line counts.
const char *const commitFiles = R"sql(
CREATE TABLE commit_files (
    commit_id BIGINT NOT NULL REFERENCES commits(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    path TEXT NOT NULL,
    old_path TEXT,
    insertions INTEGER,
    deletions INTEGER,
    PRIMARY KEY (commit_id, position)
);
CREATE INDEX commit_files_path ON commit_files (path);
CREATE INDEX commits_reachable ON commits (repository_id, reachable);
)sql";

// CI/CD history from GitHub, GitLab and Jenkins: the connections and where each sync stopped, what runs and
// jobs carry beyond the first schema, deployment statuses (GitHub keeps a deployment's state there), the
// job -> stage mapping a user can correct, and published releases.
const char *const ciImport = R"sql(
CREATE TABLE ci_sources (
    id {ID},
    provider TEXT NOT NULL CHECK (provider IN ('github', 'gitlab', 'jenkins')),
    base_url TEXT NOT NULL,
    project TEXT NOT NULL,
    service_id BIGINT REFERENCES services(id) ON DELETE SET NULL,
    incident_label TEXT NOT NULL DEFAULT 'incident',
    last_sync_at BIGINT,
    UNIQUE (provider, base_url, project)
);
CREATE TABLE ci_sync_cursors (
    source_id BIGINT NOT NULL REFERENCES ci_sources(id) ON DELETE CASCADE,
    endpoint TEXT NOT NULL,
    cursor_value TEXT,
    etag TEXT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (source_id, endpoint)
);
ALTER TABLE pipeline_runs ADD COLUMN name TEXT;
ALTER TABLE pipeline_runs ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;
ALTER TABLE jobs ADD COLUMN group_name TEXT;
ALTER TABLE jobs ADD COLUMN paused_ms BIGINT;
CREATE TABLE job_steps (
    job_id BIGINT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    started_at BIGINT,
    finished_at BIGINT,
    PRIMARY KEY (job_id, position)
);
CREATE TABLE deployment_statuses (
    id {ID},
    deployment_id BIGINT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    at BIGINT,
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    UNIQUE (source, external_id)
);
CREATE INDEX deployment_statuses_deployment ON deployment_statuses (deployment_id);
CREATE TABLE stage_mappings (
    pipeline_id BIGINT NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
    job_name TEXT NOT NULL,
    stage_id BIGINT REFERENCES stages(id) ON DELETE CASCADE,
    PRIMARY KEY (pipeline_id, job_name)
);
CREATE TABLE ci_releases (
    id {ID},
    repository TEXT NOT NULL,
    tag_name TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    target_commitish TEXT,
    draft INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1)),
    prerelease INTEGER NOT NULL DEFAULT 0 CHECK (prerelease IN (0, 1)),
    created_at BIGINT,
    published_at BIGINT,
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    url TEXT,
    UNIQUE (source, external_id)
);
CREATE INDEX jobs_stage ON jobs (stage_id);
CREATE INDEX deployments_finished ON deployments (finished_at);
)sql";

// Which data each measured step of a value stream map comes from, so that "Refresh from data" finds the step
// again after a user renamed or moved it. NULL for workshop steps and for the steps of earlier workspaces.
const char *const valueStreamSources = R"sql(
ALTER TABLE value_stream_steps ADD COLUMN source_key TEXT;
)sql";

// Release orchestration: what a failed task does, approval decisions, task output, deployment windows and
// blackouts, and the lock that lets one engine at a time run a release.
const char *const releaseExecution = R"sql(
ALTER TABLE releases ADD COLUMN on_failure TEXT NOT NULL DEFAULT 'stop' CHECK (on_failure IN ('stop', 'rollback'));
CREATE TABLE release_approvals (
    id {ID},
    task_id BIGINT NOT NULL REFERENCES release_tasks(id) ON DELETE CASCADE,
    approver TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('approve', 'reject')),
    comment TEXT NOT NULL DEFAULT '',
    at BIGINT NOT NULL
);
CREATE INDEX release_approvals_task ON release_approvals (task_id);
CREATE TABLE release_task_output (
    id {ID},
    task_id BIGINT NOT NULL REFERENCES release_tasks(id) ON DELETE CASCADE,
    attempt INTEGER NOT NULL,
    at BIGINT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX release_task_output_task ON release_task_output (task_id, attempt, id);
CREATE TABLE deployment_windows (
    id {ID},
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('window', 'blackout')),
    environment_id BIGINT REFERENCES environments(id) ON DELETE CASCADE,
    recurrence TEXT NOT NULL CHECK (recurrence IN ('once', 'weekly')),
    weekdays INTEGER NOT NULL DEFAULT 0,
    start_minute INTEGER NOT NULL DEFAULT 0,
    end_minute INTEGER NOT NULL DEFAULT 1440,
    starts_at BIGINT,
    ends_at BIGINT,
    time_zone TEXT NOT NULL DEFAULT 'UTC'
);
CREATE TABLE release_locks (
    release_id BIGINT PRIMARY KEY REFERENCES releases(id) ON DELETE CASCADE,
    owner TEXT NOT NULL,
    heartbeat_at BIGINT NOT NULL
);
)sql";

// The steps of a job in one row, a JSON array of [position, name, status, started_at, finished_at] arrays: a GitHub
// job has a handful of steps, and a row a step made storing them cost more than storing the jobs. The view job_steps
// shows them a row a step, with the columns the table of that name had (versions 3 to 5).
const char *const stepListsSqlite = R"sql(
CREATE TABLE job_step_lists (
    job_id INTEGER PRIMARY KEY REFERENCES jobs(id) ON DELETE CASCADE,
    steps TEXT NOT NULL
);
INSERT INTO job_step_lists (job_id, steps)
SELECT job_id, json_group_array(json_array(position, name, status, started_at, finished_at))
FROM (SELECT * FROM job_steps ORDER BY job_id, position) GROUP BY job_id;
DROP TABLE job_steps;
CREATE VIEW job_steps AS
SELECT l.job_id AS job_id, json_extract(s.value, '$[0]') AS position, json_extract(s.value, '$[1]') AS name,
    json_extract(s.value, '$[2]') AS status, json_extract(s.value, '$[3]') AS started_at,
    json_extract(s.value, '$[4]') AS finished_at
FROM job_step_lists l, json_each(l.steps) s;
)sql";

const char *const stepListsPostgreSql = R"sql(
CREATE TABLE job_step_lists (
    job_id BIGINT PRIMARY KEY REFERENCES jobs(id) ON DELETE CASCADE,
    steps TEXT NOT NULL
);
INSERT INTO job_step_lists (job_id, steps)
SELECT job_id, json_agg(json_build_array(position, name, status, started_at, finished_at) ORDER BY position)::text
FROM job_steps GROUP BY job_id;
DROP TABLE job_steps;
CREATE VIEW job_steps AS
SELECT l.job_id AS job_id, (s.value ->> 0)::integer AS position, s.value ->> 1 AS name, s.value ->> 2 AS status,
    (s.value ->> 3)::bigint AS started_at, (s.value ->> 4)::bigint AS finished_at
FROM job_step_lists l CROSS JOIN LATERAL json_array_elements(l.steps::json) AS s(value);
)sql";

// The deployments that shipped a commit, read from the index on the commit alone: the value stream derivation
// counts the pull requests each deployment shipped by looking up the deployments of every merge commit, which
// otherwise costs a lookup in the table for each row found. The index it replaces was its first column.
const char *const shippedByCommit = R"sql(
CREATE INDEX deployment_commits_commit_deployment ON deployment_commits (commit_id, deployment_id);
DROP INDEX deployment_commits_commit;
)sql";

// The jobs of a stage, indexed only where a job has one: a job gets its stage from an imported pipeline definition or
// the user's mapping, and most imported jobs have none. Every job stored otherwise added an entry for NULL to this
// index, a sixth of the cost of storing the job. The queries and foreign-key actions that find jobs by stage
// (stage_id = ?) use the partial index as they used the whole one.
const char *const jobsWithAStage = R"sql(
DROP INDEX jobs_stage;
CREATE INDEX jobs_stage ON jobs (stage_id) WHERE stage_id IS NOT NULL;
)sql";

// "FLDK", as Workspace::applicationId (the store's headers are not needed for this one number).
constexpr qint32 workspaceApplicationId = 0x464C444B;

QString primaryKey(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY")
                                         : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
}

QStringList render(const char *script, SqlDialect dialect)
{
    QString sql = QString::fromUtf8(script);
    sql.replace(QStringLiteral("{ID}"), primaryKey(dialect));
    if (dialect == SqlDialect::PostgreSql) {
        // SQLite's names for types PostgreSQL spells differently, for migrations written with them.
        static const QList<std::pair<QRegularExpression, QString>> types{
            {QRegularExpression(QStringLiteral("\\bBLOB\\b")), QStringLiteral("BYTEA")},
            {QRegularExpression(QStringLiteral("\\bREAL\\b")), QStringLiteral("DOUBLE PRECISION")}};
        for (const auto &[pattern, type] : types)
            sql.replace(pattern, type);
    }
    QStringList statements;
    const QStringList parts = sql.split(u';');
    for (const QString &part : parts) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
    }
    return statements;
}

QStringList appendOnlyAuditLog(SqlDialect dialect)
{
    // The audit trail is evidence: the engine refuses to change or remove an entry once written.
    if (dialect == SqlDialect::Sqlite) {
        return {QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                               "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
                QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                               "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")};
    }
    return {QStringLiteral("CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$"),
            QStringLiteral("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
                           "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()")};
}

// On PostgreSQL what marks a database as a workspace and says its schema version, which SQLite keeps in the
// file's header (application_id and user_version). One row at most; schema_version is raised with each migration.
QStringList workspaceIdentity(SqlDialect dialect)
{
    if (dialect == SqlDialect::Sqlite)
        return {};
    return {QStringLiteral("CREATE TABLE flowdeck_workspace (application_id INTEGER NOT NULL, "
                           "schema_version INTEGER NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX flowdeck_workspace_one_row ON flowdeck_workspace ((true))"),
            QStringLiteral("INSERT INTO flowdeck_workspace (application_id, schema_version) VALUES (%1, 0)")
                .arg(workspaceApplicationId)};
}

} // namespace

QList<Migration> migrations(SqlDialect dialect)
{
    Migration initial{1, QStringLiteral("initial schema"), workspaceIdentity(dialect)};
    initial.statements += render(initialSchema, dialect);
    initial.statements += appendOnlyAuditLog(dialect);
    const Migration files{2, QStringLiteral("files changed by each commit"), render(commitFiles, dialect)};
    const Migration ci{3, QStringLiteral("CI/CD history"), render(ciImport, dialect)};
    const Migration sources{4, QStringLiteral("value stream steps' source in the data"),
                            render(valueStreamSources, dialect)};
    const Migration releases{5, QStringLiteral("release execution"), render(releaseExecution, dialect)};
    const Migration steps{6, QStringLiteral("job steps a row a job"),
                          render(dialect == SqlDialect::Sqlite ? stepListsSqlite : stepListsPostgreSql, dialect)};
    const Migration shipped{7, QStringLiteral("the deployments of a commit from one index"),
                            render(shippedByCommit, dialect)};
    const Migration stagedJobs{8, QStringLiteral("the stage index of jobs only for jobs with a stage"),
                               render(jobsWithAStage, dialect)};
    return {initial, files, ci, sources, releases, steps, shipped, stagedJobs};
}

int currentSchemaVersion()
{
    return migrations(SqlDialect::Sqlite).constLast().version;
}

} // namespace flowdeck::store
