// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcome/welcomepage.h"

#include "store/workspace.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

constexpr int contentWidth = 960;
constexpr int iconSize = 64;

QLabel *heading(const QString &text, QWidget *parent, qreal scale)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(text);
    return label;
}

QLabel *quiet(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"welcomePage"_s);

    // The header: icon, name, what the application is for.
    auto *logo = new QLabel(this);
    const QIcon appIcon(u":/icons/flowdeck.svg"_s);
    if (!appIcon.isNull())
        logo->setPixmap(appIcon.pixmap(iconSize, iconSize));
    logo->setVisible(!appIcon.isNull());
    auto *titles = new QVBoxLayout;
    titles->setSpacing(4);
    titles->addWidget(heading(tr("Welcome to Flowdeck"), this, 1.8));
    titles->addWidget(quiet(tr("Release orchestration and value stream mapping: see every pipeline and environment, "
                               "find where work waits, and plan the next release."),
                            this));
    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    // Left column: ways to start.
    m_openDemo = new QCommandLinkButton(
        tr("Open demo"), tr("Explore PETech, a retail company with six services and a year of delivery history."),
        this);
    m_openDemo->setObjectName(u"openDemoButton"_s);
    auto *newWorkspace = new QCommandLinkButton(
        tr("New workspace…"), tr("Start an empty workspace file and fill it from git, CI and CSV."), this);
    newWorkspace->setObjectName(u"newWorkspaceButton"_s);
    auto *openWorkspace =
        new QCommandLinkButton(tr("Open workspace…"), tr("Choose a workspace file (*.flowdeck)."), this);
    openWorkspace->setObjectName(u"openWorkspaceButton"_s);
    auto *openTeamWorkspace = new QCommandLinkButton(
        tr("Open team workspace…"), tr("Connect to a workspace the team shares on a PostgreSQL server."), this);
    openTeamWorkspace->setObjectName(u"openTeamWorkspaceButton"_s);
    connect(m_openDemo, &QCommandLinkButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(newWorkspace, &QCommandLinkButton::clicked, this, &WelcomePage::newWorkspaceRequested);
    connect(openWorkspace, &QCommandLinkButton::clicked, this, &WelcomePage::openWorkspaceRequested);
    connect(openTeamWorkspace, &QCommandLinkButton::clicked, this, &WelcomePage::openTeamWorkspaceRequested);

    auto *start = new QVBoxLayout;
    start->setSpacing(8);
    start->addWidget(heading(tr("Start"), this, 1.2));
    start->addWidget(m_openDemo);
    start->addWidget(newWorkspace);
    start->addWidget(openWorkspace);
    start->addWidget(openTeamWorkspace);
    start->addStretch(1);

    // Right column: recent workspaces, in a scroll area so a long list never pushes the window larger.
    auto *recentContent = new QWidget;
    m_recentLayout = new QVBoxLayout(recentContent);
    m_recentLayout->setContentsMargins(0, 0, 0, 0);
    m_recentLayout->setSpacing(4);
    m_recentEmpty = quiet(tr("No recent workspaces yet. Workspaces you open appear here. You can also drop a "
                             "workspace file onto this window to open it."),
                          recentContent);
    m_recentLayout->addWidget(m_recentEmpty);
    m_recentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(recentContent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *recent = new QVBoxLayout;
    recent->setSpacing(8);
    recent->addWidget(heading(tr("Recent workspaces"), this, 1.2));
    recent->addWidget(scroll, 1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addLayout(start, 2);
    columns->addLayout(recent, 3);

    auto *content = new QWidget(this);
    content->setMaximumWidth(contentWidth);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(32);
    contentLayout->addLayout(header);
    contentLayout->addLayout(columns, 1);

    // Centred, a little above the middle, as wide as reads well.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(content, 100);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch(1);
    outer->addLayout(row, 6);
    outer->addStretch(2);

    rebuildRecent();
}

void WelcomePage::setRecentWorkspaces(const QStringList &paths)
{
    if (paths == m_recent)
        return;
    m_recent = paths;
    rebuildRecent();
}

void WelcomePage::setDemoBusy(bool busy)
{
    m_openDemo->setEnabled(!busy);
    m_openDemo->setDescription(
        busy ? tr("Preparing the demo workspace; it opens as soon as it is ready.")
             : tr("Explore PETech, a retail company with six services and a year of delivery history."));
}

void WelcomePage::rebuildRecent()
{
    qDeleteAll(m_recentButtons);
    m_recentButtons.clear();
    m_recentEmpty->setVisible(m_recent.isEmpty());
    for (const QString &path : std::as_const(m_recent)) {
        QString title;
        QString location;
        QString description;
        if (const auto server = store::Workspace::parseServerAddress(path); server) {
            // A team workspace: its server is not asked here, so that the page never waits for the network.
            title = server->database + u'@' + server->host;
            location = server->toString();
            description = tr("%1 (team workspace on a PostgreSQL server)").arg(location);
        } else {
            const QFileInfo info(path);
            title = info.completeBaseName();
            location = QDir::toNativeSeparators(info.absoluteFilePath());
            description = info.exists() ? location : tr("%1 (not found)").arg(location);
        }
        auto *button = new QCommandLinkButton(title, description, m_recentLayout->parentWidget());
        button->setObjectName(u"recentWorkspaceButton"_s);
        button->setToolTip(location);
        button->setAccessibleDescription(tr("Open the workspace %1").arg(location));
        connect(button, &QCommandLinkButton::clicked, this, [this, path] { Q_EMIT openRecentRequested(path); });
        // Before the stretch at the end, in list order.
        m_recentLayout->insertWidget(m_recentLayout->count() - 1, button);
        m_recentButtons.append(button);
    }
}

} // namespace flowdeck::views
