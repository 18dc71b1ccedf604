// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacestatus.h"

#include "ci/sync/cisources.h"
#include "common/format.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

WorkspaceStatus::WorkspaceStatus(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_engine(new QLabel(this))
    , m_readOnly(new QLabel(tr("Read-only"), this))
    , m_syncSeparator(separator(this))
    , m_sync(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->setSpacing(8);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_name->setObjectName(u"workspaceName"_s);
    m_engine->setObjectName(u"workspaceEngine"_s);

    // The badge: a framed label with its own wording, so the state never depends on colour alone.
    m_readOnly->setObjectName(u"readOnlyBadge"_s);
    m_readOnly->setFrameShape(QFrame::Box);
    m_readOnly->setContentsMargins(4, 0, 4, 0);
    m_readOnly->setToolTip(tr("This workspace file is read-only: you can look at everything, but nothing can be "
                              "changed or imported. Use File › Save As to make a copy you can change."));
    m_readOnly->setAccessibleName(tr("Read-only workspace"));

    layout->addWidget(m_name);
    layout->addWidget(separator(this));
    layout->addWidget(m_engine);
    layout->addWidget(m_syncSeparator);
    layout->addWidget(m_sync);
    layout->addWidget(m_readOnly);
    m_sync->setObjectName(u"ciSyncStatus"_s);
    setWorkspace(nullptr);
}

void WorkspaceStatus::setWorkspace(const store::Workspace *workspace)
{
    m_workspace = workspace;
    setVisible(workspace != nullptr);
    if (!workspace) {
        m_name->clear();
        m_engine->clear();
        m_readOnly->setVisible(false);
        refreshSources();
        return;
    }
    m_name->setText(workspace->displayName());
    m_engine->setText(workspace->engineName());
    if (workspace->engine() == store::Workspace::Engine::PostgreSql) {
        // An address, not a file: no native separators, and the engine says who else may be working in it.
        m_name->setToolTip(workspace->path());
        m_engine->setToolTip(
            tr("A team workspace on a PostgreSQL server, shared by everyone who opens %1").arg(workspace->path()));
    } else {
        m_name->setToolTip(QDir::toNativeSeparators(workspace->path()));
        m_engine->setToolTip(QString());
    }
    m_readOnly->setVisible(workspace->isReadOnly());
    refreshSources();
}

void WorkspaceStatus::refreshSources()
{
    // A handful of rows: read on the spot.
    QList<CiSource> sources;
    if (m_workspace) {
        if (auto loaded = ci::loadSources(*m_workspace))
            sources = *loaded;
    }
    m_sync->setVisible(!sources.isEmpty());
    m_syncSeparator->setVisible(!sources.isEmpty());
    if (sources.isEmpty()) {
        m_sync->clear();
        m_sync->setToolTip(QString());
        return;
    }
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();
    QStringList lines;
    QStringList tips;
    OptionalTime newest;
    for (const CiSource &source : std::as_const(sources)) {
        const QString title = ci::sourceTitle(source);
        if (source.lastSyncAt) {
            lines.append(tr("%1: synced %2").arg(title, views::format::age(*source.lastSyncAt, now)));
            tips.append(tr("%1: last synced %2").arg(title, views::format::exactDateTime(*source.lastSyncAt)));
            if (!newest || *source.lastSyncAt > *newest)
                newest = source.lastSyncAt;
        } else {
            lines.append(tr("%1: never synced").arg(title));
            tips.append(tr("%1: never synced").arg(title));
        }
    }
    // Two sources fit the status bar; more are summed up, each one in the tooltip.
    if (lines.size() <= 2)
        m_sync->setText(lines.join(u" · "_s));
    else if (newest)
        m_sync->setText(tr("%1 CI sources, last synced %2").arg(sources.size()).arg(views::format::age(*newest, now)));
    else
        m_sync->setText(tr("%1 CI sources, never synced").arg(sources.size()));
    m_sync->setToolTip(tips.join(u'\n') + u"\n\n"_s + tr("Import › Sync CI History fetches what is new."));
}

QString WorkspaceStatus::syncText() const
{
    return m_sync->isVisibleTo(this) ? m_sync->text() : QString();
}

QString WorkspaceStatus::nameText() const
{
    return m_name->text();
}

QString WorkspaceStatus::engineText() const
{
    return m_engine->text();
}

bool WorkspaceStatus::showsReadOnly() const
{
    return !m_readOnly->isHidden();
}

} // namespace flowdeck::app
