// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacestatus.h"

#include "store/workspace.h"

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
    layout->addWidget(m_readOnly);
    setWorkspace(nullptr);
}

void WorkspaceStatus::setWorkspace(const store::Workspace *workspace)
{
    setVisible(workspace != nullptr);
    if (!workspace) {
        m_name->clear();
        m_engine->clear();
        m_readOnly->setVisible(false);
        return;
    }
    m_name->setText(workspace->displayName());
    m_name->setToolTip(QDir::toNativeSeparators(workspace->path()));
    m_engine->setText(workspace->engineName());
    m_readOnly->setVisible(workspace->isReadOnly());
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
